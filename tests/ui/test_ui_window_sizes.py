"""Every window fits a 1366×768 screen and remembers its geometry (issue 13.11)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.ui import i18n
from migdesk.ui.geometry import DESKTOP_MARGIN, SMALLEST_SCREEN, available_size
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.support.gui import present

USABLE = SMALLEST_SCREEN - DESKTOP_MARGIN


def _windows() -> dict[str, Callable[[Vault], QWidget]]:
    from migdesk.ui.audit_window import AuditWindow
    from migdesk.ui.consents.consent_window import ConsentWindow
    from migdesk.ui.documents.document_dialog import DocumentDialog
    from migdesk.ui.exchange.import_dialog import ImportDialog
    from migdesk.ui.exchange.log_window import BundleLogWindow
    from migdesk.ui.main_window import MainWindow
    from migdesk.ui.person_form import PersonForm
    from migdesk.ui.requests.registries_window import RegistriesWindow
    from migdesk.ui.requests.request_window import RequestWindow
    from migdesk.ui.requests.statistics_view import StatisticsWindow
    from migdesk.ui.requests.thematic_list import ThematicWindow
    from migdesk.ui.retention_window import RetentionWindow
    from migdesk.ui.users_dialog import UsersDialog

    def person_id(vault: Vault) -> str:
        return PersonService(vault).add(sample_person()).id

    def request_id(vault: Vault) -> str:
        return RequestService(vault).list()[0].id  # the vault has the demo requests

    return {
        "main": MainWindow,
        "person": lambda v: PersonForm(PersonService(v), person_id(v)),
        "document": lambda v: DocumentDialog.for_person(v, person_id(v), None),
        "request": lambda v: RequestWindow(RequestService(v), request_id(v)),
        "audit": AuditWindow,
        "retention": RetentionWindow,
        "users": lambda v: UsersDialog(UserService(v)),
        "bundle_log": BundleLogWindow,
        "bundle_import": ImportDialog,
        "consents": ConsentWindow,
        "statistics": StatisticsWindow,
        "registries": RegistriesWindow,
        "thematic": ThematicWindow,
    }


def window_vault(request: pytest.FixtureRequest, name: str) -> Vault:
    """The vault the window ``name`` of ``_windows()`` opens on: the request window, one
    with the signed demo requests (``demo_vault``); the others, ``gui_vault``."""
    vault: Vault = request.getfixturevalue("demo_vault" if name == "request" else "gui_vault")
    return vault


@pytest.mark.parametrize("name", sorted(_windows()))
def test_window_fits_the_smallest_screen_and_remembers_its_size(
    qtbot: QtBot, request: pytest.FixtureRequest, name: str
) -> None:
    gui_vault = window_vault(request, name)
    make = _windows()[name]
    window = make(gui_vault)  # closed by gui_vault (some delete themselves on close)
    window.show()
    # It opens within the screen (never taller than 768 minus the desktop's bars) …
    limit = available_size(window)
    assert window.width() <= max(limit.width(), window.minimumSizeHint().width())
    assert window.height() <= limit.height(), window.size()
    # … and can be made small enough for 1366×768 with room for the frame.
    hint = window.minimumSizeHint()
    assert hint.width() <= USABLE.width() - 100, hint
    assert hint.height() <= USABLE.height(), hint
    # The size the officer leaves it at comes back next time.
    wanted = QSize(max(hint.width(), 700), max(hint.height(), 500))
    window.resize(wanted)
    window.close()
    again = make(gui_vault)
    again.show()
    assert again.size() == wanted
    again.close()


def test_request_fields_are_not_cut_off_at_the_smallest_screen(
    qtbot: QtBot, demo_vault: Vault
) -> None:
    """The step buttons' long labels gave up their width, not the request's own fields."""
    from PySide6.QtWidgets import QScrollArea

    from migdesk.ui.elided_button import ElidedButton
    from migdesk.ui.requests.request_window import RequestWindow

    gui_vault = demo_vault  # with the signed demo requests
    window = RequestWindow(RequestService(gui_vault), RequestService(gui_vault).list()[0].id)
    window.show()
    qtbot.waitExposed(window)
    window.resize(USABLE)  # the test screen may be smaller than an officer's 1366×768
    qtbot.waitUntil(lambda: window.width() == USABLE.width())
    (scroll,) = [
        area
        for area in window.findChildren(QScrollArea)
        if (inner := area.widget()) is not None and inner.isAncestorOf(window.fields)
    ]
    needed = present(scroll.widget()).minimumSizeHint().width()
    assert needed <= scroll.viewport().width(), (needed, scroll.viewport().width())
    buttons = window.progress.action_buttons.values()
    assert buttons and all(isinstance(button, ElidedButton) for button in buttons)
    cut = [b for b in buttons if isinstance(b, ElidedButton) and b.is_elided()]
    assert all(b.shown_text().endswith("…") for b in cut)


@pytest.mark.parametrize("lang", ["ru", "en", "kk", "hy"])
def test_every_person_card_tab_is_in_view_in_every_language(
    qtbot: QtBot, gui_vault: Vault, qapp: QApplication, lang: str
) -> None:
    """The card opens wide enough for its whole tab row (up to the 1366 px screen); a
    narrower window shortens the titles with «…» (full title as tooltip) instead of hiding
    the last tabs behind scroll arrows, as the Armenian card did at 1366×768."""
    from migdesk.ui.person_form import PersonForm
    from migdesk.ui.person_tabs import width_for_every_tab

    translators = i18n.install_translators(qapp, lang)
    try:
        form = PersonForm(PersonService(gui_vault))
        qtbot.addWidget(form)
        form.show()
        bar = form.tabs.tabBar()
        arrows = bar.findChildren(QToolButton)
        opened = min(width_for_every_tab(form.tabs, 1200), SMALLEST_SCREEN.width())
        for width, whole in ((opened, True), (1000, False)):
            form.resize(width, USABLE.height())
            qapp.processEvents()
            assert not [b for b in arrows if b.isVisible()], (lang, width)
            for index in range(bar.count()):
                rect = bar.tabRect(index)
                assert rect.left() >= 0 and rect.right() < bar.width(), (lang, width, index)
                assert bar.tabToolTip(index) == bar.tabText(index)
                if whole:  # at the width it opens with, no title is shortened
                    assert rect.width() >= bar.tabSizeHint(index).width(), bar.tabText(index)
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "ru")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_request_steps_text_has_room_at_the_smallest_screen(
    qtbot: QtBot, demo_vault: Vault, qapp: QApplication, lang: str
) -> None:
    """The history of steps in the request window's side pane (~600 px at 1366×768): the
    long names of who took a step wrap instead of pushing the step's text (the last column)
    out of the pane — in Kazakh it was scrolled out of view, in Russian a few pixels wide."""
    from migdesk.office.access import Access
    from migdesk.ui.requests.request_progress import ProgressPanel

    translators = i18n.install_translators(qapp, lang)
    try:
        gui_vault = (
            demo_vault  # with the signed demo requests (Qt's translators: no effect on them)
        )
        service = RequestService(gui_vault)
        views = [service.get(r.id) for r in service.list()]
        view = max(views, key=lambda v: len(v.steps))
        panel = ProgressPanel(gui_vault, Access(gui_vault))
        qtbot.addWidget(panel)
        panel.resize(600, 600)
        panel.show()
        qtbot.waitExposed(panel)
        panel.fill_history(view)
        qapp.processEvents()
        history = panel.history
        assert history.rowCount() >= 2
        header = history.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(history.columnCount()))
        assert columns <= history.viewport().width(), (columns, history.viewport().width())
        text_width = header.sectionSize(history.columnCount() - 1)
        assert text_width >= 12 * history.fontMetrics().averageCharWidth(), text_width
        # Each row is as tall as its wrapped cells at the widths they got (not cut off).
        for row in range(history.rowCount()):
            needed = max(history.sizeHintForIndex(history.model().index(row, c)).height()
                         for c in range(history.columnCount()))  # fmt: skip
            assert history.rowHeight(row) >= needed, (row, history.rowHeight(row), needed)
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "ru")


@pytest.mark.parametrize("lang", ["ru", "en", "kk", "hy"])
def test_an_incoming_requests_fields_fit_in_every_language(
    qtbot: QtBot, demo_vault: Vault, qapp: QApplication, lang: str
) -> None:
    """The main window opens a request empty («Загрузка запроса…») and splits it then: the
    fields get half of the 1366 px screen. The deadline of an incoming request with its
    explanation is longer than that half in Kazakh: unwrapped, it widened the form, and the
    right edge of every field was out of view (grab 18_request_incoming, kk)."""
    from migdesk.ui.requests.request_window import RequestWindow

    translators = i18n.install_translators(qapp, lang)
    try:
        service = RequestService(demo_vault)
        incoming = next(r for r in service.list() if r.direction == "incoming")
        window = RequestWindow(service, incoming.id, background=True)
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            window.show()
        window.resize(USABLE)  # the test screen may be smaller than an officer's 1366×768
        qtbot.waitUntil(lambda: window.width() == USABLE.width())
        due = window.fields.due_label
        assert due.isVisibleTo(window) and due.text(), due.text()
        splitter = window._splitter
        total = sum(splitter.sizes())
        splitter.setSizes([total // 2, total - total // 2])  # as split before the read came
        qapp.processEvents()
        fields = window.fields
        needed = fields.minimumSizeHint().width()
        assert fields.width() >= needed, (lang, fields.width(), needed)
        assert fields.visibleRegion().boundingRect().width() >= needed, lang
        window.close()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "ru")
