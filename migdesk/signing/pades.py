"""PAdES-B signing of a rendered document with a visible stamp in the room the layout left
for it (or a stamp at the bottom of the last page when it left none)."""

from __future__ import annotations

import io
from datetime import datetime

from pkcs11 import exceptions as p11_errors
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.stamp import StaticStampStyle

from migdesk.messages import _
from migdesk.reports.doc_model import StampBox
from migdesk.reports.gost_layout import STAMP_HEIGHT, STAMP_WIDTH
from migdesk.signing.credentials import Credentials, KeyUnavailable
from migdesk.signing.stamp import ImportedStamp, StampText, stamp_pdf

FIELD_NAME = "MigDeskSignature"


def sign_pdf(
    pdf: bytes,
    credentials: Credentials,
    *,
    signer_name: str,
    signed_at: datetime,
    box: StampBox | None,
    reason: str,
    location: str | None = None,
) -> bytes:
    cert = credentials.certificate
    text = StampText(
        signer=signer_name,
        serial=format(cert.serial_number, "X"),
        valid_from=cert.not_valid_before_utc,
        valid_until=cert.not_valid_after_utc,
        signed_at=signed_at,
    )
    if box is None:
        # A document without a signature block still shows who signed it (first page).
        box = StampBox(0, 0, 0, STAMP_WIDTH, STAMP_HEIGHT)
    width, height = box.x2 - box.x1, box.y2 - box.y1
    style = StaticStampStyle(
        background=ImportedStamp(stamp_pdf(text, width, height)), border_width=0
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    field_spec = fields.SigFieldSpec(
        sig_field_name=FIELD_NAME,
        on_page=box.page,
        box=(int(box.x1), int(box.y1), int(box.x1) + round(width), int(box.y1) + round(height)),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
        name=signer_name,
    )
    signer = signers.PdfSigner(
        meta, signer=credentials.signer, stamp_style=style, new_field_spec=field_spec
    )
    out = io.BytesIO()
    try:
        signer.sign_pdf(writer, output=out)
    except p11_errors.PKCS11Error as exc:
        # The token was pulled out (or its session lost) after the PIN was accepted.
        raise KeyUnavailable(
            _(
                "Токен не отвечает ({error_type}): он извлечён или сеанс работы с ним "
                "прерван. Документ не подписан. Вставьте токен и подпишите снова."
            ).format(error_type=type(exc).__name__)
        ) from exc
    return out.getvalue()
