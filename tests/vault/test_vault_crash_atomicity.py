"""A process killed (SIGKILL) in the middle of a bulk insert leaves a vault that opens, passes
integrity checks and holds whole batches only: each batch, with its search index rows, is in
the vault completely or not at all."""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from migdesk.demo import synthetic_persons
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD
from tests.vault.vault_files import REPO_ROOT

pytestmark = pytest.mark.slow

PERSONS = 20000
SEED = 20261126

# The child opens the vault, says START just before bulk_add, WRITING when the first person
# row reaches SQLite (a trace callback on the pooled connection, whatever the bulk code does
# above it) and COMMITTED n after each batch.
CHILD = r"""
import os, sys
from pathlib import Path
from sqlalchemy import event
from migdesk.demo import synthetic_persons
from migdesk.persons.bulk import bulk_add
from migdesk.vault import Vault

path, count, batch, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
vault = Vault.open(path, os.environ["MIGDESK_USER"], os.environ["MIGDESK_PASSWORD"])
writing = []

def trace(statement):
    if not writing and statement.lstrip().upper().startswith("INSERT INTO PERSONS"):
        writing.append(True)
        print("WRITING", flush=True)

@event.listens_for(vault.engine, "checkout")
def _trace(dbapi_conn, record, proxy):
    dbapi_conn.set_trace_callback(trace)

print("START", flush=True)
bulk_add(
    vault,
    synthetic_persons(count, seed),
    batch_size=batch,
    validate=False,
    progress=lambda done, _total: print("COMMITTED", done, flush=True),
)
print("DONE", flush=True)
vault.close()
"""


class Child:
    def __init__(self, vault_path: Path, batch_size: int) -> None:
        env = {**os.environ, "MIGDESK_USER": ADMIN, "MIGDESK_PASSWORD": PASSWORD}
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-u",
                "-c",
                CHILD,
                str(vault_path),
                str(PERSONS),
                str(batch_size),
                str(SEED),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPO_ROOT,
            env=env,
        )
        assert self.proc.stdout is not None
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.proc.stdout, selectors.EVENT_READ)
        self.lines: list[str] = []

    def _read_available(self, timeout: float) -> bool:
        """Read one line if one arrives within ``timeout``; False at end of output."""
        assert self.proc.stdout is not None
        if not self.selector.select(timeout):
            return True
        line = self.proc.stdout.readline()
        if not line:
            return False
        self.lines.append(line.decode().strip())
        return True

    def wait_for(self, marker: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while not any(line.startswith(marker) for line in self.lines):
            if time.monotonic() > deadline or not self._read_available(0.5):
                self.proc.kill()
                _, err = self.proc.communicate()
                raise AssertionError(f"no {marker}: {self.lines} {err.decode()[-2000:]}")

    def kill_after(self, delay: float) -> None:
        deadline = time.monotonic() + delay
        while (left := deadline - time.monotonic()) > 0:
            if not self._read_available(left):
                break
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        assert self.proc.stdout is not None
        self.lines += [line.decode().strip() for line in self.proc.stdout.read().splitlines()]
        self.selector.close()

    def committed(self) -> int:
        done = [int(line.split()[1]) for line in self.lines if line.startswith("COMMITTED")]
        return max(done, default=0)


@pytest.fixture(scope="module")
def expected() -> list[dict[str, Any]]:
    return list(synthetic_persons(PERSONS, SEED))


def _found(service: PersonService, person: dict[str, Any]) -> bool:
    number = person["documents"][0]["number"]
    return person["id"] in {row.id for row in service.search(number, limit=50)}


def _check_reopened(vault_path: Path, child: Child) -> tuple[Vault, int]:
    vault = Vault.open(vault_path, ADMIN, PASSWORD)
    assert vault.raw_execute("PRAGMA integrity_check") == [("ok",)]
    assert vault.raw_execute("PRAGMA foreign_key_check") == []
    with vault.engine.connect() as conn:  # FTS5's own consistency check raises if broken
        conn.exec_driver_sql("INSERT INTO person_fts(person_fts) VALUES ('integrity-check')")
    count = int(vault.raw_execute("SELECT count(*) FROM persons")[0][0])
    revisions = int(vault.raw_execute("SELECT count(*) FROM person_revisions")[0][0])
    assert revisions == count  # the history went in (or not) with the rows
    # What the child was told is committed survived the kill.
    assert count >= child.committed(), (count, child.lines)
    return vault, count


def _new_vault(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name / "crash.vault"
    Vault.create(path, ADMIN, PASSWORD).close()
    return path


@pytest.mark.parametrize("window", [(0.0, 0.3), (0.3, 0.8), (0.8, 1.5)], ids=str)
def test_kill_during_one_big_batch(
    tmp_path: Path, expected: list[dict[str, Any]], window: tuple[float, float]
) -> None:
    vault_path = _new_vault(tmp_path, "one-batch")
    child = Child(vault_path, batch_size=PERSONS)
    child.wait_for("START")
    child.wait_for("WRITING")
    delay = random.uniform(*window)
    child.kill_after(delay)
    child.lines.append(f"(killed {delay:.3f} s after WRITING)")
    assert child.proc.returncode == -signal.SIGKILL or "DONE" in child.lines

    vault, count = _check_reopened(vault_path, child)
    try:
        assert count in (0, PERSONS), (count, child.lines)
        service = PersonService(vault)
        for person in (expected[0], expected[PERSONS // 2], expected[-1]):
            assert _found(service, person) == (count == PERSONS)
    finally:
        vault.close()


def test_kill_between_and_during_batches(tmp_path: Path, expected: list[dict[str, Any]]) -> None:
    batch = 2000
    vault_path = _new_vault(tmp_path, "batches")
    child = Child(vault_path, batch_size=batch)
    child.wait_for("START")
    child.wait_for("COMMITTED")  # at least one batch in, so the kill lands part-way through
    delay = random.uniform(0.2, 1.2)
    child.kill_after(delay)
    child.lines.append(f"(killed {delay:.3f} s after the first COMMITTED)")

    vault, count = _check_reopened(vault_path, child)
    try:
        assert count % batch == 0, (count, child.lines)
        assert count >= batch
        service = PersonService(vault)
        for start in range(0, PERSONS, batch):
            committed = start < count
            assert _found(service, expected[start]) == committed, start
            assert _found(service, expected[start + batch - 1]) == committed, start
    finally:
        vault.close()
