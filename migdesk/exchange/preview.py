"""What an import changes (or would change): the preview an officer confirms, and the
result the CLI prints."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from migdesk.changes import NOTHING, Changes, Kind
from migdesk.messages import N_, _, lazy_table
from migdesk.persons.family import RELATIONS
from migdesk.requests.workflow import letter_label


@dataclass(frozen=True)
class PersonChange:
    id: str
    name: str
    fields: tuple[str, ...] = ()  # for updates and conflicts: what differs


class PersonChanges(Sequence[PersonChange]):
    """A list of ``PersonChange`` kept compact: a bundle may carry 430,000 persons, and
    the preview lists each — as objects they took ~70 MB, as UTF-8 text ~55 MB, and the
    import window holds two previews while it applies (the one shown and the apply's). Here
    changes are packed by ``_BLOCK`` into zlib-compressed blocks (names and ids compress
    several times over); a block is unpacked again when a change in it is read, the last
    one kept unpacked, so reading in order unpacks each block once. Appended to while
    planning, read like a list."""

    _SEP = "\x1f"  # between a change's parts: the record schema refuses it in every text
    _ROW = "\x1e"  # between the changes of a block (refused there too)
    _BLOCK = 512

    def __init__(self, items: Iterable[PersonChange] = ()) -> None:
        self._blocks: list[bytes] = []
        self._open: list[str] = []  # the changes after the last full block
        self._unpacked: tuple[int, list[str]] = (-1, [])
        for item in items:
            self.append(item)

    def append(self, change: PersonChange) -> None:
        self._open.append(self._SEP.join((change.id, change.name, *change.fields)))
        if len(self._open) == self._BLOCK:
            self._blocks.append(zlib.compress(self._ROW.join(self._open).encode(), 6))
            self._open = []

    def __len__(self) -> int:
        return len(self._blocks) * self._BLOCK + len(self._open)

    def _rows(self, block: int) -> list[str]:
        if block == len(self._blocks):
            return self._open
        if self._unpacked[0] != block:
            text = zlib.decompress(self._blocks[block]).decode()
            self._unpacked = (block, text.split(self._ROW))
        return self._unpacked[1]

    def _row(self, index: int) -> PersonChange:
        text = self._rows(index // self._BLOCK)[index % self._BLOCK]
        person_id, name, *fields = text.split(self._SEP)
        return PersonChange(person_id, name, tuple(fields))

    @overload
    def __getitem__(self, index: int) -> PersonChange: ...
    @overload
    def __getitem__(self, index: slice) -> list[PersonChange]: ...
    def __getitem__(self, index: int | slice) -> PersonChange | list[PersonChange]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._row(index)

    def __iter__(self) -> Iterator[PersonChange]:
        for index in range(len(self)):
            yield self._row(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PersonChanges | list | tuple):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"PersonChanges({list(self)!r})"


@dataclass(frozen=True)
class PersonMatch:
    """An incoming new person that may be one of ours (record linkage); linked on import
    when the officer chose so, never merged."""

    id: str  # the incoming record
    name: str
    local_id: str
    local_name: str
    score: float
    level: str  # probable | possible
    reasons: tuple[str, ...]
    linked: bool = False

    def describe(self) -> str:
        """«вероятно то же лицо, что …» in Russian, for the CLI and the import window."""
        sentence = (
            _("вероятно то же лицо, что {name} ({id})")
            if self.level == "probable"
            else _("возможно то же лицо, что {name} ({id})")
        )
        return sentence.format(name=self.local_name, id=self.local_id)


@dataclass(frozen=True)
class Conflict:
    id: str
    name: str
    fields: tuple[str, ...]
    resolution: str | None  # None: undecided, the import stops


@dataclass(frozen=True)
class RequestChange:
    id: str  # the request's id here
    number: str  # the requester's registration number
    kind: str  # request | information | confirmation
    change: str  # new | step | unchanged | skipped
    action: str | None = None  # for letters: the step recorded here


@dataclass(frozen=True)
class FamilyChange:
    """A family link the bundle carries: ``relative`` is ``person``'s ``relation``."""

    person: str
    person_name: str
    relative: str
    relative_name: str
    relation: str  # spouse | child | parent | other
    change: str  # new | unchanged | replaced (another relation was recorded here)


@dataclass
class ImportPreview:
    new_persons: PersonChanges = field(default_factory=PersonChanges)
    updated_persons: PersonChanges = field(default_factory=PersonChanges)
    unchanged_persons: PersonChanges = field(default_factory=PersonChanges)
    conflicts: list[Conflict] = field(default_factory=list)
    # New persons that may be ours: the best local match of each (none: «новое лицо»).
    matches: list[PersonMatch] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)  # our bundles it acknowledges
    requests: list[RequestChange] = field(default_factory=list)
    # Changes to the partner's signatory list and blanks (Art. 9.4), one Russian line each.
    signatories: list[str] = field(default_factory=list)
    # Thematic information (Art. 4), one Russian line each: title and what happens.
    thematic: list[str] = field(default_factory=list)
    # Statistical information (Art. 3.1): provider and year.
    statistics: list[str] = field(default_factory=list)
    family: list[FamilyChange] = field(default_factory=list)  # links between its persons
    cover_text: str | None = None
    purpose: str | None = None
    missing: list[tuple[int, int]] = field(default_factory=list)  # gaps, inclusive ranges
    warnings: list[str] = field(default_factory=list)

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.resolution is None]


STATUS_TEXT = lazy_table(
    {
        "imported": N_("Пакет загружен."),
        "already_imported": N_("Пакет уже был загружен ранее; ничего не изменено."),
        "preview": N_("Предварительный просмотр: хранилище не изменено."),
    }
)


@dataclass
class ImportResult:
    status: str  # imported | already_imported | preview
    bundle_id: str
    sender: str
    channel: str
    sequence: int
    kind: str
    label_sha256: str
    preview: ImportPreview = field(default_factory=ImportPreview)

    @property
    def message(self) -> str:
        return STATUS_TEXT[self.status]

    @property
    def changes(self) -> Changes:
        """What an import changed: whatever a bundle can carry, and the bundle log."""
        if self.status != "imported":
            return NOTHING
        return Changes.of(Kind.PERSONS, Kind.REQUESTS, Kind.CONSENTS, Kind.REGISTRIES, Kind.BUNDLES)

    def to_json(self) -> dict[str, Any]:
        p = self.preview

        def persons(items: Iterable[PersonChange]) -> list[dict[str, Any]]:
            return [{"id": c.id, "name": c.name, "fields": list(c.fields)} for c in items]

        return {
            "status": self.status,
            "message": self.message,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "channel": self.channel,
            "sequence": self.sequence,
            "kind": self.kind,
            "label_sha256": self.label_sha256,
            "purpose": p.purpose,
            "cover_text": p.cover_text,
            "new_persons": persons(p.new_persons),
            "updated_persons": persons(p.updated_persons),
            "unchanged_persons": persons(p.unchanged_persons),
            "conflicts": [
                {"id": c.id, "name": c.name, "fields": list(c.fields), "resolution": c.resolution}
                for c in p.conflicts
            ],
            "matches": [
                {
                    "id": m.id,
                    "name": m.name,
                    "local_id": m.local_id,
                    "local_name": m.local_name,
                    "score": m.score,
                    "level": m.level,
                    "reasons": list(m.reasons),
                    "linked": m.linked,
                }
                for m in p.matches
            ],
            "acknowledged": p.acknowledged,
            "requests": [
                {
                    "id": r.id,
                    "number": r.number,
                    "kind": r.kind,
                    "change": r.change,
                    "action": r.action,
                }
                for r in p.requests
            ],
            "signatories": p.signatories,
            "thematic": p.thematic,
            "statistics": p.statistics,
            "family_links": [
                {
                    "person": f.person,
                    "person_name": f.person_name,
                    "relative": f.relative,
                    "relative_name": f.relative_name,
                    "relation": f.relation,
                    "change": f.change,
                }
                for f in p.family
            ],
            "missing_sequences": [list(r) for r in p.missing],
            "warnings": p.warnings,
        }


KIND_TEXT = lazy_table(
    {
        "request": N_("запрос"),
        "information": N_("информация (ст. 8)"),
        "confirmation": N_("запрос о подтверждении (п. 5 ст. 9)"),
    }
)
CHANGE_TEXT = lazy_table(
    {
        "new": N_("будет зарегистрирован"),
        "step": N_("будет записано"),
        "unchanged": N_("уже загружено ранее"),
        "skipped": N_("не записывается (см. предупреждения)"),
    }
)


def describe_request_change(change: RequestChange) -> str:
    """One line of the preview in Russian, for the CLI and the import window alike."""
    if change.action is None:
        what = f"{KIND_TEXT.get(change.kind, change.kind)} № {change.number}"
    else:
        what = _("{letter_label} по запросу № {number}").format(
            letter_label=letter_label(change.action), number=change.number
        )
    return f"{what}: {CHANGE_TEXT.get(change.change, change.change)}"


FAMILY_CHANGE_TEXT = lazy_table(
    {
        "new": N_("будет записана"),
        "unchanged": N_("уже записана"),
        "replaced": N_("заменит записанную у нас степень родства"),
    }
)


def describe_family_change(change: FamilyChange) -> str:
    """One line of the preview, for the CLI and the import window alike."""
    return _("{relative} — {relation} лица {person}: {change}").format(
        relative=change.relative_name,
        relation=RELATIONS.get(change.relation, change.relation),
        person=change.person_name,
        change=FAMILY_CHANGE_TEXT.get(change.change, change.change),
    )


def format_ranges(ranges: list[tuple[int, int]]) -> str:
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in ranges)
