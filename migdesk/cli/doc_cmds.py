"""``doc render|verify|checks|kinds``: Russian documents (Art. 15) as PDF, PAdES signing with
the signatory's key from a PKCS#12 file or a PKCS#11 token (Art. 9.3), verification of signed
PDFs (files or request attachments) and the stored results. The JSON names here are a
contract: render gives ``path``, ``sha256`` (of the file), ``number``, ``content_sha256``
(what the QR code carries), ``pages``, ``signed``, ``letter_attachment`` (a signed step
letter of Art. 10 is kept with its step: the attachment's number, else null); verify gives
one object per signature (``check_id`` names the stored result); checks gives one object per
stored result."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import Any

from migdesk.atomic import write_atomic
from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context, UsageError, option_day
from migdesk.cli.key_options import add_key_options, credentials_from
from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.pki.files import load_certificates
from migdesk.reports.documents.choices import DocumentChoice
from migdesk.reports.documents.consent_letter import ConsentTerms
from migdesk.reports.documents.kinds import KEPT_STEP_KINDS, KINDS
from migdesk.reports.documents.service import BuildOptions
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.documents.transmittal import BundleLine
from migdesk.requests.service import RequestService
from migdesk.signing.checks import StoredCheck, list_checks
from migdesk.signing.credentials import Credentials
from migdesk.signing.produce import DocumentProducer
from migdesk.signing.service import SigningService, VerifiedSignature

KIND_HELP = "; ".join(f"{name} — {label}" for name, label in KINDS.items())


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    doc = commands.add_parser(
        "doc", parents=[common], help=_("документы на русском языке (ст.\u00a015)")
    )
    sub = doc.add_subparsers(dest="doc_command", required=True, metavar=_("ДЕЙСТВИЕ"))

    rend = sub.add_parser(
        "render",
        parents=[common],
        help=_("документ в PDF (ГОСТ Р 7.0.97-2025), при необходимости с подписью"),
        description=_("Виды документов: {kinds}").format(kinds=KIND_HELP),
    )
    rend.add_argument(
        "id",
        nargs="?",
        metavar="REQUEST_OR_ITEM_ID",
        help=_(
            "запрос (ID или ID#ШАГ для письма шага) или лицо; для "
            "transmittal — номер реестра; для destruction-act — акт об "
            "уничтожении (ID или номер)"
        ),
    )
    rend.add_argument("--kind", required=True, choices=list(KINDS), metavar="KIND")
    rend.add_argument("--out", required=True, type=Path, help=_("файл PDF"))
    rend.add_argument(
        "--signatory", type=int, help=_("подписант из перечня (п.\u00a03 ст.\u00a09)")
    )
    rend.add_argument(
        "--data",
        help="JSON: consent — {information, recipient, purpose}; transmittal — "
        "[{sender, addressee, sequence, sha256, bundle_id}]",
    )
    rend.add_argument("--date", help=_("дата сведений о лице или реестра ГГГГ-ММ-ДД"))
    add_key_options(rend)
    rend.set_defaults(handler=run_render)

    ver = sub.add_parser(
        "verify",
        parents=[common],
        help=_("проверить подписи PDF (файла или вложения запроса); результат сохраняется"),
        description=_(
            "Подписи проверяются по сертификатам УЦ партнёров, принятым в "
            "хранилище (authority trust), и своего УЦ; --trusted добавляет "
            "другие."
        ),
    )
    ver.add_argument("file", type=Path, nargs="?", metavar="FILE.pdf")
    ver.add_argument(
        "--trusted",
        type=Path,
        action="append",
        default=[],
        help=_("ещё сертификаты доверенных УЦ (PEM или DER; можно несколько раз)"),
    )
    ver.add_argument("--request", metavar="REQUEST_ID", help=_("запрос, к которому приложен PDF"))
    ver.add_argument("--attachment", type=int, metavar="ATTACHMENT_ID", help=_("вложение запроса"))
    ver.set_defaults(handler=run_verify)

    checks = sub.add_parser("checks", parents=[common], help=_("сохранённые результаты проверок"))
    checks.add_argument("--request", metavar="REQUEST_ID", help=_("только по вложениям запроса"))
    checks.add_argument("--attachment", type=int, metavar="ATTACHMENT_ID")
    checks.add_argument("--sha256", help=_("только для файла с этим SHA-256"))
    checks.set_defaults(handler=run_checks)

    kinds = sub.add_parser("kinds", parents=[common], help=_("виды документов"))
    kinds.set_defaults(handler=run_kinds)


def _consent(raw: Any) -> ConsentTerms:
    if not isinstance(raw, dict) or not raw.get("information") or not raw.get("purpose"):
        raise InvalidInput(_('--data для согласия: {"information", "recipient", "purpose"}.'))
    return ConsentTerms(str(raw["information"]), raw.get("recipient"), str(raw["purpose"]))


def _bundles(raw: Any) -> list[BundleLine]:
    if not isinstance(raw, list) or not raw:
        raise InvalidInput(_("--data для реестра: непустой список пакетов."))
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
                _(
                    "Пакет № {position}: нужны sender, addressee, sequence (число), "
                    "sha256 (64 шестнадцатеричных знака)."
                ).format(position=index + 1)
            ) from None
    return lines


def run_render(ctx: Context) -> int:
    credentials = credentials_from(ctx.args)
    try:
        return _render(ctx, credentials)
    finally:
        if credentials is not None:
            credentials.close()  # a token session ends as soon as the signature is made


def _render(ctx: Context, credentials: Credentials | None) -> int:
    options = BuildOptions(
        signer=SignerChoice(
            ctx.args.signatory, credentials.certificate if credentials else None, None
        ),
        day=option_day(ctx.args.date or None, "--date"),
    )
    if ctx.args.data:
        raw = ctx.read_json(ctx.args.data)
        if ctx.args.kind == "consent":
            options.consent = _consent(raw)
        elif ctx.args.kind == "transmittal":
            options.bundles = _bundles(raw)
    if ctx.args.kind == "transmittal":
        options.number = ctx.args.id
    # The same steps as the documents window: build, render, sign or record the print.
    producer = DocumentProducer(ctx.vault())
    choice = DocumentChoice(ctx.args.kind, ctx.args.id, ctx.args.kind)
    if credentials is not None:
        produced = producer.sign(choice, credentials, options)
    else:
        produced = producer.preview(choice, options)
        producer.record_saved(produced)
    document, rendered, pdf = produced.document, produced.rendered, produced.pdf
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
        # Added: where a signed step letter (Art. 10) is kept, ``request attachment`` N.
        "letter_attachment": _kept_letter(ctx, document.kind, document.record)
        if credentials is not None
        else None,
    }
    ctx.emit(result, f"{out}\t№ {rendered.number or '—'}\t{result['sha256']}")
    return EXIT_OK


def _kept_letter(ctx: Context, kind: str, record: str) -> int | None:
    """The attachment the signed letter of a step was kept as, when ``kind`` is kept."""
    head, _sep, seq = record.partition("#")
    if kind not in KEPT_STEP_KINDS or not seq.isdigit():
        return None
    view = RequestService(ctx.vault()).get(head)
    return next((a.id for a in view.attachments if a.signed_letter and a.step == int(seq)), None)


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
        "check_id": item.check_id,
        # Added after the contract was set: a revoked signer keeps status "untrusted".
        "revoked": check.revoked,
        "revocation_date": check.revocation_date.isoformat() if check.revocation_date else None,
    }


def _verified(ctx: Context) -> list[VerifiedSignature]:
    args = ctx.args
    trusted = [cert for source in args.trusted for cert in load_certificates(source)]
    if (args.request is None) != (args.attachment is None):
        raise UsageError(_("--request и --attachment указываются вместе."))
    if args.request is not None:
        if args.file is not None:
            raise UsageError(_("Укажите либо файл, либо --request и --attachment."))
        return SigningService(ctx.vault()).verify_attachment(args.request, args.attachment, trusted)
    path: Path | None = args.file
    if path is None:
        raise UsageError(_("Укажите файл PDF или --request и --attachment."))
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(_("Не удалось прочитать файл «{path}».").format(path=path)) from exc
    return SigningService(ctx.vault()).verify(pdf, trusted, name=path.name)


def run_verify(ctx: Context) -> int:
    results = _verified(ctx)
    data = [_json(r) for r in results]
    human = "\n".join(
        _("{field}: {status}; {signer}; {signing_time}; {authorised} на дату подписания").format(
            field=d["field"],
            status=d["status"],
            signer=d["signer"],
            signing_time=d["signing_time"],
            authorised=_("уполномочен") if d["authorised"] else _("НЕ уполномочен"),
        )
        for d in data
    )
    ctx.emit(data, human or _("Подписей нет."))
    ok = bool(data) and all(d["status"] == "valid" and d["authorised"] for d in data)
    return EXIT_OK if ok else EXIT_REFUSED


def _stored_json(item: StoredCheck) -> dict[str, Any]:
    return {
        "id": item.id,
        "file_sha256": item.file_sha256,
        "file_name": item.file_name,
        "request_id": item.request_id,
        "attachment_id": item.attachment_id,
        "field": item.field,
        "status": item.status,
        "signer": item.signer,
        "serial": item.serial,
        "signing_time": item.signing_time.isoformat() if item.signing_time else None,
        "authorised": item.authorised,
        "signatory_id": item.signatory_id,
        "problem": item.problem,
        "checked_at": item.checked_at.isoformat(),
        "checked_by": item.checked_by,
    }


def run_checks(ctx: Context) -> int:
    args = ctx.args
    digest: str | None = args.sha256
    if digest is not None and not is_sha256(digest):
        raise UsageError(_("--sha256: нужны 64 шестнадцатеричных знака."))
    found = list_checks(
        ctx.vault(), request_id=args.request, attachment_id=args.attachment, file_sha256=digest
    )
    data = [_stored_json(item) for item in found]
    yes, no = _("уполномочен"), _("НЕ уполномочен")
    human = "\n".join(
        f"{d['id']}\t{d['checked_at'][:16]}\t{d['file_name'] or d['file_sha256'][:16]}\t"
        f"{d['status']}\t{d['signer'] or '—'}\t{yes if d['authorised'] else no}"
        for d in data
    )
    ctx.emit(data, human or _("Проверок нет."))
    return EXIT_OK


def is_sha256(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdefABCDEF" for c in text)


def run_kinds(ctx: Context) -> int:
    ctx.emit(
        [{"kind": k, "label": v} for k, v in KINDS.items()],
        "\n".join(f"{k}\t{v}" for k, v in KINDS.items()),
    )
    return EXIT_OK
