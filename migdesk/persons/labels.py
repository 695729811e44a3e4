"""Russian names of person-record fields and code values, shared by messages, GUI and PDFs."""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "id": "Идентификатор",
    "surname_ru": "Фамилия (рус.)",
    "given_name_ru": "Имя (рус.)",
    "patronymic_ru": "Отчество (рус.)",
    "surname_lat": "Фамилия (лат.)",
    "given_name_lat": "Имя (лат.)",
    "patronymic_lat": "Отчество (лат.)",
    "sex": "Пол",
    "birth_date": "Дата рождения",
    "birth_place": "Место рождения",
    "citizenship": "Гражданство",
    "personal_number": "Персональный номер",
    "personal_number_kind": "Вид персонального номера",
    "documents": "Документы",
    "administrative_liability": "Административная ответственность",
    "criminal_liability": "Уголовная ответственность",
    "registrations": "Учёт (регистрация)",
    "residence_permits": "Разрешения на проживание и право на работу",
    "citizenship_acts": "Приём и восстановление в гражданстве",
    "restrictions": "Ограничения на въезд и выезд, выдворение",
    "photos": "Фотографии",
    "fingerprint_card": "Дактилоскопическая карта",
    "notes": "Примечания",
    "keep_until": "Хранить до",
    # sub-record fields
    "kind": "вид",
    "series": "серия",
    "number": "номер",
    "issuing_country": "государство выдачи",
    "issued_on": "дата выдачи",
    "issued_by": "кем выдан",
    "employer_name": "работодатель",
    "employer_number": "БИН/ИНН работодателя",
    "employer_address": "адрес работодателя",
    "valid_from": "действует с",
    "valid_until": "действителен до",
    "country": "государство",
    "decided_on": "дата решения",
    "authority": "орган",
    "legal_basis": "статья (основание)",
    "description": "описание",
    "penalty": "мера",
    "address": "адрес",
    "decision_number": "номер решения",
    "imposed_on": "дата решения",
    "grounds": "основания",
    "imposed_by": "кем принято решение",
    "mime": "формат",
    "data_base64": "данные",
    "sha256": "контрольная сумма",
    "captured_on": "дата съёмки",
}

SEX_LABELS = {"M": "мужской", "F": "женский"}

DOCUMENT_KINDS = {
    "passport": "заграничный паспорт",
    "national_passport": "национальный (внутренний) паспорт",
    "id_card": "удостоверение личности",
    "residence_permit_card": "вид на жительство",
    "stateless_travel_document": "документ лица без гражданства",
    "refugee_travel_document": "проездной документ беженца",
    "birth_certificate": "свидетельство о рождении",
    "return_certificate": "свидетельство на возвращение",
    "other": "иной документ",
}
REGISTRATION_KINDS = {"stay": "по месту пребывания", "residence": "по месту жительства"}
PERMIT_KINDS = {
    "special_status": "специальный статус проживания",
    "temporary_residence": "разрешение на временное проживание",
    "permanent_residence": "разрешение на постоянное проживание",
    "work_permit": "право на работу",
}
CITIZENSHIP_ACT_KINDS = {
    "admission": "приём в гражданство",
    "restoration": "восстановление в гражданстве",
    "affiliation": "подтверждение принадлежности к гражданству",
}
RESTRICTION_KINDS = {
    "entry_ban": "неразрешение въезда",
    "exit_restriction": "ограничение на выезд",
    "expulsion": "выдворение",
}
PERSONAL_NUMBER_KINDS = {
    "KZ_IIN": "ИИН (Казахстан)",
    "AM_PSN": "номер социальной услуги (Армения)",
    "OTHER": "иной",
}


def field_label(path: str) -> str:
    """``documents[1].number`` → «Документы № 2: номер»."""
    parts = path.replace("]", "").split(".")
    words: list[str] = []
    for part in parts:
        name, _, index = part.partition("[")
        label = FIELD_LABELS.get(name, name)
        words.append(f"{label} № {int(index) + 1}" if index else label)
    return ": ".join(words)
