"""``bundle export``: the officer's side, over the vault (``bundle import`` is
``bundle_import_cmds``). ``bundle log``: the sent and received bundles; ``bundle gaps``:
the partner's numbers that never arrived. ``bundle register``: the courier transmittal
register (PDF) from the bundle log. ``bundle inspect`` (no vault) is ``bundle_cmds``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from migdesk.bundles.courier import KIND_TEXT
from migdesk.cli import progress_line
from migdesk.cli.bundle_import_cmds import register_import
from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context, UsageError
from migdesk.exchange import export_bundle
from migdesk.exchange.channels import list_bundles, missing_bundles
from migdesk.exchange.keys import signing_token
from migdesk.exchange.register import register_lines, write_register
from migdesk.messages import N_, _, lazy_table
from migdesk.requests.workflow import letter_label
from migdesk.signing.credentials import read_secret


def register_exchange(sub: Any, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export",
        parents=[common],
        help=_("выгрузить пакет органу-партнёру (записи о лицах, подтверждения получения)"),
    )
    export.add_argument("--to", required=True, metavar="CODE", help=_("код органа-получателя"))
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help=_("папка носителя"))
    export.add_argument(
        "--all-pending",
        action="store_true",
        help=_("всё, что ждёт отправки этому органу (подтверждения получения и др.)"),
    )
    export.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="ID",
        help=_("лицо — информация без запроса (ст.\u00a08); можно несколько раз"),
    )
    export.add_argument(
        "--request",
        action="append",
        default=[],
        metavar="ID",
        help=_(
            "запрос (подписанный) и неотправленные письма по нему, с лицами; можно несколько раз"
        ),
    )
    export.add_argument(
        "--thematic",
        action="append",
        default=[],
        metavar="ID",
        help=_("тематические сведения (ст.\u00a04) с названными в них лицами; можно несколько раз"),
    )
    export.add_argument(
        "--statistics",
        type=int,
        metavar=_("ГГГГ"),
        help=_(
            "статистические сведения за год (ст.\u00a03): запросы по месяцам, лица по категориям"
        ),
    )
    export.add_argument("--note", help=_("текст сопроводительного письма (ст.\u00a08)"))
    export.add_argument(
        "--pin-file",
        type=Path,
        help=_("файл с ПИН-кодом токена, если ключ подписи органа на токене (иначе запрос)"),
    )
    export.set_defaults(handler=run_export)

    register_import(sub, common)

    log = sub.add_parser(
        "log", parents=[common], help=_("журнал отправленных и полученных пакетов")
    )
    log.add_argument("--peer", metavar="CODE", help=_("только пакеты с этим органом"))
    log.set_defaults(handler=run_log)
    holes = sub.add_parser(
        "gaps", parents=[common], help=_("номера пакетов партнёра, которые не получены")
    )
    holes.add_argument("--peer", metavar="CODE", help=_("только пакеты с этим органом"))
    holes.set_defaults(handler=run_gaps)

    reg = sub.add_parser(
        "register",
        parents=[common],
        help=_("реестр передачи пакетов курьеру (PDF) по журналу отправленных пакетов"),
    )
    reg.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help=_("файл PDF"))
    reg.add_argument(
        "--bundle",
        action="append",
        default=[],
        metavar="ID",
        help=_("отправленный пакет (bundle_id); можно несколько раз"),
    )
    reg.add_argument(
        "--date",
        metavar=_("ГГГГ-ММ-ДД"),
        help=_("все пакеты, записанные в этот день (по умолчанию сегодня)"),
    )
    reg.add_argument("--peer", metavar="CODE", help=_("только пакеты этому органу"))
    reg.add_argument("--number", metavar="TEXT", help=_("регистрационный номер реестра"))
    reg.set_defaults(handler=run_register)


def run_log(ctx: Context) -> int:
    entries = list_bundles(ctx.vault(), ctx.args.peer)
    lines = [
        f"{'→' if e.direction == 'out' else '←'} {e.peer} № {e.sequence} ({e.channel}) "
        f"{KIND_TEXT[e.kind]} {e.bundle_id}"
        + (_(" — получение подтверждено") if e.direction == "out" and e.acknowledged else "")
        for e in entries
    ]
    ctx.emit([asdict(e) for e in entries], "\n".join(lines) or _("Пакетов ещё не было."))
    return EXIT_OK


def run_gaps(ctx: Context) -> int:
    missing = missing_bundles(list_bundles(ctx.vault(), ctx.args.peer))
    ctx.emit(
        [asdict(m) for m in missing],
        "\n".join(f"{m.peer} ({m.channel}) № {m.first}–{m.last}" for m in missing)
        or _("Пропусков нет."),
    )
    return EXIT_OK


def run_register(ctx: Context) -> int:
    args = ctx.args
    if args.bundle and (args.date or args.peer):
        raise UsageError(_("--bundle не сочетается с --date и --peer."))
    day: date | None = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            raise UsageError(
                _("--date {date}: ожидается ГГГГ-ММ-ДД.").format(date=args.date)
            ) from None
    vault = ctx.vault()
    lines = register_lines(vault, args.bundle, day=day, peer=args.peer)
    result = write_register(vault, args.out, lines, number=args.number)
    ctx.emit(
        result.to_json(),
        _("{path}\t№ {number}\tпакетов: {bundles}\t{sha256}").format(
            path=result.path,
            number=result.number or "—",
            bundles=result.bundles,
            sha256=result.sha256,
        ),
    )
    return EXIT_OK


def run_export(ctx: Context) -> int:
    ctx.on_interrupt = _("Прервано; пакет не выгружен, его неполная копия удалена с носителя.")
    vault = ctx.vault()
    token = signing_token(vault)
    pin = (
        None
        if token is None
        else read_secret(
            ctx.args.pin_file,
            _("ПИН-код токена «{token_label}»: ").format(token_label=token.token_label),
            pin=True,
        )
    )
    progress = progress_line.shown(_("выгрузка пакета"))
    try:
        result = export_bundle(
            vault,
            ctx.args.to,
            ctx.args.out,
            persons=ctx.args.person,
            requests=ctx.args.request,
            thematic=ctx.args.thematic,
            statistics=ctx.args.statistics,
            note=ctx.args.note,
            all_pending=ctx.args.all_pending,
            token_pin=pin,
            progress=progress,
        )
    finally:
        progress_line.wiped(progress)
    if not result.ok:
        if ctx.json:  # the status names the medium's problem for scripts, as import's reason
            ctx.emit(result.to_json())
        print(result.message, file=sys.stderr)
        return EXIT_REFUSED
    for unsigned in result.unsigned_letters:  # Art. 10: written; warned, not refused
        print(
            _(
                "Внимание: {letter} по запросу № {number} (шаг {seq}) отправлено без "
                "подписанного письма; письмо шага подписывают до отправки (doc render "
                "{request}#{seq} с ключом подписанта): подписанное позже с ним не уйдёт."
            ).format(
                letter=letter_label(unsigned["action"]).capitalize(),
                number=unsigned["number"],
                seq=unsigned["seq"],
                request=unsigned["request"],
            ),
            file=sys.stderr,
        )
    counts = ", ".join(f"{COUNT_TEXT.get(k, k)}: {v}" for k, v in sorted(result.counts.items()))
    ctx.emit(
        result.to_json(),
        _("{message}\n{path}\n№ {sequence}; {counts}\nSHA-256 ярлыка: {sha256}").format(
            message=result.message,
            path=result.path,
            sequence=result.sequence,
            counts=counts,
            sha256=result.sha256,
        ),
    )
    return EXIT_OK


COUNT_TEXT = lazy_table(
    {
        "person": N_("лиц"),
        "acknowledgement": N_("подтверждений"),
        "cover": N_("сопроводительных писем"),
        "request": N_("запросов и сообщений"),
        "request_step": N_("писем по запросам"),
        "signatory_change": N_("изменений перечня подписантов"),
        "thematic": N_("тематических сведений"),
        "statistics": N_("статистических сведений"),
    }
)
