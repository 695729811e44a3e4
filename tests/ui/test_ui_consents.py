"""The provider's consent in the GUI (Art. 11.2, 11.3) on two real vaults: a request from KZ
travels to AM in a real bundle; AM sees it in the consent window, answers it through the
dialog, and asks KZ for consent from the banner of a card KZ sent.

``MIGDESK_SCREENSHOTS=1`` also grabs the window and both dialogs into ``screenshots/``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle, import_bundle
from migdesk.office import consent_inbox
from migdesk.office.consent_inbox import INCOMING, OUTGOING, ConsentView
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.security.handling import Received, record_received
from migdesk.ui.consents.answer_dialog import AnswerDialog
from migdesk.ui.consents.consent_window import AWAITING, ConsentWindow
from migdesk.ui.consents.form_dialog import ConsentFormDialog
from migdesk.ui.consents.request_dialog import RequestDialog
from migdesk.ui.kit import from_qdate, to_qdate
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.conftest import am, kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import AM, KZ, THIRD, Station, audit_head
from tests.support.gui import close_all, present
from tests.support.write_lock import TICKS, WriteLockHeld

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
PURPOSE = "проверка по обращению о назначении пособия"
LETTER = "№ 12-3/45 от 26.11.2026"
READER, READER_PASSWORD = "boss", "another long password 2"


def shot(widget: QWidget, name: str) -> None:
    if os.environ.get("MIGDESK_SCREENSHOTS"):
        SHOTS.mkdir(exist_ok=True)
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"{name}.png"))


@dataclass(frozen=True)
class Asked:
    am_person: str  # AM's own record, sent to KZ; KZ asks AM about it
    kz_person: str  # KZ's record, received at AM (no onward transfer without consent)
    consent_id: str  # KZ's request, now in AM's inbox


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


@pytest.fixture
def asked(kz: Station, am: Station, tmp_path: Path) -> Asked:  # noqa: F811
    """AM sends a person to KZ; KZ asks AM for consent to pass it to KZ-MTSZN and sends its own
    person along in the same bundle; AM imports it: one incoming request, one received card."""
    with am.open() as vault:
        am_person = (
            PersonService(vault)
            .add(sample_person(surname_ru="Арутюнян", given_name_ru="Тест", citizenship=["ARM"]))
            .id
        )
        sent = export_bundle(vault, KZ, _folder(tmp_path, "am-kz"), persons=[am_person])
    assert sent.path is not None
    with kz.open() as vault:
        assert import_bundle(vault, sent.path).status == "imported"
        kz_person = PersonService(vault).add(sample_person()).id
        request = consent_inbox.request(vault, am_person, THIRD, PURPOSE)
        out = export_bundle(
            vault, AM, _folder(tmp_path, "kz-am"), persons=[kz_person], all_pending=True
        )
    assert out.path is not None
    with am.open() as vault:
        assert import_bundle(vault, out.path).status == "imported"
    return Asked(am_person, kz_person, request.id)


@pytest.fixture
def am_vault(asked: Asked, am: Station, qapp: QApplication) -> Iterator[Vault]:  # noqa: F811
    with am.open() as vault:
        yield vault
        close_all(qapp)


def _reader(vault: Vault) -> Vault:
    """A supervisor: reads person records, may not change them (no requests), and alone
    decides our answer to a consent request (Art. 11.3)."""
    UserService(vault).add(READER, "supervisor", READER_PASSWORD)
    return Vault.open(vault.path, READER, READER_PASSWORD)


@pytest.fixture
def boss_vault(am_vault: Vault, qapp: QApplication) -> Iterator[Vault]:
    """AM's supervisor, who answers consent requests (the founder is an officer)."""
    with _reader(am_vault) as boss:
        yield boss
        close_all(qapp)


def _save(qtbot: QtBot, dialog: ConsentFormDialog) -> ConsentView | None:
    """«Записать…», waiting for the worker: the record written, or None (refused)."""
    if dialog.save():
        with qtbot.waitSignal(dialog.save_finished, timeout=10_000):
            pass
    return dialog.result_view


def _window(qtbot: QtBot, vault: Vault) -> ConsentWindow:
    window = ConsentWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    return window


def _rows(window: ConsentWindow) -> list[dict[str, str]]:
    """Each row as {column title: text}."""
    table = window.table
    titles = [present(table.horizontalHeaderItem(c)).text() for c in range(table.columnCount())]
    return [
        {title: present(table.item(r, c)).text() for c, title in enumerate(titles)}
        for r in range(table.rowCount())
    ]


def _status(vault: Vault, consent_id: str, direction: str = INCOMING) -> ConsentView:
    [view] = [v for v in consent_inbox.list_consents(vault, direction) if v.id == consent_id]
    return view


def _answer(qtbot: QtBot, window: ConsentWindow, consent_id: str) -> AnswerDialog:
    assert window.select(consent_id)
    assert window.answer_button.isEnabled()
    qtbot.mouseClick(window.answer_button, Qt.MouseButton.LeftButton)
    dialog = window.answer_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


# --- the window ------------------------------------------------------------------------------


def test_window_lists_incoming_and_outgoing_requests_in_russian(
    qtbot: QtBot,
    asked: Asked,
    am_vault: Vault,
    kz: Station,  # noqa: F811
) -> None:
    consent_inbox.request(am_vault, asked.kz_person, None, "статистический отчёт за 2026 год")
    window = _window(qtbot, am_vault)
    rows = _rows(window)
    assert rows[0] == {
        "Направление": "← входящий",
        "Другой орган": "KZ-MVD",
        "Запись": "Арутюнян Тест Образцович, 12.04.1985, ARM, N12345678",  # ours, by name
        "Передача кому": "KZ-MTSZN",
        "Состояние": "ждёт ответа",
        "Дата решения": "",
        "Письмо": "",
        "Цель": PURPOSE,
    }
    # The full names are the tooltips of the codes.
    assert present(window.table.item(0, 1)).toolTip() == (
        "KZ-MVD — Министерство внутренних дел Республики Казахстан"
    )
    assert present(window.table.item(0, 3)).toolTip() == (
        "KZ-MTSZN — Министерство труда и социальной защиты населения Республики Казахстан"
    )
    assert rows[1]["Направление"] == "→ исходящий"
    assert rows[1]["Другой орган"] == rows[0]["Другой орган"]
    assert rows[1]["Запись"].startswith("Тестов Пробный Образцович")  # the card KZ sent us
    assert rows[1]["Передача кому"] == "другая цель (ст.\u00a011.2)"
    assert rows[1]["Состояние"] == "запрошено, ждёт отправки"
    assert rows[1]["Цель"] == "статистический отчёт за 2026 год"
    assert "входящих ждут нашего ответа: 1" in window.summary.text()
    assert not window.answer_button.isEnabled()  # nothing selected
    assert window.select(window.views[1].id, OUTGOING)
    assert not window.answer_button.isEnabled()  # ours: nothing to answer
    assert window.select(asked.consent_id)
    assert not window.answer_button.isEnabled()  # the founder is an officer: not his decision
    shot(window, "70_consents_window")

    window.filter.setCurrentIndex(window.filter.findData(AWAITING))
    assert [r["Направление"] for r in _rows(window)] == ["← входящий"]
    window.filter.setCurrentIndex(window.filter.findData(OUTGOING))
    assert [r["Направление"] for r in _rows(window)] == ["→ исходящий"]

    # On the requesting side the same request is outgoing and has left in the bundle.
    with kz.open() as kz_vault:
        kz_window = _window(qtbot, kz_vault)
        [row] = _rows(kz_window)
        assert row["Направление"] == "→ исходящий"
        assert row["Другой орган"] == "AM-MIGRATION"
        assert row["Запись"].startswith("Арутюнян Тест")  # the received card, by name
        assert row["Состояние"] == "запрос отправлен"
        kz_window.close()
        close_all(QApplication.instance())  # type: ignore[arg-type]


def test_refresh_shows_what_changed_meanwhile(
    qtbot: QtBot, asked: Asked, boss_vault: Vault
) -> None:
    window = _window(qtbot, boss_vault)
    assert window.table.rowCount() == 1
    consent_inbox.answer(boss_vault, asked.consent_id, granted=False, document_ref="исх. № 9")
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    [row] = _rows(window)
    assert (row["Состояние"], row["Дата решения"], row["Письмо"]) == (
        "отказ, ждёт отправки",
        date.today().strftime("%d.%m.%Y"),
        "исх. № 9",
    )
    assert window.select(asked.consent_id)
    assert not window.answer_button.isEnabled()  # already decided


# --- answering -------------------------------------------------------------------------------


def test_granting_through_the_dialog_records_the_decision(
    qtbot: QtBot, asked: Asked, boss_vault: Vault
) -> None:
    window = _window(qtbot, boss_vault)
    dialog = _answer(qtbot, window, asked.consent_id)
    assert not dialog.grant_radio.isChecked() and not dialog.refuse_radio.isChecked()
    assert from_qdate(dialog.decided_on.date()) == date.today()
    dialog.grant_radio.setChecked(True)
    dialog.reference.setText(LETTER)
    shot(dialog, "71_consent_answer")
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000):  # written on a worker
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    view = _status(boss_vault, asked.consent_id)
    assert (view.status, view.document_ref, view.decided_on) == ("granted", LETTER, date.today())
    assert view.answer_sent is False
    assert dialog.done_label.isVisible() and not dialog.save_button.isVisible()
    assert dialog.done_label.text() == (
        "Ответ записан (согласие). Он уйдёт со следующим пакетом в Министерство внутренних дел "
        "Республики Казахстан (KZ-MVD) («Обмен» → «Выгрузить пакет…»)."
    )
    qtbot.waitUntil(lambda: _rows(window)[0]["Состояние"] != "ждёт ответа")
    [row] = _rows(window)
    assert (row["Состояние"], row["Дата решения"], row["Письмо"]) == (
        "согласие, ждёт отправки",
        date.today().strftime("%d.%m.%Y"),
        LETTER,
    )
    dialog.close_button.click()
    assert window.answer_dialog is None


def test_refusing_with_an_earlier_date_and_no_future_date(
    qtbot: QtBot, asked: Asked, boss_vault: Vault
) -> None:
    window = _window(qtbot, boss_vault)
    dialog = _answer(qtbot, window, asked.consent_id)
    tomorrow = date.today() + timedelta(days=1)
    dialog.decided_on.setDate(to_qdate(tomorrow))
    assert from_qdate(dialog.decided_on.date()) == date.today()  # not in the future
    earlier = date.today() - timedelta(days=3)
    dialog.decided_on.setDate(to_qdate(earlier))
    dialog.refuse_radio.setChecked(True)
    dialog.reference.setText("  исх. № 7/1 от 23.11.2026 ")
    assert _save(qtbot, dialog) is not None
    view = _status(boss_vault, asked.consent_id)
    assert (view.status, view.document_ref, view.decided_on) == (
        "refused",
        "исх. № 7/1 от 23.11.2026",
        earlier,
    )
    assert "Ответ записан (отказ)." in dialog.done_label.text()


def test_an_answer_without_letter_or_decision_is_refused_in_russian(
    qtbot: QtBot, asked: Asked, boss_vault: Vault
) -> None:
    head = audit_head(boss_vault)
    window = _window(qtbot, boss_vault)
    dialog = _answer(qtbot, window, asked.consent_id)
    dialog.reference.setText(LETTER)
    assert _save(qtbot, dialog) is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Выберите решение: дать согласие или отказать."

    dialog.grant_radio.setChecked(True)
    assert not dialog.error.isVisible()
    dialog.reference.setText("   ")
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Укажите реквизиты письма о согласии или об отказе."
    assert dialog.save_button.isVisible() and not dialog.done_label.isVisible()
    view = _status(boss_vault, asked.consent_id)
    assert (view.status, view.document_ref, view.decided_on) == ("received", None, None)
    assert audit_head(boss_vault) == head


def test_an_officer_is_not_offered_the_answer_and_is_told_why(
    qtbot: QtBot, asked: Asked, am_vault: Vault
) -> None:
    """Granting consent approves a disclosure (DESIGN.md): the supervisor decides, not the
    officer who drafts; the greyed-out button says so, and the domain refuses anyway."""
    window = _window(qtbot, am_vault)
    assert window.select(asked.consent_id)
    assert not window.answer_button.isEnabled()
    assert "руководитель (роль supervisor)" in window.answer_button.toolTip()
    assert window.answer_selected() is None
    assert window.answer_dialog is None


def test_a_supervisor_answers_but_does_not_request(
    qtbot: QtBot, asked: Asked, am_vault: Vault
) -> None:
    with _reader(am_vault) as reader:
        window = _window(qtbot, reader)
        assert [r["Состояние"] for r in _rows(window)] == ["ждёт ответа"]
        assert window.select(asked.consent_id)
        assert window.answer_button.isEnabled() and not window.answer_button.toolTip()
        main = MainWindow(reader)
        qtbot.addWidget(main)
        assert main.consents.action.isEnabled()  # a supervisor reads them
        form = PersonForm(PersonService(reader), asked.kz_person)
        qtbot.addWidget(form)
        form.show()
        assert form.provenance.consent_button.isVisible()
        assert not form.provenance.consent_button.isEnabled()
        close_all(QApplication.instance())  # type: ignore[arg-type]


# --- entry points ----------------------------------------------------------------------------


def test_main_window_opens_the_window_from_the_exchange_menu(
    qtbot: QtBot, asked: Asked, am_vault: Vault
) -> None:
    main = MainWindow(am_vault)
    qtbot.addWidget(main)
    assert main.consents.action in main.exchange.menu.actions()
    assert main.consents.action.text() == "Согласия (ст.\u00a011)…"
    main.consents.action.trigger()
    window = main.consents.consent_window
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    assert window.table.rowCount() == 1
    main.consents.action.trigger()  # once: brought to the front
    assert main.consents.consent_window is window
    main.close()
    assert not shiboken6.isValid(window) or not window.isVisible()

    UserService(am_vault).add("admin2", "administrator", READER_PASSWORD)
    with Vault.open(am_vault.path, "admin2", READER_PASSWORD) as admin_only:
        other = MainWindow(admin_only)
        qtbot.addWidget(other)
        assert not other.consents.action.isEnabled()  # administrators do not read persons
        close_all(QApplication.instance())  # type: ignore[arg-type]


def test_requesting_consent_from_the_banner_of_a_received_card(
    qtbot: QtBot, asked: Asked, am_vault: Vault
) -> None:
    form = PersonForm(PersonService(am_vault), asked.kz_person)
    qtbot.addWidget(form)
    form.show()
    banner = form.provenance
    assert banner.isVisible()
    assert banner.text().startswith("Источник: Министерство внутренних дел Республики Казахстан")
    assert "пакет № 1 от " in banner.text()
    assert banner.consent_button.isVisible() and banner.consent_button.isEnabled()
    shot(form, "73_consent_banner")
    qtbot.mouseClick(banner.consent_button, Qt.MouseButton.LeftButton)
    dialog = banner.request_dialog
    assert isinstance(dialog, RequestDialog) and dialog.isVisible()
    codes = [dialog.recipient.itemData(i) for i in range(dialog.recipient.count())]
    assert KZ not in codes and AM not in codes and THIRD in codes  # neither provider nor us
    assert dialog.recipient.currentText() == ""

    dialog.purpose.setPlainText("передача для проверки права на труд")
    assert _save(qtbot, dialog) is None
    assert dialog.error.text() == "Укажите орган, которому нужно передать сведения."
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("AM-POLICE"))
    shot(dialog, "72_consent_request")
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_view is not None, dialog.error.text()
    [mine] = consent_inbox.list_consents(am_vault, OUTGOING)
    assert (mine.counterpart, mine.record_id, mine.recipient, mine.purpose, mine.status) == (
        KZ,
        asked.kz_person,
        "AM-POLICE",
        "передача для проверки права на труд",
        "requested",
    )
    assert "уйдёт со следующим пакетом в Министерство внутренних дел" in dialog.done_label.text()
    dialog.close_button.click()
    assert banner.request_dialog is None

    # Another use (Art. 11.2); asking the same twice is the domain's refusal, in the dialog.
    for attempt in range(2):
        again = banner.request_consent()
        assert again is not None
        again.other_use_radio.setChecked(True)
        assert not again.recipient.isEnabled()
        again.purpose.setPlainText("статистический отчёт")
        _save(qtbot, again)
        if attempt == 1:
            assert again.result_view is None
            assert "уже запрошено" in again.error.text()
        again.reject()
    views = consent_inbox.list_consents(am_vault, OUTGOING)
    assert [(v.recipient, v.purpose) for v in views] == [
        ("AM-POLICE", "передача для проверки права на труд"),
        (None, "статистический отчёт"),
    ]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("минтруд", "Неверный код органа «минтруд»"),
        ("KZ-MVD", "передача ему согласия не требует"),
    ],
)
def test_request_refusals_are_the_domains_sentences(
    qtbot: QtBot, asked: Asked, am_vault: Vault, typed: str, message: str
) -> None:
    head = audit_head(am_vault)
    dialog = RequestDialog(am_vault, asked.kz_person)
    qtbot.addWidget(dialog)
    dialog.recipient.setEditText(typed)
    dialog.purpose.setPlainText(PURPOSE)
    assert _save(qtbot, dialog) is None
    assert message in dialog.error.text()
    dialog.purpose.setPlainText("  ")
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(THIRD))
    assert _save(qtbot, dialog) is None
    assert dialog.error.text() == "Укажите цель, для которой нужно согласие (ст.\u00a011.2)."
    assert consent_inbox.list_consents(am_vault, OUTGOING) == []
    assert audit_head(am_vault) == head


def test_banner_offers_the_request_only_when_transfer_is_limited(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    service = PersonService(gui_vault)
    free, own = service.add(sample_person()).id, service.add(sample_person()).id
    with gui_vault.session() as session:
        record_received(
            session, Received("person", free, "XX-OTHER", "проверка", no_onward_transfer=False)
        )
    form = PersonForm(service, free)
    qtbot.addWidget(form)
    form.show()
    assert form.provenance.isVisible() and not form.provenance.consent_button.isVisible()
    own_form = PersonForm(service, own)
    qtbot.addWidget(own_form)
    own_form.show()
    assert not own_form.provenance.isVisible()


def test_an_answer_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, asked: Asked, boss_vault: Vault
) -> None:
    """The answer waits for the vault's write lock (an index upkeep step holds it up to
    ~0.5 s at 1M) on a worker: the window keeps running and records it once (#17)."""
    window = _window(qtbot, boss_vault)
    dialog = _answer(qtbot, window, asked.consent_id)
    dialog.grant_radio.setChecked(True)
    dialog.reference.setText(LETTER)
    lock = WriteLockHeld(boss_vault)
    try:
        with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
            assert dialog.save() is True
            assert not lock.released and not dialog.save_button.isEnabled()
            assert dialog.save() is False  # a second click does not answer twice
        assert finished.args == [True], dialog.error.text()
        assert lock.ticks >= TICKS  # the event loop ran all the while
    finally:
        lock.release()
    assert _status(boss_vault, asked.consent_id).status == "granted"
    assert dialog.done_label.isVisible()


def test_a_request_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, asked: Asked, am_vault: Vault
) -> None:
    dialog = RequestDialog(am_vault, asked.kz_person)
    qtbot.addWidget(dialog)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(THIRD))
    dialog.purpose.setPlainText(PURPOSE)
    lock = WriteLockHeld(am_vault)
    try:
        with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
            assert dialog.save() is True
            assert not lock.released
        assert finished.args == [True], dialog.error.text()
        assert lock.ticks >= TICKS
    finally:
        lock.release()
    assert [v.purpose for v in consent_inbox.list_consents(am_vault, OUTGOING)] == [PURPOSE]
