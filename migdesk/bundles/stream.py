"""``payload.bin``: a wrapped content key, then AES-256-GCM chunks (a STREAM construction).

Layout (integers big-endian)::

    magic        8  b"MDBPAY\\x00\\x01"
    chunk_size   4  plaintext bytes per chunk (1 MiB when written; 4 KiB..16 MiB read)
    recipient   32  SHA-256 fingerprint of the addressee's encryption certificate
    prefix       7  random nonce prefix
    key_len      2  length of the wrapped key
    wrapped    key_len  RSA-OAEP(SHA-256, MGF1-SHA-256, label=OAEP_LABEL) of the 32-byte key
    chunk*          AES-256-GCM(ciphertext || 16-byte tag)

Chunk ``i`` uses nonce ``prefix || i (4 bytes) || last (1 byte)`` and associated data
``"MDBCHUNK" || SHA-256(header) || i (8 bytes) || last``. Every chunk holds ``chunk_size``
plaintext bytes except the last, which holds 0..chunk_size and is the only one with
``last = 1``. So truncation at a chunk boundary, reordering, dropping, appending and any
change to the header are all authentication failures. Memory stays at about two chunks.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.messages import _

MAGIC = b"MDBPAY\x00\x01"
CHUNK_SIZE = 1024 * 1024
MIN_CHUNK_SIZE = 4 * 1024
MAX_CHUNK_SIZE = 16 * 1024 * 1024
TAG_SIZE = 16
KEY_SIZE = 32
PREFIX_SIZE = 7
MAX_CHUNKS = 2**32
OAEP_LABEL = b"MigDesk bundle content key v1"
_FIXED = struct.Struct(">8sI32s7sH")


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _oaep() -> padding.OAEP:
    return padding.OAEP(
        mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=OAEP_LABEL
    )


@dataclass(frozen=True)
class PayloadHeader:
    chunk_size: int
    recipient_sha256: bytes
    prefix: bytes
    wrapped_key: bytes

    def to_bytes(self) -> bytes:
        fixed = _FIXED.pack(
            MAGIC, self.chunk_size, self.recipient_sha256, self.prefix, len(self.wrapped_key)
        )
        return fixed + self.wrapped_key

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.to_bytes()).digest()


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _aad(header_digest: bytes, index: int, last: bool) -> bytes:
    return b"MDBCHUNK" + header_digest + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


def header_size(wrapped_key_bytes: int) -> int:
    return _FIXED.size + wrapped_key_bytes


def ciphertext_size(plaintext_size: int, header_size: int, chunk_size: int = CHUNK_SIZE) -> int:
    chunks = max(1, -(-plaintext_size // chunk_size))
    return header_size + plaintext_size + chunks * TAG_SIZE


class Encryptor:
    """Writes ``payload.bin`` to ``out`` as plaintext is fed in; ``close()`` ends the stream."""

    def __init__(
        self,
        out: Callable[[bytes], object],  # a file's write() answers a count: not used
        recipient: rsa.RSAPublicKey,
        recipient_sha256: bytes,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError("chunk size out of range")
        key = AESGCM.generate_key(bit_length=256)
        self._aead = AESGCM(key)
        self.header = PayloadHeader(
            chunk_size=chunk_size,
            recipient_sha256=recipient_sha256,
            prefix=os.urandom(PREFIX_SIZE),
            wrapped_key=recipient.encrypt(key, _oaep()),
        )
        self._digest = self.header.digest
        self._out = out
        self._buffer = bytearray()
        self._index = 0
        self._closed = False
        out(self.header.to_bytes())

    def write(self, data: bytes | bytearray | memoryview) -> None:
        # The buffer holds at most one chunk: only close() knows which chunk is the last, so
        # a full chunk is emitted only once at least one more byte has arrived.
        view = memoryview(data).cast("B")
        size = self.header.chunk_size
        if len(self._buffer) + len(view) <= size:
            self._buffer += view
            return
        fill = size - len(self._buffer)
        self._buffer += view[:fill]
        self._emit(self._buffer, last=False)
        view = view[fill:]
        while len(view) > size:
            self._emit(view[:size], last=False)
            view = view[size:]
        self._buffer = bytearray(view)

    def close(self) -> None:
        if not self._closed:
            self._emit(self._buffer, last=True)
            self._buffer.clear()
            self._closed = True

    def _emit(self, chunk: bytes | bytearray | memoryview, *, last: bool) -> None:
        if self._index >= MAX_CHUNKS:
            raise ValueError("payload too large")
        nonce = _nonce(self.header.prefix, self._index, last)
        self._out(self._aead.encrypt(nonce, chunk, _aad(self._digest, self._index, last)))
        self._index += 1


def read_header(source: Readable) -> PayloadHeader:
    fixed = source.read(_FIXED.size)
    if len(fixed) != _FIXED.size:
        raise BundleRejected(Reason.TRUNCATED, _("Заголовок зашифрованной части неполон."))
    magic, chunk_size, recipient, prefix, key_len = _FIXED.unpack(fixed)
    if magic != MAGIC:
        raise BundleRejected(Reason.MALFORMED_PAYLOAD, _("Неизвестный заголовок."))
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE or not 256 <= key_len <= 1024:
        raise BundleRejected(Reason.MALFORMED_PAYLOAD, _("Недопустимые параметры заголовка."))
    wrapped = source.read(key_len)
    if len(wrapped) != key_len:
        raise BundleRejected(Reason.TRUNCATED, _("Заголовок зашифрованной части неполон."))
    return PayloadHeader(chunk_size, recipient, prefix, wrapped)


def unwrap_key(header: PayloadHeader, private_key: rsa.RSAPrivateKey) -> bytes:
    try:
        key = private_key.decrypt(header.wrapped_key, _oaep())
    except ValueError as exc:
        raise BundleRejected(
            Reason.DECRYPTION_FAILED, _("Ключ содержимого не расшифровывается нашим ключом.")
        ) from exc
    if len(key) != KEY_SIZE:
        raise BundleRejected(Reason.MALFORMED_PAYLOAD, _("Неверная длина ключа содержимого."))
    return key


def decrypt_chunks(
    source: Readable, header: PayloadHeader, key: bytes, *, reuse: bool = False
) -> Iterator[bytes | bytearray]:
    """Plaintext chunks in order; BundleRejected on the first chunk that fails.

    A chunk is known to be the last one only when nothing follows it, so one chunk is read
    ahead. A failure is explained by trying the other value of the last flag: a chunk that
    opens as "last" in the middle means data was appended, one that opens as "not last" at
    the end means the stream was cut.

    ``reuse``: full chunks are decrypted into two buffers taken in turn, so a chunk is
    valid only until the next one is asked for (the caller copies what it keeps); the
    ciphertext too is read into two buffers when ``source`` has ``readinto``. A fresh
    MiB per chunk cost a zero-fill and 256 page faults, on the thread that also hashes
    (issue #17)."""
    aead = AESGCM(key)
    digest = header.digest
    block = header.chunk_size + TAG_SIZE
    buffers = [bytearray(header.chunk_size), bytearray(header.chunk_size)] if reuse else []
    readinto = getattr(source, "readinto", None) if reuse else None
    sealed = [bytearray(block), bytearray(block)] if readinto is not None else []

    def read_block(turn: int) -> bytes | memoryview:
        # The chunk read ahead and the one being opened never share a buffer.
        if readinto is None:
            return source.read(block)
        into = sealed[turn % 2]
        return memoryview(into)[: readinto(into)]

    current = read_block(0)
    index = 0
    while True:
        following = read_block(index + 1) if len(current) == block else b""
        last = not following
        if len(current) < TAG_SIZE:
            raise BundleRejected(Reason.TRUNCATED, _("Зашифрованная часть обрезана."))
        if buffers and len(current) == block:
            into = buffers[index % 2]
            _open_into(aead, header.prefix, digest, index, last, current, into)
            yield into
        else:
            yield _open(aead, header.prefix, digest, index, last, current)
        if last:
            return
        current = following
        index += 1
        if index >= MAX_CHUNKS:
            raise BundleRejected(Reason.OVERSIZE, _("Слишком много блоков."))


def _open_into(
    aead: AESGCM,
    prefix: bytes,
    digest: bytes,
    index: int,
    last: bool,
    chunk: bytes | memoryview,
    into: bytearray,
) -> None:
    try:
        aead.decrypt_into(_nonce(prefix, index, last), chunk, _aad(digest, index, last), into)
    except InvalidTag:
        into[:] = bytes(len(into))  # what failed to authenticate is not kept, even in memory
        _open(aead, prefix, digest, index, last, chunk)  # raises, naming what is wrong
        raise AssertionError("a chunk opened on the second try only") from None


def _open(
    aead: AESGCM, prefix: bytes, digest: bytes, index: int, last: bool, chunk: bytes | memoryview
) -> bytes:
    try:
        return aead.decrypt(_nonce(prefix, index, last), chunk, _aad(digest, index, last))
    except InvalidTag:
        pass
    try:
        aead.decrypt(_nonce(prefix, index, not last), chunk, _aad(digest, index, not last))
    except InvalidTag:
        raise BundleRejected(
            Reason.DECRYPTION_FAILED,
            _("Блок {index} изменён, переставлен или подменён.").format(index=index),
        ) from None
    if last:
        raise BundleRejected(
            Reason.TRUNCATED,
            _("Зашифрованная часть обрезана после блока {index}.").format(index=index),
        )
    raise BundleRejected(
        Reason.OVERSIZE, _("После последнего блока ({index}) дописаны данные.").format(index=index)
    )
