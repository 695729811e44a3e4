"""The draft store: forms as an officer typed them, kept inside the encrypted vault.

One store for every kind of form (``migdesk.models.drafts``: person cards, thematic items),
keyed by kind and the id of the record the form edits. Each kind's service
(``migdesk.persons.drafts``, ``migdesk.requests.thematic_drafts``) checks who may keep one;
this module only reads and writes the rows, always of the current user: another user at
the same workstation never sees them. Nothing here is audited, as before for person cards:
a draft is not a record, and what it holds never leaves the vault.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select

from migdesk.models import CardDraft
from migdesk.vault.store import Vault


@dataclass(frozen=True)
class KeptDraft:
    id: str
    kind: str
    subject_id: str | None  # None: a record not saved yet
    data: dict[str, Any]
    saved_at: datetime


def save(
    vault: Vault,
    kind: str,
    subject_id: str | None,
    data: dict[str, Any],
    draft_id: str | None = None,
) -> str:
    """Keep a form as typed. A newer draft of the same record, or with the same
    ``draft_id`` (a form kept again), replaces the older one."""
    draft_id = draft_id or str(uuid.uuid4())
    mine = (CardDraft.user == vault.user, CardDraft.kind == kind)
    with vault.session() as session:
        session.execute(delete(CardDraft).where(*mine, CardDraft.id == draft_id))
        if subject_id is not None:
            session.execute(delete(CardDraft).where(*mine, CardDraft.subject_id == subject_id))
        session.add(
            CardDraft(
                id=draft_id,
                user=vault.user,
                kind=kind,
                subject_id=subject_id,
                data=json.dumps(data, ensure_ascii=False, sort_keys=True),
                saved_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
    return draft_id


def listed(vault: Vault, kind: str) -> list[KeptDraft]:
    """The current user's drafts of ``kind``, oldest first, left in the vault (a read)."""
    with vault.read_session() as session:
        rows = session.scalars(
            select(CardDraft)
            .where(CardDraft.user == vault.user, CardDraft.kind == kind)
            .order_by(CardDraft.saved_at)
        )
        return [_kept(row) for row in rows]


def remove(vault: Vault, kind: str, draft_id: str) -> bool:
    """Forget one draft of the current user; gone already: nothing (False)."""
    with vault.session() as session:
        result = session.execute(
            delete(CardDraft).where(
                CardDraft.id == draft_id, CardDraft.user == vault.user, CardDraft.kind == kind
            )
        )
    return bool(getattr(result, "rowcount", 0))


def take(vault: Vault, kind: str) -> list[KeptDraft]:
    """The current user's drafts of ``kind``, oldest first, removed as they are handed over."""
    with vault.session() as session:
        rows = list(
            session.scalars(
                select(CardDraft)
                .where(CardDraft.user == vault.user, CardDraft.kind == kind)
                .order_by(CardDraft.saved_at)
            )
        )
        kept = [_kept(row) for row in rows]
        for row in rows:
            session.delete(row)
    return kept


def _kept(row: CardDraft) -> KeptDraft:
    return KeptDraft(row.id, row.kind, row.subject_id, json.loads(row.data), row.saved_at)
