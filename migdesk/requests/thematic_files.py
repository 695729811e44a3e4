"""A thematic item's attachment written out to a file, with the same refusals as a request's
(``attachment_files``): an existing file is kept unless ``overwrite``, a missing folder is
named, what the medium refuses is the result's status, and the file appears atomically. The
audit entry (``thematic.attachment``) commits before the file takes its name, and not at all
when the file is refused."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import BinaryIO

from migdesk.atomic import write_atomic_with
from migdesk.bundles.media import ExportStatus
from migdesk.requests.attachment_files import (
    SAVE_MESSAGES,
    SavedAttachment,
    target_refused,
    write_refused,
)
from migdesk.requests.thematic import ThematicService


def save_thematic_attachment(
    service: ThematicService,
    item_id: str,
    attachment_id: int,
    target: Path,
    *,
    overwrite: bool = False,
) -> SavedAttachment:
    """Writes the stored bytes of the item's attachment to ``target``; role and visibility
    refusals raise as ``ThematicService`` raises them."""
    if (before := target_refused(target, overwrite)) is not None:
        return before

    def appeared() -> None:  # created by someone else while the bytes were written
        if target.exists() and not overwrite:
            raise FileExistsError(errno.EEXIST, target.name)

    sizes: list[int] = []

    def fill(handle: BinaryIO) -> None:
        sizes.append(service.save_attachment(item_id, attachment_id, handle, appeared))

    try:
        write_atomic_with(target, fill)
    except OSError as exc:
        return write_refused(exc, target)
    return SavedAttachment(ExportStatus.OK, SAVE_MESSAGES[ExportStatus.OK], target, size=sizes[0])
