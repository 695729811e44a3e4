"""Session policy of the workstation: how long an unattended session stays unlocked.

The idle time before the automatic lock is a vault setting (it travels with the vault and
is the same for every user of it); only an administrator changes it, and the change is
audited. The GUI reads it at unlock and locks after that many minutes without input.
"""

from __future__ import annotations

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import VaultSetting
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

IDLE_LOCK_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 240


def idle_lock_minutes(vault: Vault) -> int:
    """The configured idle time; the default when unset or unreadable (never "no lock")."""
    stored = vault.setting(IDLE_LOCK_SETTING)
    try:
        minutes = int(stored) if stored else DEFAULT_IDLE_LOCK_MINUTES
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    if not MIN_IDLE_LOCK_MINUTES <= minutes <= MAX_IDLE_LOCK_MINUTES:
        return DEFAULT_IDLE_LOCK_MINUTES
    return minutes


def set_idle_lock_minutes(vault: Vault, minutes: int) -> None:
    require(vault.current_roles(), Permission.MANAGE_SETTINGS)
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise InvalidInput(_("Время до автоматической блокировки задаётся целым числом минут."))
    if not MIN_IDLE_LOCK_MINUTES <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise InvalidInput(
            _("Время до автоматической блокировки: от {low} до {high} минут.").format(
                low=MIN_IDLE_LOCK_MINUTES,
                high=MAX_IDLE_LOCK_MINUTES,
            ),
            field="idle_lock_minutes",
        )
    with vault.session() as session:
        session.merge(VaultSetting(key=IDLE_LOCK_SETTING, value=str(minutes)))
        audit.append(session, vault.user, "settings.idle_lock", details={"minutes": minutes})
