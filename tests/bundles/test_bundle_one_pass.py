"""The payload is read once (issue #17): each file is hashed as it is decrypted, and nothing
is decided — ``verified``, the result — before every file matched the signed label."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from migdesk.bundles import BundleRejected, Reason, layout, open_bundle
from migdesk.bundles.label import Label
from migdesk.pki import AuthorityKeys, TrustStore
from tests.bundles.bundle_craft import SAMPLE_RECORDS


def _count_opens(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    opened: Counter[str] = Counter()
    real = layout.open_member

    @contextlib.contextmanager
    def counting(folder: Path, name: str) -> Iterator[object]:
        opened[name] += 1
        with real(folder, name) as handle:
            yield handle

    monkeypatch.setattr(layout, "open_member", counting)
    return opened


def test_the_payload_is_read_once(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _count_opens(monkeypatch)
    progress: list[tuple[int, int]] = []
    result = open_bundle(
        bundle,
        "AM-MIGRATION",
        am.encryption,
        trust_at_am,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert result.records == SAMPLE_RECORDS
    size = (bundle / "payload.bin").stat().st_size
    assert opened["payload.bin"] == 1
    assert progress[-1] == (size, size)


def test_hash_first_reads_twice_and_decides_before_decrypting(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _count_opens(monkeypatch)

    class Known(Exception):
        pass

    def verified(label: Label) -> None:
        assert opened["payload.bin"] == 1  # hashed, not yet opened to decrypt
        raise Known

    with pytest.raises(Known):
        open_bundle(
            bundle, "AM-MIGRATION", am.encryption, trust_at_am, verified=verified, hash_first=True
        )
    opened.clear()
    open_bundle(bundle, "AM-MIGRATION", am.encryption, trust_at_am, hash_first=True)
    assert opened["payload.bin"] == 2


def test_verified_only_after_every_byte_was_hashed(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    progress: list[int] = []
    seen: list[int] = []
    open_bundle(
        bundle,
        "AM-MIGRATION",
        am.encryption,
        trust_at_am,
        progress=lambda done, _total: progress.append(done),
        verified=lambda _label: seen.append(progress[-1]),
    )
    assert seen == [(bundle / "payload.bin").stat().st_size]


@pytest.mark.parametrize("where", ["header", "first chunk", "middle", "last byte"])
def test_damage_anywhere_is_named_a_hash_mismatch_and_decides_nothing(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore, where: str
) -> None:
    path = bundle / "payload.bin"
    data = bytearray(path.read_bytes())
    offset = {"header": 12, "first chunk": 600, "middle": len(data) // 2, "last byte": -1}
    data[offset[where]] ^= 0x40
    path.write_bytes(bytes(data))
    decided: list[Label] = []
    with pytest.raises(BundleRejected) as caught:
        open_bundle(bundle, "AM-MIGRATION", am.encryption, trust_at_am, verified=decided.append)
    assert caught.value.reason is Reason.HASH_MISMATCH
    assert decided == []
