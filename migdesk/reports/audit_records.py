"""The audit trail's «Запись» column in words: the kind of record as an officer names it
(«Запрос», «Лицо», «Пакет») and a human reference, not the code and raw id
(«request 56e2…»). A request, and a letter, file or document of one, is named by the
request's registration number; any other record by a short id (a person by nothing more:
the audit report names no person beyond the id it already showed). Labels translate on
lookup: the audit screen speaks the interface language, its PDF is built in Russian."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from migdesk.messages import N_, _, lazy_table
from migdesk.models import AuditEntry
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


def record_text(kind: str | None, record_id: str | None, number: str | None = None) -> str:
    """«Запрос № 12-вх», «Документ по запросу № 12-вх, шаг 3», «Лицо 9a1f2c3d…»: the kind
    in words and the record's reference; ``number`` is the registration number of the
    request the record is or belongs to (``request_of``), if it is still stored."""
    label = kind_label(kind)
    if not record_id:
        return label
    if number and _of_request(kind):
        _request, sep, rest = _base(record_id)
        if sep == _STEP:
            return _("{kind} по запросу № {number}, шаг {seq}").format(
                kind=label, number=number, seq=rest
            )
        if sep == _FILE:
            return _("{kind} к запросу № {number}, файл {file}").format(
                kind=label, number=number, file=rest
            )
        if kind == "request":
            return _("{kind} № {number}").format(kind=label, number=number)
        return _("{kind} по запросу № {number}").format(kind=label, number=number)
    reference = short_id(record_id.removeprefix(f"{kind}:"))
    return f"{label} {reference}".strip()


def entry_record(entry: AuditEntry, numbers: Mapping[str, str]) -> str:
    """``record_text`` of an entry; ``numbers``: the requests' numbers by id."""
    request = request_of(entry.record_kind, entry.record_id)
    return record_text(entry.record_kind, entry.record_id, numbers.get(request or ""))
