"""The English interface shows no Russian interface text: labels of the services (document
kinds, validation reasons) reach the widgets translated, not in their Russian source.

Opens the main windows and dialogs in English on a small demo vault, walks every visible
widget and collects what a person reads (titles, labels, buttons, combo items, tabs, group
titles, headers, placeholders, tooltips, actions). A text may hold Cyrillic only where it
quotes data: a word that the vault stores (names of persons and authorities, registration
numbers «1-исх», signatories' positions, notes) is taken out before the check. Table cells
and typed text are data and are not read, except the audit trail's: its details name steps,
states, kinds and signature results by labels of the services. The language combo names each
language in its own script on purpose. Documents are Russian by rule (Article 15) and are not
widgets here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)
from pytestqt.qtbot import QtBot

from migdesk.persons.service import PersonService
from migdesk.reports.documents.choices import request_choices
from migdesk.requests.service import RequestService
from migdesk.ui import language_switch, tasks
from migdesk.ui.audit_window import AuditWindow
from migdesk.vault import Vault
from tests.ui.shown_texts import shown_texts

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
WORD = re.compile(r"[\w\-.]+")
# The language menu and combo name each language in its own script (an officer who cannot
# read the current language finds his own).
ENDONYMS = {"Русский", "Қазақша", "Язык · Тіл · Լեզու · Language"}


def _data_words(vault: Vault) -> set[str]:
    """Every word of every text the vault stores: what a window may quote in Russian."""
    words: set[str] = set()
    with vault.engine.connect() as conn:
        for table in sa.inspect(conn).get_table_names():
            if table.startswith(("audit", "alembic", "person_fts")):
                continue
            for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')):
                for value in row:
                    if isinstance(value, str) and CYRILLIC.search(value):
                        words.update(WORD.findall(value))
    return words


def _audit_details(window: AuditWindow) -> list[tuple[str, str]]:
    model = window.model
    assert model.rowCount() > 0
    return [
        ("audit cell", str(model.data(model.index(row, column)) or ""))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def _russian_left(texts: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    left = []
    for kind, text in texts:
        if text in ENDONYMS:
            continue
        words = [w for w in WORD.findall(text) if CYRILLIC.search(w) and w not in data]
        if words:
            left.append((kind, text))
    return sorted(set(left))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    language_switch.switch_language("en")
    yield
    language_switch.switch_language("ru")


def _scenes() -> dict[str, Callable[[Vault, str], QWidget | None]]:
    from migdesk.ui.documents.document_dialog import DocumentDialog
    from migdesk.ui.main_window import MainWindow
    from migdesk.ui.person_form import PersonForm
    from migdesk.ui.requests.registries_window import RegistriesWindow
    from migdesk.ui.requests.thematic_list import ThematicWindow

    def thematic_form(vault: Vault, _person: str) -> QWidget | None:
        form = ThematicWindow(vault).open_item(None)
        if form is not None:
            form.save()  # empty: the problems name what is missing, in English
        return form

    def request_documents(vault: Vault, _person: str) -> QWidget:
        # an incoming request with a letter of ours on one of its steps («... от ... (шаг N)»)
        service = RequestService(vault)
        views = [service.get(row.id) for row in service.list() if row.direction == "incoming"]
        answered = next(v for v in views if request_choices(v))
        return DocumentDialog.for_request(vault, answered)

    return {
        "main": lambda v, _p: MainWindow(v),
        "person": lambda v, p: PersonForm(PersonService(v), p),
        "person_document": lambda v, p: DocumentDialog.for_person(v, p),
        "request_documents": request_documents,
        "thematic_form": thematic_form,
        "registries": lambda v, _p: RegistriesWindow(v),
        "audit": lambda v, _p: AuditWindow(v),
    }


@pytest.mark.slow  # seven windows on a demo vault: 5 s idle, about 14 s under load
def test_english_windows_show_no_russian_interface_text(
    qtbot: QtBot, english: None, demo_vault_with_person: Vault
) -> None:
    # One person added, then the signed demo requests (built in English, as ``english`` is
    # set up first).
    gui_vault = demo_vault_with_person
    ((person_id,),) = gui_vault.raw_execute("SELECT id FROM persons")
    data = _data_words(gui_vault)
    russian: dict[str, list[tuple[str, str]]] = {}
    for name, make in _scenes().items():
        widget = make(gui_vault, person_id)
        assert widget is not None, name
        widget.show()  # closed by gui_vault (some delete themselves on close)
        tasks.wait_for_all()  # the audit page is read off the GUI thread
        QApplication.processEvents()
        texts = shown_texts(widget)
        if isinstance(widget, AuditWindow):
            texts += _audit_details(widget)
        left = _russian_left(texts, data)
        if left:
            russian[name] = left
        widget.close()
    assert russian == {}


def test_a_label_with_a_context_switches_back_to_its_russian() -> None:
    """«направление» as a step is pgettext(«шаг», …): its catalog key holds the context,
    which a switch back to Russian must not show."""
    from migdesk.ui import domain_texts

    assert domain_texts.again("sending", ["en"], "ru") == "направление"
    assert domain_texts.again("sending", ["en"], "hy") == "ուղարկում"
    assert domain_texts.again("direction", ["en"], "ru") == "направление"
