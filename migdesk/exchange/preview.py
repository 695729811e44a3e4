"""What an import changes (or would change): the preview an officer confirms, and the
result the CLI prints."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from migdesk.changes import NOTHING, Changes, Kind
from migdesk.exchange.packed import Packed
from migdesk.messages import N_, _, lazy_table
from migdesk.persons.family import RELATIONS
from migdesk.requests.workflow import letter_label


@dataclass(frozen=True)
class PersonChange:
    id: str
    name: str
    fields: tuple[str, ...] = ()  # for updates and conflicts: what differs


class PersonChanges(Packed[PersonChange]):
    """``PersonChange`` items, packed (``exchange.packed``)."""

    _SEP = "\x1f"  # between a change's parts: the record schema refuses it in every text

    def _pack(self, item: PersonChange) -> str:
        return self._SEP.join((item.id, item.name, *item.fields))

    def _unpack(self, text: str) -> PersonChange:
        person_id, name, *fields = text.split(self._SEP)
        return PersonChange(person_id, name, tuple(fields))


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


class PersonMatches(Packed[PersonMatch]):
    """``PersonMatch`` items, packed (``exchange.packed``): one JSON array each (JSON
    escapes every control character, so no text breaks the packing)."""

    def _pack(self, item: PersonMatch) -> str:
        return json.dumps(
            [item.id, item.name, item.local_id, item.local_name, item.score, item.level,
             list(item.reasons), item.linked],
            ensure_ascii=False,
        )  # fmt: skip

    def _unpack(self, text: str) -> PersonMatch:
        pid, name, local_id, local_name, score, level, reasons, linked = json.loads(text)
        return PersonMatch(pid, name, local_id, local_name, score, level, tuple(reasons), linked)


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
    matches: PersonMatches = field(default_factory=PersonMatches)
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
