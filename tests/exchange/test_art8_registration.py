"""Art. 8: persons sent without a request (``bundle export --person ID --note TEXT``) are
registered in the receiver's incoming journal as information received, with the cover text
and the persons, once; the same bundle again changes nothing."""

from __future__ import annotations

from pathlib import Path

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, Station

NOTE = "Направляем сведения о лице, пересекавшем границу по поддельному паспорту (тест)."


def test_information_without_request_is_registered(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person = PersonService(vault).add(sample_person()).id
        sent = export_bundle(vault, AM, tmp_path, persons=[person], note=NOTE)
    assert sent.ok and sent.path is not None
    with am.open() as vault:
        assert import_bundle(vault, sent.path).status == "imported"
        service = RequestService(vault)
        [row] = service.list()
        view = service.get(row.id)
        assert (view.kind, view.direction, view.state) == ("information", "incoming", "received")
        assert view.from_code == KZ and view.cover_text == NOTE
        assert view.persons == [person]
        assert view.number  # our incoming registration number
        assert import_bundle(vault, sent.path).status == "already_imported"
        assert len(service.list()) == 1
    shown = am.cli()("request", "show", row.id, "--json")
    assert shown.code == 0 and shown.json()["kind"] == "information"
