"""Duplicate detection in the GUI: the registry-wide «Возможные дубликаты» window (background
scan with progress, decisions, a supervisor's merge) and linking on bundle import."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle
from migdesk.office.users import UserService
from migdesk.persons.duplicates import NOT_DUPLICATE, SAME_PERSON, DuplicateService
from migdesk.persons.service import PersonService
from migdesk.ui.duplicates_window import DuplicatesWindow
from migdesk.ui.exchange.import_dialog import ImportDialog
from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault
from tests.exchange.conftest import am, kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import AM, Station
from tests.support.write_lock import TICKS, WriteLockHeld

PERSON = {
    "surname_ru": "Жұмабеков",
    "given_name_ru": "Әлихан",
    "patronymic_ru": "Серікұлы",
    "sex": "M",
    "birth_date": "1990-05-05",
    "citizenship": ["KAZ"],
}
TYPED = {**PERSON, "surname_ru": "Жумабеков", "given_name_ru": "Алихан"}


def _scan(qtbot: QtBot, window: DuplicatesWindow) -> None:
    op = window.scan()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)


def test_registry_wide_list_decide_and_open(qtbot: QtBot, gui_vault: Vault) -> None:
    people = PersonService(gui_vault)
    first, second = people.add(PERSON).id, people.add(TYPED).id
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    dups = window.open_duplicates()
    _scan(qtbot, dups)
    assert dups.table.rowCount() == 1
    assert {dups.pairs[0].a.id, dups.pairs[0].b.id} == {first, second}
    assert "вероятно то же лицо" in dups.table.item(0, 2).text()  # type: ignore[union-attr]
    assert "фамилия в другом написании" in dups.table.item(0, 3).text()  # type: ignore[union-attr]
    dups.select(0)
    assert not dups.different_button.isEnabled()  # a reason first
    assert not dups.merge_button.isVisible()  # officers do not merge
    dups.open_first.click()
    assert dups.pairs[0].a.id in window.forms
    dups.reason_edit.setText("проверено: одно лицо, получено из двух источников")
    with qtbot.waitSignal(dups.decision_finished, timeout=10_000):  # written on a worker
        dups.same_button.click()
    assert dups.table.rowCount() == 0
    assert [x.kind for x in DuplicateService(gui_vault).links(first)] == ["same_person"]
    _scan(qtbot, dups)
    assert dups.table.rowCount() == 0 and "нет" in dups.status.text()


def test_supervisor_merges_from_the_list(qtbot: QtBot, gui_vault: Vault, vault_path: Path) -> None:
    people = PersonService(gui_vault)
    first, second = people.add(PERSON).id, people.add(TYPED).id
    UserService(gui_vault).add("boss", "supervisor", "head of unit pass 1")
    with Vault.open(vault_path, "boss", "head of unit pass 1") as boss:
        dups = DuplicatesWindow(boss)
        qtbot.addWidget(dups)
        dups.show()
        _scan(qtbot, dups)
        dups.select(0)
        dups.reason_edit.setText("одно лицо")
        assert dups.merge_button.isVisible() and dups.merge_button.isEnabled()
        with qtbot.waitSignal(dups.decision_finished, timeout=10_000):
            dups.merge_button.click()
        assert dups.table.rowCount() == 0, dups.error.text()
    assert PersonService(gui_vault).count() == 1
    assert [r.id for r in PersonService(gui_vault).search("Жумабеков")] == [first]
    assert [h.action for h in PersonService(gui_vault).history(second)] == ["create"]


def test_a_decision_is_written_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Callable[[], WriteLockHeld]
) -> None:
    """A decision waits for the vault's write lock (an index upkeep step holds it up to
    ~0.5 s at 1M) on a worker: the window keeps running and decides once (#17)."""
    people = PersonService(gui_vault)
    first = people.add(PERSON).id
    people.add(TYPED)
    dups = DuplicatesWindow(gui_vault)
    qtbot.addWidget(dups)
    dups.show()
    _scan(qtbot, dups)
    dups.select(0)
    dups.reason_edit.setText("проверено: разные лица")

    lock = write_lock()
    with qtbot.waitSignal(dups.decision_finished, timeout=10_000) as finished:
        dups.different_button.click()
        assert not lock.released
        assert not dups.different_button.isEnabled() and not dups.same_button.isEnabled()
        dups.decide(SAME_PERSON)  # a second decision meanwhile is not taken
    assert finished.args == [True], dups.error.text()
    assert lock.ticks >= TICKS  # the event loop ran all the while
    assert [x.kind for x in DuplicateService(gui_vault).links(first)] == [NOT_DUPLICATE]
    assert dups.table.rowCount() == 0


@pytest.fixture
def am_vault(am: Station, qapp: QApplication) -> Iterator[Vault]:  # noqa: F811
    with am.open() as vault:
        yield vault
        for widget in QApplication.topLevelWidgets():
            widget.close()


def test_import_preview_offers_to_link_a_probable_match(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with kz.open() as vault:
        theirs = PersonService(vault).add({**TYPED, "surname_lat": "ZHUMABEKOV"}).id
        result = export_bundle(vault, AM, stick, persons=[theirs])
    assert result.ok and result.path is not None
    ours = PersonService(am_vault).add(PERSON).id
    dialog = ImportDialog(am_vault, result.path)
    qtbot.addWidget(dialog)
    dialog.show()
    preview_op = dialog.run_preview()
    assert preview_op is not None
    qtbot.waitUntil(lambda: preview_op.finished, timeout=20_000)
    top = dialog.tree.topLevelItem(0)
    assert top is not None
    row = top.child(0)
    assert row is not None
    assert row.text(1).startswith("вероятно то же лицо, что Жұмабеков Әлихан")
    row.setCheckState(1, Qt.CheckState.Checked)
    assert dialog.links() == [theirs]
    op = dialog.run_import()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)
    assert dialog.outcome is not None and dialog.outcome.status == "imported"
    [link] = DuplicateService(am_vault).links(ours)
    assert {link.person_id, link.other_id} == {ours, theirs}


def test_after_a_merge_no_pair_names_the_record_merged_away(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    """Before, only the merged pair left the list: the absorbed record's other pairs stayed,
    and opening or deciding on them failed with «Запись … объединена с записью …»."""
    people = PersonService(gui_vault)
    first = people.add(PERSON).id
    second = people.add(TYPED).id
    third = people.add({**TYPED, "patronymic_ru": "Серикович", "birth_date": "1990"}).id
    UserService(gui_vault).add("boss", "supervisor", "head of unit pass 1")
    with Vault.open(vault_path, "boss", "head of unit pass 1") as boss:
        dups = DuplicatesWindow(boss)
        qtbot.addWidget(dups)
        dups.show()
        _scan(qtbot, dups)
        pairs = [{p.a.id, p.b.id} for p in dups.pairs]
        assert {first, second} in pairs and any(second in p and third in p for p in pairs)
        row = next(i for i, p in enumerate(dups.pairs) if {p.a.id, p.b.id} == {first, second})
        dups.select(row)
        absorbed = dups.pairs[row].b.id
        dups.reason_edit.setText("одно лицо")
        with qtbot.waitSignal(dups.decision_finished, timeout=10_000):
            dups.merge_button.click()
        assert all(absorbed not in (p.a.id, p.b.id) for p in dups.pairs), dups.error.text()
        assert dups.table.rowCount() == len(dups.pairs)
