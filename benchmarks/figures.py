"""What every benchmark step shares: the cached vault's constants and the results table."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"
USER = "bench"
# Protects only clearly synthetic records; the benchmark needs to unlock unattended.
PASSWORD = "benchmark-only synthetic vault"
PERSONS = 1_000_000


@dataclass
class Figure:
    name: str
    value: float | None  # None: not measured
    unit: str
    goal: float | None
    lower_is_better: bool = True
    baseline: float | None = None
    note: str = ""

    def verdict(self) -> str:
        if self.value is None or self.goal is None:
            return "n/a"
        good = self.value <= self.goal if self.lower_is_better else self.value >= self.goal
        return "PASS" if good else "MISS"


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "ms":
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "/s":
        return f"{value:,.0f} /s"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:g} {unit}"


def print_table(title: str, figures: list[Figure]) -> None:
    rows = [("figure", "measured", "raw sqlcipher3", "goal", "")]
    for f in figures:
        goal = "" if f.goal is None else ("≤ " if f.lower_is_better else "≥ ") + fmt(f.goal, f.unit)
        rows.append((f.name, fmt(f.value, f.unit), fmt(f.baseline, f.unit), goal, f.verdict()))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    print()
    print(title)
    for i, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:4], widths[1:4], strict=True)
        ]
        print("  ".join(cells) + "  " + row[4])
        if i == 0:
            print("  ".join("-" * w for w in widths))
    notes = [f"  * {f.name}: {f.note}" for f in figures if f.note]
    if notes:
        print()
        print("\n".join(notes))


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
