"""«Резервная копия…» (administrators) and the reminder when the last one is too old.

The target is a folder: removable drives first (their free space shown), then the home
folder, or any folder chosen. ``migdesk.vault.backup.backup`` copies the vault page by page
while it stays open, checks the copy and only then gives it its final name; it runs in the
background with progress and can be cancelled (the partial file is removed). Its Russian
messages (``BackupError``: no space, drive pulled, no write permission) are shown as they
are.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.access import Access
from migdesk.ui import messages
from migdesk.ui.drives import Target, list_targets, size_text
from migdesk.ui.save_dialogs import choose_folder
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import WARNING_STYLE, error_label, hint_label
from migdesk.vault import Vault
from migdesk.vault.backup import (
    DEFAULT_REMINDER_DAYS,
    LAST_BACKUP,
    REMINDER_DAYS,
    BackupResult,
    backup,
    backup_overdue,
)


def vault_size(vault: Vault) -> int:
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += Path(f"{vault.path}{suffix}").stat().st_size
    return size


def reminder_text(vault: Vault) -> str | None:
    """For administrators, when the last backup is older than the reminder age (or none)."""
    if not Access(vault).manage_backups or not backup_overdue(vault):
        return None
    last = vault.setting(LAST_BACKUP)
    if last is None:
        return QCoreApplication.translate(
            "BackupReminder", "Резервная копия этого хранилища ещё не создавалась."
        )
    days = vault.setting(REMINDER_DAYS) or str(DEFAULT_REMINDER_DAYS)
    made = datetime.fromisoformat(last).astimezone().strftime("%d.%m.%Y")
    return QCoreApplication.translate(
        "BackupReminder", "Последняя резервная копия — {date}: старше {days} дн."
    ).format(date=made, days=days)


class BackupDialog(QDialog):
    """Choose the folder, start, watch progress; the dialog stays for errors."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.backup_result: BackupResult | None = None
        self.op: BackgroundOp[BackupResult] | None = None
        self.needed = vault_size(vault)
        self.setWindowTitle(self.tr("Резервная копия — MigDesk"))
        self.setMinimumWidth(620)

        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._target_changed)
        other = QPushButton(self.tr("Другая папка…"))
        other.clicked.connect(self.choose_other)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.space_label = QLabel()
        self.space_label.setStyleSheet(WARNING_STYLE)
        self.space_label.setWordWrap(True)
        self.space_label.hide()
        self.error = error_label()
        self.start_button = QPushButton(self.tr("Создать копию"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        close_button = QPushButton(self.tr("Закрыть"))
        close_button.clicked.connect(self.reject)

        size = size_text(self.needed)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Копия зашифрована тем же ключом, что и хранилище, и открывается теми же "
                    "паролями. Рядом с ней записывается файл ключей (.keys): храните их вместе. "
                    "Размер хранилища: {size}."
                ).format(size=size)
            )
        )
        layout.addWidget(QLabel(self.tr("Куда записать:")))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.target_label, 1)
        row.addWidget(other)
        layout.addLayout(row)
        layout.addWidget(self.space_label)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(close_button)
        layout.addLayout(buttons)
        self.set_targets(list_targets(self.tr("Домашняя папка")))

    # --- targets ---------------------------------------------------------------------------

    def _item_text(self, target: Target) -> str:
        kind = self.tr("Съёмный носитель") if target.removable else self.tr("Папка")
        if target.free >= 0:
            space = self.tr("свободно {free} из {total}").format(
                free=size_text(target.free),
                total=size_text(target.total),
            )
        else:
            space = self.tr("свободное место неизвестно")
        return f"{kind}: {target.label} — {target.path} ({space})"

    def set_targets(self, targets: list[Target]) -> None:
        self.list.clear()
        for target in targets:
            item = QListWidgetItem(self._item_text(target))
            item.setData(Qt.ItemDataRole.UserRole, target)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFixedHeight(
            self.list.sizeHintForRow(0) * max(3, min(self.list.count(), 6)) + 6
        )

    def current_target(self) -> Target | None:
        item = self.list.currentItem()
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return target if isinstance(target, Target) else None

    def _target_changed(self) -> None:
        target = self.current_target()
        self.error.hide()
        if target is None:
            self.target_label.setText("")
            self.start_button.setEnabled(False)
            return
        self.target_label.setText(self.tr("Папка копии: {path}").format(path=target.path))
        short = 0 <= target.free < self.needed
        self.space_label.setText(
            self.tr("На этом носителе может не хватить места (нужно около {size}).").format(
                size=size_text(self.needed)
            )
        )
        self.space_label.setVisible(short)
        self.start_button.setEnabled(self.op is None)

    def choose_other(self) -> None:
        folder = choose_folder(self, self.tr("Папка для резервной копии"))
        if folder is None:
            return
        info = QStorageInfo(str(folder))
        target = Target(folder, folder.name or str(folder), False, info.bytesAvailable(), -1)
        if info.bytesTotal() > 0:
            target = Target(folder, target.label, False, info.bytesAvailable(), info.bytesTotal())
        item = QListWidgetItem(self._item_text(target))
        item.setData(Qt.ItemDataRole.UserRole, target)
        self.list.addItem(item)
        self.list.setCurrentItem(item)

    # --- running ---------------------------------------------------------------------------

    def start(self) -> BackgroundOp[BackupResult] | None:
        target = self.current_target()
        if target is None or self.op is not None:
            return None
        vault, folder = self.vault, target.path

        def work(ctx: TaskContext) -> BackupResult:
            # backup() removes the partial copy when cancelled
            return backup(vault, folder, ctx.progress, cancelled=ctx.cancelled)

        self.error.hide()
        self.start_button.setEnabled(False)
        self.op = (
            BackgroundOp(self, work)
            .with_progress(self.tr("Создание и проверка резервной копии…"))
            .on_success(self._done)
            .on_failure(self._failed)
            .on_cancelled(self._cancelled)
            .run()
        )
        return self.op

    def _done(self, result: BackupResult) -> None:
        self.op = None
        self.backup_result = result
        self.start_button.setEnabled(True)
        locale = QLocale()
        messages.show_info(
            self.parentWidget(),
            self.tr("Резервная копия создана"),
            self.tr(
                "Резервная копия создана и проверена:\n{path}\n\nФайл ключей: {keys}\n"
                "Размер: {size}; записей о лицах: {persons}.\n\nХраните оба файла вместе."
            ).format(
                path=result.path,
                keys=result.keys_path.name,
                size=size_text(result.size),
                persons=locale.toString(result.persons),
            ),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.start_button.setEnabled(True)
        self.error.setText(messages.error_text(exc))
        self.error.show()

    def _cancelled(self) -> None:
        self.op = None
        self.start_button.setEnabled(True)
        self.error.setText(self.tr("Резервное копирование отменено; неполная копия удалена."))
        self.error.show()

    def done(self, result: int) -> None:
        if self.op is not None:
            self.op.cancel()  # closing while copying: stop it; the dialog closes when it has
            return
        super().done(result)
