"""Drafts of person cards: what an officer had typed when the vault locked itself.

The automatic lock cannot ask whether to save (the officer is away) and must not save an
unfinished record behind the officer's back; so the card is kept as it was typed, inside the
encrypted vault, for the same user only, and handed back after the next unlock (issue 13.3).
A draft is removed only once its restored card shows it (``list_drafts``, then
``remove_draft``): a crash or a failed read in between leaves it kept, never lost. Destroying
a person removes the drafts of that person too. The rows live in the one draft store
(``migdesk.vault.drafts``), under the kind ``person``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from migdesk.models.drafts import PERSON
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault
from migdesk.vault import drafts as store


@dataclass(frozen=True)
class Draft:
    id: str
    person_id: str | None  # None: a card of a person not saved yet
    data: dict[str, Any]
    saved_at: datetime


def _draft(kept: store.KeptDraft) -> Draft:
    return Draft(kept.id, kept.subject_id, kept.data, kept.saved_at)


def save_draft(vault: Vault, person_id: str | None, data: dict[str, Any]) -> str:
    """Keep a card as typed; a newer draft of the same person replaces the older one."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    return store.save(vault, PERSON, person_id, data)


def list_drafts(vault: Vault) -> list[Draft]:
    """The current user's drafts, oldest first, left in the vault (a read: no write lock).
    Only a user who may write persons has drafts (the window restores them only then)."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    return [_draft(kept) for kept in store.listed(vault, PERSON)]


def remove_draft(vault: Vault, draft_id: str) -> bool:
    """Forget one draft of the current user (its card shows it now); gone already: nothing
    (False)."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    return store.remove(vault, PERSON, draft_id)


def take_drafts(vault: Vault) -> list[Draft]:
    """The current user's drafts, oldest first, removed from the vault as they are handed
    over (the restored card holds them now; another lock keeps them again)."""
    return [_draft(kept) for kept in store.take(vault, PERSON)]
