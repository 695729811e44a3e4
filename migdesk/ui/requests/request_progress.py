"""The side of the request window: the Art. 10 actions valid from the current state, and the
history of steps with who signed, when it was sent and closed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QVBoxLayout, QWidget

from migdesk.exchange.provenance import bundle_numbers
from migdesk.office.access import Access
from migdesk.office.user_names import user_names
from migdesk.requests import vocab
from migdesk.requests.records import AttachmentMeta, RequestView, StepView
from migdesk.requests.signatories import SignatoryService
from migdesk.requests.workflow import STATE_LABELS, TRANSITIONS, State
from migdesk.ui.display import local_time
from migdesk.ui.elided_button import ElidedButton
from migdesk.ui.kit import date_text, fit_columns, read_only_table, set_row
from migdesk.ui.request_labels import action_label, step_name
from migdesk.ui.widgets import hint_label
from migdesk.vault import Vault

# The step's text column keeps at least this many average characters (wrapping onto lines).
TEXT_CHARS = 24


def details_text(
    step: StepView, bundles: Mapping[str, tuple[int, date | None]] | None = None
) -> str:
    """The step's structured details as «Label: value» lines (domain labels, Russian);
    ``bundles``: the exchange log's number and date of the bundles the steps came with."""
    lines = [step.text] if step.text else []
    for key, value in step.details.items():
        if key == "grounds" and isinstance(value, list):
            shown = "; ".join(vocab.REFUSAL_GROUNDS.get(str(v), str(v)) for v in value)
        elif key == "mode":
            continue
        elif key == "bundle_id":
            shown = _bundle_text(str(value), bundles or {})
        elif key in ("until", "their_date", "received_on") and _is_iso_date(value):
            shown = date_text(date.fromisoformat(str(value)))
        elif isinstance(value, list):
            shown = ", ".join(str(v) for v in value)
        else:
            shown = str(value)
        lines.append(f"{vocab.label(key)}: {shown}")
    return " · ".join(lines)


def _is_iso_date(value: object) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _bundle_text(bundle_id: str, bundles: Mapping[str, tuple[int, date | None]]) -> str:
    """«№ N от ДД.ММ.ГГГГ» as the exchange log and the transmittal register number it; the
    UUID only when the log does not know the bundle."""
    known = bundles.get(bundle_id)
    if known is None:
        return bundle_id
    number, day = known
    if day is None:
        return QCoreApplication.translate("ProgressPanel", "№ {number}").format(number=number)
    return QCoreApplication.translate("ProgressPanel", "№ {number} от {day}").format(
        number=number, day=date_text(day)
    )


def letter_text(meta: AttachmentMeta) -> str:
    """The history's note of a step's signed letter (Art. 10), ours or the partner's."""
    when = local_time(meta.added_at) if meta.added_at is not None else "—"
    return QCoreApplication.translate(
        "ProgressPanel", "Письмо: подписано, сохранено {when}; открыть — двойной щелчок"
    ).format(when=when)


class ProgressPanel(QWidget):
    action_chosen = Signal(str)  # the action's name; the window opens its step dialog
    letter_chosen = Signal(int)  # a step's signed letter (attachment id) to open

    def __init__(self, vault: Vault, access: Access, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.access = access
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._actions_box())
        layout.addWidget(self._history_box(), 1)

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Действия (ст.\u00a010)"))
        self.actions_grid = QGridLayout(box)
        self.action_buttons: dict[str, QPushButton] = {}
        self.signing_label = hint_label("")
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ход исполнения"))
        column = QVBoxLayout(box)
        self.history = read_only_table(
            [
                self.tr("Дата"),
                self.tr("Шаг"),
                self.tr("Кто"),
                self.tr("Номер письма"),
                self.tr("Текст"),
            ]
        )
        # Rows wrap, so who and what step stay narrow: at 1366×768 the longest user names took
        # the whole pane and left the step's text (the last column) no room at all.
        # The text keeps TEXT_CHARS however far the splitter is dragged: the other columns
        # give way and wrap (it used to shrink to nothing behind a sideways scroll).
        fit_columns(
            self.history, [10, 16, 20, 9], "request_progress", widest=20, stretch_room=TEXT_CHARS
        )
        self.history.setWordWrap(True)
        # The widths are fitted after the rows arrive and the text column follows the pane:
        # each time, the rows take the height their wrapped text needs (a few rows).
        self._rewrap_later = QTimer(self)
        self._rewrap_later.setSingleShot(True)
        self._rewrap_later.setInterval(0)
        self._rewrap_later.timeout.connect(self.history.resizeRowsToContents)
        self.history.horizontalHeader().sectionResized.connect(self._rewrap)
        self._letters: dict[int, int] = {}  # history row → its step's signed letter
        self.history.cellDoubleClicked.connect(self._open_letter)
        column.addWidget(self.signing_label)
        column.addWidget(self.history, 1)
        return box

    def _rewrap(self, _column: int, _old: int, _new: int) -> None:
        self.history.resizeRowsToContents()
        # Once more when the header has settled: a splitter drag resizes the text column in
        # the middle of the header's own layout, and the heights taken then were a line short.
        self._rewrap_later.start()

    def _open_letter(self, row: int, _column: int) -> None:
        if row in self._letters:
            self.letter_chosen.emit(self._letters[row])

    def _why_not(self, label: str, view: RequestView) -> str:
        """Why a step's button is greyed out: the message's state does not allow the step. The
        step's whole name comes first, as the tooltip of a cut label would show it."""
        return self.tr("«{action}» сейчас недоступно: состояние «{state}».").format(
            action=label.rstrip("…"), state=STATE_LABELS[State(view.state)]
        )

    def clear(self) -> None:
        """A message not saved yet has no steps."""
        self.history.setRowCount(0)
        self.signing_label.setText(self.tr("Шаги появятся после сохранения."))

    def build_actions(self, kind: str, direction: str, view: RequestView | None) -> None:
        for button in self.action_buttons.values():
            self.actions_grid.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        table = TRANSITIONS[(kind, direction)]
        names = list(dict.fromkeys(action.value for (_state, action) in table))
        allowed = set(view.allowed_actions) if view is not None else set()
        refusal = self._sign_refusal(view) if "sign" in allowed else None
        for index, name in enumerate(names):
            text = action_label(direction, name)
            button = ElidedButton(text)
            enabled = view is not None and self.access.working and name in allowed
            if name == "sign" and enabled and refusal is not None:
                enabled = False
                button.setToolTip(refusal)
            elif not enabled and view is not None and self.access.working:
                button.setToolTip(self._why_not(text, view))
            button.setEnabled(enabled)
            button.clicked.connect(lambda _checked=False, a=name: self.action_chosen.emit(a))
            self.action_buttons[name] = button
            self.actions_grid.addWidget(button, index // 2, index % 2)
        if not names:
            label = hint_label(self.tr("Для этого сообщения шагов исполнения нет."))
            self.actions_grid.addWidget(label, 0, 0)
        self._buttons_before_history()

    def _buttons_before_history(self) -> None:
        """Made after the window, the buttons came last on Tab (after «Закрыть»): they go
        where they are seen, before the history under them. Qt orders only widgets that
        take focus, so the anchor is the last such one before the history."""
        buttons = list(self.action_buttons.values())
        anchor = self.history.previousInFocusChain()
        while (
            anchor is not None
            and anchor is not self.history
            and (anchor.focusPolicy() == Qt.FocusPolicy.NoFocus or anchor in buttons)
        ):
            anchor = anchor.previousInFocusChain()
        if anchor is None or anchor is self.history or not buttons:
            return
        for first, second in pairwise([anchor, *buttons, self.history]):
            QWidget.setTabOrder(first, second)

    def _sign_refusal(self, view: RequestView | None) -> str | None:
        """Why this user may not sign (Art. 9.3, four eyes), in the domain's words."""
        if view is None:
            return self.tr("Сначала сохраните проект.")
        return SignatoryService(self.vault).sign_refusal(view.from_code, author=view.created_by)

    def enabled_actions(self) -> list[str]:
        return [name for name, button in self.action_buttons.items() if button.isEnabled()]

    def fill_history(self, view: RequestView) -> None:
        names = user_names(self.vault)
        carried = [str(s.details["bundle_id"]) for s in view.steps if "bundle_id" in s.details]
        bundles = bundle_numbers(self.vault, carried)
        self.history.setRowCount(len(view.steps))
        letters = {a.step: a for a in view.attachments if a.signed_letter and a.step is not None}
        self._letters = {}
        for row, step in enumerate(reversed(view.steps)):  # newest first
            number, text = step.number or step.their_number or "", details_text(step, bundles)
            if step.action == "register":
                # The letter's number in our register is ours, «1-вх»; theirs is named as theirs.
                number = view.number
                if step.their_number:
                    theirs = f"{vocab.label('their_number')}: {step.their_number}"
                    text = " · ".join(filter(None, (theirs, text)))
            if (letter := letters.get(step.seq)) is not None:
                text = " · ".join(t for t in (text, letter_text(letter)) if t)
                self._letters[row] = letter.id
            set_row(
                self.history,
                row,
                [
                    date_text(step.on),
                    step_name(view.direction, step.action),
                    names.get(step.user, step.user),
                    number,
                    text,
                ],
                step.seq,
            )
        self.history.resizeRowsToContents()
        signing = []
        if view.signatory:
            signing.append(
                self.tr("Подписал: {who}, {day}").format(
                    who=view.signatory, day=date_text(view.signed_on)
                )
            )
        if view.sent_on:
            signing.append(self.tr("Направлен: {day}").format(day=date_text(view.sent_on)))
        if view.closed_on:
            signing.append(self.tr("Завершён: {day}").format(day=date_text(view.closed_on)))
        self.signing_label.setText("; ".join(signing))
        self.signing_label.setVisible(bool(signing))
