"""The GUI stall probe: the main window on the big vault, driven as an officer would, with a
5 ms timer on the GUI thread whose longest gap per phase is the longest time the window was
frozen. Run by ``benchmarks.probes`` (``gui-stalls``) in a process of its own.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.gui_app import officer_application
from benchmarks.merge_step_phases import (
    open_request_during_merge_step,
    prepare_confirmation,
    save_during_merge_step,
    search_during_merge_step,
)
from benchmarks.stall_watch import StallWatch

GUI_TIMEOUT_S = 120.0


def _emit(result: dict[str, Any]) -> None:
    print(json.dumps(result), flush=True)


class _StallProbe:
    """A 5 ms timer on the GUI thread: the longest gap between its ticks is the longest
    time the event loop could not run (a frozen window), per phase of the probe."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.worst: dict[str, float] = {}
        # The GUI thread's own CPU time in the longest gap: what the stall would be on an
        # idle machine (a loaded one stretches the wall time, not this).
        self.worst_cpu: dict[str, float] = {}
        # The tick the longest gap began at: the watchdog's report of that gap is keyed by it.
        self.worst_start: dict[str, float] = {}
        # The rest of the gap: waiting for a CPU (the machine busy), and blocked (the GIL
        # held by another thread, a lock, a page fault): the kernel's count for this thread.
        self.worst_runqueue: dict[str, float] = {}
        self.worst_blocked: dict[str, float] = {}
        self._schedstat = os.open(f"/proc/self/task/{threading.get_native_id()}/schedstat", 0)
        self.phase = "start"
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.last_sched = self._sched()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def _sched(self) -> tuple[float, float]:
        """This thread's seconds on a CPU and waiting in the run queue, from the kernel."""
        os.lseek(self._schedstat, 0, os.SEEK_SET)
        ran, waited = os.read(self._schedstat, 100).split()[:2]
        return int(ran) / 1e9, int(waited) / 1e9

    def tick(self) -> None:
        now, now_cpu, now_sched = time.perf_counter(), time.thread_time(), self._sched()
        gap, cpu = now - self.last, now_cpu - self.last_cpu
        if gap >= self.worst.get(self.phase, 0.0):
            ran = now_sched[0] - self.last_sched[0]
            runqueue = now_sched[1] - self.last_sched[1]
            self.worst[self.phase] = gap
            self.worst_cpu[self.phase] = cpu
            self.worst_start[self.phase] = self.last
            self.worst_runqueue[self.phase] = runqueue
            self.worst_blocked[self.phase] = max(0.0, gap - ran - runqueue)
        self.last, self.last_cpu, self.last_sched = now, now_cpu, now_sched

    def enter(self, phase: str) -> None:
        self.tick()
        self.phase = phase


def gui_stalls(vault_path: Path, user: str, password: str) -> dict[str, Any]:
    """The main window on the big vault, driven as an officer would: the registry fills,
    the document modules preload, a surname is typed letter by letter, a card opens, then
    the audit, statistics, export, import and duplicates windows open (each given 1.5 s for
    its background reads), and the card's data sheet is rendered and previewed (the first
    document); then the language is switched to Kazakh and back with all those windows open;
    last a supervisor signs a letter written by an officer (four eyes) in its document
    window: the key dialog, the signing and the signed preview (``signing_setup``).
    Reports the longest event-loop stall of each phase, ms, and the GUI thread's
    CPU time in it."""
    try:
        from PySide6.QtCore import QTimer

        from migdesk.ui import preload, tasks
        from migdesk.ui.main_window import MainWindow
    except ImportError as exc:
        return {"error": f"GUI not available ({exc})"}
    from benchmarks.signing_setup import prepare_signing
    from migdesk.vault import Vault

    app = officer_application()
    vault = Vault.open(vault_path, user, password)
    key_folder = tempfile.TemporaryDirectory(prefix="migdesk-probe-")
    signing = prepare_signing(vault, Path(key_folder.name))  # before the clock: not measured
    doubted, confirmation = prepare_confirmation(vault)
    window = MainWindow(vault)
    probe = _StallProbe()
    watch = StallWatch(lambda: probe.last)
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
    saving: dict[str, float] = {}
    steps.append(lambda: save_during_merge_step(vault, probe, opened, after, saving))
    searching: dict[str, float] = {}
    steps.append(lambda: search_during_merge_step(vault, probe, window, after, searching))
    opening: dict[str, dict[str, float]] = {"stored": {}, "new": {}}
    steps.append(
        lambda: open_request_during_merge_step(
            vault,
            probe,
            lambda: window.requests.open_request(confirmation),
            True,
            after,
            opening["stored"],
        )
    )
    steps.append(
        lambda: open_request_during_merge_step(
            vault,
            probe,
            lambda: window.requests.new_request("confirmation", "outgoing", doubted),
            False,
            after,
            opening["new"],
        )
    )
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

    def open_letter() -> None:
        """The supervisor's document window for the officer's letter (its first render)."""
        from migdesk.ui.documents.document_dialog import DocumentDialog

        probe.enter("opening a letter to sign")
        dialog = DocumentDialog.for_request(signing.supervisor, signing.letter)
        dialog.show()
        opened.append(dialog)
        wait_document(dialog, signed=False)

    def wait_document(dialog: Any, *, signed: bool) -> None:
        waited = [0]

        def wait() -> None:
            waited[0] += 1
            produced = dialog.produced
            done = produced is not None and not dialog.busy and produced.signed == signed
            if done or waited[0] > 3000:
                after(500)  # the pages paint
            else:
                QTimer.singleShot(20, wait)

        wait()

    def sign_letter() -> None:
        """«Подписать…», the key file and its password, «Подписать»: signed in the background,
        the signed PDF shown."""
        probe.enter("signing a letter (four eyes: the officer wrote it, a supervisor signs)")
        dialog = opened[-1]
        key = dialog.ask_key()
        if key is None:
            after(50)
            return
        key.chooser.p12_edit.setText(str(signing.p12))
        key.chooser.password_edit.setText(signing.p12_password)
        key.ok_button.click()
        wait_document(dialog, signed=True)

    steps.extend((open_letter, sign_letter))
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
    runqueue = {phase: round(s * 1000, 1) for phase, s in probe.worst_runqueue.items()}
    blocked = {phase: round(s * 1000, 1) for phase, s in probe.worst_blocked.items()}
    watch.stop()
    time.sleep(0.05)  # the watchdog closes the last gap's report
    detail = {phase: watch.report(start) for phase, start in probe.worst_start.items()}
    for ignored in ("start", "done"):
        result.pop(ignored, None)
        cpu.pop(ignored, None)
        detail.pop(ignored, None)
        runqueue.pop(ignored, None)
        blocked.pop(ignored, None)
    signed = bool(opened and getattr(opened[-1], "produced", None) and opened[-1].produced.signed)
    _emit(
        {
            "stalls_ms": result,
            "stalls_cpu_ms": cpu,
            # The rest of each longest gap: the GUI thread ready but without a CPU (a loaded
            # machine), and neither running nor ready (the GIL, a lock, a page fault).
            "stalls_runqueue_ms": runqueue,
            "stalls_blocked_ms": blocked,
            # Per phase, what the other threads did in its longest gap (``stall_watch``).
            "stalls_detail": detail,
            "keys": first_fill[0] if first_fill else 0,
            "signed": signed,
            # The card saved during a merge step: when «Сохранить» gave the window back,
            # and when the save had ended (it waits for the lock either way).
            "card_save_ms": {k: round(v, 1) for k, v in saving.items()},
            # The search during a merge step: when its result was shown (its audit entry
            # waits for the lock; before #17 the GUI thread waited with it).
            "search_ms": {k: round(v, 1) for k, v in searching.items()},
            # A stored and a new confirmation opened during a merge step: when the window
            # was up, and when the request and the messages it can ask about were shown.
            "request_ms": {
                which: {k: round(v, 1) for k, v in times.items()}
                for which, times in opening.items()
            },
        }
    )
    tasks.wait_for_all()
    key_folder.cleanup()
    vault.close()
    os._exit(0)
