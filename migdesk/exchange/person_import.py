"""Person records arriving in a bundle (Art. 6): each is checked by the same codec as
``PersonService``, matched against the registry, inserted or updated with its history and
search index, and its handling (Art. 11.2, 11.3) and provenance recorded. The record format
is described in ``person_items``.
"""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import islice
from typing import Any

from sqlalchemy.orm import Session

from migdesk.exchange import match_ahead, person_batch
from migdesk.exchange.items import (
    Apply,
    ImportScope,
    Resolution,
    register_importer,
)
from migdesk.exchange.keys import now_utc
from migdesk.exchange.match_ahead import MatchAhead
from migdesk.exchange.person_items import display_name, load_person
from migdesk.exchange.person_record_check import Parsed, comparable, differing, parse_person
from migdesk.exchange.preview import Conflict, PersonChange, PersonMatch
from migdesk.exchange.records_ahead import AheadRun
from migdesk.messages import _
from migdesk.models import Person, PersonRevision
from migdesk.persons import codec, person_rows, search_index
from migdesk.persons.blocking import record_from_data, write_keys
from migdesk.persons.bulk_rows import Preparer
from migdesk.persons.duplicates import SAME_PERSON, record_link
from migdesk.persons.linkage import LinkRecord
from migdesk.persons.matching import Candidate
from migdesk.persons.service import raw_connection
from migdesk.security import audit
from migdesk.security.handling import (
    limits_of,
    record_received,
)

# Matched new persons taken up together (``finish``): before, every MATCH_BATCH of them were
# matched on the import's thread; now they are matched on a thread of their own as they are
# planned (``match_ahead``), and their results are taken up once this many wait.
MATCH_BATCH = 20_000
_PENDING_MATCHES = "person_matches_pending"  # (id, name, holder) of new persons not matched yet
_MATCHER = "person_matcher"  # the bundle's ``match_ahead.MatchAhead``
_NEW_COUNT = "persons_new_count"  # how many of the bundle's persons are new (``_stored``)
_NEW = "persons_new"  # planned new persons not yet written (``person_batch``)
_STORED = "persons_stored"  # which of the bundle's persons are stored already
_PREPARER = "person_rows"  # the reading thread's ``Preparer`` (``AheadRun.state``)
_SEEN = "persons_read"  # how many person records it has read
_KNOWN = "persons_previewed"  # new person id → the preview's match (``_previewed``)
SPOT_CHECK = 500  # one record in this many is built by the reference mapping too


def _record_revision(session: Session, person: Person, action: str, changed: list[str]) -> None:
    """As ``PersonService._record``: the history shows imports like any other change."""
    snapshot = person_rows.model_to_json(person, include_media=False)
    session.add(
        PersonRevision(
            person_id=person.id,
            revision=person.revision,
            action=action,
            changed_at=person.updated_at,
            changed_by=person.updated_by,
            snapshot=json.dumps(
                snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":")
            ),
            changed_fields=json.dumps(changed),
        )
    )


class PersonImporter:
    record_type = "person"
    phase = 1

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        return self.plan_prepared(scope, number, record, self._parse(number, record))

    def ahead(self, number: int, record: dict[str, Any], run: AheadRun) -> Parsed:
        """On the import's reading thread (``records_ahead``): the record checked and, for a
        real import, the rows it gets if it is a new person — no database here."""
        parsed = self._parse(number, record)
        parsed.link = record_from_data(parsed.data)
        if run.writing:
            preparer = run.state.get(_PREPARER)
            if preparer is None:
                preparer = run.state[_PREPARER] = Preparer(
                    run.dialect, validate=False, checked=True
                )
            seen = run.state[_SEEN] = run.state.get(_SEEN, 0) + 1
            # The first of every SPOT_CHECK is built both ways too (``bulk_rows``).
            parsed.rows = preparer.record(
                parsed.data, check=seen % SPOT_CHECK == 1, link=parsed.link
            )
        return parsed

    def plan_prepared(
        self, scope: ImportScope, number: int, record: dict[str, Any], prepared: Any
    ) -> Apply | None:
        parsed: Parsed = prepared
        person_id, data, handling = parsed.person_id, parsed.data, parsed.handling
        name = display_name(data)
        existing = (
            load_person(scope.session, person_id)
            if not self._new_in_preview(scope, person_id) and self._stored(scope, person_id)
            else None
        )
        if existing is None:
            scope.preview.new_persons.append(PersonChange(person_id, name))
            link = parsed.link if parsed.link is not None else record_from_data(data)
            found = self._match_later(scope, data["id"], link, name)
            if not scope.writing:  # a preview: nothing to hold for a write
                return None
            scope.extras.setdefault(_NEW, []).append(
                person_batch.NewPerson(data, handling, found, rows=parsed.rows)
            )
            return lambda: self._write_new(scope)
        local = comparable(person_rows.model_to_json(existing))
        fields = differing(local, comparable(data))
        if not fields:
            scope.preview.unchanged_persons.append(PersonChange(person_id, name))
            return None
        limits = limits_of(scope.session, "person", person_id)
        untouched = (
            limits is not None
            and limits.provider_authority == scope.sender
            and existing.updated_at <= limits.received_at
        )
        if untouched:  # a newer version from the same provider, not edited here since
            scope.preview.updated_persons.append(PersonChange(person_id, name, fields))
            return lambda: self._update(scope, existing, data, handling, list(fields))
        resolution = scope.resolutions.get(person_id)
        scope.preview.conflicts.append(
            Conflict(person_id, name, fields, resolution.value if resolution else None)
        )
        if resolution is Resolution.BUNDLE:
            return lambda: self._update(scope, existing, data, handling, list(fields))
        return None

    def _stored(self, scope: ImportScope, person_id: str) -> bool:
        """Whether a person is stored: the bundle's persons are looked up together, once."""
        stored = scope.extras.get(_STORED)
        if stored is None:
            stored = scope.extras[_STORED] = set()
            ids = scope.carried.ids(self.record_type)  # a chunk at a time, never all at once
            carried = 0
            while chunk := list(islice(ids, person_batch.CHUNK)):
                stored |= person_batch.existing_person_ids(scope, chunk)
                carried += len(chunk)
            scope.extras[_NEW_COUNT] = carried - len(stored)
        if scope.carries(self.record_type, person_id):
            return person_id in stored
        return load_person(scope.session, person_id) is not None

    def _new_in_preview(self, scope: ImportScope, person_id: str) -> bool:
        """Whether the preview, on the vault exactly as it is now (``registry_watch``), found
        this person new: then it is not stored, and the bundle's ids need not be looked up."""
        known = self._previewed(scope)
        return known is not None and person_id in known

    def _write_new(self, scope: ImportScope) -> None:
        """The new persons planned so far, written together (the first action does it)."""
        person_batch.write_new(
            scope,
            scope.extras.pop(_NEW, []),
            lambda p: self._insert(scope, p.data, p.handling, p.match[0]),
            lambda p: self._link(scope, p.data["id"], p.match[0]),
        )

    def _parse(self, number: int, record: dict[str, Any]) -> Parsed:
        return parse_person(number, record)

    def _match_later(
        self, scope: ImportScope, person_id: str, record: LinkRecord, name: str
    ) -> list[PersonMatch | None]:
        """The best local match of an incoming new person (record linkage), found with the
        bundle's other new persons on the matching thread (``match_ahead``: a block at a
        time, one pass over the blocking index and one over the compact rows, while the
        import writes) and reported in the preview: «вероятно то же лицо, что …» or, with
        none, «новое лицо». Returns the holder it is put in."""
        holder: list[PersonMatch | None] = [None]
        known = self._previewed(scope)
        if known is not None and person_id in known:
            # Found by the preview on the vault exactly as it is now (``registry_watch``).
            match = known[person_id]
            if match is not None:
                wanted = person_id in scope.extras.get("links", ())
                linked = match if match.linked == wanted else replace(match, linked=wanted)
                scope.preview.matches.append(linked)
                holder[0] = linked
            return holder
        scope.extras.setdefault(_PENDING_MATCHES, []).append((person_id, name, holder))
        self._matcher(scope).add(record, scope.progress)
        return holder

    def _previewed(self, scope: ImportScope) -> dict[str, PersonMatch | None] | None:
        """The preview's finding for each new person it saw, when the import may take them
        (None: match them here)."""
        known: dict[str, PersonMatch | None] | None = scope.extras.get(_KNOWN)
        if known is None and scope.extras.get("previewed") is not None:
            preview = scope.extras["previewed"]
            known = dict.fromkeys((p.id for p in preview.new_persons), None)
            known.update((m.id, m) for m in preview.matches)
            scope.extras[_KNOWN] = known
        return known

    def _matcher(self, scope: ImportScope) -> MatchAhead:
        matcher: MatchAhead | None = scope.extras.get(_MATCHER)
        if matcher is None:
            # The bundle's own persons are left out before ranking: the registry as it was
            # before the import, for a real import (its thread's snapshot) as for a preview.
            matcher = scope.extras[_MATCHER] = MatchAhead(
                scope.vault,
                lambda: raw_connection(scope.session),
                lambda local_id: scope.carries("person", local_id),
                block=match_ahead.block_for(scope.extras.get(_NEW_COUNT, 0), MATCH_BATCH),
            )
            scope.cleanup.append(matcher.close)
        return matcher

    def finish(self, scope: ImportScope) -> None:
        """After each batch of planned records: once ``MATCH_BATCH`` new persons wait for
        their matches, the ones matched already are taken up (the rest wait for ``close``)."""
        matcher: MatchAhead | None = scope.extras.get(_MATCHER)
        if matcher is not None and len(scope.extras.get(_PENDING_MATCHES, ())) >= MATCH_BATCH:
            self._take(scope, matcher.collect(wait=False, tick=scope.progress))

    def _take(self, scope: ImportScope, found: list[list[Candidate]]) -> None:
        """The matches of the first ``len(found)`` waiting new persons: in the preview, in
        their holders, and linked if asked and written already."""
        waiting = scope.extras.get(_PENDING_MATCHES, [])
        taken, scope.extras[_PENDING_MATCHES] = waiting[: len(found)], waiting[len(found) :]
        links = scope.extras.get("links", ())
        unwritten = {p.data["id"] for p in scope.extras.get(_NEW, ())}
        for (person_id, name, holder), best in zip(taken, found, strict=True):
            if not best:
                continue
            match = PersonMatch(
                id=person_id,
                name=name,
                local_id=best[0].id,
                local_name=best[0].name,
                score=round(best[0].match.score, 3),
                level=best[0].match.level or "possible",
                reasons=best[0].match.reasons,
                linked=person_id in links,
            )
            scope.preview.matches.append(match)
            holder[0] = match
            if scope.writing and person_id not in unwritten:
                # Written by an earlier batch, before its match was known: link it now (a
                # person still to be written is linked as it is written, ``_link``).
                self._link(scope, person_id, match)

    def close(self, scope: ImportScope) -> None:
        """Every person of the bundle is planned and written: the last new persons go to the
        matching thread, the held linkage keys are written meanwhile (matching does not see
        them: its snapshot is older), then the matches are waited for (with progress and
        cancel) and taken up."""
        matcher: MatchAhead | None = scope.extras.pop(_MATCHER, None)
        if matcher is not None:
            matcher.flush(scope.progress)
        if scope.writing:
            person_batch.write_keys_held(scope)
        if matcher is not None:
            self._take(scope, matcher.collect(wait=True, tick=scope.progress))
            matcher.close()

    def _received(self, scope: ImportScope, person_id: str, handling: dict[str, Any]) -> None:
        record_received(scope.session, person_batch.received_of(scope, person_id, handling))

    def _link(self, scope: ImportScope, person_id: str, match: PersonMatch | None) -> None:
        if match is not None and match.linked:
            # Linked, not merged: the received record keeps its provenance and limits.
            record_link(
                scope.session,
                scope.user,
                person_id,
                match.local_id,
                SAME_PERSON,
                _("при загрузке пакета {bundle_id}").format(bundle_id=scope.bundle_id),
                score=match.score,
            )

    def _insert(
        self,
        scope: ImportScope,
        data: dict[str, Any],
        handling: dict[str, Any],
        match: PersonMatch | None = None,
    ) -> None:
        session, now = scope.session, now_utc()
        person = Person(
            id=data["id"],
            revision=1,
            created_at=now,
            created_by=scope.user,
            updated_at=now,
            updated_by=scope.user,
        )
        person_rows.apply_to_model(person, data)
        session.add(person)
        session.flush()
        _record_revision(session, person, "create", sorted(codec.ALL_FIELDS))
        search_index.index_person(session.connection(), person.pk, data)
        write_keys(raw_connection(session), person.pk, record_from_data(data))
        self._received(scope, person.id, handling)
        audit.append(
            session,
            scope.user,
            "person.import",
            record_kind="person",
            record_id=person.id,
            purpose=handling.get("purpose") or scope.purpose,
            details={"bundle_id": scope.bundle_id, "from": scope.sender},
        )
        self._link(scope, person.id, match)

    def _update(
        self,
        scope: ImportScope,
        person: Person,
        data: dict[str, Any],
        handling: dict[str, Any],
        fields: list[str],
    ) -> None:
        session = scope.session
        # Our retention date is local; the provider's limit comes through record_received.
        data = {**data, "keep_until": person.keep_until.isoformat() if person.keep_until else None}
        person_rows.apply_to_model(person, data)
        person.revision += 1
        person.updated_at = now_utc()
        person.updated_by = scope.user
        session.flush()
        _record_revision(session, person, "update", fields)
        search_index.index_person(session.connection(), person.pk, data)
        write_keys(raw_connection(session), person.pk, record_from_data(data))
        self._received(scope, person.id, handling)
        audit.append(
            session,
            scope.user,
            "person.import_update",
            record_kind="person",
            record_id=person.id,
            purpose=handling.get("purpose") or scope.purpose,
            details={"bundle_id": scope.bundle_id, "from": scope.sender, "fields": fields},
        )


register_importer(PersonImporter())
