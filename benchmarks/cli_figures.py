"""``migdesk-cli`` as a script calls it: a new process per command, unlock included.

Each command runs ``RUNS`` times; the figure is the median wall time, its note the median CPU
time of the child (user + system, ``RUSAGE_CHILDREN``), so a loaded machine shows as a gap
between the two. Baselines, also new processes in the same run: a bare ``python -c pass``
for ``--help``/``--version``, and for ``person show`` the same unlock (production Argon2id)
and one persons row read on a raw ``sqlcipher3`` connection.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import migdesk
from benchmarks.figures import PASSWORD, ROOT, USER, Figure

RUNS = 5
# The baseline of ``person show``: the same key slot unwrap and a row read, nothing else.
RAW_SHOW = """
import os, sys, types
from pathlib import Path
import sqlcipher3
# The key slot module alone: the package's __init__ would load the ORM the CLI loads.
package = types.ModuleType("migdesk.vault")
package.__path__ = [os.path.join(os.path.dirname(sys.argv[3]), "vault")]
sys.modules["migdesk.vault"] = package
from migdesk.vault.keyslots import KeySlotFile
path = Path(sys.argv[1])
key = KeySlotFile.load(path).unwrap(os.environ["MIGDESK_USER"], os.environ["MIGDESK_PASSWORD"])
conn = sqlcipher3.connect(str(path))
conn.execute(f"PRAGMA key = \\"x'{key.hex()}'\\"")
assert conn.execute("SELECT * FROM persons WHERE id = ?", (sys.argv[2],)).fetchone()
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MIGDESK_INSECURE_FAST_KDF"}
    env.update(
        MIGDESK_USER=USER,
        MIGDESK_PASSWORD=PASSWORD,
        MIGDESK_LANG="ru",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT.parent), env.get("PYTHONPATH")])),
    )
    return env


def timed(command: list[str], runs: int = RUNS) -> tuple[float, float]:
    """Median wall and median CPU seconds of ``runs`` new processes running ``command``."""
    walls, cpus = [], []
    env = _env()
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT.parent, check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def cli() -> list[str]:
    """The console script beside this interpreter (as installed), else ``-m``."""
    script = Path(sys.executable).with_name("migdesk-cli")
    return [str(script)] if script.exists() else [sys.executable, "-m", "migdesk.cli.main"]


def _some_person(vault: Path) -> str:
    from migdesk.vault import Vault

    with Vault.open(vault, USER, PASSWORD) as opened, opened.engine.connect() as conn:
        middle = conn.exec_driver_sql("SELECT max(pk) / 2 FROM persons").scalar()
        return str(
            conn.exec_driver_sql(
                "SELECT id FROM persons WHERE pk >= ? ORDER BY pk LIMIT 1", (middle,)
            ).scalar()
        )


def measure_cli(vault: Path) -> list[Figure]:
    bare_wall, bare_cpu = timed([sys.executable, "-c", "pass"])
    figures = []
    for option in ("--help", "--version"):
        wall, cpu = timed([*cli(), option])
        figures.append(
            Figure(
                f"migdesk-cli {option}, median of {RUNS}",
                wall,
                "s",
                0.3,
                baseline=bare_wall,
                note=f"CPU {cpu:.2f} s; baseline: python -c pass ({bare_cpu:.2f} s CPU)",
            )
        )
    person_id = _some_person(vault)
    wall, cpu = timed([*cli(), "--vault", str(vault), "person", "show", person_id, "--json"])
    raw_wall, raw_cpu = timed(
        [sys.executable, "-c", RAW_SHOW, str(vault), person_id, migdesk.__file__]
    )
    figures.append(
        Figure(
            f"migdesk-cli person show ID --json, unlock included, median of {RUNS}",
            wall,
            "s",
            1.0,
            baseline=raw_wall,
            note=f"CPU {cpu:.2f} s; baseline: the same unlock and row read on raw sqlcipher3 "
            f"in a new process ({raw_cpu:.2f} s CPU)",
        )
    )
    return figures
