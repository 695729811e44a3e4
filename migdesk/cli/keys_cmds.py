"""``keys init|show|import-p12|use-pkcs11`` (own authority keys) and, for the ``authority``
group owned by ``request_cmds``, ``authority export-cert`` and ``authority trust`` via
``register_authority_trust``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from migdesk.atomic import write_atomic
from migdesk.cli.context import EXIT_OK, Context, UsageError
from migdesk.errors import MigDeskError
from migdesk.exchange import create_own_keys, import_crl, own_certificates_pem, trust_partner
from migdesk.exchange.keys import (
    OwnCertificate,
    import_key_pairs,
    list_own_certificates,
    use_token_signing,
)
from migdesk.exchange.pkcs12_import import load_own_pkcs12
from migdesk.messages import N_, _, lazy_table
from migdesk.pki.files import load_certificates, load_crl
from migdesk.pki.fingerprints import format_fingerprint
from migdesk.pki.keys import KeyPair
from migdesk.security.roles import Permission, require
from migdesk.signing.credentials import read_secret

ROLE_TEXT = lazy_table(
    {"ca": N_("УЦ органа"), "signing": N_("подпись"), "encryption": N_("шифрование")}
)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    keys = commands.add_parser(
        "keys", parents=[common], help=_("ключи и сертификаты своего органа")
    )
    sub = keys.add_subparsers(dest="keys_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    init = sub.add_parser(
        "init",
        parents=[common],
        help=_("создать УЦ органа, сертификаты подписи и шифрования (администратор)"),
    )
    init.set_defaults(handler=run_keys_init)
    show = sub.add_parser("show", parents=[common], help=_("действующие сертификаты и отпечатки"))
    show.set_defaults(handler=run_keys_show)
    imp = sub.add_parser(
        "import-p12",
        parents=[common],
        help=_(
            "принять ключи подписи и (или) шифрования из PKCS#12 национального УЦ (администратор)"
        ),
        description=_(
            "Подпись: RSA не короче 3072 бит или ECDSA P-256, keyUsage "
            "digitalSignature; шифрование: RSA, keyEncipherment. Файл должен "
            "содержать цепочку до корневого УЦ. Пароль — из файла (первая "
            "строка) или с терминала."
        ),
    )
    imp.add_argument("--signing", type=Path, metavar="FILE.p12", help=_("ключ подписи"))
    imp.add_argument("--encryption", type=Path, metavar="FILE.p12", help=_("ключ шифрования"))
    # --password-file is the vault password (common option); the PKCS#12 one is separate,
    # as in ``doc render --p12-password-file``.
    imp.add_argument("--p12-password-file", type=Path, help=_("пароль PKCS#12 к обоим файлам"))
    imp.add_argument("--signing-password-file", type=Path, help=_("пароль к файлу подписи"))
    imp.add_argument("--encryption-password-file", type=Path, help=_("пароль к файлу шифрования"))
    imp.set_defaults(handler=run_keys_import_p12)
    tok = sub.add_parser(
        "use-pkcs11",
        parents=[common],
        help=_("подписывать пакеты ключом на токене PKCS#11 национального УЦ (администратор)"),
        description=_(
            "Ключ подписи остаётся на токене; в хранилище — его сертификат и "
            "где его искать. Подпись: RSA не короче 3072 бит или ECDSA "
            "P-256, keyUsage digitalSignature; на токене (или в хранилище) "
            "должна быть цепочка до корневого УЦ. Ключ шифрования остаётся "
            "прежним (PKCS#12). ПИН-код — из файла (первая строка) или с "
            "терминала."
        ),
    )
    tok.add_argument(
        "--library", required=True, type=Path, metavar="LIB.so", help=_("модуль PKCS#11")
    )
    tok.add_argument("--token-label", required=True, help=_("метка токена"))
    tok.add_argument("--key-label", help=_("метка ключа, если на токене их несколько"))
    tok.add_argument("--pin-file", type=Path, help=_("файл с ПИН-кодом токена (иначе запрос)"))
    tok.set_defaults(handler=run_keys_use_pkcs11)


def register_authority_trust(authority_subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Adds ``export-cert`` and ``trust`` to the ``authority`` command group."""
    export = authority_subparsers.add_parser(
        "export-cert",
        parents=[common],
        help=_("записать свои сертификаты (УЦ, шифрование, подпись) в PEM для партнёра"),
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pem")
    export.set_defaults(handler=run_export_cert)
    trust = authority_subparsers.add_parser(
        "trust",
        parents=[common],
        help=_("принять сертификаты органа-партнёра после сверки отпечатка УЦ по письму"),
    )
    trust.add_argument("code", metavar="CODE", help=_("код органа, например AM-MIGRATION"))
    trust.add_argument("file", type=Path, metavar="FILE.pem")
    trust.add_argument(
        "--fingerprint", required=True, metavar="SHA256", help=_("отпечаток УЦ из письма")
    )
    trust.set_defaults(handler=run_trust)
    crl = authority_subparsers.add_parser(
        "crl",
        parents=[common],
        help=_("загрузить список отзыва (CRL) доверенного органа-партнёра, например с носителя"),
    )
    crl.add_argument("file", type=Path, metavar="FILE.crl", help=_("CRL в PEM или DER"))
    crl.set_defaults(handler=run_crl)


def _json(cert: OwnCertificate) -> dict[str, Any]:
    return {
        "role": cert.role,
        "sha256": cert.sha256,
        "subject": cert.subject,
        "not_after": cert.not_after.isoformat(),
        "source": cert.source,
        "token_label": cert.token_label,
    }


def _human(certs: list[OwnCertificate]) -> str:
    lines = []
    for c in certs:
        where = (
            _(", ключ на токене «{token_label}»").format(token_label=c.token_label)
            if c.token_label
            else ""
        )
        lines.append(
            _("{role}: {subject}, до {not_after:%Y-%m-%d}{where}\n  SHA-256 {fingerprint}").format(
                role=ROLE_TEXT[c.role],
                subject=c.subject,
                not_after=c.not_after,
                where=where,
                fingerprint=format_fingerprint(c.sha256),
            )
        )
    return "\n".join(lines)


def run_keys_init(ctx: Context) -> int:
    certs = create_own_keys(ctx.vault())
    ca = next(c for c in certs if c.role == "ca")
    ctx.emit(
        {"certificates": [_json(c) for c in certs], "ca_sha256": ca.sha256},
        _human(certs) + _("\nОтпечаток УЦ сообщается партнёру в подписанном письме."),
    )
    return EXIT_OK


def run_keys_show(ctx: Context) -> int:
    certs = list_own_certificates(ctx.vault())
    ctx.emit([_json(c) for c in certs], _human(certs) or _("Ключи органа не созданы."))
    return EXIT_OK


def run_keys_import_p12(ctx: Context) -> int:
    args = ctx.args
    files = {"signing": args.signing, "encryption": args.encryption}
    if not any(files.values()):
        raise UsageError(_("Укажите --signing FILE.p12 и (или) --encryption FILE.p12."))
    vault = ctx.vault()
    # Refused before any password is asked for when the user may not manage keys.
    require(vault.current_roles(), Permission.MANAGE_KEYS)
    pairs: dict[str, KeyPair] = {}
    for role, path in files.items():
        if path is None:
            continue
        secret_file = getattr(args, f"{role}_password_file") or args.p12_password_file
        noun = _("подписи") if role == "signing" else _("шифрования")
        password = read_secret(secret_file, _("Пароль PKCS#12 ключа {noun}: ").format(noun=noun))
        pairs[role] = load_own_pkcs12(path, password, role)
    # Both files are read and checked first: one bad file leaves the keys as they were.
    imported = import_key_pairs(vault, pairs)
    certs = list_own_certificates(vault)
    ctx.emit(
        {"imported": [_json(c) for c in imported], "certificates": [_json(c) for c in certs]},
        _("Ключи приняты: {roles}.").format(roles=", ".join(ROLE_TEXT[r] for r in pairs))
        + "\n"
        + _human(certs)
        + _("\nПартнёру: authority export-cert и отпечаток УЦ в подписанном письме."),
    )
    return EXIT_OK


def run_keys_use_pkcs11(ctx: Context) -> int:
    args = ctx.args
    vault = ctx.vault()
    require(vault.current_roles(), Permission.MANAGE_KEYS)  # before the PIN is asked for
    pin = read_secret(
        args.pin_file,
        _("ПИН-код токена «{token_label}»: ").format(token_label=args.token_label),
        pin=True,
    )
    cert = use_token_signing(vault, args.library, args.token_label, pin, args.key_label)
    certs = list_own_certificates(vault)
    ctx.emit(
        {
            "imported": [_json(cert)],
            "certificates": [_json(c) for c in certs],
            "token_label": args.token_label,
        },
        _("Пакеты подписываются ключом на токене «{token_label}».\n").format(
            token_label=args.token_label
        )
        + _human(certs)
        + _("\nПартнёру: authority export-cert и отпечаток УЦ в подписанном письме."),
    )
    return EXIT_OK


def run_export_cert(ctx: Context) -> int:
    pem, ca_sha256 = own_certificates_pem(ctx.vault())
    try:
        write_atomic(ctx.args.out, pem)
    except OSError as exc:
        raise MigDeskError(
            _("Не удалось записать «{out}»: {strerror}.").format(
                out=ctx.args.out, strerror=exc.strerror
            )
        ) from exc
    ctx.emit(
        {"path": str(ctx.args.out), "ca_sha256": ca_sha256},
        _("Сертификаты записаны: {out}\nОтпечаток SHA-256 УЦ для письма: {fingerprint}").format(
            out=ctx.args.out, fingerprint=format_fingerprint(ca_sha256)
        ),
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
        _("Орган {authority}: принято сертификатов — {count}.").format(
            authority=result.authority, count=len(added)
        )
        + ("\n" + "\n".join(lines) if lines else _(" Все они были приняты ранее.")),
    )
    return EXIT_OK


def run_crl(ctx: Context) -> int:
    crl = load_crl(ctx.args.file)
    added = import_crl(ctx.vault(), crl)
    revoked = len(list(crl))
    ctx.emit(
        {"added": added, "revoked": revoked, "last_update": crl.last_update_utc.isoformat()},
        (
            _("Список отзыва загружен: отозвано сертификатов — {revoked}.").format(revoked=revoked)
            if added
            else _("Этот список отзыва уже был загружен; ничего не изменено.")
        ),
    )
    return EXIT_OK
