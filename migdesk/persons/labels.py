"""Russian names of person-record fields and code values, shared by messages, GUI and PDFs."""

from __future__ import annotations

from migdesk.messages import N_, lazy_table

FIELD_LABELS = lazy_table(
    {
        "id": N_("Идентификатор"),
        "surname_ru": N_("Фамилия (рус.)"),
        "given_name_ru": N_("Имя (рус.)"),
        "patronymic_ru": N_("Отчество (рус.)"),
        "surname_lat": N_("Фамилия (лат.)"),
        "given_name_lat": N_("Имя (лат.)"),
        "patronymic_lat": N_("Отчество (лат.)"),
        "sex": N_("Пол"),
        "birth_date": N_("Дата рождения"),
        "birth_place": N_("Место рождения"),
        "citizenship": N_("Гражданство"),
        "personal_number": N_("Персональный номер"),
        "personal_number_kind": N_("Вид персонального номера"),
        "documents": N_("Документы"),
        "administrative_liability": N_("Административная ответственность"),
        "criminal_liability": N_("Уголовная ответственность"),
        "registrations": N_("Учёт (регистрация)"),
        "residence_permits": N_("Разрешения на проживание и право на работу"),
        "citizenship_acts": N_("Приём и восстановление в гражданстве"),
        "restrictions": N_("Ограничения на въезд и выезд, выдворение"),
        "photos": N_("Фотографии"),
        "fingerprint_card": N_("Дактилоскопическая карта"),
        "notes": N_("Примечания"),
        "keep_until": N_("Хранить до"),
        # sub-record fields
        "kind": N_("вид"),
        "series": N_("серия"),
        "number": N_("номер"),
        "issuing_country": N_("государство выдачи"),
        "issued_on": N_("дата выдачи"),
        "issued_by": N_("кем выдан"),
        "employer_name": N_("работодатель"),
        "employer_number": N_("БИН/ИНН работодателя"),
        "employer_address": N_("адрес работодателя"),
        "valid_from": N_("действует с"),
        "valid_until": N_("действителен до"),
        "country": N_("государство"),
        "decided_on": N_("дата решения"),
        "authority": N_("орган"),
        "legal_basis": N_("статья (основание)"),
        "description": N_("описание"),
        "penalty": N_("мера"),
        "address": N_("адрес"),
        "decision_number": N_("номер решения"),
        "imposed_on": N_("дата решения"),
        "grounds": N_("основания"),
        "imposed_by": N_("кем принято решение"),
        "mime": N_("формат"),
        "data_base64": N_("данные"),
        "sha256": N_("контрольная сумма"),
        "captured_on": N_("дата съёмки"),
    }
)

SEX_LABELS = lazy_table({"M": N_("мужской"), "F": N_("женский")})

DOCUMENT_KINDS = lazy_table(
    {
        "passport": N_("заграничный паспорт"),
        "national_passport": N_("национальный (внутренний) паспорт"),
        "id_card": N_("удостоверение личности"),
        "residence_permit_card": N_("вид на жительство"),
        "stateless_travel_document": N_("документ лица без гражданства"),
        "refugee_travel_document": N_("проездной документ беженца"),
        "birth_certificate": N_("свидетельство о рождении"),
        "return_certificate": N_("свидетельство на возвращение"),
        "other": N_("иной документ"),
    }
)
REGISTRATION_KINDS = lazy_table(
    {"stay": N_("по месту пребывания"), "residence": N_("по месту жительства")}
)
PERMIT_KINDS = lazy_table(
    {
        "special_status": N_("специальный статус проживания"),
        "temporary_residence": N_("разрешение на временное проживание"),
        "permanent_residence": N_("разрешение на постоянное проживание"),
        "work_permit": N_("право на работу"),
    }
)
CITIZENSHIP_ACT_KINDS = lazy_table(
    {
        "admission": N_("приём в гражданство"),
        "restoration": N_("восстановление в гражданстве"),
        "affiliation": N_("подтверждение принадлежности к гражданству"),
    }
)
RESTRICTION_KINDS = lazy_table(
    {
        "entry_ban": N_("неразрешение въезда"),
        "exit_restriction": N_("ограничение на выезд"),
        "expulsion": N_("выдворение"),
    }
)
PERSONAL_NUMBER_KINDS = lazy_table(
    {
        "KZ_IIN": N_("ИИН (Казахстан)"),
        "AM_PSN": N_("номер социальной услуги (Армения)"),
        "OTHER": N_("иной"),
    }
)


def field_label(path: str) -> str:
    """``documents[1].number`` → «Документы № 2: номер»."""
    parts = path.replace("]", "").split(".")
    words: list[str] = []
    for part in parts:
        name, _, index = part.partition("[")
        label = FIELD_LABELS.get(name, name)
        words.append(f"{label} № {int(index) + 1}" if index else label)
    return ": ".join(words)
