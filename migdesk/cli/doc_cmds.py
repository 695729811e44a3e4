"""``doc render|verify|kinds``: Russian documents (Art. 15) as PDF, PAdES signing with the
signatory's PKCS#12 key (Art. 9.3) and verification of signed PDFs. The JSON names here
are a contract: render gives ``path``, ``sha256`` (of the file), ``number``,
``content_sha256`` (what the QR code carries), ``pages``, ``signed``; verify gives one
object per signature."""

from __future__ import annotations

import argparse
import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from migdesk.atomic import write_atomic
from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context, UsageError
from migdesk.errors import InvalidInput
from migdesk.pki.files import load_certificates
from migdesk.reports.documents.consent_letter import ConsentTerms
from migdesk.reports.documents.kinds import KINDS
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.documents.transmittal import BundleLine
from migdesk.reports.gost_layout import render
from migdesk.signing.credentials import Credentials, load_p12, read_secret
from migdesk.signing.service import SigningService, VerifiedSignature

KIND_HELP = "; ".join(f"{name} — {label}" for name, label in KINDS.items())


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    doc = commands.add_parser("doc", parents=[common], help="документы на русском языке (ст. 15)")
    sub = doc.add_subparsers(dest="doc_command", required=True, metavar="ДЕЙСТВИЕ")

    rend = sub.add_parser(
        "render",
        parents=[common],
        help="документ в PDF (ГОСТ Р 7.0.97-2025), при необходимости с подписью",
        description="Виды документов: " + KIND_HELP,
    )
    rend.add_argument(
        "id",
        nargs="?",
        metavar="REQUEST_OR_ITEM_ID",
        help="запрос (ID или ID#ШАГ для письма шага) или лицо; для transmittal — номер реестра",
    )
    rend.add_argument("--kind", required=True, choices=list(KINDS), metavar="KIND")
    rend.add_argument("--out", required=True, type=Path, help="файл PDF")
    rend.add_argument("--signatory", type=int, help="подписант из перечня (п. 3 ст. 9)")
    rend.add_argument(
        "--data",
        help="JSON: consent — {information, recipient, purpose}; transmittal — "
        "[{sender, addressee, sequence, sha256, bundle_id}]",
    )
    rend.add_argument("--date", help="дата сведений о лице или реестра ГГГГ-ММ-ДД")
    rend.add_argument("--sign-p12", type=Path, help="подписать ключом из файла PKCS#12")
    rend.add_argument(
        "--p12-password-file", type=Path, help="файл с паролем PKCS#12 (иначе запрос)"
    )
    rend.set_defaults(handler=run_render)

    ver = sub.add_parser("verify", parents=[common], help="проверить подписи PDF")
    ver.add_argument("file", type=Path, metavar="FILE.pdf")
    ver.add_argument(
        "--trusted",
        type=Path,
        action="append",
        required=True,
        help="сертификаты доверенных УЦ (PEM или DER; можно несколько раз)",
    )
    ver.set_defaults(handler=run_verify)

    kinds = sub.add_parser("kinds", parents=[common], help="виды документов")
    kinds.set_defaults(handler=run_kinds)


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError("--date: нужна дата ГГГГ-ММ-ДД.") from None


def _consent(raw: Any) -> ConsentTerms:
    if not isinstance(raw, dict) or not raw.get("information") or not raw.get("purpose"):
        raise InvalidInput('--data для согласия: {"information", "recipient", "purpose"}.')
    return ConsentTerms(str(raw["information"]), raw.get("recipient"), str(raw["purpose"]))


def _bundles(raw: Any) -> list[BundleLine]:
    if not isinstance(raw, list) or not raw:
        raise InvalidInput("--data для реестра: непустой список пакетов.")
    lines = []
    for index, item in enumerate(raw):
        try:
            digest = str(item["sha256"]).lower()
            if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
                raise ValueError
            lines.append(
                BundleLine(
                    str(item["sender"]),
                    str(item["addressee"]),
                    int(item["sequence"]),
                    digest,
                    item.get("bundle_id"),
                )
            )
        except (KeyError, TypeError, ValueError):
            raise InvalidInput(
                f"Пакет № {index + 1}: нужны sender, addressee, sequence (число), "
                "sha256 (64 шестнадцатеричных знака)."
            ) from None
    return lines


def _credentials(ctx: Context) -> Credentials | None:
    path: Path | None = ctx.args.sign_p12
    if path is None:
        if ctx.args.p12_password_file is not None:
            raise UsageError("--p12-password-file без --sign-p12.")
        return None
    password = read_secret(ctx.args.p12_password_file, "Пароль PKCS#12: ")
    return load_p12(path, password)


def run_render(ctx: Context) -> int:
    credentials = _credentials(ctx)
    options = BuildOptions(
        signer=SignerChoice(
            ctx.args.signatory, credentials.certificate if credentials else None, None
        ),
        day=_day(ctx.args.date),
    )
    if ctx.args.data:
        raw = ctx.read_json(ctx.args.data)
        if ctx.args.kind == "consent":
            options.consent = _consent(raw)
        elif ctx.args.kind == "transmittal":
            options.bundles = _bundles(raw)
    if ctx.args.kind == "transmittal":
        options.number = ctx.args.id
    vault = ctx.vault()
    service = DocumentService(vault)
    document = service.build(ctx.args.kind, ctx.args.id, options)
    rendered = render(document, stamp=credentials is not None)
    pdf = rendered.pdf
    if credentials is not None:
        pdf = SigningService(vault).sign(document, rendered, credentials)
    else:
        service.record(document, rendered, "document.print")
    out: Path = ctx.args.out
    write_atomic(out, pdf)
    result = {
        "path": str(out),
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "number": rendered.number,
        "content_sha256": rendered.content_sha256,
        "pages": rendered.pages,
        "signed": credentials is not None,
        "kind": document.kind,
    }
    ctx.emit(result, f"{out}\t№ {rendered.number or '—'}\t{result['sha256']}")
    return EXIT_OK


def _json(item: VerifiedSignature) -> dict[str, Any]:
    check, who = item.check, item.authorised
    return {
        "field": check.field,
        "status": check.status,
        "intact": check.intact,
        "trusted": check.trusted,
        "whole_document": check.whole_document,
        "signer": check.signer,
        "serial": check.serial,
        "signing_time": check.signing_time.isoformat() if check.signing_time else None,
        "authorised": who.authorised,
        "signatory_id": who.signatory_id,
        "signatory": who.signatory,
        "authority": who.authority,
        "problem": check.problem,
    }


def run_verify(ctx: Context) -> int:
    path: Path = ctx.args.file
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Не удалось прочитать файл «{path}».") from exc
    trusted = [cert for source in ctx.args.trusted for cert in load_certificates(source)]
    results = SigningService(ctx.vault()).verify(pdf, trusted, name=path.name)
    data = [_json(r) for r in results]
    human = "\n".join(
        f"{d['field']}: {d['status']}; {d['signer']}; {d['signing_time']}; "
        f"{'уполномочен' if d['authorised'] else 'НЕ уполномочен'} на дату подписания"
        for d in data
    )
    ctx.emit(data, human or "Подписей нет.")
    ok = bool(data) and all(d["status"] == "valid" and d["authorised"] for d in data)
    return EXIT_OK if ok else EXIT_REFUSED


def run_kinds(ctx: Context) -> int:
    ctx.emit(
        [{"kind": k, "label": v} for k, v in KINDS.items()],
        "\n".join(f"{k}\t{v}" for k, v in KINDS.items()),
    )
    return EXIT_OK
