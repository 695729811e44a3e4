"""``bundle inspect``: the courier's check of a bundle folder. No vault, no password, no key.
``bundle export`` and ``bundle import``: the officer's side, over the vault.
``bundle register``: the courier transmittal register (PDF) from the bundle log.

``inspect`` must work on any workstation, including one where MigDesk has never been set
up, so it never calls ``ctx.vault()`` or ``ctx.password()``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from migdesk.bundles import BundleInfo, BundleRejected, SignatureStatus, inspect
from migdesk.bundles.courier import STATUS_TEXT, VERDICT_TEXT
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
from migdesk.exchange.channels import list_bundles
from migdesk.exchange.keys import signing_token
from migdesk.exchange.preview import describe_request_change
from migdesk.exchange.register import register_lines, write_register
from migdesk.pki.errors import PkiError
from migdesk.pki.files import load_certificates, load_crl
from migdesk.pki.fingerprints import format_fingerprint
from migdesk.pki.trust import TrustStore, authorities_only
from migdesk.signing.credentials import read_secret

KIND_TEXT = {"data": "данные", "acknowledgement": "подтверждение получения"}


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    # Only --json from the common options: vault, user and password mean nothing here.
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="машиночитаемый вывод"
    )
    bundle = commands.add_parser("bundle", parents=[output], help="пакеты обмена (ст. 8, 9)")
    sub = bundle.add_subparsers(dest="bundle_command", required=True, metavar="ДЕЙСТВИЕ")
    check = sub.add_parser(
        "inspect",
        parents=[output],
        help="проверить пакет без хранилища и без ключей (для курьера)",
    )
    check.add_argument("path", type=Path, metavar="PATH", help="папка *.mdbundle")
    check.add_argument(
        "--ca", type=Path, metavar="FILE.pem", help="сертификаты УЦ органов-отправителей"
    )
    check.add_argument(
        "--crl", type=Path, action="append", default=[], metavar="FILE", help="список отзыва"
    )
    check.set_defaults(handler=run_inspect)
    register_exchange(sub, common)


def _trust(ca: Path | None, crls: list[Path]) -> TrustStore | None:
    """The CA certificates of the ``--ca`` file; the leaf certificates that ``authority
    export-cert`` writes beside the CA are skipped, so its file is taken as it is."""
    if ca is None:
        return None
    certs = authorities_only(load_certificates(ca))
    if not certs:
        raise PkiError(
            f"Файл --ca «{ca}» не содержит сертификата УЦ (только сертификаты ключей). "
            "Укажите файл, выгруженный отправителем командой authority export-cert, или "
            "сертификат его УЦ."
        )
    try:
        return TrustStore.from_certificates(certs, [load_crl(p) for p in crls])
    except PkiError as exc:
        raise PkiError(f"Файл --ca «{ca}» не подходит: {exc}") from exc


def run_inspect(ctx: Context) -> int:
    info = inspect(ctx.args.path, _trust(ctx.args.ca, ctx.args.crl))
    ctx.emit(info.to_json(), _human(info))
    if info.signature is SignatureStatus.UNVERIFIED and info.intact:
        ctx.warn("подписант не проверен: укажите --ca с сертификатом УЦ отправителя.")
    if not info.intact:
        reasons = "; ".join(problem.message for problem in info.problems)
        print(
            f"Пакет не прошёл проверку: {reasons or STATUS_TEXT[info.signature]}", file=sys.stderr
        )
        return EXIT_REFUSED
    return EXIT_OK


def _human(info: BundleInfo) -> str:
    label = info.label
    if label is None:
        return f"Пакет: {info.path}\nЯрлык не читается."
    size = label.total_size
    lines = [
        f"Пакет: {info.path}",
        f"Отправитель → получатель: {label.sender} → {label.addressee} "
        f"(канал {label.channel}, № {label.sequence})",
        f"Создан: {label.created}   Вид: {KIND_TEXT[label.kind.value]}",
        f"Размер: {size / 1_000_000:.1f} МБ ({size} байт)",
        f"Подпись: {STATUS_TEXT[info.signature]}"
        + (f" — {info.signer_name}" if info.signer_name else ""),
    ]
    if info.signer_fingerprint:
        lines.append(f"Отпечаток подписанта: {format_fingerprint(info.signer_fingerprint)}")
    lines.append(f"Контрольные суммы: {'в порядке' if info.hashes_ok else 'НЕ совпадают'}")
    if not info.name_matches:
        lines.append(f"Имя папки не соответствует ярлыку (ожидалось {label.dir_name}).")
    lines.append(VERDICT_TEXT[info.verdict])
    return "\n".join(lines)


# --- export and import over the vault ------------------------------------------------------------


def register_exchange(sub: Any, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export",
        parents=[common],
        help="выгрузить пакет органу-партнёру (записи о лицах, подтверждения получения)",
    )
    export.add_argument("--to", required=True, metavar="CODE", help="код органа-получателя")
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help="папка носителя")
    export.add_argument(
        "--all-pending",
        action="store_true",
        help="всё, что ждёт отправки этому органу (подтверждения получения и др.)",
    )
    export.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="ID",
        help="лицо — информация без запроса (ст. 8); можно несколько раз",
    )
    export.add_argument(
        "--request",
        action="append",
        default=[],
        metavar="ID",
        help="запрос (подписанный) и неотправленные письма по нему, с лицами; можно несколько раз",
    )
    export.add_argument(
        "--thematic",
        action="append",
        default=[],
        metavar="ID",
        help="тематические сведения (ст. 4) с названными в них лицами; можно несколько раз",
    )
    export.add_argument(
        "--statistics",
        type=int,
        metavar="ГГГГ",
        help="статистические сведения за год (ст. 3): запросы по месяцам, лица по категориям",
    )
    export.add_argument("--note", help="текст сопроводительного письма (ст. 8)")
    export.add_argument(
        "--pin-file",
        type=Path,
        help="файл с ПИН-кодом токена, если ключ подписи органа на токене (иначе запрос)",
    )
    export.set_defaults(handler=run_export)

    load = sub.add_parser("import", parents=[common], help="загрузить пакет в хранилище")
    load.add_argument("path", type=Path, metavar="PATH", help="папка *.mdbundle")
    load.add_argument(
        "--dry-run", action="store_true", help="только показать, что изменится; ничего не менять"
    )
    load.add_argument(
        "--resolve",
        action="append",
        default=[],
        metavar="ID=local|bundle",
        help="решение по конфликту записи: оставить свою или принять из пакета",
    )
    load.add_argument(
        "--link",
        action="append",
        default=[],
        metavar="ID",
        help="связать новое лицо из пакета с найденной своей записью (не объединяя)",
    )
    load.add_argument(
        "--link-probable",
        action="store_true",
        help="связать так каждое новое лицо, которое вероятно то же, что своя запись",
    )
    load.set_defaults(handler=run_import)

    log = sub.add_parser("log", parents=[common], help="журнал отправленных и полученных пакетов")
    log.add_argument("--peer", metavar="CODE", help="только пакеты с этим органом")
    log.set_defaults(handler=run_log)

    reg = sub.add_parser(
        "register",
        parents=[common],
        help="реестр передачи пакетов курьеру (PDF) по журналу отправленных пакетов",
    )
    reg.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="файл PDF")
    reg.add_argument(
        "--bundle",
        action="append",
        default=[],
        metavar="ID",
        help="отправленный пакет (bundle_id); можно несколько раз",
    )
    reg.add_argument(
        "--date",
        metavar="ГГГГ-ММ-ДД",
        help="все пакеты, записанные в этот день (по умолчанию сегодня)",
    )
    reg.add_argument("--peer", metavar="CODE", help="только пакеты этому органу")
    reg.add_argument("--number", metavar="TEXT", help="регистрационный номер реестра")
    reg.set_defaults(handler=run_register)


def run_log(ctx: Context) -> int:
    entries = list_bundles(ctx.vault(), ctx.args.peer)
    lines = [
        f"{'→' if e.direction == 'out' else '←'} {e.peer} № {e.sequence} ({e.channel}) "
        f"{KIND_TEXT[e.kind]} {e.bundle_id}"
        + (" — получение подтверждено" if e.direction == "out" and e.acknowledged else "")
        for e in entries
    ]
    ctx.emit([asdict(e) for e in entries], "\n".join(lines) or "Пакетов ещё не было.")
    return EXIT_OK


def run_register(ctx: Context) -> int:
    args = ctx.args
    if args.bundle and (args.date or args.peer):
        raise UsageError("--bundle не сочетается с --date и --peer.")
    day: date | None = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            raise UsageError(f"--date {args.date}: ожидается ГГГГ-ММ-ДД.") from None
    vault = ctx.vault()
    lines = register_lines(vault, args.bundle, day=day, peer=args.peer)
    result = write_register(vault, args.out, lines, number=args.number)
    ctx.emit(
        result.to_json(),
        f"{result.path}\t№ {result.number or '—'}\tпакетов: {result.bundles}\t{result.sha256}",
    )
    return EXIT_OK


def run_export(ctx: Context) -> int:
    vault = ctx.vault()
    token = signing_token(vault)
    pin = (
        None
        if token is None
        else read_secret(ctx.args.pin_file, f"ПИН-код токена «{token.token_label}»: ", pin=True)
    )
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
    )
    if not result.ok:
        print(result.message, file=sys.stderr)
        return EXIT_REFUSED
    counts = ", ".join(f"{COUNT_TEXT.get(k, k)}: {v}" for k, v in sorted(result.counts.items()))
    ctx.emit(
        result.to_json(),
        f"{result.message}\n{result.path}\n№ {result.sequence}; {counts}\n"
        f"SHA-256 ярлыка: {result.sha256}",
    )
    return EXIT_OK


COUNT_TEXT = {
    "person": "лиц",
    "acknowledgement": "подтверждений",
    "cover": "сопроводительных писем",
    "request": "запросов и сообщений",
    "request_step": "писем по запросам",
    "signatory_change": "изменений перечня подписантов",
    "thematic": "тематических сведений",
    "statistics": "статистических сведений",
}


def _resolutions(values: list[str]) -> dict[str, Resolution]:
    chosen: dict[str, Resolution] = {}
    for value in values:
        person_id, _, decision = value.partition("=")
        try:
            chosen[person_id.strip().lower()] = Resolution(decision.strip())
        except ValueError:
            raise UsageError(f"--resolve {value}: ожидается ID=local или ID=bundle.") from None
    return chosen


def run_import(ctx: Context) -> int:
    links = {value.strip().lower() for value in ctx.args.link}
    try:
        if ctx.args.link_probable and not ctx.args.dry_run:
            # One decryption: the preview names the probable matches, then the same staged
            # bundle is applied with them linked.
            staged = stage_import(ctx.vault(), ctx.args.path)
            links |= {m.id for m in staged.result.preview.matches if m.level == "probable"}
            result = apply_staged(ctx.vault(), staged, _resolutions(ctx.args.resolve), links)
        else:
            result = import_bundle(
                ctx.vault(),
                ctx.args.path,
                dry_run=ctx.args.dry_run,
                resolutions=_resolutions(ctx.args.resolve),
                links=links,
            )
    except (BundleRejected, ExchangeRefused) as exc:
        # The named reason is the contract for scripts; the message still goes to stderr.
        if ctx.json:
            ctx.emit({"status": "refused", "reason": exc.reason.value, "message": str(exc)})
        raise
    for warning in result.preview.warnings:
        ctx.warn(warning)
    ctx.emit(result.to_json(), _human_import(result))
    return EXIT_OK


def _human_import(result: ImportResult) -> str:
    p = result.preview
    lines = [
        result.message,
        f"От {result.sender}, № {result.sequence} (канал {result.channel}), {result.bundle_id}",
    ]
    if p.cover_text:
        lines.append(f"Сопроводительное письмо: {p.cover_text}")
    for title, items in (
        ("Новые лица", p.new_persons),
        ("Обновлённые записи", p.updated_persons),
        ("Без изменений", p.unchanged_persons),
    ):
        if items:
            lines.append(f"{title}: " + "; ".join(f"{c.name} ({c.id})" for c in items))
    matched = {m.id: m for m in p.matches}
    for change in p.new_persons:
        match = matched.get(change.id)
        if match is None:
            lines.append(f"{change.name} ({change.id}): новое лицо")
        else:
            linked = " — связано" if match.linked else ""
            lines.append(f"{change.name} ({change.id}): {match.describe()}{linked}")
    for conflict in p.conflicts:
        decision = {"local": "оставлена своя", "bundle": "принята из пакета"}.get(
            conflict.resolution or "", "НЕ РЕШЁН"
        )
        lines.append(
            f"Конфликт: {conflict.name} ({conflict.id}), поля {', '.join(conflict.fields)} — "
            f"{decision}"
        )
    lines.extend(f"Запросы: {describe_request_change(r)}" for r in p.requests)
    lines.extend(f"Перечень подписантов (п. 4 ст. 9): {line}" for line in p.signatories)
    lines.extend(f"Тематическая информация (ст. 4): {line}" for line in p.thematic)
    lines.extend(f"Статистические сведения (ст. 3): {line}" for line in p.statistics)
    if p.acknowledged:
        lines.append(f"Подтверждено получение наших пакетов: {len(p.acknowledged)}")
    return "\n".join(lines)
