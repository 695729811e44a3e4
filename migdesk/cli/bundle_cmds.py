"""``bundle inspect``: the courier's check of a bundle folder. No vault, no password, no key.

It must work on any workstation, including one where MigDesk has never been set up, so it
never calls ``ctx.vault()`` or ``ctx.password()``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from migdesk.bundles import BundleInfo, SignatureStatus, inspect
from migdesk.bundles.courier import STATUS_TEXT
from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context
from migdesk.pki.files import load_certificates, load_crl
from migdesk.pki.fingerprints import format_fingerprint
from migdesk.pki.trust import TrustStore

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


def _trust(ca: Path | None, crls: list[Path]) -> TrustStore | None:
    if ca is None:
        return None
    return TrustStore.from_certificates(load_certificates(ca), [load_crl(p) for p in crls])


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
    lines.append("Итог: пакет цел." if info.intact else "Итог: пакет НЕ цел.")
    return "\n".join(lines)
