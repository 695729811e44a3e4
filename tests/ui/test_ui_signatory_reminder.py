"""The 45-day exchange of signatory lists (Art. 9.3, 17) is recalled on the deadlines
dashboard: nothing before the agreement is in force, a reminder in the last days, an
"overdue" one after, and none once our list has gone out."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from migdesk.requests.agreement import AgreementService
from migdesk.requests.signatories import SignatoryService
from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault
from tests.ui.test_ui_requests_screens import _window


def _board_text(qtbot: QtBot, vault: Vault) -> str:
    window: MainWindow = _window(qtbot, vault)
    board = window.requests.dashboard
    qtbot.waitUntil(lambda: board.dashboard is not None, timeout=10_000)
    return board.reminder.text() if board.reminder.isVisibleTo(window) else ""


def _in_force(vault: Vault, days_ago: int) -> None:
    agreement = AgreementService(vault)
    day = date.today() - timedelta(days=days_ago)
    agreement.record_notice("ratification", "KZ", day - timedelta(days=3), "нота 1 (тест)")
    agreement.record_notice("ratification", "AM", day, "нота 2 (тест)")


def test_no_reminder_before_entry_into_force(qtbot: QtBot, gui_vault: Vault) -> None:
    assert _board_text(qtbot, gui_vault) == ""


def test_reminder_in_the_last_days_and_after(qtbot: QtBot, gui_vault: Vault) -> None:
    _in_force(gui_vault, 40)  # 5 days left
    text = _board_text(qtbot, gui_vault)
    assert "осталось дней: 5" in text and "п.\u00a03 ст.\u00a09" in text


def test_overdue_reminder(qtbot: QtBot, gui_vault: Vault) -> None:
    _in_force(gui_vault, 50)
    text = _board_text(qtbot, gui_vault)
    assert "истёк" in text


def test_no_reminder_once_our_list_went_out(qtbot: QtBot, gui_vault: Vault) -> None:
    _in_force(gui_vault, 50)
    service = SignatoryService(gui_vault)
    notices = service.notifications(pending_only=True)
    if not notices:  # the fixture has no signatory of ours yet: the list is one entry
        from migdesk.requests.signatories import SignatoryInput

        service.add(
            SignatoryInput(
                authority="KZ-MVD",
                position="Заместитель (тест)",
                full_name="Тестов Т. Т.",
                valid_from=date(2020, 1, 1),
            )
        )
        notices = service.notifications(pending_only=True)
    service.mark_notified([n.id for n in notices], date.today(), "нота 3 (тест)")
    assert _board_text(qtbot, gui_vault) == ""
