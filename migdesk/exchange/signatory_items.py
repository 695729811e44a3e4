"""Changes to our list of authorised signatories and form blanks (Art. 9.3, 9.4) in bundles.

A change to our own side's list leaves a pending ``SignatoryNotification`` (``migdesk.requests
.signatories``) that must be notified "at once". ``bundle export --all-pending`` (and the
export window) carries every pending one to the partner and marks it notified with the
bundle as its reference; the partner's MigDesk enters the signatory (or blank) in its
registry and records the notice as received, so its Art. 9.3 checks of our requests follow.

Record::

    {"type": "signatory_change", "id": "<sender>:<notification id>",
     "change": "added" | "ended" | "blank", "authority": CODE,
     "signatory": {"position", "full_name", "valid_from", "valid_until",
                   "certificate_pem", "sample"} | null,
     "blank": {"name", "valid_from", "valid_until", "mime", "file", "sha256"} | null}

``sample`` is ``{"file", "mime", "sha256"}`` or null; files travel as bundle attachments
named by content. A signatory is matched on the receiving side by authority, full name,
position and start date: ``added`` for one already entered (e.g. by hand from the paper
list) changes nothing and says so, ``ended`` updates the end date or enters it ended.
Only an authority of the sender's own country can be changed by the sender's bundles.

This module has the record format and the receiving side; ``signatory_export`` collects our
pending notifications for a bundle.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from cryptography import x509
from sqlalchemy import select

from migdesk.exchange.items import (
    Apply,
    ImportScope,
    check_keys,
    invalid,
    register_importer,
)
from migdesk.exchange.keys import now_utc
from migdesk.messages import N_, _, lazy_table
from migdesk.models import Authority, FormBlank, Signatory, SignatoryNotification
from migdesk.security import audit
from migdesk.vault import blob_reading

RECORD_TYPE = "signatory_change"
CHANGES = ("added", "ended", "blank")
_KEYS = {"type", "id", "change", "authority", "signatory", "blank"}
_SIGNATORY_KEYS = {
    "position",
    "full_name",
    "valid_from",
    "valid_until",
    "certificate_pem",
    "sample",
}
_SAMPLE_KEYS = {"file", "mime", "sha256"}
MAX_SAMPLE = 50 * 1024 * 1024  # a signature sample or form blank, kept whole in the registry
_BLANK_KEYS = {"name", "valid_from", "valid_until", "mime", "file", "sha256"}
CHANGE_TEXT = lazy_table(
    {
        "added": N_("новый подписант"),
        "ended": N_("окончание полномочий"),
        "blank": N_("образец бланка"),
    }
)


# --- import ----------------------------------------------------------------------------------


def _text(number: int, raw: Any, key: str, limit: int, *, optional: bool = False) -> str | None:
    if raw is None and optional:
        return None
    if not isinstance(raw, str) or not raw.strip() or len(raw) > limit:
        raise invalid(
            number,
            _("изменение перечня подписантов"),
            _("{key} — строка до {limit} знаков").format(key=key, limit=limit),
        )
    return raw.strip()


def _day(number: int, raw: Any, key: str, *, optional: bool = False) -> date | None:
    if raw is None and optional:
        return None
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise invalid(
            number, _("изменение перечня подписантов"), _("{key} — дата ГГГГ-ММ-ДД").format(key=key)
        ) from None


def _attached(
    scope: ImportScope, number: int, raw: Any, keys: set[str]
) -> tuple[bytes, str] | None:
    what = _("изменение перечня подписантов")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise invalid(number, what, _("файл — объект"))
    check_keys(number, what, raw, keys)
    mime = _text(number, raw.get("mime"), "mime", 100)
    stored = scope.attachments.get(str(raw.get("file")))
    if stored is None or stored.sha256 != raw.get("sha256"):
        raise invalid(number, what, _("файл отсутствует в пакете или изменён"))
    if stored.size > MAX_SAMPLE:  # kept whole in the registry (a sample, a form blank)
        raise invalid(
            number, what, _("файл больше {megabytes} МБ").format(megabytes=MAX_SAMPLE // 1024**2)
        )
    assert mime is not None
    return blob_reading.read_bytes(scope.session, stored.id), mime


def _check_authority(scope: ImportScope, number: int, code: Any) -> str:
    """The sender may notify changes of its own country's authorities only."""
    what = _("изменение перечня подписантов")
    if not isinstance(code, str):
        raise invalid(number, what, _("authority — код органа"))
    authority = scope.session.get(Authority, code[:40])
    sender = scope.session.get(Authority, scope.sender)
    if authority is None:
        raise invalid(
            number,
            what,
            _(
                "орган «{code}» не внесён в перечень компетентных органов этого "
                "хранилища; внесите его (authority add) и загрузите пакет снова"
            ).format(code=code[:40]),
        )
    if sender is None or authority.country != sender.country:
        raise invalid(
            number,
            what,
            _("{sender} не может изменять перечень органа {code}").format(
                sender=scope.sender, code=code
            ),
        )
    return authority.code


class SignatoryChangeImporter:
    record_type = RECORD_TYPE
    phase = 1  # before requests: a request in the same bundle may be signed by the new one

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        what = _("изменение перечня подписантов")
        check_keys(number, what, record, _KEYS)
        ref = _text(number, record.get("id"), "id", 80)
        change = record.get("change")
        if change not in CHANGES:
            raise invalid(number, what, _("change — added, ended или blank"))
        code = _check_authority(scope, number, record.get("authority"))
        reference = f"пакет {scope.bundle_id}, уведомление {ref}"  # stored: Russian
        if change == "blank":
            return self._blank(scope, number, code, record.get("blank"), reference)
        return self._signatory(scope, number, code, change, record.get("signatory"), reference)

    def _signatory(
        self,
        scope: ImportScope,
        number: int,
        code: str,
        change: str,
        raw: Any,
        reference: str,
    ) -> Apply | None:
        what = _("изменение перечня подписантов")
        if not isinstance(raw, dict):
            raise invalid(number, what, _("signatory — объект"))
        check_keys(number, what, raw, _SIGNATORY_KEYS)
        position = _text(number, raw.get("position"), "position", 300)
        full_name = _text(number, raw.get("full_name"), "full_name", 200)
        valid_from = _day(number, raw.get("valid_from"), "valid_from")
        valid_until = _day(number, raw.get("valid_until"), "valid_until", optional=True)
        assert position is not None and full_name is not None and valid_from is not None
        if valid_until is not None and valid_until < valid_from:
            raise invalid(number, what, _("valid_until раньше valid_from"))
        if change == "ended" and valid_until is None:
            raise invalid(number, what, _("для окончания полномочий нужна valid_until"))
        pem = _text(number, raw.get("certificate_pem"), "certificate_pem", 20000, optional=True)
        if pem is not None:
            try:
                x509.load_pem_x509_certificate(pem.encode("ascii"))
            except (ValueError, UnicodeEncodeError):
                raise invalid(number, what, _("certificate_pem — сертификат X.509 в PEM")) from None
        sample = _attached(scope, number, raw.get("sample"), _SAMPLE_KEYS)
        existing = scope.session.scalar(
            select(Signatory).where(
                Signatory.authority_code == code,
                Signatory.full_name == full_name,
                Signatory.position == position,
                Signatory.valid_from == valid_from,
            )
        )
        label = f"{full_name}, {position} ({code})"
        if existing is not None and (change == "added" or existing.valid_until == valid_until):
            scope.preview.signatories.append(
                _("{change}: {label} — уже в перечне").format(
                    change=CHANGE_TEXT[change], label=label
                )
            )
            return None
        scope.preview.signatories.append(f"{CHANGE_TEXT[change]}: {label}")

        def apply() -> None:
            session = scope.session
            row = existing
            if row is None:
                row = Signatory(
                    authority_code=code,
                    position=position,
                    full_name=full_name,
                    valid_from=valid_from,
                    valid_until=valid_until,
                    certificate_pem=pem,
                    signature_mime=sample[1] if sample else None,
                    signature_sample=sample[0] if sample else None,
                    created_at=now_utc(),
                    created_by=scope.user,
                )
                session.add(row)
            else:
                row.valid_until = valid_until
            session.flush()
            _received(scope, code, change, reference, signatory_id=row.id)
            audit.append(
                session,
                scope.user,
                "signatory.add" if change == "added" else "signatory.end",
                record_kind="signatory",
                record_id=str(row.id),
                details={"authority": code, "bundle_id": scope.bundle_id, "from": scope.sender},
            )

        return apply

    def _blank(
        self, scope: ImportScope, number: int, code: str, raw: Any, reference: str
    ) -> Apply | None:
        what = _("изменение перечня подписантов")
        if not isinstance(raw, dict):
            raise invalid(number, what, _("blank — объект"))
        check_keys(number, what, raw, _BLANK_KEYS)
        name = _text(number, raw.get("name"), "name", 300)
        valid_from = _day(number, raw.get("valid_from"), "valid_from")
        valid_until = _day(number, raw.get("valid_until"), "valid_until", optional=True)
        attached = _attached(scope, number, raw, _BLANK_KEYS)
        assert name is not None and valid_from is not None and attached is not None
        data, mime = attached
        digest = hashlib.sha256(data).hexdigest()
        known = scope.session.scalar(
            select(FormBlank.id).where(FormBlank.authority_code == code, FormBlank.sha256 == digest)
        )
        if known is not None:
            scope.preview.signatories.append(
                _("образец бланка: {name} ({code}) — уже получен").format(name=name, code=code)
            )
            return None
        scope.preview.signatories.append(
            _("образец бланка: {name} ({code})").format(name=name, code=code)
        )

        def apply() -> None:
            blank = FormBlank(
                authority_code=code,
                name=name,
                valid_from=valid_from,
                valid_until=valid_until,
                mime=mime,
                sha256=digest,
                size=len(data),
                data=data,
                created_at=now_utc(),
                created_by=scope.user,
            )
            scope.session.add(blank)
            scope.session.flush()
            _received(scope, code, "blank", reference, form_blank_id=blank.id)
            audit.append(
                scope.session,
                scope.user,
                "signatory.blank",
                record_kind="form_blank",
                record_id=str(blank.id),
                details={"authority": code, "bundle_id": scope.bundle_id, "from": scope.sender},
            )

        return apply


def _received(
    scope: ImportScope,
    code: str,
    change: str,
    reference: str,
    *,
    signatory_id: int | None = None,
    form_blank_id: int | None = None,
) -> None:
    """The partner's notice, as a paper one is recorded (Art. 9.4)."""
    scope.session.add(
        SignatoryNotification(
            authority_code=code,
            change=change,
            signatory_id=signatory_id,
            form_blank_id=form_blank_id,
            direction="incoming",
            state="received",
            notified_on=now_utc().date(),
            reference=reference[:300],
            created_at=now_utc(),
            created_by=scope.user,
        )
    )


register_importer(SignatoryChangeImporter())
