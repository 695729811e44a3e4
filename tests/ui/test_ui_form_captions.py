"""A field's name that wraps onto two lines keeps both in view. In Armenian «Дата поступления»
(«Ստացման ամսաթիվ») wraps in the request's form, whose deadline line wraps too: Qt's form
layout then gave the name only its date field's height and cut the second line off (grab
18_request_incoming, hy; the thematic form's «Կատեգորիա (հոդված 4)» alike). A column's title
shows whole in every language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.ui import i18n
from migdesk.ui.kit import ProblemForm, date_edit
from migdesk.vault import Vault


def cut_captions(form: QFormLayout) -> list[tuple[str, int, int]]:
    """(text, height, height its lines need) of each wrapped field name shown too low."""
    cut = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel) and label.wordWrap() and label.isVisible():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                cut.append((label.text(), label.height(), needed))
    return cut


def test_a_wrapped_name_beside_a_date_keeps_its_second_line(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    problems = ProblemForm()
    caption = problems.add_row(form, "received_on", "Ստացման ամսաթիվ " * 2, date_edit(date.today()))
    deadline = QLabel("25.12.2026 (ստացման օրվանից 30 օրացուցային օր, հոդված 10, կետ 3) " * 2)
    deadline.setWordWrap(True)  # a field that wraps too: the case Qt gets wrong
    form.addRow("Կատարման ժամկետ", deadline)
    page.resize(660, 300)
    page.show()
    qtbot.waitExposed(page)
    assert caption.heightForWidth(caption.width()) > caption.fontMetrics().height()  # wraps
    assert cut_captions(form) == []
    caption.setText("Ստացման ամսաթիվ " * 4)  # a language switch sets the names again
    QApplication.processEvents()
    assert cut_captions(form) == []


@pytest.mark.parametrize("lang", ["ru", "en", "kk", "hy"])
def test_no_field_name_of_a_request_is_cut(
    qtbot: QtBot, demo_vault: Vault, qapp: QApplication, lang: str
) -> None:
    from migdesk.ui.requests.request_window import RequestWindow

    translators = i18n.install_translators(qapp, lang)
    try:
        service = RequestService(demo_vault)
        incoming = next(r for r in service.list() if r.direction == "incoming")
        window = RequestWindow(service, incoming.id, background=True)
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            window.show()
        window.resize(1366, 700)
        qapp.processEvents()
        fields = window.fields
        cut = cut_captions(fields.parties_form) + cut_captions(fields.substance_form)
        assert cut == [], lang
        window.close()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "ru")


@pytest.mark.parametrize("lang", ["ru", "en", "kk", "hy"])
def test_every_registry_column_shows_its_whole_title(
    qtbot: QtBot, gui_vault: Vault, qapp: QApplication, lang: str
) -> None:
    """The registry's last column, «Получено от», was left at Qt's default 100 px: its
    title fits in Russian and read «Кімнен ал…», «Ումից է ս…» in Kazakh and Armenian."""
    from migdesk.ui.registry import RegistryView

    translators = i18n.install_translators(qapp, lang)
    try:
        view = RegistryView(PersonService(gui_vault))
        qtbot.addWidget(view)
        header = view.table.horizontalHeader()
        metrics = header.fontMetrics()
        model = view.table.model()
        short = [
            (title, header.sectionSize(column))
            for column in range(header.count())
            if (title := str(model.headerData(column, Qt.Orientation.Horizontal)))
            and header.sectionSize(column) < metrics.horizontalAdvance(title) + 12
        ]
        assert short == [], lang
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "ru")


@pytest.mark.parametrize("lang", ["ru", "en", "kk", "hy"])
def test_the_stretching_column_of_a_card_table_shows_its_title(
    qtbot: QtBot, qapp: QApplication, lang: str
) -> None:
    """A card's table stretches its longest free text into the room left, and Qt shrank it
    to whatever was left: in Armenian the permits' «Адрес работодателя» got 58 px
    («Գործատու…»), in Kazakh 186 of 198."""
    from migdesk.ui import subrecord_specs
    from migdesk.ui.subrecord_table import SubrecordTable

    translators = i18n.install_translators(qapp, lang)
    try:
        for spec in (subrecord_specs.residence_permits(), subrecord_specs.documents()):
            column = next(c for c, col in enumerate(spec.columns) if col.stretch)
            table = SubrecordTable(spec)
            qtbot.addWidget(table)
            table.show()
            qtbot.waitExposed(table)
            for width in (1300, 700, 2400, 1300):  # narrower, wider, back: the column follows
                table.resize(width, 400)
                qapp.processEvents()
                header = table.table.horizontalHeader()
                item = table.table.horizontalHeaderItem(column)
                title = item.text() if item is not None else ""
                needed = header.fontMetrics().horizontalAdvance(title) + 12
                assert header.sectionSize(column) >= needed, (lang, title, width)
                others = sum(header.sectionSize(c) for c in range(header.count()) if c != column)
                room = header.viewport().width() - others
                assert header.sectionSize(column) >= room, "the room left is not filled"
            table.close()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "ru")
