"""Authorised signatories and form blanks of each authority (Art. 9.3), and the notices
their changes require (Art. 9.4).

A change to our own side's list creates a pending notification to send "at once"; an entry
for the partner's side records their notice as received. The pending list is what the
45-day exchange and later notifications are made from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, MigDeskError, NotFound
from migdesk.messages import _
from migdesk.models import FormBlank, Signatory, SignatoryNotification
from migdesk.requests.access import (
    is_working,
    may_sign_as,
    require_registry_role,
    signing_refusal,
)
from migdesk.requests.authorities import load_authority, own_country
from migdesk.requests.checks import Problems, optional_text
from migdesk.requests.dates import today
from migdesk.security import audit, four_eyes
from migdesk.vault import Vault


@dataclass(frozen=True)
class SignatoryInput:
    authority: str
    position: str
    full_name: str
    valid_from: date
    valid_until: date | None = None
    certificate_pem: str | None = None
    user: str | None = None  # the vault user who signs as this person
    signature_sample: bytes | None = None
    signature_mime: str | None = None
    notified_on: date | None = None  # partner side: when their list arrived


@dataclass(frozen=True)
class SignatoryView:
    id: int
    authority: str
    position: str
    full_name: str
    valid_from: date
    valid_until: date | None
    user: str | None
    has_certificate: bool

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@dataclass(frozen=True)
class FormBlankInput:
    authority: str
    name: str
    valid_from: date
    mime: str
    data: bytes
    valid_until: date | None = None
    notified_on: date | None = None


@dataclass(frozen=True)
class NotificationView:
    id: int
    authority: str
    change: str
    signatory_id: int | None
    form_blank_id: int | None
    direction: str
    state: str
    notified_on: date | None
    reference: str | None


@dataclass(frozen=True)
class Added:
    id: int
    notification_id: int


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _view(row: Signatory) -> SignatoryView:
    return SignatoryView(
        row.id,
        row.authority_code,
        row.position,
        row.full_name,
        row.valid_from,
        row.valid_until,
        row.user,
        bool(row.certificate_pem),
    )


def _check_certificate(pem: str | None, problems: Problems) -> str | None:
    text = optional_text(pem)
    if text is None:
        return None
    # Loaded here, not with the module: the request screens open at start (#17: cold start).
    from cryptography import x509

    try:
        x509.load_pem_x509_certificate(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        problems.add("certificate_pem", _("не является сертификатом X.509 в формате PEM"))
    return text


def signatory_valid_on(session: Session, signatory_id: int, authority: str, day: date) -> Signatory:
    """The signatory, if it belongs to ``authority`` and is valid on ``day`` (Art. 9.3)."""
    row = session.get(Signatory, signatory_id)
    if row is None or row.authority_code != authority:
        raise InvalidInput(
            _(
                "Подписант № {signatory_id} не входит в перечень уполномоченных "
                "лиц органа «{authority}»."
            ).format(signatory_id=signatory_id, authority=authority),
            field="signatory",
        )
    view = _view(row)
    if not view.valid_on(day):
        period = f"{row.valid_from.isoformat()} – " + (
            row.valid_until.isoformat() if row.valid_until else "…"
        )
        raise InvalidInput(
            _(
                "Полномочия подписанта {full_name} ({period}) не действуют на "
                "дату подписания {date}."
            ).format(full_name=row.full_name, period=period, date=day.isoformat()),
            field="signatory",
        )
    return row


class SignatoryService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, data: SignatoryInput) -> Added:
        require_registry_role(self.vault.user_role(self.vault.user))
        problems = Problems()
        position = problems.required("position", data.position, _("п. 3 ст. 9"))
        full_name = problems.required("full_name", data.full_name, _("п. 3 ст. 9"))
        if data.valid_until is not None and data.valid_until < data.valid_from:
            problems.add("valid_until", _("раньше даты начала полномочий"))
        pem = _check_certificate(data.certificate_pem, problems)
        if data.signature_sample is not None and not data.signature_mime:
            problems.add("signature_sample", _("не указан тип изображения"))
        problems.raise_if_any()
        with self.vault.session() as session:
            load_authority(session, data.authority)
            row = Signatory(
                authority_code=data.authority,
                position=position,
                full_name=full_name,
                valid_from=data.valid_from,
                valid_until=data.valid_until,
                user=optional_text(data.user),
                certificate_pem=pem,
                signature_mime=data.signature_mime,
                signature_sample=data.signature_sample,
                created_at=_now(),
                created_by=self.vault.user,
            )
            session.add(row)
            session.flush()
            note = self._notify(session, data.authority, "added", data.notified_on, signatory=row)
            audit.append(
                session,
                self.vault.user,
                "signatory.add",
                record_kind="signatory",
                record_id=str(row.id),
                details={"authority": data.authority, "notification": note.id},
            )
            return Added(row.id, note.id)

    def end(self, signatory_id: int, valid_until: date, notified_on: date | None = None) -> int:
        """Ends a signatory's authority (a change to the list); returns the notification id."""
        require_registry_role(self.vault.user_role(self.vault.user))
        with self.vault.session() as session:
            row = session.get(Signatory, signatory_id)
            if row is None:
                raise NotFound(
                    _("Подписант № {signatory_id} не найден.").format(signatory_id=signatory_id)
                )
            if valid_until < row.valid_from:
                raise InvalidInput(
                    _("Дата окончания раньше даты начала полномочий."), "valid_until"
                )
            if row.valid_until is not None and row.valid_until <= valid_until:
                raise InvalidInput(
                    _("Полномочия уже заканчиваются {date}.").format(
                        date=row.valid_until.isoformat()
                    ),
                    "valid_until",
                )
            row.valid_until = valid_until
            note = self._notify(session, row.authority_code, "ended", notified_on, signatory=row)
            audit.append(
                session,
                self.vault.user,
                "signatory.end",
                record_kind="signatory",
                record_id=str(row.id),
                details={"valid_until": valid_until.isoformat(), "notification": note.id},
            )
            return note.id

    def add_form_blank(self, data: FormBlankInput) -> Added:
        require_registry_role(self.vault.user_role(self.vault.user))
        problems = Problems()
        name = problems.required("name", data.name)
        mime = problems.required("mime", data.mime)
        if not data.data:
            problems.add("data", _("пустой файл"))
        problems.raise_if_any()
        with self.vault.session() as session:
            load_authority(session, data.authority)
            blank = FormBlank(
                authority_code=data.authority,
                name=name,
                valid_from=data.valid_from,
                valid_until=data.valid_until,
                mime=mime,
                sha256=hashlib.sha256(data.data).hexdigest(),
                size=len(data.data),
                data=data.data,
                created_at=_now(),
                created_by=self.vault.user,
            )
            session.add(blank)
            session.flush()
            note = self._notify(session, data.authority, "blank", data.notified_on, blank=blank)
            audit.append(
                session,
                self.vault.user,
                "signatory.blank",
                record_kind="form_blank",
                record_id=str(blank.id),
                details={"authority": data.authority, "notification": note.id},
            )
            return Added(blank.id, note.id)

    def _notify(
        self,
        session: Session,
        authority: str,
        change: str,
        notified_on: date | None,
        *,
        signatory: Signatory | None = None,
        blank: FormBlank | None = None,
    ) -> SignatoryNotification:
        ours = own_country(session)
        partner = ours is not None and load_authority(session, authority).country != ours
        note = SignatoryNotification(
            authority_code=authority,
            change=change,
            signatory_id=signatory.id if signatory else None,
            form_blank_id=blank.id if blank else None,
            direction="incoming" if partner else "outgoing",
            state="received" if partner else "pending",
            notified_on=(notified_on or today()) if partner else None,
            created_at=_now(),
            created_by=self.vault.user,
        )
        session.add(note)
        session.flush()
        return note

    def mark_notified(self, ids: list[int], notified_on: date, reference: str) -> None:
        """Our pending notifications went out with the note ``reference`` on ``notified_on``."""
        require_registry_role(self.vault.user_role(self.vault.user))
        if not reference.strip():
            raise InvalidInput(_("Не указан номер уведомления."), field="reference")
        with self.vault.session() as session:
            for note_id in ids:
                note = session.get(SignatoryNotification, note_id)
                if note is None or note.state != "pending":
                    raise InvalidInput(
                        _("Уведомление № {note_id} не ожидает отправки.").format(note_id=note_id)
                    )
                note.state, note.notified_on = "sent", notified_on
                note.reference = reference.strip()
            audit.append(
                session,
                self.vault.user,
                "signatory.notified",
                details={"notifications": ids, "notified_on": notified_on.isoformat()},
            )

    def notifications(self, *, pending_only: bool = False) -> list[NotificationView]:
        with self.vault.read_session() as session:
            stmt = select(SignatoryNotification).order_by(SignatoryNotification.id)
            if pending_only:
                stmt = stmt.where(SignatoryNotification.state == "pending")
            return [
                NotificationView(
                    n.id,
                    n.authority_code,
                    n.change,
                    n.signatory_id,
                    n.form_blank_id,
                    n.direction,
                    n.state,
                    n.notified_on,
                    n.reference,
                )
                for n in session.scalars(stmt)
            ]

    def may_sign(
        self,
        authority: str | None = None,
        day: date | None = None,
        *,
        author: str | None = None,
    ) -> bool:
        """Whether signing is offered to the current user (Art. 9.3 and, unless turned off,
        four eyes: ``author`` is who wrote what would be signed). The signing itself checks
        the chosen signatory again (``may_sign_as``)."""
        return self.sign_refusal(authority, day, author=author) is None

    def sign_refusal(
        self,
        authority: str | None = None,
        day: date | None = None,
        *,
        author: str | None = None,
    ) -> str | None:
        """Why the current user may not sign for ``authority`` on ``day``, in words; ``None``
        when some signatory of the list valid that day may be signed for."""
        roles = self.vault.current_roles()
        user = self.vault.user
        if not is_working(roles):
            return _(
                "Подписывают сотрудники и руководители; у вашей учётной записи нет этих ролей."
            )
        with self.vault.read_session() as session:
            strict = four_eyes.enabled(session)
        if not strict and may_sign_as(user, roles, None):
            return None  # a supervisor signs for anyone on the list
        day = day or today()
        try:
            listed = [s for s in self.list(authority) if s.valid_on(day)]
        except MigDeskError as exc:
            return str(exc)
        if not listed:
            return _("В перечне подписантов нет лиц, уполномоченных на {day:%d.%m.%Y}.").format(
                day=day
            )
        reasons = []
        # The signatory bound to the user first: their refusal is the one that explains.
        for row in sorted(listed, key=lambda r: r.user != user):
            reason = signing_refusal(
                user, roles, row.user, row.full_name, four_eyes=strict, author=author
            )
            if reason is None:
                return None
            reasons.append(reason)
        return reasons[0]

    def list(self, authority: str | None = None) -> list[SignatoryView]:
        with self.vault.read_session() as session:
            stmt = select(Signatory).order_by(Signatory.authority_code, Signatory.id)
            if authority is not None:
                stmt = stmt.where(Signatory.authority_code == authority)
            return [_view(row) for row in session.scalars(stmt)]
