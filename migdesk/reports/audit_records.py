"""The audit trail's «Запись» column in words: the kind of record as an officer names it
(«Запрос», «Лицо», «Пакет») and a human reference, not the code and raw id
(«request 56e2…»). A request, and a letter, file or document of one, is named by the
request's registration number and by its kind as the agreement names it («Информация без
запроса № 3-исх» for Art. 8 information, «Документ по запросу о подтверждении № 5-вх, шаг 2»);
any other record by a short id (a person by nothing more: the audit report names no person
beyond the id it already showed). Labels translate on lookup: the audit screen speaks the
interface language, its PDF is built in Russian."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from migdesk.messages import N_, _, lazy_table
from migdesk.models import AuditEntry
from migdesk.office.audit_log import RequestNumber
from migdesk.reports.documents.kinds import KINDS as DOCUMENT_KINDS

# Every record_kind the services write to the trail (``grep -rn "record_kind=" migdesk``),
# except the document kinds (``reports.documents.kinds``), which are «Документ» below.
RECORD_KINDS = lazy_table(
    {
        "person": N_("Лицо"),
        "request": N_("Запрос"),
        "attachment": N_("Вложение"),
        "bundle": N_("Пакет"),
        "thematic": N_("Тематическая информация"),
        "statistics": N_("Статистика"),
        "consent": N_("Согласие"),
        "signatory": N_("Подписант"),
        "form_blank": N_("Образец бланка"),
        "agreement": N_("Соглашение"),
        "authority": N_("Орган"),
        "journal": N_("Журнал регистрации"),
        "user": N_("Пользователь"),
    }
)
DOCUMENT = N_("Документ")

# The messages of the requests table by their kind (``Request.kind``, Art. 8 and 9.5), named
# as the request screens name them; a message is «{kind} № {number}».
MESSAGE_KINDS = lazy_table(
    {
        "request": N_("Запрос"),
        "information": N_("Информация без запроса"),
        "confirmation": N_("Запрос о подтверждении"),
    }
)
# A letter of a step, a file, any other document of a message, by the message's kind: each
# form whole, so that each language declines the message's name in its own way.
_STEP_FORMS = {
    "request": N_("{kind} по запросу № {number}, шаг {seq}"),
    "information": N_("{kind} к информации без запроса № {number}, шаг {seq}"),
    "confirmation": N_("{kind} по запросу о подтверждении № {number}, шаг {seq}"),
}
_FILE_FORMS = {
    "request": N_("{kind} к запросу № {number}, файл {file}"),
    "information": N_("{kind} к информации без запроса № {number}, файл {file}"),
    "confirmation": N_("{kind} к запросу о подтверждении № {number}, файл {file}"),
}
_OTHER_FORMS = {
    "request": N_("{kind} по запросу № {number}"),
    "information": N_("{kind} к информации без запроса № {number}"),
    "confirmation": N_("{kind} по запросу о подтверждении № {number}"),
}

# Kinds whose id is a request's or starts with it: ``REQUEST#SEQ`` (a step's letter),
# ``REQUEST/N`` (an attachment).
_STEP, _FILE = "#", "/"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def kind_label(kind: str | None) -> str:
    """The kind in words; an unknown kind stays its code (never an error)."""
    if not kind:
        return ""
    if kind in RECORD_KINDS:
        return RECORD_KINDS[kind]
    if kind in DOCUMENT_KINDS:
        return _(DOCUMENT)
    return kind


def _of_request(kind: str | None) -> bool:
    return bool(kind) and (kind in ("request", "attachment") or kind in DOCUMENT_KINDS)


def _base(record_id: str) -> tuple[str, str, str]:
    """(request id, separator, rest) of a request's, a letter's or a file's id."""
    for sep in (_STEP, _FILE):
        head, found, tail = record_id.partition(sep)
        if found:
            return head, sep, tail
    return record_id, "", ""


def request_of(kind: str | None, record_id: str | None) -> str | None:
    """The request whose registration number names this record, if it is one of a request."""
    return _base(record_id)[0] if record_id and _of_request(kind) else None


def request_ids(entries: Iterable[AuditEntry]) -> set[str]:
    """The requests whose registration numbers name the entries' records."""
    return {r for e in entries if (r := request_of(e.record_kind, e.record_id)) is not None}


def short_id(record_id: str) -> str:
    """Each UUID in the id cut to its first 8 characters («9a1f2c3d…»); names and codes
    (a user, an authority, a journal) stay whole."""
    return _UUID.sub(lambda m: m.group(0)[:8] + "…", record_id)


def _message_kind(number: str) -> str:
    """The kind of the message a number registers; a plain number, or a kind this code does
    not know, is a request's (the form the audit used before kinds were read)."""
    kind = number.kind if isinstance(number, RequestNumber) else "request"
    return kind if kind in MESSAGE_KINDS else "request"


def record_text(kind: str | None, record_id: str | None, number: str | None = None) -> str:
    """«Запрос № 12-вх», «Информация без запроса № 3-исх», «Документ по запросу № 12-вх,
    шаг 3», «Лицо 9a1f2c3d…»: the kind in words and the record's reference; ``number`` is
    the registration number of the message the record is or belongs to (``request_of``), if
    it is still stored — a ``RequestNumber`` names the message's kind too."""
    label = kind_label(kind)
    if not record_id:
        return label
    if number and _of_request(kind):
        message = _message_kind(number)
        _request, sep, rest = _base(record_id)
        if sep == _STEP:
            return _(_STEP_FORMS[message]).format(kind=label, number=number, seq=rest)
        if sep == _FILE:
            return _(_FILE_FORMS[message]).format(kind=label, number=number, file=rest)
        if kind == "request":
            return _("{kind} № {number}").format(kind=MESSAGE_KINDS[message], number=number)
        return _(_OTHER_FORMS[message]).format(kind=label, number=number)
    reference = short_id(record_id.removeprefix(f"{kind}:"))
    return f"{label} {reference}".strip()


def entry_record(entry: AuditEntry, numbers: Mapping[str, str]) -> str:
    """``record_text`` of an entry; ``numbers``: the requests' numbers by id."""
    request = request_of(entry.record_kind, entry.record_id)
    return record_text(entry.record_kind, entry.record_id, numbers.get(request or ""))
