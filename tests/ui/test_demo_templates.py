"""The vaults with the signed demo requests that GUI tests get (``demo_vault``: a copy of a
vault built once per run, ``tests/support/demo_templates.py``) are faithful and each test's
own: signatures made when the template was built verify in a copy, and what one test
writes no other copy sees."""

from __future__ import annotations

from pathlib import Path

from migdesk.models import User
from migdesk.requests.service import RequestService
from migdesk.signing.service import SigningService
from migdesk.vault import Vault
from tests.support.demo_templates import DemoTemplates


def _as(vault: Vault, user: str) -> Vault:
    return Vault(vault.path, vault.engine, vault.vault_id, user, vault.data_key)


def test_a_copy_verifies_the_demo_signatures_as_they_were_made(demo_vault: Vault) -> None:
    supervisor = _as(demo_vault, "demo.supervisor")
    service = RequestService(supervisor)
    signed = [
        (view.id, meta.id)
        for view in map(service.get, (r.id for r in service.list()))
        for meta in view.attachments
        if view.signed_on and meta.mime == "application/pdf"
    ]
    assert signed  # the demo signs every outgoing message past its draft
    for request_id, attachment_id in signed:
        (result,) = SigningService(supervisor).verify_attachment(request_id, attachment_id)
        # The demo's throwaway CA is trusted by nobody; the signature itself is whole.
        assert result.check.intact and result.check.whole_document, result.check.problem


def test_every_copy_is_its_own_vault(demo_templates: DemoTemplates, tmp_path: Path) -> None:
    first = demo_templates.copy(tmp_path / "first" / "test.vault", with_person=False)
    second = demo_templates.copy(tmp_path / "second" / "test.vault", with_person=False)
    try:
        assert RequestService(_as(first, "demo.supervisor")).list()
        with first.session() as session:
            user = session.get(User, "demo.officer")
            assert user is not None
            user.full_name = "Изменённое Имя"
        with second.read_session() as session:
            user = session.get(User, "demo.officer")
            assert user is not None and user.full_name != "Изменённое Имя"
        assert first.path.stat().st_ino != second.path.stat().st_ino  # copies, not links
    finally:
        first.close()
        second.close()
    again = demo_templates.copy(tmp_path / "third" / "test.vault", with_person=False)
    try:
        with again.read_session() as session:
            user = session.get(User, "demo.officer")
            assert user is not None and user.full_name != "Изменённое Имя"
    finally:
        again.close()
