"""``bundle export`` and ``bundle import``: the officer's side, over the vault.
``bundle log``: the sent and received bundles; ``bundle gaps``: the partner's numbers that
never arrived. ``bundle register``: the courier transmittal register (PDF) from the bundle
log. ``bundle inspect`` (no vault) is ``bundle_cmds``."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from migdesk.bundles import BundleRejected
from migdesk.bundles.courier import KIND_TEXT
from migdesk.cli import index_cmds, interrupt, progress_line
from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context, UsageError
from migdesk.exchange import (
    ExchangeRefused,
    ImportResult,
    Resolution,
    apply_staged,
    export_bundle,
    import_bundle,
    stage_import,
)
from migdesk.exchange.channels import list_bundles, missing_bundles
from migdesk.exchange.keys import signing_token
from migdesk.exchange.preview import describe_family_change, describe_request_change
from migdesk.exchange.register import register_lines, write_register
from migdesk.messages import N_, _, lazy_table
from migdesk.progress import ReportProgress
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

    load = sub.add_parser("import", parents=[common], help=_("загрузить пакет в хранилище"))
    load.add_argument("path", type=Path, metavar="PATH", help=_("папка *.mdbundle"))
    load.add_argument(
        "--dry-run", action="store_true", help=_("только показать, что изменится; ничего не менять")
    )
    load.add_argument(
        "--resolve",
        action="append",
        default=[],
        metavar="ID=local|bundle",
        help=_("решение по конфликту записи: оставить свою или принять из пакета"),
    )
    load.add_argument(
        "--link",
        action="append",
        default=[],
        metavar="ID",
        help=_("связать новое лицо из пакета с найденной своей записью (не объединяя)"),
    )
    load.add_argument(
        "--link-probable",
        action="store_true",
        help=_("связать так каждое новое лицо, которое вероятно то же, что своя запись"),
    )
    load.set_defaults(handler=run_import)

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


def _resolutions(values: list[str]) -> dict[str, Resolution]:
    chosen: dict[str, Resolution] = {}
    for value in values:
        person_id, _sep, decision = value.partition("=")
        try:
            chosen[person_id.strip().lower()] = Resolution(decision.strip())
        except ValueError:
            raise UsageError(
                _("--resolve {value}: ожидается ID=local или ID=bundle.").format(value=value)
            ) from None
    return chosen


def run_import(ctx: Context) -> int:
    ctx.on_interrupt = _("Прервано; пакет не загружен, хранилище не изменено.")
    progress = progress_line.shown(_("загрузка пакета"))
    links = {value.strip().lower() for value in ctx.args.link}
    started = time.perf_counter()
    try:
        return _import_and_answer(ctx, links, progress, started)
    finally:
        progress_line.wiped(progress)


def _import_and_answer(
    ctx: Context, links: set[str], progress: ReportProgress | None, started: float
) -> int:
    try:
        if ctx.args.link_probable and not ctx.args.dry_run:
            # One decryption: the preview names the probable matches, then the same staged
            # bundle is applied with them linked.
            staged = stage_import(ctx.vault(), ctx.args.path, progress=progress)
            links |= {m.id for m in staged.result.preview.matches if m.level == "probable"}
            result = apply_staged(
                ctx.vault(), staged, _resolutions(ctx.args.resolve), links, progress=progress
            )
        else:
            result = import_bundle(
                ctx.vault(),
                ctx.args.path,
                dry_run=ctx.args.dry_run,
                resolutions=_resolutions(ctx.args.resolve),
                links=links,
                progress=progress,
            )
    except (BundleRejected, ExchangeRefused) as exc:
        # The named reason is the contract for scripts; the message still goes to stderr.
        if ctx.json:
            ctx.emit({"status": "refused", "reason": exc.reason.value, "message": str(exc)})
        raise
    # The import is in (or was a dry run): a Ctrl-C from here only cuts the upkeep short,
    # and the answer says what was imported.
    progress_line.wiped(progress)
    with interrupt.holding() as interrupted:
        for warning in result.preview.warnings:
            ctx.warn(warning)
        report = result.to_json()
        p = result.preview
        if result.status == "imported" and (p.new_persons or p.updated_persons):
            report["search_index_upkeep"] = index_cmds.upkeep_after_import(
                ctx.vault(), time.perf_counter() - started, interrupted
            )
        report["wal_trim"] = _trim_wal(ctx)
        ctx.emit(report, _human_import(result))
    return EXIT_OK


def _trim_wal(ctx: Context) -> dict[str, Any]:
    """The WAL file the import grew, cut back before the process ends (#17), whatever its
    size, and said in the JSON (``trimmed``: the WAL is empty now). One try that never waits
    (``vault.wal_trim``): while another process reads, the WAL is left as it is. Closing
    the vault tries the same once more. Housekeeping: whatever goes wrong here, the import
    stands and the command succeeds."""
    from migdesk.vault.wal_trim import trim_wal

    try:
        trim = trim_wal(ctx.vault(), max_seconds=0, trim_from=0)
    except Exception:  # noqa: BLE001 — never fail a completed import over housekeeping
        return {"trimmed": False, "bytes_before": None, "bytes_after": None}
    return {"trimmed": trim.trimmed, "bytes_before": trim.before, "bytes_after": trim.after}


def _human_import(result: ImportResult) -> str:
    p = result.preview
    lines = [
        result.message,
        _("От {sender}, № {sequence} (канал {channel}), {bundle_id}").format(
            sender=result.sender,
            sequence=result.sequence,
            channel=result.channel,
            bundle_id=result.bundle_id,
        ),
    ]
    if p.cover_text:
        lines.append(_("Сопроводительное письмо: {cover_text}").format(cover_text=p.cover_text))
    for title, items in (
        (_("Новые лица"), p.new_persons),
        (_("Обновлённые записи"), p.updated_persons),
        (_("Без изменений"), p.unchanged_persons),
    ):
        if items:
            lines.append(f"{title}: " + "; ".join(f"{c.name} ({c.id})" for c in items))
    matched = {m.id: m for m in p.matches}
    for change in p.new_persons:
        match = matched.get(change.id)
        if match is None:
            lines.append(_("{name} ({id}): новое лицо").format(name=change.name, id=change.id))
        else:
            line = (
                _("{name} ({id}): {match} — связано") if match.linked else "{name} ({id}): {match}"
            )
            lines.append(line.format(name=change.name, id=change.id, match=match.describe()))
    for conflict in p.conflicts:
        decision = {"local": _("оставлена своя"), "bundle": _("принята из пакета")}.get(
            conflict.resolution or "", _("НЕ РЕШЁН")
        )
        lines.append(
            _("Конфликт: {name} ({id}), поля {fields} — {decision}").format(
                name=conflict.name,
                id=conflict.id,
                fields=", ".join(conflict.fields),
                decision=decision,
            )
        )
    lines.extend(
        _("Запросы: {change}").format(change=describe_request_change(r)) for r in p.requests
    )
    lines.extend(
        _("Перечень подписантов (п.\u00a04 ст.\u00a09): {line}").format(line=line)
        for line in p.signatories
    )
    lines.extend(
        _("Тематическая информация (ст.\u00a04): {line}").format(line=line) for line in p.thematic
    )
    lines.extend(
        _("Статистические сведения (ст.\u00a03): {line}").format(line=line) for line in p.statistics
    )
    lines.extend(
        _("Связь с членом семьи: {line}").format(line=describe_family_change(f)) for f in p.family
    )
    if p.acknowledged:
        lines.append(
            _("Подтверждено получение наших пакетов: {count}").format(count=len(p.acknowledged))
        )
    return "\n".join(lines)
