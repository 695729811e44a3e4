"""The reasons of record linkage in words: what each level of a compared field means to
the officer (``linkage.compare`` lists them strongest first). Each text translates on lookup,
so the reasons follow the interface language; the pairs' weights are in ``linkage``."""

from __future__ import annotations

from migdesk.messages import N_, _, lazy_table

_NAMES = ("surname", "given_name", "patronymic")
# A patronymic given in one record only: noted among the reasons, weighs nothing.
ONE_SIDED = "one_sided"

# Whole phrases per field (the words agree in gender: фамилия похожа, имя похоже), so each
# language can say them its own way.
_NAME_REASONS = lazy_table(
    {
        ("surname", "same"): N_("совпадает фамилия"),
        ("surname", "respelled"): N_("фамилия в другом написании"),
        ("surname", "letter"): N_("фамилия отличается одной буквой"),
        ("surname", "sound"): N_("фамилия звучит так же"),
        ("surname", "similar"): N_("фамилия похожа"),
        ("surname", "differ"): N_("фамилия отличается"),
        ("given_name", "same"): N_("совпадает имя"),
        ("given_name", "respelled"): N_("имя в другом написании"),
        ("given_name", "letter"): N_("имя отличается одной буквой"),
        ("given_name", "sound"): N_("имя звучит так же"),
        ("given_name", "similar"): N_("имя похоже"),
        ("given_name", "differ"): N_("имя отличается"),
        ("patronymic", "same"): N_("совпадает отчество"),
        ("patronymic", "respelled"): N_("отчество в другом написании"),
        ("patronymic", "letter"): N_("отчество отличается одной буквой"),
        ("patronymic", "sound"): N_("отчество звучит так же"),
        ("patronymic", "similar"): N_("отчество похоже"),
        ("patronymic", "differ"): N_("отчество отличается"),
    }
)


def _name_reason(field: str, level: str, respelled: bool) -> str:
    # «Одной буквой» only when the names as typed are one letter apart (linkage._name_level).
    shown = "respelled" if respelled and level in ("same", "letter") else level
    return _NAME_REASONS[(field, shown)]


_DATE_REASONS = lazy_table(
    {
        "same": N_("совпадает дата рождения"),
        "swapped": N_("в дате рождения переставлены день и месяц"),
        "digit": N_("дата рождения отличается одной цифрой"),
        "differ": N_("дата рождения отличается"),
    }
)
_OTHER_REASONS = lazy_table(
    {
        ("sex", "same"): N_("совпадает пол"),
        ("sex", "differ"): N_("пол отличается"),
        ("citizenship", "same"): N_("совпадает гражданство"),
        ("citizenship", "differ"): N_("гражданство отличается"),
        ("personal_number", "same"): N_("совпадает персональный номер"),
        ("personal_number", "digit"): N_("персональный номер отличается одной цифрой"),
        ("personal_number", "differ"): N_("персональный номер отличается"),
        ("documents", "same"): N_("совпадает номер документа"),
    }
)


def _partial_reason(level: str) -> str:
    if level == "year":
        return _("известен только год рождения, он совпадает")
    return _("известны только год и месяц рождения, они совпадают")


def reason(field: str, level: str, respelled: bool) -> str:
    if field in _NAMES:
        if level == ONE_SIDED:
            return _("отчество указано только в одной записи")
        return _name_reason(field, level, respelled)
    if field == "birth_date":
        return _partial_reason(level) if level in ("year", "month") else _DATE_REASONS[level]
    return _OTHER_REASONS[field, level]
