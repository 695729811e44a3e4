"""The document kinds by name: what the CLI's ``--kind`` and the GUI's menu offer."""

from __future__ import annotations

KINDS: dict[str, str] = {
    "request": "исходящий запрос (п. 2 ст. 9)",
    "answer": "ответ о результатах исполнения запроса (п. 3 ст. 10)",
    "more-info": "запрос дополнительных сведений (абз. 2 п. 1 ст. 10)",
    "obstacle": "уведомление об обстоятельствах, препятствующих исполнению (абз. 3 п. 1 ст. 10)",
    "postponement": "уведомление об отсрочке или условиях исполнения (п. 2 ст. 10)",
    "refusal": "уведомление о полном или частичном отказе с причинами (п. 4 ст. 10)",
    "confirmation": "запрос о подтверждении подлинности или содержания (п. 5 ст. 9)",
    "cover-letter": "сопроводительное письмо к информации без запроса (ст. 8)",
    "confidentiality": "уведомление о невозможности исполнения запроса без нарушения "
    "конфиденциальности (абз. 2 п. 1 ст. 11)",
    "confidentiality-decision": "решение запрашивающей Стороны: исполнять без соблюдения "
    "конфиденциальности или отозвать запрос (абз. 2 п. 1 ст. 11)",
    "consent": "согласие или отказ в согласии на передачу третьей стороне (п. 3 ст. 11)",
    "person-sheet": "сведения о лице (ст. 6)",
    "transmittal": "реестр передачи пакетов обмена курьером",
    "destruction-act": "акт об уничтожении информации (п. 5 ст. 11)",
}

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
}
