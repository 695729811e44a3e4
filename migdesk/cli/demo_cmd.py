"""``demo --persons N [--seed S]``: fill the vault with clearly synthetic persons."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from migdesk.cli.context import EXIT_OK, Context, UsageError
from migdesk.demo import synthetic_persons
from migdesk.demo_vault import mark_demo_vault, seed_used, unused_seed
from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.persons.bulk import bulk_add
from migdesk.signing.demo import create_signed_demo_requests


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo", parents=[common], help=_("заполнить хранилище синтетическими данными")
    )
    demo.add_argument("--persons", type=int, required=True, metavar="N")
    demo.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help=_("зерно синтетических данных (по умолчанию первое ещё не использованное с 1)"),
    )
    demo.add_argument("--batch", type=int, default=20000, help=_("записей в одной транзакции"))
    demo.add_argument(
        "--requests",
        action="store_true",
        help=_("также запросы во всех состояниях (ст.\u00a08–10)"),
    )
    demo.set_defaults(handler=run_demo)


def run_demo(ctx: Context) -> int:
    if ctx.args.persons < 0 or ctx.args.batch < 1:
        raise UsageError(_("--persons и --batch должны быть положительными."))
    ctx.on_interrupt = _("Прервано; уже добавленные пачки лиц сохранены, незавершённая отменена.")
    vault = ctx.vault()
    seed = ctx.args.seed
    if seed is None:
        seed = unused_seed(vault)
    elif ctx.args.persons and seed_used(vault, seed):
        raise InvalidInput(
            _(
                "Синтетические лица с зерном {seed} уже есть в хранилище: то же зерно дало бы "
                "те же записи. Укажите другое --seed или не указывайте его."
            ).format(seed=seed),
            field="seed",
        )
    # Marked first: a Ctrl-C keeps the batches already in, and they are synthetic.
    mark_demo_vault(vault)
    started = time.perf_counter()

    def progress(done: int, _total: int) -> None:
        if not ctx.json and sys.stderr.isatty():
            print(f"\r{done} / {ctx.args.persons}", end="", file=sys.stderr)

    added = bulk_add(
        vault,
        synthetic_persons(ctx.args.persons, seed),
        batch_size=ctx.args.batch,
        validate=False,
        progress=progress,
    )
    report: dict[str, Any] = {"persons": added, "seed": seed}
    if ctx.args.requests:
        report["requests"] = create_signed_demo_requests(vault, seed)
    seconds = time.perf_counter() - started
    ctx.emit(
        {**report, "seconds": round(seconds, 3)},
        _("Добавлено синтетических лиц: {added} за {seconds:.1f} с").format(
            added=added, seconds=seconds
        )
        + (
            _("; сообщений по запросам: {requests}").format(requests=report["requests"])
            if ctx.args.requests
            else ""
        ),
    )
    return EXIT_OK
