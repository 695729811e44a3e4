"""The agreement's own lifecycle (Art. 17) and the 45-day signatory exchange (Art. 9.3).

Entry into force is the date the last of the two notifications on internal procedures was
received; a termination notice ends the agreement six months after its receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import AgreementNotice, Authority, SignatoryNotification
from migdesk.requests.access import require_registry_role
from migdesk.requests.authorities import own_country
from migdesk.requests.checks import Problems
from migdesk.requests.dates import SIGNATORY_EXCHANGE_DAYS, TERMINATION_MONTHS, add_months, today
from migdesk.requests.vocab import COUNTRIES
from migdesk.security import audit
from migdesk.vault import Vault

NOTICE_KINDS = ("ratification", "termination")
REMIND_DAYS = 10  # how early the 45-day signatory exchange is recalled


@dataclass(frozen=True)
class Notice:
    id: int
    kind: str
    party: str
    received_on: date
    reference: str
    notes: str | None


@dataclass(frozen=True)
class AgreementStatus:
    notices: list[Notice]
    entry_into_force: date | None
    termination_notice: Notice | None
    terminates_on: date | None
    signatory_exchange_due_on: date | None

    def in_force_on(self, day: date) -> bool:
        if self.entry_into_force is None or day < self.entry_into_force:
            return False
        return self.terminates_on is None or day < self.terminates_on


@dataclass(frozen=True)
class SignatoryExchange:
    """Art. 9.3: lists of signatories and blank samples within 45 days of entry into force."""

    due_on: date | None
    own_sent_on: date | None  # first of our notifications that went out
    partner_received_on: date | None  # first notice from the partner side
    days_left: int | None
    overdue: bool

    @property
    def reminder(self) -> bool:
        """Our lists are not sent yet and the 45 days (Art. 9.3) end within REMIND_DAYS or
        are over: the officers are reminded wherever they look at deadlines."""
        return (
            self.own_sent_on is None
            and self.days_left is not None
            and (self.overdue or self.days_left <= REMIND_DAYS)
        )


def entry_into_force(notices: list[Notice]) -> date | None:
    """The date the last party's notification was received; None until both sides notified."""
    firsts: dict[str, date] = {}
    for notice in notices:
        if notice.kind == "ratification":
            firsts[notice.party] = min(
                firsts.get(notice.party, notice.received_on), notice.received_on
            )
    if set(firsts) != set(COUNTRIES):
        return None
    return max(firsts.values())


def termination_date(received_on: date) -> date:
    """The agreement ceases on expiry of six months from the notice's receipt."""
    return add_months(received_on, TERMINATION_MONTHS)


def exchange_due_on(in_force: date) -> date:
    return in_force + timedelta(days=SIGNATORY_EXCHANGE_DAYS)


def status_in(session: Session) -> AgreementStatus:
    notices = [
        Notice(n.id, n.kind, n.party, n.received_on, n.reference, n.notes)
        for n in session.scalars(
            select(AgreementNotice).order_by(AgreementNotice.received_on, AgreementNotice.id)
        )
    ]
    in_force = entry_into_force(notices)
    termination = next((n for n in notices if n.kind == "termination"), None)
    return AgreementStatus(
        notices,
        in_force,
        termination,
        termination_date(termination.received_on) if termination else None,
        exchange_due_on(in_force) if in_force else None,
    )


def check_in_force(session: Session, day: date) -> None:
    """Art. 17: no new request goes out before entry into force or after termination. A
    workstation that has recorded no notice yet is not held to dates it does not know."""
    status = status_in(session)
    if not status.notices or status.in_force_on(day):
        return
    if status.entry_into_force is None or day < status.entry_into_force:
        when = _("ещё не вступило в силу (не получены уведомления обеих Сторон)")
    else:
        assert status.terminates_on is not None
        when = _("прекратило действие {terminates_on:%d.%m.%Y}").format(
            terminates_on=status.terminates_on
        )
    raise InvalidInput(
        _(
            "Соглашение на {day:%d.%m.%Y} {when} (статья\u00a017): новые запросы "
            "не составляются и не направляются."
        ).format(day=day, when=when),
        "on",
    )


class AgreementService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def record_notice(
        self, kind: str, party: str, received_on: date, reference: str, notes: str | None = None
    ) -> int:
        require_registry_role(self.vault.user_role(self.vault.user))
        problems = Problems()
        if kind not in NOTICE_KINDS:
            problems.add("kind", _("ожидается ratification или termination"))
        if party not in COUNTRIES:
            problems.add("party", _("ожидается KZ или AM"))
        text = problems.required(
            "reference", reference, _("ст.\u00a017: дипломатическое уведомление")
        )
        problems.raise_if_any()
        status = self.status()
        if kind == "ratification" and any(
            n.kind == "ratification" and n.party == party for n in status.notices
        ):
            raise InvalidInput(
                _("Уведомление Стороны {party} о процедурах уже записано.").format(party=party),
                "party",
            )
        if kind == "termination":
            if status.entry_into_force is None or received_on < status.entry_into_force:
                raise InvalidInput(
                    _("Соглашение на эту дату не вступило в силу: прекращать нечего."),
                    "received_on",
                )
            if status.termination_notice is not None:
                raise InvalidInput(
                    _("Уведомление о прекращении уже получено {date}.").format(
                        date=status.termination_notice.received_on.isoformat()
                    ),
                    "kind",
                )
        with self.vault.session() as session:
            row = AgreementNotice(
                kind=kind,
                party=party,
                received_on=received_on,
                reference=text,
                notes=notes,
                recorded_at=datetime.now(UTC).replace(tzinfo=None),
                recorded_by=self.vault.user,
            )
            session.add(row)
            session.flush()
            audit.append(
                session,
                self.vault.user,
                f"agreement.{kind}",
                record_kind="agreement",
                record_id=str(row.id),
                details={"party": party, "received_on": received_on.isoformat()},
            )
            return row.id

    def status(self) -> AgreementStatus:
        with self.vault.read_session() as session:
            return status_in(session)

    def signatory_exchange(self, as_of: date | None = None) -> SignatoryExchange:
        day = as_of or today()
        due = self.status().signatory_exchange_due_on
        with self.vault.read_session() as session:
            ours = own_country(session)
            rows = session.execute(
                select(SignatoryNotification, Authority.country).join(
                    Authority, Authority.code == SignatoryNotification.authority_code
                )
            ).all()
        own_sent = [
            n.notified_on
            for n, country in rows
            if n.state == "sent" and n.notified_on and (ours is None or country == ours)
        ]
        partner = [
            n.notified_on
            for n, country in rows
            if n.state == "received" and n.notified_on and country != ours
        ]
        own_sent_on = min(own_sent) if own_sent else None
        return SignatoryExchange(
            due,
            own_sent_on,
            min(partner) if partner else None,
            None if due is None else (due - day).days,
            due is not None and own_sent_on is None and day > due,
        )
