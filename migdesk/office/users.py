"""Users and their key slots. Adding, re-passwording or removing a user rewrites key slots
only; the vault itself is never re-encrypted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from migdesk import languages
from migdesk.errors import InvalidInput, NotFound, WrongPassword
from migdesk.messages import _
from migdesk.models import User, VaultSetting
from migdesk.office import password_rule
from migdesk.security import audit, password_policy
from migdesk.security.roles import Permission, format_roles, parse_roles, require
from migdesk.vault import Vault
from migdesk.vault.keyslots import KeySlotFile, wrap_key
from migdesk.vault.login_guard import FailedLogins

_USER_NAME = re.compile(r"^[A-Za-z0-9._-]{2,64}$")
_PHONE = re.compile(r"^[0-9+()\-\s,.]{5,64}$")


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    full_name: str | None
    created_at: datetime
    position: str | None = None
    phone: str | None = None


class UserService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _slots(self) -> KeySlotFile:
        return KeySlotFile.load(self.vault.path)

    def list(self) -> list[UserInfo]:
        require(self.vault.current_roles(), Permission.MANAGE_USERS)
        with self.vault.read_session() as session:
            return [
                UserInfo(u.name, u.role, u.full_name, u.created_at, u.position, u.phone)
                for u in session.scalars(select(User).where(User.active).order_by(User.name))
            ]

    def set_profile(
        self,
        name: str,
        *,
        full_name: str | None = None,
        position: str | None = None,
        phone: str | None = None,
    ) -> UserInfo:
        """What letters print for the user: full name (executor mark, signature), position
        and phone. ``None`` keeps a value, an empty string clears it. Administrators only."""
        require(self.vault.current_roles(), Permission.MANAGE_USERS)
        changes = {"full_name": full_name, "position": position, "phone": phone}
        limits = {"full_name": 200, "position": 300, "phone": 64}
        for key, value in changes.items():
            if value is not None and len(value.strip()) > limits[key]:
                raise InvalidInput(
                    _("Не длиннее {limit} знаков.").format(limit=limits[key]), field=key
                )
        if phone and not _PHONE.match(phone.strip()):
            raise InvalidInput(
                _("Телефон «{phone}»: только цифры, пробелы, +, скобки и дефисы.").format(
                    phone=phone.strip()
                ),
                field="phone",
            )
        with self.vault.session() as session:
            row = session.get(User, name)
            if row is None or not row.active:
                raise NotFound(_("Пользователь «{name}» не найден.").format(name=name))
            changed = []
            for key, value in changes.items():
                if value is not None:
                    setattr(row, key, value.strip() or None)
                    changed.append(key)
            audit.append(
                session,
                self.vault.user,
                "user.profile",
                record_kind="user",
                record_id=name,
                details={"fields": changed},
            )
            return UserInfo(
                row.name, row.role, row.full_name, row.created_at, row.position, row.phone
            )

    def language(self, name: str) -> str | None:
        """The interface language ``name`` chose, or None (the workstation's). Users read
        their own; administrators anyone's."""
        if name != self.vault.user:
            require(self.vault.current_roles(), Permission.MANAGE_USERS)
        with self.vault.read_session() as session:
            row = session.get(User, name)
            if row is None or not row.active:
                raise NotFound(_("Пользователь «{name}» не найден.").format(name=name))
            return languages.normalize(row.language)

    def set_language(self, name: str, language: str) -> str:
        """Store the interface language of ``name`` (``ru``, ``kk``, ``hy``, ``en``). Users
        set their own; administrators anyone's. Audited as a settings change."""
        if name != self.vault.user:
            require(self.vault.current_roles(), Permission.MANAGE_USERS)
        code = languages.normalize(language)
        if code is None:
            raise InvalidInput(
                _("Язык «{language}» не поддерживается: {known}.").format(
                    language=language, known=", ".join(languages.LANGUAGES)
                ),
                field="language",
            )
        with self.vault.session() as session:
            row = session.get(User, name)
            if row is None or not row.active:
                raise NotFound(_("Пользователь «{name}» не найден.").format(name=name))
            if row.language != code:
                row.language = code
                audit.append(
                    session,
                    self.vault.user,
                    "user.language",
                    record_kind="user",
                    record_id=name,
                    details={"language": code},
                )
        return code

    def password_min_length(self) -> int:
        """The password rule's minimum length now (what the forms show before typing)."""
        return password_rule.password_min_length(self.vault)

    def _check_new_password(self, password: str, name: str, full_name: str | None) -> None:
        password_policy.check_new(
            password, min_length=self.password_min_length(), user=name, full_name=full_name
        )

    def add(self, name: str, role: str, password: str, full_name: str | None = None) -> None:
        require(self.vault.current_roles(), Permission.MANAGE_USERS)
        parsed = format_roles(parse_roles(role))
        if not _USER_NAME.match(name):
            raise InvalidInput(
                _("Имя пользователя: 2–64 латинские буквы, цифры, точка, дефис или подчёркивание."),
                field="name",
            )
        self._check_new_password(password, name, full_name)
        slots = self._slots()
        with self.vault.session() as session:
            if session.get(User, name) is not None or slots.find(name) is not None:
                raise InvalidInput(
                    _("Пользователь «{name}» уже существует.").format(name=name), field="name"
                )
            session.add(
                User(
                    name=name,
                    role=parsed,
                    full_name=full_name,
                    created_at=datetime.now(UTC).replace(tzinfo=None),
                    active=True,
                )
            )
            audit.append(
                session,
                self.vault.user,
                "user.add",
                record_kind="user",
                record_id=name,
                details={"roles": parsed},
            )
            session.flush()
            # The slot is written inside the open transaction: if writing it fails, the user
            # row is rolled back with it.
            slots.set_slot(wrap_key(slots.vault_id, name, password, self.vault.data_key))

    def change_password(self, name: str, new_password: str) -> None:
        """Users change their own password; administrators reset anyone's."""
        if name != self.vault.user:
            require(self.vault.current_roles(), Permission.MANAGE_USERS)
        slots = self._slots()
        # An active user may have no slot (after a rekey): a reset gives them a new one.
        if slots.find(name) is None and self.vault.user_role(name) is None:
            raise NotFound(_("Пользователь «{name}» не найден.").format(name=name))
        with self.vault.read_session() as session:
            row = session.get(User, name)
            full_name = row.full_name if row is not None else None
        self._check_new_password(new_password, name, full_name)
        with self.vault.session() as session:
            action = "user.passwd" if name == self.vault.user else "user.reset_password"
            audit.append(session, self.vault.user, action, record_kind="user", record_id=name)
            # The new password passed the rule: the day of the last notice goes with the old.
            session.execute(
                delete(VaultSetting).where(VaultSetting.key == password_rule.notice_key(name))
            )
            session.flush()
            slots.set_slot(wrap_key(slots.vault_id, name, new_password, self.vault.data_key))

    def change_own_password(self, current: str, new_password: str, source: str) -> None:
        """The user's own password, the current one asked first: someone at an unlocked,
        unattended desk must not take the account over. A wrong current password is a guess
        at it like a wrong one at login, so the login guard counts it (``source``: window or
        cli), makes it wait after five, and tells the user at the next unlock."""
        guard = FailedLogins(self.vault.path)
        guard.check(self.vault.user)  # during a wait, refused unchecked as at login
        try:
            self._slots().unwrap(self.vault.user, current)
        except WrongPassword:
            guard.add_failure(self.vault.user, source)
            raise
        self.change_password(self.vault.user, new_password)

    def remove(self, name: str) -> None:
        require(self.vault.current_roles(), Permission.MANAGE_USERS)
        if name == self.vault.user:
            # Also what keeps the last administrator: only an administrator removes users.
            raise InvalidInput(_("Нельзя удалить самого себя."), field="name")
        slots = self._slots()
        with self.vault.session() as session:
            user = session.get(User, name)
            if user is None:
                raise NotFound(_("Пользователь «{name}» не найден.").format(name=name))
            # Kept as inactive: the audit trail and history still name who did what.
            user.active = False
            audit.append(
                session, self.vault.user, "user.remove", record_kind="user", record_id=name
            )
            session.flush()
            slots.remove(name)
