"""The person card: one window with a tab per part of the Article 5/6 record.

The form only gathers what was typed into person JSON and hands it to ``PersonService``;
every rule is the domain's. When the domain refuses (``ValidationFailed``), each message is
shown next to its field or cell, the tab gets marked and the first such tab is opened.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from migdesk.changes import Changes, Kind
from migdesk.errors import MigDeskError, ValidationFailed
from migdesk.identity.mrz import MrzResult
from migdesk.persons import codec
from migdesk.persons.duplicates import DuplicateService
from migdesk.persons.service import DuplicateHint, PersonService, SaveResult
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.display import local_time
from migdesk.ui.family_tab import FamilyTab
from migdesk.ui.geometry import fit_window
from migdesk.ui.history_tab import HistoryTab
from migdesk.ui.media_tab import MediaTab
from migdesk.ui.mrz_dialog import MrzDialog
from migdesk.ui.person_card_read import CardRead, read_card
from migdesk.ui.person_main_tab import MainInfoTab
from migdesk.ui.person_tabs import (
    focus_first_problem,
    keep_every_tab_in_view,
    mark_tabs,
    marked_tabs,
    tables_page,
    unmark_tabs,
    width_for_every_tab,
)
from migdesk.ui.provenance_banner import ProvenanceBanner
from migdesk.ui.subrecord_specs import (
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
from migdesk.ui.widgets import ERROR_STYLE, HINT_STYLE, WARNING_STYLE, error_label

if TYPE_CHECKING:  # QtPdf and pyHanko load when a document is first opened
    from migdesk.ui.documents.document_dialog import DocumentDialog
    from migdesk.ui.duplicate_dialog import DuplicateDialog


class PersonForm(QWidget):
    saved = Signal(str)  # person id
    open_requested = Signal(str)  # a possible duplicate the officer chose to open instead
    closed = Signal(QWidget)  # this form; the window is deleted right after

    loaded = Signal()  # a card read in the background is shown
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

        self.provenance = ProvenanceBanner()  # received records: provider and limits (Art. 11)
        self.banner = error_label()
        self.main_tab = MainInfoTab()
        self.main_tab.mrz_requested.connect(self.open_mrz_dialog)
        self.tables = {
            spec.list_name: SubrecordTable(spec)
            for spec in (
                documents(),
                administrative_liability(),
                criminal_liability(),
                registrations(),
                residence_permits(),
                citizenship_acts(),
                restrictions(),
            )
        }
        self.media_tab = MediaTab()
        self.history_tab = HistoryTab()
        self.family_tab = FamilyTab(service)
        self.family_tab.open_requested.connect(self.open_requested)

        self.tabs = QTabWidget()
        # On the bar alone: a style sheet on the tab widget would style (and re-polish, at
        # every page added) the whole card, ~30 ms of every opening.
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 5px 9px; }")
        self.tabs.addTab(self.main_tab, self.tr("Основные сведения"))
        self.tabs.addTab(tables_page(self.tables["documents"]), self.tr("Документы"))
        self.tabs.addTab(
            tables_page(self.tables["administrative_liability"], self.tables["criminal_liability"]),
            self.tr("Ответственность"),
        )
        self.tabs.addTab(tables_page(self.tables["registrations"]), self.tr("Учёт (регистрация)"))
        self.tabs.addTab(
            tables_page(self.tables["residence_permits"]), self.tr("Проживание и работа")
        )
        self.tabs.addTab(tables_page(self.tables["citizenship_acts"]), self.tr("Гражданство"))
        self.tabs.addTab(tables_page(self.tables["restrictions"]), self.tr("Въезд/выезд"))
        self.tabs.addTab(self.media_tab, self.tr("Фото и дактилокарта"))
        self.tabs.addTab(self.family_tab, self.tr("Семья"))
        self.tabs.addTab(self.history_tab, self.tr("История"))
        keep_every_tab_in_view(self.tabs)

        self.save_button = QPushButton(self.tr("Сохранить"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close_button = QPushButton(self.tr("Закрыть"))
        close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.sheet_dialog: DocumentDialog | None = None
        self.sheet_button = QPushButton(self.tr("Сведения о лице (PDF)…"))
        self.sheet_button.clicked.connect(self.open_sheet)
        self.sheet_button.setVisible(person_id is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.provenance)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        fit_window(self, "person_form", width_for_every_tab(self.tabs, 1200), 760)
        if person_id is None:
            self._load_data(codec.empty_person(), [])
        elif background:
            self._read_in_background(person_id)
        else:
            self.reload()

    # --- which widget shows what -----------------------------------------------------------

    def _sections(self) -> list[tuple[int, Any]]:
        """(tab index, section) for every part of the form that can show problems."""
        return [
            (0, self.main_tab),
            (1, self.tables["documents"]),
            (2, self.tables["administrative_liability"]),
            (2, self.tables["criminal_liability"]),
            (3, self.tables["registrations"]),
            (4, self.tables["residence_permits"]),
            (5, self.tables["citizenship_acts"]),
            (6, self.tables["restrictions"]),
            (7, self.media_tab),
        ]

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        assert self.person_id is not None
        self._show_card(read_card(self.service, self.person_id))

    def _show_card(self, card: CardRead) -> None:
        self._load_data(card.data, card.history, card.names)
        self.provenance.show_read(self.service.vault, self.person_id, card.provenance)
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
        self._show_card(card)  # hides the note with the other problems
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
        """Save; a new record with possible duplicates is saved only after the officer has
        seen them (``DuplicateDialog``: open that record, or save anyway with a reason)."""
        return self._save(None)

    def save_with_reason(self, reason: str) -> bool:
        """Save a new record although it has possible duplicates; the reason is audited."""
        return self._save(reason)

    def _save(self, duplicate_reason: str | None) -> bool:
        if self.loading:  # the empty fields are not the record: saving them would erase it
            return False
        self.clear_problems()
        data, local_problems = self.collect()
        if local_problems:
            # Nothing is saved; the domain still checks the rest so every problem shows at once.
            try:
                codec.check_person(data)
                problems = dict(local_problems)
            except ValidationFailed as exc:
                problems = {**exc.problems, **local_problems}
            self.show_problems(problems)
            return False
        try:
            if self.person_id is None and duplicate_reason is None:
                hints = DuplicateService(self.service.vault).check(data)
                if hints:
                    self._ask_about_duplicates(data, hints)
                    return False
            if self.person_id is None:
                result = self.service.add(data, duplicate_reason=duplicate_reason)
            else:
                result = self.service.update(self.person_id, data)
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return False
        except MigDeskError as exc:
            messages.show_error(self, str(exc))
            return False
        self.person_id = result.id
        self.family_tab.set_person(result.id)
        self.sheet_button.setVisible(True)
        self.last_result = result
        self.reload()  # shows what the domain stored (Latin names filled, numbers cleaned)
        publish(Changes.of(Kind.PERSONS))
        self.saved.emit(result.id)
        self._report(result, duplicates_seen=duplicate_reason is not None)
        return True

    def _ask_about_duplicates(self, data: dict[str, Any], hints: list[DuplicateHint]) -> None:
        from migdesk.ui.duplicate_dialog import DuplicateDialog

        dialog = DuplicateDialog(self.service, data, hints, self)
        dialog.open_requested.connect(self.open_requested)
        dialog.save_requested.connect(self.save_with_reason)
        self.duplicate_dialog = dialog
        dialog.open()

    def _report(self, result: SaveResult, *, duplicates_seen: bool = False) -> None:
        if duplicates_seen:  # the officer has just decided on them in the dialog
            result = SaveResult(result.id, result.revision, result.warnings)
        if not result.warnings and not result.duplicates:
            return
        lines: list[str] = [self.tr("Запись сохранена.")]
        if result.warnings:
            lines.append("")
            lines.append(self.tr("Предупреждения:"))
            lines.extend(f"• {w}" for w in result.warnings)
        if result.duplicates:
            lines.append("")
            lines.append(self.tr("Возможные дубликаты:"))
            lines.extend(f"• {d.name} — {d.reason}" for d in result.duplicates)
        messages.show_info(self, self.tr("Сохранено с предупреждениями"), "\n".join(lines))

    # --- problems --------------------------------------------------------------------------

    def clear_problems(self) -> None:
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        self.main_tab.clear_problems()
        for table in self.tables.values():
            table.clear_problems()
        self.media_tab.clear_problems()
        unmark_tabs(self.tabs)

    def show_problems(self, problems: dict[str, str]) -> None:
        handled: set[str] = set()
        tabs_with_problems: set[int] = set()
        for tab, section in self._sections():
            mine = section.show_problems(problems)
            if mine:
                tabs_with_problems.add(tab)
                handled |= mine
        rest = [message for path, message in problems.items() if path not in handled]
        summary = self.tr("Запись не сохранена: исправьте отмеченные поля.")
        self.banner.setText("\n".join([summary, *rest]))
        self.banner.show()
        mark_tabs(self.tabs, tabs_with_problems)
        if tabs_with_problems:
            first = min(tabs_with_problems)
            self.tabs.setCurrentIndex(first)
            focus_first_problem(self.main_tab, self._sections(), first)

    def problem_tabs(self) -> list[str]:
        """Titles of the tabs marked as having problems (for tests and screenshots)."""
        return marked_tabs(self.tabs)

    # --- MRZ -------------------------------------------------------------------------------

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
        self.main_tab.apply_mrz(result)
        table = self.tables["documents"]
        number = result.document_number
        rows = [r for r in range(table.table.rowCount()) if table.value(r, "number") == number]
        row = rows[0] if rows else table.add_row()
        # Document code "P…" is a passport in any layout (TD2 exists for both).
        passport = result.document_code.startswith("P")
        table.set_value(row, "kind", "passport" if passport else "id_card")
        table.set_value(row, "number", number)
        table.set_value(row, "issuing_country", result.issuing_state or None)
        table.set_value(row, "valid_until", result.expiry_date)

    # --- drafts (automatic lock, issue 13.3) ------------------------------------------------

    def draft_data(self) -> dict[str, Any]:
        """The card as typed, in person JSON; a date that does not parse is kept as text."""
        data, _problems = self.collect()
        return {"person": data, "birth_date_text": self.main_tab.edits["birth_date"].text()}

    def restore_draft(self, draft: dict[str, Any], saved_at: datetime) -> None:
        """Put a kept draft into the card without touching the baseline: the card is dirty,
        so saving or closing asks as for any unsaved change."""
        person = dict(draft.get("person") or {})
        self.main_tab.load(person)
        self.main_tab.edits["birth_date"].setText(str(draft.get("birth_date_text") or ""))
        for name, table in self.tables.items():
            table.load(list(person.get(name) or []))
        self.media_tab.load(list(person.get("photos") or []), person.get("fingerprint_card"))
        self.banner.setStyleSheet(WARNING_STYLE)
        self.banner.setText(
            self.tr(
                "Восстановлены изменения, не сохранённые до автоматической блокировки "
                "({moment}). Проверьте их и сохраните или закройте карточку без сохранения."
            ).format(moment=local_time(saved_at))
        )
        self.banner.show()

    # --- closing ---------------------------------------------------------------------------

    def close_discarding(self) -> bool:
        """Close without asking: unsaved changes are lost (used by the automatic lock)."""
        self._discard = True
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and not self._discard:
            answer = messages.ask_save_changes(self)
            if answer is messages.SaveAnswer.CANCEL or (
                answer is messages.SaveAnswer.SAVE and not self.save()
            ):
                event.ignore()
                return
        event.accept()
        self.closed.emit(self)
