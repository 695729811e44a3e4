"""«Возможные дубликаты» before a new person is saved: the candidates best first, the chosen
candidate's card beside the new record, and two ways on — open that record, or save the new
one anyway with a reason (the reason goes to the audit trail with the candidates' ids)."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.identity.translit import to_latin
from migdesk.persons.service import DuplicateHint, PersonService
from migdesk.ui import messages
from migdesk.ui.display import country_label, date_ru, sex_label
from migdesk.ui.geometry import fit_window
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import error_label, hint_label


class PersonCard(QGroupBox):
    """The fields that tell persons apart, read-only, in two columns of the dialog."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("name_ru", self.tr("ФИО")),
            ("name_lat", self.tr("ФИО латиницей")),
            ("birth_date", self.tr("Дата рождения")),
            ("sex", self.tr("Пол")),
            ("citizenship", self.tr("Гражданство")),
            ("personal_number", self.tr("Персональный номер")),
            ("documents", self.tr("Документы")),
            ("birth_place", self.tr("Место рождения")),
        )
        for key, label in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(label + ":", value)

    def show_person(self, data: dict[str, Any]) -> None:
        def names(suffix: str) -> str:
            parts = (data.get(f"{n}_{suffix}") for n in ("surname", "given_name", "patronymic"))
            return " ".join(p for p in parts if p)

        def latin() -> str:
            # A Latin name left empty is stored as the ICAO transliteration (the card shows
            # it greyed): «—» here read as if the new record had none, beside the stored one.
            parts = (
                data.get(f"{n}_lat") or to_latin(data.get(f"{n}_ru") or "")
                for n in ("surname", "given_name", "patronymic")
            )
            return " ".join(p for p in parts if p)

        documents = "\n".join(
            " ".join(filter(None, (d.get("series"), d.get("number"))))
            for d in data.get("documents") or []
        )
        shown = {
            "name_ru": names("ru"),
            "name_lat": latin(),
            "birth_date": date_ru(data.get("birth_date")),
            "sex": sex_label(data.get("sex")),
            "citizenship": ", ".join(map(country_label, data.get("citizenship") or [])),
            "personal_number": data.get("personal_number") or "",
            "documents": documents,
            "birth_place": data.get("birth_place") or "",
        }
        for key, label in self.values.items():
            label.setText(shown[key] or "—")


class DuplicateDialog(QDialog):
    open_requested = Signal(str)  # the candidate's id
    save_requested = Signal(str)  # the officer's reason for saving anyway
    card_read = Signal(bool)  # the chosen candidate's card has arrived: shown or not

    def __init__(
        self,
        service: PersonService,
        new_record: dict[str, Any],
        hints: list[DuplicateHint],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.hints = hints
        self.card_op: BackgroundOp[dict[str, Any]] | None = None  # the chosen card's read
        self._wanted = ""  # the candidate chosen last: an older card arriving is dropped
        self.setWindowTitle(self.tr("Возможные дубликаты — MigDesk"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        fit_window(self, "duplicate_dialog", 1000, 600)

        intro = hint_label(
            self.tr(
                "В хранилище уже есть похожие записи. Проверьте, не то же ли это лицо: "
                "откройте его запись или сохраните новую, указав основание."
            )
        )
        self.candidates = QListWidget()
        for hint in hints:
            level = (
                self.tr("вероятно то же лицо")
                if hint.level == "probable"
                else self.tr("возможный дубликат")
            )
            text = self.tr("{name} — {level}, {score}%").format(
                name=hint.name, level=level, score=min(99, int(hint.score * 100))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hint.id)
            item.setToolTip(hint.id)
            self.candidates.addItem(item)
        self.candidates.setMaximumHeight(110)
        self.candidates.currentRowChanged.connect(self._show_candidate)

        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.new_card = PersonCard(self.tr("Новая запись"))
        self.new_card.show_person(new_record)
        self.stored_card = PersonCard(self.tr("Запись в хранилище"))
        cards = QHBoxLayout()
        cards.addWidget(self.new_card, 1)
        cards.addWidget(self.stored_card, 1)

        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("Основание: почему это другое лицо (записывается в журнал аудита)")
        )
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.error = error_label()
        self.open_button = QPushButton(self.tr("Открыть эту запись"))
        self.open_button.clicked.connect(self.open_candidate)
        self.save_button = QPushButton(self.tr("Сохранить как новое лицо"))
        self.save_button.clicked.connect(self.save_anyway)
        # Enter after typing the reason saves: the officer has just said why this is another
        # person. Before, the first button («Открыть эту запись») was the dialog's default, so
        # the same Enter opened the candidate and left the new record unsaved. Without a
        # reason the default is disabled and Enter does nothing; «Открыть» is one Tab away.
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Вернуться к вводу"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.candidates)
        layout.addWidget(self.reasons)
        layout.addLayout(cards, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.reason_edit)
        layout.addLayout(buttons)
        self.candidates.setCurrentRow(0)
        self._update_buttons()

    def current_hint(self) -> DuplicateHint | None:
        row = self.candidates.currentRow()
        return self.hints[row] if 0 <= row < len(self.hints) else None

    def _show_candidate(self, row: int) -> None:
        hint = self.current_hint()
        if hint is None:
            return
        self.reasons.setText(
            self.tr("Почему похоже: {reasons}").format(reasons="; ".join(hint.reasons))
        )
        # Viewing the candidate is a view of its record: the service audits it, a write that
        # waits for the write lock an index upkeep step may hold, so on a worker (#17).
        service, person_id = self.service, hint.id
        self._wanted = person_id
        self.card_op = (
            BackgroundOp(self, lambda _ctx: service.get(person_id, include_media=False))
            .in_order()
            .on_success(partial(self._card_arrived, person_id))
            .on_failure(partial(self._card_failed, person_id))
            .run()
        )

    def _card_arrived(self, person_id: str, record: dict[str, Any]) -> None:
        if person_id == self._wanted:
            self.card_op = None
            self.stored_card.show_person(record)
            self.error.hide()
            self.card_read.emit(True)

    def _card_failed(self, person_id: str, exc: BaseException) -> None:
        if person_id == self._wanted:
            self.card_op = None
            self.error.setText(messages.error_text(exc))
            self.error.show()
            self.card_read.emit(False)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.reason_edit.text().strip()))
        self.open_button.setEnabled(self.current_hint() is not None)

    def open_candidate(self) -> None:
        hint = self.current_hint()
        if hint is not None:
            self.accept()
            self.open_requested.emit(hint.id)

    def save_anyway(self) -> None:
        reason = self.reason_edit.text().strip()
        if reason:
            self.accept()
            self.save_requested.emit(reason)
