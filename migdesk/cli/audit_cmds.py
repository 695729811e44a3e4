"""``audit list|verify``: the hash-chained audit trail (Art. 11.4)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sqlalchemy import select

from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context
from migdesk.models import AuditEntry
from migdesk.security import audit
from migdesk.security.roles import Permission, require


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("audit", parents=[common], help="журнал аудита")
    sub = group.add_subparsers(dest="audit_command", required=True, metavar="ДЕЙСТВИЕ")
    listing = sub.add_parser("list", parents=[common], help="записи журнала")
    listing.add_argument("--by-user", dest="by_user", help="только действия этого пользователя")
    listing.add_argument("--action", help="например person.view")
    listing.add_argument("--record", help="идентификатор записи")
    listing.add_argument("--limit", type=int, default=1000)
    listing.set_defaults(handler=run_list)
    check = sub.add_parser("verify", parents=[common], help="проверить цепочку хешей")
    check.set_defaults(handler=run_verify)


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
    vault = ctx.vault()
    require(vault.current_roles(), Permission.VIEW_AUDIT)
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(max(ctx.args.limit, 1))
    if ctx.args.by_user:
        stmt = stmt.where(AuditEntry.user == ctx.args.by_user)
    if ctx.args.action:
        stmt = stmt.where(AuditEntry.action == ctx.args.action)
    if ctx.args.record:
        stmt = stmt.where(AuditEntry.record_id == ctx.args.record)
    with vault.session() as session:
        entries = [_entry_json(e) for e in reversed(list(session.scalars(stmt)))]
        audit.append(session, vault.user, "audit.view", details={"shown": len(entries)})
    ctx.emit(
        entries,
        "\n".join(
            f"{e['id']}\t{e['at']}\t{e['user']}\t{e['action']}\t{e['record_id'] or ''}"
            for e in entries
        ),
    )
    return EXIT_OK


def run_verify(ctx: Context) -> int:
    vault = ctx.vault()
    require(vault.current_roles(), Permission.VIEW_AUDIT)
    with vault.read_session() as session:
        result = audit.verify(session)
    ctx.emit(
        {
            "ok": result.ok,
            "entries": result.entries,
            "head": result.head,
            "first_broken_id": result.first_broken_id,
            "problem": result.problem,
        },
        f"Цепочка цела: {result.entries} записей, вершина {result.head}"
        if result.ok
        else f"Цепочка нарушена: {result.problem} (первая повреждённая запись № "
        f"{result.first_broken_id})",
    )
    return EXIT_OK if result.ok else EXIT_REFUSED
