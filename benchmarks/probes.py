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
            from PySide6.QtWidgets import QApplication

            from migdesk.ui import settings, tasks
            from migdesk.ui.i18n import install_translators
            from migdesk.ui.main_window import MainWindow
    except ImportError as exc:
        return {"error": f"GUI not available ({exc})"}
    from migdesk.vault import Vault

    imported = time.perf_counter()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    from migdesk.ui.gui_thread_gc import GuiThreadCollector

    GuiThreadCollector(app)  # as ``migdesk.ui.app.main`` does: collection on the GUI thread only
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    install_translators(app)
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


class _StallProbe:
    """A 5 ms timer on the GUI thread: the longest gap between its ticks is the longest
    time the event loop could not run (a frozen window), per phase of the probe."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.worst: dict[str, float] = {}
        # The GUI thread's own CPU time in the longest gap: what the stall would be on an
        # idle machine (a loaded one stretches the wall time, not this).
        self.worst_cpu: dict[str, float] = {}
        self.phase = "start"
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now, now_cpu = time.perf_counter(), time.thread_time()
        gap, cpu = now - self.last, now_cpu - self.last_cpu
        self.last, self.last_cpu = now, now_cpu
        if gap >= self.worst.get(self.phase, 0.0):
            self.worst[self.phase] = gap
            self.worst_cpu[self.phase] = cpu

    def enter(self, phase: str) -> None:
        self.tick()
        self.phase = phase


def gui_stalls(vault_path: Path, user: str, password: str) -> dict[str, Any]:
    """The main window on the big vault, driven as an officer would: the registry fills,
    the document modules preload, a surname is typed letter by letter, a card opens, then
    the audit, statistics, export, import and duplicates windows open (each given 1.5 s for
    its background reads), and the card's data sheet is rendered and previewed (the first
    document); last the language is switched to Kazakh and back with all those windows open.
    Reports the longest event-loop stall of each phase, ms, and the GUI thread's
    CPU time in it. Not probed: signing (the synthetic vault has no signatory)."""
    try:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from migdesk.ui import preload, settings, tasks
        from migdesk.ui.i18n import install_translators
        from migdesk.ui.main_window import MainWindow
    except ImportError as exc:
        return {"error": f"GUI not available ({exc})"}
    from migdesk.vault import Vault

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    from migdesk.ui.gui_thread_gc import GuiThreadCollector

    GuiThreadCollector(app)  # as ``migdesk.ui.app.main`` does: collection on the GUI thread only
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    install_translators(app)
    vault = Vault.open(vault_path, user, password)
    window = MainWindow(vault)
    probe = _StallProbe()
    steps: list[Callable[[], None]] = []
    typed = "иванов"
    opened: list[Any] = []

    def next_step() -> None:
        if steps:
            steps.pop(0)()
        else:
            probe.enter("done")
            app.quit()

    def after(ms: int) -> None:
        QTimer.singleShot(ms, next_step)

    def preload_documents() -> None:
        probe.enter("preload of QtPdf, reportlab, pyHanko")
        thread = preload.start()

        def wait() -> None:
            if thread is not None and thread.is_alive():
                QTimer.singleShot(20, wait)
            else:
                after(50)

        wait()

    def type_letter(i: int) -> Callable[[], None]:
        def step() -> None:
            probe.enter("typing a surname (search at every letter)")
            window.registry.search_edit.setText(typed[: i + 1])
            after(150)

        return step

    def wait_search() -> None:
        if window.registry.searching:
            QTimer.singleShot(20, wait_search)
        else:
            after(50)

    def open_card() -> None:
        probe.enter("opening a person card")
        person_id = window.registry.selected_person_id()
        if person_id is None:
            window.registry.table.selectRow(0)
            person_id = window.registry.selected_person_id()
        if person_id is not None:
            opened.append(window.open_person(person_id))
        after(300)

    def open_sheet() -> None:
        """The card's «Сведения о лице (PDF)…»: the first document, rendered and previewed."""
        probe.enter("first document and its preview (person data sheet)")
        form = opened[-1] if opened else None
        if form is None:
            after(50)
            return
        if form.loading:  # the card reads its record in the background
            QTimer.singleShot(20, open_sheet)
            return
        dialog = form.open_sheet()
        opened.append(dialog)
        waited = [0]

        def wait() -> None:
            waited[0] += 1
            done = dialog is None or (dialog.produced is not None and not dialog.busy)
            if done or waited[0] > 1500:
                after(500)  # the pages paint
            else:
                QTimer.singleShot(20, wait)

        wait()

    def open_window(phase: str, action: Callable[[], Any]) -> Callable[[], None]:
        """Open a window as its menu entry does, then let its background reads run."""

        def step() -> None:
            probe.enter(phase)
            opened.append(action())
            after(1500)

        return step

    steps.append(preload_documents)
    steps.extend(type_letter(i) for i in range(len(typed)))
    steps.append(wait_search)
    steps.append(open_card)
    steps.append(open_sheet)
    steps.extend(
        (
            open_window("opening the audit window", window.admin.open_audit),
            open_window("opening the statistics window", window.requests.open_statistics),
            open_window("opening the export dialog", window.exchange.open_export),
            open_window("opening the import dialog", window.exchange.open_import),
            open_window("opening the duplicates window", window.open_duplicates),
        )
    )

    def switch(lang: str) -> Callable[[], None]:
        def step() -> None:
            from migdesk.ui.language_switch import switch_language

            probe.enter("switching the language (every open window)")
            switch_language(lang)
            after(500)

        return step

    steps.extend((switch("kk"), switch("ru")))
    first_fill: list[int] = []

    def filled(count: int) -> None:
        if not first_fill:
            first_fill.append(count)
            after(50)

    window.registry.search_finished.connect(filled)
    QTimer.singleShot(int(GUI_TIMEOUT_S * 1000), app.quit)
    probe.enter("main window and registry fill")
    window.show()
    app.exec()
    result = {phase: round(gap * 1000, 1) for phase, gap in probe.worst.items()}
    cpu = {phase: round(gap * 1000, 1) for phase, gap in probe.worst_cpu.items()}
    for ignored in ("start", "done"):
        result.pop(ignored, None)
        cpu.pop(ignored, None)
    _emit({"stalls_ms": result, "stalls_cpu_ms": cpu, "keys": first_fill[0] if first_fill else 0})
    tasks.wait_for_all()
    vault.close()
    os._exit(0)


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
