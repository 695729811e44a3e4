"""``audit list|verify|export``: the hash-chained audit trail (Art. 11.4)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context, option_day
from migdesk.messages import _, ngettext
from migdesk.models import AuditEntry
from migdesk.office.audit_log import AuditFilter, AuditLog
from migdesk.reports.audit_report import export_audit_report


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("audit", parents=[common], help=_("журнал аудита"))
    sub = group.add_subparsers(dest="audit_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    listing = sub.add_parser("list", parents=[common], help=_("записи журнала"))
    _filters(listing)
    listing.add_argument("--limit", type=int, default=1000)
    listing.set_defaults(handler=run_list)
    check = sub.add_parser("verify", parents=[common], help=_("проверить цепочку хешей"))
    check.set_defaults(handler=run_verify)
    export = sub.add_parser("export", parents=[common], help=_("выгрузить журнал в PDF"))
    _filters(export)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    export.set_defaults(handler=run_export)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by-user", dest="by_user", help=_("только действия этого пользователя"))
    parser.add_argument("--action", help=_("например person.view"))
    parser.add_argument("--record", help=_("идентификатор записи"))
    parser.add_argument("--since", help=_("с даты ГГГГ-ММ-ДД"))
    parser.add_argument("--until", help=_("по дату ГГГГ-ММ-ДД"))


def _selection(ctx: Context) -> AuditFilter:
    args = ctx.args
    return AuditFilter(
        user=args.by_user,
        action=args.action,
        record_id=args.record,
        since=option_day(args.since, "--since"),
        until=option_day(args.until, "--until"),
    )


def _entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at.isoformat() + "Z",
        "user": entry.user,
        "action": entry.action,
        "record_kind": entry.record_kind,
        "record_id": entry.record_id,
        "purpose": entry.purpose,
        "details": json.loads(entry.details),
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def run_list(ctx: Context) -> int:
    log = AuditLog(ctx.vault())
    entries = [_entry_json(e) for e in log.entries(_selection(ctx), limit=max(ctx.args.limit, 1))]
    log.viewed(len(entries))
    ctx.emit(
        entries,
        "\n".join(
            f"{e['id']}\t{e['at']}\t{e['user']}\t{e['action']}\t{e['record_id'] or ''}"
            for e in entries
        ),
    )
    return EXIT_OK


def run_verify(ctx: Context) -> int:
    result = AuditLog(ctx.vault()).verify()
    ctx.emit(
        {
            "ok": result.ok,
            "entries": result.entries,
            "head": result.head,
            "first_broken_id": result.first_broken_id,
            "problem": result.problem,
        },
        ngettext(
            "Цепочка цела: {entries} запись, вершина {head}",
            "Цепочка цела: {entries} записей, вершина {head}",
            result.entries,
            few="Цепочка цела: {entries} записи, вершина {head}",
        ).format(entries=result.entries, head=result.head)
        if result.ok
        else _(
            "Цепочка нарушена: {problem} (первая повреждённая запись № {first_broken_id})"
        ).format(problem=result.problem, first_broken_id=result.first_broken_id),
    )
    return EXIT_OK if result.ok else EXIT_REFUSED


def run_export(ctx: Context) -> int:
    done = export_audit_report(ctx.vault(), _selection(ctx), ctx.args.out)
    ctx.emit(
        {
            "path": str(ctx.args.out),
            "entries": done.entries,
            "chain_ok": done.check.ok,
            "head": done.check.head,
        },
        ngettext(
            "Журнал выгружен: {out} ({entries} запись)",
            "Журнал выгружен: {out} ({entries} записей)",
            done.entries,
            few="Журнал выгружен: {out} ({entries} записи)",
        ).format(out=ctx.args.out, entries=done.entries),
    )
    return EXIT_OK
