"""The bundle benchmark of ``make bench`` at 8 MiB, so that it keeps working between runs.

Only that it runs and reports is asserted: speed is the benchmark's business, not the tests'."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import bundle_throughput
from benchmarks.steps import measure_bundle_figures

SIZE_MIB = 8


def test_benchmark_writes_and_reads_a_parted_bundle(tmp_path: Path) -> None:
    run = bundle_throughput.measure_bundle(
        SIZE_MIB * 1024 * 1024, work_dir=tmp_path, max_part_bytes=3 * 1024 * 1024
    )
    assert len(run.part_sizes) >= 3 and max(run.part_sizes) <= 3 * 1024 * 1024
    assert run.write.seconds > 0 and run.read.seconds > 0
    # Measured in the child processes: more than an interpreter, far less than the data.
    assert 10 < run.write.rss_mb < 2000 and 10 < run.read.rss_mb < 2000
    report = run.report()
    assert report.count("PASS") + report.count("MISS") == 4
    assert list(tmp_path.iterdir()) == []  # ciphertext and keys removed


def test_make_bench_hook_honours_the_size_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(bundle_throughput.SIZE_ENV, str(SIZE_MIB))
    figures = measure_bundle_figures(tmp_path)
    assert [f.unit for f in figures] == ["MB/s", "MB", "MB/s", "MB"]
    assert all(f.value is not None and f.value > 0 for f in figures)
    assert f"{SIZE_MIB} MiB" in figures[0].name
    assert {f.verdict() for f in figures} <= {"PASS", "MISS"}
