"""«Журналы регистрации»: the number pattern of each authority's incoming and outgoing journal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
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
from migdesk.ui import messages
from migdesk.ui.authority_combo import fill_authority_combo, own_authority
from migdesk.ui.kit import (
    ProblemForm,
)
from migdesk.ui.requests.registry_form import RegistryTab
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import ERROR_STYLE, hint_label
from migdesk.vault import Vault


class JournalsTab(RegistryTab):
    pattern_finished = Signal(bool)  # a save started by ``save_pattern`` has ended (True: saved)

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
        self.pattern_buttons: dict[str, QPushButton] = {}
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
            self.pattern_buttons[direction] = save
            self.pattern_problems.add_row(form, direction, title, row)
        # The tokens in words (issue 13.9): buttons insert them where the cursor is, the
        # legend says what each becomes for the chosen authority and year.
        self.last_edit = self.pattern_edits["incoming"]
        for edit in self.pattern_edits.values():
            edit.cursorPositionChanged.connect(lambda _a, _b, e=edit: self._remember(e))
        self.token_buttons: dict[str, QPushButton] = {}
        inserts = QHBoxLayout()
        inserts.addWidget(QLabel(self.tr("Вставить в шаблон:")))
        for token, label in self._token_names().items():
            button = QPushButton(label)
            button.setToolTip(self.tr("Вставляет {token}").format(token="{" + token + "}"))
            button.clicked.connect(lambda _checked=False, k=token: self.insert_token(k))
            self._editing(button)
            self.token_buttons[token] = button
            inserts.addWidget(button)
        inserts.addStretch(1)
        self.legend = hint_label("")
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.pattern_problems.banner)
        column.addLayout(form)
        column.addLayout(inserts)
        column.addWidget(self.legend)
        column.addWidget(
            hint_label(
                self.tr(
                    "Порядковый номер обязателен и входит в шаблон один раз; например, шаблон "
                    "«12-3/{seq}» даёт номера 12-3/1, 12-3/2… Нумерация без пропусков, номера "
                    "не используются повторно; новый шаблон действует для следующих номеров."
                )
            )
        )
        column.addStretch(1)
        self.journal_authority.currentIndexChanged.connect(self._show_legend)
        self.journal_year.valueChanged.connect(self._show_legend)
        self._show_legend()
        return page

    def _token_names(self) -> dict[str, str]:
        return {
            "seq": self.tr("порядковый номер"),
            "year": self.tr("год"),
            "yy": self.tr("год, две цифры"),
            "authority": self.tr("код органа"),
        }

    def _remember(self, edit: QLineEdit) -> None:
        if edit.hasFocus():
            self.last_edit = edit

    def insert_token(self, token: str) -> None:
        """Puts ``{token}`` at the cursor of the pattern last edited."""
        self.last_edit.insert("{" + token + "}")
        self.last_edit.setFocus()

    def _show_legend(self) -> None:
        year = self.journal_year.value()
        code = self.journal_authority.currentData()
        meanings = {
            "seq": self.tr("1, 2, 3… с начала года"),
            "year": str(year),
            "yy": f"{year % 100:02d}",
            "authority": str(code) if isinstance(code, str) else "",
        }
        lines = [
            self.tr("{token} — {name}: {meaning}").format(
                token="{" + token + "}", name=name, meaning=meanings[token]
            )
            for token, name in self._token_names().items()
        ]
        self.legend.setText("\n".join(lines))
        for direction in self.pattern_edits:
            self._preview(direction)

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
            text = self.tr("например: № {number}").format(
                number=format_number(pattern, 145, self.journal_year.value(), code)
            )
            style = ""
        except InvalidInput:
            text, style = self.tr("шаблон неверен"), ERROR_STYLE
        self.pattern_previews[direction].setText(text)
        self.pattern_previews[direction].setStyleSheet(style)

    def save_pattern(self, direction: str) -> bool:
        """Saved on a worker, in order (#17: the write waits for the write lock an index
        upkeep step may hold). True when started (``pattern_finished`` follows); False while
        one runs (its button is disabled meanwhile)."""
        button = self.pattern_buttons[direction]
        if not button.isEnabled():
            return False
        self.pattern_problems.clear()
        journals, code = self.journals, str(self.journal_authority.currentData())
        pattern, year = self.pattern_edits[direction].text(), self.journal_year.value()
        (
            BackgroundOp(self, lambda _ctx: journals.set_pattern(code, direction, pattern, year))
            .in_order()
            .disabling(button)
            .on_success(lambda _none: self._pattern_saved())
            .on_failure(lambda exc: self._pattern_failed(direction, exc))
            .on_cancelled(lambda: self.pattern_finished.emit(False))
            .run()
        )
        return True

    def _pattern_saved(self) -> None:
        self.load()
        self.pattern_finished.emit(True)

    def _pattern_failed(self, direction: str, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, MigDeskError) else messages.error_text(exc)
        self.pattern_problems.show({direction: text}, self.tr("Шаблон не сохранён."))
        self.pattern_finished.emit(False)
