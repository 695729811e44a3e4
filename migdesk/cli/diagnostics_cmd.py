"""``migdesk-cli diagnostics --out FILE``: a support report without personal data."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from migdesk.atomic import write_atomic
from migdesk.cli.context import Context, UsageError
from migdesk.errors import MigDeskError
from migdesk.messages import _, russian_data


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "diagnostics",
        parents=[common],
        help=_("сведения для службы поддержки (без персональных данных) в файл"),
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE")
    parser.set_defaults(handler=run_diagnostics)


def _schema_revision(ctx: Context) -> tuple[str | None, str | None]:
    """The vault's revision when the user can unlock it; otherwise why it was not read."""
    from migdesk.vault.store import schema_revision

    path = ctx.vault_path
    if not path.is_file():
        return None, _("хранилище не найдено")
    if not (getattr(ctx.args, "user", None) or os.environ.get("MIGDESK_USER")):
        return None, _("ревизия не прочитана: не задан пользователь")
    try:
        return schema_revision(path, ctx.user(), ctx.password()), None
    except MigDeskError as exc:
        return None, _("ревизия не прочитана: {error_type}").format(error_type=type(exc).__name__)


def run_diagnostics(ctx: Context) -> int:
    from migdesk.diagnostics.report import support_report, vault_facts

    out: Path = ctx.args.out
    if not out.parent.is_dir():
        raise UsageError(_("Каталог «{parent}» не существует.").format(parent=out.parent))
    revision, note = _schema_revision(ctx)
    report = support_report(vault_facts(ctx.vault_path, revision, note))
    data = json.dumps(russian_data(report), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise MigDeskError(_("Не удалось записать файл «{out}».").format(out=out)) from exc
    ctx.emit(
        {"out": str(out), "error_log_lines": len(report["error_log"])},
        _("Сведения для поддержки записаны в «{out}» (без персональных данных).").format(out=out),
    )
    return 0
