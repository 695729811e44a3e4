"""Closed lists of the agreement and their Russian labels (Art. 4, 5, 10.4)."""

from __future__ import annotations

from migdesk.messages import N_, lazy_table

KINDS = lazy_table(
    {
        "request": N_("запрос (ст. 8, 9)"),
        "information": N_("информация без запроса (ст. 8)"),
        "confirmation": N_("запрос о подтверждении подлинности или содержания (п. 5 ст. 9)"),
    }
)
DIRECTIONS = lazy_table({"incoming": N_("входящий"), "outgoing": N_("исходящий")})
COUNTRIES = lazy_table({"KZ": N_("Республика Казахстан"), "AM": N_("Республика Армения")})

# Art. 5: what a request about citizens may ask for.
INFO_CATEGORIES = lazy_table(
    {
        "registration": N_(
            "учёт (регистрация) по месту пребывания (жительства) (подп. 1 п. 1 ст. 5)"
        ),
        "residence_status": N_("статус проживания и право на работу (подп. 2 п. 1 ст. 5)"),
        "citizenship": N_(
            "приём, восстановление в гражданстве, принадлежность к гражданству (подп. 3 п. 1 ст. 5)"
        ),
        "identity_documents": N_("документы, удостоверяющие личность (подп. 4 п. 1 ст. 5)"),
        "restrictions": N_("ограничения на въезд (выезд) и выдворение (п. 2 ст. 5)"),
    }
)

# Art. 10.4: the only grounds on which execution may be refused.
REFUSAL_GROUNDS = lazy_table(
    {
        "sovereignty": N_("ущерб суверенитету"),
        "security": N_("ущерб безопасности"),
        "public_order": N_("ущерб общественному порядку"),
        "other_essential_interests": N_("ущерб другим существенным интересам"),
        "national_law": N_("противоречие законодательству государства"),
        "international_obligations": N_("противоречие международным обязательствам государства"),
    }
)

# Art. 4: thematic information, not about one person.
THEMATIC_CATEGORIES = lazy_table(
    {
        "violations": N_("нарушения миграционного законодательства и каналы незаконной миграции"),
        "involved_parties": N_("юридические и физические лица, причастные к незаконной миграции"),
        "document_methods": N_("способы получения виз и иных документов для незаконной миграции"),
        "legislation": N_("миграционное законодательство и его изменения"),
        "prevention": N_("практика и меры предупреждения незаконной миграции"),
        "regulation": N_("методы регулирования внешней миграции"),
    }
)

# Human names of the field paths used in ValidationFailed (JSON names of the interchange).
FIELD_LABELS = lazy_table(
    {
        "kind": N_("Вид сообщения"),
        "from": N_("Запрашивающий орган"),
        "to": N_("Запрашиваемый орган"),
        "substance": N_("Существо запроса"),
        "purpose": N_("Цель запроса"),
        "justification": N_("Обоснование запроса"),
        "other_info": N_("Другая информация"),
        "cover_text": N_("Сопроводительный текст"),
        "related": N_("Сообщение, подлинность которого под сомнением"),
        "persons": N_("Лица"),
        "categories": N_("Категории сведений (ст. 5)"),
        "received_on": N_("Дата поступления"),
        "their_number": N_("Номер документа другой Стороны"),
        "their_date": N_("Дата документа другой Стороны"),
        "assignees": N_("Исполнители"),
        "attachments": N_("Вложения"),
        "on": N_("Дата шага"),
        "text": N_("Текст"),
        "reasons": N_("Причины отказа"),
        "grounds": N_("Основания отказа (п. 4 ст. 10)"),
        "answered": N_("Что исполнено"),
        "not_answered": N_("Что не исполнено"),
        "proceedings": N_("Производство, которому помешает исполнение"),
        "mode": N_("Отсрочка или условия"),
        "conditions": N_("Условия исполнения"),
        "until": N_("Срок"),
        "signatory": N_("Подписант"),
        "records": N_("Передаваемые записи"),
        "user": N_("Пользователь"),
        "authority": N_("Компетентный орган"),
        "position": N_("Должность"),
        "full_name": N_("Фамилия, имя, отчество"),
        "valid_from": N_("Действует с"),
        "valid_until": N_("Действует по"),
        "certificate_pem": N_("Сертификат"),
        "category": N_("Категория (ст. 4)"),
        "title": N_("Заголовок"),
        "reported_on": N_("Дата сведений"),
        "period_from": N_("Период с"),
        "period_until": N_("Период по"),
        "source_authority": N_("Источник"),
        "bundle_id": N_("Пакет"),
    }
)


def label(path: str) -> str:
    head = path.split("[", 1)[0].split(".", 1)[0]
    return FIELD_LABELS.get(head, path) + path[len(head) :]
