"""«Основные сведения»: names in both scripts, sex, birth, citizenships, personal number.

Live help, never a block: the Latin placeholders show the ICAO transliteration the domain
will store when Latin is left empty, and the personal number line shows the IIN check.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from migdesk.identity.iin import check_am_psn, check_iin
from migdesk.identity.mrz import MrzResult
from migdesk.identity.partial_date import PartialDateError, parse_partial_date
from migdesk.identity.translit import to_latin
from migdesk.persons.labels import PERSONAL_NUMBER_KINDS, SEX_LABELS
from migdesk.ui.citizenship_box import CitizenshipBox
from migdesk.ui.date_typing import dotted
from migdesk.ui.display import date_ru, sex_label
from migdesk.ui.field_names import name_form_fields
from migdesk.ui.problem_paths import parse_path
from migdesk.ui.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    FieldWithError,
    error_label,
    hint_label,
)

NAMES = ("surname", "given_name", "patronymic")
TEXT_FIELDS = (
    *(f"{n}_ru" for n in NAMES),
    *(f"{n}_lat" for n in NAMES),
    "birth_date",
    "birth_place",
    "personal_number",
)
FIELDS = frozenset({*TEXT_FIELDS, "sex", "citizenship", "personal_number_kind", "notes"})


class MainInfoTab(QScrollArea):
    changed = Signal()
    mrz_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own before the fields
        body = QWidget()
        self.setWidget(body)

        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, FieldWithError] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.textChanged.connect(self.changed)
            self.edits[name] = edit
            self.fields[name] = FieldWithError(edit)
        for name in NAMES:
            self.edits[f"{name}_ru"].textChanged.connect(self._update_latin_hints)
        # The MRZ status speaks of the values it filled: once the officer corrects one by
        # hand, an old check-digit error no longer applies (issue 13.12).
        for name in ("surname_lat", "given_name_lat", "birth_date"):
            self.edits[name].textEdited.connect(self.mrz_status_outdated)
        self.edits["birth_date"].setPlaceholderText(self.tr("ДД.ММ.ГГГГ, ММ.ГГГГ или ГГГГ"))
        self.edits["birth_date"].editingFinished.connect(self._dot_birth_date)

        self.sex_combo = QComboBox()
        self.sex_combo.addItem(self.tr("не указан"), None)
        for code, label in SEX_LABELS.items():
            self.sex_combo.addItem(label, code)
        self.sex_combo.currentIndexChanged.connect(self.changed)
        self.fields["sex"] = FieldWithError(self.sex_combo)

        left = QVBoxLayout()
        left.addWidget(self._details_box())
        left.addWidget(self._number_box())
        left.addStretch(1)
        right = QVBoxLayout()
        self.citizenship_box = CitizenshipBox()
        self.citizenship_box.changed.connect(self.changed)
        box = self.citizenship_box
        # The box's parts, as the tab has always named them.
        self.citizenship_list, self.citizenship_combo = box.list, box.combo
        self.citizenship_add_button, self.citizenship_error = box.add_button, box.error
        right.addWidget(box)
        right.addWidget(self._notes_box())
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(body)
        layout.addLayout(self._mrz_row())
        layout.addWidget(self._names_box())
        layout.addLayout(columns)
        layout.addStretch(1)
        self._update_latin_hints()
        self._update_number_check()
        # Tab goes down the Russian names, then the Latin ones, then birth (issue 13.16);
        # the grid alone would go Russian → Latin row by row.
        chain: list[QWidget] = [
            *(self.edits[f"{n}_ru"] for n in NAMES),
            *(self.edits[f"{n}_lat"] for n in NAMES),
            self.sex_combo,
            self.edits["birth_date"],
            self.edits["birth_place"],
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- layout ----------------------------------------------------------------------------

    def _mrz_row(self) -> QHBoxLayout:
        self.mrz_button = QPushButton(self.tr("Вставить MRZ…"))
        self.mrz_button.setToolTip(
            self.tr("Заполнить поля из машиносчитываемой зоны паспорта или ID-карты")
        )
        self.mrz_button.clicked.connect(self.mrz_requested)
        self.mrz_status = error_label()
        row = QHBoxLayout()
        row.addWidget(self.mrz_status, 10)
        row.addStretch(1)  # keeps the button at its size while the status line is hidden
        row.addWidget(self.mrz_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _names_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Фамилия, имя, отчество"))
        grid = QGridLayout(box)
        bold = QFont(box.font())
        bold.setBold(True)
        scripts = {"ru": self.tr("На русском"), "lat": self.tr("Латиницей (как в паспорте)")}
        for column, text in enumerate(scripts.values(), start=1):
            header = QLabel(text)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        titles = (self.tr("Фамилия"), self.tr("Имя"), self.tr("Отчество"))
        for row, (name, title) in enumerate(zip(NAMES, titles, strict=True), start=1):
            # Two fields beside one label: a screen reader reads the row's name and the
            # column's script (neither field is the label's buddy).
            for script, heading in scripts.items():
                self.edits[f"{name}_{script}"].setAccessibleName(title)
                self.edits[f"{name}_{script}"].setAccessibleDescription(heading)
            label = QLabel(title)
            # As tall as the field beside it, so the text lines up with the typed text.
            label.setFixedHeight(self.edits[f"{name}_ru"].sizeHint().height())
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.fields[f"{name}_ru"], row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.fields[f"{name}_lat"], row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(
            hint_label(
                self.tr(
                    "Если латиница не заполнена, она будет получена из русского написания "
                    "по ICAO Doc 9303 (показано серым)."
                )
            ),
            len(NAMES) + 1,
            1,
            1,
            2,
        )
        return box

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Пол и рождение"))
        form = QFormLayout(box)
        form.addRow(self.tr("Пол:"), self.fields["sex"])
        form.addRow(self.tr("Дата рождения:"), self.fields["birth_date"])
        form.addRow(self.tr("Место рождения:"), self.fields["birth_place"])
        name_form_fields(form)
        return box

    def _number_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Персональный номер"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("определить по числу цифр"), None)
        for code, label in PERSONAL_NUMBER_KINDS.items():
            self.kind_combo.addItem(label, code)
        self.kind_combo.currentIndexChanged.connect(self.changed)
        self.kind_combo.currentIndexChanged.connect(self._update_number_check)
        self.edits["personal_number"].textChanged.connect(self._update_number_check)
        self.number_check = QLabel()
        self.number_check.setWordWrap(True)
        self.fields["personal_number_kind"] = FieldWithError(self.kind_combo)
        form = QFormLayout(box)
        form.addRow(self.tr("Номер:"), self.fields["personal_number"])
        form.addRow(self.tr("Вид:"), self.fields["personal_number_kind"])
        form.addRow("", self.number_check)
        name_form_fields(form)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Примечания"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.notes_edit.textChanged.connect(self.changed)
        self.fields["notes"] = FieldWithError(self.notes_edit)
        self.notes_edit.setAccessibleName(box.title())  # in a wrapper, not the box's child
        layout = QVBoxLayout(box)
        layout.addWidget(self.fields["notes"])
        return box

    def _dot_birth_date(self) -> None:
        edit = self.edits["birth_date"]
        if (typed := dotted(edit.text())) != edit.text():
            edit.setText(typed)

    # --- live help -------------------------------------------------------------------------

    def _update_latin_hints(self) -> None:
        for name in NAMES:
            russian = self.edits[f"{name}_ru"].text()
            self.edits[f"{name}_lat"].setPlaceholderText(to_latin(russian) if russian else "")

    def _update_number_check(self) -> None:
        number = self.edits["personal_number"].text().replace(" ", "")
        kind = self.kind_combo.currentData()
        if not number:
            self.number_check.hide()
            return
        if kind == "KZ_IIN" or (kind is None and len(number) == 12):
            result = check_iin(number)
            if result.valid and result.birth_date is not None:
                text = self.tr("ИИН прошёл проверку: дата рождения {date}, пол {sex}.").format(
                    date=date_ru(result.birth_date.isoformat()),
                    sex=sex_label(result.sex),
                )
                self._number_line(text, OK_STYLE)
                return
        elif kind == "AM_PSN" or (kind is None and len(number) == 10):
            result = check_am_psn(number)
            if result.valid:
                self._number_line(self.tr("Формат номера верный."), OK_STYLE)
                return
        else:
            self.number_check.hide()
            return
        warning = self.tr("{message}. Это предупреждение: запись можно сохранить.")
        self._number_line(warning.format(message=result.message or ""), WARNING_STYLE)

    def _number_line(self, text: str, style: str) -> None:
        self.number_check.setText(text)
        self.number_check.setStyleSheet(style)
        self.number_check.show()

    # --- citizenships ----------------------------------------------------------------------

    def citizenships(self) -> list[str]:
        return self.citizenship_box.codes()

    def add_citizenship(self, code: str) -> None:
        self.citizenship_box.add(code)

    # --- data ------------------------------------------------------------------------------

    def load(self, data: dict[str, Any]) -> None:
        for name, edit in self.edits.items():
            value = data.get(name)
            edit.setText(date_ru(value) if name == "birth_date" else (value or ""))
        for name in NAMES:
            russian, latin = data.get(f"{name}_ru"), data.get(f"{name}_lat")
            if russian and latin and latin == to_latin(russian):
                # Derived, not typed: shown as the grey hint, so it follows a corrected
                # Russian name (the domain re-derives an empty Latin field on save).
                self.edits[f"{name}_lat"].clear()
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(data.get("sex")), 0))
        self.kind_combo.setCurrentIndex(
            max(self.kind_combo.findData(data.get("personal_number_kind")), 0)
        )
        self.notes_edit.setPlainText(data.get("notes") or "")
        self.citizenship_list.clear()
        for code in data.get("citizenship") or []:
            self.add_citizenship(code)
        self.mrz_status.hide()
        self.clear_problems()

    def state(self) -> dict[str, Any]:
        state: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        state.update(
            sex=self.sex_combo.currentData(),
            personal_number_kind=self.kind_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            citizenship=self.citizenships(),
        )
        return state

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Fields for the person JSON (empty → None) and date-format problems."""
        data: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, edit in self.edits.items():
            data[name] = edit.text().strip() or None
        if data["birth_date"] is not None:
            try:
                data["birth_date"] = parse_partial_date(
                    dotted(data["birth_date"]), allow_future=True
                )
            except PartialDateError as exc:
                problems["birth_date"] = str(exc)
                data["birth_date"] = None
        data["sex"] = self.sex_combo.currentData()
        data["personal_number_kind"] = self.kind_combo.currentData()
        data["notes"] = self.notes_edit.toPlainText().strip() or None
        data["citizenship"] = self.citizenships()
        return data, problems

    # --- problems --------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for field in self.fields.values():
            field.set_error(None)
        self.citizenship_error.hide()

    def show_problems(self, problems: dict[str, str]) -> set[str]:
        handled: set[str] = set()
        citizenship_lines: list[str] = []
        for path, message in problems.items():
            where = parse_path(path)
            if where.name not in FIELDS:
                continue
            handled.add(path)
            if where.name == "citizenship":
                codes = self.citizenships()
                index = where.index
                code = codes[index] if index is not None and index < len(codes) else ""
                citizenship_lines.append(f"{code}: {message}" if code else message)
            else:
                self.fields[where.name].set_error(message)
        if citizenship_lines:
            self.citizenship_error.setText("\n".join(citizenship_lines))
            self.citizenship_error.show()
        return handled

    def first_problem_widget(self) -> QWidget | None:
        for field in self.fields.values():
            if field.error.isVisibleTo(self):
                return field.field
        return self.citizenship_list if self.citizenship_error.isVisibleTo(self) else None

    # --- MRZ -------------------------------------------------------------------------------

    def mrz_status_outdated(self) -> None:
        self.mrz_status.hide()
        self.mrz_status.clear()

    def apply_mrz(self, result: MrzResult) -> None:
        """Latin names, sex, birth date, nationality (and a Kazakh IIN from optional data)."""
        self.edits["surname_lat"].setText(result.surname)
        self.edits["given_name_lat"].setText(result.given_names)
        if result.sex is not None:
            self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(result.sex), 0))
        if result.birth_date:
            self.edits["birth_date"].setText(date_ru(result.birth_date))
        if result.nationality:
            self.add_citizenship(result.nationality)
        optional = result.optional_data.replace(" ", "")
        if (
            result.nationality == "KAZ"
            and len(optional) == 12
            and optional.isdigit()
            and not self.edits["personal_number"].text().strip()
        ):
            self.edits["personal_number"].setText(optional)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("KZ_IIN"))
        if result.errors:
            self.mrz_status.setStyleSheet(ERROR_STYLE)
            self.mrz_status.setText(
                self.tr("MRZ: {errors}. Проверьте данные по документу.").format(
                    errors="; ".join(result.errors)
                )
            )
        else:
            self.mrz_status.setStyleSheet(OK_STYLE)
            self.mrz_status.setText(self.tr("Данные заполнены из MRZ, контрольные цифры верны."))
        self.mrz_status.show()
