"""Causes of GUI event-loop stalls at 1M removed (#17): what the GUI thread waited on."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from migdesk.ui import app as ui_app
from migdesk.ui import audit_model, language_switch
from migdesk.ui.main_window import MainWindow
from migdesk.ui.switch_interval import GUI_SWITCH_INTERVAL_S, favour_the_gui_thread
from migdesk.vault import Vault


@pytest.fixture
def restore_russian(qapp: QApplication) -> Iterator[None]:
    yield
    language_switch.switch_language("ru")


@pytest.fixture
def default_switch_interval() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # CPython's default
    yield
    sys.setswitchinterval(before)


def test_the_app_shortens_the_switch_interval(
    default_switch_interval: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``main`` sets it before the first window (stopped at the unlock window here)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    monkeypatch.setattr(ui_app.Controller, "__init__", lambda self, path: None)
    monkeypatch.setattr(ui_app.Controller, "unlock", lambda self, note=None: False)
    umask = os.umask(0o077)
    os.umask(umask)
    try:
        assert ui_app.main([]) == 0
    finally:
        os.umask(umask)  # main() restricts it for the whole process
    assert sys.getswitchinterval() <= GUI_SWITCH_INTERVAL_S


def test_a_shorter_switch_interval_is_kept(default_switch_interval: None) -> None:
    sys.setswitchinterval(0.0002)
    favour_the_gui_thread()
    assert sys.getswitchinterval() < 0.00021  # stored in microseconds


def test_a_switch_formats_the_count_again_without_counting(
    qtbot: QtBot, gui_vault: Vault, restore_russian: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.count_label.text().startswith("Записей"))
    shown = window.count_label.text()
    counted: list[int] = []
    real_count = window.service.count

    def count() -> int:
        counted.append(1)
        return real_count()

    monkeypatch.setattr(window.service, "count", count)
    language_switch.switch_language("en")
    qtbot.waitUntil(lambda: not language_switch.switching())
    qtbot.wait(50)  # a count op, if one were started, would deliver meanwhile
    assert counted == []
    assert window.count_label.text() != shown
    assert window.count_label.text().startswith("Records")


def test_an_audit_cell_computes_its_own_value_only(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A column fit asks for 100 rows' cells: each must not format the whole row."""
    formatted: list[datetime] = []

    def local_time(moment: datetime) -> str:
        formatted.append(moment)
        return "01.01.2026 00:00"

    monkeypatch.setattr(audit_model, "local_time", local_time)
    model = audit_model.AuditModel()
    at = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [
        audit_model.AuditRow(i, at, "admin", "person.view", "лицо p1", "", "", "person", "p1")
        for i in range(10)
    ]
    model.set_rows(rows)
    ids = [model.data(model.index(row, 0)) for row in range(10)]
    assert ids == [str(i) for i in reversed(range(10))]
    assert formatted == []
    assert model.data(model.index(0, 1)) == "01.01.2026 00:00"
    assert len(formatted) == 1
