"""The administrator's part of the password rule (Art. 11.4): the minimum length of new
passwords. A vault setting like the idle lock (it travels with the vault and holds for every
user); only an administrator raises it, never below 10, and every change is audited. The rule
itself is ``migdesk.security.password_policy``."""

from __future__ import annotations

from datetime import date

from sqlalchemy.exc import OperationalError

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import VaultSetting
from migdesk.security import audit, password_policy
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

# The day a user was last told, in the CLI, that their password falls short of the rule. In
# the vault, encrypted: in a plain file beside it the mark would point a thief at the weak
# slot. Nothing about the password itself; removed when the password is changed.
NOTICE_DAY_PREFIX = "password_notice_day:"


def notice_key(user: str) -> str:
    return NOTICE_DAY_PREFIX + user


def notice_due(vault: Vault, today: date | None = None) -> bool:
    """Whether the CLI tells ``vault.user`` today that the password falls short: once a day,
    so a script calling the CLI a hundred times does not fill its stderr with a hundred
    copies, and an officer at the terminal still reads it every working day."""
    day = (today or date.today()).isoformat()  # the user's local day
    key = notice_key(vault.user)
    if vault.setting(key) == day:
        return False
    try:
        with vault.session() as session:
            session.merge(VaultSetting(key=key, value=day))
    except OperationalError:
        pass  # a busy vault: told now, and again at the next command
    return True


def password_min_length(vault: Vault) -> int:
    return password_policy.parse_min_length(vault.setting(password_policy.SETTING))


def set_password_min_length(vault: Vault, length: int) -> None:
    require(vault.current_roles(), Permission.MANAGE_SETTINGS)
    if isinstance(length, bool) or not isinstance(length, int):
        raise InvalidInput(_("Наименьшая длина пароля задаётся целым числом символов."))
    low, high = password_policy.MIN_LENGTH, password_policy.MAX_MIN_LENGTH
    if not low <= length <= high:
        raise InvalidInput(
            _("Наименьшая длина пароля: от {low} до {high} символов.").format(low=low, high=high),
            field="password_min_length",
        )
    with vault.session() as session:
        before = password_policy.min_length(session)
        session.merge(VaultSetting(key=password_policy.SETTING, value=str(length)))
        audit.append(
            session,
            vault.user,
            "settings.password_min_length",
            details={"password_min_length": length, "password_min_length_before": before},
        )
