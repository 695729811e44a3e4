"""«Выгрузить пакет…»: addressee, persons (Art. 8) with a cover text, acknowledgements due,
and the medium — removable drives first with their free space, then any folder.

``export_bundle`` runs in the background with progress and «Отмена». How the medium behaved
is its ``ExportStatus`` message (Russian, shown as is); refusals (Art. 11 without consent,
nothing to send, no keys) are the domain's sentences. Once written, «Реестр передачи…»
prints the courier transmittal register for that bundle.
"""

from __future__ import annotations

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.exchange import ExportResult, export_bundle
from migdesk.exchange.register import RegisterResult
from migdesk.persons.service import PersonService
from migdesk.ui import messages
from migdesk.ui.backup_action import Target, list_targets
from migdesk.ui.exchange.common import authority_text, partners, size_text
from migdesk.ui.exchange.register_action import RegisterPrinter
from migdesk.ui.requests.common import ID_ROLE
from migdesk.ui.requests.person_picker import PersonPicker, person_item, person_labels
from migdesk.ui.save_dialogs import choose_folder
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import OK_STYLE, error_label, hint_label
from migdesk.vault import Vault


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult, when a bundle was written

    def __init__(
        self, vault: Vault, person_ids: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.service = PersonService(vault)
        self.op: BackgroundOp[ExportResult] | None = None
        self.outcome: ExportResult | None = None
        self.setWindowTitle(self.tr("Выгрузить пакет — MigDesk"))
        self.setMinimumWidth(820)

        self.addressee = QComboBox()
        for code in partners(vault):
            self.addressee.addItem(authority_text(code), code)
        self.persons = QListWidget()
        self.persons.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.persons.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        pick = QPushButton(self.tr("Добавить из реестра…"))
        pick.clicked.connect(self.pick_persons)
        remove = QPushButton(self.tr("Убрать"))
        remove.clicked.connect(self.remove_selected)
        person_buttons = QVBoxLayout()
        person_buttons.addWidget(pick)
        person_buttons.addWidget(remove)
        person_buttons.addStretch(1)
        person_row = QHBoxLayout()
        person_row.addWidget(self.persons, 1)
        person_row.addLayout(person_buttons)
        self.cover = QPlainTextEdit()
        self.cover.setPlaceholderText(
            self.tr("Сопроводительный текст: зачем направляются сведения (ст. 8)")
        )
        self.cover.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.include_acks = QCheckBox(
            self.tr("Включить подтверждения получения для ещё не подтверждённых пакетов")
        )
        self.include_acks.setChecked(True)

        self.error = error_label()
        self.targets = QListWidget()
        self.targets.currentItemChanged.connect(lambda *_: self.error.hide())
        other = QPushButton(self.tr("Другая папка…"))
        other.clicked.connect(self.choose_other)
        target_row = QHBoxLayout()
        target_row.addWidget(self.targets, 1)
        target_row.addWidget(other, 0, Qt.AlignmentFlag.AlignTop)

        self.done_label = QLabel()
        self.done_label.setStyleSheet(OK_STYLE)
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_label.hide()
        self.start_button = QPushButton(self.tr("Выгрузить"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.register_printer = RegisterPrinter(vault, self)
        self.register_button = QPushButton(self.tr("Реестр передачи…"))
        self.register_button.setToolTip(
            self.tr("Реестр передачи курьеру для записанного пакета (PDF)")
        )
        self.register_button.clicked.connect(self.print_register)
        self.register_button.hide()
        close = QPushButton(self.tr("Закрыть"))
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Получатель:"), self.addressee)
        form.addRow(self.tr("Лица (ст. 8):"), person_row)
        form.addRow(self.tr("Сопроводительное письмо:"), self.cover)
        form.addRow("", self.include_acks)
        form.addRow(self.tr("Куда записать:"), target_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Пакет шифруется для органа-получателя и подписывается ключом этого "
                    "хранилища. Записи, полученные от другого органа, направляются только ему, "
                    "если нет его письменного согласия (ст. 11)."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)

        if not self.addressee.count():
            self._show_error(
                self.tr(
                    "Нет доверенных органов-партнёров: администратор должен сначала "
                    "импортировать их сертификаты."
                )
            )
            self.start_button.setEnabled(False)
        self.add_persons(person_ids or [])
        self.set_targets(list_targets(self.tr("Домашняя папка")))

    # --- persons -----------------------------------------------------------------------------

    def person_ids(self) -> list[str]:
        return [str(self.persons.item(i).data(ID_ROLE)) for i in range(self.persons.count())]

    def add_persons(self, ids: list[str]) -> None:
        labels = person_labels(self.service, [i for i in ids if i not in self.person_ids()])
        for person_id, label in labels.items():
            self.persons.addItem(person_item(person_id, label))

    def _add_picked(self, picked: list[tuple[str, str]]) -> None:
        present = set(self.person_ids())
        for person_id, label in picked:
            if person_id not in present:
                self.persons.addItem(person_item(person_id, label))

    def pick_persons(self) -> PersonPicker:
        picker = PersonPicker(self.service, self)
        picker.picked.connect(self._add_picked)
        picker.open()
        return picker

    def remove_selected(self) -> None:
        for item in self.persons.selectedItems():
            self.persons.takeItem(self.persons.row(item))

    # --- targets -----------------------------------------------------------------------------

    def _item_text(self, target: Target) -> str:
        kind = self.tr("Съёмный носитель") if target.removable else self.tr("Папка")
        if target.free >= 0:
            space = self.tr("свободно {free}").format(free=size_text(target.free))
        else:
            space = self.tr("свободное место неизвестно")
        return f"{kind}: {target.label} ({space}) — {target.path}"

    def set_targets(self, targets: list[Target]) -> None:
        self.targets.clear()
        for target in targets:
            self.add_target(target)
        if self.targets.count():
            self.targets.setCurrentRow(0)
        self.targets.setFixedHeight(self.targets.sizeHintForRow(0) * 3 + 6)

    def add_target(self, target: Target) -> QListWidgetItem:
        item = QListWidgetItem(self._item_text(target))
        item.setData(Qt.ItemDataRole.UserRole, target)
        item.setToolTip(str(target.path))
        self.targets.addItem(item)
        return item

    def current_target(self) -> Target | None:
        item = self.targets.currentItem()
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return target if isinstance(target, Target) else None

    def choose_other(self) -> None:
        folder = choose_folder(self, self.tr("Папка для пакета"))
        if folder is not None:
            info = QStorageInfo(str(folder))
            target = Target(folder, folder.name or str(folder), False, info.bytesAvailable(), -1)
            self.targets.setCurrentItem(self.add_target(target))

    # --- running -----------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.done_label.hide()
        self.error.setText(text)
        self.error.show()

    def start(self) -> BackgroundOp[ExportResult] | None:
        target = self.current_target()
        code = self.addressee.currentData()
        if self.op is not None or code is None:
            return None
        if target is None:
            self._show_error(self.tr("Выберите носитель или папку."))
            return None
        vault, folder, to = self.vault, target.path, str(code)
        persons = self.person_ids()
        note = self.cover.toPlainText().strip() or None
        include_acks = self.include_acks.isChecked()

        def work(ctx: TaskContext) -> ExportResult:
            return export_bundle(
                vault,
                to,
                folder,
                persons=persons,
                note=note,
                include_acks=include_acks,
                progress=ctx.progress,
                cancelled=ctx.cancelled,
            )

        self.error.hide()
        self.done_label.hide()
        self.start_button.setEnabled(False)
        self.op = (
            BackgroundOp(self, work)
            .with_progress(self.tr("Запись и проверка пакета…"))
            .on_success(self._done)
            .on_failure(self._failed)
            .on_cancelled(self._failed_cancel)
            .run()
        )
        return self.op

    def _done(self, result: ExportResult) -> None:
        self.op = None
        self.start_button.setEnabled(True)
        self.outcome = result
        if not result.ok:
            self._show_error(result.message)  # the medium's ExportStatus message (Russian)
            return
        self.done_label.setText(
            self.tr(
                "{message}\nНомер пакета: {sequence}\nПапка: {path}\nSHA-256 ярлыка: {sha}"
            ).format(
                message=result.message,
                sequence=result.sequence,
                path=result.path,
                sha=result.sha256,
            )
        )
        self.done_label.show()
        self.start_button.setEnabled(False)  # one bundle per dialog: the next takes a new number
        self.register_button.setVisible(result.bundle_id is not None)
        self.exported.emit(result)

    def print_register(self) -> BackgroundOp[RegisterResult] | None:
        """The courier transmittal register for the bundle this dialog wrote."""
        result = self.outcome
        if result is None or not result.ok or result.bundle_id is None:
            return None
        return self.register_printer.ask_and_print([result.bundle_id])

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.start_button.setEnabled(True)
        self._show_error(messages.error_text(exc))

    def _failed_cancel(self) -> None:
        self.op = None
        self.start_button.setEnabled(True)
        self._show_error(self.tr("Выгрузка отменена. Пакет не записан."))

    def done(self, result: int) -> None:
        if self.op is not None:
            self.op.cancel()  # the dialog closes once the writer has removed its partial files
            return
        super().done(result)
