"""``bundle inspect``: the courier's check of a bundle folder. No vault, no password, no key.
The officer's side over the vault is ``bundle_exchange_cmds`` (export, log, gaps, register) and
``bundle_import_cmds`` (import).

``inspect`` must work on any workstation, including one where MigDesk has never been set
up, so it never calls ``ctx.vault()`` or ``ctx.password()``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from migdesk.bundles import BundleInfo, SignatureStatus, inspect
from migdesk.bundles.courier import KIND_TEXT, STATUS_TEXT, VERDICT_TEXT
from migdesk.bundles.media import megabytes
from migdesk.cli.bundle_exchange_cmds import register_exchange
from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context
from migdesk.messages import _, ngettext
from migdesk.pki.errors import PkiError
from migdesk.pki.files import load_certificates, load_crl
from migdesk.pki.fingerprints import format_fingerprint
from migdesk.pki.trust import TrustStore, authorities_only


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    # Only --json from the common options: vault, user and password mean nothing here.
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=_("машиночитаемый вывод")
    )
    bundle = commands.add_parser(
        "bundle", parents=[output], help=_("пакеты обмена (ст.\u00a08, 9)")
    )
    sub = bundle.add_subparsers(dest="bundle_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    check = sub.add_parser(
        "inspect",
        parents=[output],
        help=_("проверить пакет без хранилища и без ключей (для курьера)"),
    )
    check.add_argument("path", type=Path, metavar="PATH", help=_("папка *.mdbundle"))
    check.add_argument(
        "--ca", type=Path, metavar="FILE.pem", help=_("сертификаты УЦ органов-отправителей")
    )
    check.add_argument(
        "--crl", type=Path, action="append", default=[], metavar="FILE", help=_("список отзыва")
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
            _(
                "Файл --ca «{ca}» не содержит сертификата УЦ (только сертификаты "
                "ключей). Укажите файл, выгруженный отправителем командой "
                "authority export-cert, или сертификат его УЦ."
            ).format(ca=ca)
        )
    try:
        return TrustStore.from_certificates(certs, [load_crl(p) for p in crls])
    except PkiError as exc:
        raise PkiError(_("Файл --ca «{ca}» не подходит: {exc}").format(ca=ca, exc=exc)) from exc


def run_inspect(ctx: Context) -> int:
    info = inspect(ctx.args.path, _trust(ctx.args.ca, ctx.args.crl))
    ctx.emit(info.to_json(), _human(info))
    if info.signature is SignatureStatus.UNVERIFIED and info.intact:
        ctx.warn(_("подписант не проверен: укажите --ca с сертификатом УЦ отправителя."))
    if not info.intact:
        reasons = "; ".join(problem.message for problem in info.problems)
        print(
            _("Пакет не прошёл проверку: {reasons}").format(
                reasons=reasons or STATUS_TEXT[info.signature]
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    return EXIT_OK


def _human(info: BundleInfo) -> str:
    label = info.label
    if label is None:
        return _("Пакет: {path}\nЯрлык не читается.").format(path=info.path)
    size = label.total_size
    lines: list[str] = [
        _("Пакет: {path}").format(path=info.path),
        _(
            "Отправитель → получатель: {sender} → {addressee} (канал {channel}, № {sequence})"
        ).format(
            sender=label.sender,
            addressee=label.addressee,
            channel=label.channel,
            sequence=label.sequence,
        ),
        _("Создан: {created}   Вид: {kind}").format(
            created=label.created, kind=KIND_TEXT[label.kind.value]
        ),
        # MiB with a decimal comma, as the courier's window and the export's messages say
        # it: one bundle, one size, whichever face the courier uses.
        ngettext(
            "Размер: {megabytes} МБ ({size} байт)",
            "Размер: {megabytes} МБ ({size} байт)",
            size,
            few="Размер: {megabytes} МБ ({size} байта)",
        ).format(megabytes=megabytes(size), size=size),
        # The register's checksum, so the courier can match the paper to the stick.
        _("SHA-256 ярлыка (как в реестре передачи): {sha256}").format(sha256=info.label_sha256),
        _("Подпись: {status}").format(status=STATUS_TEXT[info.signature])
        + (f" — {info.signer_name}" if info.signer_name else ""),
    ]
    if info.signer_fingerprint:
        lines.append(
            _("Отпечаток подписанта: {fingerprint}").format(
                fingerprint=format_fingerprint(info.signer_fingerprint)
            )
        )
    lines.append(
        _("Контрольные суммы: {verdict}").format(
            verdict=_("в порядке") if info.hashes_ok else _("НЕ совпадают")
        )
    )
    if not info.name_matches:
        lines.append(
            _("Имя папки не соответствует ярлыку (ожидалось {dir_name}).").format(
                dir_name=label.dir_name
            )
        )
    lines.append(VERDICT_TEXT[info.verdict])
    return "\n".join(lines)
