"""The provenance banner on a received person's card (Art. 11.1–11.3)."""

from __future__ import annotations

import json
from datetime import date, datetime

from pytestqt.qtbot import QtBot

from migdesk.models import BundleLogEntry
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.security.handling import Received, record_received
from migdesk.ui.person_form import PersonForm
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.requests.request_helpers import draft

BUNDLE = "5b0c7e55-0000-4000-8000-00000000b001"


def _form(qtbot: QtBot, vault: Vault, person_id: str) -> PersonForm:
    form = PersonForm(PersonService(vault), person_id)
    qtbot.addWidget(form)
    form.show()
    return form


def _log_incoming_bundle(vault: Vault, bundle_id: str, sequence: int, created: str) -> None:
    """The exchange log's row for an imported bundle, as ``importing`` writes it."""
    with vault.session() as session:
        session.add(
            BundleLogEntry(
                bundle_id=bundle_id,
                direction="in",
                peer="AM-MIGRATION",
                channel="main",
                sequence=sequence,
                kind="data",
                label_sha256="0" * 64,
                created=created,
                status="imported",
                item_counts=json.dumps({"person": 1}),
                logged_at=datetime(2026, 12, 5, 9, 0),
                logged_by="admin",
            )
        )


def test_received_record_shows_provider_purpose_and_limits(qtbot: QtBot, gui_vault: Vault) -> None:
    """Issue 13.14: the provider in the nominative, the bundle's and the request's numbers and
    dates instead of their UUIDs."""
    person_id = PersonService(gui_vault).add(sample_person()).id
    request = RequestService(gui_vault).create_draft(draft(to_authority="AM-MIGRATION"))
    number = request.number
    _log_incoming_bundle(gui_vault, BUNDLE, 7, "2026-12-05T08:30:00Z")
    with gui_vault.session() as session:
        record_received(
            session,
            Received(
                "person",
                person_id,
                "AM-MIGRATION",
                "установление правового статуса",
                source_bundle_id=BUNDLE,
                source_request_id=request.id,
                keep_until=date(2028, 1, 31),
                source_reliability="B",
                information_accuracy="2",
            ),
        )
    form = _form(qtbot, gui_vault, person_id)
    assert form.provenance.isVisible()
    today = date.today().strftime("%d.%m.%Y")
    assert form.provenance.text() == (
        # The registry's name (migration 0003), not a list of names kept in the screens.
        "Источник: Миграционная служба Министерства территориального управления и развития "
        "Республики Армения (AM-MIGRATION), "
        f"пакет № 7 от 05.12.2026, запрос № {number} от {today}; "
        "цель: установление правового статуса; "
        "передача третьим лицам только с письменного согласия предоставившей стороны "
        "(ст.\u00a011.3); хранить до 31.01.2028 (ст.\u00a011.5); надёжность источника B — "
        "как правило надёжный, достоверность сведений 2 — вероятно достоверны."
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
        "Источник: XX-OTHER; цель: проверка; предоставившая сторона не ограничила "
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


def test_a_request_history_names_the_bundle_by_its_number_not_its_uuid(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """A step that came with a bundle showed «bundle_id: 5b0c7e55-…» and an ISO date in
    «Ход исполнения»; it now reads as the transmittal register numbers it (issue 13.14)."""
    from migdesk.requests.records import IncomingInput
    from migdesk.ui.requests.request_window import RequestWindow

    _log_incoming_bundle(gui_vault, BUNDLE, 7, "2026-12-05T08:30:00Z")
    unknown = "5b0c7e55-0000-4000-8000-00000000b0ff"  # not in the log: its id, as before
    service = RequestService(gui_vault)
    ids = []
    with gui_vault.session() as session:
        for bundle_id, their in ((BUNDLE, "ТЕСТ-7"), (unknown, "ТЕСТ-8")):
            request = service.register_incoming(
                session,
                IncomingInput(
                    from_authority="AM-MIGRATION",
                    received_on=date.today(),
                    substance="Запрос сведений (синтетические данные).",
                    purpose="Проверка статуса.",
                    justification="Дело (тест).",
                    their_number=their,
                    their_date=date(2026, 12, 1),
                ),
                None,
                source={"bundle_id": bundle_id, "their_date": "2026-12-01"},
            )
            ids.append(request.id)
    texts = []
    for request_id in ids:
        window = RequestWindow(RequestService(gui_vault), request_id)
        qtbot.addWidget(window)
        history = window.progress.history
        cell = history.item(history.rowCount() - 1, 4)
        assert cell is not None
        texts.append(cell.text())
    assert "Пакет: № 7 от 05.12.2026" in texts[0]
    assert BUNDLE not in texts[0] and "bundle_id" not in texts[0]
    assert "01.12.2026" in texts[0] and "2026-12-01" not in texts[0]
    assert f"Пакет: {unknown}" in texts[1]
