"""``make bench``'s search step on a small vault: every baseline finds what ``search_pks``
finds (the figure would say so otherwise) and each kind of query is timed, with the vault in
the OS cache and from the disk; the OS-cache drop the cold figures rely on empties it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import os_cache, search_bench
from benchmarks.figures import PASSWORD, USER
from migdesk.demo import synthetic_persons
from migdesk.persons.bulk import bulk_add
from migdesk.vault import Vault


def test_the_search_step_runs_every_kind_against_its_baselines(tmp_path: Path) -> None:
    path = tmp_path / "bench.vault"
    with Vault.create(path, USER, PASSWORD) as vault:
        bulk_add(vault, synthetic_persons(2000, seed=4), validate=False, batch_size=500)
    figures, detail = search_bench.measure_search(path)
    assert figures[0].value is not None and figures[0].baseline is not None
    assert "differ" not in figures[0].note, figures[0].note
    names = [f.name for f in figures]
    assert "vault in the OS cache" in names[0] and "from the disk" in names[1], names
    timed = {t.kind: t for t in detail if t.ours}
    assert {"surname part, Cyrillic", "document number", "full birth date"} <= set(timed)
    for t in timed.values():
        assert len(t.ours) == len(t.ours_cpu) == len(t.best) == len(t.plain)
    if os_cache.drop_reason(path) is None:
        cold = figures[1]
        assert cold.value is not None and cold.baseline is not None, cold.note
        assert "differ" not in cold.note, cold.note
        assert "at most 0.0% of the vault file was still cached" in cold.note, cold.note
        for t in timed.values():
            # One first run each: ours, the best statement, the plain one.
            assert len(t.cold_ours) * 3 == len(t.ours)
            assert len(t.cold_ours) == len(t.cold_best) == len(t.cold_plain) > 0
            if os_cache.read_calls() is not None:
                # Every cold run fetched its pages from the OS, ours and the baseline alike.
                assert min(t.cold_ours_reads) > 0 and min(t.cold_best_reads) > 0, t
    else:
        assert figures[1].value is None and "not measured" in figures[1].note
    search_bench.print_search_detail(detail)


def test_dropping_a_vault_leaves_none_of_it_in_the_os_cache(tmp_path: Path) -> None:
    if (reason := os_cache.drop_reason(tmp_path)) is not None:
        pytest.skip(reason)
    path = tmp_path / "file.vault"
    path.write_bytes(b"x" * (1 << 20))
    path.with_name("file.vault-wal").write_bytes(b"y" * (1 << 18))
    path.read_bytes()
    assert (os_cache.resident_fraction(path) or 0) > 0.5  # just written and read: cached
    os_cache.drop(path)
    assert os_cache.resident_fraction(path) == 0.0
    assert os_cache.resident_fraction(path.with_name("file.vault-wal")) == 0.0
