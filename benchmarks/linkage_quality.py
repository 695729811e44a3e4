"""Record-linkage quality on the labelled set: recall and precision of «возможный дубликат».

    python -m benchmarks.linkage_quality [-v]

A pair counts as found when the two records share a blocking key (so the check would compare
them at all) and the score reaches «возможный дубликат». Goal: recall ≥ 0.95 at
precision ≥ 0.95 (issue #16). ``make bench`` prints it; ``tests/persons/test_linkage.py``
asserts it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from migdesk.persons import codec
from migdesk.persons.blocking import blocked, record_from_data
from migdesk.persons.linkage import compare

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "persons" / "data" / "linkage_pairs.json"
RECALL_GOAL = 0.95
PRECISION_GOAL = 0.95


@dataclass
class Quality:
    pairs: int = 0
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    missed: list[str] = field(default_factory=list)  # kinds of pairs judged wrongly

    @property
    def recall(self) -> float:
        found = self.true_positive + self.false_negative
        return self.true_positive / found if found else 1.0

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0


def load_pairs() -> list[dict[str, Any]]:
    pairs: list[dict[str, Any]] = json.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]
    return pairs


def _record(person: dict[str, Any], tag: str) -> Any:
    data = codec.check_person(dict(person)).data
    data["id"] = tag
    return record_from_data(data)


def evaluate(pairs: list[dict[str, Any]]) -> Quality:
    quality = Quality()
    for pair in pairs:
        a, b = _record(pair["a"], "a"), _record(pair["b"], "b")
        met = blocked(a, b)
        flagged = met and compare(a, b).level is not None
        quality.pairs += 1
        if pair["same"] and flagged:
            quality.true_positive += 1
        elif pair["same"]:
            quality.false_negative += 1
            quality.missed.append(f"{pair['kind']} (не найдена{'' if met else ', блок'})")
        elif flagged:
            quality.false_positive += 1
            quality.missed.append(f"{pair['kind']} (ложная)")
        else:
            quality.true_negative += 1
    return quality


def main(argv: list[str] | None = None) -> int:
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    quality = evaluate(load_pairs())
    print(
        f"record linkage on {quality.pairs} labelled pairs: "
        f"recall {quality.recall:.3f} (goal ≥ {RECALL_GOAL}), "
        f"precision {quality.precision:.3f} (goal ≥ {PRECISION_GOAL})"
    )
    if verbose:
        for kind in quality.missed:
            print("  ", kind)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
