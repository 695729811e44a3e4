"""The authority's letterhead as its letters print it (GOST R 7.0.97: name of the
organisation, reference data — postal address, phone, e-mail, site). Kept per authority in
the vault setting ``documents.letterhead.<CODE>``; set by an administrator, audited."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import VaultSetting
from migdesk.requests.authorities import load_authority, own_authority
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

SETTING_PREFIX = "documents.letterhead."
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-\s,.]{5,64}$")


@dataclass(frozen=True)
class Letterhead:
    """``name_lines``: the name block as printed, top to bottom (e.g. the parent ministry
    and then the authority; upper case is applied by the layout). Empty: the registry's
    name valid on the letter's date."""

    name_lines: tuple[str, ...] = ()
    short_name: str | None = None  # for the transmittal register and tables
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None

    def reference_lines(self) -> tuple[str, ...]:
        """The reference data under the name block, one line each."""
        lines = [self.address or ""]
        if self.phone:
            lines.append(_("тел. {phone}").format(phone=self.phone))
        if self.email:
            lines.append(f"e-mail: {self.email}")
        if self.website:
            lines.append(self.website)
        return tuple(line for line in lines if line)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["name_lines"] = list(self.name_lines)
        return data


FIELDS = ("name_lines", "short_name", "address", "phone", "email", "website")


def parse(raw: Any) -> Letterhead:
    """From JSON (the CLI file or the stored setting), with every value checked."""
    if not isinstance(raw, dict) or set(raw) - set(FIELDS):
        raise InvalidInput(
            _("Бланк: ожидается объект с ключами {keys}.").format(keys=", ".join(FIELDS))
        )
    lines = raw.get("name_lines") or []
    if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
        raise InvalidInput(_("Бланк: name_lines — список строк наименования."), "name_lines")
    texts: dict[str, str | None] = {}
    for key in FIELDS[1:]:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise InvalidInput(_("Бланк: {key} — строка.").format(key=key), key)
        texts[key] = (value or "").strip() or None
        if texts[key] is not None and len(texts[key] or "") > 300:
            raise InvalidInput(_("Бланк: {key} длиннее 300 знаков.").format(key=key), key)
    cleaned = tuple(x.strip() for x in lines if x.strip())
    if len(cleaned) > 4 or any(len(x) > 200 for x in cleaned):
        raise InvalidInput(
            _("Наименование на бланке: не более 4 строк по 200 знаков."), "name_lines"
        )
    if texts["email"] and not _EMAIL.match(texts["email"] or ""):
        raise InvalidInput(
            _("Адрес электронной почты «{email}» неверен.").format(email=texts["email"]), "email"
        )
    if texts["phone"] and not _PHONE.match(texts["phone"] or ""):
        raise InvalidInput(
            _("Телефон «{phone}»: только цифры, +, (), дефисы.").format(phone=texts["phone"]),
            "phone",
        )
    return Letterhead(
        cleaned,
        texts["short_name"],
        texts["address"],
        texts["phone"],
        texts["email"],
        texts["website"],
    )


def stored(session: Session, code: str) -> Letterhead:
    row = session.get(VaultSetting, SETTING_PREFIX + code)
    if row is None:
        return Letterhead()
    try:
        return parse(json.loads(row.value))
    except (json.JSONDecodeError, InvalidInput):
        return Letterhead()  # a damaged setting prints the registry name, never fails a letter


class LetterheadService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def own_code(self) -> str | None:
        """Our authority (the one whose letterhead the screens edit)."""
        with self.vault.read_session() as session:
            return own_authority(session)

    def get(self, code: str) -> Letterhead:
        with self.vault.read_session() as session:
            load_authority(session, code)
            return stored(session, code)

    def set(self, code: str, letterhead: Letterhead) -> Letterhead:
        require(self.vault.current_roles(), Permission.MANAGE_SETTINGS)
        value = json.dumps(letterhead.to_json(), ensure_ascii=False, sort_keys=True)
        with self.vault.session() as session:
            load_authority(session, code)
            row = session.get(VaultSetting, SETTING_PREFIX + code)
            if row is None:
                session.add(VaultSetting(key=SETTING_PREFIX + code, value=value))
            else:
                row.value = value
            audit.append(
                session,
                self.vault.user,
                "settings.letterhead",
                record_kind="authority",
                record_id=code,
                details={"fields": sorted(k for k, v in letterhead.to_json().items() if v)},
            )
        return letterhead
