"""Audit detail VALUES in words (issue 13, item 9): the audit screen and its PDF show a
step, state, refusal ground, role, direction or signature result by its Russian name, not
its code («шаг: подписание», not «action: sign»). The keys' labels are in
``migdesk.security.audit_labels``; the vocabularies named here live above that floor."""

from __future__ import annotations

from collections.abc import Mapping

from migdesk.models import AuditEntry
from migdesk.reports.documents.kinds import KINDS as DOCUMENT_KINDS
from migdesk.requests.vocab import DIRECTIONS, KINDS, REFUSAL_GROUNDS
from migdesk.requests.workflow import STATE_LABELS, Action
from migdesk.security.audit_labels import details_text
from migdesk.security.roles import ROLE_LABELS

# A step as an event of the trail (a noun: what was done).
STEP_LABELS: dict[str, str] = {
    Action.CREATE: "создание проекта",
    Action.REGISTER: "регистрация",
    Action.START: "начало исполнения",
    Action.SIGN: "подписание",
    Action.SEND: "направление",
    Action.MORE_INFO: "запрос дополнительных сведений",
    Action.MORE_INFO_RECEIVED: "получение дополнительных сведений",
    Action.MORE_INFO_SENT: "направление дополнительных сведений",
    Action.OBSTACLE: "уведомление о препятствиях",
    Action.POSTPONE: "отсрочка или условия исполнения",
    Action.RESUME: "возобновление исполнения",
    Action.ANSWER: "ответ",
    Action.REFUSE: "отказ",
    Action.PARTIAL_REFUSE: "частичный отказ",
    Action.WITHDRAW: "отзыв запроса",
    Action.CANCEL: "аннулирование проекта",
    Action.CONFIDENTIALITY_IMPOSSIBLE: "уведомление о невозможности сохранить конфиденциальность",
    Action.CONFIDENTIAL_PROCEED: "согласие на исполнение без конфиденциальности",
    Action.CONFIDENTIAL_WITHDRAW: "отзыв запроса из-за конфиденциальности",
}
ROLES = {str(code): label for code, label in ROLE_LABELS.items()}
SIGNATURE_RESULTS = {
    "valid": "действительна",
    "broken": "нарушена",
    "untrusted": "подписант не подтверждён",
    "modified": "документ изменён после подписания",
    "unsigned": "подписи нет",
}

VALUE_LABELS: Mapping[str, Mapping[str, str]] = {
    "action": STEP_LABELS,
    "state": {str(code): label for code, label in STATE_LABELS.items()},
    "grounds": REFUSAL_GROUNDS,
    "role": ROLES,
    "roles": ROLES,
    "direction": DIRECTIONS,
    "kind": {**DOCUMENT_KINDS, **KINDS},  # a document's kind, or a message's
    "mode": {"postpone": "отсрочка", "conditions": "исполнение на условиях"},
    "statuses": SIGNATURE_RESULTS,
}


def audit_details(entry: AuditEntry) -> str:
    """The entry's details as «label: value», values in words where they are codes."""
    return details_text(entry, VALUE_LABELS)
