"""The key chooser's token page with a real SoftHSM2 module: no token inserted, then one."""

from __future__ import annotations

from pathlib import Path

import pkcs11
import pytest
from pytestqt.qtbot import QtBot

from migdesk.ui.documents.keys import KeyChooser, TokenSource
from tests.signing.softhsm import LIBRARY, make_token, module_path


def _find(qtbot: QtBot, chooser: KeyChooser) -> None:
    chooser.find_tokens()
    qtbot.waitUntil(chooser.find_button.isEnabled, timeout=20_000)


def test_a_token_inserted_after_a_vain_search_is_offered_without_the_old_warning(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty"
    (empty / "tokens").mkdir(parents=True)
    conf = empty / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {empty / 'tokens'}\nlog.level = ERROR\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    pkcs11.lib(str(LIBRARY.resolve())).reinitialize()

    chooser = KeyChooser()
    qtbot.addWidget(chooser)
    chooser.show()
    chooser.token_radio.setChecked(True)
    chooser.library_edit.setText(str(module_path()))
    _find(qtbot, chooser)
    assert chooser.token_combo.count() == 0
    assert chooser.problem.isVisible() and chooser.problem.text() == "Токены не найдены."

    token = make_token(tmp_path, "Токен Иванова", "1357", monkeypatch)  # inserted now
    _find(qtbot, chooser)
    assert [chooser.token_combo.itemText(i) for i in range(chooser.token_combo.count())] == [
        token.label
    ]
    assert not chooser.problem.isVisible(), chooser.problem.text()
    chooser.pin_edit.setText(token.pin)
    source = chooser.source()
    assert isinstance(source, TokenSource) and source.token == token.label
    assert token.pin not in repr(source)  # the PIN is never part of a representation
