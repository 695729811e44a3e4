"""A stick can carry named pipes, sockets, folders and symlinks under a bundle's file names
(ext4, NTFS): each is refused as ``unsafe_path`` at once, never read, never waited on."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from migdesk.bundles import BundleRejected, Reason, inspect, open_bundle
from migdesk.pki import AuthorityKeys, TrustStore

NAMES = ("label.json", "label.p7s", "payload.bin")


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    """A hang is the failure these tests look for: fail it after 20 s instead of waiting."""

    def fail(_signum: int, _frame: object) -> None:
        raise TimeoutError("the reader blocked on a special file")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _socket(path: Path) -> None:
    here = os.getcwd()
    os.chdir(path.parent)  # a socket's path is limited to ~100 bytes: bind a relative one
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(path.name)
    finally:
        os.chdir(here)


KINDS: dict[str, tuple[Callable[[Path], None], str]] = {
    "fifo": (_fifo, "именованный канал"),
    "folder": (_folder, "папка"),
    "socket": (_socket, "сокет"),
}


def _replace(bundle: Path, name: str, make: Callable[[Path], None]) -> None:
    (bundle / name).unlink()
    make(bundle / name)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_special_file_is_unsafe_path(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore, name: str, kind: str
) -> None:
    make, words = KINDS[kind]
    _replace(bundle, name, make)
    with pytest.raises(BundleRejected) as caught:
        open_bundle(bundle, "AM-MIGRATION", am.encryption, trust_at_am)
    assert caught.value.reason is Reason.UNSAFE_PATH
    message = str(caught.value)
    assert name in message and words in message
    assert "Is a directory" not in message and "Не удалось прочитать" not in message
    info = inspect(bundle, trust_at_am)
    assert not info.intact
    assert Reason.UNSAFE_PATH in {p.reason for p in info.problems}


def test_symlink_to_a_copy_is_unsafe_path(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    (bundle / "payload.bin").rename(bundle.parent / "elsewhere.bin")
    (bundle / "payload.bin").symlink_to(bundle.parent / "elsewhere.bin")
    with pytest.raises(BundleRejected) as caught:
        open_bundle(bundle, "AM-MIGRATION", am.encryption, trust_at_am)
    assert caught.value.reason is Reason.UNSAFE_PATH
    assert "символическая ссылка" in str(caught.value)


@pytest.mark.parametrize("name", ["label.json", "label.p7s"])
def test_cli_inspect_does_not_hang_on_a_fifo(tmp_path: Path, bundle: Path, name: str) -> None:
    _replace(bundle, name, _fifo)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIGDESK_")}
    env["MIGDESK_VAULT"] = str(tmp_path / "none" / "never.vault")
    proc = subprocess.run(
        [sys.executable, "-m", "migdesk.cli.main", "bundle", "inspect", str(bundle), "--json"],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "unsafe_path" in proc.stdout
