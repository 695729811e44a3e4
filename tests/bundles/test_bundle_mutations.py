"""Property: any damage to a bundle is either refused with a named reason or harmless."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migdesk.bundles import BundleRejected, Reason, inspect, open_bundle
from migdesk.pki import AuthorityKeys, TrustStore
from tests.bundles.bundle_craft import SAMPLE_RECORDS, sample_attachments

FILES = ["label.json", "label.p7s", "payload.bin"]

mutation = st.one_of(
    st.tuples(st.just("flip"), st.sampled_from(FILES), st.integers(0, 2**31),
              st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.sampled_from(FILES), st.integers(0, 2**31), st.just(0)),
    st.tuples(st.just("append"), st.sampled_from(FILES), st.integers(1, 5000),
              st.integers(0, 255)),
    st.tuples(st.just("delete"), st.sampled_from(FILES), st.just(0), st.just(0)),
)  # fmt: skip


def _mutate(folder: Path, kind: str, name: str, where: int, value: int) -> None:
    path = folder / name
    data = bytearray(path.read_bytes())
    if kind in ("flip", "truncate") and not data:
        return
    if kind == "flip":
        data[where % len(data)] ^= value
    elif kind == "truncate":
        data = data[: where % len(data)]
    elif kind == "append":
        data += bytes([value]) * where
    else:
        path.unlink()
        return
    path.write_bytes(bytes(data))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(mutations=st.lists(mutation, min_size=1, max_size=3))
def test_damage_is_named_or_harmless(
    mutations: list[tuple[str, str, int, int]],
    sample_bundle: Path,
    am: AuthorityKeys,
    trust_at_am: TrustStore,
) -> None:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / sample_bundle.name
        shutil.copytree(sample_bundle, folder)
        for kind, name, where, value in mutations:
            if (folder / name).exists():
                _mutate(folder, kind, name, where, value)
        courier = inspect(folder, trust_at_am)  # never raises, whatever the damage
        try:
            opened = open_bundle(folder, "AM-MIGRATION", am.encryption, trust_at_am)
        except BundleRejected as exc:
            assert isinstance(exc.reason, Reason)
            assert str(exc)
            assert not courier.intact or exc.reason not in (
                Reason.SIGNATURE_BROKEN,
                Reason.HASH_MISMATCH,
                Reason.MISSING_FILE,
            )
            return
        # Accepted: then it must be exactly what was sent, and the courier agrees.
        assert courier.intact
        assert opened.records == SAMPLE_RECORDS
        assert opened.attachments == {a.name: a.open().read() for a in sample_attachments()}
        assert opened.label.sequence == 42
