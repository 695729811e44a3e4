"""The import window's apply after its preview, into a copy of the big vault (issue #17).

``person_import_bench`` measures ``import_bundle`` (the CLI's ``bundle import``: no preview,
so it matches every new person itself). The import window does ``stage_import`` (verify,
decrypt, preview with matching) and then ``apply_staged``, which takes the preview's matches
when nothing was committed since (``exchange.registry_watch``): the apply is what an officer
waits for after pressing «Импортировать». Measured here on a copy of the same file the CLI
import gets (the same bundle, keys and trust), and set against that run's raw baseline.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.figures import PASSWORD, USER
from benchmarks.person_import_bench import (
    MATCHING_AHEAD,
    FigureRow,
    ImportRun,
    _parts,
    import_rows,
)

NAME = "import window: apply after its preview"


@dataclass
class WindowRun:
    persons: int  # new persons the apply wrote
    vault_persons: int
    preview_s: float  # stage_import: verify, decrypt, preview with matching
    preview_cpu: float  # process CPU (the preview's reading and matching threads too)
    apply_s: float  # apply_staged: one transaction
    apply_cpu: float
    matching_cpu: float  # CPU the apply spent matching (near 0 when it took the preview's)
    matches: int
    load: float

    @property
    def rate(self) -> float:
        return self.persons / self.apply_s


def measure(vault_path: Path, bundle: Path) -> WindowRun:
    """``stage_import`` then ``apply_staged`` as the import window does (on its worker
    thread, here on this one), each timed by wall clock and process CPU."""
    from migdesk.exchange import apply_staged, stage_import
    from migdesk.vault import Vault

    with Vault.open(vault_path, USER, PASSWORD) as vault:
        with vault.engine.connect() as conn:
            vault_persons = int(conn.exec_driver_sql("SELECT count(*) FROM persons").scalar_one())
        started, started_cpu = time.perf_counter(), time.process_time()
        staged = stage_import(vault, bundle)
        preview_s = time.perf_counter() - started
        preview_cpu = time.process_time() - started_cpu
        with _parts() as parts:
            started, started_cpu = time.perf_counter(), time.process_time()
            result = apply_staged(vault, staged)
            apply_s = time.perf_counter() - started
            apply_cpu = time.process_time() - started_cpu
        assert result.status == "imported", result.status
    return WindowRun(
        persons=len(result.preview.new_persons),
        vault_persons=vault_persons,
        preview_s=preview_s,
        preview_cpu=preview_cpu,
        apply_s=apply_s,
        apply_cpu=apply_cpu,
        matching_cpu=parts["matching"] + parts[MATCHING_AHEAD],
        matches=len(result.preview.matches),
        load=os.getloadavg()[0],
    )


def figures(run: WindowRun, raw: ImportRun) -> list[FigureRow]:
    """(name, value, unit, goal, lower is better, baseline) rows, beside ``raw``'s baseline
    (the same run's CLI import: the same bundle into a copy of the same file)."""
    label = f"{NAME} ({run.persons:,} persons into {run.vault_persons:,})"
    return import_rows(label, run.rate, run.apply_s, raw)


def note(run: WindowRun, raw: ImportRun) -> str:
    return (
        f"stage_import (verify, decrypt, preview with matching) {run.preview_s:.1f} s wall, "
        f"{run.preview_cpu:.1f} s CPU; then apply_staged (one transaction) "
        f"{run.apply_s:.1f} s wall, {run.apply_cpu:.1f} s CPU, of it {run.matching_cpu:.1f} s "
        f"matching (the preview's matches are taken when nothing was committed since); "
        f"{run.matches:,} probable matches; on a copy of the file the CLI import got; "
        f"baseline: that import's raw rows, {raw.raw_seconds:.1f} s wall, "
        f"{raw.raw_cpu:.1f} s CPU; apply by CPU time {run.apply_cpu / raw.raw_cpu:.2f} × raw "
        f"(CLI import: {raw.cpu / raw.raw_cpu:.2f} ×); load average {run.load:.1f}"
    )
