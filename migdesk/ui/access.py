"""What the current user's roles let the screens offer (the domain refuses anyway)."""

from __future__ import annotations

from migdesk.requests.access import REGISTRY_ROLES, is_supervisor, is_working
from migdesk.vault import Vault


class Access:
    """What the current user's roles let the screens offer (the domain refuses anyway)."""

    def __init__(self, vault: Vault) -> None:
        self.user = vault.user
        self.roles = vault.current_roles()
        self.working = is_working(self.roles)
        self.supervisor = is_supervisor(self.roles)
        self.registries = bool(self.roles & REGISTRY_ROLES)
