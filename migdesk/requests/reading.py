"""Reading messages: one request, an attachment, the lists and the dashboard; every read is
audited and goes through ``can_see_request`` (Art. 11.1).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import BinaryIO

from sqlalchemy import select

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import (
    RequestAttachment,
)
from migdesk.requests.dates import today
from migdesk.requests.records import (
    Dashboard,
    RequestRow,
    RequestView,
)
from migdesk.requests.service_base import RequestBase
from migdesk.requests.views import build_view, row_of
from migdesk.requests.workflow import (
    awaits_answer,
    is_closed,
)
from migdesk.security import audit
from migdesk.vault import blob_reading

READ_BUFFER = 64 * 1024  # a PDF reader's small reads, served from one vault piece


class Reading(RequestBase):
    # --- reading ---------------------------------------------------------------------------

    def get(self, request_id: str, *, as_of: date | None = None) -> RequestView:
        day = as_of or today()
        role = self._role()
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            audit.append(
                session,
                self.vault.user,
                "request.view",
                record_kind="request",
                record_id=request.id,
            )
            return build_view(session, request, day)

    def attachment(self, request_id: str, attachment_id: int) -> bytes:
        """The whole attachment (small files: a PDF to preview; ``open_attachment`` for
        anything a partner may have sent, up to 1 GiB)."""
        with self.open_attachment(request_id, attachment_id) as data:
            return data.read()

    @contextmanager
    def open_attachment(self, request_id: str, attachment_id: int) -> Iterator[BinaryIO]:
        """The attachment as a seekable file read piece by piece from the vault (a received
        one may be 1 GiB: checked or counted without holding it). The read is audited and
        committed first; the file is read in a read-only session, so the caller may write
        meanwhile (store a signature check)."""
        role = self._role()
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            row = session.scalar(
                select(RequestAttachment).where(
                    RequestAttachment.request_pk == request.pk,
                    RequestAttachment.id == attachment_id,
                )
            )
            if row is None or row.blob_id is None:
                raise InvalidInput(_("Вложение не найдено."), "attachments")
            blob_id = row.blob_id
            audit.append(
                session,
                self.vault.user,
                "request.attachment",
                record_kind="request",
                record_id=request.id,
                details={"attachment": attachment_id},
            )
        with (
            self.vault.read_session() as session,
            io.BufferedReader(blob_reading.BlobFile(session, blob_id), READ_BUFFER) as data,
        ):
            yield data

    def list(
        self,
        *,
        overdue: bool | None = None,
        as_of: date | None = None,
        direction: str | None = None,
        kind: str | None = None,
    ) -> list[RequestRow]:
        """Requests visible to the user as they stood at the end of ``as_of`` (default today).
        ``overdue=True`` keeps only open incoming requests past their due date."""
        day = as_of or today()
        role = self._role()
        with self.vault.session() as session:
            rows = []
            for request in self._visible(session, role):
                row = row_of(request, day)
                if row is None:
                    continue
                if direction is not None and row.direction != direction:
                    continue
                if kind is not None and row.kind != kind:
                    continue
                if overdue is not None and row.overdue != overdue:
                    continue
                rows.append(row)
            audit.append(
                session,
                self.vault.user,
                "request.list",
                details={
                    "as_of": day.isoformat(),
                    "overdue": overdue,
                    "direction": direction,
                    "kind": kind,
                    "shown": len(rows),
                },
            )
            return rows

    def dashboard(self, as_of: date | None = None) -> Dashboard:
        """What opens on start: incoming by days left (overdue first), outgoing awaiting."""
        day = as_of or today()
        rows = self.list(as_of=day)
        incoming = [r for r in rows if r.direction == "incoming" and not is_closed(r.kind, r.state)]
        incoming.sort(key=lambda r: (r.days_left is None, r.days_left or 0, r.number))
        outgoing = [r for r in rows if r.direction == "outgoing" and awaits_answer(r.kind, r.state)]
        outgoing.sort(key=lambda r: (-(r.waiting_days or 0), r.number))
        return Dashboard(day, incoming, outgoing)
