"""Causes of GUI event-loop stalls at 1M removed (#17): what the GUI thread waited on."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

from migdesk.ui import app as ui_app
from migdesk.ui.switch_interval import GUI_SWITCH_INTERVAL_S, favour_the_gui_thread


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
