"""Bundle throughput: encrypt and decrypt a 1 GiB stream generated on the fly.

    python -m benchmarks.bundle_throughput [--size-mib 1024] [--pattern zero|random]

Two measurements, each printing MB/s (10^6 bytes per second of plaintext) and the peak RSS
of the process so far:

1. the AES-256-GCM chunk stream alone (payload.bin written to a temporary file, then
   decrypted and discarded);
2. a whole bundle: ``write_bundle`` with one attachment of that size (hash pass, signed
   manifest, encryption, fsync, read-back verification, rename), then ``open_bundle`` with a
   sink that hashes and discards (hash pass, decryption, manifest checks).

Plaintext is never stored: it is generated in 1 MiB pieces (zeros, or an AES-CTR keystream
for incompressible "random" data) and checked by hash on the way out. Only ciphertext
touches the disk, in a temporary directory removed at the end. Issue goal: >= 100 MB/s
with RSS <= 250 MB.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from migdesk.bundles import Attachment, ManifestEntry, OutgoingBundle, open_bundle, write_bundle
from migdesk.bundles.payload import AttachmentWriter
from migdesk.bundles.stream import Encryptor, decrypt_chunks, read_header, unwrap_key
from migdesk.pki import TrustStore, create_authority

PIECE = 1024 * 1024


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
    """A read-only file object over ``pieces`` (what an attachment source looks like)."""

    def __init__(self, total: int, pattern: str) -> None:
        self._pieces = pieces(total, pattern)
        self._pending = b""

    def read(self, size: int = -1) -> bytes:
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

    def __exit__(self, *exc: object) -> None:
        pass


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def report(name: str, size: int, seconds: float) -> None:
    print(
        f"{name:<34} {size / seconds / 1e6:8.1f} MB/s  {seconds:7.2f} s  "
        f"peak RSS {peak_rss_mb():6.1f} MB",
        flush=True,
    )


def expected_digest(size: int, pattern: str) -> str:
    digest = hashlib.sha256()
    for piece in pieces(size, pattern):
        digest.update(piece)
    return digest.hexdigest()


def bench_stream(work: Path, size: int, pattern: str, key: rsa.RSAPrivateKey) -> None:
    path = work / "payload.bin"
    start = time.perf_counter()
    with path.open("wb") as out:

        def sink(data: bytes) -> None:
            out.write(data)

        encryptor = Encryptor(sink, key.public_key(), bytes(32))
        for piece in pieces(size, pattern):
            encryptor.write(piece)
        encryptor.close()
    report("stream encrypt (to file)", size, time.perf_counter() - start)
    start = time.perf_counter()
    done = 0
    with path.open("rb") as source:
        header = read_header(source)
        for chunk in decrypt_chunks(source, header, unwrap_key(header, key)):
            done += len(chunk)
    assert done == size
    report("stream decrypt (from file)", size, time.perf_counter() - start)
    path.unlink()


class HashingWriter:
    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.digest.update(data)


class HashingSink:
    """Receives attachments like the vault would, but only hashes and discards them."""

    def __init__(self) -> None:
        self.digests: dict[str, str] = {}

    def open(self, entry: ManifestEntry) -> AttachmentWriter:
        return HashingWriter()

    def close(self, entry: ManifestEntry, writer: AttachmentWriter) -> None:
        assert isinstance(writer, HashingWriter)
        self.digests[entry.name] = writer.digest.hexdigest()


def bench_bundle(work: Path, size: int, pattern: str) -> None:
    kz, am = create_authority("KZ-MVD"), create_authority("AM-MIGRATION")
    attachment = Attachment(
        "big.bin",
        "application/octet-stream",
        size,
        lambda: GeneratedFile(size, pattern),  # type: ignore[arg-type, return-value]
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
    start = time.perf_counter()
    result = write_bundle(bundle, work, TrustStore.from_certificates([am.ca.certificate]))
    assert result.ok and result.path is not None, result.message
    report("write_bundle (hash+enc+fsync+verify)", size, time.perf_counter() - start)
    sink = HashingSink()
    start = time.perf_counter()
    open_bundle(
        result.path,
        "AM-MIGRATION",
        am.encryption,
        TrustStore.from_certificates([kz.ca.certificate]),
        sink=sink,
    )
    report("open_bundle (hash+decrypt+verify)", size, time.perf_counter() - start)
    assert sink.digests["big.bin"] == expected_digest(size, pattern)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--pattern", choices=["zero", "random"], default="random")
    parser.add_argument("--dir", type=Path, default=None, help="where ciphertext is written")
    args = parser.parse_args(argv)
    size = args.size_mib * 1024 * 1024
    print(f"bundle throughput: {args.size_mib} MiB of {args.pattern} bytes, cpu={os.cpu_count()}")
    key = create_authority("AM-MIGRATION").encryption.private_key
    assert isinstance(key, rsa.RSAPrivateKey)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="migdesk-bench-") as tmp:
        bench_stream(Path(tmp), size, args.pattern, key)
        bench_bundle(Path(tmp), size, args.pattern)
    return 0


if __name__ == "__main__":
    sys.exit(main())
