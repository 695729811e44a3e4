"""The statistics window's PDF report (written in the background) and the figures received
from the other Side (issue 18: the GUI face of ``statistics report`` and ``received``)."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.service import PersonService
from migdesk.ui.requests.statistics_view import StatisticsWindow
from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, Station
from tests.exchange.test_request_exchange import _folder, _send, _signed_request
from tests.reports.doc_world import pdf_text

YEAR = date.today().year
MONTH = f"{date.today():%Y-%m}"


def _window(qtbot: QtBot, vault: Vault) -> StatisticsWindow:
    window = StatisticsWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    return window


def test_report_is_written_in_the_background(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path
) -> None:
    PersonService(gui_vault).add(sample_person())
    window = _window(qtbot, gui_vault)
    assert window.received is not None
    assert window.received.status.text() == (
        "Статистических сведений от другой Стороны не поступало."
    )
    out = tmp_path / "stat.pdf"
    op = window.report.write_report(out, f"{YEAR}-01", MONTH)
    assert not window.report.report_button.isEnabled()
    qtbot.waitUntil(lambda: op.finished, timeout=60_000)
    assert window.report.status.text() == "Отчёт сохранён: stat.pdf"
    text = " ".join(pdf_text(out).split())
    assert "СТАТИСТИЧЕСКИЕ СВЕДЕНИЯ" in text and "Всего записей о лицах: 1" in text
    bad = window.report.write_report(tmp_path / "bad.pdf", f"{YEAR}-12", f"{YEAR}-01")
    qtbot.waitUntil(lambda: bad.finished, timeout=30_000)
    assert window.report.status.styleSheet() != "" and not (tmp_path / "bad.pdf").exists()


def test_a_cancelled_report_writes_nothing_and_gives_the_button_back(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path
) -> None:
    """«Отмена» in the progress dialog: before, the report was still written after it, and
    the button stayed disabled for good (only success or failure gave it back)."""
    window = _window(qtbot, gui_vault)
    out = tmp_path / "stat.pdf"
    held = raw_connect(gui_vault.path, gui_vault.data_key)
    try:
        held.execute("BEGIN IMMEDIATE")  # the figures' audit entry waits for it
        op = window.report.write_report(out, f"{YEAR}-01", MONTH)
        op.cancel()  # the officer's «Отмена», while the figures are being collected
        held.execute("ROLLBACK")
    finally:
        held.close()
    qtbot.waitUntil(lambda: op.finished, timeout=60_000)
    assert not out.exists()
    assert window.report.report_button.isEnabled()
    assert window.report.op is None and window.report.status.text() == ""


@pytest.mark.slow
def test_figures_received_from_the_other_side_are_shown(
    qtbot: QtBot, kz: Station, am_vault: Vault, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person = PersonService(vault).add(sample_person()).id
        request_id, _ = _signed_request(vault, person)
    _send(kz, AM, _folder(tmp_path, "request"), requests=[request_id])
    with kz.open() as vault:
        sent = export_bundle(vault, AM, _folder(tmp_path, "s"), statistics=YEAR)
    assert sent.ok and sent.path is not None
    assert import_bundle(am_vault, sent.path).status == "imported"

    window = _window(qtbot, am_vault)
    panel = window.received
    assert panel is not None and panel.list_table.rowCount() == 1
    cells = [panel.list_table.item(0, c).text() for c in range(5)]  # type: ignore[union-attr]
    assert cells[:2] == [KZ, str(YEAR)] and cells[4] == "1"
    assert panel.months_table.rowCount() == 1
    month = [panel.months_table.item(0, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert month == [f"{MONTH[5:]}.{YEAR}", AM, "1"]


def test_received_figures_are_read_in_the_background(qtbot: QtBot, gui_vault: Vault) -> None:
    """#17: the window opens before the received figures are read (they were read on the GUI
    thread while it was built)."""
    window = StatisticsWindow(gui_vault)
    qtbot.addWidget(window)
    panel = window.received
    assert panel is not None and panel.loading and window.loading
    assert panel.status.text() == "Загрузка…"
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    assert panel.status.text() == "Статистических сведений от другой Стороны не поступало."


def _has_width(window: QWidget, width: int) -> bool:
    return window.width() == width


def _has_room(header: QHeaderView, column: int, title_width: int) -> bool:
    return header.sectionSize(column) - title_width >= 12


def test_every_statistics_title_has_room_in_every_language(qtbot: QtBot, demo_vault: Vault) -> None:
    """The last column (a number) took what was left and cut its two-line Armenian title
    «Մյուս Կողմի պատասխանի / մեդիան, օր» by 22 px; the authority column then stretches,
    never below its own title."""
    from PySide6.QtWidgets import QApplication, QTableView

    from migdesk.ui import i18n
    from migdesk.ui.geometry import DESKTOP_MARGIN, SMALLEST_SCREEN
    from migdesk.ui.requests.statistics_view import StatisticsWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    usable = SMALLEST_SCREEN - DESKTOP_MARGIN
    try:
        for lang in ("hy", "kk", "en", "ru"):
            i18n.install_translators(app, lang)
            window = StatisticsWindow(demo_vault)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            window.resize(usable)
            qtbot.waitUntil(partial(_has_width, window, usable.width()))
            (table,) = [t for t in window.findChildren(QTableView) if t.model().columnCount() == 12]
            header = table.horizontalHeader()
            metrics = header.fontMetrics()
            for column in range(header.count()):
                title = str(table.model().headerData(column, header.orientation()) or "")
                needed = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
                qtbot.waitUntil(partial(_has_room, header, column, needed), timeout=5_000)
    finally:
        i18n.install_translators(app, "ru")
