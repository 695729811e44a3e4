"""Drafts of request windows: what an officer typed into a new message (a request, an
answer, a notice…) or into a stored draft's texts when the vault locked itself, kept inside
the encrypted vault (``migdesk.vault.drafts``, kind ``request``) for that user only and
handed back at that user's next unlock; removed once the window shows it again. The files
chosen but not saved travel with it (``thematic_drafts.attachments_json``).
"""

from __future__ import annotations

from typing import Any

from migdesk.models.drafts import REQUEST
from migdesk.requests.access import require_working_role
from migdesk.vault import Vault
from migdesk.vault import drafts as store

Draft = store.KeptDraft


def save_draft(vault: Vault, request_id: str | None, data: dict[str, Any]) -> str:
    """Keep a request window as typed; a newer draft of the same stored request replaces
    the older one."""
    require_working_role(vault.user_role(vault.user))
    return store.save(vault, REQUEST, request_id, data)


def list_drafts(vault: Vault) -> list[Draft]:
    require_working_role(vault.user_role(vault.user))
    return store.listed(vault, REQUEST)


def remove_draft(vault: Vault, draft_id: str) -> bool:
    require_working_role(vault.user_role(vault.user))
    return store.remove(vault, REQUEST, draft_id)
