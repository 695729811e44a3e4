"""A kept draft whose card cannot be read any more (issue 13.3): the officer is told why and
chooses to keep it for later or to discard it.

Why nothing of the draft is shown: a draft holds the whole card as it was on screen, the
stored record included (names, documents, photos, maybe received from a partner, Art. 11.2),
not only what the officer typed. Its card cannot be read because the record was merged,
erased by retention, or is no longer readable by this user; showing the draft would show a
person's data the user may not see now (Art. 11.4: no unauthorised access). So only when
it was kept and why it cannot be opened are shown. Keeping it is the default (Esc, and the
automatic lock's ``close_dialogs``): nothing is lost unless the officer confirms.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from migdesk.persons import drafts
from migdesk.ui import messages
from migdesk.ui.confirm import confirm
from migdesk.ui.display import local_time
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import error_label, hint_label
from migdesk.vault import Vault

KEPT = 2  # the dialog's result when the officer chose «Оставить на потом»


class UnreadableDraftDialog(QDialog):
    """«Оставить на потом» (``KEPT``: the draft stays kept, it comes back at the next
    unlock) or «Удалить черновик…» (confirmed, then removed on a worker in order;
    ``discard_finished`` says whether it went; then accepted). Rejected (Esc, the automatic
    lock): kept as well, and no further question is asked now."""

    discard_finished = Signal(bool)

    def __init__(self, vault: Vault, draft: drafts.Draft, reason: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Черновик карточки не открыт — MigDesk"))
        self.setMinimumWidth(560)
        self.vault = vault
        self.draft = draft
        text = QLabel(
            self.tr(
                "Карточку с изменениями, не сохранёнными до автоматической блокировки "
                "({moment}), открыть нельзя:"
            ).format(moment=local_time(draft.saved_at))
        )
        text.setWordWrap(True)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        note = hint_label(
            self.tr(
                "Черновик хранится в зашифрованном хранилище и вернётся после следующего "
                "входа. Его содержимое не показывается: в нём могут быть сведения о лице, "
                "которые вам теперь недоступны."
            )
        )
        self.problem = error_label()
        self.keep_button = QPushButton(self.tr("Оставить на потом"))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(lambda: self.done(KEPT))
        self.discard_button = QPushButton(self.tr("Удалить черновик…"))
        self.discard_button.clicked.connect(self.ask_discard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        for widget in (text, self.reason, note, self.problem):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def ask_discard(self) -> bool:
        """True when the discard has started (after the officer confirmed it)."""
        if not confirm(
            self,
            self.tr("Удаление черновика"),
            self.tr("Удалить черновик безвозвратно? Несохранённые изменения в нём будут потеряны."),
            self.tr("Удалить"),
        ):
            return False
        return self.discard()

    def discard(self) -> bool:
        """Remove the draft on a worker, in order with the other writes (the vault's write
        lock may be held by an index upkeep step, #17)."""
        if not self.discard_button.isEnabled():
            return False
        self.problem.hide()
        vault, draft_id = self.vault, self.draft.id
        owner = self.parentWidget() or self  # the main window: outlives a rejected dialog
        (
            BackgroundOp(owner, lambda _ctx: _discard(vault, draft_id))
            .in_order()
            .disabling(self.discard_button, self.keep_button)
            .on_success(lambda _none: self._discarded(True))
            .on_failure(self._failed)
            .on_cancelled(lambda: self._discarded(False))
            .run()
        )
        return True

    def _discarded(self, gone: bool) -> None:
        if shiboken6.isValid(self):
            self.discard_finished.emit(gone)
            if gone:
                self.accept()

    def _failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.problem.setText(messages.error_text(exc))
            self.problem.show()
            self.discard_finished.emit(False)


def _discard(vault: Vault, draft_id: str) -> None:
    # Not audited, as no removal of a draft is: it is the user's own unsaved typing, never
    # a record. Gone already (e.g. ``person drafts discard``): what was asked.
    drafts.remove_draft(vault, draft_id)
