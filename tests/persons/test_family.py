"""Family links (Art. 1, Art. 3.1(4)): spouse, child, parent, other; read from either side
through the inverse relation; the relatives' residence rights listed with them; destroyed
with a person; the CLI face."""

from __future__ import annotations

import json

import pytest

from migdesk.errors import InvalidInput, NotFound
from migdesk.office.retention import RetentionService
from migdesk.office.users import UserService
from migdesk.persons.family import FamilyService
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import Cli, sample_person

WORK = {"kind": "work_permit", "country": "KAZ", "valid_until": "2027-05-31"}


def _family(vault: Vault) -> tuple[str, str, str]:
    persons = PersonService(vault)
    father = persons.add(sample_person(surname_ru="Отцов", residence_permits=[WORK])).id
    mother = persons.add(sample_person(surname_ru="Матерова", sex="F")).id
    child = persons.add(sample_person(surname_ru="Детов")).id
    return father, mother, child


def test_links_read_from_both_sides_with_residence_rights(vault: Vault) -> None:
    father, mother, child = _family(vault)
    family = FamilyService(vault)
    assert family.add(father, mother, "spouse")
    assert family.add(father, child, "child")
    assert not family.add(child, father, "parent")  # the same link, said from the other side
    seen = family.relatives(child)
    assert [(r.relative_id, r.relation, r.label) for r in seen] == [(father, "parent", "родитель")]
    assert seen[0].rights[0].label == "право на работу"
    assert seen[0].rights[0].valid_until == "2027-05-31"
    assert [(r.relation, r.name.split()[0]) for r in family.relatives(father)] == [
        ("spouse", "Матерова"),
        ("child", "Детов"),
    ]
    # Said differently, the link changes (one row per pair).
    family.add(mother, father, "other")
    assert [r.relation for r in family.relatives(father)] == ["child", "other"]
    family.remove(father, mother)
    assert [r.relative_id for r in family.relatives(mother)] == []
    with pytest.raises(NotFound):
        family.remove(father, mother)


def test_bad_links_are_refused(vault: Vault) -> None:
    father, _, _ = _family(vault)
    family = FamilyService(vault)
    with pytest.raises(InvalidInput, match="степень родства «cousin»"):
        family.add(father, father, "cousin")
    with pytest.raises(InvalidInput, match="собственной семьи"):
        family.add(father, father, "child")
    with pytest.raises(NotFound):
        family.add(father, "00000000-0000-4000-8000-000000000000", "child")


def test_a_destroyed_persons_links_go_with_it(vault: Vault) -> None:
    father, mother, _ = _family(vault)
    FamilyService(vault).add(father, mother, "spouse")
    UserService(vault).add("chief", "supervisor", "head of unit pass 2")
    RetentionService(vault).propose(father, "истечение срока хранения", early=True)
    chief = Vault.open(vault.path, "chief", "head of unit pass 2")
    try:
        act = RetentionService(chief).destroy(father, "истечение срока хранения")
    finally:
        chief.close()
    assert act.summary["family_links"] == 1
    assert FamilyService(vault).relatives(mother) == []
    assert vault.raw_execute("SELECT count(*) FROM person_family") == [(0,)]


@pytest.mark.slow
def test_cli_family_add_list_remove(cli_vault: Cli) -> None:
    ids = [
        cli_vault(
            "person",
            "add",
            "-",
            "--json",
            stdin=json.dumps(sample_person(**extra), ensure_ascii=False),
        ).json()["id"]
        for extra in ({"residence_permits": [WORK]}, {"surname_ru": "Супругова", "sex": "F"})
    ]
    added = cli_vault("person", "family", "add", ids[1], ids[0], "--relation", "spouse", "--json")
    assert added.code == 0, added.stderr
    assert added.json() == {
        "id": ids[1],
        "relative_id": ids[0],
        "relation": "spouse",
        "added": True,
    }
    listed = cli_vault("person", "family", "list", ids[0], "--json").json()
    assert [(r["relative_id"], r["relation"], r["relation_label"]) for r in listed] == [
        (ids[1], "spouse", "супруг (супруга)")
    ]
    rights = cli_vault("person", "family", "list", ids[1], "--json").json()[0]["rights"]
    assert rights == [
        {
            "kind": "work_permit",
            "label": "право на работу",
            "country": "KAZ",
            "valid_until": "2027-05-31",
        }
    ]
    bad = cli_vault("person", "family", "add", ids[0], ids[0], "--relation", "child")
    assert bad.code == 1 and "собственной семьи" in bad.stderr
    assert cli_vault("person", "family", "remove", ids[0], ids[1]).code == 0
    assert cli_vault("person", "family", "list", ids[0]).stdout.strip() == "Члены семьи не указаны."
