"""Registration journals: incoming and outgoing numbers per authority and year.

A number is taken by ``allocate`` inside the caller's transaction: the journal's counter and
the entry are written with the record they number, so a save that fails gives its number
back (no gap), and the unique (journal, seq) pair makes a number impossible to reuse.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, PermissionDenied
from migdesk.messages import _
from migdesk.models import JournalEntry, RegistrationJournal
from migdesk.requests.access import is_supervisor, require_registry_role
from migdesk.requests.authorities import load_authority
from migdesk.security import audit
from migdesk.vault import Vault

# A registration number identifies one document of the authority (GOST R 7.0.97): the two
# journals count separately, so their numbers differ by an index of the journal.
DEFAULT_PATTERNS = {"incoming": "{seq}-вх", "outgoing": "{seq}-исх"}  # stored: Russian
TOKENS = {"seq", "year", "yy", "authority"}
DIRECTIONS = ("incoming", "outgoing")


@dataclass(frozen=True)
class EntryView:
    seq: int
    number: str
    registered_on: date
    registered_by: str
    record_kind: str
    record_id: str


def check_pattern(pattern: str) -> str:
    """A pattern uses ``{seq}`` once and may add ``{year}``, ``{yy}``, ``{authority}``."""
    try:
        fields = [name for _, name, spec, conv in string.Formatter().parse(pattern) if name]
        bad_spec = any(
            spec or conv for _, name, spec, conv in string.Formatter().parse(pattern) if name
        )
    except ValueError:
        fields, bad_spec = ["?"], True
    unknown = sorted(set(fields) - TOKENS)
    if bad_spec or unknown or fields.count("seq") != 1 or len(pattern) > 40:
        raise InvalidInput(
            _(
                "Шаблон номера «{pattern}» неверен: нужен ровно один {{seq}}; "
                "допустимы также {{year}}, {{yy}}, {{authority}}; не длиннее 40 знаков."
            ).format(pattern=pattern),
            field="pattern",
        )
    return pattern


def format_number(pattern: str, seq: int, year: int, authority: str) -> str:
    return pattern.format(seq=seq, year=year, yy=f"{year % 100:02d}", authority=authority)


def _journal(session: Session, authority: str, direction: str, year: int) -> RegistrationJournal:
    journal = session.scalar(
        select(RegistrationJournal).where(
            RegistrationJournal.authority_code == authority,
            RegistrationJournal.direction == direction,
            RegistrationJournal.year == year,
        )
    )
    if journal is None:
        # A new year starts at 1 with the pattern the previous year ended with.
        previous = session.scalar(
            select(RegistrationJournal.pattern)
            .where(
                RegistrationJournal.authority_code == authority,
                RegistrationJournal.direction == direction,
                RegistrationJournal.year < year,
            )
            .order_by(RegistrationJournal.year.desc())
            .limit(1)
        )
        journal = RegistrationJournal(
            authority_code=authority,
            direction=direction,
            year=year,
            pattern=previous or DEFAULT_PATTERNS[direction],
            last_seq=0,
        )
        session.add(journal)
        session.flush()
    return journal


def allocate(
    session: Session,
    *,
    authority: str,
    direction: str,
    on: date,
    user: str,
    record_kind: str,
    record_id: str,
) -> JournalEntry:
    """The next number of the journal for ``on``'s year, in the caller's transaction."""
    journal = _journal(session, authority, direction, on.year)
    journal.last_seq += 1
    number = format_number(journal.pattern, journal.last_seq, on.year, authority)
    _check_unique(session, authority, on.year, number)
    entry = JournalEntry(
        journal_id=journal.id,
        seq=journal.last_seq,
        number=number,
        registered_on=on,
        registered_at=datetime.now(UTC).replace(tzinfo=None),
        registered_by=user,
        record_kind=record_kind,
        record_id=record_id,
    )
    session.add(entry)
    session.flush()
    return entry


def number_for(
    session: Session,
    *,
    authority: str,
    direction: str,
    on: date,
    user: str,
    record_kind: str,
    record_id: str,
) -> str:
    """The number already given to that record in ``on``'s year, else the next one."""
    given = session.scalar(
        select(JournalEntry.number)
        .join(RegistrationJournal, RegistrationJournal.id == JournalEntry.journal_id)
        .where(
            RegistrationJournal.authority_code == authority,
            RegistrationJournal.direction == direction,
            RegistrationJournal.year == on.year,
            JournalEntry.record_kind == record_kind,
            JournalEntry.record_id == record_id,
        )
    )
    if given is not None:
        return given
    return allocate(
        session,
        authority=authority,
        direction=direction,
        on=on,
        user=user,
        record_kind=record_kind,
        record_id=record_id,
    ).number


def _check_unique(session: Session, authority: str, year: int, number: str) -> None:
    """No number is given twice in the journals of one authority and year."""
    taken = session.scalar(
        select(RegistrationJournal.direction)
        .join(JournalEntry, JournalEntry.journal_id == RegistrationJournal.id)
        .where(
            RegistrationJournal.authority_code == authority,
            RegistrationJournal.year == year,
            JournalEntry.number == number,
        )
        .limit(1)
    )
    if taken is not None:
        journal_name = _("входящих") if taken == "incoming" else _("исходящих")
        raise InvalidInput(
            _(
                "Номер № {number} уже присвоен документу в журнале "
                "{journal_name} за {year} год: номер должен быть единственным у "
                "документа органа. Измените шаблон номера журнала (например, "
                "добавьте индекс «-вх» или «-исх»)."
            ).format(number=number, journal_name=journal_name, year=year),
            field="pattern",
        )


class JournalService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def set_pattern(self, authority: str, direction: str, pattern: str, year: int) -> None:
        """Numbers given from now on in that journal use ``pattern``; the sequence goes on."""
        require_registry_role(self.vault.user_role(self.vault.user))
        if direction not in DIRECTIONS:
            raise InvalidInput(_("Журнал бывает входящим или исходящим."), field="direction")
        check_pattern(pattern)
        with self.vault.session() as session:
            load_authority(session, authority)
            other = "outgoing" if direction == "incoming" else "incoming"
            if _journal(session, authority, other, year).pattern == pattern:
                raise InvalidInput(
                    _(
                        "Шаблон «{pattern}» уже у журнала {journal}: номера входящих и "
                        "исходящих документов совпали бы. Задайте журналам разные "
                        "шаблоны."
                    ).format(
                        pattern=pattern,
                        journal=_("исходящих") if other == "outgoing" else _("входящих"),
                    ),
                    field="pattern",
                )
            _journal(session, authority, direction, year).pattern = pattern
            audit.append(
                session,
                self.vault.user,
                "journal.pattern",
                record_kind="journal",
                record_id=f"{authority}/{direction}/{year}",
                details={"pattern": pattern},
            )

    def continue_after(self, authority: str, direction: str, year: int, after: int) -> int:
        """The journal goes on after number ``after``: numbers up to it are never given by
        this vault. For an office that restored a backup when the vault it replaced was lost:
        the numbers given since are on its letters and in the partner's journal, not here.
        Forward only (a number once given is never given again); audited. Returns the next."""
        require_registry_role(self.vault.user_role(self.vault.user))
        if direction not in DIRECTIONS:
            raise InvalidInput(_("Журнал бывает входящим или исходящим."), field="direction")
        with self.vault.session() as session:
            load_authority(session, authority)
            book = _journal(session, authority, direction, year)
            if after <= book.last_seq:
                raise InvalidInput(
                    _(
                        "Журнал уже выдал № {last}: номера идут только вперёд, "
                        "следующий — № {next}."
                    ).format(last=book.last_seq, next=book.last_seq + 1),
                    field="after",
                )
            audit.append(
                session,
                self.vault.user,
                "journal.continue",
                record_kind="journal",
                record_id=f"{authority}/{direction}/{year}",
                details={"skipped": f"{book.last_seq + 1}–{after}"},
            )
            book.last_seq = after
            return after + 1

    def pattern(self, authority: str, direction: str, year: int) -> str:
        with self.vault.read_session() as session:
            return _journal(session, authority, direction, year).pattern

    def entries(self, authority: str, direction: str, year: int) -> list[EntryView]:
        """The journal's numbers in order. Entries name the records they number, which
        reveals the fact of a request (Art. 11.1): supervisors only, who see all requests."""
        if not is_supervisor(self.vault.user_role(self.vault.user)):
            raise PermissionDenied(_("Журнал регистрации просматривает руководитель (supervisor)."))
        # A write session: the view is audited, as a list of requests is (request.list).
        with self.vault.session() as session:
            rows = session.scalars(
                select(JournalEntry)
                .join(RegistrationJournal, RegistrationJournal.id == JournalEntry.journal_id)
                .where(
                    RegistrationJournal.authority_code == authority,
                    RegistrationJournal.direction == direction,
                    RegistrationJournal.year == year,
                )
                .order_by(JournalEntry.seq)
            )
            shown = [
                EntryView(
                    e.seq, e.number, e.registered_on, e.registered_by, e.record_kind, e.record_id
                )
                for e in rows
            ]
            audit.append(
                session,
                self.vault.user,
                "journal.view",
                record_kind="journal",
                record_id=f"{authority}/{direction}/{year}",
                details={"shown": len(shown)},
            )
            return shown
