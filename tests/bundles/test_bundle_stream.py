"""The chunked AES-GCM stream on its own: every boundary, and the named failures."""

from __future__ import annotations

import io

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import given, settings
from hypothesis import strategies as st

from migdesk.bundles import BundleRejected, Reason
from migdesk.bundles.stream import (
    MIN_CHUNK_SIZE,
    TAG_SIZE,
    Encryptor,
    decrypt_chunks,
    read_header,
    unwrap_key,
)
from migdesk.pki import AuthorityKeys

CHUNK = MIN_CHUNK_SIZE


def _encrypt(key: rsa.RSAPrivateKey, data: bytes, feed: int) -> bytes:
    out = io.BytesIO()
    encryptor = Encryptor(out.write, key.public_key(), b"\x11" * 32, CHUNK)
    for start in range(0, len(data), feed):
        encryptor.write(data[start : start + feed])
    encryptor.close()
    return out.getvalue()


def _decrypt(key: rsa.RSAPrivateKey, blob: bytes) -> bytes:
    source = io.BytesIO(blob)
    header = read_header(source)
    return b"".join(decrypt_chunks(source, header, unwrap_key(header, key)))


def _key(am: AuthorityKeys) -> rsa.RSAPrivateKey:
    key = am.encryption.private_key
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


@settings(max_examples=40, deadline=None)
@given(size=st.sampled_from([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 7]),
       feed=st.integers(min_value=1, max_value=3 * CHUNK))  # fmt: skip
def test_round_trip_any_size_any_feeding(am: AuthorityKeys, size: int, feed: int) -> None:
    data = bytes(i % 251 for i in range(size))
    assert _decrypt(_key(am), _encrypt(_key(am), data, feed)) == data


def test_ciphertext_size_is_predictable(am: AuthorityKeys) -> None:
    from migdesk.bundles.stream import ciphertext_size, header_size

    for size in (0, 1, CHUNK, CHUNK + 1, 5 * CHUNK):
        blob = _encrypt(_key(am), b"\0" * size, 1000)
        assert len(blob) == ciphertext_size(size, header_size(384), CHUNK)


def test_failures_are_named(am: AuthorityKeys) -> None:
    key = _key(am)
    blob = _encrypt(key, b"\x42" * (3 * CHUNK), 4096)
    header_len = len(blob) - 3 * (CHUNK + TAG_SIZE)
    head, body = blob[:header_len], blob[header_len:]
    parts = [body[i : i + CHUNK + TAG_SIZE] for i in range(0, len(body), CHUNK + TAG_SIZE)]
    cases = {
        Reason.TRUNCATED: head + parts[0] + parts[1],
        Reason.DECRYPTION_FAILED: head + parts[0] + parts[2] + parts[1],
        Reason.MALFORMED_PAYLOAD: b"XXXXXXXX" + blob[8:],
    }
    for reason, damaged in cases.items():
        with pytest.raises(BundleRejected) as caught:
            _decrypt(key, damaged)
        assert caught.value.reason is reason
    changed_header = bytearray(blob)
    changed_header[20] ^= 1  # the header is bound into every chunk's associated data
    with pytest.raises(BundleRejected) as caught:
        _decrypt(key, bytes(changed_header))
    assert caught.value.reason is Reason.DECRYPTION_FAILED


def test_appended_chunk_after_a_full_last_chunk(am: AuthorityKeys) -> None:
    key = _key(am)
    blob = _encrypt(key, b"\x42" * (2 * CHUNK), 4096)
    with pytest.raises(BundleRejected) as caught:
        _decrypt(key, blob + blob[-(CHUNK + TAG_SIZE) :])
    assert caught.value.reason is Reason.OVERSIZE


def test_wrong_private_key(am: AuthorityKeys, kz: AuthorityKeys) -> None:
    blob = _encrypt(_key(am), b"secret", 10)
    with pytest.raises(BundleRejected) as caught:
        _decrypt(_key(kz), blob)
    assert caught.value.reason is Reason.DECRYPTION_FAILED
