"""Family links and a work permit's employer travel with the persons (Art. 1, Art. 3.1(4)):
a link goes when both persons are in the bundle and is recorded between the same persons on
the other side, once; the employer goes inside the person record."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.family import FamilyService, link_state
from migdesk.persons.service import PersonService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station


def test_a_link_travels_only_with_both_persons(kz: Station, am: Station, tmp_path: Path) -> None:
    with kz.open() as vault:
        persons = PersonService(vault)
        mother = persons.add(sample_person(surname_ru="Матерова", sex="F")).id
        child = persons.add(sample_person(surname_ru="Детова", sex="F")).id
        other = persons.add(sample_person(surname_ru="Посторонний")).id
        family = FamilyService(vault)
        family.add(mother, child, "child")
        family.add(mother, other, "other")
        first = tmp_path / "first"
        first.mkdir()
        sent = export_bundle(vault, AM, first, persons=[mother, child], note="Семья (тест).")
    assert sent.ok and sent.path is not None
    assert sent.counts.get("family_link") == 1  # the link to «other» stays: he is not sent
    with am.open() as vault:
        assert import_bundle(vault, sent.path).status == "imported"
        seen = FamilyService(vault).relatives(child)
        assert [(r.relative_id, r.relation) for r in seen] == [(mother, "parent")]
        assert [r.relative_id for r in FamilyService(vault).relatives(mother)] == [child]
        assert import_bundle(vault, sent.path).status == "already_imported"
        assert vault.raw_execute("SELECT count(*) FROM person_family") == [(1,)]


def test_a_work_permits_employer_travels_with_the_person(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    employer = {
        "employer_name": "ООО «Ереван-Тест»",
        "employer_number": "02512345",
        "employer_address": "г. Ереван, ул. Туманяна, 5",
    }
    permit = {"kind": "work_permit", "country": "ARM", **employer}
    with kz.open() as vault:
        person = PersonService(vault).add(sample_person(residence_permits=[permit])).id
        sent = export_bundle(vault, AM, tmp_path, persons=[person], note="Работник (тест).")
    assert sent.ok and sent.path is not None
    with am.open() as vault:
        assert import_bundle(vault, sent.path).status == "imported"
        received = PersonService(vault).get(person)["residence_permits"][0]
    assert {k: received[k] for k in employer} == employer


@pytest.mark.slow
def test_the_preview_lists_the_family_links_it_carries(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    """The officer sees the links before confirming: in the preview (``--dry-run --json``
    gains ``family_links``) and in the human output, named by the persons' names."""
    with kz.open() as vault:
        persons = PersonService(vault)
        mother = persons.add(sample_person(surname_ru="Матерова", sex="F")).id
        child = persons.add(sample_person(surname_ru="Детова", sex="F")).id
        FamilyService(vault).add(mother, child, "child")
        out = tmp_path / "stick"
        out.mkdir()
        sent = export_bundle(vault, AM, out, persons=[mother, child], note="Семья (тест).")
    assert sent.ok and sent.path is not None
    received = am.cli()
    preview = received("bundle", "import", str(sent.path), "--dry-run", "--json")
    assert preview.code == 0, preview.stderr
    [link] = preview.json()["family_links"]
    assert link == {
        "person": mother,
        "person_name": "Матерова Пробный Образцович",
        "relative": child,
        "relative_name": "Детова Пробный Образцович",
        "relation": "child",
        "change": "new",
    }
    assert received("person", "show", child, "--json").code != 0  # nothing imported
    human = received("bundle", "import", str(sent.path), "--dry-run")
    assert (
        "Связь с членом семьи: Детова Пробный Образцович — ребёнок лица "
        "Матерова Пробный Образцович: будет записана" in human.stdout
    ), human.stdout
    english = received("bundle", "import", str(sent.path), "--dry-run", MIGDESK_LANG="en")
    assert "child" in english.stdout and "ребёнок" not in english.stdout
    assert received("bundle", "import", str(sent.path), "--json").code == 0
    with am.open() as vault, vault.session() as session:
        # Sent again, the same link is «already recorded», seen from either end; another
        # relation between the same two persons replaces the recorded one.
        assert link_state(session, mother, child, "child") == "unchanged"
        assert link_state(session, child, mother, "parent") == "unchanged"
        assert link_state(session, child, mother, "spouse") == "replaced"
