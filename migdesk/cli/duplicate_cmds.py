"""``person match|duplicates|link|links|merge``: record linkage from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from migdesk.cli.context import EXIT_OK, Context, UsageError
from migdesk.messages import N_, _, lazy_table

if TYPE_CHECKING:  # the services load with a command that uses them (person show does not)
    from migdesk.persons.duplicates import DuplicateService, Link
    from migdesk.persons.service import DuplicateHint


def _service(ctx: Context) -> DuplicateService:
    from migdesk.persons.duplicates import DuplicateService

    return DuplicateService(ctx.vault())


LEVEL_TEXT = lazy_table(
    {"probable": N_("вероятно то же лицо"), "possible": N_("возможный дубликат")}
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    match = sub.add_parser(
        "match", parents=[common], help=_("возможные дубликаты записи из JSON (без сохранения)")
    )
    match.add_argument("source", metavar="FILE|-")
    match.set_defaults(handler=run_match)

    dups = sub.add_parser(
        "duplicates",
        parents=[common],
        help=_("возможные дубликаты одной записи или всего реестра (без ID)"),
    )
    dups.add_argument("id", nargs="?")
    dups.add_argument("--limit", type=int, default=None)
    dups.set_defaults(handler=run_duplicates)

    link = sub.add_parser("link", parents=[common], help=_("отметить две записи как одно лицо"))
    link.add_argument("id")
    link.add_argument("other")
    link.add_argument("--not-duplicate", action="store_true", help=_("наоборот: это разные лица"))
    link.add_argument("--reason", help=_("основание"))
    link.set_defaults(handler=run_link)

    links = sub.add_parser("links", parents=[common], help=_("связи записи с другими записями"))
    links.add_argument("id")
    links.set_defaults(handler=run_links)

    merge = sub.add_parser(
        "merge", parents=[common], help=_("объединить две свои записи (руководитель)")
    )
    merge.add_argument("survivor", metavar="ID")
    merge.add_argument("absorbed", metavar="OTHER_ID")
    merge.add_argument("--reason", required=True, help=_("основание объединения"))
    merge.set_defaults(handler=run_merge)


def hint_json(hint: DuplicateHint) -> dict[str, Any]:
    """One duplicate in JSON: ``id``, ``score``, ``reasons`` (and the older name/reason)."""
    return {
        "id": hint.id,
        "score": hint.score,
        "reasons": list(hint.reasons),
        "level": hint.level,
        "name": hint.name,
        "reason": hint.reason,
    }


def hint_text(hint: DuplicateHint) -> str:
    level = LEVEL_TEXT.get(hint.level, hint.level)
    return _("возможный дубликат: {name} ({id}) — {level}, {score:.0%}: ").format(
        name=hint.name, id=hint.id, level=level, score=hint.score
    ) + "; ".join(hint.reasons)


def run_match(ctx: Context) -> int:
    raw = ctx.read_json(ctx.args.source)
    hints = _service(ctx).check(raw)
    ctx.emit(
        [hint_json(h) for h in hints], "\n".join(map(hint_text, hints)) or _("Дубликатов нет.")
    )
    return EXIT_OK


def run_duplicates(ctx: Context) -> int:
    if ctx.args.limit is not None and ctx.args.limit < 1:
        raise UsageError(_("--limit должен быть положительным числом."))
    service = _service(ctx)
    if ctx.args.id:
        hints = service.of_record(ctx.args.id)[: ctx.args.limit]
        ctx.emit(
            [hint_json(h) for h in hints], "\n".join(map(hint_text, hints)) or _("Дубликатов нет.")
        )
        return EXIT_OK

    def progress(done: int, total: int) -> None:
        if not ctx.args.json and sys.stderr.isatty():
            print(
                "\r" + _("просмотрено {percent}%").format(percent=100 * done // max(total, 1)),
                end="",
                file=sys.stderr,
            )

    pairs = service.scan(progress=progress, limit=ctx.args.limit)
    human = "\n".join(
        _("{level}, {score:.0%}: {name} ({id}) и {name2} ({id2}) — ").format(
            level=LEVEL_TEXT.get(p.b.level, p.b.level),
            score=p.b.score,
            name=p.a.name,
            id=p.a.id,
            name2=p.b.name,
            id2=p.b.id,
        )
        + "; ".join(p.b.reasons)
        for p in pairs
    )
    ctx.emit([p.to_json() for p in pairs], human or _("Возможных дубликатов нет."))
    return EXIT_OK


def link_json(link: Link) -> dict[str, Any]:
    return {
        "id": link.person_id,
        "other": link.other_id,
        "kind": link.kind,
        "reason": link.reason,
        "created_by": link.created_by,
        "created_at": link.created_at.isoformat(),
    }


def run_link(ctx: Context) -> int:
    from migdesk.persons.duplicates import NOT_DUPLICATE, SAME_PERSON

    kind = NOT_DUPLICATE if ctx.args.not_duplicate else SAME_PERSON
    link = _service(ctx).link(ctx.args.id, ctx.args.other, kind, ctx.args.reason)
    text = (
        _("Отмечено: разные лица.") if kind == NOT_DUPLICATE else _("Записи связаны как одно лицо.")
    )
    ctx.emit(link_json(link), text)
    return EXIT_OK


def run_links(ctx: Context) -> int:
    from migdesk.persons.duplicates import SAME_PERSON

    links = _service(ctx).links(ctx.args.id)
    same, different = _("одно лицо"), _("разные лица")
    human = "\n".join(
        f"{same if x.kind == SAME_PERSON else different}: {x.person_id} — "
        f"{x.other_id} ({x.created_by}{', ' + x.reason if x.reason else ''})"
        for x in links
    )
    ctx.emit([link_json(x) for x in links], human or _("Связей нет."))
    return EXIT_OK


def run_merge(ctx: Context) -> int:
    survivor = _service(ctx).merge(ctx.args.survivor, ctx.args.absorbed, ctx.args.reason)
    ctx.emit(
        {"id": survivor, "absorbed": ctx.args.absorbed},
        _("Запись {absorbed} объединена с {survivor}.").format(
            absorbed=ctx.args.absorbed, survivor=survivor
        ),
    )
    return EXIT_OK
