"""The statistical information of Art. 3.1 for a period: requests per month and partner
(sent, received, answered, refused, overdue…) and persons in the store by Art. 5 category
and citizenship. Aggregates only — no person is named — so the figures may be printed
(``reports.statistics_report``) and sent to the partner (``exchange.statistics_items``).
The JSON names are a contract (``statistics export --json``, the bundle item)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import (
    Citizenship,
    CitizenshipAct,
    HandlingLimits,
    IdentityDocument,
    MovementRestriction,
    Registration,
    ResidencePermit,
)
from migdesk.models import Person as PersonModel
from migdesk.requests.access import require_working_role
from migdesk.requests.authorities import own_authority
from migdesk.requests.dates import today
from migdesk.requests.statistics import MonthStats, compute_rows
from migdesk.requests.views import visible_requests
from migdesk.security import audit
from migdesk.vault import Vault

_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
# Art. 5 category → the sub-record that puts a person in it.
CATEGORY_TABLES: dict[str, Any] = {  # sub-record models, each with ``person_pk``
    "registration": Registration,
    "residence_status": ResidencePermit,
    "citizenship": CitizenshipAct,
    "identity_documents": IdentityDocument,
    "restrictions": MovementRestriction,
}
REQUEST_FIELDS = ("sent", "received", "answered", "refused", "partially_refused", "overdue")


def parse_month(text: str, what: str) -> str:
    if not _MONTH.fullmatch(text or ""):
        raise InvalidInput(
            _("{what}: ожидается месяц ГГГГ-ММ, получено «{text}».").format(
                what=what, text=text[:20]
            ),
            what,
        )
    return text


@dataclass
class PersonFigures:
    """Our own person records. Records received from the other Side (they carry its
    handling limits) are its information, not ours: they are left out of every figure and
    only counted in ``received``; otherwise the partner would get its own persons back as
    our statistics, and a received record linked to ours would count one person twice."""

    total: int = 0
    by_category: dict[str, int] = field(default_factory=dict)  # INFO_CATEGORIES codes
    by_citizenship: dict[str, int] = field(default_factory=dict)  # ISO alpha-3
    received: int = 0  # received records left out (added in session 19; not in the bundle)


@dataclass
class Figures:
    authority: str
    period_from: str  # YYYY-MM
    period_to: str
    as_of: date
    months: list[MonthStats]
    persons: PersonFigures

    def to_json(self) -> dict[str, Any]:
        return {
            "authority": self.authority,
            "period_from": self.period_from,
            "period_to": self.period_to,
            "as_of": self.as_of.isoformat(),
            "months": [asdict(row) for row in self.months],
            "persons": asdict(self.persons),
        }

    def totals(self) -> dict[str, int]:
        return {name: sum(getattr(row, name) for row in self.months) for name in REQUEST_FIELDS}


def _received_pks() -> Any:
    """The keys of the person records received from a partner (few beside our own)."""
    return select(PersonModel.pk).join(
        HandlingLimits,
        (HandlingLimits.record_kind == "person") & (HandlingLimits.record_id == PersonModel.id),
    )


def person_figures(session: Session) -> PersonFigures:
    received = _received_pks()
    every = session.scalar(select(func.count(PersonModel.pk))) or 0
    left_out = session.scalar(select(func.count()).select_from(received.subquery())) or 0
    figures = PersonFigures(total=every - left_out, received=left_out)
    for code, table in CATEGORY_TABLES.items():
        column = table.person_pk
        count = session.scalar(
            select(func.count(func.distinct(column))).where(column.not_in(received))
        )
        figures.by_category[code] = int(count or 0)
    persons = func.count(func.distinct(Citizenship.person_pk))
    rows = session.execute(
        select(Citizenship.country, persons)
        .where(Citizenship.person_pk.not_in(received))
        .group_by(Citizenship.country)
        .order_by(persons.desc(), Citizenship.country)
    )
    figures.by_citizenship = {str(country): int(count) for country, count in rows}
    return figures


def figures_in(
    session: Session, user: str, role: str | None, start: str, end: str, day: date
) -> Figures:
    """The figures inside the caller's transaction (an export collects them in its own)."""
    rows = compute_rows(visible_requests(session, user, role), day)
    return Figures(
        own_authority(session) or "",
        start,
        end,
        day,
        [row for row in rows if start <= row.month <= end],
        person_figures(session),
    )


def collect(vault: Vault, period_from: str, period_to: str, as_of: date | None = None) -> Figures:
    """The figures of months ``period_from``…``period_to`` (inclusive) as of ``as_of``."""
    start, end = parse_month(period_from, "from"), parse_month(period_to, "to")
    if end < start:
        raise InvalidInput(_("Конец периода раньше начала."), "to")
    role = vault.user_role(vault.user)
    require_working_role(role)
    day = as_of or today()
    with vault.session() as session:
        figures = figures_in(session, vault.user, role, start, end, day)
        audit.append(
            session,
            vault.user,
            "statistics.collect",
            details={"from": start, "to": end, "as_of": day.isoformat()},
        )
    return figures
