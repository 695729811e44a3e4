"""Read-only look-ups the documents need besides the request and person services: the
authority's requisites and layout settings as of a date, the executor, the signatory."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, NotFound
from migdesk.models import Request, Signatory, User, VaultSetting
from migdesk.pki.fingerprints import same_certificate
from migdesk.reports.doc_model import Executor, Signer
from migdesk.reports.doc_settings import SETTING_PREFIX, LayoutSettings, Requisites, settings_for
from migdesk.requests import letterhead
from migdesk.requests.authorities import own_authority, view_in
from migdesk.requests.signatories import signatory_valid_on

# Printed when nobody on the list can be named yet: the signature is added by hand.
BLANK_SIGNER = Signer("Руководитель (уполномоченное лицо)", "____________________")


def requisites(session: Session, code: str, day: date) -> Requisites:
    view = view_in(session, code, day)
    setting = session.get(VaultSetting, SETTING_PREFIX + code)
    stored = setting.value if setting is not None else None
    head = letterhead.stored(session, code)
    return Requisites(
        code,
        view.name.nominative,
        settings_for(view.country, stored),
        letterhead_names=head.name_lines,
        reference=head.reference_lines(),
        short_name=head.short_name or view.name.short_name,
    )


def own_requisites(session: Session, day: date) -> Requisites:
    """Our authority's requisites; a neutral name block when the vault names no authority.

    Only for documents that must print whatever the set-up (the act of destruction: the
    record is already gone and the act has to be printable)."""
    code = own_authority(session)
    if code is None:
        return Requisites("", "Компетентный орган", LayoutSettings().checked())
    return requisites(session, code, day)


def authority_name(session: Session, code: str, day: date) -> str:
    """The authority's full name on ``day``; its code when the registry does not know it."""
    try:
        return view_in(session, code, day).name.nominative
    except NotFound:
        return code


def addressee(session: Session, code: str, day: date) -> tuple[str, ...]:
    return (view_in(session, code, day).name.dative,)


def executor(session: Session, user: str, requisites: Requisites) -> Executor | None:
    """The executor mark: the user's full name and phone as the administrator entered them.
    A user without a full name gets no mark: a login is not a requisite (GOST R 7.0.97)."""
    row = session.get(User, user)
    if row is None or not row.full_name:
        return None
    return Executor(row.full_name, row.phone or requisites.settings.executor_phone)


def user_signer(session: Session, user: str) -> Signer:
    """A user signing in their own name (a register, an act): position and full name from
    their profile, blanks for what is not entered."""
    row = session.get(User, user)
    position = (row.position if row is not None else None) or BLANK_SIGNER.position
    name = (row.full_name if row is not None else None) or BLANK_SIGNER.full_name
    return Signer(position, name)


def member(session: Session, user: str) -> str:
    """«position full name» of a user for an act's list of members; the login when the
    administrator has not entered a name (so the act still names who it was)."""
    row = session.get(User, user)
    if row is None or not row.full_name:
        return user
    return f"{row.position}, {row.full_name}" if row.position else row.full_name


def _signer(row: Signatory) -> Signer:
    return Signer(row.position, row.full_name, row.id)


@dataclass(frozen=True)
class SignerChoice:
    signatory: int | None = None  # named explicitly (``--signatory``)
    certificate: x509.Certificate | None = None  # the key it will be signed with
    user: str | None = None  # the vault user printing or signing


def signer(
    session: Session, authority: str, day: date, choice: SignerChoice, request_pk: int | None
) -> Signer:
    """Who signs for ``authority`` on ``day`` (Art. 9.3): the signatory named, else the
    one who signed the request, else the one holding the certificate, else the one the
    user signs as; always someone on the list valid on that day."""
    if choice.signatory is not None:
        return _signer(signatory_valid_on(session, choice.signatory, authority, day))
    if request_pk is not None:
        signed_by = session.scalar(select(Request.signatory_id).where(Request.pk == request_pk))
        if signed_by is not None:
            return _signer(signatory_valid_on(session, signed_by, authority, day))
    rows = session.scalars(
        select(Signatory).where(Signatory.authority_code == authority).order_by(Signatory.id)
    ).all()
    valid = [
        r for r in rows if r.valid_from <= day and (r.valid_until is None or day <= r.valid_until)
    ]
    if choice.certificate is not None:
        for row in valid:
            if same_certificate(row.certificate_pem, choice.certificate):
                return _signer(row)
    for row in valid:
        if choice.user is not None and row.user == choice.user:
            return _signer(row)
    return BLANK_SIGNER


def approver(
    session: Session, authority: str, day: date, choice: SignerChoice, user: str
) -> Signer:
    """Who signs a record of what ``user`` approved (the act of destruction): as
    ``signer`` with ``user`` in place of the printing user, then the user's own name under
    the blank position, since the approver need not be on the Art. 9.3 list."""
    found = signer(
        session, authority, day, SignerChoice(choice.signatory, choice.certificate, user), None
    )
    if found is not BLANK_SIGNER:
        return found
    return user_signer(session, user)


def request_pk(session: Session, request_id: str) -> int:
    pk = session.scalar(select(Request.pk).where(Request.id == request_id))
    if pk is None:
        raise InvalidInput(f"Запрос «{request_id}» не найден.")
    return pk


def sheets(mime: str, data: bytes | BinaryIO) -> int | None:
    """Sheet count for the attachment mark: pages of a PDF, one for an image. ``data``: the
    bytes, or a seekable file (the reader reads the cross-references and the page tree,
    not the whole file)."""
    if mime.startswith("image/"):
        return 1
    if mime == "application/pdf":
        try:
            stream = io.BytesIO(data) if isinstance(data, bytes) else data
            return int(PdfFileReader(stream, strict=False).root["/Pages"]["/Count"])
        except Exception:  # noqa: BLE001 — a damaged attachment only loses its count
            return None
    return None


# File name endings the enclosure mark leaves out: it names a document («копия паспорта»),
# not a file («копия паспорта.png»). Only these, so «Письмо № 5.1» keeps its «.1».
FILE_ENDINGS = frozenset(
    {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp",
     ".doc", ".docx", ".odt", ".rtf", ".txt", ".xls", ".xlsx", ".ods", ".xml", ".zip"}
)  # fmt: skip


def enclosure_name(file_name: str) -> str:
    """``file_name`` as the enclosure mark (GOST R 7.0.97) names it."""
    stem, dot, ending = file_name.rpartition(".")
    if dot and stem.strip() and f".{ending.lower()}" in FILE_ENDINGS:
        return stem.rstrip()
    return file_name
