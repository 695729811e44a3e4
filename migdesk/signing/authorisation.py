"""Who may sign (Art. 9.3): a signatory of the writing authority whose authority is valid on
the signing date (the requests package's rule), signing with the certificate registered for
them; and, for incoming PDFs, whether a certificate belonged to such a signatory on a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import PermissionDenied
from migdesk.messages import _
from migdesk.models import Signatory
from migdesk.pki.fingerprints import same_certificate
from migdesk.requests.access import Roles, check_signer
from migdesk.requests.signatories import signatory_valid_on


def check_may_sign(
    session: Session,
    signatory_id: int | None,
    authority: str,
    day: date,
    certificate: x509.Certificate,
    user: str,
    roles: Roles,
    author: str | None = None,
) -> Signatory:
    """The signatory, or a refusal naming what is missing. ``author``: who wrote the
    request being signed (four eyes: never the one who signs)."""
    if signatory_id is None:
        raise PermissionDenied(
            _(
                "Сертификат «{subject}» не принадлежит ни одному лицу из "
                "перечня уполномоченных на подписание органа {authority}, "
                "действующему на {day:%d.%m.%Y} (п.\u00a03 ст.\u00a09). Подписание "
                "отклонено."
            ).format(subject=certificate.subject.rfc4514_string(), authority=authority, day=day)
        )
    row = signatory_valid_on(session, signatory_id, authority, day)
    if row.certificate_pem and not same_certificate(row.certificate_pem, certificate):
        raise PermissionDenied(
            _(
                "Ключ подписи не соответствует сертификату, зарегистрированному "
                "для подписанта {full_name}. Подписание отклонено."
            ).format(full_name=row.full_name)
        )
    # Four eyes in the rule's own words first (who may sign at all), then the key.
    check_signer(session, row, user, roles, author=author)
    if not row.certificate_pem and row.user != user:
        raise PermissionDenied(
            _(
                "Для подписанта {full_name} не зарегистрирован сертификат; без "
                "него подписывать может только сам подписант под своей учётной "
                "записью."
            ).format(full_name=row.full_name)
        )
    return row


def check_certificate_current(certificate: x509.Certificate, at: datetime) -> None:
    """A signature by a certificate that has expired or is not yet valid is worthless to the
    addressee (pdfsig and the partner's tools reject it): refused before the key is used."""
    subject = certificate.subject.rfc4514_string()
    until = certificate.not_valid_after_utc
    if at > until:
        raise PermissionDenied(
            _(
                "Срок действия сертификата «{subject}» истёк {day:%d.%m.%Y}. Подписание "
                "отклонено: нужен действующий сертификат."
            ).format(subject=subject, day=until.astimezone())
        )
    since = certificate.not_valid_before_utc
    if at < since:
        raise PermissionDenied(
            _(
                "Сертификат «{subject}» действует только с {day:%d.%m.%Y}. Подписание отклонено."
            ).format(subject=subject, day=since.astimezone())
        )


@dataclass(frozen=True)
class Authorised:
    authorised: bool
    signatory_id: int | None
    signatory: str | None  # «position full name»
    authority: str | None


def authorised_on(session: Session, certificate: x509.Certificate, day: date) -> Authorised:
    """Whether the certificate is registered for a signatory whose authority covered ``day``."""
    known = [
        row
        for row in session.scalars(select(Signatory).order_by(Signatory.id))
        if same_certificate(row.certificate_pem, certificate)
    ]
    for row in known:
        if row.valid_from <= day and (row.valid_until is None or day <= row.valid_until):
            return Authorised(True, row.id, f"{row.position} {row.full_name}", row.authority_code)
    if known:
        row = known[-1]
        return Authorised(False, row.id, f"{row.position} {row.full_name}", row.authority_code)
    return Authorised(False, None, None, None)
