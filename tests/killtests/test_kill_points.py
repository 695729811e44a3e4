"""SIGKILL at random moments of bundle import, bundle export, backup, rekey and the search
index upkeep, 20 runs
each: afterwards the vault opens and passes its integrity checks (pages, SQLite, the audit
chain), an import is all or nothing, and a stick or backup folder holds a complete bundle
or backup or none (hidden ``.partial`` leftovers aside).

The moments are spread over the operation itself: a fork server (``forkserver``) imports
MigDesk once and forks a child per run, and the delay is drawn from [0, the operation's
measured duration]."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from migdesk.bundles import inspect
from migdesk.exchange import export_bundle
from migdesk.persons.service import PersonService
from migdesk.security import audit
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, sample_person
from tests.exchange.conftest import world  # noqa: F401 — fixture
from tests.exchange.exchange_world import AM, Station

pytestmark = pytest.mark.slow
RUNS = 20


class ForkServer:
    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", os.getcwd())}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.killtests.forkserver"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the fork server ended"
        answer: dict[str, Any] = json.loads(line)
        return answer

    def run(self, op: str, args: dict[str, Any], kill_after: float | None) -> tuple[int, float]:
        """Runs ``op`` in a fresh child, SIGKILLed after ``kill_after`` seconds (None: let it
        finish). Returns the wait status and how long the child lived."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, "args": args}) + "\n")
        self.process.stdin.flush()
        pid = self._read()["pid"]
        started = time.monotonic()
        if kill_after is not None:
            time.sleep(kill_after)
            with contextlib.suppress(ProcessLookupError):  # it finished first
                os.kill(pid, signal.SIGKILL)
        status = int(self._read()["status"])
        return status, time.monotonic() - started

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def server() -> Iterator[ForkServer]:
    forks = ForkServer()
    yield forks
    forks.close()


def _check_vault(path: Path) -> int:
    """Opens the vault and runs every integrity check; returns its person count."""
    with Vault.open(path, ADMIN, PASSWORD) as vault:
        assert vault.raw_execute("PRAGMA cipher_integrity_check") == []
        assert vault.raw_execute("PRAGMA integrity_check") == [("ok",)]
        with vault.read_session() as session:
            chain = audit.verify(session)
            assert chain.ok, chain.problem
        return PersonService(vault).count()


def _campaign(
    server: ForkServer,
    op: str,
    prepare: Callable[[int], dict[str, Any]],
    check: Callable[[dict[str, Any], bool], None],
) -> list[str]:
    """One full run to time the operation, then RUNS killed at random moments of it."""
    args = prepare(0)
    status, duration = server.run(op, args, None)
    assert os.waitstatus_to_exitcode(status) == 0, f"{op} failed without a kill"
    check(args, True)
    chance = random.Random(14)
    outcomes = []
    for run in range(1, RUNS + 1):
        args = prepare(run)
        status, _ = server.run(op, args, chance.uniform(0, duration))
        killed = os.WIFSIGNALED(status)
        assert killed or os.waitstatus_to_exitcode(status) == 0, f"{op} run {run} failed"
        check(args, not killed)
        outcomes.append("killed" if killed else "finished")
    return outcomes


def _person_ids(vault: Vault) -> list[str]:
    return [str(row[0]) for row in vault.raw_execute("SELECT id FROM persons ORDER BY id")]


@pytest.fixture
def kz_with_persons(world: tuple[Station, Station, Any], tmp_path: Path) -> Station:  # noqa: F811
    station = world[0].copy_to(tmp_path / "kz-base")
    with station.open() as vault:
        service = PersonService(vault)
        for n in range(40):
            service.add(sample_person(surname_ru=f"Убиваемов{n}"))
    return station


def test_kill_during_bundle_import(
    server: ForkServer,
    world: tuple[Station, Station, Any],  # noqa: F811
    kz_with_persons: Station,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with kz_with_persons.open() as vault:
        written = export_bundle(vault, AM, stick, persons=_person_ids(vault))
    assert written.ok and written.path is not None
    bundle = written.path

    def prepare(run: int) -> dict[str, Any]:
        station = world[1].copy_to(tmp_path / f"am-{run}")
        return {"vault": str(station.path), "bundle": str(bundle)}

    def check(args: dict[str, Any], finished: bool) -> None:
        persons = _check_vault(Path(args["vault"]))
        with Vault.open(Path(args["vault"]), ADMIN, PASSWORD) as vault:
            logged = vault.raw_execute("SELECT count(*) FROM exchange_bundle_log")[0][0]
        assert (persons, logged) in ((0, 0), (40, 1)), (persons, logged)  # all or nothing
        assert not finished or (persons, logged) == (40, 1)

    outcomes = _campaign(server, "import", prepare, check)
    assert "killed" in outcomes


def test_kill_during_bundle_export(
    server: ForkServer, kz_with_persons: Station, tmp_path: Path
) -> None:
    with kz_with_persons.open() as vault:
        ids = _person_ids(vault)

    def prepare(run: int) -> dict[str, Any]:
        station = kz_with_persons.copy_to(tmp_path / f"kz-{run}")
        stick = tmp_path / f"stick-{run}"
        stick.mkdir()
        return {"vault": str(station.path), "stick": str(stick), "to": AM, "persons": ids}

    def check(args: dict[str, Any], finished: bool) -> None:
        assert _check_vault(Path(args["vault"])) == 40
        visible = [p for p in Path(args["stick"]).iterdir() if not p.name.startswith(".")]
        assert len(visible) <= 1, visible  # a complete bundle or none
        for folder in visible:
            info = inspect(folder)
            assert info.intact, info.problems
        assert not finished or len(visible) == 1

    outcomes = _campaign(server, "export", prepare, check)
    assert "killed" in outcomes


def test_kill_during_backup(server: ForkServer, kz_with_persons: Station, tmp_path: Path) -> None:
    def prepare(run: int) -> dict[str, Any]:
        station = kz_with_persons.copy_to(tmp_path / f"kz-{run}")
        target = tmp_path / f"backup-{run}"
        target.mkdir()
        return {"vault": str(station.path), "target": str(target)}

    def check(args: dict[str, Any], finished: bool) -> None:
        assert _check_vault(Path(args["vault"])) == 40
        copies = sorted(Path(args["target"]).glob("[!.]*.vault"))
        for copy in copies:  # a backup that is there is complete and opens
            assert _check_vault(copy) == 40
        assert not finished or len(copies) == 1

    outcomes = _campaign(server, "backup", prepare, check)
    assert "killed" in outcomes


def test_kill_during_rekey(server: ForkServer, kz_with_persons: Station, tmp_path: Path) -> None:
    def prepare(run: int) -> dict[str, Any]:
        return {"vault": str(kz_with_persons.copy_to(tmp_path / f"kz-{run}").path)}

    def check(args: dict[str, Any], _finished: bool) -> None:
        assert _check_vault(Path(args["vault"])) == 40

    outcomes = _campaign(server, "rekey", prepare, check)
    assert "killed" in outcomes


def test_kill_during_the_search_index_upkeep(server: ForkServer, tmp_path: Path) -> None:
    from migdesk.demo import synthetic_persons
    from migdesk.persons import index_structure, index_upkeep, search
    from migdesk.persons.bulk import bulk_add

    base = tmp_path / "base" / "upkeep.vault"
    base.parent.mkdir()
    queries = ["ова", "ivan", "1985", "иванов 1985", "N1"]
    with Vault.create(base, ADMIN, PASSWORD) as vault:
        bulk_add(vault, synthetic_persons(1500, seed=21), validate=False, batch_size=100)
        with vault.engine.connect() as conn:
            expected = {q: search.search_pks(conn, q, limit=None) for q in queries}

    def prepare(run: int) -> dict[str, Any]:
        target = tmp_path / f"upkeep-{run}" / "upkeep.vault"
        target.parent.mkdir()
        for suffix in ("", ".keys"):
            shutil.copyfile(f"{base}{suffix}", f"{target}{suffix}")
        return {"vault": str(target)}

    def check(args: dict[str, Any], finished: bool) -> None:
        path = Path(args["vault"])
        assert _check_vault(path) == 1500
        with Vault.open(path, ADMIN, PASSWORD) as vault:
            with vault.session() as session:
                session.connection().exec_driver_sql(
                    "INSERT INTO person_fts(person_fts) VALUES ('integrity-check')"
                )
            with vault.engine.connect() as conn:
                assert {q: search.search_pks(conn, q, limit=None) for q in queries} == expected
            if not finished:  # the next run finishes what the killed one began
                index_upkeep.merge_index(vault, step_s=0, rest_s=0)
            assert index_structure.index_state(vault).segments == 1
            # FTS5's automerge, off while a run merges, is on again.
            assert index_upkeep.automerge_setting(vault) == index_upkeep.FTS5_AUTOMERGE

    outcomes = _campaign(server, "upkeep", prepare, check)
    assert "killed" in outcomes
