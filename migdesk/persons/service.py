"""Person registry services: add, update, show, history, search, duplicates.

Every save is one transaction: the record, its sub-records, its history entry and its search
index row are written together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload, undefer

from migdesk.errors import NotFound, ValidationFailed
from migdesk.messages import _
from migdesk.models import Person, PersonMedia, PersonMerge, PersonRevision
from migdesk.persons import codec, person_rows, search, search_index
from migdesk.persons.media_metadata import strip_new_media
from migdesk.persons.pair_links import NOT_DUPLICATE, record_link
from migdesk.persons.search import RegistryRow, SearchFilters
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

if TYPE_CHECKING:
    from migdesk.persons.matching import Candidate


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class SaveResult:
    id: str
    revision: int
    warnings: list[str] = field(default_factory=list)
    duplicates: list[DuplicateHint] = field(default_factory=list)


@dataclass(frozen=True)
class DuplicateHint:
    id: str
    name: str
    reason: str  # the strongest of ``reasons`` (the field the CLI has always printed)
    score: float = 0.0  # probability that it is the same person (Fellegi–Sunter)
    reasons: tuple[str, ...] = ()
    level: str = "possible"  # possible («возможный дубликат») | probable («вероятно то же лицо»)


@dataclass(frozen=True)
class HistoryEntry:
    revision: int
    action: str
    changed_at: datetime
    changed_by: str
    changes: dict[str, tuple[Any, Any]]  # field → (old value, new value)


def canonical_json(data: dict[str, Any]) -> str:
    """A revision's snapshot as stored: sorted keys, no spaces, Cyrillic as is."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class PersonService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _require(self, permission: Permission) -> None:
        require(self.vault.current_roles(), permission)

    # --- writing ---------------------------------------------------------------------------

    def add(
        self,
        raw: Any,
        *,
        duplicate_reason: str | None = None,
        not_duplicates: Collection[str] = (),
    ) -> SaveResult:
        """Store a new person. Possible duplicates never block the save; they are returned,
        and the audit entry names them with the officer's ``duplicate_reason`` for saving
        anyway (the GUI asks for it before saving). ``not_duplicates``: the candidates the
        officer was shown and judged another person; with a reason, each such pair is
        recorded as «разные лица», as from the registry-wide list, so that the list does not
        offer it again and ``person links`` shows the decision and its reason."""
        self._require(Permission.PERSON_WRITE)
        # Camera metadata (GPS, serial, time) is not Art. 6 data: stored without it (Art. 11).
        checked = codec.check_person(strip_new_media(raw))
        with self.vault.session() as session:
            if session.scalar(select(Person.pk).where(Person.id == checked.data["id"])):
                raise ValidationFailed(
                    {"id": _("запись {id} уже есть в хранилище").format(id=checked.data["id"])},
                    {"id": _("Идентификатор")},
                )
            now, user = _now(), self.vault.user
            person = Person(
                id=checked.data["id"],
                revision=1,
                created_at=now,
                created_by=user,
                updated_at=now,
                updated_by=user,
            )
            person_rows.apply_to_model(person, checked.data)
            session.add(person)
            session.flush()
            duplicates = find_duplicates(session, person)
            self._record(session, person, "create", sorted(codec.ALL_FIELDS))
            search_index.index_person(session.connection(), person.pk, checked.data)
            _write_keys(session, person.pk, checked.data)
            details: dict[str, Any] | None = None
            if duplicates:
                # Saved next to possible duplicates: who, which and why is on the record.
                details = {"duplicates": [d.id for d in duplicates]}
                if duplicate_reason:
                    details["reason"] = duplicate_reason
            audit.append(
                session,
                self.vault.user,
                "person.create",
                record_kind="person",
                record_id=person.id,
                details=details,
            )
            reason = (duplicate_reason or "").strip()
            for other in duplicates:
                if reason and other.id in not_duplicates:
                    record_link(session, user, person.id, other.id, NOT_DUPLICATE, reason)
            return SaveResult(person.id, 1, checked.warnings, duplicates)

    def update(self, person_id: str, raw: Any) -> SaveResult:
        """Top-level merge: fields present replace the stored ones (lists as a whole), absent
        fields stay, ``null`` clears."""
        self._require(Permission.PERSON_WRITE)
        if not isinstance(raw, dict):
            raise ValidationFailed({"": _("ожидается JSON-объект с полями")}, {"": _("запись")})
        if "photos" in raw or "fingerprint_card" in raw:
            # Outside the write transaction: re-encoding a 20 MB photo takes a second.
            # Media already stored stay as they are (no silent new revision of old records).
            raw = strip_new_media(raw, self._media_digests(person_id))
        with self.vault.session() as session:
            person = self._load(session, person_id, with_media=True)
            current = person_rows.model_to_json(person)
            merged = {**current, **raw, "id": person.id}
            for name in codec.NAME_FIELDS:
                ru, lat = f"{name}_ru", f"{name}_lat"
                # A Latin name that was only the transliteration of the old Russian one
                # follows a changed Russian name; one the officer typed stays.
                if (
                    ru in raw
                    and lat not in raw
                    and current.get(lat) == codec.derived_latin(current.get(ru))
                ):
                    merged[lat] = None
            for key in ("schema_version", "revision"):
                merged.pop(key, None)
            checked = codec.check_person(merged)
            before = person_rows.model_to_json(person, include_media=False)
            person_rows.apply_to_model(person, checked.data)
            session.flush()
            after = person_rows.model_to_json(person, include_media=False)
            changed = sorted(k for k in codec.ALL_FIELDS if before.get(k) != after.get(k))
            if not changed:
                return SaveResult(person.id, person.revision, checked.warnings, [])
            person.revision += 1
            person.updated_at = _now()
            person.updated_by = self.vault.user
            duplicates = find_duplicates(session, person)
            self._record(session, person, "update", changed)
            search_index.index_person(session.connection(), person.pk, checked.data)
            _write_keys(session, person.pk, checked.data)
            audit.append(
                session,
                self.vault.user,
                "person.update",
                record_kind="person",
                record_id=person.id,
                details={"fields": changed, "revision": person.revision},
            )
            return SaveResult(person.id, person.revision, checked.warnings, duplicates)

    def _record(self, session: Session, person: Person, action: str, changed: list[str]) -> None:
        snapshot = person_rows.model_to_json(person, include_media=False)
        session.add(
            PersonRevision(
                person_id=person.id,
                revision=person.revision,
                action=action,
                changed_at=person.updated_at,
                changed_by=person.updated_by,
                snapshot=canonical_json(snapshot),
                changed_fields=json.dumps(changed),
            )
        )

    # --- reading ---------------------------------------------------------------------------

    def _media_digests(self, person_id: str) -> frozenset[str]:
        with self.vault.read_session() as session:
            rows = session.scalars(
                select(PersonMedia.sha256).join(Person).where(Person.id == person_id)
            )
            return frozenset(rows)

    def _load(self, session: Session, person_id: str, *, with_media: bool = False) -> Person:
        stmt = select(Person).where(Person.id == person_id)
        if with_media:
            stmt = stmt.options(selectinload(Person.media).undefer(PersonMedia.data))
        person = session.scalar(stmt)
        if person is None:
            survivor = session.scalar(
                select(PersonMerge.survivor_id).where(PersonMerge.absorbed_id == person_id)
            )
            if survivor is not None:
                raise NotFound(
                    _("Запись «{person_id}» объединена с записью «{survivor}».").format(
                        person_id=person_id, survivor=survivor
                    )
                )
            raise NotFound(
                _("Лицо с идентификатором «{person_id}» не найдено.").format(person_id=person_id)
            )
        return person

    def get(self, person_id: str, *, include_media: bool = True) -> dict[str, Any]:
        """The full record; the view itself is written to the audit trail (Art. 11.4)."""
        self._require(Permission.PERSON_READ)
        with self.vault.session() as session:
            person = self._load(session, person_id, with_media=include_media)
            audit.append(
                session, self.vault.user, "person.view", record_kind="person", record_id=person.id
            )
            return person_rows.model_to_json(person, include_media=include_media)

    def media(self, person_id: str, sha256: str) -> bytes:
        self._require(Permission.PERSON_READ)
        with self.vault.read_session() as session:
            person = self._load(session, person_id)
            row = session.scalar(
                select(PersonMedia)
                .where(PersonMedia.person_pk == person.pk, PersonMedia.sha256 == sha256)
                .options(undefer(PersonMedia.data))
            )
            if row is None:
                raise NotFound(_("Изображение не найдено."))
            return row.data

    def history(self, person_id: str) -> list[HistoryEntry]:
        self._require(Permission.PERSON_READ)
        with self.vault.session() as session:
            audit.append(
                session,
                self.vault.user,
                "person.history",
                record_kind="person",
                record_id=person_id,
            )
            revisions = list(
                session.scalars(
                    select(PersonRevision)
                    .where(PersonRevision.person_id == person_id)
                    .order_by(PersonRevision.revision)
                )
            )
        if not revisions:
            raise NotFound(
                _("Лицо с идентификатором «{person_id}» не найдено.").format(person_id=person_id)
            )
        entries: list[HistoryEntry] = []
        previous: dict[str, Any] = {}
        for rev in revisions:
            snapshot = json.loads(rev.snapshot)
            fields = json.loads(rev.changed_fields)
            changes = {f: (previous.get(f), snapshot.get(f)) for f in fields}
            entries.append(
                HistoryEntry(rev.revision, rev.action, rev.changed_at, rev.changed_by, changes)
            )
            previous = snapshot
        return entries

    def as_of(self, person_id: str, moment: datetime) -> dict[str, Any] | None:
        """The record as it was at ``moment`` (UTC, naive), or None if it did not exist yet."""
        self._require(Permission.PERSON_READ)
        with self.vault.session() as session:
            audit.append(
                session,
                self.vault.user,
                "person.view",
                record_kind="person",
                record_id=person_id,
                details={"as_of": moment.isoformat()},
            )
            rev = session.scalar(
                select(PersonRevision)
                .where(PersonRevision.person_id == person_id, PersonRevision.changed_at <= moment)
                .order_by(PersonRevision.revision.desc())
                .limit(1)
            )
            if rev is None:
                if session.scalar(select(Person.pk).where(Person.id == person_id)) is None:
                    raise NotFound(
                        _("Лицо с идентификатором «{person_id}» не найдено.").format(
                            person_id=person_id
                        )
                    )
                return None
            loaded: dict[str, Any] = json.loads(rev.snapshot)
            return loaded

    def search(
        self, query: str, *, limit: int | None = 200, filters: SearchFilters | None = None
    ) -> list[RegistryRow]:
        self._require(Permission.PERSON_READ)
        with self.vault.engine.connect() as conn:
            pks = search.search_pks(conn, query, limit=limit, filters=filters)
            rows = search.fetch_rows(conn, pks)
        self.record_search(query, len(rows), filters)
        return rows

    def record_search(self, query: str, found: int, filters: SearchFilters | None = None) -> None:
        """Searches are audited too; the GUI's lazy registry calls this after its own query."""
        self._require(Permission.PERSON_READ)
        details: dict[str, Any] = {
            "query_hmac": audit.query_fingerprint(self.vault.data_key, query),
            "found": found,
        }
        if filters is not None:
            details["filters"] = {"citizenship": filters.citizenship, "sex": filters.sex}
        with self.vault.session() as session:
            audit.append(session, self.vault.user, "person.search", details=details)

    def count(self) -> int:
        with self.vault.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM persons")).scalar_one())


def raw_connection(session: Session) -> Any:
    """The DB-API connection of the session's transaction (lists of keys without ORM rows)."""
    return session.connection().connection.driver_connection


def _write_keys(session: Session, pk: int, data: dict[str, Any]) -> None:
    from migdesk.persons.blocking import record_from_data, write_keys

    write_keys(raw_connection(session), pk, record_from_data(data))


def hint_of(candidate: Candidate) -> DuplicateHint:
    match = candidate.match
    return DuplicateHint(
        id=candidate.id,
        name=candidate.name,
        reason=match.reasons[0] if match.reasons else "",
        score=round(match.score, 3),
        reasons=match.reasons,
        level=match.level or "possible",
    )


def find_duplicates(session: Session, person: Person) -> list[DuplicateHint]:
    """Probable duplicates of ``person`` among other records, best first (a warning, never
    a block). ``person`` may be transient (an incoming record not stored)."""
    data = person_rows.model_to_json(person, include_media=False)
    # Record linkage (RapidFuzz) is loaded by the first save, not by commands that only read.
    from migdesk.persons.blocking import record_from_data
    from migdesk.persons.matching import match_record

    found = match_record(raw_connection(session), record_from_data(data), exclude_pk=person.pk)
    return [hint_of(c) for c in found]
