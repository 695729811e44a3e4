"""Ctrl-C (SIGINT) into a real ``migdesk-cli`` process doing real work: one JSON answer with
``--json`` («прервано»), exit 130, and nothing left — the vault opens, its audit chain is
intact and the import wrote nothing; an interrupted export leaves no partial bundle. A
SIGKILLed export's hidden folder is removed by the next export to that stick.

The signal is sent once the work is under way: the command's progress line, shown because
its stderr is a terminal (a pseudo-terminal here, as an officer's), marks it; no fixed sleep."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from migdesk.demo import synthetic_persons
from migdesk.persons import codec
from migdesk.security import audit
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD
from tests.exchange.conftest import world  # noqa: F401 — fixture
from tests.exchange.exchange_world import AM, KZ, Station, audit_head, state, write_raw

PERSONS = 1000  # the import and export run for a second or more after their first progress line
MARKER = {"import": "загрузка пакета:", "export": "выгрузка пакета:"}


def _persons(count: int) -> list[dict[str, Any]]:
    records = []
    for raw in synthetic_persons(count, 4242):
        data = codec.check_person(raw).data
        records.append({"type": "person", "id": data["id"], "data": data})
    return records


@pytest.fixture(scope="module")
def big_bundle(
    world: tuple[Station, Station, Any],  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    stick = tmp_path_factory.mktemp("stick")
    return write_raw(world[0], AM, stick, _persons(PERSONS))


@pytest.fixture(scope="module")
def am_with_persons(
    world: tuple[Station, Station, Any],  # noqa: F811
    big_bundle: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Station:
    """AM holding the bundle's persons, so it has something large to send back to KZ."""
    am = world[1].copy_to(tmp_path_factory.mktemp("am-persons") / "am")
    loaded = am.cli()("--json", "bundle", "import", str(big_bundle))
    assert loaded.code == 0, loaded.stderr
    return am


def _export_args(stick: Path) -> tuple[str, ...]:
    persons = [arg for record in _persons(PERSONS) for arg in ("--person", record["id"])]
    return ("bundle", "export", "--to", KZ, "--out", str(stick), *persons)


def _start(vault: Path, *args: str) -> tuple[subprocess.Popen[bytes], int]:
    """The CLI with stdout a pipe (what a script reads) and stderr a pseudo-terminal."""
    master, slave = pty.openpty()
    env = {
        **os.environ,
        "MIGDESK_VAULT": str(vault),
        "MIGDESK_USER": ADMIN,
        "MIGDESK_PASSWORD": PASSWORD,
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "migdesk.cli", "--json", *args],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, env=env,
    )  # fmt: skip
    os.close(slave)
    return proc, master


def _read_until(master: int, marker: str, timeout: float = 120) -> str:
    seen = b""
    deadline = time.monotonic() + timeout
    while marker.encode() not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"no {marker!r} on stderr: {seen.decode(errors='replace')!r}"
        ready, _w, _x = select.select([master], [], [], left)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the process ended and closed the terminal
                chunk = b""
            assert chunk, f"ended before {marker!r}: {seen.decode(errors='replace')!r}"
            seen += chunk
    return seen.decode(errors="replace")


def _interrupt(proc: subprocess.Popen[bytes], master: int, marker: str, times: int) -> Any:
    """SIGINT once the marker is on stderr (``times`` in a row: the second lands while the
    first unwinds); returns the JSON on stdout, after checking it is one object, exit 130."""
    try:
        _read_until(master, marker)
        for _ in range(times):
            proc.send_signal(signal.SIGINT)
        stdout, _err = proc.communicate(timeout=120)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, (proc.returncode, stdout)
    answer = json.loads(stdout)  # exactly one JSON document
    assert isinstance(answer, dict)
    return answer


def _check_vault(path: Path) -> tuple[dict[str, Any], tuple[int, str]]:
    with Vault.open(path, ADMIN, PASSWORD) as vault:
        assert vault.raw_execute("PRAGMA integrity_check") == [("ok",)]
        with vault.read_session() as session:
            chain = audit.verify(session)
            assert chain.ok, chain.problem
        return state(vault), audit_head(vault)


@pytest.mark.parametrize("times", [1, 2])
def test_ctrl_c_during_bundle_import_answers_and_leaves_nothing(
    world: tuple[Station, Station, Any],  # noqa: F811
    big_bundle: Path,
    tmp_path: Path,
    times: int,
) -> None:
    am = world[1].copy_to(tmp_path / "am")
    before = _check_vault(am.path)
    proc, master = _start(am.path, "bundle", "import", str(big_bundle))
    answer = _interrupt(proc, master, MARKER["import"], times)
    assert answer == {
        "status": "cancelled",
        "reason": "cancelled",
        "message": "Прервано; пакет не загружен, хранилище не изменено.",
    }
    assert _check_vault(am.path) == before  # no person, no log entry, no audit entry
    with Vault.open(am.path, ADMIN, PASSWORD) as vault:
        assert vault.raw_execute("SELECT count(*) FROM persons") == [(0,)]
    # And the same bundle still imports in full afterwards.
    again = am.cli()("--json", "bundle", "import", str(big_bundle))
    assert again.code == 0, again.stderr
    assert again.json()["status"] == "imported"


def test_ctrl_c_during_bundle_export_removes_the_partial_bundle(
    am_with_persons: Station, tmp_path: Path
) -> None:
    am = am_with_persons.copy_to(tmp_path / "am")
    before = _check_vault(am.path)
    stick = tmp_path / "stick"
    stick.mkdir()
    proc, master = _start(am.path, *_export_args(stick))
    answer = _interrupt(proc, master, MARKER["export"], 1)
    assert answer == {
        "status": "cancelled",
        "reason": "cancelled",
        "message": "Прервано; пакет не выгружен, его неполная копия удалена с носителя.",
    }
    assert list(stick.iterdir()) == []  # neither the bundle nor its hidden .partial folder
    assert _check_vault(am.path) == before


def _age(path: Path, seconds: float) -> None:
    """As if nothing had been written to ``path`` (a folder and its files) for ``seconds``."""
    then = time.time() - seconds
    for item in [*path.iterdir(), path]:
        os.utime(item, (then, then))


def test_a_killed_exports_folder_is_swept_by_the_next_export(
    am_with_persons: Station, tmp_path: Path
) -> None:
    am = am_with_persons.copy_to(tmp_path / "am")
    stick = tmp_path / "stick"
    stick.mkdir()
    export = _export_args(stick)
    proc, master = _start(am.path, *export)
    try:
        _read_until(master, MARKER["export"])
        proc.kill()
        proc.wait(timeout=60)
    finally:
        os.close(master)
    [left] = stick.iterdir()  # the killed export's hidden folder, with its process id
    assert left.name.startswith(".") and f".migdesk-{proc.pid}." in left.name
    _age(left, 3600)  # untouched for an hour, its process gone: a leftover
    again = am.cli()("--json", *export)
    assert again.code == 0, again.stderr
    assert not left.exists()
    assert [p for p in stick.iterdir()] == [Path(again.json()["path"])]  # nothing else
