"""What the current user's roles let the screens offer: the one place a screen asks. The
services refuse anyway (``security.roles.require``, ``requests.access``); this only decides
which buttons and menus are enabled, so nobody is offered what would be refused."""

from __future__ import annotations

from migdesk.requests.access import REGISTRY_ROLES, is_supervisor, is_working
from migdesk.security.roles import Permission, has
from migdesk.vault import Vault


class Access:
    def __init__(self, vault: Vault) -> None:
        self.user = vault.user
        self.roles = roles = vault.current_roles()
        # Requests, registries (Art. 9, 10; requests.access)
        self.working = is_working(roles)
        self.supervisor = is_supervisor(roles)
        self.registries = bool(roles & REGISTRY_ROLES)
        # Person records and consents (Art. 5, 11)
        self.read_persons = has(roles, Permission.PERSON_READ)
        self.write_persons = has(roles, Permission.PERSON_WRITE)
        self.decide_consents = has(roles, Permission.DECIDE_CONSENTS)
        # Bundles (Art. 8)
        self.export_bundles = has(roles, Permission.EXPORT_BUNDLES)
        self.import_bundles = has(roles, Permission.IMPORT_BUNDLES)
        # Administration (Art. 11.4, 11.5)
        self.manage_users = has(roles, Permission.MANAGE_USERS)
        self.view_audit = has(roles, Permission.VIEW_AUDIT)
        self.view_retention = has(roles, Permission.RETENTION_VIEW)
        self.destroy_records = has(roles, Permission.DESTROY_RECORDS)
        self.manage_settings = has(roles, Permission.MANAGE_SETTINGS)
        self.manage_backups = has(roles, Permission.MANAGE_BACKUPS)
