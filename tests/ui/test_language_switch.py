"""Switching the interface language while windows are open (issue 15): every shown text
follows, typed input stays."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from migdesk.languages import LANG_ENV
from migdesk.persons.service import PersonService
from migdesk.security.audit_labels import ACTION_LABELS
from migdesk.ui import domain_texts, i18n, language_switch
from migdesk.ui.country_combo import CountryCombo
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.ui.retranslate import Retranslation
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault
from tests.ui.shown_texts import shown_texts
from tests.ui.test_ui_window_sizes import _windows, window_vault

ROOT = Path(__file__).resolve().parents[2]


def _catalog(lang: str) -> dict[str, str]:
    """source → finished translation of one language's Linguist file (empty if none yet)."""
    ts = ROOT / "translations" / f"migdesk_{lang}.ts"
    if not ts.exists():
        return {}
    found: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not translation.text:
            continue
        found[message.findtext("source") or ""] = translation.text
    return found


def _shown_texts(windows: list[QWidget]) -> list[str]:
    return [text for window in windows for _kind, text in shown_texts(window)]


def _stale(texts: list[str], after: str) -> list[str]:
    """Texts in another language's wording of a string whose ``after`` wording differs."""
    catalogs = {lang: _catalog(lang) for lang in i18n.SUPPORTED if lang != "ru"}
    sources = set().union(*(c.keys() for c in catalogs.values()))
    wording = {"ru": {s: s for s in sources}, **catalogs}  # lang → source → text
    new = wording[after]
    stale_words = {
        text
        for lang, words in wording.items()
        if lang != after
        for source, text in words.items()
        if source in new and new[source] != text
    }
    # Kept when the new language uses the same words elsewhere (a short word may be both).
    stale_words -= set(new.values())
    stale_words -= _domain_wording(after)
    # «—», «№», numbers: in no language in particular.
    return sorted(
        text for text in texts if text in stale_words and any(ch.isalpha() for ch in text)
    )


def _domain_wording(lang: str) -> set[str]:
    """What the services' labels legitimately read in ``lang`` (their own catalog, which
    may word a label as the Qt catalog does not); before that catalog is on main, the audit
    actions' Russian labels."""
    if domain_texts._module() is None:
        return set(ACTION_LABELS.values())
    return {domain_texts._wording(msgid, lang) for msgid in domain_texts._msgids()}


@pytest.fixture
def restore_russian(qapp: QApplication) -> Iterator[None]:
    yield
    language_switch.switch_language("ru")


def test_switch_keeps_typed_text_and_leaves_no_old_words(
    qtbot: QtBot, gui_vault: Vault, restore_russian: None
) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    form.show()
    surname = form.main_tab.edits["surname_ru"]
    surname.setText("Ким")
    window.registry.search_edit.setText("поиск")
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&Файл"

    calendar = QDateEdit(form)
    order = ["ru", "kk", "hy", "en", "ru"]
    for before, after in itertools.pairwise(order):
        language_switch.switch_language(after)
        assert i18n.current_language() == after
        assert surname.text() == "Ким"
        assert window.registry.search_edit.text() == "поиск"
        stale = _stale(_shown_texts([window, form]), after)
        assert stale == [], f"{before}→{after}: still shown {stale[:10]}"
        # Calendars and numbers follow the language too (widgets keep their locale else).
        assert calendar.locale().name() == QLocale().name()
        model = window.registry.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        assert _stale(headers, after) == []
        if after == "en":
            # A label of the services (gettext, persons.labels) follows as Qt's texts do.
            sex = form.main_tab.sex_combo
            assert [sex.itemText(i) for i in range(sex.count())][1:] == ["male", "female"]
            assert headers == ["Surname", "Given name", "Patronymic"]
            assert file_menu.text() == "&File"
            assert form.tabs.tabText(0) == "Main details"
            assert window.registry.new_button.text() == "New person"
            assert QLocale().language() == QLocale.Language.English
    assert file_menu.text() == "&Файл"
    sex = form.main_tab.sex_combo
    assert [sex.itemText(i) for i in range(sex.count())][1:] == ["мужской", "женский"]
    assert form.tabs.tabText(0) == "Основные сведения"
    assert window.registry.new_button.text() == "Новое лицо"


def test_unlock_window_switch_keeps_what_was_typed(
    qtbot: QtBot, vault_path: Path, restore_russian: None
) -> None:
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_edit.setText("officer1")
    dialog.password_edit.setText("secret words")
    assert dialog.open_button.text() == "Открыть"
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert names == ["Русский", "Қазақша", "Հայերեն", "English"]

    dialog.language_combo.setCurrentIndex(3)
    assert i18n.current_language() == "en"
    assert dialog.windowTitle() == "MigDesk — sign in"
    assert dialog.open_button.text() == "Open"
    assert dialog.user_edit.text() == "officer1"
    assert dialog.password_edit.text() == "secret words"
    dialog.language_combo.setCurrentIndex(1)
    assert i18n.current_language() == "kk"
    dialog.language_combo.setCurrentIndex(0)
    assert dialog.open_button.text() == "Открыть"
    assert dialog.password_edit.text() == "secret words"


def test_before_login_the_language_is_the_workstations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANG_ENV, "hy_AM.UTF-8")
    assert i18n.startup_language() == "hy"
    monkeypatch.delenv(LANG_ENV)
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("kk_KZ")))
    assert i18n.startup_language() == "kk"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.startup_language() == "en"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.startup_language() == "ru"


def test_rich_text_pieces_and_filled_in_texts_follow(
    qtbot: QtBot, gui_vault: Vault, restore_russian: None
) -> None:
    """A label built from translated pieces around tags, and a text filled in by .format(),
    switch like plain ones (the backup reminder, the user in the status bar)."""
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    reminder = window.admin.reminder
    assert "ещё не создавалась" in reminder.text() and 'href="backup"' in reminder.text()
    language_switch.switch_language("en")
    english = reminder.text()
    assert "ещё не создавалась" not in english and "Создать копию" not in english
    assert 'href="backup"' in english
    assert window.user_label.text() == f"User: {gui_vault.user}"
    language_switch.switch_language("hy")
    assert window.user_label.text().endswith(gui_vault.user)
    assert "User" not in window.user_label.text()
    language_switch.switch_language("ru")
    assert "ещё не создавалась" in reminder.text()
    assert window.user_label.text() == f"Пользователь: {gui_vault.user}"


def test_status_bar_message_follows_a_switch_and_keeps_its_time(
    qtbot: QtBot, gui_vault: Vault, restore_russian: None
) -> None:
    """A temporary status message (the idle lock's new setting; the lock's note followed by
    the drafts reopened) is read again in the new language, for the time it had left."""
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    bar = window.statusBar()
    window.admin._idle_lock_applied(5)
    assert bar.currentMessage() == "Автоматическая блокировка: через 5 мин бездействия."
    language_switch.switch_language("en")
    english = bar.currentMessage()
    assert "5" in english and "блокировка" not in english and english.startswith("Auto")
    timer = next(t for t in bar.findChildren(QTimer) if t.isActive())
    # Still temporary, not longer than asked (a coarse timer may fire up to 5 % late).
    assert 0 < timer.remainingTime() <= 10_500
    language_switch.switch_language("hy")
    assert "5" in bar.currentMessage() and "Auto" not in bar.currentMessage()
    language_switch.switch_language("ru")
    assert bar.currentMessage() == "Автоматическая блокировка: через 5 мин бездействия."

    # Two whole sentences, as the lock's note and the reopened drafts are shown together.
    note = QCoreApplication.translate(
        "IdleLock", "Хранилище заблокировано вместе с экраном компьютера."
    )
    drafts = window.tr(
        "Открыты карточки с изменениями, не сохранёнными до блокировки: {count}."
    ).format(count=2)
    bar.showMessage(f"{note} {drafts}")  # no timeout: it stays until replaced
    language_switch.switch_language("kk")
    kazakh = bar.currentMessage()
    assert "заблокировано" not in kazakh and "Открыты" not in kazakh and "2" in kazakh
    assert not [t for t in bar.findChildren(QTimer) if t.isActive()]
    language_switch.switch_language("ru")
    assert bar.currentMessage() == f"{note} {drafts}"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(_windows()))
def test_every_window_follows_a_switch(
    qtbot: QtBot, request: pytest.FixtureRequest, name: str, restore_russian: None
) -> None:
    """The windows of the size test, built in Russian, then switched through the others."""
    window = _windows()[name](window_vault(request, name))  # closed by the vault's fixture
    window.show()
    qtbot.wait(50)  # first loads (background) arrive
    for after in ("kk", "hy", "en", "ru"):
        language_switch.switch_language(after)
        stale = _stale(_shown_texts([window]), after)
        assert stale == [], f"{name} in {after}: still shown {stale[:10]}"


def test_unlock_window_widens_for_a_longer_language(
    qtbot: QtBot, vault_path: Path, restore_russian: None
) -> None:
    """A check box's text does not wrap: the create page grows to show it whole."""
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language_combo.setCurrentIndex(1)  # Kazakh runs longer than Russian
    dialog.show_page(1)
    box = dialog.demo_box
    qtbot.waitUntil(lambda: box.width() >= box.sizeHint().width(), timeout=5_000)
    assert dialog.width() <= dialog.screen().availableGeometry().width()


def test_country_combo_keeps_what_was_typed_and_relabels(
    qtbot: QtBot, restore_russian: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from migdesk.ui import country_combo

    typed = CountryCombo()
    qtbot.addWidget(typed)
    typed.setEditText("арм")
    chosen = CountryCombo()
    qtbot.addWidget(chosen)
    chosen.set_code("ARM")
    # The names come from the services' catalog; here a stand-in that follows the language.
    monkeypatch.setattr(
        country_combo, "country_label", lambda code: f"{code} ({i18n.current_language()})"
    )
    language_switch.switch_language("hy")
    assert typed.currentText() == "арм"
    assert chosen.currentText() == "ARM (hy)" and chosen.code() == "ARM"
    assert typed.itemText(typed.findData("KAZ")) == "KAZ (hy)"


def test_switch_from_the_event_loop_goes_window_by_window(
    qtbot: QtBot, gui_vault: Vault, restore_russian: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A switch made from the running program (a menu entry) retranslates in slices with the
    event loop running in between (every window at once froze the program ~110 ms at 1M);
    when it is done, every window reads as after a switch done in one go."""
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    form.show()
    form.main_tab.edits["surname_ru"].setText("Ким")
    monkeypatch.setattr(language_switch, "SLICE_S", 0.0)  # one step a turn
    ticks: list[bool] = []  # turns of the loop while the switch was under way
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(language_switch.switching()))
    ticker.start(0)
    QTimer.singleShot(0, lambda: language_switch.switch_language("en"))
    qtbot.waitUntil(lambda: i18n.current_language() == "en", timeout=5_000)
    qtbot.waitUntil(lambda: not language_switch.switching(), timeout=10_000)
    ticker.stop()
    assert ticks.count(True) > 10  # the loop ran between the slices
    assert _stale(_shown_texts([window, form]), "en") == []
    assert form.main_tab.edits["surname_ru"].text() == "Ким"
    assert form.tabs.tabText(0) == "Main details"
    assert window.menuBar().actions()[0].text() == "&File"


def test_a_switch_from_the_event_loop_leaves_its_turn_and_paints_to_the_loop(
    qtbot: QtBot, gui_vault: Vault, restore_russian: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The turn that asks for a switch (a menu's click) only changes the catalogs: no slice
    runs in it, and the windows are walked (listed) in a slice, not there. With a slice in
    that turn, the walk, and the layouts and paints that followed in the same pass, the
    switch was the longest gap of the stall probe at 1M (64–74 ms, #17)."""
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    slices: list[int] = []
    run = Retranslation.run

    def counted(self: Retranslation, budget_s: float | None = None) -> bool:
        slices.append(1)
        return run(self, budget_s)

    monkeypatch.setattr(Retranslation, "run", counted)
    in_its_turn: list[tuple[int, bool, bool]] = []

    def ask() -> None:
        language_switch.switch_language("en")
        pending = language_switch._pending
        # Still to plan: the windows not listed yet (the old code listed them at once).
        planned = pending is not None and pending._steps[0] != getattr(pending, "_plan", None)
        in_its_turn.append((len(slices), language_switch.switching(), planned))

    QTimer.singleShot(0, ask)
    qtbot.waitUntil(lambda: bool(in_its_turn), timeout=5_000)
    assert in_its_turn == [(0, True, False)]  # nothing walked nor retranslated in that turn
    qtbot.waitUntil(lambda: not language_switch.switching(), timeout=10_000)
    assert slices and window.menuBar().actions()[0].text() == "&File"


def test_qt_own_widgets_follow_a_switch(qtbot: QtBot, restore_russian: None) -> None:
    """Qt's standard buttons (their texts from Qt's catalog) follow a switch too, now that the
    switch sends QEvent.LanguageChange window by window rather than to every widget at once."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Отмена"
    language_switch.switch_language("en")
    assert cancel.text() == "Cancel"
    language_switch.switch_language("ru")
    assert cancel.text() == "Отмена"


def test_the_cards_citizenships_follow_a_switch(
    qtbot: QtBot, gui_vault: Vault, restore_russian: None
) -> None:
    """A card opened in Russian and switched to Armenian kept «KAZ — Казахстан» in its
    citizenship list (grab switched_person); built in Armenian it reads «KAZ — Ղազախստան»."""
    from migdesk.ui.display import country_label
    from tests.conftest import sample_person

    person = PersonService(gui_vault).add(sample_person())
    form = PersonForm(PersonService(gui_vault), person.id)
    qtbot.addWidget(form)
    box = form.main_tab.citizenship_list
    russian = [box.item(i).text() for i in range(box.count())]
    assert russian
    language_switch.switch_language("hy")
    shown = [box.item(i).text() for i in range(box.count())]
    codes = [text.split(" — ")[0] for text in russian]
    assert shown == [country_label(code) for code in codes]
    assert shown != russian, shown
