"""``make bench``'s search step on a small vault: every baseline finds what ``search_pks``
finds (the figure would say so otherwise) and each kind of query is timed."""

from __future__ import annotations

from pathlib import Path

from benchmarks import search_bench
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
    timed = {t.kind: t for t in detail if t.ours}
    assert {"surname part, Cyrillic", "document number", "full birth date"} <= set(timed)
    for t in timed.values():
        assert len(t.ours) == len(t.ours_cpu) == len(t.best) == len(t.plain)
    search_bench.print_search_detail(detail)
