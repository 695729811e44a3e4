"""The export dialog's list of requests and letters waiting for the addressee (Art. 8–10),
asked of the domain (``pending_requests``) in the background whenever the addressee changes,
with the other notices that wait (consents, signatory-list changes) counted alongside.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from migdesk.exchange.export import pending_notices
from migdesk.exchange.request_export import PendingRequest, pending_requests
from migdesk.requests.workflow import letter_label
from migdesk.ui import messages
from migdesk.ui.kit import ID_ROLE
from migdesk.ui.request_labels import direction_label, kind_label
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import hint_label
from migdesk.vault import Vault


@dataclass(frozen=True)
class Waiting:
    """What waits for one addressee: requests and letters to list, other notices to count."""

    requests: list[PendingRequest]
    notices: dict[str, int]


class ExportRequests(QWidget):
    listed = Signal(object)  # the notices' counts (dict[str, int]) of the newest listing
    failed = Signal(str)  # the listing's error, in the interface language

    def __init__(
        self, vault: Vault, preselected: set[str] | None, parent: QWidget | None = None
    ) -> None:
        """``preselected``: the requests to tick (from a request window); otherwise none is."""
        super().__init__(parent)
        self.vault = vault
        self.op: BackgroundOp[Waiting] | None = None
        self._listing = 0  # which listing is current: an older one's answer is dropped
        self.preselected = preselected
        self.list = QListWidget()
        self.list.setFixedHeight(self.fontMetrics().height() * 4 + 14)
        self.note = hint_label("")
        self.note.setWordWrap(False)  # one line: the dialog keeps its height
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addWidget(self.note)
        # As tall as its list and note: a taller dialog gives its room to the other rows.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def load(self, code: str | None) -> BackgroundOp[Waiting] | None:
        """Lists what is waiting for ``code`` (in the background)."""
        self.list.clear()
        if code is None:
            # No partner is trusted yet: say what makes one (issue 13.20).
            self.note.setText(
                self.tr(
                    "Нет получателей: администратор загружает сертификат другой Стороны "
                    "(migdesk-cli authority trust)."
                )
            )
            self._listing += 1
            self.op = None
            return None
        self.note.setText(self.tr("Поиск запросов и писем, ожидающих отправки…"))
        vault, peer = self.vault, code

        def work(_ctx: TaskContext) -> Waiting:
            # The notices' collection reads their files (blanks, samples): not on the GUI thread.
            return Waiting(pending_requests(vault, peer), pending_notices(vault, peer))

        op: BackgroundOp[Waiting] = BackgroundOp(self, work)
        # No closure over ``op`` itself: a cycle through a widget could be collected by a
        # worker thread's garbage collection, deleting the widget off the GUI thread.
        self._listing += 1
        op.on_success(partial(self._loaded, self._listing))
        op.on_failure(partial(self._failed, self._listing))
        self.op = op
        return op.run()

    def _request_text(self, pending: PendingRequest) -> str:
        parts = [self.tr("сообщение")] if pending.message else []
        parts.extend(letter_label(action) for action in pending.letters)
        text = self.tr("№ {number} — {kind}, {direction}: {what}").format(
            number=pending.number,
            kind=kind_label(pending.kind),
            direction=direction_label(pending.direction),
            what=", ".join(parts),
        )
        if pending.unsigned:  # Art. 10: a written letter; warned, the export still sends it
            text += " — " + self.tr("без подписанного письма: {letters}").format(
                letters=", ".join(letter_label(action) for action in pending.unsigned)
            )
        return text

    def _loaded(self, listing: int, waiting: Waiting) -> None:
        if listing != self._listing:
            return  # the addressee changed meanwhile: a newer list is on its way
        self.op = None
        found = waiting.requests
        for pending in found:
            item = QListWidgetItem(self._request_text(pending))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            # Nothing is ticked unless the officer came here for it (issue 13.20): a
            # bundle carries only what was chosen.
            chosen = self.preselected is not None and pending.id in self.preselected
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, pending.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        if found:
            self.note.setText(
                self.tr(
                    "Отметьте, что войдёт в пакет; отмеченное при записи пакета станет "
                    "направленным."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Нет запросов и писем к отправке: подписанные («Запросы» → запрос → "
                    "«Подписать…») появятся здесь."
                )
            )
        self.listed.emit(waiting.notices)

    def _failed(self, listing: int, exc: BaseException) -> None:
        if listing != self._listing:
            return
        self.op = None
        self.note.setText("")
        self.failed.emit(messages.error_text(exc))

    def request_ids(self) -> list[str]:
        """Ids of the checked requests, in the listed order."""
        return [
            str(item.data(ID_ROLE))
            for i in range(self.list.count())
            if (item := self.list.item(i)) and item.checkState() == Qt.CheckState.Checked
        ]

    def set_request_checked(self, request_id: str, checked: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and item.data(ID_ROLE) == request_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
