"""Person JSON (the interchange format) ⇄ validated, normalised data.

The database side (rows ⇄ data) is ``migdesk.persons.person_rows``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from migdesk.errors import ValidationFailed
from migdesk.identity.countries import is_valid_country
from migdesk.identity.iin import check_am_psn, check_iin, has_valid_check_digit
from migdesk.identity.partial_date import PartialDateError, parse_partial_date, partial_date_range
from migdesk.identity.translit import has_cyrillic, to_latin
from migdesk.messages import _
from migdesk.persons.labels import field_label
from migdesk.persons.schema import schema_problems

NAME_FIELDS = ("surname", "given_name", "patronymic")
SCALAR_FIELDS = (
    *(f"{n}_ru" for n in NAME_FIELDS),
    *(f"{n}_lat" for n in NAME_FIELDS),
    "sex",
    "birth_date",
    "birth_place",
    "personal_number",
    "personal_number_kind",
    "notes",
)
LIST_FIELDS = (
    "citizenship",
    "documents",
    "administrative_liability",
    "criminal_liability",
    "registrations",
    "residence_permits",
    "citizenship_acts",
    "restrictions",
    "photos",
)
ALL_FIELDS = (*SCALAR_FIELDS, *LIST_FIELDS, "fingerprint_card", "keep_until")
MAX_MEDIA_BYTES = 20 * 1024 * 1024

_LATIN_NAME = re.compile(r"^[A-Z][A-Z' -]*$")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# The Armenian alphabet and its ligatures (issue 15): an Armenian name typed into a Russian
# field is the wrong field or the wrong layout; Kazakh Cyrillic letters (Ә, Ғ, Қ…) are fine.
_ARMENIAN_LETTER = re.compile(r"[\u0531-\u058f\ufb13-\ufb17]")
_SUBRECORD_DATES = (
    "issued_on",
    "valid_from",
    "valid_until",
    "decided_on",
    "imposed_on",
    "captured_on",
)


@dataclass
class CheckedPerson:
    """Input that passed validation: every field present, normalised, ready to store."""

    data: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = re.sub(r"\s+", " ", value).strip()
        return value or None
    return value


def normalise_document_number(series: str | None, number: str) -> str:
    return re.sub(r"[^0-9A-ZА-ЯЁ]", "", f"{series or ''}{number}".upper())


def empty_person() -> dict[str, Any]:
    data: dict[str, Any] = dict.fromkeys(SCALAR_FIELDS)
    data.update({name: [] for name in LIST_FIELDS})
    data["fingerprint_card"] = None
    data["keep_until"] = None
    return data


def check_person(raw: Any) -> CheckedPerson:
    """Validate person JSON; raise ``ValidationFailed`` naming every bad field."""
    problems = schema_problems(raw)
    if problems:
        raise _failed(problems)
    data = empty_person()
    data.update({k: _clean(v) for k, v in raw.items() if k not in {"schema_version", "revision"}})
    warnings: list[str] = []
    problems = {}

    def fail(path: str, message: str) -> None:
        problems.setdefault(path, message)

    _check_names(data, fail)
    _check_dates(data, fail)
    _check_keep_until(data, fail)
    _check_countries(data, fail)
    _check_media(data, fail)
    _check_employers(data, fail)
    warnings.extend(_check_personal_number(data))
    if problems:
        raise _failed(problems)
    warnings.extend(_before_birth(data))
    if data.get("id") is None:
        data["id"] = str(uuid.uuid4())
    else:
        data["id"] = str(uuid.UUID(data["id"]))
    for name in NAME_FIELDS:
        ru, lat = data[f"{name}_ru"], data[f"{name}_lat"]
        if lat is None and ru is not None:
            data[f"{name}_lat"] = to_latin(ru) or None
    return CheckedPerson(data=data, warnings=warnings)


def derived_latin(russian: str | None) -> str | None:
    """What an empty Latin name is filled with for this Russian one."""
    return (to_latin(russian) or None) if russian else None


def _failed(problems: dict[str, str]) -> ValidationFailed:
    return ValidationFailed(
        problems, {path: field_label(path) if path else _("запись") for path in problems}
    )


def prepare_trusted(raw: dict[str, Any]) -> dict[str, Any]:
    """Normalise records MigDesk generated itself (demo data): no schema pass, same shape."""
    data = empty_person()
    data.update({k: _clean(v) for k, v in raw.items() if k not in {"schema_version", "revision"}})
    data["id"] = data.get("id") or str(uuid.uuid4())
    for name in NAME_FIELDS:
        if data[f"{name}_lat"] is None and data[f"{name}_ru"] is not None:
            data[f"{name}_lat"] = to_latin(data[f"{name}_ru"]) or None
    return data


# What keyboards, word processors and Uzbek Latin put for the apostrophe (O’Brien, Oʻktam)
# and the hyphen (Smith–Jones): one plain form, so the Latin rule, transliteration, search
# and the duplicate check see the same name however it was typed.
_NAME_PUNCTUATION = str.maketrans(
    dict.fromkeys("\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032", "'")
    | dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-")
)


def _quoted(letters: Any) -> str:
    """«А», «О»: each letter once, in the order typed."""
    return ", ".join(f"«{c}»" for c in dict.fromkeys(letters))


def _check_names(data: dict[str, Any], fail: Any) -> None:
    for key in (f"{name}_{script}" for name in NAME_FIELDS for script in ("ru", "lat")):
        if data[key]:
            data[key] = data[key].translate(_NAME_PUNCTUATION)
    if not data["surname_ru"] and not data["surname_lat"]:
        fail("surname_ru", _("укажите фамилию (на русском или латиницей)"))
    for name in NAME_FIELDS:
        ru, lat = data[f"{name}_ru"], data[f"{name}_lat"]
        if ru and _ARMENIAN_LETTER.search(ru):
            fail(
                f"{name}_ru",
                _(
                    "поле «{field_label}» пишется кириллицей: армянские буквы здесь "
                    "не допускаются (латиницей — в поле «{field_label2}»)"
                ).format(
                    field_label=field_label(f"{name}_ru"), field_label2=field_label(f"{name}_lat")
                ),
            )
        if ru and _LATIN_LETTER.search(ru):
            # Mixed scripts are usually look-alike letters typed on the wrong layout.
            fail(
                f"{name}_ru",
                _(
                    "русское написание содержит латинские буквы {letters}: "
                    "проверьте раскладку клавиатуры"
                ).format(letters=_quoted(_LATIN_LETTER.findall(ru))),
            )
        if lat:
            lat = lat.upper()
            data[f"{name}_lat"] = lat
            if has_cyrillic(lat):
                # «IVАNOVA» looks all Latin: name the letter, or the officer sees no fault.
                fail(
                    f"{name}_lat",
                    _(
                        "латинское написание содержит кириллические буквы {letters}: "
                        "проверьте раскладку клавиатуры"
                    ).format(letters=_quoted(c for c in lat if has_cyrillic(c))),
                )
            elif not _LATIN_NAME.match(lat):
                fail(
                    f"{name}_lat",
                    _("латинское написание допускает только буквы A–Z, пробел, дефис и апостроф"),
                )


# Dates that legitimately lie ahead: end of validity, end of a ban.
_FUTURE_OK = ("valid_until", "valid_from")


@lru_cache(maxsize=12288)
def _parsed_date(value: str, allow_future: bool, today: date) -> str:
    """``parse_partial_date``, cached (dates repeat a lot in a bundle). Only results are
    kept: a refusal is raised anew each time, worded in the language of the moment."""
    return parse_partial_date(value, today=today, allow_future=allow_future)


def _check_date(path: str, value: str | None, fail: Any) -> str | None:
    if value is None:
        return None
    try:
        return _parsed_date(value, path.endswith(_FUTURE_OK), date.today())
    except PartialDateError as exc:
        fail(path, str(exc))
        return value


# Dates of events in the person's own life: none can come before the birth.
_LIFE_DATES = ("issued_on", "valid_from", "decided_on", "imposed_on", "captured_on")


def _before_birth(data: dict[str, Any]) -> list[str]:
    """Sub-record dates that lie wholly before the birth date: a warning, like the IIN's,
    because a partner's record must still import (usually a mistyped year)."""
    try:
        born = partial_date_range(data["birth_date"])[0] if data["birth_date"] else None
    except ValueError:
        return []
    if born is None:
        return []
    warnings: list[str] = []
    for list_name in LIST_FIELDS:
        for index, item in enumerate(data[list_name]):
            for key in _LIFE_DATES if isinstance(item, dict) else ():
                try:
                    early = bool(item.get(key)) and partial_date_range(item[key])[1] < born
                except ValueError:
                    continue
                if early:
                    where = field_label(f"{list_name}[{index}].{key}")
                    warnings.append(_("{field} — раньше даты рождения").format(field=where))
    return warnings


def _check_dates(data: dict[str, Any], fail: Any) -> None:
    data["birth_date"] = _check_date("birth_date", data["birth_date"], fail)
    for list_name in LIST_FIELDS:
        for index, item in enumerate(data[list_name]):
            if not isinstance(item, dict):
                continue
            for key in _SUBRECORD_DATES:
                if item.get(key) is not None:
                    item[key] = _check_date(f"{list_name}[{index}].{key}", item[key], fail)
            start, end = item.get("valid_from"), item.get("valid_until")
            if start and end:
                try:
                    if partial_date_range(start)[0] > partial_date_range(end)[1]:
                        fail(
                            f"{list_name}[{index}].valid_until",
                            _("дата окончания раньше даты начала"),
                        )
                except ValueError:
                    pass


def _check_keep_until(data: dict[str, Any], fail: Any) -> None:
    value = data.get("keep_until")
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        fail("keep_until", _("неверная дата (ожидается ГГГГ-ММ-ДД)"))


def _check_countries(data: dict[str, Any], fail: Any) -> None:
    for index, code in enumerate(data["citizenship"]):
        if not is_valid_country(code):
            fail(
                f"citizenship[{index}]",
                _("неизвестный код государства «{code}» (ISO 3166-1)").format(code=code),
            )
    for list_name in LIST_FIELDS:
        for index, item in enumerate(data[list_name]):
            if isinstance(item, dict):
                for key in ("country", "issuing_country"):
                    code = item.get(key)
                    if code is not None and not is_valid_country(code):
                        fail(
                            f"{list_name}[{index}].{key}",
                            _("неизвестный код государства «{code}»").format(code=code),
                        )


EMPLOYER_FIELDS = ("employer_name", "employer_number", "employer_address")
_EMPLOYER_NUMBER = re.compile(r"[0-9]{8}|[0-9]{12}")


def _check_employers(data: dict[str, Any], fail: Any) -> None:
    """A work permit's employer (Art. 3.1(4)): only on a work permit; the number is a
    Kazakhstan BIN (IIN for a sole trader), 12 digits, or an Armenian TIN, 8 digits."""
    for i, permit in enumerate(data["residence_permits"]):
        given = [f for f in EMPLOYER_FIELDS if permit.get(f)]
        if given and permit["kind"] != "work_permit":
            fail(
                f"residence_permits[{i}].{given[0]}",
                _("работодатель указывается только для права на работу"),
            )
        number = permit.get("employer_number")
        if number and not _EMPLOYER_NUMBER.fullmatch(number):
            fail(
                f"residence_permits[{i}].employer_number",
                _("12 цифр (БИН или ИИН, Казахстан) или 8 цифр (ИНН, Армения)"),
            )
        elif number and len(number) == 12 and not has_valid_check_digit(number):
            # A BIN has the IIN's check digit: a mistyped digit is caught here, not abroad.
            fail(
                f"residence_permits[{i}].employer_number",
                _("неверная контрольная цифра БИН (ИИН) работодателя: проверьте все 12 цифр"),
            )


def _check_media(data: dict[str, Any], fail: Any) -> None:
    items = [(f"photos[{i}]", m) for i, m in enumerate(data["photos"])]
    if data["fingerprint_card"] is not None:
        items.append(("fingerprint_card", data["fingerprint_card"]))
    for path, media in items:
        try:
            blob = base64.b64decode(media["data_base64"], validate=True)
        except (binascii.Error, ValueError):
            fail(path, _("данные изображения повреждены (неверный base64)"))
            continue
        if not blob:
            fail(path, _("пустой файл изображения"))
        elif len(blob) > MAX_MEDIA_BYTES:
            fail(path, _("файл изображения больше 20 МБ"))
        digest = hashlib.sha256(blob).hexdigest()
        if media.get("sha256") not in (None, digest):
            fail(path, _("контрольная сумма не совпадает с данными"))
        media["sha256"] = digest


def _check_personal_number(data: dict[str, Any]) -> list[str]:
    """IIN/PSN problems are warnings: real documents carry wrong numbers, officers decide."""
    number = data["personal_number"]
    if number is None:
        return []
    number = number.replace(" ", "")
    data["personal_number"] = number
    kind = data["personal_number_kind"]
    if kind is None and number.isdigit():
        kind = {12: "KZ_IIN", 10: "AM_PSN"}.get(len(number))
        data["personal_number_kind"] = kind
    if kind == "KZ_IIN":
        result = check_iin(number)
    elif kind == "AM_PSN":
        result = check_am_psn(number)
    else:
        return []
    warnings = (
        [] if result.valid else [result.message or _("персональный номер не прошёл проверку")]
    )
    if result.valid and kind == "KZ_IIN":
        decoded_birth = getattr(result, "birth_date", None)
        birth = data["birth_date"]
        if (
            decoded_birth is not None
            and birth
            and len(birth) == 10
            and birth != decoded_birth.isoformat()
        ):
            warnings.append(_("дата рождения не совпадает с датой, закодированной в ИИН"))
        decoded_sex = getattr(result, "sex", None)
        if decoded_sex and data["sex"] and decoded_sex != data["sex"]:
            warnings.append(_("пол не совпадает с полом, закодированным в ИИН"))
    return warnings
