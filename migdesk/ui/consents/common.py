"""Labels shared by the consent screens: direction, target, status, the record's name.

The status wording is the CLI's (``migdesk.cli.consent_cmds.STATUS_TEXT``), repeated here as
literal ``translate`` calls so that lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from migdesk.office.consent_inbox import DECISIONS, INCOMING, RECEIVED, ConsentView
from migdesk.persons.service import PersonService
from migdesk.ui.exchange.common import authority_text
from migdesk.ui.person_picker import person_labels
from migdesk.vault import Vault

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


def direction_text(view: ConsentView) -> str:
    if view.direction == INCOMING:
        return translate("Consents", "← входящий")
    return translate("Consents", "→ исходящий")


def target_text(view: ConsentView, names: Mapping[str, str] | None = None) -> str:
    """Whom the record would go to (with ``names``: code and name, else the code), or that it
    is another use (Art. 11.2)."""
    if view.recipient:
        return view.recipient if names is None else authority_text(view.recipient, names)
    return other_use_text()


def other_use_text() -> str:
    return translate("Consents", "другая цель (ст.\u00a011.2)")


def _status_labels() -> dict[str, str]:
    return {
        "requested": translate("Consents", "запрошено, ждёт отправки"),
        "sent": translate("Consents", "запрос отправлен"),
        "received": translate("Consents", "ждёт ответа"),
        "granted": translate("Consents", "согласие"),
        "refused": translate("Consents", "отказ"),
    }


def _not_sent_suffix() -> str:
    return translate("Consents", ", ждёт отправки")


def status_text(view: ConsentView) -> str:
    text = _status_labels().get(view.status, view.status)
    # Our decision on an incoming request is recorded but has not left in a bundle yet.
    if view.answer_sent is False and view.status != RECEIVED:
        text += _not_sent_suffix()
    return text


def status_texts() -> list[str]:
    """Every status a row can show (to size its column once)."""
    labels = _status_labels()
    decided = [labels[status] + _not_sent_suffix() for status in DECISIONS]
    return [*labels.values(), *decided]


def awaiting_answer(view: ConsentView) -> bool:
    """An incoming request we have not decided yet: the one the answer dialog is for."""
    return view.direction == INCOMING and view.status == RECEIVED


def record_labels(vault: Vault, views: list[ConsentView]) -> dict[str, str]:
    """Record id → «Фамилия Имя Отчество, дата рождения…» for persons still in this vault,
    else the id. One query for all rows, and no «person.view» audit entry per row on every
    refresh (a list of names, like the registry, is not a view of the record)."""
    ids = sorted({v.record_id for v in views if v.record_kind == "person"})
    labels = person_labels(PersonService(vault), ids)
    return {v.record_id: labels.get(v.record_id, v.record_id) for v in views}
