"""The import benchmark also measures the import window's way (``stage_import`` then
``apply_staged``) into a copy of the same file, and prints it beside the CLI import's raw
baseline (issue #17)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import person_import_bench, sender_bundle, window_apply
from benchmarks.cached_vault import fast_kdf
from benchmarks.figures import PASSWORD, USER
from benchmarks.same_tables import Written
from migdesk.vault import Vault


def _raw_run() -> person_import_bench.ImportRun:
    return person_import_bench.ImportRun(
        persons=6,
        vault_persons=0,
        seconds=2.0,
        cpu=2.0,
        raw_seconds=0.5,
        raw_cpu=0.4,
        rows=60,
        matches=0,
        load=0.5,
        counts={},
        parts={},
        raw_dearest=Written(tops={}).dearest(0),
    )


def test_the_window_apply_is_measured_on_a_tiny_vault_and_set_against_raw(
    tmp_path: Path,
) -> None:
    receiver = tmp_path / "receiver.vault"
    with fast_kdf():
        Vault.create(receiver, USER, PASSWORD, authority="KZ-MVD").close()
    bundle = sender_bundle.make_bundle(tmp_path / "work", receiver, 6)
    window = tmp_path / "window.vault"
    person_import_bench.copy_vault(receiver, window)
    with fast_kdf():
        run = window_apply.measure(window, bundle)
    assert run.persons == 6
    assert run.vault_persons == 0
    assert run.preview_s > 0 and run.apply_s > 0
    raw = _raw_run()
    rows = window_apply.figures(run, raw)
    names = [row[0] for row in rows]
    assert all(name.startswith(window_apply.NAME) for name in names)
    assert rows[0][2] == "/s" and rows[0][5] == raw.raw_rate
    assert rows[1][1] == round(run.apply_s / raw.raw_seconds, 2)
    note = window_apply.note(run, raw)
    assert "stage_import" in note and "apply_staged" in note
    assert f"{run.apply_cpu / raw.raw_cpu:.2f} × raw" in note
