"""``statistics report|export|monthly|csv|received|show``: the statistical information of
Art. 3.1 (``monthly`` and ``csv`` are the table of the «Статистика» window and its CSV).
``bundle export --statistics YYYY`` sends a year's figures to the partner, who lists them
with ``statistics received``. The JSON names are a contract."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from migdesk.cli.context import EXIT_OK, Context, UsageError, option_day
from migdesk.messages import _


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    stats = commands.add_parser(
        "statistics", parents=[common], help=_("статистические сведения (ст.\u00a03)")
    )
    sub = stats.add_subparsers(dest="statistics_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    report = sub.add_parser("report", parents=[common], help=_("отчёт PDF с диаграммами"))
    report.add_argument("--from", dest="period_from", required=True, metavar=_("ГГГГ-ММ"))
    report.add_argument("--to", dest="period_to", required=True, metavar=_("ГГГГ-ММ"))
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    report.set_defaults(handler=run_report)
    export = sub.add_parser("export", parents=[common], help=_("цифры за период (JSON)"))
    export.add_argument("--from", dest="period_from", metavar=_("ГГГГ-ММ"), help=_("(январь года)"))
    export.add_argument("--to", dest="period_to", metavar=_("ГГГГ-ММ"), help=_("(текущий месяц)"))
    export.set_defaults(handler=run_export)
    monthly = sub.add_parser(
        "monthly", parents=[common], help=_("таблица по месяцам и органам, как в окне")
    )
    monthly.add_argument("--as-of", metavar=_("ГГГГ-ММ-ДД"), help=_("(сегодня)"))
    monthly.set_defaults(handler=run_monthly)
    csv = sub.add_parser("csv", parents=[common], help=_("таблица по месяцам в файл CSV"))
    csv.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    csv.add_argument("--as-of", metavar=_("ГГГГ-ММ-ДД"), help=_("(сегодня)"))
    csv.set_defaults(handler=run_csv)
    received = sub.add_parser("received", parents=[common], help=_("полученные от партнёров"))
    received.set_defaults(handler=run_received)
    show = sub.add_parser("show", parents=[common], help=_("полученные сведения целиком"))
    show.add_argument("id", metavar="ID")
    show.set_defaults(handler=run_show)


def _period(ctx: Context) -> tuple[str, str]:
    today = date.today()
    start = ctx.args.period_from or f"{today.year:04d}-01"
    end = ctx.args.period_to or f"{today.year:04d}-{today.month:02d}"
    return start, end


def run_report(ctx: Context) -> int:
    from migdesk.reports.statistics_report import write_statistics_report

    figures = write_statistics_report(
        ctx.vault(), ctx.args.out, ctx.args.period_from, ctx.args.period_to
    )
    totals = figures.totals()
    ctx.emit(
        {"path": str(ctx.args.out), **figures.to_json(), "totals": totals},
        _("{out}\tнаправлено {sent}, поступило {received}, лиц {total}").format(
            out=ctx.args.out,
            sent=totals["sent"],
            received=totals["received"],
            total=figures.persons.total,
        ),
    )
    return EXIT_OK


def run_export(ctx: Context) -> int:
    from migdesk.requests.statistics_figures import collect

    start, end = _period(ctx)
    figures = collect(ctx.vault(), start, end)
    data = {**figures.to_json(), "totals": figures.totals()}
    lines = [f"{figures.authority}: {start} — {end}"]
    lines += [f"{k}: {v}" for k, v in data["totals"].items()]
    lines.append(f"persons: {figures.persons.total}")
    ctx.emit(data, "\n".join(lines))
    return EXIT_OK


def run_monthly(ctx: Context) -> int:
    from dataclasses import asdict

    from migdesk.requests.statistics import StatisticsService

    as_of = option_day(ctx.args.as_of, "--as-of")  # a usage error before the vault opens
    rows = StatisticsService(ctx.vault()).monthly(as_of)
    ctx.emit(
        [asdict(r) for r in rows],
        "\n".join(
            f"{r.month}\t{r.authority}\t{r.sent}\t{r.received}\t{r.answered}\t{r.overdue}"
            for r in rows
        )
        or _("Запросов нет."),
    )
    return EXIT_OK


def run_csv(ctx: Context) -> int:
    from migdesk.requests.statistics import StatisticsService

    out: Path = ctx.args.out
    if not out.parent.is_dir():
        raise UsageError(_("Каталог «{parent}» не существует.").format(parent=out.parent))
    as_of = option_day(ctx.args.as_of, "--as-of")
    count = StatisticsService(ctx.vault()).export_csv(out, as_of)
    ctx.emit(
        {"path": str(out), "rows": count},
        _("{out}: строк {rows}").format(out=out, rows=count),
    )
    return EXIT_OK


def run_received(ctx: Context) -> int:
    from migdesk.exchange.statistics_items import received_statistics

    rows = received_statistics(ctx.vault())
    ctx.emit(
        [r.summary() for r in rows],
        "\n".join(
            _("{id}\t{provider}\t{year}\tна {as_of}").format(
                id=r.id, provider=r.provider, year=r.year, as_of=r.as_of
            )
            for r in rows
        )
        or _("Статистических сведений от партнёров не поступало."),
    )
    return EXIT_OK


def run_show(ctx: Context) -> int:
    from migdesk.exchange.statistics_items import received_one

    row = received_one(ctx.vault(), ctx.args.id)
    ctx.emit(row.to_json(), str(row.to_json()))
    return EXIT_OK
