"""Read a SQLCipher 4 file's pages decrypted, free pages and WAL frames included.

This is what "not recoverable from the vault file" means: someone holding the key reads
every page, not only the rows SQLite still links to. Default SQLCipher 4 layout with a raw
key: 4096-byte pages, 80 reserved bytes at the end of each (16-byte IV, 64-byte HMAC),
AES-256-CBC; page 1 starts with the 16-byte salt instead of the SQLite header string.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[16 if first else 0 : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> Iterator[bytes]:
    data = path.read_bytes()
    for number, offset in enumerate(range(0, len(data) - PAGE + 1, PAGE), start=1):
        yield _decrypt_page(data[offset : offset + PAGE], key, number == 1)


def wal_pages(path: Path, key: bytes) -> Iterator[bytes]:
    if not path.exists():
        return
    data = path.read_bytes()
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        yield _decrypt_page(page, key, page_number == 1)
        offset += FRAME_HEADER + PAGE


def plaintext_contains(vault_path: Path, key: bytes, needle: str) -> bool:
    """True if ``needle`` (UTF-8 or UTF-16-LE) is in any decrypted page of file or WAL."""
    forms = (needle.encode("utf-8"), needle.encode("utf-16-le"))
    pages = [*database_pages(vault_path, key), *wal_pages(Path(f"{vault_path}-wal"), key)]
    return any(form in page for page in pages for form in forms)
