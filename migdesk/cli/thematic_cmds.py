"""``thematic add|list|show|attachment``: thematic information of Art. 4 (not about one
person). Items travel with ``bundle export --thematic ID``; received ones show their
provider in ``provenance``. The JSON names are a contract."""

from __future__ import annotations

import argparse
import mimetypes
import sys
from pathlib import Path
from typing import Any

from migdesk.cli import form_draft_cmds
from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context, UsageError
from migdesk.messages import _, ngettext
from migdesk.requests.records import AttachmentInput
from migdesk.requests.thematic import ThematicService, ThematicView
from migdesk.requests.thematic_files import save_thematic_attachment
from migdesk.requests.thematic_json import input_from_json, view_to_json
from migdesk.requests.vocab import THEMATIC_CATEGORIES


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    thematic = commands.add_parser(
        "thematic", parents=[common], help=_("тематическая информация (ст.\u00a04)")
    )
    sub = thematic.add_subparsers(dest="thematic_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    add = sub.add_parser(
        "add",
        parents=[common],
        help=_("добавить сведения из JSON (category, title, text, persons, requests …)"),
    )
    add.add_argument("source", metavar="FILE|-")
    add.add_argument(
        "--attach",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help=_("приложить файл; можно несколько раз"),
    )
    add.set_defaults(handler=run_add)
    listing = sub.add_parser("list", parents=[common], help=_("все сведения (и полученные)"))
    listing.add_argument("--category", choices=sorted(THEMATIC_CATEGORIES))
    listing.set_defaults(handler=run_list)
    show = sub.add_parser("show", parents=[common], help=_("показать сведения"))
    show.add_argument("id", metavar="ID")
    show.set_defaults(handler=run_show)
    attachment = sub.add_parser("attachment", parents=[common], help=_("сохранить вложение"))
    attachment.add_argument("id", metavar="ID")
    attachment.add_argument("attachment_id", type=int, metavar="ATTACHMENT_ID")
    attachment.add_argument("--out", required=True, type=Path, metavar="FILE")
    attachment.add_argument(
        "--force", action="store_true", help=_("перезаписать существующий файл")
    )
    attachment.set_defaults(handler=run_attachment)
    form_draft_cmds.register(sub, common, "thematic")  # drafts list|discard


def _read_attachment(path: Path) -> AttachmentInput:
    try:
        data = path.read_bytes()
    except OSError:
        raise UsageError(_("Не удалось прочитать файл «{path}».").format(path=path)) from None
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return AttachmentInput(path.name, mime, data)


def run_add(ctx: Context) -> int:
    raw = ctx.read_json(ctx.args.source)
    attachments = [_read_attachment(path) for path in ctx.args.attach]
    item_id = ThematicService(ctx.vault()).add(input_from_json(raw, attachments))
    ctx.emit({"id": item_id}, item_id)
    return EXIT_OK


def _line(view: ThematicView) -> str:
    origin = (
        _("\tполучено от {provider}").format(provider=view.provenance.provider)
        if view.provenance
        else ""
    )
    return f"{view.id}\t{view.category}\t{view.title}{origin}"


def run_list(ctx: Context) -> int:
    views = ThematicService(ctx.vault()).list(ctx.args.category)
    ctx.emit([view_to_json(v) for v in views], "\n".join(map(_line, views)) or _("Сведений нет."))
    return EXIT_OK


def _human(view: ThematicView) -> str:
    lines = [
        f"{view.title}",
        _("Категория: {category_label}").format(category_label=view.category_label),
        _("Идентификатор: {id}").format(id=view.id),
    ]
    if view.provenance is not None:
        p = view.provenance
        lines.append(
            _("Получено от {provider} (пакет {bundle_id}); цель: {purpose}").format(
                provider=p.provider, bundle_id=p.bundle_id, purpose=p.purpose
            )
        )
    if view.persons:
        lines.append(_("Лица: {ids}").format(ids=", ".join(p.person_id for p in view.persons)))
    if view.requests:
        lines.append(_("Запросы: {ids}").format(ids=", ".join(view.requests)))
    for a in view.attachments:
        lines.append(
            ngettext(
                "Вложение {id}: {name} ({size} байт)",
                "Вложение {id}: {name} ({size} байт)",
                a.size,
                few="Вложение {id}: {name} ({size} байта)",
            ).format(id=a.id, name=a.name, size=a.size)
        )
    lines.append("")
    lines.append(view.text)
    return "\n".join(lines)


def run_show(ctx: Context) -> int:
    view = ThematicService(ctx.vault()).get(ctx.args.id)
    ctx.emit(view_to_json(view), _human(view))
    return EXIT_OK


def run_attachment(ctx: Context) -> int:
    result = save_thematic_attachment(
        ThematicService(ctx.vault()),
        ctx.args.id,
        ctx.args.attachment_id,
        ctx.args.out,
        overwrite=ctx.args.force,
    )
    data: dict[str, Any] = {
        "status": "saved" if result.ok else result.status.value,
        "path": str(result.path),
        "size": result.size,
    }
    if not result.ok:  # refused as ``request attachment`` refuses: the status names why
        data["message"] = result.message
        if ctx.json:
            ctx.emit(data)
        print(result.message, file=sys.stderr)
        return EXIT_REFUSED
    ctx.emit(data, str(result.path))
    return EXIT_OK
