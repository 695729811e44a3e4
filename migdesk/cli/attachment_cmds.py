"""``request attachments ID`` and ``request attachment ID N --out FILE``: a request's stored
files listed, and one written out (the signed PDF letter, a received document), through
``migdesk.requests.attachment_files`` as the request window does. The JSON names are a
contract: the list gives ``number`` (what ``doc verify --attachment`` takes), ``name``,
``mime``, ``kind`` (signed_letter | received | attached), ``size``, ``sha256``, ``step``,
``added_at`` (UTC), ``added_by``, ``signed`` (null: a PDF never checked),
``signature_status``, ``received_from``, ``attached_at`` (UTC, when the file was stored in
this vault, a received one at our receipt; null: stored before this was recorded and no step
or creation tells; ``added_at`` is this time when known, else the step's or the
request's), ``letter`` (true: the signed PDF of its step's own letter, ours or the
partner's, Art. 10); the save gives ``status`` ("saved" or the refusal:
target_exists, target_missing, no_space, read_only, permission_denied, device_removed,
file_too_large, write_error, source_changed), ``path``, ``sha256``, ``bytes``,
``received_from`` and, when refused, ``message``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context
from migdesk.messages import _
from migdesk.requests.attachment_files import (
    AttachmentEntry,
    AttachmentFiles,
    SavedAttachment,
    received_note,
)


def utc_text(moment: datetime) -> str:
    """Stored naive in UTC; written as ``request show`` writes its moments."""
    return moment.isoformat() + "Z"


def register(req_sub: Any, common: argparse.ArgumentParser) -> None:
    listing = req_sub.add_parser(
        "attachments",
        parents=[common],
        help=_("вложения запроса: номер, файл, вид, размер, SHA-256, подпись"),
    )
    listing.add_argument("id", metavar="REQUEST_ID")
    listing.set_defaults(handler=run_attachments)
    save = req_sub.add_parser(
        "attachment",
        parents=[common],
        help=_("записать вложение запроса в файл (байт в байт, с аудитом)"),
    )
    save.add_argument("id", metavar="REQUEST_ID")
    save.add_argument(
        "number", type=int, metavar="N", help=_("номер вложения (request attachments)")
    )
    save.add_argument("--out", required=True, type=Path, metavar="FILE", help=_("файл"))
    save.add_argument("--force", action="store_true", help=_("перезаписать существующий файл"))
    save.set_defaults(handler=run_attachment)


def entry_json(entry: AttachmentEntry) -> dict[str, Any]:
    return {
        "number": entry.number,
        "name": entry.name,
        "mime": entry.mime,
        "kind": entry.kind,
        "size": entry.size,
        "sha256": entry.sha256,
        "step": entry.step,
        "added_at": utc_text(entry.added_at),
        "added_by": entry.added_by,
        "signed": entry.signed,
        "signature_status": entry.signature_status,
        "received_from": entry.received_from,
        "attached_at": None if entry.attached_at is None else utc_text(entry.attached_at),
        "letter": entry.letter,
    }


def _signed_text(entry: AttachmentEntry) -> str:
    if entry.signed is None:
        return _("подпись не проверялась")
    if not entry.signed:
        return _("без подписи")
    return _("подписан: {status}").format(status=entry.signature_status or "—")


def run_attachments(ctx: Context) -> int:
    entries = AttachmentFiles(ctx.vault()).attachments(ctx.args.id)
    human = "\n".join(
        f"{e.number}\t{e.name}\t{e.kind}\t{e.size}\t{e.sha256}\t"
        f"{utc_text(e.attached_at) if e.attached_at else '—'}\t{e.added_by}\t{_signed_text(e)}"
        + (f"\t{e.received_from}" if e.received_from else "")
        for e in entries
    )
    ctx.emit([entry_json(e) for e in entries], human or _("Вложений нет."))
    return EXIT_OK


def saved_json(result: SavedAttachment) -> dict[str, Any]:
    data: dict[str, Any] = {
        "status": "saved" if result.ok else result.status.value,
        "path": str(result.path),
        "sha256": result.sha256,
        "bytes": result.size,
        "received_from": result.received_from,
    }
    if not result.ok:
        data["message"] = result.message
    return data


def run_attachment(ctx: Context) -> int:
    result = AttachmentFiles(ctx.vault()).save_attachment(
        ctx.args.id, ctx.args.number, ctx.args.out, overwrite=ctx.args.force
    )
    if not result.ok:
        if ctx.json:  # the status names the refusal for scripts, as ``bundle export`` does
            ctx.emit(saved_json(result))
        print(result.message, file=sys.stderr)
        return EXIT_REFUSED
    ctx.emit(saved_json(result), f"{result.path}\t{result.size}\t{result.sha256}")
    if result.received_from:
        print(received_note(result.received_from), file=sys.stderr)
    return EXIT_OK
