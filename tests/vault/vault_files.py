"""Looking at vault files from the outside: fingerprints, plaintext scans, a CLI runner.

Shared by ``tests/vault``, ``tests/cli``, ``tests/migrations`` and ``tests/ui`` (imported as
``tests.vault.vault_files``; not a test module itself).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from migdesk.vault.keyslots import KeySlotFile

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class FileState:
    sha256: str
    mtime_ns: int
    size: int
    mode: int


def file_state(path: Path) -> FileState | None:
    try:
        data = path.read_bytes()
        st = path.stat()
    except FileNotFoundError:
        return None
    return FileState(hashlib.sha256(data).hexdigest(), st.st_mtime_ns, st.st_size, st.st_mode)


def companions(vault_path: Path) -> dict[str, Path]:
    """The files a vault consists of on disk (``-shm`` is left out: readers touch it)."""
    return {
        "vault": vault_path,
        "keys": KeySlotFile.path_for(vault_path),
        "wal": Path(f"{vault_path}-wal"),
    }


def vault_state(vault_path: Path) -> dict[str, Any]:
    """Content and mtime of the vault, its key slots and WAL, plus the directory listing."""
    state: dict[str, Any] = {name: file_state(p) for name, p in companions(vault_path).items()}
    state["listing"] = sorted(p.name for p in vault_path.parent.iterdir())
    return state


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    assert 'File "' not in stderr, stderr


def assert_russian_message(stderr: str) -> None:
    """A message for the user: present, and every line of it in Russian (no English noise
    from libraries such as SQLCipher's own log lines)."""
    assert_no_traceback(stderr)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines, "empty stderr"
    for line in lines:
        assert any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in line), stderr


def encodings_of(strings: Iterable[str]) -> list[tuple[str, str, bytes]]:
    """(string, encoding, bytes) for every needle in UTF-8 and UTF-16-LE."""
    out: list[tuple[str, str, bytes]] = []
    for text in strings:
        for encoding in ("utf-8", "utf-16-le"):
            out.append((text, encoding, text.encode(encoding)))
    return out


def find_plaintext(paths: Iterable[Path], strings: Iterable[str]) -> list[tuple[str, str, str]]:
    """(file, string, encoding) for every needle found in any of ``paths``."""
    needles = encodings_of(strings)
    found: list[tuple[str, str, str]] = []
    for path in paths:
        if not path.is_file():
            continue
        data = path.read_bytes()
        for text, encoding, raw in needles:
            if raw in data:
                found.append((str(path), text, encoding))
    return found


def all_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file())


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run_cli(
    args: list[str],
    *,
    vault: Path,
    user: str,
    password: str | None,
    stdin: str | None = None,
    umask: int = -1,
    env: dict[str, str] | None = None,
) -> Run:
    """``migdesk-cli`` as a child process (like ``tests/conftest.py``'s ``cli``), with a
    chosen umask and environment."""
    environ = {**os.environ, "MIGDESK_VAULT": str(vault), "MIGDESK_USER": user}
    environ.pop("MIGDESK_PASSWORD", None)
    if password is not None:
        environ["MIGDESK_PASSWORD"] = password
    environ.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "migdesk.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environ,
        cwd=REPO_ROOT,
        umask=umask,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@contextlib.contextmanager
def process_umask(mask: int) -> Iterator[None]:
    """Run a block with this process's umask set to ``mask`` (restored afterwards)."""
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def set_revision(vault_path: Path, target: str, user: str, password: str) -> None:
    """Take a closed vault down to schema ``target`` with Alembic, as an older MigDesk left
    it (the data of the later revisions' tables is gone; the rest stays)."""
    from migdesk.vault import migrate
    from migdesk.vault.engine import make_engine

    engine = make_engine(vault_path, KeySlotFile.load(vault_path).unwrap(user, password))
    try:
        with engine.connect() as conn:
            migrate.downgrade(conn, target)
            conn.commit()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
