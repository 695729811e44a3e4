"""Drafts of person cards: what an officer had typed when the vault locked itself.

The automatic lock cannot ask whether to save (the officer is away) and must not save an
unfinished record behind the officer's back; so the card is kept as it was typed, inside the
encrypted vault, for the same user only, and handed back after the next unlock (issue 13.3).
A draft is removed only once its restored card shows it (``list_drafts``, then
``remove_draft``): a crash or a failed read in between leaves it kept, never lost. Destroying
a person removes the drafts of that person too.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select

from migdesk.models import CardDraft
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault


@dataclass(frozen=True)
class Draft:
    id: str
    person_id: str | None  # None: a card of a person not saved yet
    data: dict[str, Any]
    saved_at: datetime


def save_draft(vault: Vault, person_id: str | None, data: dict[str, Any]) -> str:
    """Keep a card as typed; a newer draft of the same person replaces the older one."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    draft_id = str(uuid.uuid4())
    with vault.session() as session:
        if person_id is not None:
            session.execute(
                delete(CardDraft).where(
                    CardDraft.user == vault.user, CardDraft.person_id == person_id
                )
            )
        session.add(
            CardDraft(
                id=draft_id,
                user=vault.user,
                person_id=person_id,
                data=json.dumps(data, ensure_ascii=False, sort_keys=True),
                saved_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
    return draft_id


def list_drafts(vault: Vault) -> list[Draft]:
    """The current user's drafts, oldest first, left in the vault (a read: no write lock).
    Only a user who may write persons has drafts (the window restores them only then)."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    with vault.read_session() as session:
        rows = session.scalars(
            select(CardDraft).where(CardDraft.user == vault.user).order_by(CardDraft.saved_at)
        )
        return [Draft(r.id, r.person_id, json.loads(r.data), r.saved_at) for r in rows]


def remove_draft(vault: Vault, draft_id: str) -> bool:
    """Forget one draft of the current user (its card shows it now); gone already: nothing
    (False)."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    with vault.session() as session:
        result = session.execute(
            delete(CardDraft).where(CardDraft.id == draft_id, CardDraft.user == vault.user)
        )
    return bool(getattr(result, "rowcount", 0))


def take_drafts(vault: Vault) -> list[Draft]:
    """The current user's drafts, oldest first, removed from the vault as they are handed
    over (the restored card holds them now; another lock keeps them again)."""
    with vault.session() as session:
        rows = list(
            session.scalars(
                select(CardDraft).where(CardDraft.user == vault.user).order_by(CardDraft.saved_at)
            )
        )
        drafts = [Draft(r.id, r.person_id, json.loads(r.data), r.saved_at) for r in rows]
        for row in rows:
            session.delete(row)
    return drafts
