"""«Журналы регистрации»: the number pattern of each authority's incoming and outgoing journal."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import InvalidInput, MigDeskError
from migdesk.office.access import Access
from migdesk.requests.journal import JournalService, check_pattern, format_number
from migdesk.ui.authority_combo import fill_authority_combo, own_authority
from migdesk.ui.kit import (
    ProblemForm,
)
from migdesk.ui.requests.registry_form import RegistryTab
from migdesk.ui.widgets import ERROR_STYLE, hint_label
from migdesk.vault import Vault


class JournalsTab(RegistryTab):
    def __init__(self, vault: Vault, access: Access, parent: QWidget | None = None) -> None:
        super().__init__(vault, access, parent)
        self.journals = JournalService(vault)
        self._show_page(self._page())

    def _page(self) -> QWidget:
        self.journal_authority = QComboBox()
        fill_authority_combo(self.journal_authority, self.vault)
        self.journal_authority.setCurrentIndex(
            max(0, self.journal_authority.findData(own_authority(self.vault)))
        )
        self.journal_year = QSpinBox()
        self.journal_year.setRange(2000, 2100)
        self.journal_year.setValue(date.today().year)
        self.journal_authority.currentIndexChanged.connect(self.load)
        self.journal_year.valueChanged.connect(self.load)
        self.pattern_edits: dict[str, QLineEdit] = {}
        self.pattern_previews: dict[str, QLabel] = {}
        self.pattern_problems = ProblemForm()
        form = QFormLayout()
        form.addRow(self.tr("Орган"), self.journal_authority)
        form.addRow(self.tr("Год"), self.journal_year)
        for direction, title in (
            ("incoming", self.tr("Входящие")),
            ("outgoing", self.tr("Исходящие")),
        ):
            edit = QLineEdit()
            edit.setReadOnly(not self.access.registries)
            preview = QLabel()
            edit.textChanged.connect(lambda _text, d=direction: self._preview(d))
            save = QPushButton(self.tr("Сохранить шаблон"))
            save.clicked.connect(lambda _checked=False, d=direction: self.save_pattern(d))
            self._editing(save)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(edit, 1)
            line.addWidget(preview)
            line.addWidget(save)
            self.pattern_edits[direction] = edit
            self.pattern_previews[direction] = preview
            self.pattern_problems.add_row(form, direction, title, row)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.pattern_problems.banner)
        column.addLayout(form)
        column.addWidget(
            hint_label(
                self.tr(
                    "Шаблон номера: {seq} — порядковый номер (обязателен, один раз); можно "
                    "добавить {year}, {yy}, {authority}. Например: 12-3/{seq}. Нумерация без "
                    "пропусков, номера не используются повторно; новый шаблон действует для "
                    "следующих номеров."
                )
            )
        )
        column.addStretch(1)
        return page

    def load(self) -> None:
        code = self.journal_authority.currentData()
        if not isinstance(code, str):
            return
        for direction, edit in self.pattern_edits.items():
            edit.setText(self.journals.pattern(code, direction, self.journal_year.value()))
        self.pattern_problems.clear()

    def _preview(self, direction: str) -> None:
        pattern = self.pattern_edits[direction].text()
        code = str(self.journal_authority.currentData())
        try:
            check_pattern(pattern)
            text = self.tr("например: {number}").format(
                number=format_number(pattern, 145, self.journal_year.value(), code)
            )
            style = ""
        except InvalidInput:
            text, style = self.tr("шаблон неверен"), ERROR_STYLE
        self.pattern_previews[direction].setText(text)
        self.pattern_previews[direction].setStyleSheet(style)

    def save_pattern(self, direction: str) -> bool:
        self.pattern_problems.clear()
        try:
            self.journals.set_pattern(
                str(self.journal_authority.currentData()),
                direction,
                self.pattern_edits[direction].text(),
                self.journal_year.value(),
            )
        except MigDeskError as exc:
            self.pattern_problems.show({direction: str(exc)}, self.tr("Шаблон не сохранён."))
            return False
        self.load()
        return True
