"""Notice of full or partial refusal to execute a request, with its reasons (Art. 10.4)."""

from __future__ import annotations

from collections.abc import Sequence

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import Parties, our_incoming, request_reply
from migdesk.requests.records import RequestView, StepView

# Art. 10.4 in its own words, split by ground: what execution «может нанести ущерб» and
# what it «противоречит» (of the refusing side's state).
HARMS = {
    "sovereignty": "суверенитету",
    "security": "безопасности",
    "public_order": "общественному порядку",
    "other_essential_interests": "другим существенным интересам",
}
CONFLICTS = {
    "national_law": "законодательству",
    "international_obligations": "международным обязательствам",
}
# Genitive of the state, for «законодательству Республики Казахстан».
STATE_GENITIVE = {"KZ": "Республики Казахстан", "AM": "Республики Армения"}

KIND = "refusal"
ACTIONS = ("refuse", "partial-refuse")


def _listed(words: list[str], conjunction: str = "и") -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {conjunction} {words[-1]}"


def grounds_clause(grounds: list[str], country: str) -> str:
    """«, поскольку его выполнение может нанести ущерб безопасности и противоречит
    законодательству Республики Казахстан»: only the grounds chosen, in the article's words."""
    harms = [HARMS[g] for g in HARMS if g in grounds]
    conflicts = [CONFLICTS[g] for g in CONFLICTS if g in grounds]
    parts = []
    if harms:
        parts.append("может нанести ущерб " + _listed(harms))
    if conflicts:
        state = STATE_GENITIVE.get(country, "нашего государства")
        parts.append("противоречит " + _listed(conflicts) + " " + state)
    if not parts:
        return ""
    return ", поскольку его выполнение " + " и ".join(parts)


def build(
    view: RequestView, step: StepView, parties: Parties, attachments: Sequence[Attachment]
) -> Document:
    partial = step.action == "partial-refuse"
    country = view.to_code.split("-", 1)[0]
    because = grounds_clause(list(step.details.get("grounds", [])), country)
    ours = our_incoming(view.number, view.received_on)
    body: list[Block] = [
        Text(
            f"Уведомляем о том, что в исполнении Вашего запроса ({ours}) "
            f"{'частично ' if partial else ''}отказано на "
            f"основании пункта 4 статьи 10 Соглашения{because}."
        ),
        Text(str(step.details.get("reasons", "")), label="Причины отказа"),
    ]
    if partial:
        body.append(Text(str(step.details.get("answered", "")), label="Исполнено"))
        body.append(Text(str(step.details.get("not_answered", "")), label="Не исполнено"))
    if step.text:
        body.append(Text(step.text))
    return request_reply(
        KIND,
        view,
        step,
        parties,
        heading=(
            "О частичном отказе в исполнении запроса"
            if partial
            else "Об отказе в исполнении запроса"
        ),
        body=body,
        attachments=attachments,
    )
