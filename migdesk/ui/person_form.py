"""The person card: one window with a tab per part of the Article 5/6 record.

The form only gathers what was typed into person JSON and hands it to ``PersonService``
(:mod:`~migdesk.ui.person_card_save`: saving and showing the domain's problems); every rule
is the domain's. The record is read off the GUI thread when asked (:mod:`person_card_read`);
a read MRZ and a draft kept at the automatic lock fill it (:mod:`person_card_fill`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from migdesk.identity.mrz import MrzResult
from migdesk.persons import codec
from migdesk.persons.service import PersonService, SaveResult
from migdesk.ui import messages
from migdesk.ui import person_card_fill as fill
from migdesk.ui import person_card_save as saving
from migdesk.ui.family_tab import FamilyTab
from migdesk.ui.geometry import fit_window
from migdesk.ui.history_tab import HistoryTab
from migdesk.ui.lazy_pages import LazyPages
from migdesk.ui.media_tab import MediaTab
from migdesk.ui.mrz_dialog import MrzDialog
from migdesk.ui.person_card_read import CardRead, read_card
from migdesk.ui.person_links import LinksLine
from migdesk.ui.person_main_tab import MainInfoTab
from migdesk.ui.person_tabs import (
    keep_every_tab_in_view,
    marked_tabs,
    move_to_end_of_tab_order,
    tables_page,
    width_for_every_tab,
)
from migdesk.ui.provenance_banner import ProvenanceBanner
from migdesk.ui.subrecord_specs import (
    TableSpec,
    administrative_liability,
    citizenship_acts,
    criminal_liability,
    documents,
    registrations,
    residence_permits,
    restrictions,
)
from migdesk.ui.subrecord_table import SubrecordTable
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import HINT_STYLE, error_label

if TYPE_CHECKING:  # QtPdf and pyHanko load when a document is first opened
    from migdesk.ui.documents.document_dialog import DocumentDialog
    from migdesk.ui.duplicate_dialog import DuplicateDialog


class PersonForm(QWidget):
    saved = Signal(str)  # person id
    open_requested = Signal(str)  # a possible duplicate the officer chose to open instead
    closed = Signal(QWidget)  # this form; the window is deleted right after

    loaded = Signal()  # a card read in the background is shown
    save_finished = Signal(bool)  # a save started by ``save`` has ended (True: saved)
    load_failed = Signal(str)  # … could not be read (the message); the card closed itself

    def __init__(
        self,
        service: PersonService,
        person_id: str | None = None,
        parent: QWidget | None = None,
        *,
        background: bool = False,
    ) -> None:
        """``background``: the saved record is read off the GUI thread; the card shows a
        loading state until it arrives (``loading``, then ``loaded``). Without it the card is
        filled before the constructor returns."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.person_id = person_id
        self.last_result: SaveResult | None = None
        self.duplicate_dialog: DuplicateDialog | None = None
        self.mrz_dialog: MrzDialog | None = None
        self._baseline: Any = None
        self._discard = False  # closing without asking (automatic lock)
        self.loading = False
        self._read_op: BackgroundOp[CardRead] | None = None
        self.save_op: BackgroundOp[Any] | None = None  # a save under way (on a worker)
        self.close_after_save = False  # asked to close during the save
        self.input_guard = saving.InputGuard(self)

        self.provenance = ProvenanceBanner()  # received records: provider and limits (Art. 11)
        self.banner = error_label()
        self.links_line = LinksLine()  # «То же лицо, что …»: the decisions on pairs
        self.links_line.open_requested.connect(self.open_requested)
        self.main_tab = MainInfoTab()
        self.main_tab.mrz_requested.connect(self.open_mrz_dialog)
        self._tables: dict[str, SubrecordTable] = {}
        self._media_tab: MediaTab | None = None
        self._history_tab: HistoryTab | None = None
        self._family_tab: FamilyTab | None = None

        self.tabs = QTabWidget()
        # On the bar alone: a style sheet on the tab widget would style (and re-polish, at
        # every page added) the whole card, ~30 ms of every opening.
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 5px 9px; }")
        self.tabs.addTab(self.main_tab, self.tr("Основные сведения"))
        # The other tabs' widgets (~half of a card's) go into empty pages: at once, or, for a
        # card read in the background, one page a turn of the event loop while the loading
        # state hides them (building them all froze the window, #17). Asking for them
        # (``tables``, ``media_tab``, …) builds the rest first.
        self.tab_pages = LazyPages(self.tabs)
        self.tab_pages.when_built = self._buttons_last_in_tab_order
        for title, build in (
            (self.tr("Документы"), lambda: self._tables_page(documents())),
            (
                self.tr("Ответственность"),
                lambda: self._tables_page(administrative_liability(), criminal_liability()),
            ),
            (self.tr("Учёт (регистрация)"), lambda: self._tables_page(registrations())),
            (self.tr("Проживание и работа"), lambda: self._tables_page(residence_permits())),
            (self.tr("Гражданство"), lambda: self._tables_page(citizenship_acts())),
            (self.tr("Въезд/выезд"), lambda: self._tables_page(restrictions())),
            (self.tr("Фото и дактилокарта"), self._media_page),
            (self.tr("Семья"), self._family_page),
            (self.tr("История"), self._history_page),
        ):
            self.tab_pages.add(title, build)
        keep_every_tab_in_view(self.tabs)

        self.save_button = QPushButton(self.tr("Сохранить"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Закрыть"))
        self.close_button.clicked.connect(self.close)
        save_key = QKeySequence(QKeySequence.StandardKey.Save)
        QShortcut(save_key, self).activated.connect(self.save)
        self.save_button.setToolTip(
            save_key.toString(save_key.SequenceFormat.NativeText)
        )  # no menu
        self.sheet_dialog: DocumentDialog | None = None
        self.sheet_button = QPushButton(self.tr("Сведения о лице (PDF)…"))
        self.sheet_button.clicked.connect(self.open_sheet)
        self.sheet_button.setVisible(person_id is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.provenance)
        layout.addWidget(self.links_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        fit_window(self, "person_form", width_for_every_tab(self.tabs, 1200), 760)
        # Typing starts in the surname, not on the tab bar (one Tab too many on every card).
        self.main_tab.edits["surname_ru"].setFocus()
        if person_id is not None and background:
            self._read_in_background(person_id)
            QTimer.singleShot(0, self, lambda: self.tab_pages.build_one_a_turn(self))
            return
        self.build_pages()
        if person_id is None:
            self._load_data(codec.empty_person(), [])
        else:
            self.reload()

    # --- the tabs' pages -------------------------------------------------------------------

    def _tables_page(self, *specs: TableSpec) -> QWidget:
        tables = [SubrecordTable(spec) for spec in specs]
        self._tables.update((table.spec.list_name, table) for table in tables)
        return tables_page(*tables)

    def _media_page(self) -> QWidget:
        self._media_tab = MediaTab()
        return self._media_tab

    def _family_page(self) -> QWidget:
        self._family_tab = FamilyTab(self.service)
        self._family_tab.open_requested.connect(self.open_requested)
        return self._family_tab

    def _history_page(self) -> QWidget:
        self._history_tab = HistoryTab()
        return self._history_tab

    def build_pages(self) -> None:
        """Every tab's widgets, now (a no-op once they are built)."""
        self.tab_pages.build_all()

    def _buttons_last_in_tab_order(self) -> None:
        move_to_end_of_tab_order(self, (self.sheet_button, self.save_button, self.close_button))

    @property
    def tables(self) -> dict[str, SubrecordTable]:
        self.build_pages()
        return self._tables

    @property
    def media_tab(self) -> MediaTab:
        self.build_pages()
        assert self._media_tab is not None
        return self._media_tab

    @property
    def history_tab(self) -> HistoryTab:
        self.build_pages()
        assert self._history_tab is not None
        return self._history_tab

    @property
    def family_tab(self) -> FamilyTab:
        self.build_pages()
        assert self._family_tab is not None
        return self._family_tab

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        assert self.person_id is not None
        self.show_card(read_card(self.service, self.person_id))

    def show_card(self, card: CardRead) -> None:
        self._load_data(card.data, card.history, card.names)
        self.provenance.show_read(self.service.vault, self.person_id, card.provenance)
        self.links_line.show_links(card.links, card.names)
        self.family_tab.set_person(self.person_id, card.relatives)

    def _read_in_background(self, person_id: str) -> None:
        """The loading state: the window is up at once, empty and disabled, with a note."""
        self.loading = True
        self.tabs.setEnabled(False)
        self.save_button.setEnabled(False)
        self.sheet_button.setEnabled(False)
        self.banner.setStyleSheet(HINT_STYLE)
        self.banner.setText(self.tr("Загрузка карточки…"))
        self.banner.show()
        self.setWindowTitle(self.tr("Загрузка карточки… — MigDesk"))
        service = self.service
        self._read_op = (
            BackgroundOp(self, lambda _ctx: read_card(service, person_id))
            .in_order()  # its audit entry (a view) after the search that found the person
            .on_success(self._card_read)
            .on_failure(self._card_failed)
            .run()
        )

    def _card_read(self, card: CardRead) -> None:
        self._read_op = None
        self.loading = False
        self.tabs.setEnabled(True)
        self.save_button.setEnabled(True)
        self.sheet_button.setEnabled(True)
        self.show_card(card)  # hides the note with the other problems
        if self.focusWidget() in (None, self.close_button):  # the one enabled while loading
            self.main_tab.edits["surname_ru"].setFocus()
        self.loaded.emit()

    def _card_failed(self, exc: BaseException) -> None:
        """E.g. the record was destroyed meanwhile: say so and close the empty card."""
        self._read_op = None
        self.loading = False
        self.close_discarding()
        self.load_failed.emit(messages.error_text(exc))  # the opener says it: this card is gone

    def _load_data(
        self, data: dict[str, Any], history: list[Any], names: dict[str, str] | None = None
    ) -> None:
        self.main_tab.load(data)
        for name, table in self.tables.items():
            table.load(list(data.get(name) or []))
        self.media_tab.load(list(data.get("photos") or []), data.get("fingerprint_card"))
        self.history_tab.load(history, names if names is not None else {})
        self.clear_problems()
        self._baseline = self.state()
        self._update_title(data)

    def _update_title(self, data: dict[str, Any]) -> None:
        if self.person_id is None:
            self.setWindowTitle(self.tr("Новое лицо — MigDesk"))
            return
        parts = [data.get(f"{n}_ru") or data.get(f"{n}_lat") for n in codec.NAME_FIELDS]
        name = " ".join(p for p in parts if p) or self.tr("без имени")
        self.setWindowTitle(self.tr("{name} — MigDesk").format(name=name))

    # --- state -----------------------------------------------------------------------------

    def state(self) -> Any:
        return (
            self.main_tab.state(),
            {name: table.state() for name, table in self.tables.items()},
            self.media_tab.state(),
        )

    def is_dirty(self) -> bool:
        if self.loading:  # nothing shown yet, nothing typed
            return False
        return bool(self.state() != self._baseline)

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The person JSON as typed, and problems found while converting (dates)."""
        data, problems = self.main_tab.collect()
        for name, table in self.tables.items():
            data[name], table_problems = table.collect()
            problems.update(table_problems)
        data.update(self.media_tab.collect())
        return data, problems

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Start saving on a worker (True: started; ``save_finished`` tells the end). A new
        record with possible duplicates is saved only after the officer has seen them
        (``DuplicateDialog``: open that record, or save anyway with a reason)."""
        return self._save(None)

    def save_with_reason(self, reason: str) -> bool:
        """Save a new record although it has possible duplicates; the reason is audited."""
        return self._save(reason)

    def _save(self, duplicate_reason: str | None) -> bool:
        return saving.save_card(self, duplicate_reason)

    # --- problems --------------------------------------------------------------------------

    def clear_problems(self) -> None:
        saving.clear_problems(self)

    def show_problems(self, problems: dict[str, str]) -> None:
        saving.show_problems(self, problems)

    def problem_tabs(self) -> list[str]:
        """Titles of the tabs marked as having problems (for tests and screenshots)."""
        return marked_tabs(self.tabs)

    # --- the data sheet and the MRZ --------------------------------------------------------

    def open_sheet(self) -> DocumentDialog | None:
        """The person data sheet (Art. 6) of the saved record: preview, sign, print."""
        if self.person_id is None:
            return None
        from migdesk.ui.documents.document_dialog import DocumentDialog

        dialog = DocumentDialog.for_person(self.service.vault, self.person_id, self)
        self.sheet_dialog = dialog
        dialog.show()
        return dialog

    def open_mrz_dialog(self) -> MrzDialog:
        dialog = MrzDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound methods, not lambdas holding the dialog: no cycle outliving the C++ object.
        dialog.filled.connect(self.apply_mrz)
        dialog.finished.connect(self._mrz_closed)
        self.mrz_dialog = dialog
        dialog.open()  # window-modal, does not block the event loop
        return dialog

    def _mrz_closed(self) -> None:
        self.mrz_dialog = None

    def apply_mrz(self, result: MrzResult) -> None:
        fill.apply_mrz(self.main_tab, self.tables["documents"], result)

    # --- drafts (automatic lock, issue 13.3) ------------------------------------------------

    def draft_data(self) -> dict[str, Any]:
        """The card as typed, in person JSON; a date that does not parse is kept as text."""
        return fill.draft_data(self)

    def restore_draft(self, draft: dict[str, Any], saved_at: datetime) -> None:
        """Put a kept draft into the card without touching the baseline: the card is dirty,
        so saving or closing asks as for any unsaved change."""
        fill.restore_draft(self, draft, saved_at)

    # --- closing ---------------------------------------------------------------------------

    def close_discarding(self) -> bool:
        """Close without asking: unsaved changes are lost (used by the automatic lock)."""
        self._discard = True
        return self.close()

    @property
    def discarding(self) -> bool:
        return self._discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if saving.close_waits(self):  # closes when the save under way has ended
            event.ignore()
            return
        if self.is_dirty() and not self._discard:
            answer = messages.ask_save_changes(self)
            if answer is messages.SaveAnswer.SAVE and self.save():
                self.close_after_save = True  # closes once saved; stays open if refused
            if answer is not messages.SaveAnswer.DISCARD:
                event.ignore()
                return
        event.accept()
        self.closed.emit(self)
