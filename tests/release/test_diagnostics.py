"""The internal-error log and ``migdesk-cli diagnostics``: for support, free of personal data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from migdesk import demo
from migdesk.diagnostics import errorlog
from migdesk.vault.migrate import head_revision
from tests.conftest import Cli, sample_person

SECRET_VALUES = ("Тестов", "Пробный", "Образцович", "N12345678", "1985-04-12", "Образцово")


@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(home))
    return home


def _fail_with_personal_data(person: dict[str, str]) -> None:
    try:
        raise KeyError(person["surname_ru"])
    except KeyError as inner:
        raise ValueError(f"{person['surname_ru']} {person['birth_date']}") from inner


def _record_one(person: dict[str, str]) -> None:
    try:
        _fail_with_personal_data(person)
    except ValueError as exc:
        errorlog.record_internal_error(exc, "gui")


def test_log_keeps_types_and_code_locations_never_values(state_home: Path) -> None:
    _record_one(sample_person())
    (log,) = errorlog.log_files()
    assert log == state_home / "MigDesk" / "diagnostics.log"
    text = log.read_text(encoding="utf-8")
    assert " gui " in text and "internal error" in text
    assert "builtins.ValueError" in text and "builtins.KeyError" in text
    assert "tests/release/test_diagnostics.py" not in text  # no checkout path …
    assert "test_diagnostics.py:" in text and "in _fail_with_personal_data" in text  # … but where
    assert str(Path.home()) not in text
    for value in SECRET_VALUES:
        assert value not in text
    assert oct(log.parent.stat().st_mode & 0o777) == "0o700"


def test_log_rotates_and_stays_small(state_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errorlog, "MAX_BYTES", 4096)
    for _ in range(100):
        _record_one(sample_person())
    files = errorlog.log_files()
    assert len(files) == errorlog.BACKUPS + 1
    assert all(path.stat().st_size <= 4096 for path in files)


def test_log_write_failure_is_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))  # a file where a directory must go
    _record_one(sample_person())  # no exception
    assert errorlog.log_files() == []


@pytest.mark.slow
def test_diagnostics_report_of_a_vault_full_of_names(tmp_path: Path, state_home: Path) -> None:
    cli = Cli(tmp_path / "Тестов Пробный" / "office.vault")
    assert cli("init", "--authority", "KZ-MVD").code == 0
    assert cli("demo", "--persons", "300").code == 0
    added = cli("person", "add", "-", stdin=json.dumps(sample_person()))
    assert added.code == 0, added.stderr
    _record_one(sample_person())
    out = tmp_path / "report.json"

    result = cli("diagnostics", "--out", str(out), "--json", XDG_STATE_HOME=str(state_home))
    assert result.code == 0, result.stderr
    assert result.json()["out"] == str(out) and result.json()["error_log_lines"] > 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["vault"]["schema_revision"] == head_revision()
    assert report["vault"]["exists"] is True
    assert report["libraries"]["PySide6-Essentials"] and report["libraries"]["pyHanko"]
    assert report["sqlcipher"].startswith("4.")
    assert report["build"]["version"]
    assert any("builtins.ValueError" in line for line in report["error_log"])

    text = out.read_text(encoding="utf-8") + result.stdout + result.stderr
    names = {
        *SECRET_VALUES,
        *demo._SURNAMES_M,
        *demo._GIVEN_M,
        *demo._GIVEN_F,
        *demo._FATHERS,
        *demo._PLACES,
    }
    assert [name for name in names if name in text] == []


@pytest.mark.slow
def test_diagnostics_without_user_still_writes_the_report(tmp_path: Path, state_home: Path) -> None:
    cli = Cli(tmp_path / "none.vault", password=None)
    out = tmp_path / "r.json"
    result = cli("diagnostics", "--out", str(out), MIGDESK_USER="")
    assert result.code == 0, result.stderr
    assert "без персональных данных" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["vault"] == {
        **report["vault"],
        "exists": False,
        "schema_revision": None,
        "note": "хранилище не найдено",
    }
    missing_dir = cli("diagnostics", "--out", str(tmp_path / "no" / "r.json"))
    assert missing_dir.code == 2 and "не существует" in missing_dir.stderr
