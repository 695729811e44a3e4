"""Four eyes (issue 13, item 5): nobody both writes and signs a request, a signature is
given only by the user bound to the signatory on the Art. 9.3 list, and a destruction is
approved by a second user. On by default; an administrator may turn it off for a
one-person office (vault setting, audited). The signing rule itself is
``requests.access.may_sign_as``; destruction checks it in ``security.retention``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput
from migdesk.models import VaultSetting
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

SETTING = "security.four_eyes"


def enabled(session: Session) -> bool:
    """On unless an administrator turned it off (anything but "off" keeps it on)."""
    row = session.get(VaultSetting, SETTING)
    return row is None or row.value != "off"


def set_enabled(vault: Vault, on: bool) -> None:
    """Administrators only; the change is audited."""
    require(vault.current_roles(), Permission.MANAGE_SETTINGS)
    if not isinstance(on, bool):
        raise InvalidInput("Правило «четырёх глаз» включается или выключается.")
    with vault.session() as session:
        session.merge(VaultSetting(key=SETTING, value="on" if on else "off"))
        audit.append(session, vault.user, "settings.four_eyes", details={"enabled": on})


def is_enabled(vault: Vault) -> bool:
    with vault.read_session() as session:
        return enabled(session)
