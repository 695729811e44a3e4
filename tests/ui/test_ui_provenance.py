"""The provenance banner on a received person's card (Art. 11.1–11.3)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from migdesk.persons.service import PersonService
from migdesk.security.handling import Received, record_received
from migdesk.ui.person_form import PersonForm
from migdesk.vault import Vault
from tests.conftest import sample_person

BUNDLE = "5b0c7e55-0000-4000-8000-00000000b001"
REQUEST = "5b0c7e55-0000-4000-8000-00000000a001"


def _form(qtbot: QtBot, vault: Vault, person_id: str) -> PersonForm:
    form = PersonForm(PersonService(vault), person_id)
    qtbot.addWidget(form)
    form.show()
    return form


def test_received_record_shows_provider_purpose_and_limits(qtbot: QtBot, gui_vault: Vault) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    with gui_vault.session() as session:
        record_received(
            session,
            Received(
                "person",
                person_id,
                "AM-MIGRATION",
                "установление правового статуса",
                source_bundle_id=BUNDLE,
                source_request_id=REQUEST,
                keep_until=date(2028, 1, 31),
                source_reliability="B",
                information_accuracy="2",
            ),
        )
    form = _form(qtbot, gui_vault, person_id)
    assert form.provenance.isVisible()
    assert form.provenance.text() == (
        "Получено от Миграционная служба Республики Армения (AM-MIGRATION) "
        f"(пакет {BUNDLE}, запрос {REQUEST}) для цели: установление правового статуса; "
        "передача третьим лицам только с письменного согласия предоставившей стороны "
        "(ст. 11.3); хранить до 31.01.2028 (ст. 11.5); надёжность источника B — как правило "
        "надёжный, достоверность сведений 2 — вероятно достоверны."
    )
    # It is at the top of the card, above the tabs.
    assert form.provenance.geometry().bottom() < form.tabs.geometry().top()


def test_minimal_limits_and_allowed_transfer(qtbot: QtBot, gui_vault: Vault) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    with gui_vault.session() as session:
        record_received(
            session,
            Received("person", person_id, "XX-OTHER", "проверка", no_onward_transfer=False),
        )
    form = _form(qtbot, gui_vault, person_id)
    assert form.provenance.text() == (
        "Получено от XX-OTHER для цели: проверка; предоставившая сторона не ограничила "
        "передачу третьим лицам."
    )


def test_own_records_have_no_banner(qtbot: QtBot, gui_vault: Vault) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    form = _form(qtbot, gui_vault, person_id)
    assert not form.provenance.isVisible()
    new = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(new)
    new.show()
    assert not new.provenance.isVisible()
