"""Measurements that need a process of their own: a cold start, the memory of one task.

Run by ``benchmarks.run`` as ``python -m benchmarks.probes NAME VAULT USER`` with the
password in ``$MIGDESK_BENCH_PASSWORD``; each prints one JSON line (``{"error": …}`` when it
cannot measure). Nothing but the standard library is imported before the clock starts.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.gui_app import officer_application
from benchmarks.gui_stall_probe import gui_stalls

STARTED = time.perf_counter()
PAGE = 200  # rows in the registry's first page (``migdesk.ui.registry_model.PAGE_SIZE``)
GUI_TIMEOUT_S = 120.0


def _status_mb(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """Peak resident set size of this process (VmHWM), MiB."""
    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> bool:
    """Start this process's peak (VmHWM) afresh, so the next ``peak_rss_mb`` is the peak of
    what ran since, not of everything before it in the same process (Linux ≥ 4.0:
    ``clear_refs`` 5). False where that is not possible: the peak then stays the process's."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def rss_mb() -> float | None:
    """Resident set size now (VmRSS), MiB."""
    return _status_mb("VmRSS")


def _emit(result: dict[str, Any]) -> None:
    print(json.dumps(result), flush=True)


def first_paint(vault_path: Path, user: str, password: str) -> dict[str, Any]:
    """Registry keys in registry order, then the first page of rows, as the list needs them."""
    from migdesk.persons import search
    from migdesk.vault import Vault

    with Vault.open(vault_path, user, password) as vault, vault.engine.connect() as conn:
        started = time.perf_counter()
        pks = search.all_pks(conn)
        rows = search.fetch_rows(conn, pks[:PAGE])
        seconds = time.perf_counter() - started
        now_mb = rss_mb()
    return {
        "seconds": seconds,
        "rss_mb": peak_rss_mb(),
        "rss_now_mb": now_mb,
        "keys": len(pks),
        "rows": len(rows),
    }


def first_paint_raw(vault_path: Path, user: str, password: str) -> dict[str, Any]:
    """The same two reads on a bare sqlcipher3 connection (baseline)."""
    from migdesk.vault.engine import raw_connect
    from migdesk.vault.keyslots import KeySlotFile

    conn = raw_connect(vault_path, KeySlotFile.load(vault_path).unwrap(user, password))
    try:
        started = time.perf_counter()
        pks = [r[0] for r in conn.execute("SELECT pk FROM persons ORDER BY sort_key, pk")]
        marks = ", ".join("?" * len(pks[:PAGE]))
        rows = conn.execute(
            "SELECT p.pk, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
            "p.given_name_lat, p.sex, p.birth_date, "
            "(SELECT group_concat(country, ', ') FROM person_citizenships c "
            " WHERE c.person_pk = p.pk), "
            "(SELECT trim(coalesce(series, '') || ' ' || number) FROM identity_documents d "
            " WHERE d.person_pk = p.pk ORDER BY position LIMIT 1) "
            f"FROM persons p WHERE p.pk IN ({marks})",
            pks[:PAGE],
        ).fetchall()
        seconds = time.perf_counter() - started
        now_mb = rss_mb()
    finally:
        conn.close()
    return {
        "seconds": seconds,
        "rss_mb": peak_rss_mb(),
        "rss_now_mb": now_mb,
        "keys": len(pks),
        "rows": len(rows),
    }


def first_paint_model(vault_path: Path, user: str, password: str) -> dict[str, Any]:
    """The same through the GUI's own code: its key search and its table model."""
    try:
        from PySide6.QtCore import QCoreApplication

        from migdesk.office.registry_search import fetch_rows, search_keys
        from migdesk.persons.search import SearchFilters
        from migdesk.persons.service import PersonService
        from migdesk.ui.registry_model import RegistryModel
    except ImportError as exc:
        return {"error": f"GUI not available ({exc})"}
    from migdesk.vault import Vault

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    with Vault.open(vault_path, user, password) as vault:
        started = time.perf_counter()
        keys = search_keys(PersonService(vault), "", SearchFilters(), lambda: False)
        model = RegistryModel(lambda pks: fetch_rows(vault, pks))
        model.set_pks(keys)
        first = model.data(model.index(0, 0))
        seconds = time.perf_counter() - started
        now_mb = rss_mb()
        count = model.rowCount()
    del app
    if not first:
        return {"error": "the model showed no first row"}
    return {"seconds": seconds, "rss_mb": peak_rss_mb(), "rss_now_mb": now_mb, "keys": count}


def cold_start(vault_path: Path, user: str, password: str) -> dict[str, Any]:
    """Interpreter start → main window shown with the registry's first page painted.

    The unlock dialog is skipped (a person types there); the unlock itself, Argon2id
    included, is in the figure. The parent times the whole process from its launch. The
    modules load as ``migdesk.entry.gui`` loads them (``migdesk.startup``)."""
    from migdesk.startup import loading_modules

    try:
        with loading_modules():
            from PySide6.QtCore import QTimer

            from migdesk.ui import tasks
            from migdesk.ui.main_window import MainWindow
    except ImportError as exc:
        return {"error": f"GUI not available ({exc})"}
    from migdesk.vault import Vault

    imported = time.perf_counter()
    app = officer_application()
    vault = Vault.open(vault_path, user, password)
    unlocked = time.perf_counter()
    window = MainWindow(vault)
    filled: list[int] = []

    def finished(count: int) -> None:
        filled.append(count)
        app.quit()

    window.registry.search_finished.connect(finished)
    QTimer.singleShot(int(GUI_TIMEOUT_S * 1000), app.quit)
    window.show()
    # One event loop run, no processEvents() polling: PySide6 6.12 on Python 3.11 drops a
    # reference to None on every processEvents()/exec() call and aborts after some thousands.
    app.exec()
    if not filled:
        return {"error": "the registry did not fill in time"}
    window.grab()  # paints the window, the visible rows included (their page is read)
    painted = time.perf_counter()
    result = {
        "imports_s": imported - STARTED,
        "unlock_s": unlocked - imported,
        "window_s": painted - unlocked,
        "in_process_s": painted - STARTED,
        "keys": filled[0],
    }
    _emit(result)  # the parent stops its clock here
    tasks.wait_for_all()
    vault.close()
    os._exit(0)  # Qt's teardown is not part of a start


PROBES: dict[str, Callable[[Path, str, str], dict[str, Any]]] = {
    "first-paint": first_paint,
    "first-paint-raw": first_paint_raw,
    "first-paint-model": first_paint_model,
    "cold-start": cold_start,
    "gui-stalls": gui_stalls,
}


def main() -> int:
    name, vault, user = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    password = os.environ["MIGDESK_BENCH_PASSWORD"]
    try:
        _emit(PROBES[name](vault, user, password))
    except Exception as exc:  # noqa: BLE001 — reported as a figure that could not be taken
        _emit({"error": f"{type(exc).__name__}: {exc}"})
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
