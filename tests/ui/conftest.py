"""GUI test fixtures: isolated QSettings, no blocking dialogs, no worker left running.

Run offscreen: ``QT_QPA_PLATFORM=offscreen pytest tests/ui``.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from migdesk.ui import i18n, messages, tasks
from migdesk.ui.gui_thread_gc import GuiThreadCollector
from migdesk.vault import Vault
from tests.exchange.conftest import am, kz, world  # noqa: F401 — the two stations
from tests.exchange.exchange_world import Station
from tests.support import gui_trace
from tests.support.demo_templates import DemoTemplates
from tests.support.gui import close_all
from tests.support.write_lock import WriteLockHeld

# The real modal loops, for the one test that drives ``main()`` end to end.
REAL_DIALOG_EXEC = QDialog.exec
REAL_MESSAGE_BOX_EXEC = QMessageBox.exec

SPECIMEN_MRZ = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)


@pytest.fixture(autouse=True, scope="module")
def collector_on_the_gui_thread(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    """As in the app: no worker thread's collection may destroy a widget (a cycle holding one,
    collected by a worker, crashed a run with «Fatal Python error»)."""
    collector = GuiThreadCollector(qapp)
    yield collector
    collector.uninstall()
    collector.deleteLater()
    gc.collect()  # this module's leftovers, on the GUI thread, before other tests' threads run


@pytest.fixture(autouse=True)
def collect_when_due(collector_on_the_gui_thread: GuiThreadCollector) -> Iterator[None]:
    yield
    collector_on_the_gui_thread.collect_due()  # a test that never waited still gets collected


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """Every test gets its own settings directory; nothing touches the real user's."""
    directory = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(directory))
    translators = i18n.install_translators(qapp, "ru")
    yield directory
    i18n.remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def gui_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[gui_trace.GuiTrace]:
    """What the GUI did during the test, printed if it fails (``tests/support/gui_trace``):
    a test that failed once under load then says which op failed or still ran."""
    with gui_trace.recording(monkeypatch) as trace:
        yield trace


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    trace = getattr(item, "funcargs", {}).get("gui_state")
    if report.failed and report.when == "call" and isinstance(trace, gui_trace.GuiTrace):
        report.sections.append(("GUI state at the failure", trace.report()))
    return report


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Any:
    """pytest-qt closes the widgets a test left open (``qtbot.addWidget``) before any
    fixture's teardown: a window with unsaved typing asks «Сохранить изменения?» then, as it
    does for an officer; a window the test left so is discarded, as ``_close_windows`` does.
    Conftest wrappers run outside the plugin's, so this one is in place first."""
    asked = messages.ask_save_changes

    def discard(parent: QWidget | None) -> messages.SaveAnswer:
        return messages.SaveAnswer.DISCARD

    messages.ask_save_changes = discard
    try:
        return (yield)
    finally:
        # A test's own ``monkeypatch`` of the question is undone inside this teardown (it
        # puts the real one back): then ``asked`` is that test's stand-in and must not
        # outlive it, so only our own stand-in is replaced.
        if messages.ask_save_changes is discard:
            messages.ask_save_changes = asked


class UnexpectedDialog(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal exec() would hang an offscreen test: fail instead, unless a test answers."""

    def refuse(self: QWidget) -> int:
        raise UnexpectedDialog(f"unexpected blocking dialog {type(self).__name__}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def answer_message_box(monkeypatch: pytest.MonkeyPatch) -> Callable[[Any], list[str]]:
    """``asked = answer_message_box(QMessageBox.StandardButton.Discard)``: every question
    box answers so, and its text is appended to ``asked``."""

    def install(button: Any) -> list[str]:
        asked: list[str] = []

        def answer(box: QMessageBox) -> int:
            asked.append(box.text())
            return int(button.value)

        monkeypatch.setattr(QMessageBox, "exec", answer)
        return asked

    return install


@pytest.fixture
def gui_vault(vault: Vault, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Vault]:
    """The test vault, with every window closed and every worker finished before it closes."""
    yield vault
    _close_windows(qapp, monkeypatch)


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplates:
    return DemoTemplates(tmp_path_factory.mktemp("demo-templates"))


@pytest.fixture
def demo_vault(
    demo_templates: DemoTemplates,
    vault_path: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Vault]:
    """``gui_vault`` after ``create_signed_demo_requests(vault, seed=1)``: a copy of a vault
    built so once per run (see ``demo_templates``)."""
    with demo_templates.copy(vault_path, with_person=False) as vault:
        yield vault
        _close_windows(qapp, monkeypatch)


@pytest.fixture
def demo_vault_with_person(
    demo_templates: DemoTemplates,
    vault_path: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Vault]:
    """``gui_vault`` after ``PersonService(vault).add(sample_person())`` and then the signed
    demo requests (they take up to two of its persons); a copy, as ``demo_vault``."""
    with demo_templates.copy(vault_path, with_person=True) as vault:
        yield vault
        _close_windows(qapp, monkeypatch)


def _close_windows(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "ask_save_changes", lambda _parent: messages.SaveAnswer.DISCARD)
    for widget in QApplication.topLevelWidgets():
        widget.close()
    tasks.wait_for_all()
    QThreadPool.globalInstance().waitForDone(10_000)
    qapp.processEvents()
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    qapp.processEvents()


# The two stations of tests/exchange, opened for a GUI test: every window and worker is done
# before the vault closes. A module needing more (a request already sent) defines its own.
@pytest.fixture
def kz_vault(kz: Station, qapp: QApplication) -> Iterator[Vault]:  # noqa: F811
    with kz.open() as vault:
        yield vault
        close_all(qapp)


@pytest.fixture
def am_vault(am: Station, qapp: QApplication) -> Iterator[Vault]:  # noqa: F811
    with am.open() as vault:
        yield vault
        close_all(qapp)


@pytest.fixture
def write_lock(gui_vault: Vault) -> Iterator[Callable[[], WriteLockHeld]]:
    """``hold()`` takes the vault's write lock from a second connection (after the window's
    own start-up writes), as an index upkeep step does; released by a GUI timer."""
    held: list[WriteLockHeld] = []

    def hold() -> WriteLockHeld:
        held.append(WriteLockHeld(gui_vault))
        return held[-1]

    yield hold
    for lock in held:
        lock.release()
