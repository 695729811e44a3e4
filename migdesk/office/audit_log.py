"""The audit trail as inspectors and administrators read it (Art. 11.4): a filtered page of
entries with the users it names, the hash-chain check, and the entries a reading or an export
leaves in the trail itself. The screen, ``audit list|verify`` and the PDF export
(``migdesk.reports.audit_report.export_audit_report``) all read through here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self

from sqlalchemy import func, select

from migdesk.models import AuditEntry, Request
from migdesk.security import audit
from migdesk.security.audit import AuditFilter, ChainCheck
from migdesk.security.audit_labels import HIDDEN_TEXT
from migdesk.security.roles import Permission, has, require
from migdesk.vault import Vault

__all__ = ["AuditFilter", "AuditLog", "AuditPage", "ChainCheck", "RequestNumber"]

_CHUNK = 500  # ids per IN (…): well under SQLite's bound variables

# An officer's own words in a person entry (why a record was saved beside a possible
# duplicate, merged or linked) may name the person or their documents. A viewer without
# access to person records (an administrator alone, DESIGN: "must not read what the roles
# above do not expose to it") is shown that a reason was given, not what it says. The
# stored entry, its hash and ``audit verify`` are untouched.
FREE_TEXT_KEYS = frozenset({"reason"})


def _hidden(entry: AuditEntry) -> AuditEntry:
    """A detached copy of a person entry with its officers' free text replaced."""
    details = json.loads(entry.details or "{}")
    if not entry.action.startswith("person.") or not FREE_TEXT_KEYS & details.keys():
        return entry
    for key in FREE_TEXT_KEYS & details.keys():
        details[key] = HIDDEN_TEXT
    columns = {c.key: getattr(entry, c.key) for c in AuditEntry.__table__.columns}
    columns["details"] = json.dumps(details, ensure_ascii=False, sort_keys=True)
    return AuditEntry(**columns)


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]  # detached: read them, do not change them
    limit: int
    users: list[str]  # everyone named in the trail, for the screen's filter
    through: int = 0  # the newest entry's id when the page was read: the snapshot's end


class RequestNumber(str):
    """A request's registration number that knows its message's kind (``Request.kind``:
    request, information, confirmation), so the audit names an Art. 8 message and its
    records «Информация без запроса № 3-исх», not «Запрос № 3-исх». A ``str``: the audit
    screen's rows keep the number as text and carry the kind with it."""

    kind: str

    def __new__(cls, number: str, kind: str = "request") -> Self:
        self = super().__new__(cls, number)
        self.kind = kind
        return self


class AuditLog:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _require(self) -> None:
        require(self.vault.current_roles(), Permission.VIEW_AUDIT)

    def _as_shown(self, entries: list[AuditEntry]) -> list[AuditEntry]:
        if has(self.vault.current_roles(), Permission.PERSON_READ):
            return entries
        return [_hidden(entry) for entry in entries]

    def page(self, selection: AuditFilter, limit: int) -> AuditPage:
        """The newest ``limit`` matching entries (oldest first) and the users in the trail."""
        self._require()
        with self.vault.read_session() as session:
            # The snapshot's end first: an entry written meanwhile stays out of the page.
            through = session.scalar(select(func.max(AuditEntry.id))) or 0
            entries = self._as_shown(audit.query(session, selection, limit=limit, through=through))
            users = list(
                session.scalars(select(AuditEntry.user).distinct().order_by(AuditEntry.user))
            )
            return AuditPage(entries, limit, users, through)

    def entries(self, selection: AuditFilter, limit: int | None = None) -> list[AuditEntry]:
        self._require()
        with self.vault.read_session() as session:
            return self._as_shown(audit.query(session, selection, limit=limit))

    def verify(self, through: int | None = None, resume: ChainCheck | None = None) -> ChainCheck:
        """The chain check, up to entry ``through`` and on from ``resume`` when given (see
        ``audit.verify``): the screen checks exactly the entries its list was read from."""
        self._require()
        with self.vault.read_session() as session:
            return audit.verify(session, through, resume)

    def for_report(self, selection: AuditFilter) -> tuple[list[AuditEntry], ChainCheck]:
        """Every matching entry and the chain check, read together (one snapshot)."""
        self._require()
        with self.vault.read_session() as session:
            return self._as_shown(audit.query(session, selection)), audit.verify(session)

    def request_numbers(self, ids: Iterable[str]) -> dict[str, str]:
        """The registration numbers of those requests still stored, by id, each a
        ``RequestNumber`` with its message's kind: how the audit names a request's records
        (``reports.audit_records``)."""
        self._require()
        wanted = sorted(set(ids))
        numbers: dict[str, str] = {}
        with self.vault.read_session() as session:
            for at in range(0, len(wanted), _CHUNK):
                chunk = wanted[at : at + _CHUNK]
                rows = session.execute(
                    select(Request.id, Request.number, Request.kind).where(Request.id.in_(chunk))
                )
                numbers.update((row.id, RequestNumber(row.number, row.kind)) for row in rows)
        return numbers

    def viewed(self, shown: int) -> None:
        """Reading the trail is itself audited (``audit.view``)."""
        with self.vault.session() as session:
            audit.append(session, self.vault.user, "audit.view", details={"shown": shown})

    def exported(self, entries: int, file_name: str) -> None:
        with self.vault.session() as session:
            audit.append(
                session,
                self.vault.user,
                "audit.export",
                details={"entries": entries, "file": file_name},
            )
