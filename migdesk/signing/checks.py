"""Stored signature checks: what a verification found, kept in the vault so it can be shown
again next to the file or the request attachment it was made on.

Who sees a stored check (Art. 11.1): one made on a request attachment only those who see
the request; one made on a loose file officers and supervisors, and whoever made it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.messages import _
from migdesk.models import Request, SignatureCheckRecord
from migdesk.requests.access import Roles, can_see_request, is_working, not_found
from migdesk.signing.authorisation import Authorised
from migdesk.signing.verify import UNSIGNED, SignatureCheck
from migdesk.vault import Vault


@dataclass(frozen=True)
class StoredCheck:
    id: int
    file_sha256: str
    file_name: str | None
    request_id: str | None
    attachment_id: int | None
    field: str | None
    status: str
    signer: str | None
    serial: str | None
    signing_time: datetime | None  # UTC
    authorised: bool
    signatory_id: int | None
    problem: str | None
    checked_at: datetime  # UTC
    checked_by: str


def _utc(moment: datetime | None) -> datetime | None:
    """Stored naive in UTC, like every other timestamp of the vault."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None)


def store_checks(
    session: Session,
    user: str,
    file_sha256: str,
    file_name: str | None,
    results: Sequence[tuple[SignatureCheck, Authorised]],
    *,
    request_pk: int | None = None,
    attachment_id: int | None = None,
) -> list[int]:
    """One row per signature, or one ``unsigned`` row when the file has none; their ids."""
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [
        SignatureCheckRecord(
            file_sha256=file_sha256,
            file_name=file_name[:255] if file_name else None,
            request_pk=request_pk,
            attachment_id=attachment_id,
            field=check.field[:255],
            status=check.status,
            signer=check.signer[:500] if check.signer else None,
            serial=check.serial,
            signing_time=_utc(check.signing_time),
            authorised=who.authorised,
            signatory_id=who.signatory_id,
            problem=check.problem,
            checked_at=now,
            checked_by=user,
        )
        for check, who in results
    ]
    if not rows:
        rows = [
            SignatureCheckRecord(
                file_sha256=file_sha256,
                file_name=file_name[:255] if file_name else None,
                request_pk=request_pk,
                attachment_id=attachment_id,
                status=UNSIGNED,
                authorised=False,
                problem=_("В файле нет электронной подписи."),
                checked_at=now,
                checked_by=user,
            )
        ]
    session.add_all(rows)
    session.flush()
    return [row.id for row in rows]


def _as_stored(row: SignatureCheckRecord, request_id: str | None) -> StoredCheck:
    return StoredCheck(
        id=row.id,
        file_sha256=row.file_sha256,
        file_name=row.file_name,
        request_id=request_id,
        attachment_id=row.attachment_id,
        field=row.field,
        status=row.status,
        signer=row.signer,
        serial=row.serial,
        signing_time=row.signing_time.replace(tzinfo=UTC) if row.signing_time else None,
        authorised=row.authorised,
        signatory_id=row.signatory_id,
        problem=row.problem,
        checked_at=row.checked_at.replace(tzinfo=UTC),
        checked_by=row.checked_by,
    )


def list_checks(
    vault: Vault,
    *,
    request_id: str | None = None,
    attachment_id: int | None = None,
    file_sha256: str | None = None,
) -> list[StoredCheck]:
    """Stored checks the current user may see, oldest first, narrowed by request,
    attachment or file hash. A request the user may not see is "not found"."""
    user, role = vault.user, vault.user_role(vault.user)
    with vault.read_session() as session:
        stmt = select(SignatureCheckRecord, Request).outerjoin(
            Request, Request.pk == SignatureCheckRecord.request_pk
        )
        if request_id is not None:
            request = session.scalar(select(Request).where(Request.id == request_id))
            if request is None or not can_see_request(user, role, request):
                raise not_found(request_id)
            stmt = stmt.where(SignatureCheckRecord.request_pk == request.pk)
        if attachment_id is not None:
            stmt = stmt.where(SignatureCheckRecord.attachment_id == attachment_id)
        if file_sha256 is not None:
            stmt = stmt.where(SignatureCheckRecord.file_sha256 == file_sha256.lower())
        rows = session.execute(stmt.order_by(SignatureCheckRecord.id)).all()
        return [
            _as_stored(row, request.id if request is not None else None)
            for row, request in rows
            if _may_see(user, role, row, request)
        ]


def _may_see(user: str, role: Roles, row: SignatureCheckRecord, request: Request | None) -> bool:
    if request is not None:
        return can_see_request(user, role, request)
    return is_working(role) or row.checked_by == user
