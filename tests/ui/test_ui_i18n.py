"""Interface language: Russian by default, English from the compiled Linguist file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from migdesk.persons.service import PersonService
from migdesk.ui import i18n
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "translations" / "migdesk_en.ts"


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) → (translation, type attribute) of a Linguist file."""
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            # A numerus message (%n): its first form, the one a 1 takes in English.
            forms = translation.findall("numerusform")
            found[(name, message.findtext("source") or "")] = (
                (forms[0].text or "") if forms else (translation.text or ""),
                translation.get("type"),
            )
    return found


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators = i18n.install_translators(qapp, "en")
    yield translators
    i18n.remove_translators(qapp, translators)
    i18n.install_translators(qapp, "ru")


def test_language_defaults_to_russian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    assert i18n.requested_language() == "ru"
    assert i18n.requested_language("de") == "ru"
    assert i18n.requested_language("EN") == "en"
    assert i18n.requested_language("en_US.UTF-8") == "en"
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    assert i18n.requested_language() == "en"


def test_english_translation_loads(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, english: list[QTranslator]
) -> None:
    assert english, "migdesk_en.qm was not found or did not load"
    unlock = UnlockDialog(vault_path)
    qtbot.addWidget(unlock)
    assert unlock.windowTitle() == "MigDesk — sign in"
    assert unlock.open_button.text() == "Open"

    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == [
        "&File",
        "&Registries",
        "&Statistics",
        "&Exchange",
        "&Administration",
        "Язык · Тіл · Լեզու · Language",  # the same in every language (issue 15)
        "&Help",
    ]
    assert window.registry.new_button.text() == "New person"

    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    assert form.tabs.tabText(0) == "Main details"
    assert form.tabs.tabText(8) == "Family"
    assert form.tabs.tabText(9) == "History"
    assert form.main_tab.mrz_button.text() == "Paste MRZ…"
    header = form.tables["documents"].table.horizontalHeaderItem(2)
    assert header is not None and header.text() == "Number *"


def test_linguist_file_is_complete_and_current(tmp_path: Path) -> None:
    """Every string in the code has a finished English translation (else: make translations)."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-extensions", "py", str(ROOT / "migdesk" / "ui"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    in_file = _messages(TS_FILE)
    assert in_code - set(in_file) == set(), "strings missing from translations/migdesk_en.ts"
    unfinished = [
        key for key, (text, kind) in in_file.items() if key in in_code and (kind or not text)
    ]
    assert unfinished == []


def test_compiled_qm_matches_the_linguist_file(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path("en")))
    stale = [
        (context, source)
        for (context, source), (text, kind) in _messages(TS_FILE).items()
        if kind is None and translator.translate(context, source, None, 1) != text
    ]
    assert stale == [], "run pyside6-lrelease (make translations)"
