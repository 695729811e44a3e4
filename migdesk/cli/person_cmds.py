"""``person add|show|update|history|search`` (and ``person family``, ``family_cmds``;
``person compact-index``, ``index_cmds``; ``person drafts``, ``draft_cmds``;
``person clean-media``, ``media_cmds``)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from migdesk.cli import draft_cmds, duplicate_cmds, family_cmds, index_cmds, media_cmds
from migdesk.cli.context import EXIT_OK, Context, UsageError
from migdesk.errors import MigDeskError
from migdesk.identity.partial_date import PartialDateError, parse_partial_date
from migdesk.messages import _
from migdesk.persons.media_metadata import NotAnImage, media_from_image
from migdesk.persons.search import RegistryRow, SearchFilters
from migdesk.persons.service import PersonService, SaveResult


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    person = commands.add_parser("person", parents=[common], help=_("записи о лицах (ст.\u00a06)"))
    sub = person.add_subparsers(dest="person_command", required=True, metavar=_("ДЕЙСТВИЕ"))

    source_help = _(
        "JSON записи о лице (person.v1); даты ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ; «-» — стандартный ввод"
    )
    add = sub.add_parser("add", parents=[common], help=_("добавить лицо из JSON"))
    add.add_argument("source", metavar="FILE|-", help=source_help)
    _media_options(add)
    add.add_argument(
        "--duplicate-reason",
        help=_("почему запись сохраняется, хотя найдены возможные дубликаты (в журнал аудита)"),
    )
    add.set_defaults(handler=run_add)

    show = sub.add_parser("show", parents=[common], help=_("показать запись"))
    show.add_argument("id")
    show.add_argument("--as-of", help=_("состояние записи на дату ГГГГ-ММ-ДД (конец дня, UTC)"))
    show.add_argument("--no-media", action="store_true", help=_("без данных фото и дактилокарты"))
    show.set_defaults(handler=run_show)

    update = sub.add_parser("update", parents=[common], help=_("изменить запись (поля из JSON)"))
    update.add_argument("id")
    update.add_argument("source", metavar="FILE|-", help=source_help)
    _media_options(update)
    update.set_defaults(handler=run_update)

    history = sub.add_parser("history", parents=[common], help=_("история изменений записи"))
    history.add_argument("id")
    history.set_defaults(handler=run_history)

    find = sub.add_parser("search", parents=[common], help=_("поиск по ФИО, номерам, дате"))
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--citizenship", help=_("код гражданства ISO alpha-3"))
    find.add_argument("--sex", choices=["M", "F"])
    find.set_defaults(handler=run_search)

    duplicate_cmds.register(sub, common)
    family_cmds.register(sub, common)
    index_cmds.register(sub, common)
    draft_cmds.register(sub, common)
    media_cmds.register(sub, common)


def _media_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--photo",
        action="append",
        default=[],
        metavar="FILE",
        help=_("фотография из файла JPEG или PNG (можно несколько раз; без метаданных камеры)"),
    )
    parser.add_argument(
        "--fingerprint-card",
        metavar="FILE",
        help=_("дактилоскопическая карта из файла JPEG или PNG"),
    )


def _report_save(ctx: Context, result: SaveResult, verb: str) -> None:
    for warning in result.warnings:
        ctx.warn(warning)
    for dup in result.duplicates:
        ctx.warn(duplicate_cmds.hint_text(dup))
    ctx.emit(
        {
            "id": result.id,
            "revision": result.revision,
            "warnings": result.warnings,
            # Best first: id, score (probability), reasons; name and reason as before.
            "duplicates": [duplicate_cmds.hint_json(d) for d in result.duplicates],
        },
        result.id
        if verb == "add"
        else _("Запись {id} сохранена (версия {revision})").format(
            id=result.id, revision=result.revision
        ),
    )


def _image_file(path: str) -> dict[str, Any]:
    try:
        return media_from_image(Path(path).read_bytes())
    except OSError as exc:
        raise MigDeskError(_("Не удалось прочитать файл «{source}».").format(source=path)) from exc
    except NotAnImage as exc:
        raise MigDeskError(
            _("Файл «{source}»: поддерживаются изображения JPEG и PNG.").format(source=path)
        ) from exc


def _media_files(ctx: Context) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The photos and card named on the command line, read and stripped (or refused)
    before anything is saved."""
    card = ctx.args.fingerprint_card
    return list(map(_image_file, ctx.args.photo)), _image_file(card) if card else None


def run_add(ctx: Context) -> int:
    raw = ctx.read_json(ctx.args.source)
    photos, card = _media_files(ctx)
    if isinstance(raw, dict):
        # Files named on the command line join what the JSON carries.
        if photos:
            raw["photos"] = [*(raw.get("photos") or []), *photos]
        if card:
            raw["fingerprint_card"] = card
    service = PersonService(ctx.vault())
    _report_save(ctx, service.add(raw, duplicate_reason=ctx.args.duplicate_reason), "add")
    return EXIT_OK


def run_update(ctx: Context) -> int:
    raw = ctx.read_json(ctx.args.source)
    service = PersonService(ctx.vault())
    photos, card = _media_files(ctx)
    if isinstance(raw, dict):
        if photos:
            # Update replaces a list as a whole: a file joins the photos the JSON carries,
            # or, when it carries none, the stored ones (which keep their bytes).
            if "photos" not in raw:
                raw["photos"] = service.get(ctx.args.id).get("photos") or []
            raw["photos"] = [*(raw["photos"] or []), *photos]
        if card:
            raw["fingerprint_card"] = card
    _report_save(ctx, service.update(ctx.args.id, raw), "update")
    return EXIT_OK


def _end_of_day(text: str) -> datetime:
    try:
        day = parse_partial_date(text)
    except PartialDateError as exc:
        raise UsageError(f"--as-of: {exc}") from exc
    if len(day) != 10:
        raise UsageError(_("--as-of: нужна полная дата ГГГГ-ММ-ДД."))
    return datetime.fromisoformat(day + "T23:59:59.999999").replace(tzinfo=None)


def run_show(ctx: Context) -> int:
    service = PersonService(ctx.vault())
    if ctx.args.as_of:
        record = service.as_of(ctx.args.id, _end_of_day(ctx.args.as_of))
        if record is None:
            ctx.emit(None, _("На эту дату записи ещё не было."))
            return EXIT_OK
    else:
        record = service.get(ctx.args.id, include_media=not ctx.args.no_media)
    human = _human_person(record)
    if not ctx.json:
        human += _human_provenance(ctx, record["id"])
    ctx.emit(record, human)
    return EXIT_OK


def _human_provenance(ctx: Context, person_id: str) -> str:
    """A received record's provider and handling limits (Art. 11.2, 11.3, 11.5), which the
    GUI shows in its banner: an officer reading the record here must see them too. Not in
    the JSON, which is the person format (``person update`` takes it back)."""
    from migdesk.exchange.provenance import person_provenance  # only for received records

    limits, refs = person_provenance(ctx.vault(), person_id)
    if limits is None:
        return ""
    source = [limits.provider_authority]
    if refs.bundle_number is not None:
        source.append(f"bundle {refs.bundle_number} ({refs.bundle_date or '?'})")
    if refs.request_number is not None:
        source.append(f"request {refs.request_number}")
    lines = [
        "received_from: " + ", ".join(source),
        f"purpose: {limits.purpose}",
        "no_onward_transfer: " + ("yes" if limits.no_onward_transfer else "no"),
    ]
    if limits.keep_until is not None:
        lines.append(f"keep_until: {limits.keep_until.isoformat()}")
    return "\n" + "\n".join(lines)


def _human_person(record: dict[str, Any]) -> str:
    names_ru = " ".join(
        filter(None, (record.get(f"{n}_ru") for n in ("surname", "given_name", "patronymic")))
    )
    names_lat = " ".join(
        filter(None, (record.get(f"{n}_lat") for n in ("surname", "given_name", "patronymic")))
    )
    lines = [f"{names_ru} / {names_lat}", f"id: {record['id']}"]
    for key in ("sex", "birth_date", "birth_place", "personal_number"):
        if record.get(key):
            lines.append(f"{key}: {record[key]}")
    if record.get("citizenship"):
        lines.append("citizenship: " + ", ".join(record["citizenship"]))
    for doc in record.get("documents", []):
        lines.append(
            "document: " + " ".join(filter(None, (doc["kind"], doc.get("series"), doc["number"])))
        )
    return "\n".join(lines)


def run_history(ctx: Context) -> int:
    entries = PersonService(ctx.vault()).history(ctx.args.id)
    data = [
        {
            "revision": e.revision,
            "action": e.action,
            "changed_at": e.changed_at.replace(tzinfo=UTC).isoformat(),
            "changed_by": e.changed_by,
            "changes": {k: {"old": old, "new": new} for k, (old, new) in e.changes.items()},
        }
        for e in entries
    ]
    human = "\n".join(
        f"{e.revision}. {e.changed_at:%Y-%m-%d %H:%M} {e.changed_by} {e.action}: "
        + ", ".join(e.changes)
        for e in entries
    )
    ctx.emit(data, human)
    return EXIT_OK


def _row_json(row: RegistryRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "surname_ru": row.surname_ru,
        "given_name_ru": row.given_name_ru,
        "patronymic_ru": row.patronymic_ru,
        "surname_lat": row.surname_lat,
        "given_name_lat": row.given_name_lat,
        "sex": row.sex,
        "birth_date": row.birth_date,
        "citizenship": [c for c in row.citizenship.split(", ") if c],
        "document": row.document or None,
        "provider": row.provider or None,
    }


def run_search(ctx: Context) -> int:
    if ctx.args.limit < 1:
        raise UsageError(_("--limit должен быть положительным числом."))
    rows = PersonService(ctx.vault()).search(
        ctx.args.query,
        limit=ctx.args.limit,
        filters=SearchFilters(citizenship=ctx.args.citizenship, sex=ctx.args.sex),
    )
    human = "\n".join(
        f"{r.id}  {r.surname_ru or r.surname_lat or ''} "
        f"{r.given_name_ru or r.given_name_lat or ''}  {r.birth_date or ''}  {r.citizenship}"
        for r in rows
    ) or _("Ничего не найдено.")
    ctx.emit([_row_json(r) for r in rows], human)
    return EXIT_OK
