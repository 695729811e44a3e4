"""``person drafts list|discard``: the cards the automatic lock kept as drafts for the
current user (issue 13.3), which the window brings back after the next unlock. A script can
see what is kept and discard a draft no one will finish. JSON names are a contract.

What a draft holds is never printed: a draft of a stored person's card carries that person's
data as the card showed it, and the person may be hidden from this user since (Art. 11); the
card that restores it reads the person again, audited."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from migdesk.cli.context import EXIT_OK, Context
from migdesk.errors import NotFound
from migdesk.messages import _

if TYPE_CHECKING:
    from migdesk.persons.drafts import Draft


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser(
        "drafts", parents=[common], help=_("черновики карточек, сохранённые при автоблокировке")
    )
    actions = group.add_subparsers(dest="drafts_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    listing = actions.add_parser("list", parents=[common], help=_("свои черновики (без данных)"))
    listing.set_defaults(handler=run_list)
    discard = actions.add_parser("discard", parents=[common], help=_("удалить черновик"))
    discard.add_argument("id")
    discard.set_defaults(handler=run_discard)


def _summary(draft: Draft) -> dict[str, Any]:
    return {
        "id": draft.id,
        "person_id": draft.person_id,  # null: a person not saved yet
        "saved_at": draft.saved_at.isoformat(),
    }


def run_list(ctx: Context) -> int:
    from migdesk.persons.drafts import list_drafts

    kept = list_drafts(ctx.vault())
    ctx.emit(
        [_summary(d) for d in kept],
        "\n".join(
            f"{d.id}\t{d.person_id or _('новая запись')}\t{d.saved_at:%d.%m.%Y %H:%M}" for d in kept
        )
        or _("Черновиков нет."),
    )
    return EXIT_OK


def run_discard(ctx: Context) -> int:
    from migdesk.persons.drafts import remove_draft

    if not remove_draft(ctx.vault(), ctx.args.id):
        raise NotFound(_("Черновик «{id}» не найден.").format(id=ctx.args.id))
    ctx.emit({"id": ctx.args.id}, _("Черновик {id} удалён.").format(id=ctx.args.id))
    return EXIT_OK
