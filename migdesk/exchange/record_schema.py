"""The shape of every record a bundle may carry, checked before any importer sees it.

Two layers, both run by ``importing`` on every record of a verified bundle:

* ``check_generic`` holds for any record, of a known type or not: an object whose keys are
  short plain names, nested no deeper than ``MAX_DEPTH``, with no control characters in
  any string except newline and tab (a NUL in a surname is refused here).
* A ``RecordSchema`` registered for the record's type checks every field: its type, a
  length fit to its purpose, single-line or long text, canonical lowercase hyphenated
  UUIDs, dates, and no key the type does not know.

A new item type registers its schema next to its importer::

    register_schema(RecordSchema("statistics", "статистика", {
        "type": Const("statistics"), "id": Uuid(), "year": Integer(2000, 2100),
        "title": Line(200), "note": Text(20_000, required=False),
        "persons": ListOf(Uuid(), max_items=1000, required=False),
    }))

Every refusal is ``invalid_record`` naming the record's number, its type in Russian and
the field, in Russian, so the officer can tell the sender what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from migdesk.exchange.errors import ExchangeRefused
from migdesk.exchange.items import invalid
from migdesk.messages import _

MAX_DEPTH = 8  # person data: record → data → documents → [i] → fields; room to spare
MAX_KEY = 64
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class Problem(Exception):
    """One field is wrong; ``text`` says how, in Russian."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def is_canonical_uuid(value: object) -> bool:
    """Only ``xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`` in lower case: one spelling per id, so
    two spellings can never name one record (upper case, braces, 32 bare digits refused)."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


# --- field kinds ------------------------------------------------------------------------------


class Field:
    """One field's rule; ``required=False`` lets it be missing or null."""

    def __init__(self, *, required: bool = True) -> None:
        self.required = required

    def check(self, value: Any) -> None:
        raise NotImplementedError


class Const(Field):
    def __init__(self, value: str) -> None:
        super().__init__()
        self.value = value

    def check(self, value: Any) -> None:
        if value != self.value:
            raise Problem(_("ожидалось «{expected}»").format(expected=self.value))


class Line(Field):
    """A single line: a name, a number, a code. No control characters at all."""

    def __init__(
        self, max_length: int = 200, *, required: bool = True, choices: tuple[str, ...] = ()
    ) -> None:
        super().__init__(required=required)
        self.max_length = max_length
        self.choices = choices

    def check(self, value: Any) -> None:
        if not isinstance(value, str):
            raise Problem(_("ожидалась строка"))
        if self.required and not value.strip():
            raise Problem(_("пустое значение"))
        if len(value) > self.max_length:
            raise Problem(
                _("длиннее {max_length} знаков ({count})").format(
                    max_length=self.max_length, count=len(value)
                )
            )
        if _LINE_CONTROL.search(value):
            raise Problem(_("управляющие символы или перевод строки в однострочном поле"))
        if self.choices and value not in self.choices:
            raise Problem(_("допустимо: {choices}").format(choices=", ".join(self.choices)))


class Text(Field):
    """A long text (a letter, reasons): newlines and tabs allowed, other controls not."""

    def __init__(self, max_length: int = 20_000, *, required: bool = True) -> None:
        super().__init__(required=required)
        self.max_length = max_length

    def check(self, value: Any) -> None:
        if not isinstance(value, str):
            raise Problem(_("ожидался текст"))
        if self.required and not value.strip():
            raise Problem(_("пустой текст"))
        if len(value) > self.max_length:
            raise Problem(
                _("длиннее {max_length} знаков ({count})").format(
                    max_length=self.max_length, count=len(value)
                )
            )
        if _CONTROL.search(value):
            raise Problem(_("управляющие символы в тексте"))


class Uuid(Field):
    def check(self, value: Any) -> None:
        if not is_canonical_uuid(value):
            raise Problem(_("идентификатор — UUID строчными буквами с дефисами"))


class Sha256(Field):
    def check(self, value: Any) -> None:
        if not isinstance(value, str) or not _SHA256.fullmatch(value):
            raise Problem(_("SHA-256 — 64 шестнадцатеричные цифры строчными"))


class Day(Field):
    def check(self, value: Any) -> None:
        if not isinstance(value, str) or len(value) != 10:
            raise Problem(_("дата ГГГГ-ММ-ДД"))
        try:
            date.fromisoformat(value)
        except ValueError:
            raise Problem(_("дата ГГГГ-ММ-ДД")) from None


class Integer(Field):
    def __init__(self, low: int = 0, high: int = 2**63 - 1, *, required: bool = True) -> None:
        super().__init__(required=required)
        self.low, self.high = low, high

    def check(self, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Problem(_("ожидалось целое число"))
        if not self.low <= value <= self.high:
            raise Problem(_("вне пределов {low}…{high}").format(low=self.low, high=self.high))


class Boolean(Field):
    def check(self, value: Any) -> None:
        if not isinstance(value, bool):
            raise Problem(_("true или false"))


class ListOf(Field):
    def __init__(self, item: Field, *, max_items: int = 100, required: bool = True) -> None:
        super().__init__(required=required)
        self.item, self.max_items = item, max_items

    def check(self, value: Any) -> None:
        if not isinstance(value, list):
            raise Problem(_("ожидался список"))
        if len(value) > self.max_items:
            raise Problem(
                _("больше {max_items} элементов ({count})").format(
                    max_items=self.max_items, count=len(value)
                )
            )
        for index, item in enumerate(value):
            try:
                self.item.check(item)
            except Problem as exc:
                raise Problem(f"[{index}]: {exc.text}") from None


class Object(Field):
    """A nested object with known keys; ``open=True`` lets unknown keys through (their
    content is checked elsewhere, e.g. person.v1 by the person codec)."""

    def __init__(
        self,
        fields: Mapping[str, Field],
        *,
        required: bool = True,
        open: bool = False,
        label: str | None = None,
    ) -> None:
        super().__init__(required=required)
        self.fields, self.open = fields, open
        self.label = label  # what the object is, in Russian, to start its messages

    def check(self, value: Any) -> None:
        try:
            if not isinstance(value, dict):
                raise Problem(_("ожидался объект"))
            _check_fields(self.fields, value, self.open)
        except Problem as exc:
            if self.label is None:
                raise
            raise Problem(f"{self.label} — {exc.text}") from None


def _check_fields(fields: Mapping[str, Field], value: dict[str, Any], open: bool) -> None:
    if not open:
        unknown = sorted(set(value) - set(fields))
        if unknown:
            raise Problem(
                _("неизвестные поля {fields}").format(fields=", ".join(k[:40] for k in unknown))
            )
    for key, kind in fields.items():
        item = value.get(key)
        if item is None:
            if kind.required:
                raise Problem(_("{key}: нет значения").format(key=key))
            continue
        try:
            kind.check(item)
        except Problem as exc:
            raise Problem(f"{key}: {exc.text}") from None


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordSchema:
    record_type: str
    what: str  # the type in Russian, for messages («сопроводительное письмо»)
    fields: Mapping[str, Field]

    def check(self, number: int, record: dict[str, Any]) -> None:
        try:
            _check_fields({"type": Const(self.record_type), **self.fields}, record, False)
        except Problem as exc:
            raise _refused(number, self.what, record, exc.text) from None


_SCHEMAS: dict[str, RecordSchema] = {}


def register_schema(schema: RecordSchema) -> None:
    _SCHEMAS[schema.record_type] = schema


def schema_for(record_type: str) -> RecordSchema | None:
    return _SCHEMAS.get(record_type)


def _refused(number: int, what: str, record: Mapping[str, Any], text: str) -> ExchangeRefused:
    raw_id = record.get("id")
    shown = raw_id[:60] if isinstance(raw_id, str) and not _CONTROL.search(raw_id) else None
    return invalid(number, f"{what} {shown}" if shown else what, text)


def check_generic(number: int, record: Any) -> None:
    """What every record must be, whatever its type (see the module docstring)."""
    if not isinstance(record, dict) or not isinstance(record.get("type"), str):
        raise invalid(number, _("запись"), _("запись — объект с полем type"))
    try:
        _walk(record, 1)
    except Problem as exc:
        raise _refused(number, _("запись"), record, exc.text) from None


def _walk(value: Any, depth: int) -> None:
    # Iterative over siblings, recursive only in depth, which is bounded by MAX_DEPTH.
    if isinstance(value, str):
        if _CONTROL.search(value):
            raise Problem(_("управляющий символ (например, NUL) в строке"))
        return
    if isinstance(value, dict | list) and depth > MAX_DEPTH:
        raise Problem(_("вложенность глубже {depth} уровней").format(depth=MAX_DEPTH))
    if isinstance(value, dict):
        for key, item in value.items():
            if len(key) > MAX_KEY or _LINE_CONTROL.search(key):
                raise Problem(_("недопустимое имя поля"))
            try:
                _walk(item, depth + 1)
            except Problem as exc:
                raise Problem(f"{key[:40]}: {exc.text}") from None
    elif isinstance(value, list):
        for index, item in enumerate(value):
            try:
                _walk(item, depth + 1)
            except Problem as exc:
                raise Problem(f"[{index}]: {exc.text}") from None


def check_record(number: int, record: Any) -> None:
    """Both layers; a type with no schema registered gets the generic layer only (its
    importer, or ``unknown_record_type``, decides the rest)."""
    check_generic(number, record)
    schema = schema_for(record["type"])
    if schema is not None:
        schema.check(number, record)
