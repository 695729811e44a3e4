"""``keys init|show`` (own authority keys) and, for the ``authority`` group owned by
``request_cmds``, ``authority export-cert`` and ``authority trust`` via
``register_authority_trust``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from migdesk.atomic import write_atomic
from migdesk.cli.context import EXIT_OK, Context
from migdesk.errors import MigDeskError
from migdesk.exchange import create_own_keys, own_certificates_pem, trust_partner
from migdesk.exchange.keys import OwnCertificate, list_own_certificates
from migdesk.pki.files import load_certificates
from migdesk.pki.fingerprints import format_fingerprint

ROLE_TEXT = {"ca": "УЦ органа", "signing": "подпись", "encryption": "шифрование"}


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    keys = commands.add_parser("keys", parents=[common], help="ключи и сертификаты своего органа")
    sub = keys.add_subparsers(dest="keys_command", required=True, metavar="ДЕЙСТВИЕ")
    init = sub.add_parser(
        "init",
        parents=[common],
        help="создать УЦ органа, сертификаты подписи и шифрования (администратор)",
    )
    init.set_defaults(handler=run_keys_init)
    show = sub.add_parser("show", parents=[common], help="действующие сертификаты и отпечатки")
    show.set_defaults(handler=run_keys_show)


def register_authority_trust(authority_subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Adds ``export-cert`` and ``trust`` to the ``authority`` command group."""
    export = authority_subparsers.add_parser(
        "export-cert",
        parents=[common],
        help="записать свои сертификаты (УЦ, шифрование, подпись) в PEM для партнёра",
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pem")
    export.set_defaults(handler=run_export_cert)
    trust = authority_subparsers.add_parser(
        "trust",
        parents=[common],
        help="принять сертификаты органа-партнёра после сверки отпечатка УЦ по письму",
    )
    trust.add_argument("code", metavar="CODE", help="код органа, например AM-MIGRATION")
    trust.add_argument("file", type=Path, metavar="FILE.pem")
    trust.add_argument(
        "--fingerprint", required=True, metavar="SHA256", help="отпечаток УЦ из письма"
    )
    trust.set_defaults(handler=run_trust)


def _json(cert: OwnCertificate) -> dict[str, Any]:
    return {
        "role": cert.role,
        "sha256": cert.sha256,
        "subject": cert.subject,
        "not_after": cert.not_after.isoformat(),
    }


def _human(certs: list[OwnCertificate]) -> str:
    return "\n".join(
        f"{ROLE_TEXT[c.role]}: {c.subject}, до {c.not_after:%Y-%m-%d}\n"
        f"  SHA-256 {format_fingerprint(c.sha256)}"
        for c in certs
    )


def run_keys_init(ctx: Context) -> int:
    certs = create_own_keys(ctx.vault())
    ca = next(c for c in certs if c.role == "ca")
    ctx.emit(
        {"certificates": [_json(c) for c in certs], "ca_sha256": ca.sha256},
        _human(certs) + "\nОтпечаток УЦ сообщается партнёру в подписанном письме.",
    )
    return EXIT_OK


def run_keys_show(ctx: Context) -> int:
    certs = list_own_certificates(ctx.vault())
    ctx.emit([_json(c) for c in certs], _human(certs) or "Ключи органа не созданы.")
    return EXIT_OK


def run_export_cert(ctx: Context) -> int:
    pem, ca_sha256 = own_certificates_pem(ctx.vault())
    try:
        write_atomic(ctx.args.out, pem)
    except OSError as exc:
        raise MigDeskError(f"Не удалось записать «{ctx.args.out}»: {exc.strerror}.") from exc
    ctx.emit(
        {"path": str(ctx.args.out), "ca_sha256": ca_sha256},
        f"Сертификаты записаны: {ctx.args.out}\n"
        f"Отпечаток SHA-256 УЦ для письма: {format_fingerprint(ca_sha256)}",
    )
    return EXIT_OK


def run_trust(ctx: Context) -> int:
    result = trust_partner(
        ctx.vault(), ctx.args.code, load_certificates(ctx.args.file), ctx.args.fingerprint
    )
    added = [{"role": role, "sha256": sha} for role, sha in result.added]
    lines = [f"{ROLE_TEXT[role]}: {format_fingerprint(sha)}" for role, sha in result.added]
    ctx.emit(
        {"authority": result.authority, "ca_sha256": result.ca_sha256, "added": added},
        f"Орган {result.authority}: принято сертификатов — {len(added)}."
        + ("\n" + "\n".join(lines) if lines else " Все они были приняты ранее."),
    )
    return EXIT_OK
