"""Bundle import matches each incoming new person to local records: the preview says «новое
лицо» or «вероятно то же лицо, что …»; a link on request keeps two records (never a merge),
the received one with its provider's limits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from migdesk.exchange import export_bundle, import_bundle, import_plan, person_import
from migdesk.persons.duplicates import SAME_PERSON, DuplicateService
from migdesk.persons.service import PersonService
from migdesk.security.handling import limits_of
from tests.exchange.exchange_world import AM, Station
from tests.persons.test_link_fields import assert_in_step

KZ_RECORD = {
    "surname_ru": "Арутюнян",
    "given_name_ru": "Тигран",
    "sex": "M",
    "birth_date": "1980-02-03",
    "citizenship": ["ARM"],
}
AM_RECORD = {**KZ_RECORD, "surname_ru": "Арутюньян", "surname_lat": "HARUTYUNYAN"}
NEWCOMER = {"surname_ru": "Новиков", "given_name_ru": "Пётр", "birth_date": "1991-01-01"}


def test_preview_matches_and_link_on_import(kz: Station, am: Station, stick: Path) -> None:
    with kz.open() as vault:
        theirs = PersonService(vault).add(AM_RECORD).id
        newcomer = PersonService(vault).add(NEWCOMER).id
        exported = export_bundle(vault, AM, stick, persons=[theirs, newcomer])
    assert exported.ok and exported.path is not None
    with am.open() as vault:
        ours = PersonService(vault).add(KZ_RECORD).id
        preview = import_bundle(vault, exported.path, dry_run=True)
        [match] = preview.preview.matches
        assert (match.id, match.local_id, match.level) == (theirs, ours, "probable")
        assert match.describe().startswith("вероятно то же лицо, что Арутюнян Тигран")
        assert "фамилия в другом написании" in match.reasons
        assert {c.id for c in preview.preview.new_persons} == {theirs, newcomer}
        assert preview.to_json()["matches"][0]["local_id"] == ours

        result = import_bundle(vault, exported.path, links=[theirs])
        assert result.status == "imported"
        assert result.preview.matches[0].linked
        # Two records, linked; the received one keeps its provenance and limits.
        assert PersonService(vault).count() == 3
        [link] = DuplicateService(vault).links(ours)
        assert link.kind == SAME_PERSON and {link.person_id, link.other_id} == {ours, theirs}
        with vault.session() as session:
            limits = limits_of(session, "person", theirs)
            assert limits is not None and limits.provider_authority != ""
            assert limits_of(session, "person", ours) is None


def test_new_persons_are_matched_in_batches(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Matching runs a batch of new persons at a time and the rest after the last record:
    each new person still gets its own match, linked where asked, whatever the batch."""
    monkeypatch.setattr(person_import, "MATCH_BATCH", 2)
    others = [
        {**NEWCOMER, "surname_ru": name, "birth_date": f"1991-01-0{i + 2}"}
        for i, name in enumerate(("Смирнов", "Кузнецов", "Попов"))
    ]
    twin = {**KZ_RECORD, "given_name_ru": "Ашот", "birth_date": "1975-06-07"}
    with kz.open() as vault:
        people = PersonService(vault)
        sent = [people.add(AM_RECORD).id] + [people.add(o).id for o in others]
        sent.append(people.add({**twin, "surname_lat": "HARUTYUNYAN"}).id)
        exported = export_bundle(vault, AM, stick, persons=sent)
    assert exported.ok and exported.path is not None
    with am.open() as vault:
        ours = PersonService(vault).add(KZ_RECORD).id
        our_twin = PersonService(vault).add(twin).id
        result = import_bundle(vault, exported.path, links=[sent[4]])
        assert result.status == "imported"
        matched = {m.id: (m.local_id, m.linked) for m in result.preview.matches}
        assert matched == {sent[0]: (ours, False), sent[4]: (our_twin, True)}
        [link] = DuplicateService(vault).links(our_twin)
        assert {link.person_id, link.other_id} == {our_twin, sent[4]}
        assert DuplicateService(vault).links(ours) == []


def test_imported_and_updated_persons_have_their_compared_fields(
    kz: Station, am: Station, stick: Path
) -> None:
    with kz.open() as vault:
        people = PersonService(vault)
        sent = people.add(AM_RECORD).id
        first = export_bundle(vault, AM, stick, persons=[sent])
        people.update(sent, {"surname_ru": "Арутюнов", "citizenship": ["ARM", "RUS"]})
        second = export_bundle(vault, AM, stick, persons=[sent])
    assert first.path is not None and second.path is not None
    with am.open() as vault:
        PersonService(vault).add(NEWCOMER)
        assert import_bundle(vault, first.path).status == "imported"
        assert_in_step(vault)
        assert import_bundle(vault, second.path).status == "imported"
        assert_in_step(vault)
        [row] = vault.raw_execute(
            "SELECT surname_ru, citizenship FROM person_link_fields WHERE id = ?", sent
        )
        assert row[0] == "Арутюнов" and sorted(row[1].split()) == ["ARM", "RUS"]


def test_preview_and_import_match_alike_whatever_the_bundle_wrote_first(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle carrying five copies of one person, each its own record: on the import the
    earlier copies are written (keys and all) before the later ones are matched, and they
    score higher with them than our record does. They are the bundle's own persons, so every
    copy is still matched to ours, as in the preview; a copy written before its match was
    known is linked all the same (before, the fifth copy's four best were its earlier copies,
    all left out: «новое лицо» on the import, our record in the preview)."""
    monkeypatch.setattr(import_plan, "PLAN_BATCH", 1)  # written one at a time, keys at once
    monkeypatch.setattr(person_import, "MATCH_BATCH", 3)
    with kz.open() as vault:
        people = PersonService(vault)
        sent = [people.add(AM_RECORD).id for _ in range(5)]
        exported = export_bundle(vault, AM, stick, persons=sent)
    assert exported.ok and exported.path is not None

    def matches(result: Any) -> list[tuple[str, str, float, tuple[str, ...]]]:
        return [(m.id, m.local_id, m.score, m.reasons) for m in result.preview.matches]

    with am.open() as vault:  # ours: a citizenship of its own, the copies agree better
        ours = PersonService(vault).add({**KZ_RECORD, "citizenship": ["RUS"]}).id
        preview = import_bundle(vault, exported.path, dry_run=True)
        assert [(m[0], m[1]) for m in matches(preview)] == [(s, ours) for s in sent]
        result = import_bundle(vault, exported.path, links=[sent[0], sent[4]])
        assert result.status == "imported"
        assert matches(result) == matches(preview)
        linked = DuplicateService(vault).links(ours)
        assert sorted(({k.person_id, k.other_id} - {ours}).pop() for k in linked) == sorted(
            [sent[0], sent[4]]
        )
