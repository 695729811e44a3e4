"""Finding a record of any kind by its id and erasing it with everything that belongs to it
(Art. 11.5). What remains is the act: identifiers, dates and counts, no content.

A request goes with its steps (the letters exchanged about it, their texts and registration
details), its files (signed PDFs included) and the signature checks made on them, its
assignees and its links to persons; the registration journal keeps the numbers it gave out
(the journal is the register, not the content) and other records that name the request keep
its id, which now leads to the act.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, NotFound
from migdesk.messages import _
from migdesk.models import (
    Base,
    CardDraft,
    HandlingLimits,
    IncomingConsentRequest,
    Person,
    PersonLink,
    PersonMerge,
    PersonRevision,
    Request,
    RequestAssignee,
    RequestAttachment,
    RequestPerson,
    RequestStep,
    SignatureCheckRecord,
    ThematicItem,
    ThematicPerson,
    ThematicRequest,
    TransferConsent,
)
from migdesk.models.drafts import PERSON
from migdesk.office import retention_rules as rules
from migdesk.persons import family, search_index
from migdesk.requests.attachment_removal import (
    remove_request_attachments,
    remove_thematic_attachments,
)

ATTACHMENT_SEPARATOR = "/"


@dataclass(frozen=True)
class Target:
    kind: str
    record_id: str
    keep_until: date | None  # None: not due while it serves its purpose (an open request)
    label: str  # how messages name it: a request's number, or the id


def kind_of(session: Session, record_id: str) -> str:
    """Which kind a record id belongs to (ids that travel are UUIDs, unique across kinds)."""
    if ATTACHMENT_SEPARATOR in record_id:
        return "attachment"
    for kind, model in (("person", Person), ("request", Request), ("thematic", ThematicItem)):
        if session.scalar(select(model.pk).where(model.id == record_id)) is not None:
            return kind
    for consent in (TransferConsent, IncomingConsentRequest):
        if session.scalar(select(consent.id).where(consent.id == record_id)) is not None:
            return "consent"
    raise NotFound(
        _("Запись с идентификатором «{record_id}» не найдена.").format(record_id=record_id)
    )


def _split_attachment(record_id: str) -> tuple[str, int]:
    request_id, _sep, number = record_id.rpartition(ATTACHMENT_SEPARATOR)
    if not number.isdigit():
        raise NotFound(
            _("Вложение «{record_id}» не найдено (ожидается ЗАПРОС/НОМЕР_ВЛОЖЕНИЯ).").format(
                record_id=record_id
            )
        )
    return request_id, int(number)


def _consent(session: Session, record_id: str) -> rules.Consent | None:
    found: rules.Consent | None = session.get(TransferConsent, record_id)
    return found if found is not None else session.get(IncomingConsentRequest, record_id)


def locate(session: Session, kind: str, record_id: str, years: dict[str, int]) -> Target:
    """The record and its keep-until date under its kind's rule."""
    missing = NotFound(
        _("Запись с идентификатором «{record_id}» не найдена.").format(record_id=record_id)
    )
    if kind == "person":
        person = session.scalar(select(Person).where(Person.id == record_id))
        if person is None:
            raise NotFound(
                _("Лицо с идентификатором «{record_id}» не найдено.").format(record_id=record_id)
            )
        return Target(kind, record_id, rules.person_keep_until(person, years[kind])[0], record_id)
    if kind in ("request", "attachment"):
        request_id = _split_attachment(record_id)[0] if kind == "attachment" else record_id
        request = session.scalar(select(Request).where(Request.id == request_id))
        if request is None:
            raise NotFound(
                _("Запрос с идентификатором «{request_id}» не найден.").format(
                    request_id=request_id
                )
            )
        if (
            kind == "attachment"
            and session.get(RequestAttachment, _split_attachment(record_id)[1])
            not in request.attachments
        ):
            raise NotFound(_("Вложение «{record_id}» не найдено.").format(record_id=record_id))
        return Target(
            kind, record_id, rules.request_keep_until(request, years[kind]), request.number
        )
    if kind == "thematic":
        item = session.scalar(select(ThematicItem).where(ThematicItem.id == record_id))
        if item is None:
            raise missing
        return Target(
            kind, record_id, rules.thematic_keep_until(session, item, years[kind])[0], record_id
        )
    if kind == "consent":
        consent = _consent(session, record_id)
        if consent is None:
            raise missing
        keep = rules.consent_keep_until(session, consent, years[kind])[0]
        return Target(kind, record_id, keep, record_id)
    raise InvalidInput(
        _("Неизвестный вид записи «{kind}»: {kinds}.").format(
            kind=kind, kinds=", ".join(rules.KINDS)
        ),
        "kind",
    )


def check_not_needed(session: Session, target: Target) -> None:
    """Nothing is destroyed out from under work still in progress."""
    if target.kind == "person":
        held = rules.open_requests_by_person(session, [target.record_id]).get(target.record_id)
        if held:
            raise InvalidInput(
                _(
                    "Лицо {record_id} указано в исполняемом запросе № {requests}: цель "
                    "хранения сведений ещё не достигнута (п.\u00a05 ст.\u00a011 Соглашения). "
                    "Уничтожить запись можно после завершения запроса."
                ).format(record_id=target.record_id, requests=", ".join(held))
            )
    if target.kind in ("request", "attachment") and target.keep_until is None:
        raise InvalidInput(
            _(
                "Запрос № {label} ещё исполняется: цель хранения не достигнута "
                "(п.\u00a05 ст.\u00a011 Соглашения). Уничтожить можно завершённый запрос "
                "(ответ, отказ, отзыв, отмена)."
            ).format(label=target.label)
        )


def erase(session: Session, target: Target) -> dict[str, int]:
    """Deletes the record and what belongs to it; returns the counts for the act."""
    if target.kind == "person":
        return _erase_person(session, target.record_id)
    if target.kind == "request":
        return _erase_request(session, target.record_id)
    if target.kind == "attachment":
        _, attachment_id = _split_attachment(target.record_id)
        checks = _count(
            session, SignatureCheckRecord, SignatureCheckRecord.attachment_id == attachment_id
        )
        size = remove_request_attachments(session, [attachment_id])
        return {"attachments": 1, "signature_checks": checks, "bytes": size}
    if target.kind == "thematic":
        return _erase_thematic(session, target.record_id)
    consent = _consent(session, target.record_id)
    session.delete(consent)
    return {"consents": 1}


def _count(session: Session, model: type[Base], *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _erase_person(session: Session, person_id: str) -> dict[str, int]:
    person = session.scalar(select(Person).where(Person.id == person_id))
    assert person is not None  # located in the same transaction
    summary = {
        "documents": len(person.documents),
        "liabilities": len(person.liabilities),
        "registrations": len(person.registrations),
        "residence_permits": len(person.residence_permits),
        "citizenship_acts": len(person.citizenship_acts),
        "restrictions": len(person.restrictions),
        "photos": sum(1 for m in person.media if m.kind == "photo"),
        "fingerprint_cards": sum(1 for m in person.media if m.kind == "fingerprint_card"),
        "revisions": _count(session, PersonRevision, PersonRevision.person_id == person_id),
        "family_links": family.unlink_person(session, person_id),
    }
    # Records merged into this one go with it: their histories, links and merge notes.
    absorbed = list(
        session.scalars(select(PersonMerge.absorbed_id).where(PersonMerge.survivor_id == person_id))
    )
    gone = [person_id, *absorbed]
    session.execute(delete(PersonRevision).where(PersonRevision.person_id.in_(gone)))
    session.execute(
        delete(CardDraft).where(CardDraft.kind == PERSON, CardDraft.subject_id == person_id)
    )
    session.execute(delete(PersonMerge).where(PersonMerge.survivor_id == person_id))
    session.execute(
        delete(PersonLink).where(or_(PersonLink.person_id.in_(gone), PersonLink.other_id.in_(gone)))
    )
    search_index.unindex_person(session.connection(), person.pk)
    session.delete(person)
    return summary


def _erase_request(session: Session, request_id: str) -> dict[str, int]:
    pk = session.scalar(select(Request.pk).where(Request.id == request_id))
    attachments = list(
        session.scalars(select(RequestAttachment.id).where(RequestAttachment.request_pk == pk))
    )
    summary = {
        "steps": _count(session, RequestStep, RequestStep.request_pk == pk),
        "letters": _count(
            session, RequestStep, RequestStep.request_pk == pk, RequestStep.number.is_not(None)
        ),
        "attachments": len(attachments),
        "signature_checks": _count(
            session, SignatureCheckRecord, SignatureCheckRecord.request_pk == pk
        ),
        "person_links": _count(session, RequestPerson, RequestPerson.request_pk == pk),
    }
    summary["bytes"] = remove_request_attachments(session, attachments)
    # Checks made on the request's own files were keyed by the request too.
    session.execute(delete(SignatureCheckRecord).where(SignatureCheckRecord.request_pk == pk))
    # A confirmation (9.5) about this message stays registered; its link leads to the act.
    session.execute(update(Request).where(Request.related_pk == pk).values(related_pk=None))
    for child in (RequestStep, RequestAssignee, RequestPerson):
        session.execute(delete(child).where(child.request_pk == pk))
    session.execute(
        delete(HandlingLimits).where(
            HandlingLimits.record_kind == "request", HandlingLimits.record_id == request_id
        )
    )
    session.execute(delete(Request).where(Request.pk == pk))
    session.expire_all()  # no stale ORM copies of the deleted rows in this session
    return summary


def _erase_thematic(session: Session, item_id: str) -> dict[str, int]:
    item = session.scalar(select(ThematicItem).where(ThematicItem.id == item_id))
    assert item is not None
    summary = {
        "person_links": len(item.persons),
        "request_links": len(item.requests),
        "attachments": len(item.attachments),
    }
    summary["bytes"] = remove_thematic_attachments(session, [a.id for a in item.attachments])
    pk = item.pk
    session.expunge(item)
    for child in (ThematicPerson, ThematicRequest):
        session.execute(delete(child).where(child.item_pk == pk))
    session.execute(
        delete(HandlingLimits).where(
            HandlingLimits.record_kind == "thematic", HandlingLimits.record_id == item_id
        )
    )
    session.execute(delete(ThematicItem).where(ThematicItem.pk == pk))
    return summary
