"""``thematic drafts list|discard`` and ``request drafts list|discard``: the new thematic
items and request windows kept as drafts for the current user (at the automatic lock; a
thematic item also while typing, so a crash loses nothing), which the window brings back
at the next unlock. As ``person drafts`` (``draft_cmds``): a script sees what is kept and
discards a draft no one will finish; what a draft holds is never printed. JSON names are a
contract: ``id``, ``saved_at``, and for a request ``request_id`` (null: a new message).
"""

from __future__ import annotations

import argparse
from functools import partial
from typing import Any

from migdesk.cli.context import EXIT_OK, Context
from migdesk.errors import NotFound
from migdesk.messages import _


def register(sub: Any, common: argparse.ArgumentParser, kind: str) -> None:
    """``drafts list|discard`` under ``thematic`` (``kind`` «thematic») or ``request``."""
    group = sub.add_parser(
        "drafts", parents=[common], help=_("несохранённые формы, сохранённые как черновики")
    )
    actions = group.add_subparsers(dest="drafts_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    listing = actions.add_parser("list", parents=[common], help=_("свои черновики (без данных)"))
    listing.set_defaults(handler=partial(run_list, kind))
    discard = actions.add_parser("discard", parents=[common], help=_("удалить черновик"))
    discard.add_argument("id")
    discard.set_defaults(handler=partial(run_discard, kind))


def run_list(kind: str, ctx: Context) -> int:
    from migdesk.requests import request_drafts, thematic_drafts

    vault = ctx.vault()
    kept = (
        thematic_drafts.list_drafts(vault)
        if kind == "thematic"
        else request_drafts.list_drafts(vault)
    )
    rows: list[dict[str, Any]] = []
    for draft in kept:
        row: dict[str, Any] = {"id": draft.id, "saved_at": draft.saved_at.isoformat()}
        if kind != "thematic":
            row["request_id"] = draft.subject_id
        rows.append(row)
    ctx.emit(
        rows,
        "\n".join(
            f"{d.id}\t{d.subject_id or _('новая запись')}\t{d.saved_at:%d.%m.%Y %H:%M}"
            for d in kept
        )
        or _("Черновиков нет."),
    )
    return EXIT_OK


def run_discard(kind: str, ctx: Context) -> int:
    from migdesk.requests import request_drafts, thematic_drafts

    remove = thematic_drafts.remove_draft if kind == "thematic" else request_drafts.remove_draft
    if not remove(ctx.vault(), ctx.args.id):
        raise NotFound(_("Черновик «{id}» не найден.").format(id=ctx.args.id))
    ctx.emit({"id": ctx.args.id}, _("Черновик {id} удалён.").format(id=ctx.args.id))
    return EXIT_OK
