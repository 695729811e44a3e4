"""The signatory's key on the command line, the same for ``doc render`` and ``request step
ID sign``: a PKCS#12 file (password from a file or asked on the terminal, never an
argument) or a PKCS#11 token (PIN likewise)."""

from __future__ import annotations

import argparse
from pathlib import Path

from migdesk.cli.context import UsageError
from migdesk.messages import _
from migdesk.signing.credentials import Credentials, load_p12, read_secret
from migdesk.signing.token import load_pkcs11


def add_key_options(parser: argparse.ArgumentParser, what: str | None = None) -> None:
    what = what or _("подписать")
    key_source = parser.add_mutually_exclusive_group()
    key_source.add_argument(
        "--sign-p12", type=Path, help=_("{what} ключом из файла PKCS#12").format(what=what)
    )
    key_source.add_argument(
        "--sign-pkcs11",
        type=Path,
        metavar="LIBRARY.so",
        help=_("{what} ключом на токене PKCS#11 (путь к модулю токена)").format(what=what),
    )
    parser.add_argument(
        "--p12-password-file", type=Path, help=_("файл с паролем PKCS#12 (иначе запрос)")
    )
    parser.add_argument("--token-label", help=_("метка токена PKCS#11 (с --sign-pkcs11)"))
    parser.add_argument(
        "--key-label", help=_("метка ключа на токене (если на нём несколько ключей подписи)")
    )
    parser.add_argument("--pin-file", type=Path, help=_("файл с ПИН-кодом токена (иначе запрос)"))


def has_key_options(args: argparse.Namespace) -> bool:
    return any(
        getattr(args, name) is not None
        for name in (
            "sign_p12",
            "sign_pkcs11",
            "p12_password_file",
            "token_label",
            "key_label",
            "pin_file",
        )
    )


def credentials_from(args: argparse.Namespace) -> Credentials | None:
    """The key the options name, opened; ``None`` when none is named."""
    if args.sign_p12 is None and args.p12_password_file is not None:
        raise UsageError(_("--p12-password-file без --sign-p12."))
    if args.sign_pkcs11 is None:
        for option, value in (
            ("--token-label", args.token_label),
            ("--key-label", args.key_label),
            ("--pin-file", args.pin_file),
        ):
            if value is not None:
                raise UsageError(_("{option} без --sign-pkcs11.").format(option=option))
    if args.sign_p12 is not None:
        password = read_secret(args.p12_password_file, _("Пароль PKCS#12: "))
        return load_p12(args.sign_p12, password)
    if args.sign_pkcs11 is not None:
        if not args.token_label:
            raise UsageError(_("--sign-pkcs11: укажите --token-label (метку токена)."))
        pin = read_secret(args.pin_file, _("ПИН-код токена: "), pin=True)
        return load_pkcs11(args.sign_pkcs11, args.token_label, pin, args.key_label)
    return None
