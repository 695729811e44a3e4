"""Turning four eyes (issue 13, item 5) on or off for a vault: administrators only, audited.
The rule itself, read inside a transaction, is ``security.four_eyes.enabled``."""

from __future__ import annotations

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import VaultSetting
from migdesk.security import audit
from migdesk.security.four_eyes import SETTING, enabled
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault


def set_enabled(vault: Vault, on: bool) -> None:
    """Administrators only; the change is audited."""
    require(vault.current_roles(), Permission.MANAGE_SETTINGS)
    if not isinstance(on, bool):
        raise InvalidInput(_("Правило «четырёх глаз» включается или выключается."))
    with vault.session() as session:
        session.merge(VaultSetting(key=SETTING, value="on" if on else "off"))
        audit.append(session, vault.user, "settings.four_eyes", details={"enabled": on})


def is_enabled(vault: Vault) -> bool:
    with vault.read_session() as session:
        return enabled(session)
