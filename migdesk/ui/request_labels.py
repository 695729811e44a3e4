"""How request steps, kinds and directions read in the interface (buttons, history, titles)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


def action_label(direction: str, action: str) -> str:
    """Button text of a step. On an outgoing request most steps record the partner's letter."""
    if direction == "incoming":
        incoming = {
            "register": translate("RequestActions", "Зарегистрирован"),
            "start": translate("RequestActions", "Взять в работу"),
            "more-info": translate("RequestActions", "Запросить дополнительные сведения…"),
            "more-info-received": translate("RequestActions", "Дополнительные сведения получены"),
            "obstacle": translate("RequestActions", "Уведомить о препятствиях или задержке…"),
            "postpone": translate("RequestActions", "Отложить или поставить условия…"),
            "resume": translate("RequestActions", "Возобновить исполнение"),
            "answer": translate("RequestActions", "Ответить…"),
            "refuse": translate("RequestActions", "Отказать в исполнении…"),
            "partial-refuse": translate("RequestActions", "Исполнить частично…"),
            "withdraw": translate("RequestActions", "Отозван другой Стороной"),
            "confidentiality-impossible": translate(
                "RequestActions", "Уведомить: без нарушения конфиденциальности не исполнить…"
            ),
            "confidential-proceed": translate(
                "RequestActions", "Другая Сторона согласна на исполнение без конфиденциальности…"
            ),
            "confidential-withdraw": translate(
                "RequestActions", "Другая Сторона отозвала запрос (конфиденциальность)…"
            ),
        }
        return incoming.get(action, action)
    outgoing = {
        "create": translate("RequestActions", "Создан проект"),
        "sign": translate("RequestActions", "Подписать…"),
        "send": translate("RequestActions", "Направить"),
        "cancel": translate("RequestActions", "Аннулировать проект"),
        "more-info": translate("RequestActions", "Другая Сторона просит дополнительные сведения…"),
        "more-info-sent": translate("RequestActions", "Дополнительные сведения направлены"),
        "obstacle": translate("RequestActions", "Получено уведомление о препятствиях…"),
        "postpone": translate("RequestActions", "Получено уведомление об отсрочке…"),
        "resume": translate("RequestActions", "Исполнение возобновлено"),
        "answer": translate("RequestActions", "Получен ответ…"),
        "refuse": translate("RequestActions", "Получен отказ…"),
        "partial-refuse": translate("RequestActions", "Получен частичный отказ…"),
        "withdraw": translate("RequestActions", "Отозвать запрос"),
        "confidentiality-impossible": translate(
            "RequestActions", "Получено уведомление: конфиденциальность не соблюсти…"
        ),
        "confidential-proceed": translate(
            "RequestActions", "Согласиться на исполнение без конфиденциальности…"
        ),
        "confidential-withdraw": translate(
            "RequestActions", "Отозвать запрос: конфиденциальность не соблюсти…"
        ),
    }
    return outgoing.get(action, action)


def step_name(direction: str, action: str) -> str:
    """The step as a line of the history: what happened, not the button's command (issue
    13.15: «Подписать», «Направить» read like a machine log)."""
    if direction == "incoming":
        incoming = {
            "register": translate("RequestSteps", "Зарегистрирован"),
            "start": translate("RequestSteps", "Взят в работу"),
            "more-info": translate("RequestSteps", "Запрошены дополнительные сведения"),
            "more-info-received": translate("RequestSteps", "Дополнительные сведения получены"),
            "obstacle": translate("RequestSteps", "Направлено уведомление о препятствиях"),
            "postpone": translate("RequestSteps", "Исполнение отложено или поставлены условия"),
            "resume": translate("RequestSteps", "Исполнение возобновлено"),
            "answer": translate("RequestSteps", "Направлен ответ"),
            "refuse": translate("RequestSteps", "Отказано в исполнении"),
            "partial-refuse": translate("RequestSteps", "Исполнен частично"),
            "withdraw": translate("RequestSteps", "Отозван другой Стороной"),
            "confidentiality-impossible": translate(
                "RequestSteps", "Сообщено: без нарушения конфиденциальности не исполнить"
            ),
            "confidential-proceed": translate(
                "RequestSteps", "Другая Сторона согласна на исполнение без конфиденциальности"
            ),
            "confidential-withdraw": translate(
                "RequestSteps", "Другая Сторона отозвала запрос (конфиденциальность)"
            ),
        }
        return incoming.get(action, action_label(direction, action).rstrip("…"))
    outgoing = {
        "create": translate("RequestSteps", "Создан проект"),
        "sign": translate("RequestSteps", "Подписан"),
        "send": translate("RequestSteps", "Направлен"),
        "cancel": translate("RequestSteps", "Проект аннулирован"),
        "more-info": translate("RequestSteps", "Другая Сторона просит дополнительные сведения"),
        "more-info-sent": translate("RequestSteps", "Дополнительные сведения направлены"),
        "obstacle": translate("RequestSteps", "Получено уведомление о препятствиях"),
        "postpone": translate("RequestSteps", "Получено уведомление об отсрочке"),
        "resume": translate("RequestSteps", "Исполнение возобновлено"),
        "answer": translate("RequestSteps", "Получен ответ"),
        "refuse": translate("RequestSteps", "Получен отказ"),
        "partial-refuse": translate("RequestSteps", "Получен частичный отказ"),
        "withdraw": translate("RequestSteps", "Запрос отозван"),
        "confidentiality-impossible": translate(
            "RequestSteps", "Получено уведомление: конфиденциальность не соблюсти"
        ),
        "confidential-proceed": translate(
            "RequestSteps", "Дано согласие на исполнение без конфиденциальности"
        ),
        "confidential-withdraw": translate(
            "RequestSteps", "Запрос отозван: конфиденциальность не соблюсти"
        ),
    }
    return outgoing.get(action, action_label(direction, action).rstrip("…"))


def kind_label(kind: str) -> str:
    labels = {
        "request": translate("RequestLabels", "Запрос"),
        "information": translate("RequestLabels", "Информация без запроса"),
        "confirmation": translate("RequestLabels", "Запрос о подтверждении"),
    }
    return labels.get(kind, kind)


def direction_label(direction: str) -> str:
    labels = {
        "incoming": translate("RequestLabels", "входящий"),
        "outgoing": translate("RequestLabels", "исходящий"),
    }
    return labels.get(direction, direction)
