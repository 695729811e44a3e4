"""The published person JSON Schema (``migdesk/schemas/person.v1.json``) and its checker.

jsonschema reports in English; ``schema_problems`` turns its errors into Russian messages
keyed by field path, so the CLI and the GUI show the same words next to the same field.
jsonschema is loaded with the first check: commands that only read persons do without it.

Most records are valid, and jsonschema takes about 2 ms to say so (a bundle of 10⁵ persons:
minutes). A record is first checked by the same schema compiled to Python by fastjsonschema
(about 0.1 ms); only a record it does not pass goes through jsonschema, which finds the
problems and words them. So a valid record stays valid and an invalid one gets the same
messages (``tests/persons/test_schema_fast.py`` checks that the two agree).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from migdesk.messages import _
from migdesk.persons.labels import field_label
from migdesk.resources import resource

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA_VERSION = 1
SCHEMA_FILE = f"person.v{SCHEMA_VERSION}.json"  # package data in migdesk/schemas


@cache
def person_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resource("schemas", SCHEMA_FILE, package="migdesk").read_text(encoding="utf-8")
    )
    return loaded


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(person_schema())


@cache
def _fast_check() -> Callable[[Any], Any]:
    """The schema as a function that raises on the first violation. Defaults are not
    filled in (the data is not changed) and formats are annotations, as for jsonschema."""
    import fastjsonschema

    check: Callable[[Any], Any] = fastjsonschema.compile(
        person_schema(), use_default=False, use_formats=False
    )
    return check


def passes_fast_check(data: dict[str, Any]) -> bool:
    try:
        _fast_check()(data)
    except Exception:  # noqa: BLE001 — any doubt: jsonschema decides and explains
        return False
    return True


def _path(error: ValidationError) -> str:
    text = ""
    for part in error.absolute_path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _is_date(error: ValidationError) -> bool:
    """A partial date (``$defs/partial_date``, or ``opt_date``'s either-or) that did not
    match its pattern."""
    if error.validator == "pattern":
        return bool(error.validator_value == _DATE_PATTERN)
    return error.validator == "anyOf" and any(
        isinstance(option, dict) and option.get("$ref") == "#/$defs/partial_date"
        for option in error.validator_value
    )


_DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"  # $defs/partial_date in person.v1.json


def _message(error: ValidationError) -> str:
    kind = error.validator
    if kind == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else "?"
        return _("не заполнено обязательное поле «{field_label}»").format(
            field_label=field_label(missing)
        )
    if kind == "additionalProperties":
        return _("неизвестные поля: {fields}").format(
            fields=error.message.split("(")[-1].rstrip(")")
        )
    if kind in {"enum", "const"}:
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        shown = ", ".join(_("пусто") if v is None else str(v) for v in allowed)
        return _("недопустимое значение; допустимы: {shown}").format(shown=shown)
    if kind == "maxLength":
        return _("слишком длинное значение (не более {limit} символов)").format(
            limit=error.validator_value
        )
    if kind == "minLength":
        return _("значение не может быть пустым")
    if _is_date(error):  # «31.02.1980» typed as on paper: say which form is wanted
        return _("неверный формат даты: нужно ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ (например, 1980-02-29)")
    if kind == "pattern" or kind == "anyOf":
        return _("неверный формат значения")
    if kind == "type":
        return _("неверный тип значения")
    if kind == "uniqueItems":
        return _("значения повторяются")
    return _("недопустимое значение")


def schema_problems(data: Any) -> dict[str, str]:
    """Field path → Russian message for every schema violation (empty when valid)."""
    if not isinstance(data, dict):
        return {"": _("ожидается JSON-объект с полями записи о лице")}
    if passes_fast_check(data):
        return {}
    problems: dict[str, str] = {}
    for error in sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path)):
        path = _path(error)
        if error.validator == "required":
            missing = str(error.message).split("'")[1]
            path = f"{path}.{missing}" if path else missing
        problems.setdefault(path, _message(error))
    return problems
