"""«Заполнить демо-данными…»: clearly synthetic persons, inserted in atomic batches.

Runs in a worker with a progress dialog; «Отмена» stops between batches, and every batch
that finished stays in the vault (``BulkCancelled`` is a normal end here, not an error).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QInputDialog, QWidget

from migdesk.demo import synthetic_persons
from migdesk.persons.bulk import BulkCancelled, bulk_add
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.vault import Vault

DEFAULT_COUNT = 1000
MAX_COUNT = 1_000_000


@dataclass(frozen=True)
class DemoResult:
    added: int
    cancelled: bool


def batch_size(count: int) -> int:
    # About fifty progress steps, batches big enough to stay fast.
    return max(200, min(5000, count // 50))


def fill(vault: Vault, count: int, ctx: TaskContext) -> DemoResult:
    ctx.progress(0, count)
    # A fresh seed each time: the same seed twice would repeat the same record ids.
    records = synthetic_persons(count, seed=secrets.randbits(63))
    try:
        added = bulk_add(
            vault,
            records,
            batch_size=batch_size(count),
            validate=False,
            progress=lambda done, _total: ctx.progress(done, count),  # records: a generator
            cancelled=ctx.cancelled,
        )
    except BulkCancelled as stopped:
        return DemoResult(int(stopped.args[0]) if stopped.args else 0, True)
    return DemoResult(added, False)


def ask_count(parent: QWidget) -> int | None:
    count, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("DemoFill", "Демо-данные"),
        QCoreApplication.translate(
            "DemoFill", "Сколько синтетических записей добавить?\n(помечены как демонстрационные)"
        ),
        DEFAULT_COUNT,
        1,
        MAX_COUNT,
        100,
    )
    return count if ok else None


def start_fill(
    parent: QWidget, vault: Vault, count: int, done: Callable[[DemoResult], None]
) -> BackgroundOp[DemoResult]:
    label = QCoreApplication.translate("DemoFill", "Добавление {count} демо-записей…").format(
        count=QLocale().toString(count)
    )
    return (
        BackgroundOp(parent, lambda ctx: fill(vault, count, ctx))
        .with_progress(label, maximum=count)
        .on_success(done)
        .run()
    )
