"""Saving the person card, and showing why the domain refused it.

What was typed goes to ``PersonService`` as it is; every rule is the domain's. A new record
with possible duplicates is saved only after the officer has seen them (``DuplicateDialog``).
When the domain refuses (``ValidationFailed``), each message is shown next to its field or
cell, the tab gets marked and the first such tab is opened. The texts keep the card's
translation context, «PersonForm».
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from migdesk.changes import Changes, Kind
from migdesk.errors import MigDeskError, ValidationFailed
from migdesk.persons import codec
from migdesk.persons.duplicates import DuplicateService
from migdesk.persons.service import DuplicateHint, SaveResult
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.person_tabs import focus_first_problem, mark_tabs, unmark_tabs
from migdesk.ui.widgets import ERROR_STYLE

if TYPE_CHECKING:
    from migdesk.ui.person_form import PersonForm

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


def save_card(form: PersonForm, duplicate_reason: str | None) -> bool:
    """Save the card; ``duplicate_reason``: saved although it has possible duplicates."""
    if form.loading:  # the empty fields are not the record: saving them would erase it
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
    service = form.service
    try:
        if form.person_id is None and duplicate_reason is None:
            hints = DuplicateService(service.vault).check(data)
            if hints:
                _ask_about_duplicates(form, data, hints)
                return False
        if form.person_id is None:
            result = service.add(data, duplicate_reason=duplicate_reason)
        else:
            result = service.update(form.person_id, data)
    except ValidationFailed as exc:
        show_problems(form, exc.problems)
        return False
    except MigDeskError as exc:
        messages.show_error(form, str(exc))
        return False
    form.person_id = result.id
    form.family_tab.set_person(result.id)
    form.sheet_button.setVisible(True)
    form.last_result = result
    form.reload()  # shows what the domain stored (Latin names filled, numbers cleaned)
    publish(Changes.of(Kind.PERSONS))
    form.saved.emit(result.id)
    _report(form, result, duplicates_seen=duplicate_reason is not None)
    return True


def _ask_about_duplicates(
    form: PersonForm, data: dict[str, Any], hints: list[DuplicateHint]
) -> None:
    from migdesk.ui.duplicate_dialog import DuplicateDialog

    dialog = DuplicateDialog(form.service, data, hints, form)
    dialog.open_requested.connect(form.open_requested)
    dialog.save_requested.connect(form.save_with_reason)
    form.duplicate_dialog = dialog
    dialog.open()


def _report(form: PersonForm, result: SaveResult, *, duplicates_seen: bool = False) -> None:
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
    messages.show_info(form, title, "\n".join(lines))


def sections(form: PersonForm) -> list[tuple[int, Any]]:
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


def clear_problems(form: PersonForm) -> None:
    form.banner.setStyleSheet(ERROR_STYLE)
    form.banner.hide()
    form.main_tab.clear_problems()
    for table in form.tables.values():
        table.clear_problems()
    form.media_tab.clear_problems()
    unmark_tabs(form.tabs)


def show_problems(form: PersonForm, problems: dict[str, str]) -> None:
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
