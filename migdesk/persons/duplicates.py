"""Duplicate detection services: check a record before saving, list the possible duplicates
of the whole registry, record an officer's decision on a pair, and a supervisor's merge.

A received record (with a provider's handling limits) is never merged: it is *linked* to ours
and stays its own record with its provenance and limits (Art. 11).
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from migdesk.errors import InvalidInput, NotFound, ValidationFailed
from migdesk.messages import _
from migdesk.models import (
    HandlingLimits,
    Person,
    PersonLink,
    PersonMedia,
    PersonMerge,
    PersonRevision,
)
from migdesk.persons import codec, person_rows, search_index
from migdesk.persons.blocking import record_from_data, write_keys
from migdesk.persons.linkage import Match
from migdesk.persons.matching import display_names, match_record, scan_registry
from migdesk.persons.merge_moves import move_references
from migdesk.persons.pair_links import LINK_KINDS, link_of, ordered_pair
from migdesk.persons.pair_links import NOT_DUPLICATE as NOT_DUPLICATE  # re-exported
from migdesk.persons.pair_links import SAME_PERSON as SAME_PERSON
from migdesk.persons.pair_links import Link as Link
from migdesk.persons.pair_links import record_link as record_link
from migdesk.persons.service import DuplicateHint, hint_of, raw_connection
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class DuplicatePair:
    """Two records of the registry that may be one person (from the registry-wide scan)."""

    a: DuplicateHint
    b: DuplicateHint  # its score and reasons are the pair's

    def to_json(self) -> dict[str, Any]:
        return {
            "a": {"id": self.a.id, "name": self.a.name},
            "b": {"id": self.b.id, "name": self.b.name},
            "score": self.b.score,
            "level": self.b.level,
            "reasons": list(self.b.reasons),
        }


class DuplicateService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _require(self, permission: Permission) -> None:
        require(self.vault.current_roles(), permission)

    # --- one record ------------------------------------------------------------------------

    def check(self, raw: Any) -> list[DuplicateHint]:
        """Possible duplicates of a record not saved yet (what the GUI shows before saving).
        A record the codec refuses has none: saving it reports its errors anyway."""
        self._require(Permission.PERSON_READ)
        try:
            data = codec.check_person(raw).data
        except ValidationFailed:
            return []
        with self.vault.read_session() as session:
            found = match_record(raw_connection(session), record_from_data(data))
        return [hint_of(c) for c in found if c.id != data["id"]]

    def of_record(self, person_id: str) -> list[DuplicateHint]:
        """Possible duplicates of a stored record."""
        self._require(Permission.PERSON_READ)
        with self.vault.read_session() as session:
            person = session.scalar(select(Person).where(Person.id == person_id))
            if person is None:
                raise NotFound(
                    _("Лицо с идентификатором «{person_id}» не найдено.").format(
                        person_id=person_id
                    )
                )
            data = person_rows.model_to_json(person, include_media=False)
            found = match_record(
                raw_connection(session), record_from_data(data), exclude_pk=person.pk
            )
            decided = self._decided(session, [person_id])
        return [hint_of(c) for c in found if ordered_pair(person_id, c.id) not in decided]

    # --- the whole registry ------------------------------------------------------------------

    def scan(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        limit: int | None = None,
    ) -> list[DuplicatePair]:
        """Possible duplicates over the whole registry, best first, without pairs an officer
        has already decided on. Reads the blocking index in order: memory stays flat."""
        self._require(Permission.PERSON_READ)
        found = _Found()
        with self.vault.read_session() as session:
            raw = raw_connection(session)
            for pk_a, pk_b, match in scan_registry(raw, progress=progress, cancelled=cancelled):
                found.add(pk_a, pk_b, match)
            order = found.best_first()
            if limit is None:
                wanted = order
            else:
                # Pairs already decided are left out below: read names for a few more.
                decided_count = session.scalar(select(func.count()).select_from(PersonLink))
                wanted = order[: limit + int(decided_count or 0)]
            names = display_names(raw, sorted({pk for i in wanted for pk in found.pks(i)}))
            decided = self._decided(session, None)
        pairs: list[DuplicatePair] = []
        for i in wanted:
            pk_a, pk_b = found.pks(i)
            (id_a, name_a), (id_b, name_b) = names[pk_a], names[pk_b]
            if ordered_pair(id_a, id_b) in decided:
                continue
            hint = hint_of_match(id_b, name_b, found.match(i))
            pairs.append(DuplicatePair(DuplicateHint(id_a, name_a, ""), hint))
            if limit is not None and len(pairs) >= limit:
                break
        with self.vault.session() as session:
            audit.append(
                session,
                self.vault.user,
                "person.duplicates_scan",
                details={"found": len(pairs), "complete": not (cancelled and cancelled())},
            )
        return pairs

    def _decided(self, session: Session, ids: list[str] | None) -> set[tuple[str, str]]:
        stmt = select(PersonLink.person_id, PersonLink.other_id)
        if ids is not None:
            stmt = stmt.where(or_(PersonLink.person_id.in_(ids), PersonLink.other_id.in_(ids)))
        return {(a, b) for a, b in session.execute(stmt)}

    # --- decisions -----------------------------------------------------------------------------

    def link(self, person_id: str, other_id: str, kind: str, reason: str | None = None) -> Link:
        """Record that two records are one person (both stay) or are not duplicates."""
        self._require(Permission.PERSON_WRITE)
        if kind not in LINK_KINDS:
            raise InvalidInput(_("Неизвестный вид связи «{kind}».").format(kind=kind), field="kind")
        if person_id == other_id:
            raise InvalidInput(_("Запись нельзя связать с ней самой."))
        with self.vault.session() as session:
            link = record_link(session, self.vault.user, person_id, other_id, kind, reason)
        return link

    def links(self, person_id: str) -> list[Link]:
        self._require(Permission.PERSON_READ)
        with self.vault.read_session() as session:
            rows = session.scalars(
                select(PersonLink)
                .where(or_(PersonLink.person_id == person_id, PersonLink.other_id == person_id))
                .order_by(PersonLink.id)
            )
            return [link_of(row) for row in rows]

    # --- merge -------------------------------------------------------------------------------

    def merge(self, survivor_id: str, absorbed_id: str, reason: str) -> str:
        """Merge two local records into ``survivor_id`` (supervisor). The survivor keeps its
        values; what it lacks comes from the other record, lists are joined. The absorbed
        record's history stays under its id; both records' ids point to the survivor, and so
        do the requests, thematic items, family links and decisions that named it
        (merge_moves)."""
        self._require(Permission.MERGE_RECORDS)
        reason = reason.strip()
        if not reason:
            raise InvalidInput(_("Укажите основание объединения."), field="reason")
        if survivor_id == absorbed_id:
            raise InvalidInput(_("Запись нельзя объединить с ней самой."))
        with self.vault.session() as session:
            survivor, absorbed = (self._load(session, i) for i in (survivor_id, absorbed_id))
            received = session.scalars(
                select(HandlingLimits.record_id).where(
                    HandlingLimits.record_kind == "person",
                    HandlingLimits.record_id.in_([survivor_id, absorbed_id]),
                )
            ).all()
            if received:
                raise InvalidInput(
                    _(
                        "Полученная от другого органа запись не объединяется с нашей "
                        "(ст.\u00a011): свяжите записи как одно лицо."
                    )
                )
            before = person_rows.model_to_json(survivor, include_media=False)
            merged = merged_data(
                person_rows.model_to_json(survivor), person_rows.model_to_json(absorbed)
            )
            checked = codec.check_person(merged)
            person_rows.apply_to_model(survivor, checked.data)
            moved = move_references(session, survivor, absorbed)
            session.flush()
            after = person_rows.model_to_json(survivor, include_media=False)
            changed = sorted(k for k in codec.ALL_FIELDS if before.get(k) != after.get(k))
            survivor.revision += 1
            survivor.updated_at = _now()
            survivor.updated_by = self.vault.user
            session.add(
                PersonRevision(
                    person_id=survivor.id,
                    revision=survivor.revision,
                    action="merge",
                    changed_at=survivor.updated_at,
                    changed_by=self.vault.user,
                    snapshot=json.dumps(
                        person_rows.model_to_json(survivor, include_media=False),
                        ensure_ascii=False,
                        sort_keys=True,
                        separators=(",", ":"),
                    ),
                    changed_fields=json.dumps(changed),
                )
            )
            conn = session.connection()
            search_index.index_person(conn, survivor.pk, checked.data)
            write_keys(raw_connection(session), survivor.pk, record_from_data(checked.data))
            search_index.unindex_person(conn, absorbed.pk)
            session.delete(absorbed)
            session.add(
                PersonMerge(
                    absorbed_id=absorbed_id,
                    survivor_id=survivor_id,
                    merged_at=survivor.updated_at,
                    merged_by=self.vault.user,
                    reason=reason,
                )
            )
            # Records merged earlier into the absorbed one now lead to the survivor.
            session.execute(
                update(PersonMerge)
                .where(PersonMerge.survivor_id == absorbed_id)
                .values(survivor_id=survivor_id)
            )
            audit.append(
                session,
                self.vault.user,
                "person.merge",
                record_kind="person",
                record_id=survivor_id,
                details={
                    "absorbed": absorbed_id,
                    "reason": reason,
                    "fields": changed,
                    **moved.to_json(),
                },
            )
        return survivor_id

    def _load(self, session: Session, person_id: str) -> Person:
        person = session.scalar(
            select(Person)
            .where(Person.id == person_id)
            .options(selectinload(Person.media).undefer(PersonMedia.data))
        )
        if person is None:
            raise NotFound(
                _("Лицо с идентификатором «{person_id}» не найдено.").format(person_id=person_id)
            )
        return person


class _Found:
    """The pairs a scan found, compactly: numbers in arrays, each distinct list of reasons
    kept once (a million pairs take tens of MiB, not a Python object graph each)."""

    def __init__(self) -> None:
        self._pks = array("q")
        self._scores = array("d")
        self._weights = array("d")
        self._kinds = array("l")
        self._kind_ids: dict[tuple[tuple[str, ...], bool], int] = {}
        self._kind_list: list[tuple[tuple[str, ...], bool]] = []

    def add(self, pk_a: int, pk_b: int, match: Match) -> None:
        kind = (match.reasons, match.identifier)
        kind_id = self._kind_ids.get(kind)
        if kind_id is None:
            kind_id = self._kind_ids[kind] = len(self._kind_list)
            self._kind_list.append(kind)
        self._pks.extend((pk_a, pk_b))
        self._scores.append(match.score)
        self._weights.append(match.weight)
        self._kinds.append(kind_id)

    def best_first(self) -> list[int]:
        return sorted(range(len(self._scores)), key=lambda i: (-self._scores[i], *self.pks(i)))

    def pks(self, i: int) -> tuple[int, int]:
        return self._pks[2 * i], self._pks[2 * i + 1]

    def match(self, i: int) -> Match:
        reasons, identifier = self._kind_list[self._kinds[i]]
        return Match(self._scores[i], self._weights[i], reasons, identifier)


def hint_of_match(person_id: str, name: str, match: Any) -> DuplicateHint:
    return DuplicateHint(
        id=person_id,
        name=name,
        reason=match.reasons[0] if match.reasons else "",
        score=round(match.score, 3),
        reasons=match.reasons,
        level=match.level or "possible",
    )


def merged_data(survivor: dict[str, Any], absorbed: dict[str, Any]) -> dict[str, Any]:
    """The survivor's values, gaps filled from the absorbed record, lists joined."""
    merged = {k: v for k, v in survivor.items() if k not in ("schema_version", "revision")}
    for key, value in absorbed.items():
        if key in ("id", "schema_version", "revision", "keep_until"):
            continue
        mine = merged.get(key)
        if isinstance(value, list) and isinstance(mine, list):
            merged[key] = mine + [v for v in value if v not in mine]
        elif mine in (None, "", []) and value not in (None, ""):
            merged[key] = value
    return merged
