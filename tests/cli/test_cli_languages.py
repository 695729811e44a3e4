"""The CLI in the four interface languages (issue 15): ``--json`` output and exit codes are
the same whatever ``MIGDESK_LANG`` says; human output and messages on stderr follow it."""

from __future__ import annotations

import json

import pytest

from migdesk.languages import LANGUAGES
from migdesk.messages import translate
from tests.conftest import Cli, CliResult, sample_person


def _everywhere(cli: Cli, *args: str, stdin: str | None = None) -> dict[str, CliResult]:
    return {lang: cli(*args, stdin=stdin, MIGDESK_LANG=lang) for lang in LANGUAGES}


@pytest.fixture
def person_id(cli_vault: Cli) -> str:
    added = cli_vault("person", "add", "-", "--json", stdin=json.dumps(sample_person()))
    assert added.code == 0, added.stderr
    return str(added.json()["id"])


@pytest.mark.slow
def test_json_and_exit_codes_do_not_depend_on_the_language(cli_vault: Cli, person_id: str) -> None:
    for args in (
        ("person", "show", person_id, "--no-media", "--json"),
        ("person", "search", "Тестов", "--json"),
        ("person", "history", person_id, "--json"),
        ("audit", "verify", "--json"),
        ("keys", "show", "--json"),
        ("settings", "idle-lock", "--json"),
        ("retention", "rules", "--json"),  # labels in the JSON stay Russian
        ("doc", "kinds", "--json"),
        ("person", "show", person_id, "--as-of", "1990-01-01", "--json"),
    ):
        runs = _everywhere(cli_vault, *args)
        assert {r.code for r in runs.values()} == {0}, (args, runs["ru"].stderr)
        assert len({r.stdout for r in runs.values()}) == 1, args


@pytest.mark.slow
def test_refusals_keep_their_code_and_speak_the_language(cli_vault: Cli) -> None:
    # (arguments, exit code, the Russian message as written in the code, its placeholders)
    cases = [
        (
            ("person", "add", "/nonexistent/p.json", "--json"),
            1,
            "Не удалось прочитать файл «{source}».",
            {"source": "/nonexistent/p.json"},
        ),
        (
            ("person", "show", "x", "--as-of", "2020-01", "--json"),
            2,
            "--as-of: нужна полная дата ГГГГ-ММ-ДД.",
            {},
        ),
    ]
    for args, code, msgid, values in cases:
        runs = _everywhere(cli_vault, *args)
        for lang, run in runs.items():
            assert run.code == code, (lang, args)
            assert run.stdout == runs["ru"].stdout
            assert run.stderr.strip() == translate(msgid, lang).format(**values), (lang, args)
        assert runs["en"].stderr != runs["ru"].stderr  # English is finished


def test_human_output_follows_the_language(cli_vault: Cli) -> None:
    ru = cli_vault("settings", "idle-lock", "--set", "5", MIGDESK_LANG="ru")
    en = cli_vault("settings", "idle-lock", "--set", "5", MIGDESK_LANG="en")
    assert (ru.code, en.code) == (0, 0), ru.stderr + en.stderr
    assert ru.stdout.strip() == "5 мин."
    assert en.stdout.strip() == "5 min."


def test_the_locale_chooses_when_migdesk_lang_is_unset(cli: Cli) -> None:
    en = cli("--help", MIGDESK_LANG="", LC_ALL="", LC_MESSAGES="", LANG="en_US.UTF-8")
    ru = cli("--help", MIGDESK_LANG="", LC_ALL="", LC_MESSAGES="", LANG="C.UTF-8")
    assert "lock: forget the remembered login" in en.stdout
    assert "заблокировать: забыть запомненный вход" in ru.stdout


@pytest.mark.slow
def test_argparse_speaks_the_language_and_keeps_exit_code_2(cli: Cli) -> None:
    """argparse's own texts («usage:», «error:», the required arguments, the help line of
    -h) come from the message catalog like every other message; a usage error stays 2."""
    runs = _everywhere(cli, "bogus")
    assert {r.code for r in runs.values()} == {2}
    assert {r.stdout for r in runs.values()} == {""}
    ru = runs["ru"].stderr
    assert ru.startswith("использование: migdesk-cli"), ru
    assert "migdesk-cli: ошибка: аргумент КОМАНДА: недопустимое значение: 'bogus'" in ru
    en = runs["en"].stderr
    assert en.startswith("usage: migdesk-cli") and "error: argument" in en, en
    assert "invalid choice: 'bogus'" in en
    for lang in ("kk", "hy"):
        text = runs[lang].stderr
        assert "usage" not in text and "error" not in text and "choose from" not in text, text
        assert translate("использование: ", lang) in text and "'bogus'" in text, text
    missing = cli("person", "show", MIGDESK_LANG="ru")
    assert missing.code == 2
    assert "migdesk-cli person show: ошибка: не указаны обязательные аргументы: id" in (
        missing.stderr
    )
    helped = cli("person", "show", "--help", MIGDESK_LANG="kk")
    assert helped.code == 0
    assert "show this help message" not in helped.stdout
    assert translate("показать эту справку и выйти", "kk") in helped.stdout
