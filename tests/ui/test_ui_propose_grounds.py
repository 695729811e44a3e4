"""«Предложить уничтожение» asks the grounds (Art. 11.5): required before the keep-until
date (the expiry wording is no ground then), the expiry wording offered for a due record;
the grounds reach the proposal, the approver's dialog and the act's PDF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from migdesk.office.retention import EXPIRY_GROUNDS, RetentionService
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.ui import retention_acts
from migdesk.ui.propose_dialog import ProposeDialog
from migdesk.ui.retention_window import RetentionWindow
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.support.files import pdftotext

EARLY = "по просьбе предоставившей стороны,\nписьмо № 12 от 01.12.2026"


@pytest.fixture
def supervisor(gui_vault: Vault, vault_path: Path) -> Iterator[Vault]:
    UserService(gui_vault).add("boss", "supervisor", "head of unit pass 1")
    with Vault.open(vault_path, "boss", "head of unit pass 1") as opened:
        yield opened


def _window(qtbot: QtBot, vault: Vault, ahead: int = 0) -> RetentionWindow:
    window = RetentionWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._due_op is None, timeout=10_000)
    if ahead:  # list what falls due by then
        window.as_of_edit.setDate(window.as_of_edit.date().addDays(ahead))
        window.refresh()
        qtbot.waitUntil(lambda: window._due_op is None and bool(window.due), timeout=10_000)
    return window


def test_an_early_proposal_needs_its_grounds_and_they_reach_the_act(
    qtbot: QtBot,
    gui_vault: Vault,
    supervisor: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    soon = (date.today() + timedelta(days=30)).isoformat()
    person = PersonService(gui_vault).add(sample_person(keep_until=soon)).id
    window = _window(qtbot, gui_vault, ahead=60)  # administrator + officer
    window.select_record(person)
    window.propose_button.click()
    dialog = window.findChild(ProposeDialog)  # the one the button opened
    assert dialog is not None and dialog.isVisible() and dialog.early
    assert dialog.early_note.isVisibleTo(dialog)
    assert dialog.grounds() == ""  # nothing true to offer before the keep-until date
    assert not dialog.ok_button.isEnabled()
    assert "акт" in dialog.ok_button.toolTip()  # a greyed-out OK says why
    dialog.grounds_edit.setPlainText(EXPIRY_GROUNDS)
    assert not dialog.ok_button.isEnabled()
    assert "не может быть основанием" in dialog.ok_button.toolTip()
    dialog.grounds_edit.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.grounds_edit.setPlainText(EARLY)
    assert dialog.ok_button.isEnabled() and dialog.ok_button.toolTip() == ""
    with qtbot.waitSignal(window.propose_finished, timeout=10_000) as finished:
        dialog.ok_button.click()
    assert finished.args == [True]
    [proposal] = RetentionService(supervisor).proposals()
    assert (proposal.record_id, proposal.grounds, proposal.early) == (person, EARLY, True)

    boss = _window(qtbot, supervisor, ahead=60)
    boss.select_record(person)
    approve = boss.ask_destroy()
    assert approve is not None and approve.grounds() == EARLY
    approve.early_box.setChecked(True)
    act_path = tmp_path / "act.pdf"

    def choose(*_args: Any, **_kw: Any) -> Path:
        return act_path

    monkeypatch.setattr(retention_acts, "choose_save_path", choose)
    approve.destroy_button.click()
    qtbot.waitUntil(lambda: boss.last_act is not None and act_path.exists(), timeout=30_000)
    text = " ".join(pdftotext(act_path, "-enc", "UTF-8").split())
    assert "по просьбе предоставившей стороны, письмо № 12 от 01.12.2026" in text
    assert "истечение срока хранения" not in text


def test_a_due_proposal_offers_the_expiry_and_takes_an_edit(
    qtbot: QtBot, gui_vault: Vault, supervisor: Vault
) -> None:
    due = PersonService(gui_vault).add(sample_person(keep_until="2020-01-01")).id
    window = _window(qtbot, gui_vault)
    window.select_record(due)
    dialog = window.ask_propose()
    assert dialog is not None and not dialog.early
    assert not dialog.early_note.isVisibleTo(dialog)
    assert dialog.grounds() == EXPIRY_GROUNDS and dialog.ok_button.isEnabled()
    dialog.grounds_edit.setPlainText("")
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.toolTip()
    dialog.grounds_edit.setPlainText(f"{EXPIRY_GROUNDS}; решение № 7")
    with qtbot.waitSignal(window.propose_finished, timeout=10_000) as finished:
        dialog.ok_button.click()
    assert finished.args == [True]
    assert RetentionService(supervisor).proposed_grounds(due) == f"{EXPIRY_GROUNDS}; решение № 7"


def test_a_cancelled_dialog_proposes_nothing(
    qtbot: QtBot, gui_vault: Vault, supervisor: Vault
) -> None:
    due = PersonService(gui_vault).add(sample_person(keep_until="2020-01-01")).id
    window = _window(qtbot, gui_vault)
    window.select_record(due)
    dialog = window.ask_propose()
    assert dialog is not None
    dialog.reject()
    assert RetentionService(supervisor).proposals() == []
    assert window.propose_button.isEnabled()
