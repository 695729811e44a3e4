"""A work permit's employer (Art. 3.1(4), 5.1.2): name, BIN/INN and address, validated,
stored, printed on the person sheet, carried by the person JSON of the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from migdesk import messages
from migdesk.errors import ValidationFailed
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import Cli, sample_person
from tests.support.files import pdftotext

EMPLOYER = {
    "employer_name": "ТОО «Строймонтаж-Тест»",
    "employer_number": "123456789013",
    "employer_address": "г. Алматы, ул. Абая, 1",
}
WORK = {"kind": "work_permit", "country": "KAZ", "number": "РТ-77", **EMPLOYER}


def test_employer_is_stored_and_shown(vault: Vault) -> None:
    service = PersonService(vault)
    person = service.add(
        sample_person(residence_permits=[WORK, {"kind": "temporary_residence"}])
    ).id
    permits = service.get(person)["residence_permits"]
    assert permits[0] == WORK | {
        "issued_on": None,
        "valid_from": None,
        "valid_until": None,
        "issued_by": None,
    }
    assert "employer_name" not in permits[1]  # other permits' JSON is unchanged


@pytest.mark.parametrize(
    ("permit", "message"),
    [
        ({"kind": "work_permit", "employer_number": "12-34"}, "12 цифр"),
        ({"kind": "work_permit", "employer_number": "1234567890"}, "8 цифр"),
        ({"kind": "permanent_residence", "employer_name": "ТОО"}, "только для права на работу"),
    ],
)
def test_bad_employer_is_refused(vault: Vault, permit: dict[str, str], message: str) -> None:
    with pytest.raises(ValidationFailed, match=message):
        PersonService(vault).add(sample_person(residence_permits=[permit]))


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("ru", "неверная контрольная цифра БИН"),
        ("en", "wrong check digit of the employer's BIN"),
        ("kk", "БСН"),
    ],
)
def test_a_bin_with_a_wrong_check_digit_is_refused_in_the_interface_language(
    vault: Vault, lang: str, message: str
) -> None:
    # 123456789012: the BIN's check digit (the IIN's algorithm) would be 3.
    permit = {"kind": "work_permit", "employer_number": "123456789012"}
    messages.set_language(lang)
    with pytest.raises(ValidationFailed, match=message) as refused:
        PersonService(vault).add(sample_person(residence_permits=[permit]))
    assert "residence_permits[0].employer_number" in str(refused.value.problems)
    # The IIN of a sole trader is checked the same way; an Armenian TIN (8 digits) is not.
    for number in ("123456789013", "990340005977", "02512345"):
        permit["employer_number"] = number
        PersonService(vault).add(sample_person(residence_permits=[permit]))


@pytest.mark.slow
def test_cli_person_sheet_prints_the_employer(cli_vault: Cli, tmp_path: Path) -> None:
    added = cli_vault(
        "person",
        "add",
        "-",
        "--json",
        stdin=json.dumps(sample_person(residence_permits=[WORK]), ensure_ascii=False),
    )
    assert added.code == 0, added.stderr
    person = added.json()["id"]
    shown = cli_vault("person", "show", person, "--json").json()
    assert shown["residence_permits"][0]["employer_number"] == "123456789013"
    out = tmp_path / "sheet.pdf"
    rendered = cli_vault("doc", "render", person, "--kind", "person-sheet", "--out", str(out))
    assert rendered.code == 0, rendered.stderr
    text = " ".join(pdftotext(out, "-enc", "UTF-8").split())
    assert "работодатель: ТОО «Строймонтаж-Тест», БИН/ИНН 123456789013" in text
    assert "ул. Абая, 1" in text
