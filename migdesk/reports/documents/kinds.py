"""The document kinds by name: what the CLI's ``--kind`` and the GUI's menu offer.

The labels translate on lookup (the GUI's menus speak the interface language); documents are
built in Russian (``in_russian``) and ``--json`` carries the Russian text."""

from __future__ import annotations

from migdesk.messages import N_, lazy_table

KINDS = lazy_table(
    {
        "request": N_("исходящий запрос (п. 2 ст. 9)"),
        "answer": N_("ответ о результатах исполнения запроса (п. 3 ст. 10)"),
        "more-info": N_("запрос дополнительных сведений (абз. 2 п. 1 ст. 10)"),
        "more-info-reply": N_(
            "направление дополнительных сведений, запрошенных другой Стороной (абз. 2 п. 1 ст. 10)"
        ),
        "obstacle": N_(
            "уведомление об обстоятельствах, препятствующих исполнению (абз. 3 п. 1 ст. 10)"
        ),
        "postponement": N_("уведомление об отсрочке или условиях исполнения (п. 2 ст. 10)"),
        "refusal": N_("уведомление о полном или частичном отказе с причинами (п. 4 ст. 10)"),
        "confirmation": N_("запрос о подтверждении подлинности или содержания (п. 5 ст. 9)"),
        "cover-letter": N_("сопроводительное письмо к информации без запроса (ст. 8)"),
        "confidentiality": N_(
            "уведомление о невозможности исполнения запроса без нарушения "
            "конфиденциальности (абз. 2 п. 1 ст. 11)"
        ),
        "confidentiality-decision": N_(
            "решение запрашивающей Стороны: исполнять без соблюдения "
            "конфиденциальности или отозвать запрос (абз. 2 п. 1 ст. 11)"
        ),
        "consent": N_("согласие или отказ в согласии на передачу третьей стороне (п. 3 ст. 11)"),
        "person-sheet": N_("сведения о лице (ст. 6)"),
        "transmittal": N_("реестр передачи пакетов обмена курьером"),
        "destruction-act": N_("акт об уничтожении информации (п. 5 ст. 11)"),
    }
)

# Kinds written from an outgoing message of ours, by the message's kind.
MESSAGE_KINDS = {
    "request": "request",
    "confirmation": "confirmation",
    "cover-letter": "information",
}
# Kinds that are our letter on an incoming request: the step actions they come from.
STEP_KINDS: dict[str, tuple[str, ...]] = {
    "answer": ("answer",),
    "more-info": ("more-info",),
    "obstacle": ("obstacle",),
    "postponement": ("postpone",),
    "refusal": ("refuse", "partial-refuse"),
    "consent": ("answer", "refuse"),
    "confidentiality": ("confidentiality-impossible",),
}
# Kinds that are our letter on an outgoing request (we are the requesting side).
OUTGOING_STEP_KINDS: dict[str, tuple[str, ...]] = {
    "confidentiality-decision": ("confidential-proceed", "confidential-withdraw"),
    "more-info-reply": ("more-info-sent",),
}
# Step letters whose signed PDF is kept with their step and travels with it (Art. 10); a
# consent letter is a letter of its own with its own number, not its step's.
KEPT_STEP_KINDS = frozenset({k for k in STEP_KINDS if k != "consent"} | set(OUTGOING_STEP_KINDS))
