"""Closed lists of the agreement and their Russian labels (Art. 4, 5, 10.4)."""

from __future__ import annotations

KINDS = {
    "request": "запрос (ст. 8, 9)",
    "information": "информация без запроса (ст. 8)",
    "confirmation": "запрос о подтверждении подлинности или содержания (п. 5 ст. 9)",
}
DIRECTIONS = {"incoming": "входящий", "outgoing": "исходящий"}
COUNTRIES = {"KZ": "Республика Казахстан", "AM": "Республика Армения"}

# Art. 5: what a request about citizens may ask for.
INFO_CATEGORIES = {
    "registration": "учёт (регистрация) по месту пребывания (жительства) (подп. 1 п. 1 ст. 5)",
    "residence_status": "статус проживания и право на работу (подп. 2 п. 1 ст. 5)",
    "citizenship": "приём, восстановление в гражданстве, принадлежность к гражданству "
    "(подп. 3 п. 1 ст. 5)",
    "identity_documents": "документы, удостоверяющие личность (подп. 4 п. 1 ст. 5)",
    "restrictions": "ограничения на въезд (выезд) и выдворение (п. 2 ст. 5)",
}

# Art. 10.4: the only grounds on which execution may be refused.
REFUSAL_GROUNDS = {
    "sovereignty": "ущерб суверенитету",
    "security": "ущерб безопасности",
    "public_order": "ущерб общественному порядку",
    "other_essential_interests": "ущерб другим существенным интересам",
    "national_law": "противоречие законодательству государства",
    "international_obligations": "противоречие международным обязательствам государства",
}

# Art. 4: thematic information, not about one person.
THEMATIC_CATEGORIES = {
    "violations": "нарушения миграционного законодательства и каналы незаконной миграции",
    "involved_parties": "юридические и физические лица, причастные к незаконной миграции",
    "document_methods": "способы получения виз и иных документов для незаконной миграции",
    "legislation": "миграционное законодательство и его изменения",
    "prevention": "практика и меры предупреждения незаконной миграции",
    "regulation": "методы регулирования внешней миграции",
}

# Human names of the field paths used in ValidationFailed (JSON names of the interchange).
FIELD_LABELS = {
    "kind": "Вид сообщения",
    "from": "Запрашивающий орган",
    "to": "Запрашиваемый орган",
    "substance": "Существо запроса",
    "purpose": "Цель запроса",
    "justification": "Обоснование запроса",
    "other_info": "Другая информация",
    "cover_text": "Сопроводительный текст",
    "related": "Сообщение, подлинность которого под сомнением",
    "persons": "Лица",
    "categories": "Категории сведений (ст. 5)",
    "received_on": "Дата поступления",
    "their_number": "Номер документа другой Стороны",
    "their_date": "Дата документа другой Стороны",
    "assignees": "Исполнители",
    "attachments": "Вложения",
    "on": "Дата шага",
    "text": "Текст",
    "reasons": "Причины отказа",
    "grounds": "Основания отказа (п. 4 ст. 10)",
    "answered": "Что исполнено",
    "not_answered": "Что не исполнено",
    "proceedings": "Производство, которому помешает исполнение",
    "mode": "Отсрочка или условия",
    "conditions": "Условия исполнения",
    "until": "Срок",
    "signatory": "Подписант",
    "records": "Передаваемые записи",
    "user": "Пользователь",
    "authority": "Компетентный орган",
    "position": "Должность",
    "full_name": "Фамилия, имя, отчество",
    "valid_from": "Действует с",
    "valid_until": "Действует по",
    "certificate_pem": "Сертификат",
    "category": "Категория (ст. 4)",
    "title": "Заголовок",
    "reported_on": "Дата сведений",
    "period_from": "Период с",
    "period_until": "Период по",
    "source_authority": "Источник",
}


def label(path: str) -> str:
    head = path.split("[", 1)[0].split(".", 1)[0]
    return FIELD_LABELS.get(head, path) + path[len(head) :]
