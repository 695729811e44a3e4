"""``records.json`` parsed as it is decrypted, one record at a time.

``{"records": [REC, REC, …]}`` arrives in 1 MiB pieces. Holding the whole text first costs
its bytes, then its decoded ``str`` (twice the bytes for Cyrillic), before a single record
exists; here only the records themselves and one piece of text are held. Each record is
read by the standard library's C decoder (``JSONDecoder.raw_decode``) with the same rules
as before: duplicate keys, NaN and Infinity refused, every record an object with a
``type``.

A record cut by the end of a piece fails to decode; more text is then appended and the
record decoded again, but only once the text held has doubled, so a record spanning many
pieces is decoded a few times, not once per piece.

``iter_records`` gives the records one at a time from any readable stream (the import reads
``records.json`` back from the vault, where it was staged as it was decrypted): the whole list
is never held, whatever the size of the bundle.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from typing import Any

from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.messages import _

_WHITESPACE = " \t\n\r"
# Called with each record and its size in characters of JSON, as it is parsed.
RecordHook = Callable[[dict[str, Any], int], None]


def _strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(object_pairs_hook=_strict_object, parse_constant=_no_constant)
_PREFIX = ("{", '"records"', ":", "[")


def malformed(detail: str | None = None) -> BundleRejected:
    # translated at the call: a default argument would be Russian for good (made at import)
    return BundleRejected(
        Reason.MALFORMED_RECORDS, _("Неверный JSON.") if detail is None else detail
    )


class RecordsParser:
    """``feed`` the bytes as they come, then ``finish`` for the records (or a refusal).

    ``keep=False``: the records are checked and counted but not kept (the caller stages the
    bytes and reads them again with ``iter_records``), only handed to ``each(record, size)``
    if given; ``take`` hands over the records parsed so far and forgets them."""

    def __init__(self, *, keep: bool = True, each: RecordHook | None = None) -> None:
        self._keep = keep
        self._each = each
        self.count = 0
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="strict")
        self._text = ""
        self._pos = 0
        self._retry_at = 0  # decode a cut record again only when this much text is held
        self._expect = 0  # index into _PREFIX, then the states below
        self._state = "prefix"  # prefix | value | comma | suffix | done
        self.records: list[dict[str, Any]] = []
        self.sizes: list[int] = []  # each kept record's length in characters of JSON

    def feed(self, data: bytes | memoryview) -> None:
        try:
            text = self._utf8.decode(data)
        except UnicodeDecodeError:
            raise malformed() from None
        self._text = self._text[self._pos :] + text
        self._retry_at -= self._pos
        self._pos = 0
        self._advance(final=False)

    def finish(self) -> list[dict[str, Any]]:
        try:
            self._text = self._text[self._pos :] + self._utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            raise malformed() from None
        self._pos, self._retry_at = 0, 0
        self._advance(final=True)
        if self._state != "done" or self._text[self._pos :].strip(_WHITESPACE):
            raise malformed(_('Ожидался объект {"records": [...]}.'))
        return self.records

    def _skip_space(self) -> bool:
        """Moves past whitespace; False when the text held is used up."""
        text, pos = self._text, self._pos
        while pos < len(text) and text[pos] in _WHITESPACE:
            pos += 1
        self._pos = pos
        return pos < len(text)

    def _advance(self, *, final: bool) -> None:
        while self._state != "done" and self._skip_space():
            if self._state == "prefix":
                token = _PREFIX[self._expect]
                if len(self._text) - self._pos < len(token) and not final:
                    return
                if not self._text.startswith(token, self._pos):
                    raise malformed(_('Ожидался объект {"records": [...]}.'))
                self._pos += len(token)
                self._expect += 1
                if self._expect == len(_PREFIX):
                    self._state = "first"
            elif self._state == "first" and self._text[self._pos] == "]":
                self._pos += 1
                self._state = "suffix"
            elif self._state in ("first", "value"):
                if not self._value(final=final):
                    return
                self._state = "comma"
            elif self._state == "comma":
                mark = self._text[self._pos]
                if mark not in ",]":
                    raise malformed()
                self._pos += 1
                self._state = "value" if mark == "," else "suffix"
            elif self._state == "suffix":
                if self._text[self._pos] != "}":
                    raise malformed(_('Ожидался объект {"records": [...]}.'))
                self._pos += 1
                self._state = "done"

    def _value(self, *, final: bool) -> bool:
        """Decodes one record; False when more text is needed to tell."""
        if not final and len(self._text) < self._retry_at:
            return False
        try:
            record, end = _DECODER.raw_decode(self._text, self._pos)
        except json.JSONDecodeError:
            if final:
                raise malformed() from None
            # Perhaps cut: wait for twice the record's text so far (counted from where the
            # record starts: the text before it is dropped with the next piece).
            self._retry_at = self._pos + 2 * (len(self._text) - self._pos)
            return False
        except (ValueError, RecursionError):  # duplicate key, NaN, nesting: refused as is
            raise malformed() from None
        if not isinstance(record, dict) or not isinstance(record.get("type"), str):
            raise malformed(_("Каждая запись — объект с полем type."))
        self.count += 1
        if self._keep:
            self.records.append(record)
            self.sizes.append(end - self._pos)
        elif self._each is not None:
            self._each(record, end - self._pos)
        self._pos = end
        self._retry_at = 0
        return True

    def take(self) -> list[tuple[dict[str, Any], int]]:
        """The records parsed so far with their sizes (characters), forgotten here."""
        taken = list(zip(self.records, self.sizes, strict=True))
        self.records, self.sizes = [], []
        return taken


def iter_records(
    read: Callable[[int], bytes], piece: int = 1024 * 1024
) -> Iterator[tuple[dict[str, Any], int]]:
    """The records of a ``records.json`` read from ``read(piece)`` (a file's or a stored
    blob's ``read``), one at a time with its size in characters, holding one piece of text
    and the records it ends."""
    parser = RecordsParser()
    while block := read(piece):
        parser.feed(block)
        yield from parser.take()
    parser.finish()
    yield from parser.take()


def parse_records(data: bytes) -> list[dict[str, Any]]:
    parser = RecordsParser()
    parser.feed(data)
    return parser.finish()
