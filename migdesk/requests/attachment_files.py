"""A request's stored files as a list, and one of them written out to a file (a scan, a
received document, the signed PDF letter): the one service behind ``request attachments``,
``request attachment`` and the request window.

Only those who see the request (Art. 11.1: officers working on it and supervisors) list or
save its files; a courier or an administrator is refused by role. Every list and every
file written out is audited (DESIGN: every view and export). A file the partner sent keeps
its limits outside the vault too (Art. 11.2, 11.3): the result names the provider, and the
faces say what the limits are, as the person sheet prints them under a received record.
The bytes written are the stored bytes, checked against the stored SHA-256 as they are
written, so a signed PDF stays valid.
"""

from __future__ import annotations

import errno
import hashlib
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from migdesk.atomic import write_atomic_with
from migdesk.bundles import media
from migdesk.bundles.media import ExportStatus
from migdesk.errors import InvalidInput
from migdesk.messages import N_, _, lazy_table
from migdesk.models import Request, RequestAttachment, SignatureCheckRecord
from migdesk.models.signatures import latest_per_attachment
from migdesk.requests.access import require_working_role
from migdesk.requests.service_base import RequestBase
from migdesk.requests.workflow import LETTERS, Action
from migdesk.security import audit
from migdesk.vault import blob_reading

PDF = "application/pdf"
# A stored check's status for a file without any signature (``migdesk.signing.verify``,
# a floor above this one, names it UNSIGNED).
_UNSIGNED = "unsigned"
_PIECE = 1024 * 1024

# What each kind of file is: the signed letter of our ``sign`` step or of one of our step
# letters (Art. 10), a file the partner
# sent (with the incoming message or with one of their letters), or one we attached.
SIGNED_LETTER, RECEIVED, ATTACHED = "signed_letter", "received", "attached"

SAVE_MESSAGES = lazy_table(
    {
        ExportStatus.OK: N_("Вложение записано в файл."),
        ExportStatus.TARGET_EXISTS: N_(
            "Файл уже существует; он не перезаписан (--force — перезаписать)."
        ),
        ExportStatus.TARGET_MISSING: N_("Папка назначения не существует или недоступна."),
        ExportStatus.NO_SPACE: N_("На носителе не хватает места. Файл не записан."),
        ExportStatus.FILE_TOO_LARGE: N_(
            "Файловая система носителя не допускает таких больших файлов "
            "(FAT32 — до 4 ГиБ). Файл не записан."
        ),
        ExportStatus.DEVICE_REMOVED: N_(
            "Носитель извлечён или неисправен во время записи. Файл не записан."
        ),
        ExportStatus.READ_ONLY: N_("Носитель защищён от записи. Файл не записан."),
        ExportStatus.PERMISSION_DENIED: N_(
            "Нет прав на запись в выбранную папку. Файл не записан."
        ),
        ExportStatus.WRITE_ERROR: N_("Ошибка записи. Файл не записан."),
        ExportStatus.SOURCE_CHANGED: N_(
            "Вложение в хранилище не совпадает со своей контрольной суммой. Файл не записан."
        ),
    }
)


@dataclass(frozen=True)
class AttachmentEntry:
    """One stored file of a request, as the list shows it."""

    number: int  # the attachment's id: what ``doc verify --attachment`` takes
    name: str
    mime: str
    kind: str  # SIGNED_LETTER | RECEIVED | ATTACHED
    size: int
    sha256: str
    step: int | None  # seq of the step it came with; None: with the request itself
    # UTC: ``attached_at`` when recorded, else the step's, or the request's creation (the
    # older reading, kept for the CLI contract: a file added to a draft later got the draft's).
    added_at: datetime
    added_by: str
    signed: bool | None  # None: a PDF whose signatures were never checked
    signature_status: str | None  # the worst status of the latest stored check
    received_from: str | None  # the partner's authority code for a received file
    # UTC, when the file was stored in this vault (received: our receipt); None: stored
    # before this was recorded (migration 0030) and nothing tells.
    attached_at: datetime | None = None
    # The signed PDF of its step's own letter (Art. 10), ours or the partner's (migration
    # 0032); the request's own signed letter is told by ``kind`` as before.
    letter: bool = False


@dataclass(frozen=True)
class SavedAttachment:
    """How writing a file out ended; ``status`` OK or the reason nothing was written."""

    status: ExportStatus
    message: str
    path: Path
    sha256: str | None = None
    size: int | None = None
    received_from: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is ExportStatus.OK


def refused(status: ExportStatus, path: Path, detail: str | None = None) -> SavedAttachment:
    message = SAVE_MESSAGES[status]
    return SavedAttachment(status, f"{message} ({detail})" if detail else message, path)


def target_refused(target: Path, overwrite: bool) -> SavedAttachment | None:
    """Before anything is read or written: a folder given for a file raises; a missing
    folder, or an existing file without ``overwrite``, is the refusal returned."""
    if target.is_dir():
        raise InvalidInput(_("«{path}» — папка: укажите имя файла.").format(path=target))
    if not target.parent.is_dir():
        return refused(ExportStatus.TARGET_MISSING, target, str(target.parent))
    if target.exists() and not overwrite:
        return refused(ExportStatus.TARGET_EXISTS, target, target.name)
    return None


def write_refused(exc: OSError, target: Path) -> SavedAttachment:
    """What the medium refused while the file was written (nothing is left of it)."""
    if isinstance(exc, FileExistsError):  # appeared while the bytes were written
        return refused(ExportStatus.TARGET_EXISTS, target, target.name)
    status = media.status_for(exc)  # ENOENT now: the folder went (a pulled stick)
    code = errno.errorcode.get(exc.errno or 0)
    return refused(status, target, code if status is ExportStatus.WRITE_ERROR else None)


def _provider(request: Request, row: RequestAttachment, actions: dict[int, str]) -> str | None:
    """The partner's code when the file came from them, else None (ours)."""
    partner = request.from_code if request.direction == "incoming" else request.to_code
    if row.step_id is None:
        return partner if request.direction == "incoming" else None
    letters = {a.value: who for a, who in LETTERS.get(request.direction, {}).items()}
    return partner if letters.get(actions.get(row.step_id, "")) == "partner" else None


def _signature_states(
    checks: list[SignatureCheckRecord],
) -> dict[int, tuple[bool, str]]:
    """Per attachment, from its latest stored check: (signed, worst status)."""
    states = {}
    for attachment_id, rows in latest_per_attachment(checks).items():
        statuses = [r.status for r in rows]
        bad = [s for s in statuses if s != "valid"]
        states[attachment_id] = (_UNSIGNED not in statuses, bad[0] if bad else "valid")
    return states


class AttachmentFiles(RequestBase):
    def attachments(self, request_id: str) -> list[AttachmentEntry]:
        """The request's stored files, oldest first; audited as a view of the request."""
        role = self._role()
        require_working_role(role)
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            steps = {s.id: s for s in request.steps}
            actions = {s.id: s.action for s in request.steps}
            checks = list(
                session.scalars(
                    select(SignatureCheckRecord)
                    .where(SignatureCheckRecord.request_pk == request.pk)
                    .order_by(SignatureCheckRecord.id)
                )
            )
            states = _signature_states(checks)
            entries = []
            for row in request.attachments:
                step = steps.get(row.step_id) if row.step_id is not None else None
                provider = _provider(request, row, actions)
                ours_signed = step is not None and (
                    step.action == Action.SIGN.value or (row.signed_letter and provider is None)
                )
                kind = SIGNED_LETTER if ours_signed and row.mime == PDF else None
                signed, status = states.get(row.id, (None, None))
                if kind == SIGNED_LETTER and signed is None:
                    signed = True  # the signing service stored it signed (``signed_copy``)
                if signed is None and row.mime != PDF:
                    signed = False  # only PDFs carry a signature MigDesk knows
                entries.append(
                    AttachmentEntry(
                        number=row.id,
                        name=row.name,
                        mime=row.mime,
                        kind=kind or (RECEIVED if provider else ATTACHED),
                        size=row.size,
                        sha256=row.sha256,
                        step=step.seq if step is not None else None,
                        added_at=row.added_at
                        or (step.at if step is not None else request.created_at),
                        added_by=step.user if step is not None else request.created_by,
                        signed=signed,
                        signature_status=status,
                        received_from=provider,
                        attached_at=row.added_at,
                        letter=row.signed_letter,
                    )
                )
            audit.append(
                session,
                self.vault.user,
                "request.attachments",
                record_kind="request",
                record_id=request.id,
                details={"shown": len(entries)},
            )
            return entries

    def save_attachment(
        self, request_id: str, attachment_id: int, target: Path, *, overwrite: bool = False
    ) -> SavedAttachment:
        """Writes the stored bytes to ``target`` atomically (a temporary sibling renamed into
        place: a reader sees no half file, a failure leaves nothing). Refuses to replace an
        existing file unless ``overwrite``. Role and visibility refusals raise; what the
        medium refuses is the result's status. The audit entry is committed before the file
        takes its name: an export the trail does not show cannot happen. (A file created
        under the same name in the instant between the last check and the rename is
        replaced: the rename cannot refuse portably, FAT sticks have no hard links.)"""
        role = self._role()
        require_working_role(role)
        with self.vault.read_session() as session:
            request = self._load(session, request_id, role)
            row = session.scalar(
                select(RequestAttachment).where(
                    RequestAttachment.request_pk == request.pk,
                    RequestAttachment.id == attachment_id,
                )
            )
            if row is None or row.blob_id is None:
                raise InvalidInput(_("Вложение не найдено."), "attachments")
            actions = {s.id: s.action for s in request.steps}
            provider = _provider(request, row, actions)
            blob_id, expected, size, record_id = row.blob_id, row.sha256, row.size, request.id
        if (before := target_refused(target, overwrite)) is not None:
            return before
        try:
            free = shutil.disk_usage(target.parent).free
        except OSError as exc:
            return refused(media.status_for(exc), target)
        if free < size:
            return refused(ExportStatus.NO_SPACE, target)
        digest = hashlib.sha256()

        def fill(handle: BinaryIO) -> None:
            with self.vault.read_session() as reading:
                source = blob_reading.BlobReader(reading, blob_id)
                while piece := source.read(_PIECE):
                    digest.update(piece)
                    handle.write(piece)
            if digest.hexdigest() != expected:
                raise _Damaged
            if target.exists() and not overwrite:  # appeared while the bytes were written
                raise FileExistsError(errno.EEXIST, target.name)
            # The rename comes after this: the export is in the trail before the file exists.
            with self.vault.session() as writing:
                audit.append(
                    writing,
                    self.vault.user,
                    "request.attachment_export",
                    record_kind="request",
                    record_id=record_id,
                    details={
                        "attachment": attachment_id,
                        "sha256": expected,
                        "bytes": size,
                        "file": target.name,
                        "received_from": provider,
                    },
                )

        try:
            write_atomic_with(target, fill)
        except _Damaged:
            return refused(ExportStatus.SOURCE_CHANGED, target)
        except OSError as exc:
            return write_refused(exc, target)
        return SavedAttachment(
            ExportStatus.OK,
            SAVE_MESSAGES[ExportStatus.OK],
            target,
            expected,
            size,
            provider,
        )


class _Damaged(Exception):
    """The bytes read back from the vault do not hash to the stored SHA-256."""


def received_note(provider: str) -> str:
    """What a file the partner sent may be used for, once it is outside the vault."""
    return _(
        "Вложение получено от {provider}: использовать только в целях, для которых оно "
        "представлено (п.\u00a02 ст.\u00a011); передача третьей стороне — только с "
        "предварительного письменного согласия {provider} (п.\u00a03 ст.\u00a011)."
    ).format(provider=provider)
