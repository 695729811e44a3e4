"""What every letter shares: the parties, the agreement's name, the persons table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from migdesk.reports.doc_model import Attachment, Block, Document, Executor, Signer, Table
from migdesk.reports.doc_settings import Requisites
from migdesk.requests.records import RequestView, StepView

AGREEMENT = (
    "Соглашения между Правительством Республики Казахстан и Правительством Республики "
    "Армения о сотрудничестве в области миграции"
)
CONFIDENTIAL = (
    "Сведения предоставляются для цели, указанной в запросе, и без согласия предоставившей "
    "их Стороны не могут быть использованы в иных целях или переданы третьей стороне "
    f"(пункты 2 и 3 статьи 11 {AGREEMENT})."
)


@dataclass(frozen=True)
class Parties:
    """Who writes, to whom, who signs and who prepared the letter."""

    requisites: Requisites
    addressee: tuple[str, ...]
    signer: Signer | None
    executor: Executor | None


@dataclass(frozen=True)
class PersonLine:
    name: str
    birth: str
    citizenship: str
    document: str


def persons_table(lines: Sequence[PersonLine]) -> Table:
    return Table(
        columns=("№", "Фамилия, имя, отчество", "Дата рождения", "Гражданство", "Документ"),
        rows=tuple(
            (str(i), p.name, p.birth, p.citizenship, p.document) for i, p in enumerate(lines, 1)
        ),
        widths=(8, 52, 22, 30, 48),
    )


def day_ru(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


def our_incoming(number: str | None, received_on: date | None = None) -> str:
    """«наш вх. № 3 от 02.04.2025» — but a number that already carries the incoming index
    (the default pattern ``{seq}-вх``) is not called «вх.» twice: «наш № 3-вх от …»."""
    return _ours("вх", number, received_on)


def our_outgoing(number: str | None, sent_on: date | None = None) -> str:
    """«наш исх. № 3 от …», or «наш № 3-исх от …» for the default pattern ``{seq}-исх``."""
    return _ours("исх", number, sent_on)


def _ours(index: str, number: str | None, day: date | None) -> str:
    shown = number or "—"
    label = "наш №" if index in shown.lower() else f"наш {index}. №"
    return f"{label} {shown}" + (f" от {day_ru(day)}" if day else "")


def letter(
    kind: str,
    record: str,
    parties: Parties,
    *,
    day: date,
    number: str | None,
    heading: str,
    body: Sequence[Block],
    reply_to: tuple[str | None, date | None] | None = None,
    attachments: Sequence[Attachment] = (),
) -> Document:
    settings = parties.requisites.settings
    return Document(
        kind=kind,
        record=record,
        requisites=parties.requisites,
        day=day,
        number=number,
        body=tuple(body),
        heading=heading,
        addressee=parties.addressee,
        reply_to=reply_to,
        restriction=settings.restriction,
        copy_number=settings.marked_copy,
        attachments=tuple(attachments),
        signer=parties.signer,
        executor=parties.executor,
    )


def request_reply(
    kind: str,
    view: RequestView,
    step: StepView,
    parties: Parties,
    *,
    heading: str,
    body: Sequence[Block],
    attachments: Sequence[Attachment] = (),
) -> Document:
    """The letter of ``step`` on the partner's request ``view`` (Art. 10): numbered and dated
    as the step, in reply to their number and date (or the day we received it)."""
    return letter(
        kind,
        f"{view.id}#{step.seq}",
        parties,
        day=step.on,
        number=step.number,
        heading=heading,
        body=body,
        reply_to=(view.their_number, view.their_date or view.received_on),
        attachments=attachments,
    )
