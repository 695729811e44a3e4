"""Nothing typed into a new thematic item's form (Art. 4) is lost: the automatic lock keeps
it as an encrypted draft for the same user only, closing asks «Сохранить изменения?», and a
draft kept while typing survives the process dying. Real vault, real widgets offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from migdesk.office.users import UserService
from migdesk.requests import request_drafts, thematic_drafts
from migdesk.requests.service import RequestService
from migdesk.requests.thematic import ThematicService
from migdesk.ui import app
from migdesk.ui.main_window import MainWindow
from migdesk.ui.requests import thematic_draft
from migdesk.ui.requests.thematic_window import ThematicForm
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD
from tests.requests.request_helpers import draft

SHORT_MS = 300
TEXT = "Канал незаконной миграции через третью страну: подробности в нескольких абзацах."


class _FakeUnlock:
    """Stands in for the unlock dialog: logs in whoever ``logins`` names, in turn."""

    shown: ClassVar[list[_FakeUnlock]] = []
    logins: ClassVar[list[tuple[str, str]]] = []

    def __init__(self, path: Path) -> None:
        self.path = path
        self.note: str | None = None
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.vault: Vault | None = None
        _FakeUnlock.shown.append(self)

    def show_note(self, text: str) -> None:
        self.note = text

    def exec(self) -> QDialog.DialogCode:
        user, password = _FakeUnlock.logins.pop(0) if _FakeUnlock.logins else (ADMIN, PASSWORD)
        self.vault = Vault.open(self.path, user, password)
        return QDialog.DialogCode.Accepted

    def deleteLater(self) -> None:
        self.user_edit.deleteLater()
        self.password_edit.deleteLater()


@pytest.fixture
def controller(
    gui_vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[app.Controller]:
    _FakeUnlock.shown = []
    _FakeUnlock.logins = []
    monkeypatch.setattr(app, "UnlockDialog", _FakeUnlock)
    made = app.Controller(vault_path)
    yield made
    made._close_window_and_vault()


def _typed_item(window: MainWindow, tmp_path: Path) -> ThematicForm:
    form = window.requests.new_thematic_form()
    form.title_edit.setText("Канал через третью страну")
    form.text_edit.setPlainText(TEXT)
    scheme = tmp_path / "схема.txt"
    scheme.write_bytes(b"synthetic scheme")
    form.add_attachment(scheme)
    scheme.unlink()  # the file chosen is gone by the time the form comes back
    assert form.is_dirty()
    return form


def _restored(qtbot: QtBot, window: MainWindow) -> list[ThematicForm]:
    qtbot.waitUntil(
        lambda: bool(window.requests.thematic_restore and window.requests.thematic_restore.finished)
    )
    return window.requests.open_thematic_forms()


def _assert_restored(form: ThematicForm) -> None:
    assert form.title_edit.text() == "Канал через третью страну"
    assert form.text_edit.toPlainText() == TEXT
    assert [(a.name, a.data) for a in form.pending] == [("схема.txt", b"synthetic scheme")]
    assert form.attachments_list.count() == 1
    assert form.is_dirty()
    assert "Восстановлены сведения" in form.banner.text()


def _lock(qtbot: QtBot, controller: app.Controller, window: MainWindow, dialogs: int) -> None:
    window.idle_lock.set_timeout(SHORT_MS)
    qtbot.waitUntil(lambda: len(_FakeUnlock.shown) == dialogs, timeout=15_000)


def test_the_lock_keeps_the_typed_item_and_gives_it_back_to_its_user(
    qtbot: QtBot, controller: app.Controller, tmp_path: Path
) -> None:
    assert controller.unlock()
    first = controller.window
    assert first is not None
    form = _typed_item(first, tmp_path)
    _lock(qtbot, controller, first, 2)
    assert not shiboken6.isValid(form) or not form.isVisible()  # closed for privacy
    note = _FakeUnlock.shown[1].note
    assert note is not None and "черновик" in note
    second = controller.window
    assert second is not None and second is not first
    (restored,) = _restored(qtbot, second)
    _assert_restored(restored)
    assert "Открыты тематические сведения" in second.statusBar().currentMessage()
    # Kept until saved or discarded: a crash now loses nothing either.
    assert controller.vault is not None
    assert len(thematic_drafts.list_drafts(controller.vault)) == 1
    restored.close_discarding()


def test_another_user_at_the_locked_window_does_not_get_the_item(
    qtbot: QtBot, controller: app.Controller, gui_vault: Vault, tmp_path: Path
) -> None:
    users = UserService(gui_vault)
    users.add("officer.a", "officer", "password of a 1")
    users.add("officer.b", "officer", "password of b 1")
    _FakeUnlock.logins = [
        ("officer.a", "password of a 1"),
        ("officer.b", "password of b 1"),
        ("officer.a", "password of a 1"),
    ]
    assert controller.unlock()
    first = controller.window
    assert first is not None
    _typed_item(first, tmp_path)
    _lock(qtbot, controller, first, 2)
    second = controller.window
    assert second is not None and controller.vault is not None
    assert controller.vault.user == "officer.b"
    assert _restored(qtbot, second) == []
    assert "тематические" not in second.statusBar().currentMessage()
    assert thematic_drafts.list_drafts(controller.vault) == []
    second.lock()
    qtbot.waitUntil(lambda: len(_FakeUnlock.shown) == 3, timeout=15_000)
    third = controller.window
    assert third is not None and controller.vault is not None
    assert controller.vault.user == "officer.a"
    (restored,) = _restored(qtbot, third)
    _assert_restored(restored)
    restored.close_discarding()


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def _window(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: bool(window.requests.thematic_restore and window.requests.thematic_restore.finished)
    )
    return window


def test_closing_a_typed_item_asks_and_cancel_keeps_it_open(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, gui_vault)
    form = _typed_item(window, tmp_path)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not form.close()
    assert asked == ["Сохранить изменения?"]
    assert form.isVisible() and form.text_edit.toPlainText() == TEXT
    # The main window's close asks too, and stays open with the form.
    assert not window.close()
    assert window.isVisible() and form.isVisible()
    assert len(asked) == 2
    form.close_discarding()


def test_closing_a_typed_item_with_save_saves_it_then_closes(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, gui_vault)
    form = _typed_item(window, tmp_path)
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    form.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=15_000)
    (item,) = ThematicService(gui_vault).list()
    assert item.title == "Канал через третью страну" and item.text == TEXT
    assert [a.name for a in item.attachments] == ["схема.txt"]


def test_discarding_a_typed_item_removes_its_kept_draft(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, gui_vault)
    form = _typed_item(window, tmp_path)
    assert form.keeper is not None
    kept = form.keeper.keep()
    assert kept is not None
    qtbot.waitUntil(lambda: kept.finished, timeout=15_000)
    assert len(thematic_drafts.list_drafts(gui_vault)) == 1
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    form.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=15_000)
    assert asked == ["Сохранить изменения?"]
    qtbot.waitUntil(lambda: thematic_drafts.list_drafts(gui_vault) == [], timeout=15_000)
    assert ThematicService(gui_vault).list() == []


def test_an_untouched_new_item_closes_without_asking(qtbot: QtBot, gui_vault: Vault) -> None:
    window = _window(qtbot, gui_vault)
    form = window.requests.new_thematic_form()
    assert not form.is_dirty()
    assert form.close()  # no question box (the autouse fixture fails on one)
    qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=5_000)


def test_typing_is_kept_while_typing_and_offered_after_the_process_died(
    qtbot: QtBot,
    gui_vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The process dies with the form open (no lock, no close): what the keeper kept while
    typing comes back at the next start. Stood in for by a second window on a vault opened
    afresh, the first one never closed."""
    monkeypatch.setattr(thematic_draft, "KEEP_MS", 50)
    window = _window(qtbot, gui_vault)
    form = _typed_item(window, tmp_path)
    qtbot.waitUntil(lambda: len(thematic_drafts.list_drafts(gui_vault)) == 1, timeout=15_000)
    form.text_edit.setPlainText(TEXT + " Дописано.")
    qtbot.waitUntil(
        lambda: (
            [d.data["text"] for d in thematic_drafts.list_drafts(gui_vault)]
            == [TEXT + " Дописано."]
        ),
        timeout=15_000,
    )
    again = Vault.open(vault_path, ADMIN, PASSWORD)
    try:
        after = _window(qtbot, again)
        restored = [f for f in after.requests.open_thematic_forms() if f is not form]
        assert [f.text_edit.toPlainText() for f in restored] == [TEXT + " Дописано."]
        for opened in [*restored, form]:
            opened.close_discarding()
        after.close()
    finally:
        again.close()


# --- the request window: what is typed into a new message or a draft is asked about ---------


def test_closing_a_request_window_with_typed_texts_asks(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, gui_vault)
    request = window.requests.new_request()
    assert not request.is_dirty()
    request.fields.substance_edit.setPlainText(TEXT)
    request.fields.justification_edit.setPlainText("Обоснование в несколько строк.\n" * 3)
    assert request.is_dirty()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not request.close()
    assert asked == ["Сохранить изменения?"]
    assert request.isVisible() and request.fields.substance_edit.toPlainText() == TEXT
    assert not window.close()  # the main window's close asks too, and stays
    assert window.isVisible() and request.isVisible() and len(asked) == 2
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    request.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(request), timeout=5_000)
    assert asked == ["Сохранить изменения?"]


def test_an_untouched_new_request_closes_without_asking(qtbot: QtBot, gui_vault: Vault) -> None:
    window = _window(qtbot, gui_vault)
    request = window.requests.new_request("confirmation")  # its list fills on a worker
    qtbot.wait(200)
    assert not request.is_dirty()
    assert request.close()  # no question box (the autouse fixture fails on one)


def test_the_lock_keeps_typed_request_windows_and_gives_them_back(
    qtbot: QtBot, controller: app.Controller, gui_vault: Vault, tmp_path: Path
) -> None:
    """A new request and a stored draft's changes, typed when the lock fires: both windows
    come back to the same user with the typing, unsaved."""
    stored = RequestService(gui_vault).create_draft(draft()).id
    assert controller.unlock()
    first = controller.window
    assert first is not None
    new = first.requests.new_request()
    new.fields.substance_edit.setPlainText(TEXT)
    new.fields.purpose_edit.setPlainText("Цель, набранная до блокировки.")
    scan = tmp_path / "скан.pdf"
    scan.write_bytes(b"%PDF synthetic")
    new.attachments.add_attachment(scan)
    old = first.requests.open_request(stored)
    assert old is not None
    qtbot.waitUntil(lambda: old.baseline is not None, timeout=15_000)
    old.fields.justification_edit.setPlainText("Обоснование дописано до блокировки.")
    assert new.is_dirty() and old.is_dirty()
    _lock(qtbot, controller, first, 2)
    note = _FakeUnlock.shown[1].note
    assert note is not None and "черновик" in note
    second = controller.window
    assert second is not None
    restore = second.requests
    qtbot.waitUntil(lambda: bool(restore.request_restore and restore.request_restore.finished))
    by_id = {w.request_id: w for w in restore.open_request_windows()}
    assert set(by_id) == {None, stored}
    back = by_id[None]
    assert back.fields.substance_edit.toPlainText() == TEXT
    assert back.fields.purpose_edit.toPlainText() == "Цель, набранная до блокировки."
    assert [(a.name, a.data) for a in back.attachments.pending] == [("скан.pdf", b"%PDF synthetic")]
    changed = by_id[stored]
    assert changed.fields.justification_edit.toPlainText() == "Обоснование дописано до блокировки."
    for window in (back, changed):
        assert window.is_dirty()
        assert "Восстановлен текст" in window.banner.text()
    assert "Открыты запросы" in second.statusBar().currentMessage()
    vault = controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: request_drafts.list_drafts(vault) == [], timeout=15_000)
    for window in (back, changed):
        window.close_discarding()
