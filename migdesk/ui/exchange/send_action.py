"""«Отправить в пакете…» in the request window: opens the export dialog addressed to the
request's partner with that request checked.

Shown only to users who may export bundles; enabled when the domain's ``pending_requests``
for that partner lists the request (the signed message, or our letters about it, not yet
sent), which is asked in the background whenever the window shows the request again.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from migdesk.exchange.request_export import pending_requests
from migdesk.office.access import Access
from migdesk.requests.records import RequestView
from migdesk.ui.exchange.common import partners
from migdesk.ui.exchange.export_dialog import ExportDialog
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.vault import Vault

NOTHING, PENDING, NOT_TRUSTED = "nothing", "pending", "not_trusted"


def partner_code(view: RequestView) -> str:
    """The other side of the request: the addressee of our message, the sender of theirs."""
    return view.to_code if view.direction == "outgoing" else view.from_code


class SendInBundle(QObject):
    exported = Signal(object)  # ExportResult, when the dialog wrote a bundle

    def __init__(self, vault: Vault, parent: QWidget) -> None:
        super().__init__(parent)
        self.vault = vault
        self.window = parent
        self.allowed = Access(vault).export_bundles
        self.request_id: str | None = None
        self.partner: str | None = None
        self.op: BackgroundOp[str] | None = None
        self._asked = 0
        self.dialog: ExportDialog | None = None
        self.button = QPushButton(self.tr("Отправить в пакете…"))
        self.button.setVisible(False)
        self.button.setEnabled(False)
        self.button.clicked.connect(lambda: self.open_dialog())

    def refresh(self, view: RequestView | None) -> BackgroundOp[str] | None:
        """Asks (in the background) whether the request has something to send."""
        self.button.setEnabled(False)
        self.button.setVisible(self.allowed and view is not None)
        if not self.allowed or view is None:
            self.request_id = self.partner = None
            self._asked += 1
            self.op = None
            return None
        vault, request_id, partner = self.vault, view.id, partner_code(view)
        self.request_id, self.partner = request_id, partner

        def work(_ctx: TaskContext) -> str:
            if partner not in partners(vault):
                return NOT_TRUSTED
            found = any(p.id == request_id for p in pending_requests(vault, partner))
            return PENDING if found else NOTHING

        # No closure over ``op`` itself (see ExportDialog.load_requests).
        self._asked += 1
        op: BackgroundOp[str] = BackgroundOp(self.window, work)
        op.on_success(partial(self._checked, self._asked))
        op.on_failure(partial(self._failed, self._asked))
        self.op = op
        return op.run()

    def _failed(self, asked: int, _exc: BaseException) -> None:
        self._checked(asked, NOTHING)  # the export dialog would say why

    def _checked(self, asked: int, state: str) -> None:
        if asked != self._asked:
            return  # an older answer: the window was reloaded meanwhile
        self.op = None
        self.button.setEnabled(state == PENDING)
        tips = {
            PENDING: self.tr("Выгрузить пакет с этим запросом или письмами по нему"),
            NOTHING: self.tr("Нечего отправлять: запрос не подписан или всё уже отправлено"),
            NOT_TRUSTED: self.tr("Нет доверенного сертификата органа-партнёра"),
        }
        self.button.setToolTip(tips.get(state, ""))

    def open_dialog(self) -> ExportDialog | None:
        if self.request_id is None or self.partner is None:
            return None
        if (
            self.dialog is not None
            and shiboken6.isValid(self.dialog)
            and self.dialog.isVisible()
            and self.dialog.outcome is None
        ):
            self.dialog.raise_()  # not written yet: the officer may still be choosing
            return self.dialog
        dialog = ExportDialog(
            self.vault,
            [],
            self.window,
            addressee=self.partner,
            request_ids=[self.request_id],
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self.exported.emit)
        self.dialog = dialog
        dialog.show()
        return dialog
