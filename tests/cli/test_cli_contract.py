"""The ``migdesk-cli`` contract as scripts rely on it: output formats, exit codes (0 ok,
1 refused or invalid input, 2 usage, 3 vault cannot be opened), messages on stderr only, in
Russian and without tracebacks. Every call is a real child process on a real vault."""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from migdesk.cli.main import build_parser
from migdesk.identity.iin import iin_with_check_digit
from migdesk.persons import codec
from migdesk.vault import Vault
from migdesk.vault.store import read_vault_id
from tests.conftest import ADMIN, PASSWORD, Cli, CliResult, sample_person
from tests.vault.vault_files import assert_no_traceback, assert_russian_message


def _add(cli: Cli, person: dict[str, Any], *extra: str) -> CliResult:
    result = cli("person", "add", "-", *extra, stdin=json.dumps(person, ensure_ascii=False))
    assert result.code == 0, result.stderr
    return result


def _add_id(cli: Cli, person: dict[str, Any]) -> str:
    return str(_add(cli, person, "--json").json()["id"])


def _count(vault_path: Path) -> int:
    """Persons actually stored, read in this process (not through the CLI under test)."""
    with Vault.open(vault_path, ADMIN, PASSWORD) as vault:
        return int(vault.raw_execute("SELECT count(*) FROM persons")[0][0])


def _refused(result: CliResult, code: int) -> None:
    assert result.code == code, (result.code, result.stdout, result.stderr)
    assert result.stdout == ""
    assert_russian_message(result.stderr)


# --- init ------------------------------------------------------------------------------------


def test_init_json(cli: Cli, vault_path: Path) -> None:
    result = cli("init", "--authority", "KZ-MVD", "--json")
    assert result.code == 0, result.stderr
    data = result.json()
    assert data["vault"] == str(vault_path)
    assert data["administrator"] == ADMIN
    assert data["vault_id"] == read_vault_id(vault_path)
    uuid.UUID(data["vault_id"])


def test_init_human(cli: Cli, vault_path: Path) -> None:
    result = cli("init")
    assert result.code == 0, result.stderr
    assert str(vault_path) in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)


# --- person add / show -------------------------------------------------------------------------


def test_add_prints_the_id(cli_vault: Cli, vault_path: Path) -> None:
    plain = _add(cli_vault, sample_person())
    lines = plain.stdout.splitlines()
    assert len(lines) == 1
    first = str(uuid.UUID(lines[0]))
    as_json = _add(cli_vault, sample_person(given_name_ru="Другой"), "--json").json()
    assert isinstance(as_json, dict)
    second = str(uuid.UUID(as_json["id"]))
    assert first != second
    assert _count(vault_path) == 2


def test_add_from_a_file(cli_vault: Cli, tmp_path: Path) -> None:
    source = tmp_path / "person.json"
    source.write_text(json.dumps(sample_person(), ensure_ascii=False), encoding="utf-8")
    result = cli_vault("person", "add", str(source), "--json")
    assert result.code == 0, result.stderr
    uuid.UUID(result.json()["id"])


def test_show_returns_every_field_with_icao_latin_names(cli_vault: Cli) -> None:
    person_id = _add_id(
        cli_vault,
        sample_person(surname_ru="Щукина", given_name_ru="Юлия", patronymic_ru="Ёлкиновна"),
    )
    result = cli_vault("person", "show", person_id, "--json")
    assert result.code == 0, result.stderr
    record = result.json()
    assert set(codec.ALL_FIELDS) <= set(record)
    assert record["id"] == person_id
    assert record["revision"] == 1
    # ICAO Doc 9303: Щ → SHCH, Ю → IU, Я → IA, Ё → E.
    assert record["surname_lat"] == "SHCHUKINA"
    assert record["given_name_lat"] == "IULIIA"
    assert record["patronymic_lat"] == "ELKINOVNA"
    assert record["sex"] == "M"
    assert record["birth_date"] == "1985-04-12"
    assert record["birth_place"] == "г. Образцово"
    assert record["citizenship"] == ["KAZ"]
    assert record["documents"][0]["number"] == "N12345678"
    assert record["documents"][0]["issued_by"] == "МВД РК (тест)"


def test_show_human_has_both_scripts(cli_vault: Cli) -> None:
    person_id = _add_id(cli_vault, sample_person(surname_ru="Щукина"))
    result = cli_vault("person", "show", person_id)
    assert result.code == 0, result.stderr
    assert "Щукина" in result.stdout and "SHCHUKINA" in result.stdout
    assert person_id in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("--json", "person", "show", "{id}"),
        ("person", "--json", "show", "{id}"),
        ("person", "show", "--json", "{id}"),
        ("person", "show", "{id}", "--json"),
    ],
    ids=["before-command", "after-command", "before-id", "at-end"],
)
def test_json_option_anywhere(cli_vault: Cli, args: tuple[str, ...]) -> None:
    person_id = _add_id(cli_vault, sample_person())
    result = cli_vault(*(a.format(id=person_id) for a in args))
    assert result.code == 0, result.stderr
    assert result.json()["id"] == person_id


# --- update / history / as-of --------------------------------------------------------------------


def test_update_merges_and_history_shows_old_and_new(cli_vault: Cli) -> None:
    person_id = _add_id(cli_vault, sample_person())
    result = cli_vault(
        "person",
        "update",
        person_id,
        "-",
        "--json",
        stdin='{"given_name_ru": "Юрий", "birth_place": null}',
    )
    assert result.code == 0, result.stderr
    assert result.json()["revision"] == 2

    record = cli_vault("person", "show", person_id, "--json").json()
    assert record["given_name_ru"] == "Юрий"
    assert record["birth_place"] is None  # null clears
    assert record["surname_ru"] == "Тестов"  # absent fields stay
    assert record["revision"] == 2

    history = cli_vault("person", "history", person_id, "--json")
    assert history.code == 0, history.stderr
    entries = history.json()
    assert [e["revision"] for e in entries] == [1, 2]
    assert [e["action"] for e in entries] == ["create", "update"]
    assert all(e["changed_by"] == ADMIN for e in entries)
    changes = entries[1]["changes"]
    assert changes["given_name_ru"] == {"old": "Пробный", "new": "Юрий"}
    assert changes["birth_place"] == {"old": "г. Образцово", "new": None}
    assert "surname_ru" not in changes
    assert entries[0]["changes"]["surname_ru"] == {"old": None, "new": "Тестов"}


def test_update_of_a_russian_name_refreshes_its_generated_latin_name(cli_vault: Cli) -> None:
    person_id = _add_id(cli_vault, sample_person())
    result = cli_vault("person", "update", person_id, "-", stdin='{"given_name_ru": "Юрий"}')
    assert result.code == 0, result.stderr
    record = cli_vault("person", "show", person_id, "--json").json()
    assert record["given_name_lat"] == "IURII"


def test_show_as_of(cli_vault: Cli, vault_path: Path) -> None:
    person_id = _add_id(cli_vault, sample_person())
    update = cli_vault("person", "update", person_id, "-", stdin='{"given_name_ru": "Юрий"}')
    assert update.code == 0, update.stderr
    # Date the first revision back to 2020, as if the record had been created then.
    with Vault.open(vault_path, ADMIN, PASSWORD) as vault, vault.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE person_revisions SET changed_at = '2020-03-01 10:00:00.000000' "
            "WHERE person_id = ? AND revision = 1",
            (person_id,),
        )

    before = cli_vault("person", "show", person_id, "--as-of", "2019-12-31", "--json")
    assert before.code == 0, before.stderr
    assert before.stdout.strip() == "null"
    human = cli_vault("person", "show", person_id, "--as-of", "2019-12-31")
    assert human.code == 0 and human.stdout.strip()
    assert person_id not in human.stdout

    old = cli_vault("person", "show", person_id, "--as-of", "2020-03-01", "--json").json()
    assert old["given_name_ru"] == "Пробный"
    assert old["revision"] == 1

    today = datetime.now(UTC).date().isoformat()
    new = cli_vault("person", "show", person_id, "--as-of", today, "--json").json()
    assert new["given_name_ru"] == "Юрий"
    assert new["revision"] == 2


# --- search ------------------------------------------------------------------------------------


def test_search_json_and_limit(cli_vault: Cli) -> None:
    ids = {
        _add_id(cli_vault, sample_person(given_name_ru=name, documents=[]))
        for name in ("Анна", "Борис", "Вера")
    }
    _add_id(cli_vault, sample_person(surname_ru="Посторонний", documents=[]))

    result = cli_vault("person", "search", "Тестов", "--json")
    assert result.code == 0, result.stderr
    rows = result.json()
    assert isinstance(rows, list)
    assert {row["id"] for row in rows} == ids
    for row in rows:
        assert row["surname_ru"] == "Тестов"
        assert row["surname_lat"] == "TESTOV"
        assert row["given_name_ru"] in {"Анна", "Борис", "Вера"}

    limited = cli_vault("person", "search", "Тестов", "--limit", "2", "--json")
    assert limited.code == 0, limited.stderr
    assert len(limited.json()) == 2
    assert {row["id"] for row in limited.json()} <= ids

    latin = cli_vault("--json", "person", "search", "testov", "--limit", "1")
    assert len(latin.json()) == 1

    nothing = cli_vault("person", "search", "Несуществующая", "--json")
    assert nothing.code == 0 and nothing.json() == []


def test_search_rejects_a_non_positive_limit(cli_vault: Cli) -> None:
    result = cli_vault("person", "search", "Тестов", "--limit", "0")
    _refused(result, 2)


# --- refusals and usage errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ['{"surname_ru": "Тестов",', "не JSON", "", '{"surname_ru": "Тестов"} лишнее'],
    ids=["truncated", "text", "empty", "trailing"],
)
def test_invalid_json_is_refused(cli_vault: Cli, vault_path: Path, text: str) -> None:
    result = cli_vault("person", "add", "-", stdin=text)
    _refused(result, 1)
    assert "JSON" in result.stderr
    assert _count(vault_path) == 0


@pytest.mark.parametrize(
    ("overrides", "label"),
    [
        ({"sex": "X"}, "Пол"),
        ({"birth_date": "1985-13-01"}, "Дата рождения"),
        ({"citizenship": ["QQQ"]}, "Гражданство"),
        ({"surname_ru": None}, "Фамилия"),
        ({"surname_lat": "Тестов"}, "Фамилия (лат.)"),
        ({"documents": [{"kind": "passport"}]}, "номер"),
    ],
    ids=["sex", "birth-date", "citizenship", "no-surname", "latin-with-cyrillic", "doc-number"],
)
def test_schema_invalid_person_is_refused_naming_the_field(
    cli_vault: Cli, vault_path: Path, overrides: dict[str, Any], label: str
) -> None:
    _add(cli_vault, sample_person())
    result = cli_vault(
        "person", "add", "-", stdin=json.dumps(sample_person(**overrides), ensure_ascii=False)
    )
    _refused(result, 1)
    assert label in result.stderr
    assert _count(vault_path) == 1


def test_invalid_update_changes_nothing(cli_vault: Cli) -> None:
    person_id = _add_id(cli_vault, sample_person())
    result = cli_vault("person", "update", person_id, "-", stdin='{"sex": "X"}')
    _refused(result, 1)
    assert "Пол" in result.stderr
    record = cli_vault("person", "show", person_id, "--json").json()
    assert record["sex"] == "M" and record["revision"] == 1


@pytest.mark.parametrize("command", ["show", "history", "update"])
@pytest.mark.parametrize("person_id", [str(uuid.UUID(int=7, version=4)), "nope"])
def test_unknown_person_id(cli_vault: Cli, command: str, person_id: str) -> None:
    args = ["person", command, person_id]
    stdin = None
    if command == "update":
        args.append("-")
        stdin = '{"given_name_ru": "Юрий"}'
    result = cli_vault(*args, stdin=stdin)
    _refused(result, 1)
    assert "не найден" in result.stderr


def test_missing_password_without_a_terminal(cli_vault: Cli, vault_path: Path) -> None:
    no_password = Cli(vault_path, password=None)
    result = no_password("person", "search", "Тестов", stdin="")
    _refused(result, 2)
    assert "парол" in result.stderr.lower()


def test_missing_password_for_init(cli: Cli, vault_path: Path) -> None:
    result = Cli(vault_path, password=None)("init", stdin="")
    _refused(result, 2)
    assert not vault_path.exists()


def test_missing_user(cli_vault: Cli, vault_path: Path) -> None:
    result = Cli(vault_path, user="")("person", "search", "Тестов")
    _refused(result, 2)


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("person", "frobnicate"),
        ("person", "show"),
        ("person", "show", "x", "--frob"),
        ("--frob", "person", "search", "x"),
        ("person", "search", "x", "--limit", "много"),
        ("person", "search", "x", "--sex", "X"),
        ("--password", PASSWORD, "person", "search", "x"),
        (),
    ],
    ids=[
        "command",
        "subcommand",
        "missing-argument",
        "option",
        "global-option",
        "limit-type",
        "sex-choice",
        "password-option",
        "nothing",
    ],
)
def test_usage_errors_exit_2(cli_vault: Cli, args: tuple[str, ...]) -> None:
    result = cli_vault(*args)
    assert result.code == 2, (result.code, result.stderr)
    assert result.stdout == ""
    assert result.stderr.strip()
    assert_no_traceback(result.stderr)


# --- password handling ---------------------------------------------------------------------------


def test_password_file(cli: Cli, vault_path: Path, tmp_path: Path) -> None:
    password_file = tmp_path / "password.txt"
    password_file.write_text("пароль из файла\n", encoding="utf-8")
    no_env = Cli(vault_path, password=None)
    created = no_env("init", "--password-file", str(password_file), stdin="")
    assert created.code == 0, created.stderr
    added = no_env(
        "--password-file",
        str(password_file),
        "person",
        "add",
        "-",
        stdin=json.dumps(sample_person(), ensure_ascii=False),
    )
    assert added.code == 0, added.stderr
    shown = no_env("person", "show", added.stdout.strip(), "--password-file", str(password_file))
    assert shown.code == 0, shown.stderr

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("не тот пароль\n", encoding="utf-8")
    refused = no_env("person", "search", "Тестов", "--password-file", str(wrong), stdin="")
    _refused(refused, 3)

    missing = no_env("person", "search", "x", "--password-file", str(tmp_path / "nope"))
    _refused(missing, 2)


def _actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    found: list[argparse.Action] = []
    for action in parser._actions:
        found.append(action)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(_actions(sub))
    return found


def test_no_option_takes_a_password_as_an_argument() -> None:
    actions = _actions(build_parser())
    assert actions
    for action in actions:
        names = " ".join([*action.option_strings, action.dest]).lower()
        if "password" in names or "парол" in names:
            # A password is only ever named by a file, never given on the command line.
            assert action.type is Path, (action.option_strings, action.dest)
            assert any("file" in s for s in action.option_strings), action.option_strings


# --- warnings: accepted, but said -----------------------------------------------------------------


def test_iin_with_a_wrong_check_digit_is_accepted_with_a_warning(
    cli_vault: Cli, vault_path: Path
) -> None:
    valid = iin_with_check_digit("85041230012")
    assert valid is not None
    wrong = valid[:-1] + str((int(valid[-1]) + 1) % 10)
    result = cli_vault(
        "person",
        "add",
        "-",
        "--json",
        stdin=json.dumps(sample_person(personal_number=wrong), ensure_ascii=False),
    )
    assert result.code == 0, result.stderr
    assert "Предупреждение" in result.stderr
    assert "контрольн" in result.stderr.lower()
    assert_no_traceback(result.stderr)
    assert result.json()["warnings"]
    record = cli_vault("person", "show", result.json()["id"], "--json").json()
    assert record["personal_number"] == wrong
    assert record["personal_number_kind"] == "KZ_IIN"

    clean = cli_vault(
        "person",
        "add",
        "-",
        stdin=json.dumps(
            sample_person(personal_number=valid, documents=[], given_name_ru="Другой"),
            ensure_ascii=False,
        ),
    )
    assert clean.code == 0
    assert "контрольн" not in clean.stderr.lower()


def test_probable_duplicate_is_added_with_a_warning(cli_vault: Cli, vault_path: Path) -> None:
    first = _add_id(cli_vault, sample_person())
    assert_no_traceback(_add(cli_vault, sample_person(given_name_ru="Иной", documents=[])).stderr)
    result = _add(cli_vault, sample_person(), "--json")
    assert "дубликат" in result.stderr
    assert first in result.stderr
    assert first in {d["id"] for d in result.json()["duplicates"]}
    assert _count(vault_path) == 3


# --- demo ----------------------------------------------------------------------------------------


def _ids(vault_path: Path) -> list[str]:
    with Vault.open(vault_path, ADMIN, PASSWORD) as vault:
        return [r[0] for r in vault.raw_execute("SELECT id FROM persons ORDER BY pk")]


def test_demo_is_deterministic(tmp_path: Path) -> None:
    runs = []
    for name in ("first", "second"):
        cli = Cli(tmp_path / name / "demo.vault")
        assert cli("init").code == 0
        result = cli("demo", "--persons", "100", "--seed", "7", "--json")
        assert result.code == 0, result.stderr
        assert result.json()["persons"] == 100
        runs.append(_ids(cli.vault))
    assert len(runs[0]) == 100
    assert runs[0] == runs[1]

    other = Cli(tmp_path / "third" / "demo.vault")
    assert other("init").code == 0
    assert other("demo", "--persons", "100", "--seed", "8").code == 0
    assert set(_ids(other.vault)).isdisjoint(runs[0])
