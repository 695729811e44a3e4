"""Figures measured in a new process (``benchmarks.probes``): cold start, the registry's
first paint with its peak RSS, and GUI stalls.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.figures import PASSWORD, ROOT, USER, Figure

PROBE_TIMEOUT_S = 600


# --- subprocess probes -------------------------------------------------------------------------


def probe_env(scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MIGDESK_INSECURE_FAST_KDF"}
    env.update(
        MIGDESK_BENCH_PASSWORD=PASSWORD,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(scratch / "config"),  # the GUI's settings stay out of the user's
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT.parent), env.get("PYTHONPATH")])),
    )
    return env


def run_probe(name: str, vault: Path, scratch: Path) -> tuple[dict[str, Any], float]:
    """Runs a probe; returns its JSON and the wall time from launch to its line."""
    command = [sys.executable, "-m", "benchmarks.probes", name, str(vault), USER]
    started = time.perf_counter()
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=probe_env(scratch),
        cwd=ROOT.parent,
    ) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        wall = time.perf_counter() - started
        try:
            _, err = proc.communicate(timeout=PROBE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    try:
        result: dict[str, Any] = json.loads(line)
    except ValueError:
        result = {"error": (err.strip().splitlines() or ["no output"])[-1]}
    return result, wall


def measure_cold_start(vault: Path, scratch: Path) -> Figure:
    walls, last = [], {}
    for _ in range(3):
        result, wall = run_probe("cold-start", vault, scratch)
        if "error" in result:
            return Figure(
                "cold start to main window", None, "s", 1.5, note=f"n/a ({result['error']})"
            )
        walls.append(wall)
        last = result
    return Figure(
        "cold start to main window (median of 3)",
        statistics.median(walls),
        "s",
        1.5,
        note=(
            f"last run: imports {last['imports_s']:.2f} s, unlock {last['unlock_s']:.2f} s, "
            f"window + registry ({last['keys']:,} keys) + first page {last['window_s']:.2f} s"
        ),
    )


def measure_first_paint(vault: Path, scratch: Path) -> list[Figure]:
    ours, _ = run_probe("first-paint", vault, scratch)
    raw, _ = run_probe("first-paint-raw", vault, scratch)
    model, _ = run_probe("first-paint-model", vault, scratch)
    figures = []
    if "error" in ours:
        return [Figure("registry first paint", None, "s", 1.0, note=ours["error"])]
    figures.append(
        Figure(
            "registry first paint (all_pks + first page)",
            ours["seconds"],
            "s",
            1.0,
            baseline=raw.get("seconds"),
            note=f"{ours['keys']:,} keys",
        )
    )
    figures.append(
        Figure(
            "peak RSS of that process (VmHWM)",
            ours["rss_mb"],
            "MB",
            200,
            baseline=raw.get("rss_mb"),
            note=f"{ours['rss_now_mb']:.0f} MB resident after the first page; "
            "the peak includes Argon2id's 64 MiB at unlock",
        )
    )
    if "error" in model:
        figures.append(Figure("registry first paint via the GUI model", None, "s", 1.0))
        figures[-1].note = f"n/a ({model['error']})"
    else:
        figures.append(Figure("registry first paint via the GUI model", model["seconds"], "s", 1.0))
        figures.append(
            Figure(
                "peak RSS, GUI model (VmHWM)",
                model["rss_mb"],
                "MB",
                200,
                note=f"{model['rss_now_mb']:.0f} MB resident after the first page",
            )
        )
    return figures


def measure_gui_stalls(vault: Path, scratch: Path) -> list[Figure]:
    result, _ = run_probe("gui-stalls", vault, scratch)
    if "error" in result:
        return [Figure("GUI event-loop stall", None, "ms", 100, note=f"n/a ({result['error']})")]
    cpu = result.get("stalls_cpu_ms", {})
    detail = result.get("stalls_detail", {})
    runqueue, blocked = result.get("stalls_runqueue_ms", {}), result.get("stalls_blocked_ms", {})
    unsigned = "" if result.get("signed", True) else "; the letter was NOT signed"
    opening = result.get("request_ms", {})
    filled = [
        Figure(
            f"GUI: a {what} window filled while a merge step holds the write lock",
            opening.get(which, {}).get("filled_ms"),
            "ms",
            None,
            note=f"the window up after {opening.get(which, {}).get('window_up_ms', 0):.0f} ms;"
            " filled = the request (if stored) and the messages a 9.5 confirmation can ask"
            " about shown; the lock is held ~470 ms",
        )
        for which, what in (("stored", "stored confirmation"), ("new", "new confirmation"))
    ]
    return filled + [
        Figure(
            f"GUI stall: {phase}",
            value,
            "ms",
            100,
            note=f"longest gap of a 5 ms timer; GUI thread CPU in it {cpu.get(phase, 0):.0f} ms"
            + f", waiting for a CPU {runqueue.get(phase, 0):.0f} ms, blocked (GIL, lock, page"
            f" fault) {blocked.get(phase, 0):.0f} ms"
            + _gap_cause(detail.get(phase))
            + (unsigned if phase.startswith("signing") else ""),
        )
        for phase, value in result["stalls_ms"].items()
    ]


def _gap_cause(gap: dict[str, Any] | None) -> str:
    """What else ran in the gap (``benchmarks.stall_watch``), in one clause."""
    if not gap:
        return ""
    others = ", ".join(f"{name} {ms} ms" for name, ms in gap["cpu_ms_from_notice"].items())
    text = f"; CPU from {gap['noticed_after_ms']} ms on: {others or 'none'}"
    if gap["gc"]:
        text += f"; collections: {', '.join(gap['gc'])}"
    if gap["ran"]:
        where, share = next(iter(gap["ran"].items()))
        text += f"; most sampled: {where} ({share})"
    return text
