"""Drafts of thematic information items (Art. 4): what an officer typed into a new item's
form, kept inside the encrypted vault (``migdesk.vault.drafts``, kind ``thematic``) at the
automatic lock and while typing, so that neither the lock nor a crash loses it. Only for the
user who typed it; handed back at that user's next unlock; removed once the item is saved or
the officer discards it. Items are never edited once stored, so every draft is of a new item.

The files chosen but not saved yet travel with the draft (base64 in its JSON): they were
read when chosen, and the file on disk may be gone by the time the form comes back.
"""

from __future__ import annotations

import base64
from typing import Any

from migdesk.models.drafts import THEMATIC
from migdesk.requests.access import require_working_role
from migdesk.requests.records import AttachmentInput
from migdesk.vault import Vault
from migdesk.vault import drafts as store

Draft = store.KeptDraft


def save_draft(vault: Vault, data: dict[str, Any], draft_id: str | None = None) -> str:
    """Keep a new item's form as typed; the same ``draft_id`` replaces its older draft."""
    require_working_role(vault.user_role(vault.user))
    return store.save(vault, THEMATIC, None, data, draft_id)


def list_drafts(vault: Vault) -> list[Draft]:
    """The current user's drafts, oldest first, left in the vault."""
    require_working_role(vault.user_role(vault.user))
    return store.listed(vault, THEMATIC)


def remove_draft(vault: Vault, draft_id: str) -> bool:
    """Forget one draft of the current user; gone already: nothing (False)."""
    require_working_role(vault.user_role(vault.user))
    return store.remove(vault, THEMATIC, draft_id)


def attachments_json(attachments: list[AttachmentInput]) -> list[dict[str, str]]:
    return [
        {"name": a.name, "mime": a.mime, "data": base64.b64encode(a.data).decode("ascii")}
        for a in attachments
        if a.received is None  # a received file is stored already: never in a new form
    ]


def attachments_from_json(rows: list[dict[str, Any]]) -> list[AttachmentInput]:
    return [
        AttachmentInput(str(r["name"]), str(r["mime"]), base64.b64decode(str(r["data"])))
        for r in rows
    ]
