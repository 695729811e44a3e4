"""Statistics of requests (Art. 3.1.1): counts by month and partner authority, answer times,
overdue; CSV export. Counts cover only requests the user may see (Art. 11.1)."""

from __future__ import annotations

import csv
import io
import statistics
from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from migdesk.atomic import write_atomic
from migdesk.messages import N_, lazy_table
from migdesk.models import Request
from migdesk.requests.access import require_working_role
from migdesk.requests.dates import today
from migdesk.requests.views import visible_requests
from migdesk.security import audit
from migdesk.vault import Vault


@dataclass
class MonthStats:
    """One month and one authority of the other side. "Answered"/"refused" count our
    answers to incoming requests; "*_received" count the partner's answers to ours."""

    month: str  # YYYY-MM
    authority: str
    sent: int = 0
    received: int = 0
    answered: int = 0
    refused: int = 0
    partially_refused: int = 0
    answers_received: int = 0
    refusals_received: int = 0
    overdue: int = 0  # incoming received this month answered late or still open past due
    median_answer_days: float | None = None  # ours: receipt → result, closed this month
    median_partner_answer_days: float | None = None  # theirs: sending → result


CSV_HEADERS = lazy_table(
    {
        "month": N_("Месяц"),
        "authority": N_("Компетентный орган другой Стороны"),
        "sent": N_("Направлено запросов"),
        "received": N_("Поступило запросов"),
        "answered": N_("Исполнено"),
        "refused": N_("Отказано"),
        "partially_refused": N_("Исполнено частично"),
        "answers_received": N_("Получено ответов"),
        "refusals_received": N_("Получено отказов"),
        "overdue": N_("С нарушением срока"),
        "median_answer_days": N_("Медиана срока исполнения, дн."),
        "median_partner_answer_days": N_("Медиана срока ответа другой Стороны, дн."),
    }
)


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def compute_rows(requests: list[Request], as_of: date) -> list[MonthStats]:
    """Pure counting over loaded requests; events after ``as_of`` do not count yet."""
    table: dict[tuple[str, str], MonthStats] = {}
    ours: dict[tuple[str, str], list[int]] = defaultdict(list)
    theirs: dict[tuple[str, str], list[int]] = defaultdict(list)

    def cell(day: date, authority: str) -> MonthStats:
        key = (_month(day), authority)
        return table.setdefault(key, MonthStats(*key))

    for r in requests:
        if r.kind != "request":
            continue
        closed = r.closed_on if r.closed_on and r.closed_on <= as_of else None
        if r.direction == "incoming" and r.received_on and r.received_on <= as_of:
            partner = r.from_code
            cell(r.received_on, partner).received += 1
            if r.due_on and ((closed or as_of) > r.due_on):
                cell(r.received_on, partner).overdue += 1
            if closed and r.state in ("answered", "refused", "partially_refused"):
                row = cell(closed, partner)
                if r.state == "answered":
                    row.answered += 1
                elif r.state == "refused":
                    row.refused += 1
                else:
                    row.partially_refused += 1
                ours[(row.month, partner)].append((closed - r.received_on).days)
        elif r.direction == "outgoing" and r.sent_on and r.sent_on <= as_of:
            partner = r.to_code
            cell(r.sent_on, partner).sent += 1
            if closed and r.state in ("answered", "refused", "partially_refused"):
                row = cell(closed, partner)
                if r.state == "refused":
                    row.refusals_received += 1
                else:
                    row.answers_received += 1
                theirs[(row.month, partner)].append((closed - r.sent_on).days)
    for key, row in table.items():
        if ours.get(key):
            row.median_answer_days = float(statistics.median(ours[key]))
        if theirs.get(key):
            row.median_partner_answer_days = float(statistics.median(theirs[key]))
    return [table[key] for key in sorted(table)]


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, float):  # decimal comma, as the Russian locale writes numbers
        return f"{value:g}".replace(".", ",")
    return value


def to_csv(rows: list[MonthStats]) -> bytes:
    """UTF-8 with BOM and «;»: what a Russian-locale spreadsheet opens without questions."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    names = [f.name for f in fields(MonthStats)]
    writer.writerow([CSV_HEADERS[n] for n in names])
    for row in rows:
        writer.writerow([_cell(getattr(row, n)) for n in names])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


class StatisticsService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def monthly(self, as_of: date | None = None) -> list[MonthStats]:
        role = self.vault.user_role(self.vault.user)
        require_working_role(role)
        day = as_of or today()
        with self.vault.session() as session:
            rows = compute_rows(visible_requests(session, self.vault.user, role), day)
            audit.append(
                session,
                self.vault.user,
                "request.statistics",
                details={"as_of": day.isoformat(), "rows": len(rows)},
            )
            return rows

    def export_csv(self, path: Path, as_of: date | None = None) -> int:
        """Writes the table atomically (a reader never sees half a file); returns rows."""
        rows = self.monthly(as_of)
        write_atomic(path, to_csv(rows))
        with self.vault.session() as session:
            audit.append(
                session,
                self.vault.user,
                "request.export",
                details={"rows": len(rows), "file": path.name},
            )
        return len(rows)
