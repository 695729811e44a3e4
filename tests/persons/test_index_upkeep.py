"""The person search index is kept in few segments after bulk writes (``persons.index_upkeep``):
a registry filled in many batches needs upkeep, the upkeep merges it in short steps into one
segment with the same search results, and a cancel between steps leaves a valid index that the
next run finishes. The administrator's ``person compact-index --json`` is audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.demo import synthetic_persons
from migdesk.persons import index_structure, index_upkeep, search
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.progress import Cancelled
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, Cli
from tests.persons.test_search_plans import FILTERS, MORE_QUERIES, QUERIES, reference_pks


def fragmented(path: Path) -> Vault:
    vault = Vault.create(path, ADMIN, PASSWORD)
    # Each batch is a transaction of its own and leaves at least one segment behind.
    bulk_add(vault, synthetic_persons(1500, seed=11), validate=False, batch_size=100)
    return vault


def segments_in_index(vault: Vault) -> int:
    """Counted from the index's own table of segment pages, not from the structure record."""
    return int(vault.raw_execute("SELECT count(DISTINCT segid) FROM person_fts_idx")[0][0])


def integrity_check(vault: Vault) -> None:
    with vault.session() as session:  # raises «database disk image is malformed» if not
        session.connection().exec_driver_sql(
            "INSERT INTO person_fts(person_fts) VALUES ('integrity-check')"
        )


def assert_plain_statement_results(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        for query in [*QUERIES, *MORE_QUERIES]:
            for filters in FILTERS:
                expected = reference_pks(conn, query, 50, filters)
                assert search.search_pks(conn, query, limit=50, filters=filters) == expected


def test_a_registry_filled_in_batches_needs_upkeep_and_is_merged_in_steps(
    tmp_path: Path,
) -> None:
    vault = fragmented(tmp_path / "batches.vault")
    try:
        state = index_structure.index_state(vault)
        assert state.segments == segments_in_index(vault) > index_structure.LARGE_SEGMENTS
        assert state.needs_upkeep and not state.merging
        seen: list[tuple[int, int]] = []
        result = index_upkeep.merge_index(
            vault, pages_per_step=8, step_s=0, rest_s=0, progress=lambda d, t: seen.append((d, t))
        )
        assert result.steps > 2, "one step merged it all: the steps were not tested"
        assert result.after.segments == segments_in_index(vault) == 1
        assert not result.after.needs_upkeep
        assert seen[-1][0] <= seen[-1][1] == state.leaf_pages
        integrity_check(vault)
        assert_plain_statement_results(vault)
        # Nothing left to do: no step is taken.
        assert index_upkeep.merge_index(vault).steps == 0
    finally:
        vault.close()


def test_an_index_left_with_a_merge_under_way_ends_in_one_large_segment(
    tmp_path: Path,
) -> None:
    """Batches of 1,000 (the benchmark's build writes 20,000 a transaction) leave FTS5's
    automerge halfway through a merge; an officer saves between the steps. Continuing that
    merge alone left two large segments (526 and 515 leaf pages), as the 1M vaults were
    left with several: every segment must end in one."""
    vault = Vault.create(tmp_path / "underway.vault", ADMIN, PASSWORD)
    try:
        bulk_add(vault, synthetic_persons(8000, seed=11), validate=False, batch_size=1000)
        state = index_structure.index_state(vault)
        assert state.merging and state.large_segments > 1
        officer = PersonService(vault)
        records = iter(synthetic_persons(500, seed=12))

        def save_instead(_s: float) -> None:
            officer.add(next(records))

        result = index_upkeep.merge_index(vault, rest_s=0, sleep=save_instead)
        assert result.finished and result.steps > 2
        assert result.after.large_segments == 1, result.after.segment_pages
        assert not result.after.needs_upkeep and not result.after.merging
        integrity_check(vault)
        assert_plain_statement_results(vault)
    finally:
        vault.close()


def test_a_doclist_longer_than_the_budget_does_not_shrink_the_next_steps() -> None:
    """A step that had to write a common trigram's whole doclist (FTS5 stops only between
    terms) took long for its many pages, not for its budget: the budget follows the time a
    page costs, and grows at most twofold a step."""
    step_s = index_upkeep.STEP_S
    # 200 pages asked, 3,700 written (7,400 rows) in 280 ms: ~76 µs a page.
    after_long = index_upkeep.next_budget(200, 7400, 0.28, step_s)
    assert after_long == int(step_s / (0.28 / 3700))
    # 64 pages in 2 ms: the cost says 640, the cap says 128.
    assert index_upkeep.next_budget(64, 128, 0.002, step_s) == 128
    assert index_upkeep.next_budget(8, 0, 0.0, step_s) == 16
    assert index_upkeep.next_budget(4096, 8192, 10.0, step_s) == index_upkeep.MIN_PAGES


def test_a_cancel_between_steps_leaves_a_valid_index_the_next_run_finishes(
    tmp_path: Path,
) -> None:
    vault = fragmented(tmp_path / "cancel.vault")
    try:
        with vault.engine.connect() as conn:
            before = {q: search.search_pks(conn, q, limit=None) for q in QUERIES}
        asked = 0

        def cancel_after_three() -> bool:
            nonlocal asked
            asked += 1
            return asked > 3

        with pytest.raises(Cancelled):
            index_upkeep.merge_index(
                vault, pages_per_step=8, step_s=0, rest_s=0, cancelled=cancel_after_three
            )
        halfway = index_structure.index_state(vault)
        assert halfway.merging and halfway.needs_upkeep
        integrity_check(vault)
        with vault.engine.connect() as conn:
            assert {q: search.search_pks(conn, q, limit=None) for q in QUERIES} == before
        # A save between the runs adds a segment; the merge under way is continued.
        bulk_add(vault, synthetic_persons(20, seed=12), validate=False)
        result = index_upkeep.merge_index(vault, pages_per_step=64, step_s=0, rest_s=0)
        assert not result.after.merging and not result.after.needs_upkeep
        assert result.after.segments <= 2  # the merged one, and the save's if it came after
        integrity_check(vault)
        assert_plain_statement_results(vault)
    finally:
        vault.close()


def test_the_structure_record_is_read_as_fts5_wrote_it(tmp_path: Path) -> None:
    vault = fragmented(tmp_path / "structure.vault")
    try:
        pages = vault.raw_execute(
            "SELECT count(*) FROM person_fts_data WHERE id >= (1 << 37)"  # the leaf pages
        )[0][0]
        state = index_structure.index_state(vault)
        # Every leaf of every segment is a row of person_fts_data (doclist-index rows aside).
        assert 0 < state.leaf_pages <= pages
    finally:
        vault.close()


def test_the_administrators_command_merges_and_is_audited(cli_vault: Cli) -> None:
    filled = cli_vault("demo", "--persons", "1200", "--batch", "100", "--json")
    assert filled.code == 0, filled.stderr
    result = cli_vault("person", "compact-index", "--json")
    assert result.code == 0, result.stderr
    data = result.json()
    assert set(data) == {
        "segments_before",
        "segments_after",
        "leaf_pages",
        "steps",
        "seconds",
        "longest_step_ms",
    }
    assert data["segments_before"] > 1 and data["segments_after"] == 1 and data["steps"] >= 1
    entries = cli_vault("audit", "list", "--json").json()
    compacted = [e for e in entries if e["action"] == "search_index.compact"]
    assert len(compacted) == 1
    assert compacted[0]["details"]["segments_after"] == 1


def test_a_time_bound_leaves_the_merge_under_way_for_the_next_run(tmp_path: Path) -> None:
    vault = fragmented(tmp_path / "bound.vault")
    try:
        first = index_upkeep.merge_index(
            vault, pages_per_step=8, step_s=0, rest_s=0, max_seconds=0.0
        )
        assert first.steps == 1 and not first.finished and first.after.merging
        integrity_check(vault)
        second = index_upkeep.merge_index(vault, step_s=0, rest_s=0)
        assert second.finished and second.after.segments == 1
    finally:
        vault.close()


def test_saves_during_the_upkeep_leave_its_merge_to_it(tmp_path: Path) -> None:
    """FTS5's automerge is off while the upkeep runs: a write between two steps does not
    carry on the upkeep's merge (on 8,000 persons, 4 of 300 one-row inserts did, changing
    up to 2,046 rows). Switched back on after, and by the next run when a killed run left
    it off."""
    vault = Vault.create(tmp_path / "saves.vault", ADMIN, PASSWORD)
    try:
        bulk_add(vault, synthetic_persons(8000, seed=11), validate=False, batch_size=1000)
        settings: list[int] = []
        changed: list[int] = []
        with vault.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None

            def write_between_steps(_s: float) -> None:
                # One person's index row, as a save writes it, on a connection of its own.
                settings.append(index_upkeep.automerge_setting(vault))
                before = raw.total_changes
                raw.execute("BEGIN IMMEDIATE")
                raw.execute(
                    "INSERT INTO person_fts(rowid, terms) VALUES (?, ?)",
                    (10**9 + len(changed), "иванова ivanova «1985-03-02» AB1234567"),
                )
                raw.execute("COMMIT")
                changed.append(raw.total_changes - before)

            result = index_upkeep.merge_index(
                vault, pages_per_step=8, step_s=0, rest_s=0, sleep=write_between_steps
            )
        assert result.steps > 20 and set(settings) == {0}
        # A row of its own is a few dozen rows changed (FTS5's crisismerge of small ones).
        # A row of its own is 6 rows changed. With automerge on, 3 of the 78 writes between
        # steps carried the merge on (740, 976 and 1,251 rows); off, one of 116 does: FTS5's
        # crisismerge, when 16 small segments have piled up on a level (976 rows).
        assert len([c for c in changed if c >= 100]) <= 1, sorted(changed)[-5:]
        assert index_upkeep.automerge_setting(vault) == index_upkeep.FTS5_AUTOMERGE
        # A run killed while it was off: the next run switches it back on.
        index_upkeep._set_automerge(vault, 0)
        assert index_upkeep.merge_index(vault).steps == 0
        assert index_upkeep.automerge_setting(vault) == index_upkeep.FTS5_AUTOMERGE
    finally:
        vault.close()


def test_each_step_first_gives_way(tmp_path: Path) -> None:
    """``give_way`` (the GUI's wait for a pause in the officer's input) comes before every
    step, the first included; the CLI passes none."""
    vault = fragmented(tmp_path / "give-way.vault")
    try:
        states: list[index_structure.IndexState] = []
        result = index_upkeep.merge_index(
            vault,
            pages_per_step=8,
            step_s=0,
            rest_s=0,
            give_way=lambda: states.append(index_structure.index_state(vault)),
        )
        assert result.finished and len(states) == result.steps > 2
        assert not states[0].merging and states[0].segments > 1  # before any step
    finally:
        vault.close()


def spy_on_budgets(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The budget each step passes to FTS5's 'merge' (negative: a new merge of every
    segment), the real step made."""
    budgets: list[int] = []
    step = index_upkeep._step

    def recorded(vault: Vault, budget: int) -> object:
        budgets.append(budget)
        return step(vault, budget)

    monkeypatch.setattr(index_upkeep, "_step", recorded)
    return budgets


def test_a_small_merge_left_by_automerge_is_begun_anew_over_every_segment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bulk write left FTS5's automerge merging a few segments: the upkeep's first step
    merges every segment ('-N') instead of finishing that merge first, which wrote those
    segments' common trigrams once more (on the basic 1M vault 17 % more rows changed)."""
    vault = Vault.create(tmp_path / "automerge.vault", ADMIN, PASSWORD)
    try:
        bulk_add(vault, synthetic_persons(8000, seed=11), validate=False, batch_size=1000)
        state = index_structure.index_state(vault)
        assert state.merging and 0 < state.merging_pages < state.leaf_pages
        assert not state.merging_most
        budgets = spy_on_budgets(monkeypatch)
        result = index_upkeep.merge_index(vault, rest_s=0)
        assert budgets[0] < 0 and all(b > 0 for b in budgets[1:]), budgets[:5]
        assert result.finished and result.after.large_segments == 1
        integrity_check(vault)
        assert_plain_statement_results(vault)
    finally:
        vault.close()


def test_a_cancelled_runs_merge_is_continued_after_a_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upkeep's own merge of every segment, cancelled, takes most of the index: the next
    run continues it ('+N') though a save added a segment meanwhile, not begun anew (a '-N'
    would rewrite what the cancelled run had merged)."""
    vault = fragmented(tmp_path / "continue.vault")
    try:
        asked: list[None] = []

        def cancel_after_three() -> bool:
            asked.append(None)
            return len(asked) > 3

        with pytest.raises(Cancelled):
            index_upkeep.merge_index(
                vault, pages_per_step=8, step_s=0, rest_s=0, cancelled=cancel_after_three
            )
        # Automerge off for the save, or on this small index it finishes the merge itself.
        with index_upkeep.automerge_paused(vault):
            bulk_add(vault, synthetic_persons(20, seed=12), validate=False)
        state = index_structure.index_state(vault)
        assert state.merging_most and state.merging_pages < state.leaf_pages
        budgets = spy_on_budgets(monkeypatch)
        result = index_upkeep.merge_index(vault, pages_per_step=64, step_s=0, rest_s=0)
        assert budgets[0] > 0 and result.finished and not result.after.needs_upkeep
    finally:
        vault.close()


def test_the_rest_between_steps_counts_from_the_commit(tmp_path: Path) -> None:
    """The write lock is free from a step's commit on: the checkpoint after it and the
    structure read are part of the rest, so the sleep is what is left of ``rest_s``."""
    vault = fragmented(tmp_path / "rest.vault")
    try:
        slept: list[float] = []
        result = index_upkeep.merge_index(
            vault, pages_per_step=8, step_s=0, rest_s=5.0, sleep=slept.append
        )
        assert result.finished and 2 < len(slept) < result.steps
        assert all(0 <= s < 5.0 for s in slept), slept[:5]
    finally:
        vault.close()


def test_the_segments_saves_wrote_during_the_merge_are_merged_at_its_end(
    tmp_path: Path,
) -> None:
    """Automerge is off during the upkeep, so every save between two steps leaves a segment
    of its own; at the end a few steps merge them, and the run still ends while saves go on."""
    vault = fragmented(tmp_path / "tidy.vault")
    try:
        rows = iter(range(10**9, 10**9 + 10_000))

        def save_between_steps(_s: float) -> None:
            with vault.session() as session:
                session.connection().exec_driver_sql(
                    "INSERT INTO person_fts(rowid, terms) VALUES (?, ?)",
                    (next(rows), "иванова ivanova «1985-03-02» AB1234567"),
                )

        result = index_upkeep.merge_index(
            vault, pages_per_step=2, step_s=0, rest_s=0, sleep=save_between_steps
        )
        assert result.finished and result.steps > 10
        assert result.after.large_segments == 1 and not result.after.merging
        assert result.after.segments <= index_upkeep.TIDY_SEGMENTS + 1, result.after
        integrity_check(vault)
    finally:
        vault.close()
