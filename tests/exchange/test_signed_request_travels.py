"""The requested side receives the request as its signatory signed it (Art. 9.1, 9.3): the
signed PDF travels in the bundle with the request and is kept with the incoming request,
byte for byte, so its officers hold the signed original and can check the signature (9.5)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station, state
from tests.exchange.test_request_exchange import _signed_request


def test_the_signed_request_reaches_the_requested_side(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, number = _signed_request(vault, person_id)
        service = RequestService(vault)
        signed = [a for a in service.get(request_id).attachments if a.step is not None]
        assert [a.name for a in signed] == [f"Запрос № {number}, подписан.pdf"]
        original = service.attachment(request_id, signed[0].id)
        stick = tmp_path / "stick"
        stick.mkdir()
        sent = export_bundle(vault, AM, stick, requests=[request_id])
    assert sent.ok and sent.path is not None
    with am.open() as vault:
        import_bundle(vault, sent.path)
        service = RequestService(vault)
        incoming = service.get(request_id)
        names = [a.name for a in incoming.attachments]
        assert names == ["заявление.pdf", f"Запрос № {number}, подписан.pdf"]
        kept = service.attachment(request_id, incoming.attachments[1].id)
        assert hashlib.sha256(kept).digest() == hashlib.sha256(original).digest()
        assert incoming.attachments[1].mime == "application/pdf"
        before = state(vault)
        assert import_bundle(vault, sent.path).status == "already_imported"
        assert state(vault) == before
        assert len(service.get(request_id).attachments) == 2
