"""``person family add|remove|list`` (Art. 1, Art. 3.1(4)): a person's family members and
their residence rights."""

from __future__ import annotations

import argparse
from typing import Any

from migdesk.cli.context import EXIT_OK, Context
from migdesk.messages import _
from migdesk.persons.family import RELATIONS, FamilyService


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    family = sub.add_parser("family", parents=[common], help=_("члены семьи лица"))
    actions = family.add_subparsers(dest="family_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    add = actions.add_parser("add", parents=[common], help=_("указать члена семьи"))
    add.add_argument("id", help=_("лицо"))
    add.add_argument("relative", help=_("член его семьи"))
    add.add_argument(
        "--relation",
        required=True,
        choices=list(RELATIONS),
        help=_("кем член семьи приходится лицу: ")
        + ", ".join(f"{code} — {label}" for code, label in RELATIONS.items()),
    )
    add.set_defaults(handler=run_add)
    remove = actions.add_parser("remove", parents=[common], help=_("удалить связь"))
    remove.add_argument("id")
    remove.add_argument("relative")
    remove.set_defaults(handler=run_remove)
    show = actions.add_parser("list", parents=[common], help=_("члены семьи и их права"))
    show.add_argument("id")
    show.set_defaults(handler=run_list)


def run_add(ctx: Context) -> int:
    args = ctx.args
    added = FamilyService(ctx.vault()).add(args.id, args.relative, args.relation)
    ctx.emit(
        {"id": args.id, "relative_id": args.relative, "relation": args.relation, "added": added},
        _("{relative}: {relation} лица {id}").format(
            relative=args.relative, relation=RELATIONS[args.relation], id=args.id
        )
        + ("" if added else _(" (уже было указано)")),
    )
    return EXIT_OK


def run_remove(ctx: Context) -> int:
    FamilyService(ctx.vault()).remove(ctx.args.id, ctx.args.relative)
    ctx.emit(
        {"id": ctx.args.id, "relative_id": ctx.args.relative, "removed": True},
        _("Связь {id} — {relative} удалена.").format(id=ctx.args.id, relative=ctx.args.relative),
    )
    return EXIT_OK


def run_list(ctx: Context) -> int:
    relatives = FamilyService(ctx.vault()).relatives(ctx.args.id)
    lines = []
    for r in relatives:
        rights = "; ".join(
            _("{right} до {until}").format(right=x.label, until=x.valid_until)
            if x.valid_until
            else x.label
            for x in r.rights
        )
        lines.append(f"{r.relative_id}\t{r.label}\t{r.name}\t{rights or _('прав не указано')}")
    ctx.emit([r.to_json() for r in relatives], "\n".join(lines) or _("Члены семьи не указаны."))
    return EXIT_OK
