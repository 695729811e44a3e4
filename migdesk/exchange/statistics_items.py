"""A year's statistical information (Art. 3.1) in a bundle: ``bundle export --statistics
YYYY``. The partner keeps it as received (``statistics received|show``).

Record::

    {"type": "statistics", "id": UUID, "authority": CODE, "year": YYYY, "as_of": DATE,
     "months": [{"month": "YYYY-MM", "authority": CODE, "sent", "received", "answered",
                 "refused", "partially_refused", "answers_received", "refusals_received",
                 "overdue": int}],
     "persons": {"total": int, "by_category": {ART5_CODE: int},
                 "by_citizenship": {ISO_ALPHA3: int}}}

Aggregates only: no person travels. The receiving side refuses a record whose authority is
not the sender, whose months fall outside its year, or whose codes are unknown.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import NotFound
from migdesk.exchange.items import (
    Apply,
    ImportScope,
    OutgoingItems,
    WrittenBundle,
    invalid,
    register_importer,
)
from migdesk.exchange.keys import now_utc
from migdesk.exchange.record_schema import (
    Day,
    Integer,
    Line,
    ListOf,
    Object,
    RecordSchema,
    Uuid,
    register_schema,
)
from migdesk.messages import N_, _
from migdesk.models import ReceivedStatistics
from migdesk.requests.access import require_working_role
from migdesk.requests.dates import today
from migdesk.requests.statistics_figures import figures_in
from migdesk.requests.vocab import INFO_CATEGORIES
from migdesk.security import audit
from migdesk.vault import Vault

RECORD_TYPE = "statistics"
WHAT = N_("статистические сведения")
COUNTS = (
    "sent",
    "received",
    "answered",
    "refused",
    "partially_refused",
    "answers_received",
    "refusals_received",
    "overdue",
)
_COUNTRY = re.compile(r"[A-Z]{3}")
MAX_COUNT = 10**9


class StatisticsSource:
    """The figures of one year, as of today."""

    def __init__(self, vault: Vault, year: int | None) -> None:
        self.vault, self.year = vault, year

    def collect(self, session: Session, peer: str) -> OutgoingItems:
        items = OutgoingItems()
        if self.year is None:
            return items
        role = self.vault.user_role(self.vault.user)
        require_working_role(role)
        year = self.year
        figures = figures_in(
            session, self.vault.user, role, f"{year:04d}-01", f"{year:04d}-12", today()
        )
        item_id = str(uuid.uuid4())
        record = {
            "type": RECORD_TYPE,
            "id": item_id,
            "authority": figures.authority,
            "year": year,
            "as_of": figures.as_of.isoformat(),
            "months": [
                {"month": r.month, "authority": r.authority, **{k: getattr(r, k) for k in COUNTS}}
                for r in figures.months
            ],
            "persons": {
                "total": figures.persons.total,
                "by_category": figures.persons.by_category,
                "by_citizenship": figures.persons.by_citizenship,
            },
        }
        items.records.append(record)

        def audited(session: Session, written: WrittenBundle) -> None:
            audit.append(
                session,
                written.user,
                "statistics.export",
                record_kind=RECORD_TYPE,
                record_id=item_id,
                details={"year": year, "bundle_id": written.bundle_id, "to": written.peer},
            )

        items.after_written.append(audited)
        return items


class StatisticsImporter:
    record_type = RECORD_TYPE
    phase = 4

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        item_id, year = record["id"], record["year"]
        if record["authority"] != scope.sender:
            raise invalid(
                number,
                _(WHAT),
                _("authority — не отправитель пакета {sender}").format(sender=scope.sender),
            )
        for index, month in enumerate(record.get("months") or []):
            if not month["month"].startswith(f"{year:04d}-"):
                raise invalid(
                    number,
                    _(WHAT),
                    _("months[{index}]: месяц не из {year} года").format(index=index, year=year),
                )
        persons = record["persons"]
        for code, count in (persons.get("by_citizenship") or {}).items():
            if not _COUNTRY.fullmatch(code) or not isinstance(count, int) or count < 0:
                raise invalid(number, _(WHAT), _("by_citizenship — коды ISO alpha-3 и числа"))
        if scope.session.get(ReceivedStatistics, item_id) is not None:
            scope.preview.statistics.append(
                _("{sender}, {year} год — уже получено").format(sender=scope.sender, year=year)
            )
            return None
        scope.preview.statistics.append(
            _("{sender}, {year} год").format(sender=scope.sender, year=year)
        )
        figures = {"months": record.get("months") or [], "persons": persons}

        def apply() -> None:
            scope.session.add(
                ReceivedStatistics(
                    id=item_id,
                    provider=scope.sender,
                    year=year,
                    as_of=date.fromisoformat(record["as_of"]),
                    figures=json.dumps(figures, ensure_ascii=False, sort_keys=True),
                    source_bundle_id=scope.bundle_id,
                    received_at=now_utc(),
                    received_by=scope.user,
                )
            )
            audit.append(
                scope.session,
                scope.user,
                "statistics.import",
                record_kind=RECORD_TYPE,
                record_id=item_id,
                details={"year": year, "from": scope.sender, "bundle_id": scope.bundle_id},
            )

        return apply


# --- reading what was received ----------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    id: str
    provider: str
    year: int
    as_of: date
    received_at: datetime
    bundle_id: str
    figures: dict[str, Any]

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "provider": self.provider,
            "year": self.year,
            "as_of": self.as_of.isoformat(),
            "received_at": self.received_at.isoformat(timespec="seconds"),
            "bundle_id": self.bundle_id,
        }

    def to_json(self) -> dict[str, Any]:
        return {**self.summary(), **self.figures}


def _received(row: ReceivedStatistics) -> Received:
    return Received(
        row.id,
        row.provider,
        row.year,
        row.as_of,
        row.received_at,
        row.source_bundle_id,
        json.loads(row.figures),
    )


def received_statistics(vault: Vault) -> list[Received]:
    require_working_role(vault.user_role(vault.user))
    with vault.read_session() as session:
        rows = session.scalars(select(ReceivedStatistics).order_by(ReceivedStatistics.received_at))
        return [_received(row) for row in rows]


def received_one(vault: Vault, item_id: str) -> Received:
    require_working_role(vault.user_role(vault.user))
    with vault.read_session() as session:
        row = session.get(ReceivedStatistics, item_id)
        if row is None:
            raise NotFound(
                _("Статистические сведения «{item_id}» не найдены.").format(item_id=item_id)
            )
        return _received(row)


COUNT = Integer(0, MAX_COUNT)
register_schema(
    RecordSchema(
        RECORD_TYPE,
        WHAT,
        {
            "id": Uuid(),
            "authority": Line(32),
            "year": Integer(2000, 2100),
            "as_of": Day(),
            "months": ListOf(
                Object(
                    {"month": Line(7), "authority": Line(32), **{k: COUNT for k in COUNTS}},
                    label=N_("месяц"),
                ),
                max_items=12 * 100,
                required=False,
            ),
            "persons": Object(
                {
                    "total": COUNT,
                    "by_category": Object(
                        {code: Integer(0, MAX_COUNT, required=False) for code in INFO_CATEGORIES}
                    ),
                    "by_citizenship": Object({}, open=True),
                }
            ),
        },
    )
)
register_importer(StatisticsImporter())
