"""«Справочники»: competent authorities with their dated names (Art. 2), the agreement's
lifecycle (Art. 17), authorised signatories and blanks with their notifications (Art. 9.3,
9.4), and the journal number patterns. Administrators and supervisors edit (the domain's
registry roles); everyone else reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import InvalidInput, MigDeskError
from migdesk.requests.agreement import AgreementService, termination_date
from migdesk.requests.authorities import AuthorityRegistry, AuthorityView, Rename, Replacement
from migdesk.requests.journal import JournalService, check_pattern, format_number
from migdesk.requests.signatories import (
    FormBlankInput,
    SignatoryInput,
    SignatoryService,
    SignatoryView,
)
from migdesk.requests.vocab import COUNTRIES
from migdesk.ui import messages
from migdesk.ui.access import Access
from migdesk.ui.authority_combo import fill_authority_combo, own_authority
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.kit import (
    ProblemForm,
    date_edit,
    date_text,
    edit_date,
    fit_columns,
    read_attachment,
    read_only_table,
    selected_key,
    set_row,
)
from migdesk.ui.widgets import ERROR_STYLE, OK_STYLE, WARNING_STYLE, hint_label
from migdesk.vault import Vault

IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp"


class FormDialog(QDialog):
    """A small form whose «Записать» hands the fields to ``submit``; the domain's refusal is
    shown next to the fields and the dialog stays open."""

    done_ok = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.problems = ProblemForm()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.submit: Callable[[], None] = lambda: None
        self.widgets: dict[str, QWidget] = {}
        self.ok_button = QPushButton(self.tr("Записать"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.run)
        cancel = QPushButton(self.tr("Отмена"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def row(self, name: str, label: str, widget: QWidget) -> QWidget:
        self.problems.add_row(self.form, name, label, widget)
        self.widgets[name] = widget
        return widget

    def run(self) -> bool:
        self.problems.clear()
        try:
            self.submit()
        except MigDeskError as exc:
            self.problems.show_error(exc, self.tr("Не записано: исправьте отмеченные поля."))
            return False
        self.done_ok.emit()
        self.accept()
        return True


class ImagePick(QWidget):
    """A file button with a preview of the chosen image (signature or blank sample)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.mime: str | None = None
        self.name = ""
        self.preview = QLabel(self.tr("не выбран"))
        self.preview.setMinimumHeight(60)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        button = QPushButton(self.tr("Выбрать изображение…"))
        button.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def _choose(self) -> None:
        path = choose_file(
            self, self.tr("Изображение"), f"{self.tr('Изображения')} ({IMAGE_FILTER})"
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        attachment = read_attachment(path)
        self.data, self.mime, self.name = attachment.data, attachment.mime, attachment.name
        pixmap = QPixmap()
        if pixmap.loadFromData(attachment.data):
            self.preview.setPixmap(
                pixmap.scaled(
                    320,
                    120,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setText(attachment.name)


class RegistriesWindow(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.vault = vault
        self.access = Access(vault)
        self.authorities = AuthorityRegistry(vault)
        self.agreement = AgreementService(vault)
        self.signatories = SignatoryService(vault)
        self.journals = JournalService(vault)
        self.dialog: FormDialog | None = None
        self.views: list[AuthorityView] = []
        self.setWindowTitle(self.tr("Справочники — MigDesk"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self._authorities_tab(), self.tr("Компетентные органы (ст. 2)"))
        self.tabs.addTab(self._agreement_tab(), self.tr("Соглашение (ст. 17)"))
        self.tabs.addTab(self._signatories_tab(), self.tr("Подписанты и бланки (п. 3, 4 ст. 9)"))
        self.tabs.addTab(self._journals_tab(), self.tr("Журналы регистрации"))
        note = hint_label(
            self.tr(
                "Изменять справочники могут администратор и руководитель; остальным — просмотр."
            )
        )
        note.setVisible(not self.access.registries)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        self.resize(1220, 720)
        self.refresh()

    def refresh(self) -> None:
        self._load_authorities()
        self._load_agreement()
        self._load_signatories()
        self._load_journals()

    def _editing(self, *buttons: QPushButton) -> None:
        for button in buttons:
            button.setEnabled(self.access.registries)
            if not self.access.registries:
                button.setToolTip(self.tr("Только администратор или руководитель"))

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_ok.connect(self.refresh)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- authorities ---------------------------------------------------------------------------

    def _authorities_tab(self) -> QWidget:
        self.authority_table = read_only_table(
            [
                self.tr("Код"),
                self.tr("Сторона"),
                self.tr("Наименование (именительный падеж)"),
                self.tr("Кратко"),
                self.tr("Компетентен с"),
                self.tr("по"),
                self.tr("Преемник"),
            ]
        )
        fit_columns(self.authority_table, [14, 18, 60, 16, 10, 10])
        self.authority_table.itemSelectionChanged.connect(self._show_history)
        self.history_table = read_only_table(
            [
                self.tr("Действует с"),
                self.tr("Именительный падеж"),
                self.tr("Дательный падеж"),
                self.tr("Изменение"),
                self.tr("Уведомление"),
            ]
        )
        fit_columns(self.history_table, [10, 44, 44, 14])
        self.rename_button = QPushButton(self.tr("Переименование…"))
        self.rename_button.clicked.connect(self.open_rename)
        self.replace_button = QPushButton(self.tr("Замена органа…"))
        self.replace_button.clicked.connect(self.open_replace)
        self._editing(self.rename_button, self.replace_button)
        buttons = QHBoxLayout()
        buttons.addWidget(
            hint_label(
                self.tr("История наименований выбранного органа: документы берут имя на их дату.")
            ),
            1,
        )
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.replace_button)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.history_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.authority_table)
        splitter.addWidget(lower)
        page = QWidget()
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _load_authorities(self) -> None:
        current = selected_key(self.authority_table)
        self.views = self.authorities.list(date.today())
        self.authority_table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            set_row(
                self.authority_table,
                row,
                [
                    view.code,
                    COUNTRIES.get(view.country, view.country),
                    view.name.nominative,
                    view.name.short_name,
                    date_text(view.established_on) or "—",
                    date_text(view.ended_on),
                    view.successor or "",
                ],
                view.code,
            )
        codes = [v.code for v in self.views]
        self.authority_table.selectRow(codes.index(current) if current in codes else 0)
        self._show_history()  # the same row stays selected: no selection signal

    def _show_history(self) -> None:
        code = selected_key(self.authority_table)
        view = next((v for v in self.views if v.code == code), None)
        history = view.history if view else []
        kinds = {
            "agreement": self.tr("по Соглашению"),
            "renamed": self.tr("переименование"),
            "established": self.tr("образован (замена)"),
        }
        self.history_table.setRowCount(len(history))
        for row, version in enumerate(reversed(history)):
            notice = version.notification or ""
            if version.notified_on:
                notice += self.tr(" от {day}").format(day=date_text(version.notified_on))
            set_row(
                self.history_table,
                row,
                [
                    date_text(version.effective_from) or self.tr("исходное"),
                    version.nominative,
                    version.dative,
                    kinds.get(version.change_kind or "", version.change_kind or ""),
                    notice,
                ],
            )

    def open_rename(self) -> FormDialog:
        code = str(selected_key(self.authority_table) or "")
        dialog = FormDialog(self.tr("Переименование органа {code}").format(code=code), self)
        effective, notified = date_edit(date.today()), date_edit(optional=True)
        nominative, dative, short, notification = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        dialog.row("effective_on", self.tr("Действует с"), effective)
        dialog.row("nominative", self.tr("Наименование (именительный)"), nominative)
        dialog.row("dative", self.tr("Наименование (дательный)"), dative)
        dialog.row("short_name", self.tr("Краткое наименование"), short)
        dialog.row("notification", self.tr("Уведомление (номер, дата ноты)"), notification)
        dialog.row("notified_on", self.tr("Получено"), notified)

        def submit() -> None:
            self.authorities.rename(
                Rename(
                    code=code,
                    effective_on=edit_date(effective) or date.today(),
                    nominative=nominative.text(),
                    dative=dative.text(),
                    short_name=short.text(),
                    notification=notification.text(),
                    notified_on=edit_date(notified),
                )
            )

        dialog.submit = submit
        return self._open(dialog)

    def open_replace(self) -> FormDialog:
        code = str(selected_key(self.authority_table) or "")
        dialog = FormDialog(self.tr("Замена органа {code}").format(code=code), self)
        successor = QComboBox()
        successor.setEditable(True)
        for view in self.views:
            if view.code != code:
                successor.addItem(view.code)
        successor.setCurrentText("")
        dialog.row("successor_code", self.tr("Код органа-преемника"), successor)
        effective, notified, notification = (
            date_edit(date.today()),
            date_edit(optional=True),
            QLineEdit(),
        )
        dialog.row("effective_on", self.tr("С даты"), effective)
        dialog.row("notification", self.tr("Уведомление (номер, дата ноты)"), notification)
        dialog.row("notified_on", self.tr("Получено"), notified)
        dialog.form.addRow(hint_label(self.tr("Для нового органа укажите его наименования:")))
        nominative, dative, short = QLineEdit(), QLineEdit(), QLineEdit()
        dialog.row("nominative", self.tr("Наименование (именительный)"), nominative)
        dialog.row("dative", self.tr("Наименование (дательный)"), dative)
        dialog.row("short_name", self.tr("Краткое наименование"), short)

        def submit() -> None:
            self.authorities.replace(
                Replacement(
                    code=code,
                    successor_code=successor.currentText().strip(),
                    effective_on=edit_date(effective) or date.today(),
                    notification=notification.text(),
                    nominative=nominative.text() or None,
                    dative=dative.text() or None,
                    short_name=short.text() or None,
                    notified_on=edit_date(notified),
                )
            )

        dialog.submit = submit
        return self._open(dialog)

    # --- agreement -----------------------------------------------------------------------------

    def _agreement_tab(self) -> QWidget:
        status = QGroupBox(self.tr("Состояние"))
        grid = QGridLayout(status)
        self.in_force_label = QLabel()
        self.termination_label = QLabel()
        self.exchange_label = QLabel()
        self.exchange_label.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("Вступление в силу:")), 0, 0)
        grid.addWidget(self.in_force_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Прекращение:")), 1, 0)
        grid.addWidget(self.termination_label, 1, 1)
        grid.addWidget(QLabel(self.tr("Обмен перечнями подписантов (45 дней):")), 2, 0)
        grid.addWidget(self.exchange_label, 2, 1)
        grid.setColumnStretch(1, 1)
        self.notice_table = read_only_table(
            [
                self.tr("Получено"),
                self.tr("Уведомление"),
                self.tr("Сторона"),
                self.tr("Реквизиты"),
                self.tr("Примечание"),
            ]
        )
        fit_columns(self.notice_table, [10, 30, 20, 30])
        self.notice_button = QPushButton(self.tr("Записать уведомление…"))
        self.notice_button.clicked.connect(self.open_notice)
        self._editing(self.notice_button)
        buttons = QHBoxLayout()
        buttons.addWidget(
            hint_label(
                self.tr(
                    "Соглашение вступает в силу с даты получения последнего уведомления о "
                    "внутригосударственных процедурах и прекращается через шесть месяцев после "
                    "получения уведомления о прекращении."
                )
            ),
            1,
        )
        buttons.addWidget(self.notice_button, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(status)
        column.addLayout(buttons)
        column.addWidget(self.notice_table, 1)
        return page

    def _notice_kind(self, kind: str) -> str:
        kinds = {
            "ratification": self.tr("о выполнении внутригосударственных процедур"),
            "termination": self.tr("о прекращении"),
        }
        return kinds.get(kind, kind)

    def _load_agreement(self) -> None:
        status = self.agreement.status()
        exchange = self.agreement.signatory_exchange()
        if status.entry_into_force:
            self.in_force_label.setText(date_text(status.entry_into_force))
        else:
            self.in_force_label.setText(self.tr("не вступило (нет уведомлений обеих Сторон)"))
        if status.terminates_on and status.termination_notice:
            self.termination_label.setText(
                self.tr("уведомление получено {notice}; прекращает действие {end}").format(
                    notice=date_text(status.termination_notice.received_on),
                    end=date_text(status.terminates_on),
                )
            )
        else:
            self.termination_label.setText(self.tr("уведомлений о прекращении нет"))
        if exchange.due_on is None:
            text, style = self.tr("срок начнётся со вступления в силу"), ""
        elif exchange.own_sent_on:
            text = self.tr("срок {due}; наш перечень направлен {sent}").format(
                due=date_text(exchange.due_on), sent=date_text(exchange.own_sent_on)
            )
            style = OK_STYLE
        elif exchange.overdue:
            text = self.tr("срок {due} истёк, наш перечень не направлен").format(
                due=date_text(exchange.due_on)
            )
            style = ERROR_STYLE
        else:
            text = self.tr("срок {due}, осталось {days} дн.; наш перечень не направлен").format(
                due=date_text(exchange.due_on), days=exchange.days_left
            )
            style = WARNING_STYLE
        if exchange.partner_received_on:
            text += self.tr("; перечень другой Стороны получен {day}").format(
                day=date_text(exchange.partner_received_on)
            )
        self.exchange_label.setText(text)
        self.exchange_label.setStyleSheet(style)
        self.notice_table.setRowCount(len(status.notices))
        for row, notice in enumerate(status.notices):
            set_row(
                self.notice_table,
                row,
                [
                    date_text(notice.received_on),
                    self._notice_kind(notice.kind),
                    COUNTRIES.get(notice.party, notice.party),
                    notice.reference,
                    notice.notes or "",
                ],
            )

    def open_notice(self) -> FormDialog:
        dialog = FormDialog(self.tr("Уведомление по ст. 17"), self)
        kind = QComboBox()
        for code in ("ratification", "termination"):
            kind.addItem(self._notice_kind(code), code)
        party = QComboBox()
        for code, name in COUNTRIES.items():
            party.addItem(name, code)
        received = date_edit(date.today())
        reference, notes = QLineEdit(), QLineEdit()
        end = QLabel()
        dialog.row("kind", self.tr("Уведомление"), kind)
        dialog.row("party", self.tr("Сторона"), party)
        dialog.row("received_on", self.tr("Дата получения"), received)
        dialog.row("reference", self.tr("Реквизиты ноты"), reference)
        dialog.row("notes", self.tr("Примечание"), notes)
        dialog.form.addRow(self.tr("Прекратит действие"), end)

        def preview() -> None:
            day = edit_date(received) or date.today()
            terminating = kind.currentData() == "termination"
            end.setText(date_text(termination_date(day)) if terminating else "—")

        kind.currentIndexChanged.connect(preview)
        received.dateChanged.connect(preview)
        preview()

        def submit() -> None:
            self.agreement.record_notice(
                str(kind.currentData()),
                str(party.currentData()),
                edit_date(received) or date.today(),
                reference.text(),
                notes.text() or None,
            )

        dialog.submit = submit
        return self._open(dialog)

    # --- signatories ---------------------------------------------------------------------------

    def _signatories_tab(self) -> QWidget:
        self.signatory_filter = QComboBox()
        self.signatory_filter.addItem(self.tr("Все органы"), None)
        fill = QComboBox()
        fill_authority_combo(fill, self.vault)
        for index in range(fill.count()):
            self.signatory_filter.addItem(fill.itemText(index), fill.itemData(index))
        self.signatory_filter.currentIndexChanged.connect(self._load_signatories)
        self.signatory_table = read_only_table(
            [
                self.tr("Орган"),
                self.tr("Должность"),
                self.tr("Фамилия, имя, отчество"),
                self.tr("С"),
                self.tr("По"),
                self.tr("Пользователь"),
                self.tr("Сертификат"),
                self.tr("Сегодня"),
            ]
        )
        fit_columns(self.signatory_table, [12, 34, 30, 10, 10, 12, 10])
        self.add_signatory_button = QPushButton(self.tr("Добавить подписанта…"))
        self.add_signatory_button.clicked.connect(self.open_add_signatory)
        self.end_signatory_button = QPushButton(self.tr("Прекратить полномочия…"))
        self.end_signatory_button.clicked.connect(self.open_end_signatory)
        self.blank_button = QPushButton(self.tr("Образец бланка…"))
        self.blank_button.clicked.connect(self.open_blank)
        self._editing(self.add_signatory_button, self.end_signatory_button, self.blank_button)
        top = QHBoxLayout()
        top.addWidget(self.signatory_filter, 1)
        top.addWidget(self.add_signatory_button)
        top.addWidget(self.end_signatory_button)
        top.addWidget(self.blank_button)

        self.pending_label = QLabel()
        self.notification_table = read_only_table(
            [
                self.tr("№"),
                self.tr("Орган"),
                self.tr("Изменение"),
                self.tr("Направление"),
                self.tr("Состояние"),
                self.tr("Дата"),
                self.tr("Реквизиты"),
            ]
        )
        fit_columns(self.notification_table, [5, 12, 22, 12, 16, 10])
        self.notify_button = QPushButton(self.tr("Отметить направленными…"))
        self.notify_button.clicked.connect(self.open_mark_notified)
        self._editing(self.notify_button)
        notes_box = QGroupBox(self.tr("Уведомления об изменениях (п. 4 ст. 9)"))
        column = QVBoxLayout(notes_box)
        row = QHBoxLayout()
        row.addWidget(self.pending_label, 1)
        row.addWidget(self.notify_button)
        column.addLayout(row)
        column.addWidget(self.notification_table, 1)

        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.signatory_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(notes_box)
        page = QWidget()
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _change_label(self, change: str) -> str:
        labels = {
            "added": self.tr("включён подписант"),
            "ended": self.tr("прекращены полномочия"),
            "blank": self.tr("образец бланка"),
        }
        return labels.get(change, change)

    def _state_label(self, state: str) -> str:
        labels = {
            "pending": self.tr("ожидает отправки"),
            "sent": self.tr("направлено"),
            "received": self.tr("получено"),
        }
        return labels.get(state, state)

    def _load_signatories(self) -> None:
        code = self.signatory_filter.currentData()
        views: list[SignatoryView] = self.signatories.list(code if isinstance(code, str) else None)
        today = date.today()
        self.signatory_table.setRowCount(len(views))
        for row, view in enumerate(views):
            set_row(
                self.signatory_table,
                row,
                [
                    view.authority,
                    view.position,
                    view.full_name,
                    date_text(view.valid_from),
                    date_text(view.valid_until),
                    view.user or "",
                    self.tr("есть") if view.has_certificate else "",
                    self.tr("действует") if view.valid_on(today) else self.tr("не действует"),
                ],
                view.id,
            )
        notes = self.signatories.notifications()
        self.notification_table.setRowCount(len(notes))
        directions = {"outgoing": self.tr("наше"), "incoming": self.tr("другой Стороны")}
        for row, note in enumerate(reversed(notes)):
            set_row(
                self.notification_table,
                row,
                [
                    str(note.id),
                    note.authority,
                    self._change_label(note.change),
                    directions.get(note.direction, note.direction),
                    self._state_label(note.state),
                    date_text(note.notified_on),
                    note.reference or "",
                ],
                note.id,
            )
        pending = [n.id for n in notes if n.state == "pending"]
        self.pending_ids = pending
        if pending:
            self.pending_label.setStyleSheet(WARNING_STYLE)
            self.pending_label.setText(
                self.tr(
                    "Ожидают уведомления другой Стороны: {count} (направить незамедлительно)"
                ).format(count=len(pending))
            )
        else:
            self.pending_label.setStyleSheet("")
            self.pending_label.setText(self.tr("Все изменения уведомлены."))
        self.notify_button.setEnabled(self.access.registries and bool(pending))

    def open_add_signatory(self) -> FormDialog:
        dialog = FormDialog(self.tr("Новый подписант"), self)
        authority = QComboBox()
        fill_authority_combo(authority, self.vault)
        code = self.signatory_filter.currentData() or own_authority(self.vault)
        index = authority.findData(code)
        authority.setCurrentIndex(max(0, index))
        position, full_name, user = QLineEdit(), QLineEdit(), QLineEdit()
        valid_from, valid_until = date_edit(date.today()), date_edit(optional=True)
        notified = date_edit(optional=True)
        sample = ImagePick()
        dialog.row("authority", self.tr("Орган"), authority)
        dialog.row("position", self.tr("Должность"), position)
        dialog.row("full_name", self.tr("Фамилия, имя, отчество"), full_name)
        dialog.row("valid_from", self.tr("Полномочия с"), valid_from)
        dialog.row("valid_until", self.tr("Полномочия по"), valid_until)
        dialog.row("user", self.tr("Пользователь MigDesk"), user)
        dialog.row("signature_sample", self.tr("Образец подписи"), sample)
        dialog.row("notified_on", self.tr("Перечень другой Стороны получен"), notified)
        dialog.form.addRow(
            hint_label(
                self.tr("Изменение перечня своей Стороны создаёт уведомление, ожидающее отправки.")
            )
        )

        def submit() -> None:
            self.signatories.add(
                SignatoryInput(
                    authority=str(authority.currentData()),
                    position=position.text(),
                    full_name=full_name.text(),
                    valid_from=edit_date(valid_from) or date.today(),
                    valid_until=edit_date(valid_until),
                    user=user.text() or None,
                    signature_sample=sample.data,
                    signature_mime=sample.mime,
                    notified_on=edit_date(notified),
                )
            )

        dialog.submit = submit
        return self._open(dialog)

    def open_end_signatory(self) -> FormDialog | None:
        key = selected_key(self.signatory_table)
        if not isinstance(key, int):
            messages.show_error(self, self.tr("Выберите подписанта в таблице."))
            return None
        dialog = FormDialog(self.tr("Прекращение полномочий"), self)
        until = date_edit(date.today())
        notified = date_edit(optional=True)
        dialog.row("valid_until", self.tr("Последний день полномочий"), until)
        dialog.row("notified_on", self.tr("Уведомление другой Стороны получено"), notified)

        def submit() -> None:
            self.signatories.end(key, edit_date(until) or date.today(), edit_date(notified))

        dialog.submit = submit
        return self._open(dialog)

    def open_blank(self) -> FormDialog:
        dialog = FormDialog(self.tr("Образец бланка"), self)
        authority = QComboBox()
        fill_authority_combo(authority, self.vault)
        authority.setCurrentIndex(max(0, authority.findData(own_authority(self.vault))))
        name = QLineEdit()
        valid_from, valid_until = date_edit(date.today()), date_edit(optional=True)
        notified = date_edit(optional=True)
        sample = ImagePick()
        dialog.row("authority", self.tr("Орган"), authority)
        dialog.row("name", self.tr("Бланк"), name)
        dialog.row("valid_from", self.tr("Действует с"), valid_from)
        dialog.row("valid_until", self.tr("Действует по"), valid_until)
        dialog.row("data", self.tr("Изображение"), sample)
        dialog.row("notified_on", self.tr("Получен от другой Стороны"), notified)

        def submit() -> None:
            if sample.data is None:
                raise InvalidInput(self.tr("Не выбрано изображение бланка."), "data")
            self.signatories.add_form_blank(
                FormBlankInput(
                    authority=str(authority.currentData()),
                    name=name.text(),
                    valid_from=edit_date(valid_from) or date.today(),
                    valid_until=edit_date(valid_until),
                    mime=sample.mime or "",
                    data=sample.data,
                    notified_on=edit_date(notified),
                )
            )

        dialog.submit = submit
        return self._open(dialog)

    def open_mark_notified(self) -> FormDialog:
        ids = list(self.pending_ids)
        dialog = FormDialog(self.tr("Уведомления направлены"), self)
        dialog.form.addRow(
            hint_label(
                self.tr("Отмечаются все ожидающие уведомления: {ids}").format(
                    ids=", ".join(f"№ {i}" for i in ids)
                )
            )
        )
        on = date_edit(date.today())
        reference = QLineEdit()
        dialog.row("notified_on", self.tr("Дата направления"), on)
        dialog.row("reference", self.tr("Номер ноты или письма"), reference)

        def submit() -> None:
            self.signatories.mark_notified(ids, edit_date(on) or date.today(), reference.text())

        dialog.submit = submit
        return self._open(dialog)

    # --- journals ------------------------------------------------------------------------------

    def _journals_tab(self) -> QWidget:
        self.journal_authority = QComboBox()
        fill_authority_combo(self.journal_authority, self.vault)
        self.journal_authority.setCurrentIndex(
            max(0, self.journal_authority.findData(own_authority(self.vault)))
        )
        self.journal_year = QSpinBox()
        self.journal_year.setRange(2000, 2100)
        self.journal_year.setValue(date.today().year)
        self.journal_authority.currentIndexChanged.connect(self._load_journals)
        self.journal_year.valueChanged.connect(self._load_journals)
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

    def _load_journals(self) -> None:
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
        self._load_journals()
        return True
