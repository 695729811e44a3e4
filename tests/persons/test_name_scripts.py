"""Russian-name fields take Cyrillic (issue 15): Armenian letters are refused with a message
naming the field; Kazakh Cyrillic letters are accepted."""

from __future__ import annotations

import json

import pytest

from migdesk.errors import ValidationFailed
from migdesk.persons.codec import check_person
from tests.conftest import Cli, sample_person


@pytest.mark.parametrize(
    ("field", "value", "label"),
    [
        ("surname_ru", "Հարությունյան", "Фамилия (рус.)"),
        ("given_name_ru", "Արամ", "Имя (рус.)"),
        ("patronymic_ru", "Ашотович\u0587", "Отчество (рус.)"),  # one Armenian ligature
        ("surname_ru", "Петросﬓн", "Фамилия (рус.)"),  # an Armenian presentation form
    ],
)
def test_armenian_letters_in_a_russian_name_are_refused(field: str, value: str, label: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        check_person(sample_person(**{field: value}))
    message = caught.value.problems[field]
    assert f"«{label}» пишется кириллицей" in message
    assert "армянские буквы" in message
    assert "(лат.)" in message  # where the name can go instead


def test_kazakh_cyrillic_letters_stay_allowed() -> None:
    checked = check_person(
        sample_person(
            surname_ru="Әбілқасымова",
            given_name_ru="Ғалия",
            patronymic_ru="Құрманқызы Үмітұлы Ңөһі",
        )
    )
    assert checked.data["surname_ru"] == "Әбілқасымова"


@pytest.mark.slow
def test_cli_refuses_an_armenian_russian_name(cli_vault: Cli) -> None:
    person = sample_person(surname_ru="Հարությունյան")
    result = cli_vault("person", "add", "-", stdin=json.dumps(person, ensure_ascii=False))
    assert result.code == 1
    assert "«Фамилия (рус.)» пишется кириллицей" in result.stderr
    assert "Traceback" not in result.stderr
    found = cli_vault("person", "search", "Пробный", "--json")  # the given name
    assert found.code == 0, found.stderr
    assert found.json() == []  # nothing was saved
