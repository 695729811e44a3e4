"""Registry of competent authorities (Art. 2) with their dated name history.

A rename adds a name valid from its effective date; a replacement closes the old authority
and names its successor. Both record the diplomatic notification they came with. Nothing is
overwritten, so a document dated before a change still gets the name valid on its date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, NotFound
from migdesk.messages import N_, _, lazy_table
from migdesk.models import Authority, AuthorityChange, AuthorityName, VaultSetting
from migdesk.requests.access import require_registry_role
from migdesk.requests.checks import Problems, optional_text
from migdesk.requests.dates import today
from migdesk.security import audit
from migdesk.vault import Vault


@dataclass(frozen=True)
class NameVersion:
    effective_from: date | None  # None: since the agreement
    nominative: str
    dative: str
    short_name: str
    change_kind: str | None
    notification: str | None
    notified_on: date | None


@dataclass(frozen=True)
class AuthorityView:
    code: str
    country: str
    name: NameVersion  # the name valid on the date asked for
    established_on: date | None
    ended_on: date | None
    successor: str | None
    history: list[NameVersion]

    def active_on(self, day: date) -> bool:
        started = self.established_on is None or self.established_on <= day
        return started and (self.ended_on is None or day < self.ended_on)


@dataclass(frozen=True)
class Rename:
    code: str
    effective_on: date
    nominative: str
    dative: str
    short_name: str
    notification: str  # the note it came with: number and date of the note verbale
    notified_on: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Replacement:
    """``code`` stops being competent on ``effective_on``; ``successor_code`` takes over
    (created with the given names if it is not in the registry yet)."""

    code: str
    successor_code: str
    effective_on: date
    notification: str
    nominative: str | None = None
    dative: str | None = None
    short_name: str | None = None
    notified_on: date | None = None
    notes: str | None = None


# The competent authorities as Article 2 names them, the registry a new vault starts with
# (migration 0003 seeds the same; tests/requests/test_authority_seed.py compares them). Only
# for creating a vault, when there is no registry to ask yet: everything else reads the
# registry (renames and replacements included).
AGREEMENT_AUTHORITIES = lazy_table(
    {
        "KZ-MVD": N_("Министерство внутренних дел Республики Казахстан"),
        "KZ-MTSZN": N_("Министерство труда и социальной защиты населения Республики Казахстан"),
        "AM-POLICE": N_("Полиция Республики Армения"),
        "AM-MIGRATION": N_(
            "Миграционная служба Министерства территориального управления и "
            "развития Республики Армения"
        ),
    }
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _versions(session: Session, authority: Authority) -> list[NameVersion]:
    changes = {
        c.id: c
        for c in session.scalars(
            select(AuthorityChange).where(AuthorityChange.authority_code == authority.code)
        )
    }
    result = []
    for row in sorted(authority.names, key=lambda n: (n.effective_from or date.min, n.id)):
        change = changes.get(row.change_id) if row.change_id is not None else None
        result.append(
            NameVersion(
                row.effective_from,
                row.nominative,
                row.dative,
                row.short_name,
                change.kind if change else None,
                change.notification if change else None,
                change.notified_on if change else None,
            )
        )
    return result


def pick_name(history: list[NameVersion], day: date) -> NameVersion:
    """The version in force on ``day``: the latest that started on or before it (the first
    name also covers earlier days, so an old document never comes out nameless)."""
    chosen = history[0]
    for version in history:
        if version.effective_from is None or version.effective_from <= day:
            chosen = version
    return chosen


OWN_AUTHORITY_SETTING = "own_authority"  # written by ``init --authority``


def own_authority(session: Session) -> str | None:
    """The competent authority this workstation belongs to, if the vault names one."""
    setting = session.get(VaultSetting, OWN_AUTHORITY_SETTING)
    return None if setting is None else setting.value


def own_country(session: Session) -> str | None:
    code = own_authority(session)
    authority = None if code is None else session.get(Authority, code)
    return None if authority is None else authority.country


def load_authority(session: Session, code: str) -> Authority:
    authority = session.get(Authority, code)
    if authority is None:
        raise NotFound(
            _("Компетентный орган «{code}» не найден в реестре.").format(code=code),
            field="authority",
        )
    return authority


def view_in(session: Session, code: str, day: date) -> AuthorityView:
    authority = load_authority(session, code)
    history = _versions(session, authority)
    return AuthorityView(
        authority.code,
        authority.country,
        pick_name(history, day),
        authority.established_on,
        authority.ended_on,
        authority.successor_code,
        history,
    )


class AuthorityRegistry:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def list(self, as_of: date | None = None) -> list[AuthorityView]:
        day = as_of or today()
        with self.vault.read_session() as session:
            codes = session.scalars(select(Authority.code).order_by(Authority.code)).all()
            return [view_in(session, code, day) for code in codes]

    def get(self, code: str, as_of: date | None = None) -> AuthorityView:
        with self.vault.read_session() as session:
            return view_in(session, code, as_of or today())

    def name_on(self, code: str, day: date) -> NameVersion:
        return self.get(code, day).name

    def rename(self, change: Rename) -> None:
        require_registry_role(self.vault.user_role(self.vault.user))
        problems = Problems()
        nominative = problems.required("nominative", change.nominative)
        dative = problems.required("dative", change.dative)
        short = problems.required("short_name", change.short_name)
        notification = problems.required("notification", change.notification, _("ст. 2"))
        problems.raise_if_any()
        with self.vault.session() as session:
            authority = load_authority(session, change.code)
            latest = max((n.effective_from or date.min for n in authority.names), default=None)
            if latest is not None and change.effective_on <= latest:
                raise InvalidInput(
                    _(
                        "Дата переименования {date} должна быть позже даты "
                        "действующего наименования ({current}); история не "
                        "переписывается."
                    ).format(date=change.effective_on.isoformat(), current=latest.isoformat()),
                    field="effective_on",
                )
            row = self._change(session, change.code, "renamed", change.effective_on, notification)
            row.notified_on, row.notes = change.notified_on, optional_text(change.notes)
            session.flush()
            session.add(
                AuthorityName(
                    authority_code=change.code,
                    effective_from=change.effective_on,
                    nominative=nominative,
                    dative=dative,
                    short_name=short,
                    change_id=row.id,
                )
            )
            audit.append(
                session,
                self.vault.user,
                "authority.rename",
                record_kind="authority",
                record_id=change.code,
                details={"effective_on": change.effective_on.isoformat()},
            )

    def replace(self, change: Replacement) -> None:
        require_registry_role(self.vault.user_role(self.vault.user))
        problems = Problems()
        notification = problems.required("notification", change.notification, _("ст. 2"))
        if change.successor_code == change.code:
            problems.add("successor_code", _("орган не может заменить сам себя"))
        problems.raise_if_any()
        with self.vault.session() as session:
            old = load_authority(session, change.code)
            if old.ended_on is not None:
                raise InvalidInput(
                    _("Орган «{code}» уже заменён с {date}.").format(
                        code=old.code, date=old.ended_on.isoformat()
                    ),
                    field="code",
                )
            successor = session.get(Authority, change.successor_code)
            if successor is None:
                successor = self._establish(session, change, old.country, notification)
            elif successor.country != old.country:
                raise InvalidInput(
                    _("Орган может заменить только орган той же Стороны."), field="successor_code"
                )
            old.ended_on, old.successor_code = change.effective_on, successor.code
            row = self._change(session, old.code, "replaced", change.effective_on, notification)
            row.successor_code, row.notified_on = successor.code, change.notified_on
            row.notes = optional_text(change.notes)
            audit.append(
                session,
                self.vault.user,
                "authority.replace",
                record_kind="authority",
                record_id=old.code,
                details={
                    "successor": successor.code,
                    "effective_on": change.effective_on.isoformat(),
                },
            )

    def _establish(
        self, session: Session, change: Replacement, country: str, notification: str
    ) -> Authority:
        problems = Problems()
        nominative = problems.required("nominative", change.nominative)
        dative = problems.required("dative", change.dative)
        short = problems.required("short_name", change.short_name)
        problems.raise_if_any()
        successor = Authority(
            code=change.successor_code, country=country, established_on=change.effective_on
        )
        session.add(successor)
        session.flush()
        row = self._change(
            session, successor.code, "established", change.effective_on, notification
        )
        row.notified_on = change.notified_on
        session.flush()
        session.add(
            AuthorityName(
                authority_code=successor.code,
                effective_from=change.effective_on,
                nominative=nominative,
                dative=dative,
                short_name=short,
                change_id=row.id,
            )
        )
        return successor

    def _change(
        self, session: Session, code: str, kind: str, effective_on: date, notification: str
    ) -> AuthorityChange:
        row = AuthorityChange(
            authority_code=code,
            kind=kind,
            effective_on=effective_on,
            notification=notification,
            recorded_at=_now(),
            recorded_by=self.vault.user,
        )
        session.add(row)
        session.flush()
        return row
