"""The courier transmittal register built from the bundle log, not from a hand-made list.

Lines come from ``exchange_bundle_log`` (direction ``out``): our authority as sender, the
peer as addressee, the sequence number and the SHA-256 of ``label.json`` — what the courier
and the receiving side can check on the stick with ``sha256sum`` — and the size its label
states, when that label is still where the export wrote it. Either the bundles chosen
by id, or every bundle written on one local calendar day (optionally to one peer).

Rendering goes through ``DocumentService`` (kind ``transmittal``) and is recorded as
``document.print`` like ``doc render``; the PDF is written atomically. No Qt here: the CLI
and the GUI both call these functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from migdesk.atomic import write_atomic
from migdesk.bundles import layout
from migdesk.bundles.errors import BundleRejected
from migdesk.bundles.label import LABEL_NAME, MAX_LABEL_BYTES, Label
from migdesk.errors import InvalidInput, NotFound
from migdesk.exchange.keys import own_authority
from migdesk.messages import _
from migdesk.models import BundleLogEntry
from migdesk.reports.documents.transmittal import BundleLine
from migdesk.requests.dates import today
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault


@dataclass(frozen=True)
class RegisterResult:
    path: Path
    sha256: str  # of the PDF file
    number: str | None
    bundles: int
    pages: int

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "sha256": self.sha256,
            "number": self.number,
            "bundles": self.bundles,
            "pages": self.pages,
        }


def written_on(entry: BundleLogEntry) -> date:
    """The workstation's local calendar day of the label's UTC time (DESIGN: local dates)."""
    moment = datetime.strptime(entry.created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return moment.astimezone().date()


def size_on_stick(entry: BundleLogEntry) -> int | None:
    """The bundle's size as its label states it, read where the export wrote it, if that
    label is still there and is the one logged (same SHA-256); otherwise unknown (the
    stick is out, the folder moved). The log keeps no size: what the register states is
    then what the courier carries, never a figure from elsewhere."""
    if not entry.path:
        return None
    try:
        data = layout.read_member(Path(entry.path), LABEL_NAME, MAX_LABEL_BYTES)
        if hashlib.sha256(data).hexdigest() != entry.label_sha256:
            return None
        return Label.from_bytes(data).total_size
    except BundleRejected:
        return None


def _line(own: str, entry: BundleLogEntry) -> BundleLine:
    return BundleLine(
        own, entry.peer, entry.sequence, entry.label_sha256, entry.bundle_id, size_on_stick(entry)
    )


def _order(entry: BundleLogEntry) -> tuple[str, str, int]:
    return entry.peer, entry.channel, entry.sequence


def register_lines(
    vault: Vault,
    bundle_ids: Sequence[str] = (),
    *,
    day: date | None = None,
    peer: str | None = None,
) -> list[BundleLine]:
    """Register lines for the outgoing bundles ``bundle_ids``, or for all written on ``day``
    (to ``peer`` if given); ordered by addressee, channel and number.

    An id that is not an outgoing bundle is refused by name; an empty selection too."""
    require(vault.current_roles(), Permission.EXPORT_BUNDLES)
    if bundle_ids and (day is not None or peer is not None):
        raise InvalidInput(_("Укажите либо пакеты, либо дату (и орган), но не то и другое."))
    with vault.read_session() as session:
        own = own_authority(session)
        stmt = select(BundleLogEntry).where(BundleLogEntry.direction == "out")
        if bundle_ids:
            wanted = [i.strip().lower() for i in bundle_ids]
            found = {
                e.bundle_id: e
                for e in session.scalars(stmt.where(BundleLogEntry.bundle_id.in_(wanted)))
            }
            missing = [i for i in wanted if i not in found]
            if missing:
                raise NotFound(
                    _("Отправленный пакет {bundles} не найден в журнале.").format(
                        bundles=", ".join(missing)
                    )
                )
            entries = list(found.values())
        else:
            day = day or today()
            if peer is not None:
                stmt = stmt.where(BundleLogEntry.peer == peer)
            entries = [e for e in session.scalars(stmt) if written_on(e) == day]
            if not entries:
                to = _(" органу {peer}").format(peer=peer) if peer else ""
                raise NotFound(
                    _("{day:%d.%m.%Y} пакеты{to} не отправлялись.").format(day=day, to=to)
                )
        return [_line(own, e) for e in sorted(entries, key=_order)]


def write_register(
    vault: Vault,
    out: Path,
    lines: Sequence[BundleLine],
    *,
    number: str | None = None,
    day: date | None = None,
) -> RegisterResult:
    """Renders the register, records ``document.print`` (kind, number, content hash, the
    bundle ids — never a file path) and writes the PDF atomically to ``out``."""
    require(vault.current_roles(), Permission.EXPORT_BUNDLES)
    # reportlab and pyHanko load when a register is printed, not with the export window.
    from migdesk.reports.documents.service import BuildOptions, DocumentService
    from migdesk.reports.gost_layout import render

    service = DocumentService(vault)
    options = BuildOptions(bundles=list(lines), number=number, day=day)
    document = service.build("transmittal", None, options)
    rendered = render(document)
    # Recorded before the file is written, as ``doc render`` does: an entry without a file
    # is harmless, a printed register without an entry is not (Art. 11.4).
    service.record(document, rendered, "document.print", bundles=[line.bundle_id for line in lines])
    try:
        write_atomic(out, rendered.pdf)
    except OSError as exc:
        raise InvalidInput(
            _("Файл реестра «{out}» не записан: {strerror}.").format(out=out, strerror=exc.strerror)
        ) from exc
    return RegisterResult(
        out, hashlib.sha256(rendered.pdf).hexdigest(), rendered.number, len(lines), rendered.pages
    )
