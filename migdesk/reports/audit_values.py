"""Audit detail VALUES in words (issue 13, item 9): the audit screen and its PDF show a
step, state, refusal ground, role, direction or signature result by its Russian name, not
its code («шаг: подписание», not «action: sign»). The keys' labels are in
``migdesk.security.audit_labels``; the vocabularies named here live above that floor."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from migdesk.messages import N_, LazyTable, lazy_table, pgettext
from migdesk.models import AuditEntry
from migdesk.reports.audit_records import short_id
from migdesk.reports.documents.kinds import KINDS as DOCUMENT_KINDS
from migdesk.requests.vocab import DIRECTIONS, KINDS, REFUSAL_GROUNDS
from migdesk.requests.workflow import STATE_LABELS, Action
from migdesk.security.audit_labels import HIDDEN_TEXT, details_text
from migdesk.security.roles import ROLE_LABELS


class _StepLabels(LazyTable[str]):
    """«направление» alone is a direction (incoming, outgoing); as a step it is the sending."""

    def __getitem__(self, key: str) -> str:
        if key == Action.SEND:
            return pgettext("шаг", "направление")
        return super().__getitem__(key)


# A step as an event of the trail (a noun: what was done). Every label translates on lookup:
# the audit screen speaks the interface language, its PDF is built in Russian (in_russian).
STEP_LABELS = _StepLabels(
    {
        Action.CREATE: N_("создание проекта"),
        Action.REGISTER: N_("регистрация"),
        Action.START: N_("начало исполнения"),
        Action.SIGN: N_("подписание"),
        Action.SEND: N_("направление"),
        Action.MORE_INFO: N_("запрос дополнительных сведений"),
        Action.MORE_INFO_RECEIVED: N_("получение дополнительных сведений"),
        Action.MORE_INFO_SENT: N_("направление дополнительных сведений"),
        Action.OBSTACLE: N_("уведомление о препятствиях"),
        Action.POSTPONE: N_("отсрочка или условия исполнения"),
        Action.RESUME: N_("возобновление исполнения"),
        Action.ANSWER: N_("ответ"),
        Action.REFUSE: N_("отказ"),
        Action.PARTIAL_REFUSE: N_("частичный отказ"),
        Action.WITHDRAW: N_("отзыв запроса"),
        Action.CANCEL: N_("аннулирование проекта"),
        Action.CONFIDENTIALITY_IMPOSSIBLE: N_(
            "уведомление о невозможности сохранить конфиденциальность"
        ),
        Action.CONFIDENTIAL_PROCEED: N_("согласие на исполнение без конфиденциальности"),
        Action.CONFIDENTIAL_WITHDRAW: N_("отзыв запроса из-за конфиденциальности"),
    }
)


class _ByCode(Mapping[str, str]):
    """Labels by their code's text from the first table that has it, translated on lookup
    (the tables' keys are StrEnum members or strings)."""

    def __init__(self, *tables: Mapping[Any, str]) -> None:
        self._tables = tables

    def __getitem__(self, key: str) -> str:
        for table in self._tables:
            if key in table:
                return table[key]
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(str(code) for table in self._tables for code in table))

    def __len__(self) -> int:
        return sum(1 for _code in self)


ROLES = _ByCode(ROLE_LABELS)
SIGNATURE_RESULTS = lazy_table(
    {
        "valid": N_("действительна"),
        "broken": N_("нарушена"),
        "untrusted": N_("подписант не подтверждён"),
        "modified": N_("документ изменён после подписания"),
        "unsigned": N_("подписи нет"),
    }
)


class _ShortIds(Mapping[str, str]):
    """Any value with each UUID in it cut short («9a1f2c3d…»), as the «Запись» column names
    a record: the persons a creation found as possible duplicates, the one merged away."""

    def __getitem__(self, key: str) -> str:
        return short_id(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


SHORT_IDS = _ShortIds()

VALUE_LABELS: Mapping[str, Mapping[str, str]] = {
    "action": STEP_LABELS,
    "state": _ByCode(STATE_LABELS),
    "grounds": REFUSAL_GROUNDS,
    "role": ROLES,
    "roles": ROLES,
    "direction": DIRECTIONS,
    "kind": _ByCode(KINDS, DOCUMENT_KINDS),  # a message's kind, else a document's
    "mode": lazy_table({"postpone": N_("отсрочка"), "conditions": N_("исполнение на условиях")}),
    "statuses": SIGNATURE_RESULTS,
    "duplicates": SHORT_IDS,
    "sources": lazy_table({"window": N_("окно программы"), "cli": N_("командная строка")}),
    "absorbed": SHORT_IDS,
    "other": SHORT_IDS,
    "reason": lazy_table({HIDDEN_TEXT: HIDDEN_TEXT}),  # in the reader's language; text as typed
}


def audit_details(entry: AuditEntry) -> str:
    """The entry's details as «label: value», values in words where they are codes."""
    return details_text(entry, VALUE_LABELS)
