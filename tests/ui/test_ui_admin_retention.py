"""«Сроки хранения»: due list, destruction by a supervisor with its act, default years."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from migdesk.errors import NotFound
from migdesk.office.retention import EXPIRY_GROUNDS, RetentionService
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.ui import retention_acts
from migdesk.ui.retention_window import RetentionWindow
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.support.write_lock import TICKS, WriteLockHeld

PAST = "2020-01-01"


@pytest.fixture
def supervisor(gui_vault: Vault, vault_path: Path) -> Iterator[Vault]:
    UserService(gui_vault).add("boss", "supervisor", "head of unit pass 1")
    with Vault.open(vault_path, "boss", "head of unit pass 1") as opened:
        yield opened


def _open(qtbot: QtBot, vault: Vault) -> RetentionWindow:
    window = RetentionWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._due_op is None, timeout=10_000)
    return window


def _due_ids(window: RetentionWindow) -> list[str]:
    table = window.due_table
    return [table.item(r, 1).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def _saving_to(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    captions: list[str] = []

    def choose(_parent: Any, caption: str, *_args: Any, **_kw: Any) -> Path | None:
        captions.append(caption)
        return target

    monkeypatch.setattr(retention_acts, "choose_save_path", choose)
    return captions


def test_due_list_and_destroy_disabled_without_supervisor(qtbot: QtBot, gui_vault: Vault) -> None:
    due = PersonService(gui_vault).add(sample_person(keep_until=PAST)).id
    PersonService(gui_vault).add(sample_person(surname_ru="Другой"))  # kept 5 more years
    window = _open(qtbot, gui_vault)  # administrator + officer
    assert _due_ids(window) == [due]
    assert window.due_table.item(0, 2).text() == "01.01.2020"  # type: ignore[union-attr]
    assert window.due_table.item(0, 3).text() == "установлен для записи"  # type: ignore[union-attr]
    assert window.due_count.text() == "Подлежат уничтожению: 1"
    window.select_record(due)
    assert not window.destroy_button.isEnabled()
    assert "руководитель" in window.destroy_button.toolTip()
    assert window.ask_destroy() is None


def test_supervisor_destroys_and_saves_the_act(
    qtbot: QtBot,
    gui_vault: Vault,
    supervisor: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    due = PersonService(gui_vault).add(sample_person(keep_until=PAST)).id
    RetentionService(gui_vault).propose(due, "основание")  # four eyes: another user asks
    window = _open(qtbot, supervisor)
    window.select_record(due)
    assert window.destroy_button.isEnabled()
    dialog = window.ask_destroy()
    assert dialog is not None and not dialog.early
    assert not dialog.early_box.isVisibleTo(dialog)
    assert dialog.grounds() == "основание"  # the proposal's grounds, as the CLI takes them
    dialog.grounds_edit.setPlainText("")
    assert not dialog.destroy_button.isEnabled()  # grounds are required
    dialog.grounds_edit.setPlainText("истечение срока хранения; решение № 7")

    act_path = tmp_path / "act.pdf"
    captions = _saving_to(monkeypatch, act_path)
    dialog.destroy_button.click()
    qtbot.waitUntil(lambda: window.last_act is not None and act_path.exists(), timeout=30_000)
    act = window.last_act
    assert act is not None and act.number == f"1/{date.today().year}"
    assert captions == [f"Сохранить акт об уничтожении № {act.number}"]
    assert act_path.read_bytes().startswith(b"%PDF")
    with pytest.raises(NotFound):
        PersonService(gui_vault).get(due)
    qtbot.waitUntil(lambda: _due_ids(window) == [], timeout=10_000)
    assert window.acts_table.rowCount() == 1
    assert window.acts_table.item(0, 4).text() == "истечение срока хранения; решение № 7"  # type: ignore[union-attr]
    assert window.acts[0].audit_hash == act.audit_hash  # the act can be printed again as is


def test_act_can_be_saved_later_when_the_save_dialog_is_cancelled(
    qtbot: QtBot,
    gui_vault: Vault,
    supervisor: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    due = PersonService(gui_vault).add(sample_person(keep_until=PAST)).id
    RetentionService(gui_vault).propose(due, "основание")  # four eyes: another user asks
    window = _open(qtbot, supervisor)
    record = window.due[0]
    _saving_to(monkeypatch, None)  # the officer closes the file dialog
    op = window.start_destroy(record, "основание", False)
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    with pytest.raises(NotFound):
        PersonService(gui_vault).get(due)  # destroyed all the same
    number = f"1/{date.today().year}"
    assert f"акт № {number}" in window.status.text()
    assert "«Акты уничтожения»" in window.status.text()

    later = tmp_path / "later.pdf"
    _saving_to(monkeypatch, later)
    window.acts_table.selectRow(0)
    assert window.save_selected_act()
    assert later.read_bytes().startswith(b"%PDF")
    assert window.status.text() == f"Акт № {number} сохранён: {later}"


def test_early_destruction_needs_explicit_confirmation(
    qtbot: QtBot, gui_vault: Vault, supervisor: Vault
) -> None:
    soon = (date.today() + timedelta(days=30)).isoformat()
    person = PersonService(gui_vault).add(sample_person(keep_until=soon)).id
    window = _open(qtbot, supervisor)
    assert _due_ids(window) == []
    window.as_of_edit.setDate(window.as_of_edit.date().addDays(60))
    window.refresh()
    qtbot.waitUntil(lambda: _due_ids(window) == [person], timeout=10_000)
    window.select_record(person)
    dialog = window.ask_destroy()
    assert dialog is not None and dialog.early
    assert dialog.early_box.isVisibleTo(dialog)
    assert dialog.grounds() == ""  # no proposal: «истечение срока» would be false here
    dialog.grounds_edit.setPlainText("по просьбе предоставившей стороны")
    assert not dialog.destroy_button.isEnabled()
    dialog.early_box.setChecked(True)
    assert dialog.destroy_button.isEnabled()
    dialog.reject()
    assert PersonService(gui_vault).get(person)["id"] == person


def test_early_approval_prefills_the_proposals_own_grounds(
    qtbot: QtBot, gui_vault: Vault, supervisor: Vault
) -> None:
    """An early proposal «по просьбе…» must not reach the act as «истечение срока хранения»."""
    soon = (date.today() + timedelta(days=30)).isoformat()
    person = PersonService(gui_vault).add(sample_person(keep_until=soon)).id
    grounds = "по просьбе предоставившей стороны, письмо № 12"
    RetentionService(gui_vault).propose(person, grounds, early=True)
    window = _open(qtbot, supervisor)
    window.as_of_edit.setDate(window.as_of_edit.date().addDays(60))
    window.refresh()
    qtbot.waitUntil(lambda: _due_ids(window) == [person], timeout=10_000)
    window.select_record(person)
    dialog = window.ask_destroy()
    assert dialog is not None and dialog.early
    assert dialog.grounds() == grounds
    assert dialog.grounds() != EXPIRY_GROUNDS
    dialog.reject()


def test_domain_refusal_is_shown(qtbot: QtBot, gui_vault: Vault, supervisor: Vault) -> None:
    soon = (date.today() + timedelta(days=30)).isoformat()
    person = PersonService(gui_vault).add(sample_person(keep_until=soon)).id
    RetentionService(gui_vault).propose(person, "основание")  # four eyes: another user asks
    window = _open(qtbot, supervisor)
    window.as_of_edit.setDate(window.as_of_edit.date().addDays(60))
    window.refresh()
    qtbot.waitUntil(lambda: len(window.due) == 1, timeout=10_000)
    op = window.start_destroy(window.due[0], "основание", False)  # not marked early
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    assert "досрочное уничтожение требует явного подтверждения" in window.status.text()


def test_default_years_for_administrators_only(
    qtbot: QtBot, gui_vault: Vault, supervisor: Vault
) -> None:
    admin_window = _open(qtbot, gui_vault)
    assert admin_window.years_spin.isEnabled()
    admin_window.years_spin.setValue(7)
    with qtbot.waitSignal(admin_window.years_saved, timeout=10_000) as saved:
        assert admin_window.save_default_years()  # on a worker (#17)
    assert saved.args == [True]
    assert RetentionService(gui_vault).default_years() == 7

    boss_window = _open(qtbot, supervisor)
    assert boss_window.years_spin.value() == 7
    assert not boss_window.years_spin.isEnabled()
    assert not boss_window.years_button.isEnabled()


def test_pure_administrator_sees_why_the_list_is_empty(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    UserService(gui_vault).add("it", "administrator", "it-password")
    with Vault.open(vault_path, "it", "it-password") as admin:
        window = _open(qtbot, admin)
        assert window.due_error.isVisibleTo(window)
        assert "officer, supervisor" in window.due_error.text()
        assert window.years_spin.isEnabled()
        window.close()


def test_officer_proposes_and_the_proposer_cannot_approve(
    qtbot: QtBot, gui_vault: Vault, supervisor: Vault
) -> None:
    due = PersonService(gui_vault).add(sample_person(keep_until=PAST)).id
    window = _open(qtbot, gui_vault)  # administrator + officer: proposes, cannot destroy
    window.select_record(due)
    assert window.propose_button.isEnabled() and not window.destroy_button.isEnabled()
    with qtbot.waitSignal(window.propose_finished, timeout=10_000):
        assert window.propose()
    assert "предложено" in window.status.text()
    assert [p.record_id for p in RetentionService(supervisor).proposals()] == [due]
    # The supervisor may not approve what they proposed themselves.
    other = PersonService(gui_vault).add(sample_person(keep_until=PAST)).id
    boss_window = _open(qtbot, supervisor)
    boss_window.select_record(other)
    with qtbot.waitSignal(boss_window.propose_finished, timeout=10_000):
        assert boss_window.propose()
    op = boss_window.start_destroy(boss_window.selected_record(), "основание", False)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    assert "не может сам его утвердить" in boss_window.status.text()
    assert PersonService(gui_vault).get(other)["id"] == other


def test_requests_are_listed_by_their_rule_and_a_needed_person_is_held(
    qtbot: QtBot,
    gui_vault: Vault,
    supervisor: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Art. 11.5 beyond persons: a closed request falls due years after it closed and goes
    with its letters; a person a request in work still needs is shown but not offered."""
    from migdesk.requests.workflow import StepInput
    from tests.requests.request_helpers import incoming

    held = PersonService(gui_vault).add(sample_person(keep_until=PAST)).id
    requests = RequestService(gui_vault)
    in_work = requests.receive(incoming(date(2025, 3, 3), persons=[held]))
    closed = requests.receive(incoming(date(2025, 3, 3))).id
    requests.step(closed, StepInput("start", on=date(2025, 3, 4)))
    requests.step(closed, StepInput("answer", on=date(2025, 3, 20), text="Ответ (тест)."))

    window = _open(qtbot, gui_vault)  # administrator + officer
    window.as_of_edit.setDate(window.as_of_edit.date().addYears(10))
    window.refresh()
    qtbot.waitUntil(lambda: closed in _due_ids(window), timeout=10_000)
    rows = {
        window.due_table.item(r, 1).text(): [  # type: ignore[union-attr]
            window.due_table.item(r, c).text()  # type: ignore[union-attr]
            for c in (0, 2, 3)
        ]
        for r in range(window.due_table.rowCount())
    }
    assert rows[closed] == [
        "запрос с перепиской",
        "20.03.2030",
        "лет с даты завершения запроса — 5",
    ]
    assert rows[held][2] == f"нужна исполняемому запросу № {in_work.number}"
    window.select_record(held)
    assert not window.propose_button.isEnabled()
    window.select_record(closed)
    asked = window.ask_propose()  # due only as of ten years on: early, grounds required
    assert asked is not None and asked.early and not asked.ok_button.isEnabled()
    asked.grounds_edit.setPlainText("по решению руководителя № 3")
    with qtbot.waitSignal(window.propose_finished, timeout=10_000) as finished:
        asked.ok_button.click()
    assert finished.args == [True]

    boss = _open(qtbot, supervisor)
    boss.as_of_edit.setDate(boss.as_of_edit.date().addYears(10))
    boss.refresh()
    qtbot.waitUntil(lambda: closed in _due_ids(boss), timeout=10_000)
    boss.select_record(closed)
    dialog = boss.ask_destroy()
    assert dialog is not None and "письма" in dialog.findChildren(QLabel)[0].text()
    assert dialog.grounds() == "по решению руководителя № 3"  # the proposal's own
    act_path = tmp_path / "act.pdf"
    _saving_to(monkeypatch, act_path)
    dialog.early_box.setChecked(True)
    dialog.destroy_button.click()
    qtbot.waitUntil(lambda: boss.last_act is not None and act_path.exists(), timeout=30_000)
    assert boss.last_act is not None and boss.last_act.record_kind == "request"
    assert boss.last_act.grounds == "по решению руководителя № 3"
    with pytest.raises(NotFound):
        requests.get(closed)


def test_a_proposal_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, supervisor: Vault, write_lock: Callable[[], WriteLockHeld]
) -> None:
    """#17: the proposal (a write) waits for the lock an index upkeep step holds on a worker:
    the window keeps running, the button is disabled meanwhile, and the proposal lands."""
    due = PersonService(gui_vault).add(sample_person(keep_until=PAST)).id
    window = _open(qtbot, gui_vault)
    window.select_record(due)
    lock = write_lock()
    with qtbot.waitSignal(window.propose_finished, timeout=15_000) as finished:
        assert window.propose()
        assert not window.propose_button.isEnabled()  # a second click does nothing
        assert not window.propose()
    assert finished.args == [True]
    assert lock.ticks >= TICKS  # the event loop ran all the while
    assert "предложено" in window.status.text()
    assert window.propose_button.isEnabled()
    assert [p.record_id for p in RetentionService(supervisor).proposals()] == [due]
