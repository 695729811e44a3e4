"""Small reads the screens need from the registry and the exchange tables: the persons a
request or bundle names (for their labels), the partner authorities trusted here, and the
official names of the competent authorities (Art. 2) as the registry holds them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, select, text

from migdesk.models import PartnerCertificate
from migdesk.persons import search
from migdesk.persons.search import RegistryRow
from migdesk.requests.authorities import AuthorityRegistry
from migdesk.security.roles import Permission, has
from migdesk.vault import Vault


def person_rows(vault: Vault, ids: list[str]) -> dict[str, RegistryRow]:
    """Registry rows of the ids still in the vault; none for a user who may not read
    person records (the screens then show the ids themselves)."""
    if not ids or not has(vault.current_roles(), Permission.PERSON_READ):
        return {}
    query = text("SELECT pk FROM persons WHERE id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    with vault.engine.connect() as conn:
        pks = [int(row[0]) for row in conn.execute(query, {"ids": ids})]
        return {row.id: row for row in search.fetch_rows(conn, pks)}


def trusted_partners(vault: Vault) -> list[str]:
    """Codes of the authorities whose certificates are trusted here (bundle addressees)."""
    with vault.read_session() as session:
        stmt = select(PartnerCertificate.authority).where(PartnerCertificate.active.is_(True))
        return sorted(set(session.scalars(stmt)))


def authority_full_names(vault: Vault, day: date | None = None) -> dict[str, str]:
    """Code → official name (nominative) on ``day`` of every authority in the registry,
    renames included (Art. 2, 20)."""
    return {view.code: view.name.nominative for view in AuthorityRegistry(vault).list(day)}
