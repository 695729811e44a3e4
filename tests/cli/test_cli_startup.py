"""``migdesk-cli --help`` and ``--version`` answer without loading the heavy libraries, and the
table that lets them (``migdesk.cli.commands``) says what the command modules register."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

import pytest

from migdesk.cli.commands import COMMANDS, Command, command_word
from migdesk.cli.main import build_parser
from tests.conftest import Cli, sample_person

# Each costs a noticeable part of a second to import; none is needed to print help.
HEAVY = ("PySide6", "pyhanko", "reportlab", "alembic", "jsonschema", "sqlalchemy")

PROBE = """
import json, sys
from migdesk.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))
"""


def _loaded(*args: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "MIGDESK_VAULT": "/nonexistent/never-opened.vault"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    loaded: list[str] = json.loads(proc.stdout.splitlines()[-1])
    return set(loaded)


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("-h", "--json"), ()])
def test_help_and_version_import_no_heavy_module(args: tuple[str, ...]) -> None:
    loaded = _loaded(*args)
    assert "migdesk" in loaded  # the probe did run the CLI
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_a_command_imports_its_own_module_only() -> None:
    loaded = _loaded("lock", "--help")
    assert "sqlalchemy" in loaded  # its module did load, and the probe sees heavy imports
    assert not loaded & {"PySide6", "pyhanko", "reportlab"}


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


@pytest.fixture(scope="module")
def full_parser() -> argparse.ArgumentParser:
    return build_parser()


def test_the_table_says_what_the_modules_register(full_parser: argparse.ArgumentParser) -> None:
    full = full_parser
    assert list(_subparsers(full).choices) == [c.name for c in COMMANDS]
    # Names, help lines and order: ``--help`` from the table is the one from the modules.
    assert build_parser(["--help"]).format_help() == full.format_help()


@pytest.mark.parametrize("command", COMMANDS, ids=[c.name for c in COMMANDS])
def test_each_command_gets_its_real_parser(
    command: Command, full_parser: argparse.ArgumentParser
) -> None:
    real = _subparsers(full_parser).choices[command.name]
    lazy = _subparsers(build_parser(["--json", command.name])).choices[command.name]
    assert lazy.format_help() == real.format_help()


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["--help"], None),
        (["--vault", "person", "lock"], "lock"),
        (["--vault=x", "person"], "person"),
        (["--pass", "f", "--json", "demo"], "demo"),
        (["--json", "bogus"], "bogus"),
    ],
)
def test_command_word_skips_option_values(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


def test_an_unknown_command_is_still_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        build_parser(["bogus"]).parse_args(["bogus"])
    assert stop.value.code == 2
    assert "consent" in capsys.readouterr().err  # argparse lists every command


def test_showing_a_person_loads_no_migration_schema_or_linkage_library(cli_vault: Cli) -> None:
    """Opening a vault at the current schema compares revisions without Alembic; reading a
    person needs neither the JSON Schema checker nor record linkage (issue 17: person show
    at a million, unlock included, in a second)."""
    added = cli_vault("person", "add", "--json", "-", stdin=json.dumps(sample_person()))
    assert added.code == 0, added.stderr
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "--json", "person", "show", added.json()["id"]],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "MIGDESK_VAULT": str(cli_vault.vault),
            "MIGDESK_USER": cli_vault.user,
            "MIGDESK_PASSWORD": str(cli_vault.password),
        },
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    shown = json.loads("\n".join(proc.stdout.splitlines()[:-1]))
    assert shown["surname_ru"] == "Тестов"  # it did show
    loaded = set(json.loads(proc.stdout.splitlines()[-1]))
    assert not loaded & {"alembic", "jsonschema", "rapidfuzz", "PySide6", "pyhanko", "reportlab"}


def test_python_dash_m_runs_the_cli() -> None:
    """``python -m migdesk.cli`` is the installed ``migdesk-cli`` (it was "no __main__")."""
    env = {**os.environ, "MIGDESK_VAULT": "/nonexistent/never-opened.vault"}
    run = [sys.executable, "-m", "migdesk.cli"]
    help_ = subprocess.run([*run, "--help"], capture_output=True, text=True, env=env, timeout=120)
    assert help_.returncode == 0, help_.stderr
    assert "migdesk-cli" in help_.stdout.splitlines()[0] and "__main__" not in help_.stdout
    version = subprocess.run(
        [*run, "--version"], capture_output=True, text=True, env=env, timeout=120
    )
    assert version.returncode == 0 and version.stdout.startswith("migdesk-cli")
