"""«Загрузить пакет…»: pick a ``.mdbundle`` folder, preview what would change (a dry run in
the background), decide every conflict, then import in the background.

Nothing is overwritten silently: a conflict (a local record that differs from the bundle's
and was not simply updated by the same provider) is shown with the differing fields, and
«Загрузить» stays disabled until each one is decided — keep ours, or take the bundle's.
Refusals keep the domain's Russian reason (wrong addressee, broken signature, replay…).
Requests and letters the bundle carries are listed with the domain's sentence
(``describe_request_change``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.exchange import (
    ImportResult,
    Resolution,
    StagedImport,
    apply_staged,
    stage_import,
)
from migdesk.exchange.preview import (
    ImportPreview,
    PersonChange,
    PersonMatch,
    describe_request_change,
    format_ranges,
)
from migdesk.persons.labels import field_label
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.exchange.common import channel_text, kind_text
from migdesk.ui.geometry import fit_window
from migdesk.ui.save_dialogs import choose_folder
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import OK_STYLE, WARNING_STYLE, error_label, hint_label
from migdesk.vault import Vault

UNDECIDED, KEEP_LOCAL, TAKE_BUNDLE = 0, 1, 2


def request_counts(preview: ImportPreview) -> tuple[int, int]:
    """(messages registered, letters recorded) by the import."""
    messages_new = sum(1 for r in preview.requests if r.change == "new")
    letters = sum(1 for r in preview.requests if r.change == "step")
    return messages_new, letters


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(
        self, vault: Vault, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.op: BackgroundOp[Any] | None = None
        self.preview: ImportResult | None = None
        self.staged: StagedImport | None = None  # verified and decrypted once, kept to apply
        self.outcome: ImportResult | None = None
        self.link_items: dict[str, QTreeWidgetItem] = {}  # incoming person id → its row
        self.setWindowTitle(self.tr("Загрузить пакет — MigDesk"))
        fit_window(self, "bundle_import", 820, 620)

        self.path_edit = QLineEdit(str(path) if path else "")
        self.path_edit.setPlaceholderText(self.tr("Папка пакета *.mdbundle"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Выбрать папку…"))
        browse.clicked.connect(self.browse)
        self.check_button = QPushButton(self.tr("Проверить"))
        self.check_button.clicked.connect(self.run_preview)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        path_row.addWidget(self.check_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Что изменится"), self.tr("Подробности")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 360)
        self.conflicts_label = QLabel(
            self.tr("Конфликты — решите для каждой записи, какую версию оставить:")
        )
        self.conflicts_label.setStyleSheet(WARNING_STYLE)
        self.conflicts = QTableWidget(0, 3)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Лицо"), self.tr("Различаются поля"), self.tr("Решение")]
        )
        self.conflicts.verticalHeader().hide()
        self.conflicts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.conflicts.setColumnWidth(0, 240)
        self.warnings = QLabel()
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setWordWrap(True)
        self.error = error_label()
        self.done_label = QLabel()
        self.done_label.setStyleSheet(OK_STYLE)
        self.done_label.setWordWrap(True)

        self.import_button = QPushButton(self.tr("Загрузить"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Закрыть"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Сначала пакет проверяется и показывается, что изменится; хранилище при этом "
                    "не меняется. Загрузка выполняется целиком или не выполняется вовсе."
                )
            )
        )
        layout.addLayout(path_row)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        self._clear()
        self._path_changed()

    # --- state -------------------------------------------------------------------------------

    def bundle_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _path_changed(self) -> None:
        if self.op is None:
            self._clear()
            self.check_button.setEnabled(bool(self.path_edit.text().strip()))

    def _clear(self) -> None:
        self.preview = None
        self.staged = None  # frees the decrypted records and attachments
        self.summary.hide()
        self.tree.clear()  # stays visible (empty): it holds the dialog's spare height
        self.conflicts.setRowCount(0)
        self.conflicts.hide()
        self.conflicts_label.hide()
        self.warnings.hide()
        self.error.hide()
        self.done_label.hide()
        self.import_button.setEnabled(False)

    def browse(self) -> None:
        folder = choose_folder(self, self.tr("Папка пакета (*.mdbundle)"))
        if folder is not None:
            self.path_edit.setText(str(folder))
            self.run_preview()

    def _set_busy(self, busy: bool) -> None:
        self.path_edit.setReadOnly(busy)
        self.check_button.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
        else:
            self._update_import_button()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- preview -----------------------------------------------------------------------------

    def run_preview(self) -> BackgroundOp[Any] | None:
        if self.op is not None or not self.path_edit.text().strip():
            return None
        self._clear()
        vault, path = self.vault, self.bundle_path()

        def work(ctx: TaskContext) -> StagedImport:
            # The one decrypting pass: what it staged is applied by run_import from memory.
            return stage_import(vault, path, progress=ctx.progress, cancelled=ctx.cancelled)

        return self._run(work, self.tr("Проверка и расшифровка пакета…"), self._previewed)

    def _run(
        self,
        work: Callable[[TaskContext], Any],
        label: str,
        success: Callable[[Any], None],
    ) -> BackgroundOp[Any]:
        self._set_busy(True)
        self.op = (
            BackgroundOp(self, work)
            .with_progress(label)
            .on_success(success)
            .on_failure(self._failed)
            .on_cancelled(self._cancelled)
            .run()
        )
        return self.op

    def _previewed(self, staged: StagedImport) -> None:
        self.op = None
        self.staged = staged
        result = staged.result
        self.preview = result
        self._show_result(result)
        self._set_busy(False)

    def _new_person_text(self, match: PersonMatch | None) -> str:
        if match is None:
            return self.tr("новое лицо")
        lead = (
            self.tr("вероятно то же лицо, что {name}")
            if match.level == "probable"
            else self.tr("возможно то же лицо, что {name}")
        )
        return lead.format(name=match.local_name)

    def _person_item(
        self,
        parent: QTreeWidgetItem,
        change: PersonChange,
        detail: str,
        match: PersonMatch | None = None,
    ) -> None:
        item = QTreeWidgetItem(parent, [change.name or change.id, detail])
        item.setToolTip(0, change.id)
        if match is not None:
            # Ticked: the received record is linked to ours on import (never merged).
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(1, Qt.CheckState.Unchecked)
            item.setToolTip(
                1,
                self.tr("Отметьте, чтобы связать с записью {id}: {reasons}").format(
                    id=match.local_id, reasons="; ".join(match.reasons)
                ),
            )
            self.link_items[change.id] = item

    def links(self) -> list[str]:
        """Incoming persons the officer chose to link to their local match."""
        return [
            person_id
            for person_id, item in self.link_items.items()
            if item.checkState(1) == Qt.CheckState.Checked
        ]

    def _show_result(self, result: ImportResult) -> None:
        p = result.preview
        lines = [
            self.tr(
                "Отправитель: {sender}; пакет № {sequence} (канал {channel}); вид: {kind}."
            ).format(
                sender=result.sender,
                sequence=result.sequence,
                channel=channel_text(result.channel),
                kind=kind_text(result.kind),
            )
        ]
        # A preview exists only for a bundle that passed every check: say so (issue 13.20).
        lines.append(
            self.tr(
                "Проверено: подпись отправителя действительна (сертификат {sender}, которому "
                "доверяет это хранилище), пакет не изменён и адресован нашему органу."
            ).format(sender=result.sender)
        )
        if p.purpose:
            lines.append(self.tr("Цель: {purpose}").format(purpose=p.purpose))
        if p.cover_text:
            lines.append(self.tr("Сопроводительное письмо: {text}").format(text=p.cover_text))
        if result.status == "already_imported":
            lines.append(self.tr("Этот пакет уже был загружен ранее; ничего не изменится."))
        elif result.status == "preview":
            registered, letters = request_counts(p)
            lines.append(
                self.tr(
                    "При загрузке будет записано: новых лиц — {new}, обновлений — {updated}, "
                    "запросов и сообщений — {requests}, писем по запросам — {letters}."
                ).format(
                    new=len(p.new_persons),
                    updated=len(p.updated_persons),
                    requests=registered,
                    letters=letters,
                )
            )
        if p.matches and result.status == "preview":
            lines.append(
                self.tr(
                    "Похожи на лиц из нашего реестра: {n}. Отметьте тех, кого нужно связать с "
                    "нашей записью; полученная запись останется отдельной, с ограничениями "
                    "отправителя."
                ).format(n=len(p.matches))
            )
        self.summary.setText("\n".join(lines))
        self.summary.show()

        self.tree.clear()
        self.link_items = {}
        matched = {m.id: m for m in p.matches}
        sections: list[tuple[str, list[tuple[PersonChange, str]]]] = [
            (
                self.tr("Новые лица: {n}"),
                [(c, self._new_person_text(matched.get(c.id))) for c in p.new_persons],
            ),
            (
                self.tr("Обновления: {n}"),
                [
                    (
                        c,
                        self.tr("изменятся поля: {fields}").format(
                            fields=", ".join(map(field_label, c.fields))
                        ),
                    )
                    for c in p.updated_persons
                ],
            ),
            (
                self.tr("Без изменений: {n}"),
                [(c, self.tr("совпадает с записью в хранилище")) for c in p.unchanged_persons],
            ),
        ]
        for title, entries in sections:
            if not entries:
                continue
            top = QTreeWidgetItem(self.tree, [title.format(n=len(entries)), ""])
            for change, detail in entries:
                self._person_item(top, change, detail, matched.get(change.id))
            top.setExpanded(True)
        if p.requests:
            top = QTreeWidgetItem(
                self.tree,
                [self.tr("Запросы и письма: {n}").format(n=len(p.requests)), ""],
            )
            for request in p.requests:
                item = QTreeWidgetItem(top, [describe_request_change(request), ""])
                item.setFirstColumnSpanned(True)
                item.setToolTip(0, request.id)
            top.setExpanded(True)
        if p.signatories:
            top = QTreeWidgetItem(
                self.tree,
                [
                    self.tr("Перечень подписантов (п. 4 ст. 9): {n}").format(n=len(p.signatories)),
                    "",
                ],
            )
            for line in p.signatories:
                QTreeWidgetItem(top, [line, ""]).setFirstColumnSpanned(True)
            top.setExpanded(True)
        if p.acknowledged:
            top = QTreeWidgetItem(
                self.tree,
                [
                    self.tr("Подтверждает получение наших пакетов: {n}").format(
                        n=len(p.acknowledged)
                    ),
                    "",
                ],
            )
            for bundle_id in p.acknowledged:
                QTreeWidgetItem(top, [bundle_id, ""])
        if p.missing:
            QTreeWidgetItem(
                self.tree,
                [
                    self.tr("Пропущены пакеты № {numbers}").format(
                        numbers=format_ranges(p.missing)
                    ),
                    self.tr("запросите их у отправителя повторно"),
                ],
            )

        self.conflicts.setRowCount(len(p.conflicts))
        for row, conflict in enumerate(p.conflicts):
            name = QTableWidgetItem(conflict.name or conflict.id)
            name.setToolTip(conflict.id)
            name.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.conflicts.setItem(row, 0, name)
            self.conflicts.setItem(
                row, 1, QTableWidgetItem(", ".join(map(field_label, conflict.fields)))
            )
            choice = QComboBox()
            choice.addItem(self.tr("— выберите —"))
            choice.addItem(self.tr("Оставить свою запись"))
            choice.addItem(self.tr("Принять из пакета"))
            choice.currentIndexChanged.connect(lambda _i: self._update_import_button())
            self.conflicts.setCellWidget(row, 2, choice)
            self.conflicts.setColumnWidth(2, choice.sizeHint().width() + 8)
        self.conflicts.setVisible(bool(p.conflicts))
        self.conflicts_label.setVisible(bool(p.conflicts))
        self.warnings.setText("\n".join(p.warnings))
        self.warnings.setVisible(bool(p.warnings))

    def _choice(self, row: int) -> QComboBox:
        widget = self.conflicts.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def set_resolution(self, row: int, choice: int) -> None:
        self._choice(row).setCurrentIndex(choice)

    def resolutions(self) -> dict[str, Resolution] | None:
        """Per conflicting person id, or None while one is undecided."""
        chosen: dict[str, Resolution] = {}
        for row in range(self.conflicts.rowCount()):
            index = self._choice(row).currentIndex()
            if index == UNDECIDED:
                return None
            item = self.conflicts.item(row, 0)
            person_id = str(item.data(Qt.ItemDataRole.UserRole)) if item else ""
            chosen[person_id] = Resolution.LOCAL if index == KEEP_LOCAL else Resolution.BUNDLE
        return chosen

    def _update_import_button(self) -> None:
        ready = (
            self.op is None
            and self.preview is not None
            and self.preview.status == "preview"
            and self.outcome is None
            and self.resolutions() is not None
        )
        self.import_button.setEnabled(ready)

    # --- import ------------------------------------------------------------------------------

    def run_import(self) -> BackgroundOp[Any] | None:
        resolutions = self.resolutions()
        staged = self.staged
        if self.op is not None or staged is None or resolutions is None:
            return None
        vault, links = self.vault, self.links()
        self.error.hide()

        def work(_ctx: TaskContext) -> ImportResult:
            return apply_staged(vault, staged, resolutions, links)

        return self._run(work, self.tr("Загрузка пакета…"), self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.op = None
        self.outcome = result
        p = result.preview
        if result.status == "imported":
            registered, letters = request_counts(p)
            text = self.tr(
                "Пакет № {sequence} от {sender} загружен: новых лиц — {new}, обновлено — "
                "{updated}, зарегистрировано запросов и сообщений — {requests}, записано писем "
                "по запросам — {letters}, подтверждено наших пакетов — {acks}."
            ).format(
                sequence=result.sequence,
                sender=result.sender,
                new=len(p.new_persons),
                updated=len(p.updated_persons),
                requests=registered,
                letters=letters,
                acks=len(p.acknowledged),
            )
        else:
            text = self.tr("Пакет уже был загружен ранее; ничего не изменено.")
        self.done_label.setText(text)
        self.done_label.show()
        self._set_busy(False)
        publish(result.changes)
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self._set_busy(False)
        self.import_button.setEnabled(False)
        self._show_error(
            self.tr("Пакет отклонён: {reason}").format(reason=messages.error_text(exc))
        )

    def _cancelled(self) -> None:
        self.op = None
        self._set_busy(False)
        self._show_error(self.tr("Отменено; хранилище не изменено."))

    def done(self, result: int) -> None:
        if self.op is not None:
            self.op.cancel()
            return
        super().done(result)
