"""What a bundle carries: records as JSON and attachments streamed from their source."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.bundles.records_stream import parse_records
from migdesk.messages import _

__all__ = ["RECORDS_MEDIA_TYPE", "Attachment", "encode_records", "parse_records"]

RECORDS_MEDIA_TYPE = "application/json"
MAX_RECORDS_BYTES = 256 * 1024 * 1024


class AttachmentSource(Protocol):
    """What ``Attachment.open`` returns: a file, a pipe, a generator wrapped as a reader.

    Only ``read`` and ``with`` are used, so an attachment never has to be bytes in memory."""

    def read(self, size: int = -1, /) -> bytes: ...

    def __enter__(self) -> AttachmentSource: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
        /,
    ) -> object: ...


@dataclass(frozen=True)
class Attachment:
    """A photo, fingerprint card, signed PDF…: read twice (hash, then encrypt), never copied.

    ``open`` is called once per pass and must give the same bytes each time (checked: a
    difference is ``source_changed``)."""

    name: str
    media_type: str
    size: int
    open: Callable[[], AttachmentSource]
    sha256: str | None = None

    @classmethod
    def from_bytes(
        cls, name: str, data: bytes, media_type: str = "application/octet-stream"
    ) -> Attachment:
        digest = hashlib.sha256(data).hexdigest()
        return cls(name, media_type, len(data), lambda: io.BytesIO(data), digest)

    @classmethod
    def from_file(
        cls, name: str, path: Path, media_type: str = "application/octet-stream"
    ) -> Attachment:
        return cls(name, media_type, path.stat().st_size, lambda: path.open("rb"))


def encode_records(records: Sequence[Mapping[str, Any]]) -> bytes:
    """``{"records": [...]}``, UTF-8, sorted keys: the same records give the same bytes."""
    for record in records:
        _check_record(record)
    text = json.dumps(
        {"records": list(records)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        allow_nan=False,
    )
    return text.encode("utf-8")


def _check_record(record: Any) -> None:
    if not isinstance(record, Mapping) or not isinstance(record.get("type"), str):
        raise BundleRejected(Reason.MALFORMED_RECORDS, _("Каждая запись — объект с полем type."))
