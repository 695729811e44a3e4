"""«Журнал аудита»: chain status and head, filters, paging, PDF export, audited reading."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from migdesk.models import AuditEntry
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.security import audit
from migdesk.ui import audit_window, immortal_refs, tasks
from migdesk.ui.audit_window import AuditWindow
from migdesk.vault import Vault
from tests.conftest import ADMIN, sample_person


def _open(qtbot: QtBot, vault: Vault) -> AuditWindow:
    window = AuditWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    return window


def _actions(window: AuditWindow) -> list[str]:
    return [row.action for row in window.model.rows]


def _entries(vault: Vault, action: str) -> list[AuditEntry]:
    with vault.read_session() as session:
        return audit.query(session, audit.AuditFilter(action=action))


def test_chain_status_head_and_entries(qtbot: QtBot, gui_vault: Vault) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    window = _open(qtbot, gui_vault)
    with gui_vault.read_session() as session:
        check = audit.verify(session, through=2)  # the head before this view's entry
    # One snapshot: the headline counts the entries the list was read from; this view's own
    # entry is written after it.
    assert window.chain_label.text() == "Цепочка хешей цела, записей: 2."
    assert window.head_label.text() == f"Вершина цепочки при проверке: {check.head}"
    assert _actions(window) == ["person.create", "vault.create"]  # newest first
    create = window.model.index(0, 3)
    assert window.model.data(create) == "ввод записи о лице"
    assert window.model.data(window.model.index(0, 4)) == f"Лицо {person_id[:8]}…"
    # The tooltip: the record's full text (the cell may be elided), the whole id on its own line.
    tip = window.model.data(window.model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Лицо {person_id[:8]}…\n{person_id}"
    assert window.count_label.text() == "Записей: 2"
    # Reading the trail is itself in the trail.
    assert [e.details for e in _entries(gui_vault, "audit.view")] == ['{"shown":2}']


def test_headline_and_list_stay_one_snapshot_across_reloads(qtbot: QtBot, gui_vault: Vault) -> None:
    """The headline counted the window's own view entry (3) beside a list of 2; each reload
    writes another view entry, and the headline follows the list to it."""
    PersonService(gui_vault).add(sample_person())
    window = _open(qtbot, gui_vault)
    assert window.count_label.text() == "Записей: 2"
    assert window.chain_label.text() == "Цепочка хешей цела, записей: 2."
    PersonService(gui_vault).add(sample_person(surname_ru="Другой"))
    window.apply_filters()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    # The first view and the new person are in both; the second view is not yet.
    assert _actions(window)[:2] == ["person.create", "audit.view"]
    assert window.count_label.text() == "Записей: 4"
    assert window.chain_label.text() == "Цепочка хешей цела, записей: 4."
    with gui_vault.read_session() as session:
        newest = audit.query(session, audit.AuditFilter(), through=4)[-1]
    assert window.head_label.text() == f"Вершина цепочки при проверке: {newest.hash}"
    window.recheck_button.click()  # a full check again, up to the same entry
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    assert window.chain_label.text() == "Цепочка хешей цела, записей: 4."


def test_chain_check_resumes_and_stops_where_asked(gui_vault: Vault) -> None:
    service = PersonService(gui_vault)
    for number in range(3):
        service.add(sample_person(surname_ru=f"Тестов{'а' * number}"))
    with gui_vault.read_session() as session:
        whole = audit.verify(session)
        part = audit.verify(session, through=2)
        resumed = audit.verify(session, resume=part)
    assert (whole.ok, whole.entries, part.entries) == (True, 4, 2)
    assert resumed == whole
    with gui_vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET user = 'intruder' WHERE id = 3"))
    with gui_vault.read_session() as session:
        assert not audit.verify(session, resume=part).ok
        assert audit.verify(session, through=2).ok  # entry 3 is outside


def test_filters_by_action_user_record_and_date(qtbot: QtBot, gui_vault: Vault) -> None:
    service = PersonService(gui_vault)
    first = service.add(sample_person()).id
    service.add(sample_person(surname_ru="Другой"))
    window = _open(qtbot, gui_vault)

    window.action_combo.setCurrentIndex(window.action_combo.findData("person.create"))
    window.apply_filters()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    assert _actions(window) == ["person.create", "person.create"]

    window.record_edit.setText(first)
    window.apply_filters()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    assert [r.record for r in window.model.rows] == [f"Лицо {first[:8]}…"]

    window.action_combo.setCurrentIndex(0)
    window.record_edit.clear()
    assert window.user_combo.findText(ADMIN) >= 0  # users named in the trail are offered
    window.user_combo.setCurrentText("someone-else")
    window.apply_filters()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    assert window.model.rows == []

    window.user_combo.setCurrentText("")
    window.since_box.setChecked(True)
    window.since_edit.setDate(window.since_edit.date().addDays(1))  # from tomorrow: nothing
    window.apply_filters()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    assert window.model.rows == []
    assert window.selection().since is not None


def test_large_trails_are_paged(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_window, "PAGE", 3)
    service = PersonService(gui_vault)
    for number in range(5):
        service.add(sample_person(surname_ru=f"Тестов{'а' * number}"))
    window = _open(qtbot, gui_vault)
    assert len(window.model.rows) == 3
    assert window.more_button.isVisible()
    assert window.count_label.text() == "Показаны последние 3 записей."
    window.show_more()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    # 6 entries before the first view, 7 with it: the second page shows 6 of them.
    assert len(window.model.rows) == 6
    window.show_more()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    assert not window.more_button.isVisible()
    assert window.model.rows[-1].action == "vault.create"


def test_broken_chain_is_shown(qtbot: QtBot, gui_vault: Vault) -> None:
    PersonService(gui_vault).add(sample_person())
    with gui_vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET user = 'intruder' WHERE id = 1"))
    window = _open(qtbot, gui_vault)
    status = window.chain_label.text()
    assert status.startswith("ЦЕПОЧКА НАРУШЕНА: запись № 1 изменена.")
    assert "Первая повреждённая запись № 1" in status


def test_export_writes_a_pdf_and_is_audited(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    PersonService(gui_vault).add(sample_person())
    window = _open(qtbot, gui_vault)
    target = tmp_path / "Журнал.pdf"
    monkeypatch.setattr(audit_window, "choose_save_path", lambda *_args, **_kw: target)
    op = window.export()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)  # its entry (#17)
    assert target.read_bytes().startswith(b"%PDF")
    assert [e.details for e in _entries(gui_vault, "audit.export")] == [
        '{"entries":3,"file":"Журнал.pdf"}'
    ]
    assert list(tmp_path.glob(".*.tmp")) == []  # atomic: no temporary file left


def test_export_cancelled_in_the_file_dialog_writes_nothing(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, gui_vault)
    monkeypatch.setattr(audit_window, "choose_save_path", lambda *_args, **_kw: None)
    assert window.export() is None
    assert _entries(gui_vault, "audit.export") == []


def test_officer_is_refused_by_the_domain(qtbot: QtBot, gui_vault: Vault, vault_path: Path) -> None:
    UserService(gui_vault).add("officer1", "officer", "officer-password")
    with Vault.open(vault_path, "officer1", "officer-password") as officer:
        window = _open(qtbot, officer)
        assert "просмотр журнала аудита" in window.error.text()
        assert "просмотр журнала аудита" in window.chain_label.text()
        assert window.model.rows == []
        window.close()


def test_the_view_is_audited_by_the_background_read_unless_cancelled(gui_vault: Vault) -> None:
    """#17: the audit.view entry is written where the page is read (a worker), not on the
    GUI thread after it; a read whose page will not be shown writes none."""
    from migdesk.ui.audit_model import load_page

    PersonService(gui_vault).add(sample_person())
    page = load_page(gui_vault, audit.AuditFilter(), 1000, wanted=lambda: False)
    assert len(page.rows) == 2
    assert _entries(gui_vault, "audit.view") == []
    page = load_page(gui_vault, audit.AuditFilter(), 1000)
    assert [e.details for e in _entries(gui_vault, "audit.view")] == ['{"shown":2}']


def test_record_kinds_in_the_interface_language(
    qtbot: QtBot, gui_vault: Vault, qapp: QApplication
) -> None:
    """The record column named its kind in Russian («Лицо …») in every language: the
    domain's labels (``reports.audit_records``), and a short id."""
    from migdesk.ui import i18n

    person_id = PersonService(gui_vault).add(sample_person()).id
    window = _open(qtbot, gui_vault)
    shown = {"ru": "Лицо", "en": "Person", "kk": "Тұлға", "hy": "Անձ"}
    for lang, kind in shown.items():
        translators = i18n.install_translators(qapp, lang)
        try:
            assert window.model.data(window.model.index(0, 4)) == f"{kind} {person_id[:8]}…", lang
        finally:
            i18n.remove_translators(qapp, translators)
    i18n.install_translators(qapp, "ru")


def test_the_daily_steps_cannot_use_up_none(
    qtbot: QtBot, gui_vault: Vault, qapp: QApplication
) -> None:
    """PySide6 6.12.0 on Python 3.11 takes a reference from ``None`` on every Qt call without
    a result (``migdesk.ui.immortal_refs``); opening this window, checking the chain and
    switching the language used up ``None``'s count within four rounds of
    scripts/grab_windows.py («none_dealloc», one run in five). A million rounds must fit."""
    from migdesk.ui import language_switch

    rounds = 3
    before = sys.getrefcount(None)
    try:
        for _ in range(rounds):
            window = _open(qtbot, gui_vault)
            window.recheck_button.click()
            qtbot.waitUntil(lambda: not window.loading, timeout=10_000)  # noqa: B023
            language_switch.switch_language("en")
            language_switch.switch_language("ru")
            window.close()
    finally:
        language_switch.switch_language("ru")
    lost = (before - sys.getrefcount(None)) // rounds
    assert lost > 0 or not immortal_refs.binding_drops_none()  # the steps do spend them here
    assert sys.getrefcount(None) > 1_000_000 * lost


def test_the_record_column_shows_a_long_record_whole(qtbot: QtBot, gui_vault: Vault) -> None:
    """A document of a confirmation request is named in ~58 characters with its number near
    the end; the column stopped at the shared 48 and cut the number off (its tooltip is the
    record's id, not the text). A 1366 px window shows it whole."""
    form = "Документ", "по запросу о подтверждении № 12-3/456-исх, шаг 12"
    with gui_vault.session() as session:  # an unknown kind stays its code: the form's text
        audit.append(session, ADMIN, "x.y", record_kind=form[0], record_id=form[1])
    window = _open(qtbot, gui_vault)
    window.resize(1366, 740)
    shown = window.model.data(window.model.index(0, 4))
    assert shown == " ".join(form)
    needed = window.table.fontMetrics().horizontalAdvance(shown) + 8
    qtbot.waitUntil(lambda: window.table.columnWidth(4) >= needed, timeout=5_000)


def test_an_art8_message_is_named_by_its_kind(
    qtbot: QtBot, gui_vault: Vault, qapp: QApplication
) -> None:
    """Information sent without a request (Art. 8) was «Запрос № …» in the window too: its
    kind reaches the screen's rows with its number (``AuditLog.request_numbers``)."""
    from migdesk.ui import i18n
    from tests.requests.request_helpers import draft, make_desk

    service = make_desk(gui_vault).service()
    created = service.create_draft(draft(kind="information", cover_text="Сведения (тест)."))
    window = _open(qtbot, gui_vault)
    assert window.model.rows[0].action == "request.create"
    cell = window.model.index(0, 4)
    assert window.model.data(cell) == f"Информация без запроса № {created.number}"
    translators = i18n.install_translators(qapp, "en")
    try:
        assert window.model.data(cell) == f"Information without request No. {created.number}"
    finally:
        i18n.remove_translators(qapp, translators)
    i18n.install_translators(qapp, "ru")
