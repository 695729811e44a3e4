"""Builds any document kind from the vault through the services that guard the data
(requests: Art. 11.1 visibility; persons: roles), and records every PDF produced in the
audit trail (kind, number, content hash; never the text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from migdesk.errors import InvalidInput, NotFound
from migdesk.identity.countries import country_name
from migdesk.identity.partial_date import format_partial_date_ru
from migdesk.messages import in_russian
from migdesk.office.retention import ActInfo, RetentionService
from migdesk.persons.labels import DOCUMENT_KINDS
from migdesk.persons.service import PersonService
from migdesk.reports.doc_model import Attachment, Document, Rendered
from migdesk.reports.documents import (
    answer_letter,
    confidentiality_letter,
    confirmation_letter,
    consent_letter,
    cover_letter,
    destruction_act,
    more_info_letter,
    more_info_reply_letter,
    obstacle_letter,
    person_sheet,
    postponement_letter,
    refusal_letter,
    request_letter,
    sources,
    transmittal,
)
from migdesk.reports.documents.common import Parties, PersonLine
from migdesk.reports.documents.kinds import (
    KINDS,
    MESSAGE_KINDS,
    OUTGOING_STEP_KINDS,
    STEP_KINDS,
)
from migdesk.requests import journal
from migdesk.requests.authorities import own_authority
from migdesk.requests.dates import today
from migdesk.requests.records import RequestView, StepView
from migdesk.requests.service import RequestService
from migdesk.requests.thematic_letter import items_of_letter
from migdesk.requests.vocab import THEMATIC_CATEGORIES
from migdesk.security import audit
from migdesk.security.handling import (
    check_use_in_request,
    limits_of,
    request_use_purpose,
)
from migdesk.vault import Vault


@dataclass
class BuildOptions:
    signer: sources.SignerChoice = field(default_factory=sources.SignerChoice)
    consent: consent_letter.ConsentTerms | None = None  # kind consent
    bundles: list[transmittal.BundleLine] = field(default_factory=list)  # kind transmittal
    number: str | None = None  # transmittal: the register's number, if it has one
    day: date | None = None  # person sheet, transmittal: date printed (default today)


def _split(record_id: str) -> tuple[str, int | None]:
    """``REQUEST_ID`` or ``REQUEST_ID#SEQ`` (how the journals name a step's letter)."""
    head, sep, tail = record_id.partition("#")
    if not sep:
        return head, None
    if not tail.isdigit():
        raise InvalidInput(f"«{record_id}»: после # ожидается номер шага.")
    return head, int(tail)


def _pick_step(view: RequestView, kind: str, seq: int | None) -> StepView:
    direction = "outgoing" if kind in OUTGOING_STEP_KINDS else "incoming"
    actions = OUTGOING_STEP_KINDS.get(kind) or STEP_KINDS[kind]
    steps = [s for s in view.steps if s.action in actions and (seq is None or s.seq == seq)]
    if view.direction != direction or not steps:
        wanted = ", ".join(actions)
        where = "входящему" if direction == "incoming" else "исходящему"
        raise InvalidInput(
            f"Для документа «{kind}» нужен шаг {wanted} по {where} запросу"
            + (f" (шаг № {seq})" if seq else "")
            + "; такого письма нашей Стороны в запросе нет."
        )
    return steps[-1]


class DocumentService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.requests = RequestService(vault)
        self.persons = PersonService(vault)

    @in_russian  # documents are Russian whatever the interface language (Article 15)
    def build(self, kind: str, record_id: str | None, options: BuildOptions) -> Document:
        if kind not in KINDS:
            raise InvalidInput(
                f"Неизвестный вид документа «{kind}»; допустимы: {', '.join(KINDS)}.", "kind"
            )
        if kind == "person-sheet":
            return self._person_sheet(self._required(record_id), options)
        if kind == "transmittal":
            return self._transmittal(options)
        if kind == destruction_act.KIND:
            act = RetentionService(self.vault).act(self._required(record_id))
            return self.destruction_act(act, options)
        request_id, seq = _split(self._required(record_id))
        view = self.requests.get(request_id)
        if kind in MESSAGE_KINDS:
            return self._message(kind, view, options)
        return self._step_letter(kind, view, _pick_step(view, kind, seq), options)

    @staticmethod
    def _required(record_id: str | None) -> str:
        if not record_id:
            raise InvalidInput("Не указан идентификатор запроса, шага, лица или акта.")
        return record_id

    # --- parts ---------------------------------------------------------------------------

    def _parties(
        self, view: RequestView, day: date, options: BuildOptions, author: str
    ) -> tuple[Parties, str]:
        """``author``: who prepared the letter, for the executor mark (GOST R 7.0.97): the
        message's author or the officer who recorded the step, not whoever prints or signs
        it (four eyes make the signer someone else)."""
        ours, theirs = (
            (view.from_code, view.to_code)
            if view.direction == "outgoing"
            else (view.to_code, view.from_code)
        )
        with self.vault.read_session() as session:
            requisites = sources.requisites(session, ours, day)
            pk = sources.request_pk(session, view.id) if view.direction == "outgoing" else None
            choice = options.signer
            if choice.user is None:
                choice = sources.SignerChoice(choice.signatory, choice.certificate, self.vault.user)
            parties = Parties(
                requisites,
                sources.addressee(session, theirs, day),
                sources.signer(session, ours, day, choice, pk),
                sources.executor(session, author, requisites),
            )
        return parties, ours

    def _persons(self, ids: list[str]) -> list[PersonLine]:
        lines = []
        for person_id in ids:
            try:
                person = self.persons.get(person_id, include_media=False)
            except NotFound:
                lines.append(PersonLine(f"запись {person_id} уничтожена", "—", "—", "—"))
                continue
            lines.append(_person_line(person))
        return lines

    def _themes(self, request_id: str) -> list[cover_letter.ThemeLine]:
        with self.vault.read_session() as session:
            return [
                cover_letter.ThemeLine(
                    item.title,
                    THEMATIC_CATEGORIES.get(item.category, item.category),
                    item.period_from,
                    item.period_until,
                    len(item.attachments),
                )
                for item in items_of_letter(session, request_id)
            ]

    def _check_use(self, view: RequestView, person_ids: list[str]) -> None:
        """A letter that names received persons uses them for its request (Art. 11.2)."""
        number = (view.their_number if view.direction == "incoming" else None) or view.number
        with self.vault.read_session() as session:
            check_use_in_request(
                session, "person", person_ids, view.id, request_use_purpose(view.purpose, number)
            )

    def _attachments(self, view: RequestView, step: int | None) -> list[Attachment]:
        marks = []
        for meta in view.attachments:
            if meta.step != step or meta.signed_letter:
                continue  # the letter's own signed copy is not its enclosure
            pages = None
            if meta.mime.startswith("image/"):
                pages = 1
            elif meta.mime == "application/pdf":
                # Read piece by piece: a received PDF may be 1 GiB, its page count is at hand.
                with self.requests.open_attachment(view.id, meta.id) as pdf:
                    pages = sources.sheets(meta.mime, pdf)
            marks.append(Attachment(sources.enclosure_name(meta.name), pages))
        return marks

    # --- kinds ---------------------------------------------------------------------------

    def _message(self, kind: str, view: RequestView, options: BuildOptions) -> Document:
        if view.direction != "outgoing" or view.kind != MESSAGE_KINDS[kind]:
            raise InvalidInput(
                f"Документ «{kind}» составляется по исходящему сообщению вида "
                f"«{MESSAGE_KINDS[kind]}»; № {view.number} — {view.kind}, {view.direction}."
            )
        day = view.signed_on or today()
        parties, _ = self._parties(view, day, options, view.created_by)
        attachments = self._attachments(view, None)
        self._check_use(view, view.persons)
        if kind == "request":
            return request_letter.build(
                view, parties, self._persons(view.persons), attachments, day
            )
        if kind == "cover-letter":
            persons = self._persons(view.persons)
            themes = self._themes(view.id)
            return cover_letter.build(view, parties, persons, attachments, day, themes)
        doubted = None
        if view.related:
            try:
                doubted = self.requests.get(view.related)
            except NotFound:
                doubted = None
        return confirmation_letter.build(view, doubted, parties, attachments, day)

    def _step_letter(
        self, kind: str, view: RequestView, step: StepView, options: BuildOptions
    ) -> Document:
        # A consent letter is written when it is printed; every other one by its step.
        author = self.vault.user if kind == "consent" else step.user
        parties, _ = self._parties(view, step.on, options, author)
        # The step's files go with its own letter; a consent letter carries none of them.
        attachments = [] if kind == "consent" else self._attachments(view, step.seq)
        if kind == "answer":
            records = list(step.details.get("records", []))
            self._check_use(view, records)
            return answer_letter.build(view, step, parties, self._persons(records), attachments)
        if kind == "more-info":
            return more_info_letter.build(view, step, parties, attachments)
        if kind == more_info_reply_letter.KIND:
            records = list(step.details.get("records", []))
            self._check_use(view, records)
            return more_info_reply_letter.build(
                view, step, parties, self._persons(records), attachments
            )
        if kind == "obstacle":
            return obstacle_letter.build(view, step, parties, attachments)
        if kind == "postponement":
            return postponement_letter.build(view, step, parties, attachments)
        if kind == "refusal":
            return refusal_letter.build(view, step, parties, attachments)
        if kind == confidentiality_letter.NOTICE_KIND:
            return confidentiality_letter.build_notice(view, step, parties, attachments)
        if kind == confidentiality_letter.DECISION_KIND:
            return confidentiality_letter.build_decision(view, step, parties, attachments)
        if options.consent is None:
            raise InvalidInput(
                "Для согласия нужны сведения, получатель и цель (--data FILE.json: "
                '{"information", "recipient", "purpose"}).'
            )
        # A letter of its own: its own outgoing number, not the answer's (issue 13, item 2).
        ours = parties.requisites.code
        number = self._register_number(
            ours, step.on, "consent", consent_letter.record_key(view.id, step.seq, options.consent)
        )
        return consent_letter.build(view, step, options.consent, parties, attachments, number)

    def _own(self) -> str:
        with self.vault.read_session() as session:
            code = own_authority(session)
        if code is None:
            raise InvalidInput("Хранилище не привязано к компетентному органу (init --authority).")
        return code

    def _person_sheet(self, person_id: str, options: BuildOptions) -> Document:
        person = self.persons.get(person_id)
        day = options.day or today()
        code = self._own()
        with self.vault.read_session() as session:
            requisites = sources.requisites(session, code, day)
            choice = options.signer
            if choice.user is None:
                choice = sources.SignerChoice(choice.signatory, choice.certificate, self.vault.user)
            signer = sources.signer(session, code, day, choice, None)
            executor = sources.executor(session, self.vault.user, requisites)
            limits = limits_of(session, "person", person_id)
            note = None
            if limits is not None:
                # The provider by its name valid on the day (nominative: no case to decline).
                provider = sources.authority_name(session, limits.provider_authority, day)
                note = f"Сведения предоставлены: {provider}. Цель использования: {limits.purpose}."
                if limits.no_onward_transfer:
                    note += (
                        " Передача третьей стороне — только с предварительного письменного "
                        "согласия предоставившей Стороны (пункт 3 статьи 11 Соглашения)."
                    )
                if limits.keep_until:
                    note += f" Хранить не дольше {limits.keep_until:%d.%m.%Y}."
        return person_sheet.build(
            person, requisites, day, limits=note, signer=signer, executor=executor
        )

    def _transmittal(self, options: BuildOptions) -> Document:
        if not options.bundles:
            raise InvalidInput("Реестр без пакетов: укажите список пакетов (--data FILE.json).")
        day = options.day or today()
        code = self._own()
        number = options.number or self._register_number(
            code, day, "transmittal", transmittal.record_key(options.bundles)
        )
        with self.vault.read_session() as session:
            requisites = sources.requisites(session, code, day)
            executor = sources.executor(session, self.vault.user, requisites)
            signer = sources.user_signer(session, self.vault.user)
            names = {
                c: sources.authority_name(session, c, day)
                for b in options.bundles
                for c in (b.sender, b.addressee)
            }
        return transmittal.build(
            options.bundles,
            requisites,
            day,
            number,
            executor,
            signer=signer,
            name_of=lambda c: names.get(c, c),
        )

    def _register_number(self, authority: str, day: date, kind: str, key: str) -> str:
        """The outgoing number of a letter that is no step of a request (a transmittal
        register, a consent letter): given once per letter, the same on every later print."""
        with self.vault.session() as session:
            return journal.number_for(
                session,
                authority=authority,
                direction="outgoing",
                on=day,
                user=self.vault.user,
                record_kind=kind,
                record_id=key,
            )

    @in_russian
    def destruction_act(self, act: ActInfo, options: BuildOptions | None = None) -> Document:
        """The act as printed right after the destruction or again later (by id or number
        through ``build``). The approval stamp names the user who approved the destruction
        by their profile, as the act's table does; the signature block is who signs this copy
        (the approver's signatory entry, or the signatory or certificate chosen)."""
        choice = (options or BuildOptions()).signer
        with self.vault.read_session() as session:
            requisites = sources.own_requisites(session, act.act_date)
            signer = sources.approver(
                session, requisites.code, act.act_date, choice, act.destroyed_by
            )
            executor = sources.executor(session, self.vault.user, requisites)
            members = destruction_act.Members(
                destroyed_by=sources.member(session, act.destroyed_by),
                proposed_by=sources.member(session, act.proposed_by) if act.proposed_by else None,
            )
            approver = sources.user_signer(session, act.destroyed_by)
        return destruction_act.build(act, requisites, signer, executor, members, approver)

    # --- audit ---------------------------------------------------------------------------

    def record(self, document: Document, rendered: Rendered, action: str, **extra: Any) -> None:
        """``document.print`` (a PDF for paper or file) or ``document.sign``."""
        kind = "person" if document.kind == "person-sheet" else document.kind
        with self.vault.session() as session:
            audit.append(
                session,
                self.vault.user,
                action,
                record_kind=kind,
                record_id=document.record,
                details={
                    "kind": document.kind,
                    "number": document.number,
                    "sha256": rendered.content_sha256,
                    "pages": rendered.pages,
                    **extra,
                },
            )


def _person_line(person: dict[str, Any]) -> PersonLine:
    names = [person.get(f"{n}_ru") for n in ("surname", "given_name", "patronymic")]
    if not any(names):
        names = [person.get(f"{n}_lat") for n in ("surname", "given_name", "patronymic")]
    birth = person.get("birth_date")
    document = ""
    if person.get("documents"):
        first = person["documents"][0]
        kind = DOCUMENT_KINDS.get(first["kind"], first["kind"])
        document = " ".join(p for p in (kind, first.get("series"), first.get("number")) if p)
    return PersonLine(
        " ".join(n for n in names if n) or "—",
        format_partial_date_ru(birth) if birth else "—",
        ", ".join(country_name(c) for c in person.get("citizenship") or []) or "—",
        document or "—",
    )
