"""The journal pattern editor says what its tokens mean (issue 13, item 9): a legend with
each token's value for the chosen authority and year, buttons that insert a token named in
words, and a live example number as the pattern is typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from migdesk.ui.requests.registries_window import RegistriesWindow
from migdesk.vault import Vault


def test_tokens_are_explained_inserted_by_name_and_shown_as_a_number(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    window = RegistriesWindow(gui_vault)
    qtbot.addWidget(window)
    tab = window.journals
    tab.load()
    tab.journal_year.setValue(2026)
    legend = tab.legend.text()
    assert "{year} — год: 2026" in legend
    assert "{yy} — год, две цифры: 26" in legend
    assert "{authority} — код органа: KZ-MVD" in legend
    assert "{seq} — порядковый номер" in legend
    assert [b.text() for b in tab.token_buttons.values()] == [
        "порядковый номер",
        "год",
        "год, две цифры",
        "код органа",
    ]
    outgoing = tab.pattern_edits["outgoing"]
    outgoing.setText("")
    tab.last_edit = outgoing  # offscreen focus is not guaranteed; what a click leaves
    tab.insert_token("authority")
    outgoing.insert("/")
    tab.insert_token("seq")
    outgoing.insert("/")
    tab.insert_token("yy")
    assert outgoing.text() == "{authority}/{seq}/{yy}"
    assert tab.pattern_previews["outgoing"].text() == "например: № KZ-MVD/145/26"
    outgoing.setText("{year}")  # no sequence number: said at once, nothing saved
    assert tab.pattern_previews["outgoing"].text() == "шаблон неверен"
