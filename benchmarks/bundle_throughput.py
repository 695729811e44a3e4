"""Bundle throughput: a bundle with a 1 GiB attachment generated on the fly, written and read.

    python -m benchmarks.bundle_throughput [--size-mib 1024] [--pattern zero|random]
                                           [--dir DIR] [--stream]

The size also comes from ``$MIGDESK_BENCH_BUNDLE_MIB`` (what ``make bench`` and the test use).

Each phase runs in a process of its own, so its peak RSS (``VmHWM``) is that phase's alone:

1. **write** — ``write_bundle`` with one attachment of that size streamed from a generator
   (hash pass, signed manifest, encryption, payload parts, fsync, read-back verification,
   rename);
2. **read** — ``open_bundle`` (one pass: every part hashed against the label while it is
   decrypted, manifest checks) into a sink that hashes and discards, as an importer
   streaming into its own storage would; the kernel is first asked to drop its cached pages
   of the files (``posix_fadvise``), so the pass reads the disk. The digest is then
   compared with the generated data's (untimed).

MB/s are 10^6 bytes of attachment per second; RSS is in MiB. Goal (issue 6): >= 100 MB/s with
RSS <= 250 MB for each phase. ``--stream`` also measures the AES-GCM chunk stream alone.

Plaintext is never stored: it is generated in 1 MiB pieces (zeros, or an AES-CTR keystream
for incompressible "random" data). Only ciphertext and the benchmark's own throw-away keys
(encrypted PEM) touch the disk, in a temporary directory removed at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from benchmarks.probes import peak_rss_mb
from migdesk.bundles import Attachment, ManifestEntry, OutgoingBundle, open_bundle, write_bundle
from migdesk.bundles.media import forget_cached
from migdesk.bundles.parts import PART_SIZE
from migdesk.bundles.payload import AttachmentWriter
from migdesk.bundles.stream import Encryptor, decrypt_chunks, read_header, unwrap_key
from migdesk.pki import KeyPair, TrustStore, create_authority
from migdesk.pki.files import (
    load_certificate,
    load_private_key_pem,
    save_certificates_pem,
    save_private_key_pem,
)

PIECE = 1024 * 1024
MIB = 1024 * 1024
SIZE_ENV = "MIGDESK_BENCH_BUNDLE_MIB"
DEFAULT_MIB = 1024
GOAL_MB_S = 100.0
GOAL_RSS_MB = 250.0
ROOT = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT_S = 1800
# Protects only the benchmark's throw-away keys between its two processes.
KEY_PASSWORD = b"benchmark-only throw-away key"


def default_size() -> int:
    """Bytes of the attachment: ``$MIGDESK_BENCH_BUNDLE_MIB`` MiB, else 1 GiB."""
    return int(os.environ.get(SIZE_ENV) or DEFAULT_MIB) * MIB


def pieces(total: int, pattern: str) -> Iterator[bytes]:
    """``total`` bytes in 1 MiB pieces; the same bytes every time for the same pattern."""
    zeros = bytes(PIECE)
    keystream = Cipher(algorithms.AES(bytes(32)), modes.CTR(bytes(16))).encryptor()
    left = total
    while left:
        size = min(PIECE, left)
        yield keystream.update(zeros[:size]) if pattern == "random" else zeros[:size]
        left -= size


class GeneratedFile:
    """A read-only file object over ``pieces``: an attachment that is never in memory."""

    def __init__(self, total: int, pattern: str) -> None:
        self._pieces = pieces(total, pattern)
        self._pending = b""

    def read(self, size: int = -1, /) -> bytes:
        while len(self._pending) < size or size < 0:
            piece = next(self._pieces, b"")
            if not piece:
                break
            self._pending += piece
        if size < 0:
            size = len(self._pending)
        data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def __enter__(self) -> GeneratedFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
        /,
    ) -> None:
        pass


def expected_digest(size: int, pattern: str) -> str:
    digest = hashlib.sha256()
    for piece in pieces(size, pattern):
        digest.update(piece)
    return digest.hexdigest()


class HashingWriter:
    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.digest.update(data)


class HashingSink:
    """Receives attachments as the vault would, streaming, but only hashes and discards them."""

    def __init__(self) -> None:
        self.digests: dict[str, str] = {}

    def open(self, entry: ManifestEntry) -> AttachmentWriter:
        return HashingWriter()

    def close(self, entry: ManifestEntry, writer: AttachmentWriter) -> None:
        assert isinstance(writer, HashingWriter)
        self.digests[entry.name] = writer.digest.hexdigest()


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phase:
    seconds: float
    rss_mb: float  # peak RSS (VmHWM) of the process that ran only this phase, MiB

    def rate(self, size: int) -> float:
        return size / self.seconds / 1e6


@dataclass(frozen=True)
class BundleRun:
    size: int
    pattern: str
    write: Phase
    read: Phase
    part_sizes: tuple[int, ...]

    def figures(self) -> list[tuple[str, float, str, float, bool]]:
        """(name, value, unit, goal, lower_is_better) for each figure."""
        mib = self.size // MIB
        return [
            (f"bundle write, {mib} MiB attachment", self.write.rate(self.size), "MB/s",
             GOAL_MB_S, False),
            ("bundle write peak RSS (VmHWM)", self.write.rss_mb, "MB", GOAL_RSS_MB, True),
            (f"bundle read, {mib} MiB attachment", self.read.rate(self.size), "MB/s",
             GOAL_MB_S, False),
            ("bundle read peak RSS (VmHWM)", self.read.rss_mb, "MB", GOAL_RSS_MB, True),
        ]  # fmt: skip

    def report(self) -> str:
        lines = []
        for name, value, unit, goal, lower in self.figures():
            good = value <= goal if lower else value >= goal
            sign = "<=" if lower else ">="
            lines.append(
                f"{name:<40} {value:9.1f} {unit:<5} goal {sign} {goal:g}  "
                + ("PASS" if good else "MISS")
            )
        lines.append(
            f"  {len(self.part_sizes)} ciphertext file(s), largest {max(self.part_sizes):,} bytes; "
            f"write {self.write.seconds:.2f} s, read {self.read.seconds:.2f} s"
        )
        return "\n".join(lines)


# --- the two child processes -------------------------------------------------------------------


def _save_keys(keys: Path, kz_ca: KeyPair, am_encryption: KeyPair) -> None:
    keys.mkdir(mode=0o700)
    save_certificates_pem(keys / "kz-ca.pem", [kz_ca.certificate])
    save_certificates_pem(keys / "am-enc.pem", [am_encryption.certificate])
    save_private_key_pem(keys / "am-enc.key", am_encryption, KEY_PASSWORD)


def child_write(work: Path, size: int, pattern: str, max_part_bytes: int | None) -> dict[str, Any]:
    kz, am = create_authority("KZ-MVD"), create_authority("AM-MIGRATION")
    _save_keys(work / "keys", kz.ca, am.encryption)
    attachment = Attachment(
        "big.bin", "application/octet-stream", size, lambda: GeneratedFile(size, pattern)
    )
    bundle = OutgoingBundle(
        sender="KZ-MVD",
        addressee="AM-MIGRATION",
        sequence=1,
        signing=kz.signing,
        recipient_certificate=am.encryption.certificate,
        records=[{"type": "note", "text": "benchmark"}],
        attachments=[attachment],
    )
    out = work / "out"
    out.mkdir()
    trust = TrustStore.from_certificates([am.ca.certificate])
    start = time.perf_counter()
    result = write_bundle(bundle, out, trust, max_part_bytes=max_part_bytes or PART_SIZE)
    seconds = time.perf_counter() - start
    if not result.ok or result.label is None:
        return {"error": f"{result.status.value}: {result.message}"}
    return {
        "seconds": seconds,
        "rss_mb": peak_rss_mb(),
        "parts": [entry.size for entry in result.label.files],
    }


def child_read(work: Path, size: int, pattern: str) -> dict[str, Any]:
    keys = work / "keys"
    encryption = KeyPair(
        load_certificate(keys / "am-enc.pem"),
        load_private_key_pem(keys / "am-enc.key", KEY_PASSWORD),
    )
    trust = TrustStore.from_certificates([load_certificate(keys / "kz-ca.pem")])
    (folder,) = (work / "out").iterdir()
    for member in folder.iterdir():  # read from the disk, not from the page cache
        forget_cached(member)
    sink = HashingSink()
    start = time.perf_counter()
    open_bundle(folder, "AM-MIGRATION", encryption, trust, sink=sink)
    seconds = time.perf_counter() - start
    rss = peak_rss_mb()
    if sink.digests.get("big.bin") != expected_digest(size, pattern):
        return {"error": "the attachment read back differs from the one generated"}
    return {"seconds": seconds, "rss_mb": rss}


def _run_child(phase: str, work: Path, size: int, pattern: str, extra: list[str]) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "benchmarks.bundle_throughput", "--child", phase,
        "--dir", str(work), "--size-bytes", str(size), "--pattern", pattern, *extra,
    ]  # fmt: skip
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=CHILD_TIMEOUT_S
    )
    lines = proc.stdout.strip().splitlines()
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except (IndexError, ValueError):
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"bundle {phase} failed: {tail}") from None
    if "error" in result:
        raise RuntimeError(f"bundle {phase} failed: {result['error']}")
    return result


def measure_bundle(
    size: int | None = None,
    pattern: str = "random",
    work_dir: Path | None = None,
    max_part_bytes: int | None = None,
) -> BundleRun:
    """Writes then reads a bundle with one ``size``-byte attachment, each in its own process."""
    size = default_size() if size is None else size
    extra = [] if max_part_bytes is None else ["--max-part-bytes", str(max_part_bytes)]
    with tempfile.TemporaryDirectory(dir=work_dir, prefix="migdesk-bench-") as tmp:
        work = Path(tmp)
        written = _run_child("write", work, size, pattern, extra)
        read = _run_child("read", work, size, pattern, [])
    return BundleRun(
        size=size,
        pattern=pattern,
        write=Phase(written["seconds"], written["rss_mb"]),
        read=Phase(read["seconds"], read["rss_mb"]),
        part_sizes=tuple(written["parts"]),
    )


# --- the chunk stream alone (--stream) ---------------------------------------------------------


def bench_stream(work: Path, size: int, pattern: str) -> None:
    key = create_authority("AM-MIGRATION").encryption.private_key
    assert isinstance(key, rsa.RSAPrivateKey)
    path = work / "payload.bin"
    start = time.perf_counter()
    with path.open("wb") as out:

        def sink(data: bytes) -> None:
            out.write(data)

        encryptor = Encryptor(sink, key.public_key(), bytes(32))
        for piece in pieces(size, pattern):
            encryptor.write(piece)
        encryptor.close()
    seconds = time.perf_counter() - start
    print(f"stream encrypt (to file)   {size / seconds / 1e6:8.1f} MB/s  {seconds:7.2f} s")
    start = time.perf_counter()
    done = 0
    with path.open("rb") as source:
        header = read_header(source)
        for chunk in decrypt_chunks(source, header, unwrap_key(header, key)):
            done += len(chunk)
    assert done == size
    seconds = time.perf_counter() - start
    print(f"stream decrypt (from file) {size / seconds / 1e6:8.1f} MB/s  {seconds:7.2f} s")
    print(f"  peak RSS of this process {peak_rss_mb():.1f} MiB")
    path.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=None, help=f"default ${SIZE_ENV} or 1024")
    parser.add_argument("--pattern", choices=["zero", "random"], default="random")
    parser.add_argument("--dir", type=Path, default=None, help="where ciphertext is written")
    parser.add_argument("--max-part-bytes", type=int, default=None)
    parser.add_argument("--stream", action="store_true", help="also the chunk stream alone")
    parser.add_argument("--child", choices=["write", "read"], help=argparse.SUPPRESS)
    parser.add_argument("--size-bytes", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        assert args.dir is not None and args.size_bytes is not None
        if args.child == "write":
            result = child_write(args.dir, args.size_bytes, args.pattern, args.max_part_bytes)
        else:
            result = child_read(args.dir, args.size_bytes, args.pattern)
        print(json.dumps(result), flush=True)
        return 0
    size = default_size() if args.size_mib is None else args.size_mib * MIB
    print(f"bundle throughput: {size // MIB} MiB of {args.pattern} bytes, cpu={os.cpu_count()}")
    if args.stream:
        with tempfile.TemporaryDirectory(dir=args.dir, prefix="migdesk-bench-") as tmp:
            bench_stream(Path(tmp), size, args.pattern)
    run = measure_bundle(size, args.pattern, args.dir, args.max_part_bytes)
    print(run.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
