"""Saving the person card, and showing why the domain refused it.

What was typed goes to ``PersonService`` as it is; every rule is the domain's. A new record
with possible duplicates is saved only after the officer has seen them (``DuplicateDialog``).
When the domain refuses (``ValidationFailed``), each message is shown next to its field or
cell, the tab gets marked and the first such tab is opened. The texts keep the card's
translation context, «PersonForm».

The duplicate check, the write and the card read back run on a worker (``BackgroundOp``):
they wait for the vault's write lock, which an index upkeep step holds up to ~0.5 s at 1M
(#17: no frozen window). Meanwhile Save is disabled and the card takes no input
(``InputGuard``); a card asked to close closes once the save has ended.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QWidget

from migdesk.changes import Changes, Kind
from migdesk.errors import MigDeskError, ValidationFailed
from migdesk.persons import codec
from migdesk.persons.duplicates import DuplicateService
from migdesk.persons.service import DuplicateHint, PersonService, SaveResult
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.person_card_read import CardRead, read_card
from migdesk.ui.person_tabs import focus_first_problem, mark_tabs, unmark_tabs
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import ERROR_STYLE

if TYPE_CHECKING:
    from migdesk.ui.duplicate_dialog import DuplicateDialog
    from migdesk.ui.media_tab import MediaTab
    from migdesk.ui.person_main_tab import MainInfoTab
    from migdesk.ui.subrecord_table import SubrecordTable

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


class SavingCard(Protocol):
    """What saving needs from the person card (``person_form.PersonForm``), so that this
    module does not import it back. The card is also a QWidget: see ``_widget``."""

    service: PersonService
    person_id: str | None
    loading: bool
    save_op: BackgroundOp[Any] | None
    close_after_save: bool
    last_result: SaveResult | None
    duplicate_dialog: DuplicateDialog | None
    input_guard: InputGuard
    save_button: QPushButton
    sheet_button: QPushButton
    banner: QLabel
    main_tab: MainInfoTab
    tabs: QTabWidget

    @property
    def saved(self) -> SignalInstance: ...
    @property
    def save_finished(self) -> SignalInstance: ...
    @property
    def open_requested(self) -> SignalInstance: ...
    @property
    def tables(self) -> dict[str, SubrecordTable]: ...
    @property
    def media_tab(self) -> MediaTab: ...
    @property
    def discarding(self) -> bool: ...
    def collect(self) -> tuple[dict[str, Any], dict[str, str]]: ...
    def show_card(self, card: CardRead, /) -> None: ...
    def save_with_reason(self, reason: str, /) -> bool: ...
    # QWidget's, as the card's window
    def isVisible(self) -> bool: ...
    def close(self) -> bool: ...
    def setCursor(self, cursor: Qt.CursorShape, /) -> None: ...
    def unsetCursor(self) -> None: ...


def _widget(form: SavingCard) -> QWidget:
    """The card as the QWidget it is (``PersonForm`` is one), where a parent widget is
    needed: the worker's owner, message boxes and the duplicates dialog. A Protocol cannot
    say "a QWidget with these members", hence this one cast."""
    return cast(QWidget, form)


@dataclass(frozen=True)
class _Saved:
    result: SaveResult
    card: CardRead | None  # None: the read after the save failed; read again on a worker


def save_card(form: SavingCard, duplicate_reason: str | None) -> bool:
    """Start saving the card; ``duplicate_reason``: saved although it has possible duplicates.

    True: a save was started on a worker (it ends with ``form.save_finished``, True when
    saved). False: nothing was started (the card is loading or already saving, or what was
    typed has problems, shown at once)."""
    if form.loading or form.save_op is not None:
        # Loading: the empty fields are not the record, saving them would erase it.
        # Saving: a second click must not save twice (a second new record).
        return False
    clear_problems(form)
    data, local_problems = form.collect()
    if local_problems:
        # Nothing is saved; the domain still checks the rest so every problem shows at once.
        try:
            codec.check_person(data)
            problems = dict(local_problems)
        except ValidationFailed as exc:
            problems = {**exc.problems, **local_problems}
        show_problems(form, problems)
        return False
    # The duplicate check and the write wait for the vault's write lock, which an index
    # upkeep step may hold for half a second at 1M (#17): never on the GUI thread.
    # Saved anyway: the candidates the officer saw are another person (recorded as such).
    dialog = form.duplicate_dialog
    seen = [h.id for h in dialog.hints] if duplicate_reason and dialog is not None else []
    work = partial(_save, form.service, form.person_id, data, duplicate_reason, seen)
    form.save_op = (
        BackgroundOp(_widget(form), work)
        .in_order()  # its audit entries after the searches and reads before the click
        .on_success(partial(_saved, form, data, duplicate_reason))
        .on_failure(partial(_failed, form))
        .on_cancelled(partial(_ended, form, saved=False))
        .on_busy(partial(_busy, form))
    )
    form.save_button.setEnabled(False)
    form.input_guard.hold()  # what was typed stays as sent: the reload must not drop edits
    form.save_op.run()
    return True


def _save(
    service: PersonService,
    person_id: str | None,
    data: dict[str, Any],
    duplicate_reason: str | None,
    seen: list[str],
    _context: TaskContext,
) -> list[DuplicateHint] | _Saved:
    """Runs on a worker: the possible duplicates, or the save and the card as stored."""
    if person_id is None and duplicate_reason is None:
        hints = DuplicateService(service.vault).check(data)
        if hints:
            return hints
    if person_id is None:
        result = service.add(data, duplicate_reason=duplicate_reason, not_duplicates=seen)
    else:
        result = service.update(person_id, data)
    try:  # the reload writes its view to the audit trail: it waits for the lock as well
        card: CardRead | None = read_card(service, result.id)
    except MigDeskError:
        card = None
    return _Saved(result, card)


def _saved(
    form: SavingCard,
    data: dict[str, Any],
    duplicate_reason: str | None,
    outcome: list[DuplicateHint] | _Saved,
) -> None:
    if isinstance(outcome, list):
        _ended(form, saved=False)
        if form.isVisible():  # not closed meanwhile
            _ask_about_duplicates(form, data, outcome)
        return
    result = outcome.result
    form.person_id = result.id  # the family tab follows with the card read below
    form.sheet_button.setVisible(True)
    form.last_result = result
    publish(Changes.of(Kind.PERSONS))  # written: the registry follows whatever comes next
    show = partial(_show_saved, form, result, duplicate_reason)
    if outcome.card is not None:
        show(outcome.card)
        return
    # The worker's read failed: read once more, on a worker as well (an audited read waits
    # for the write lock an index merge step may hold, #17). The save has not ended meanwhile:
    # Save stays disabled and the card takes no input, so the read cannot drop edits.
    service, person_id = form.service, result.id
    form.save_op = (
        BackgroundOp(_widget(form), lambda _ctx: read_card(service, person_id))
        .in_order()
        .on_success(show)
        .on_failure(partial(_read_failed, show, form))
        .on_cancelled(partial(show, None))
        .run()
    )


def _show_saved(
    form: SavingCard, result: SaveResult, duplicate_reason: str | None, card: CardRead | None
) -> None:
    if card is not None:  # what the domain stored (Latin names filled, numbers cleaned)
        form.show_card(card)
    form.saved.emit(result.id)
    _report(form, result, duplicates_seen=duplicate_reason is not None)
    _ended(form, saved=True)  # last: it may close the card


def _read_failed(
    show: Callable[[CardRead | None], None], form: SavingCard, exc: BaseException
) -> None:
    """Saved, but its card could not be read back (e.g. destroyed meanwhile): say why; the
    card keeps what was typed."""
    messages.show_error(_widget(form), messages.error_text(exc))
    show(None)


def _failed(form: SavingCard, exc: BaseException) -> None:
    _ended(form, saved=False)
    if isinstance(exc, ValidationFailed):
        show_problems(form, exc.problems)
    else:
        messages.show_error(_widget(form), messages.error_text(exc))


def _busy(form: SavingCard, busy: bool) -> None:
    """A save that lasts (the vault busy): a wait cursor over the card, no progress dialog."""
    if busy:
        form.setCursor(Qt.CursorShape.WaitCursor)
    else:
        form.unsetCursor()


def _ended(form: SavingCard, *, saved: bool) -> None:
    form.save_op = None
    form.input_guard.release()
    form.save_button.setEnabled(True)
    form.save_finished.emit(saved)
    if form.close_after_save:
        form.close_after_save = False
        if saved or form.discarding:  # a failed save keeps the card open with its message
            form.close()


def close_waits(form: SavingCard) -> bool:
    """Asked to close during a save: the card closes when the save has ended (its result,
    e.g. a new record's id, must reach the card and the registry first)."""
    if form.save_op is None:
        return False
    form.close_after_save = True
    return True


def _ask_about_duplicates(
    form: SavingCard, data: dict[str, Any], hints: list[DuplicateHint]
) -> None:
    from migdesk.ui.duplicate_dialog import DuplicateDialog

    dialog = DuplicateDialog(form.service, data, hints, _widget(form))
    dialog.open_requested.connect(form.open_requested)
    dialog.save_requested.connect(form.save_with_reason)
    form.duplicate_dialog = dialog
    dialog.open()


def _report(form: SavingCard, result: SaveResult, *, duplicates_seen: bool = False) -> None:
    if duplicates_seen:  # the officer has just decided on them in the dialog
        result = SaveResult(result.id, result.revision, result.warnings)
    if not result.warnings and not result.duplicates:
        return
    lines: list[str] = [translate("PersonForm", "Запись сохранена.")]
    if result.warnings:
        lines.append("")
        lines.append(translate("PersonForm", "Предупреждения:"))
        lines.extend(f"• {w}" for w in result.warnings)
    if result.duplicates:
        lines.append("")
        lines.append(translate("PersonForm", "Возможные дубликаты:"))
        lines.extend(f"• {d.name} — {d.reason}" for d in result.duplicates)
    title = translate("PersonForm", "Сохранено с предупреждениями")
    messages.show_info(_widget(form), title, "\n".join(lines))


_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
    }
)


class InputGuard(QObject):
    """While a save runs, the card's widgets take no input, without greying them (a quick
    save would flicker): the card shows what was sent, and the reload after the save
    cannot drop something typed meanwhile. Dialogs over the card are other windows and
    are left alone."""

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)  # the form is the parent, not an attribute: no cycle keeping it
        self.holding = False

    def hold(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self.holding:
            app.installEventFilter(self)
            self.holding = True

    def release(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self.holding:
            app.removeEventFilter(self)
        self.holding = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT or not isinstance(watched, QWidget):
            return False
        form = self.parent()
        assert isinstance(form, QWidget)
        return watched is form or form.isAncestorOf(watched)


def sections(form: SavingCard) -> list[tuple[int, Any]]:
    """(tab index, section) for every part of the card that can show problems."""
    tables = form.tables
    return [
        (0, form.main_tab),
        (1, tables["documents"]),
        (2, tables["administrative_liability"]),
        (2, tables["criminal_liability"]),
        (3, tables["registrations"]),
        (4, tables["residence_permits"]),
        (5, tables["citizenship_acts"]),
        (6, tables["restrictions"]),
        (7, form.media_tab),
    ]


def clear_problems(form: SavingCard) -> None:
    form.banner.setStyleSheet(ERROR_STYLE)
    form.banner.hide()
    form.main_tab.clear_problems()
    for table in form.tables.values():
        table.clear_problems()
    form.media_tab.clear_problems()
    unmark_tabs(form.tabs)


def show_problems(form: SavingCard, problems: dict[str, str]) -> None:
    handled: set[str] = set()
    tabs_with_problems: set[int] = set()
    for tab, section in sections(form):
        mine = section.show_problems(problems)
        if mine:
            tabs_with_problems.add(tab)
            handled |= mine
    rest = [message for path, message in problems.items() if path not in handled]
    summary = translate("PersonForm", "Запись не сохранена: исправьте отмеченные поля.")
    form.banner.setText("\n".join([summary, *rest]))
    form.banner.show()
    mark_tabs(form.tabs, tabs_with_problems)
    if tabs_with_problems:
        first = min(tabs_with_problems)
        form.tabs.setCurrentIndex(first)
        focus_first_problem(form.main_tab, sections(form), first)
