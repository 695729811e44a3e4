"""``bundle import``: a partner's bundle loaded into the vault (or previewed with
``--dry-run``), with the officer's decisions on conflicts and links, then the search index
upkeep and the WAL trim the import calls for. The JSON is a contract: the import's result,
``search_index_upkeep`` and ``wal_trim``; a refusal names its ``reason``."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from migdesk.bundles import BundleRejected
from migdesk.cli import index_cmds, interrupt, progress_line
from migdesk.cli.context import EXIT_OK, Context, UsageError
from migdesk.exchange import (
    ExchangeRefused,
    ImportResult,
    Resolution,
    apply_staged,
    import_bundle,
    stage_import,
)
from migdesk.exchange.preview import describe_family_change, describe_request_change
from migdesk.messages import _
from migdesk.progress import ReportProgress


def register_import(sub: Any, common: argparse.ArgumentParser) -> None:
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
