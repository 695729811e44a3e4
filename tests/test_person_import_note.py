"""The import benchmark's note sets the import's writing apart (its batches, the held keys,
positions and index rows written at the end, the audit entries) and names what every table
cost the raw baseline, so the two can be compared part by part (issue #17)."""

from __future__ import annotations

from benchmarks import person_import_bench
from benchmarks.same_tables import Written


def test_the_note_names_each_writing_part_and_every_raw_table() -> None:
    rows = Written(tops={})
    rows.costs = {f"table_{n}": 0.1 * n for n in range(1, 8)}
    run = person_import_bench.ImportRun(
        persons=10,
        vault_persons=100,
        seconds=2.0,
        cpu=2.0,
        raw_seconds=1.0,
        raw_cpu=1.0,
        rows=70,
        matches=0,
        load=0.5,
        counts={},
        parts={"matching": 0.0, **dict.fromkeys(person_import_bench.WRITING, 0.2)},
        raw_dearest=rows.dearest(len(rows.costs)),
    )
    note = person_import_bench.note(run)
    for part in person_import_bench.WRITING:
        assert f"{part} 0.2 s" in note
    for table in rows.costs:
        assert table in note
