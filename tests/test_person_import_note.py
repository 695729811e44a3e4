"""The import benchmark's note sets the import's writing apart (its batches, the held keys,
positions and index rows written at the end, the audit entries) and names what every table
cost the raw baseline, so the two can be compared part by part (issue #17)."""

from __future__ import annotations

from typing import Any

from benchmarks import person_import_bench, probes
from benchmarks.same_tables import Written


def _run(**changes: Any) -> person_import_bench.ImportRun:
    """A run of 10 persons into 100, 2 s against raw's 1 s; ``changes`` set the rest."""
    fields: dict[str, Any] = {
        "persons": 10,
        "vault_persons": 100,
        "seconds": 2.0,
        "cpu": 2.0,
        "raw_seconds": 1.0,
        "raw_cpu": 1.0,
        "rows": 70,
        "matches": 0,
        "load": 0.5,
        "counts": {},
        "parts": {},
        "raw_dearest": "",
    }
    return person_import_bench.ImportRun(**{**fields, **changes})


def test_the_note_names_each_writing_part_and_every_raw_table() -> None:
    rows = Written(tops={})
    rows.costs = {f"table_{n}": 0.1 * n for n in range(1, 8)}
    run = _run(
        parts={"matching": 0.0, **dict.fromkeys(person_import_bench.WRITING, 0.2)},
        raw_dearest=rows.dearest(len(rows.costs)),
    )
    note = person_import_bench.note(run)
    for part in person_import_bench.WRITING:
        assert f"{part} 0.2 s" in note
    for table in rows.costs:
        assert table in note


def test_the_note_says_whose_peak_it_prints() -> None:
    run = _run(peak_rss_mb=200.0, peak_own=True)
    assert "peak RSS 200 MB during the import" in person_import_bench.note(run)
    run.peak_own = False
    assert "of the whole process" in person_import_bench.note(run)


def test_a_reset_peak_forgets_what_ran_before() -> None:
    # The CLI import's note once printed the bench process's peak (1,177 MB, from the search
    # and bulk phases before it) as the import's. Relative to what this process holds now, so
    # the test does not depend on what ran before it in the same worker.
    held = probes.rss_mb()
    assert held is not None
    before = bytearray(200 * 1024 * 1024)
    for page in range(0, len(before), 4096):
        before[page] = 1  # touch every page, so it is resident
    del before
    peak = probes.peak_rss_mb()
    assert peak > held + 150
    assert probes.reset_peak_rss()
    assert probes.peak_rss_mb() < peak - 150
