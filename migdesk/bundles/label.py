"""``label.json``: what a courier and the addressee read before any key is used.

The label names sender, addressee, channel and sequence, the addressee's encryption
certificate (SHA-256 fingerprint) and the name, size and SHA-256 of every ciphertext file.
It is canonical JSON (see ``canonical``) and is signed by ``label.p7s``.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from migdesk.bundles import canonical
from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.messages import _
from migdesk.pki.fingerprints import is_fingerprint
from migdesk.pki.names import is_authority_code

# Version 1: one ciphertext file, payload.bin. Version 2: the same ciphertext stream cut into
# parts payload.000, payload.001, … (FAT32 sticks hold at most 4 GiB - 1 per file). A writer
# uses version 1 whenever the payload fits in one part, so older readers still open it.
FORMAT = "migdesk-bundle/1"
FORMAT_PARTS = "migdesk-bundle/2"
FORMAT_PREFIX = "migdesk-bundle/"
LABEL_NAME = "label.json"
SIGNATURE_NAME = "label.p7s"
PAYLOAD_NAME = "payload.bin"
PART_PREFIX = "payload."
# Each files entry takes about 105 bytes of the 64 KiB label; 500 parts of 1 GiB is 500 GiB.
MAX_PARTS = 500
BUNDLE_SUFFIX = ".mdbundle"
DEFAULT_CHANNEL = "main"
MAX_LABEL_BYTES = 64 * 1024
MAX_SEQUENCE = 999_999_999

_CHANNEL = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
_FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_KEYS = {
    "format",
    "bundle_id",
    "sender",
    "addressee",
    "channel",
    "sequence",
    "created",
    "kind",
    "addressee_cert_sha256",
    "files",
}


class Kind(Enum):
    DATA = "data"
    ACKNOWLEDGEMENT = "acknowledgement"


@dataclass(frozen=True)
class FileEntry:
    name: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class Label:
    bundle_id: str
    sender: str
    addressee: str
    channel: str
    sequence: int
    created: str
    kind: Kind
    addressee_cert_sha256: str
    files: tuple[FileEntry, ...]

    @property
    def format(self) -> str:
        """Derived from the files, so a label cannot say one version and carry the other."""
        return FORMAT if is_single_payload(self.files) else FORMAT_PARTS

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "addressee": self.addressee,
            "channel": self.channel,
            "sequence": self.sequence,
            "created": self.created,
            "kind": self.kind.value,
            "addressee_cert_sha256": self.addressee_cert_sha256,
            "files": [entry.to_json() for entry in self.files],
        }

    def to_bytes(self) -> bytes:
        return canonical.dumps(self.to_json())

    @property
    def dir_name(self) -> str:
        return bundle_dir_name(self.sender, self.addressee, self.sequence, self.channel)

    @property
    def total_size(self) -> int:
        return sum(entry.size for entry in self.files)

    @classmethod
    def from_bytes(cls, data: bytes) -> Label:
        if len(data) > MAX_LABEL_BYTES:
            raise BundleRejected(Reason.MALFORMED_LABEL, _("Ярлык слишком велик."))
        try:
            raw = canonical.loads(data)
        except canonical.NotCanonical as exc:
            raise BundleRejected(Reason.MALFORMED_LABEL, _("Это не канонический JSON.")) from exc
        return parse_label(raw)


def bundle_dir_name(sender: str, addressee: str, sequence: int, channel: str) -> str:
    """``KZ-MVD_to_AM-MIGRATION_000042.mdbundle`` (channel inserted when not ``main``)."""
    middle = "" if channel == DEFAULT_CHANNEL else f"{channel}_"
    return f"{sender}_to_{addressee}_{middle}{sequence:06d}{BUNDLE_SUFFIX}"


def part_name(index: int) -> str:
    """``payload.000``, ``payload.001``…: sorted by name is the order of the stream."""
    return f"{PART_PREFIX}{index:03d}"


def is_single_payload(files: tuple[FileEntry, ...]) -> bool:
    return [entry.name for entry in files] == [PAYLOAD_NAME]


def utc_timestamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_safe_file_name(name: str) -> bool:
    """A plain lowercase file name: no separators, no ``..``, no hidden or reserved names."""
    return (
        _FILE_NAME.fullmatch(name) is not None
        and ".." not in name
        and name not in (LABEL_NAME, SIGNATURE_NAME)
    )


def _bad(detail: str) -> BundleRejected:
    return BundleRejected(Reason.MALFORMED_LABEL, detail)


def parse_label(raw: Any) -> Label:
    if not isinstance(raw, dict):
        raise _bad(_("Ожидался объект JSON."))
    fmt = raw.get("format")
    known = (FORMAT, FORMAT_PARTS)
    if isinstance(fmt, str) and fmt.startswith(FORMAT_PREFIX) and fmt not in known:
        raise BundleRejected(Reason.UNSUPPORTED_FORMAT, _("Формат «{fmt}».").format(fmt=fmt))
    if fmt not in known:
        raise _bad(_("Неизвестный формат."))
    if set(raw) != _KEYS:
        raise _bad(_("Неверный набор полей."))
    files = _parse_files(raw["files"], fmt)
    label = Label(
        bundle_id=_uuid(raw["bundle_id"]),
        sender=_code(raw["sender"], _("отправителя")),
        addressee=_code(raw["addressee"], _("получателя")),
        channel=_match(raw["channel"], _CHANNEL, _("Неверный канал.")),
        sequence=_sequence(raw["sequence"]),
        created=_created(raw["created"]),
        kind=_kind(raw["kind"]),
        addressee_cert_sha256=_fingerprint(raw["addressee_cert_sha256"]),
        files=files,
    )
    if label.sender == label.addressee:
        raise _bad(_("Отправитель и получатель совпадают."))
    return label


def _parse_files(value: Any, fmt: str) -> tuple[FileEntry, ...]:
    if not isinstance(value, list) or not value:
        raise _bad(_("Нет списка файлов."))
    entries: list[FileEntry] = []
    for item in value:
        if not isinstance(item, dict) or set(item) != {"name", "size", "sha256"}:
            raise _bad(_("Неверное описание файла."))
        name = item["name"]
        if not isinstance(name, str) or not is_safe_file_name(name):
            raise BundleRejected(
                Reason.UNSAFE_PATH, _("Имя файла: «{name}».").format(name=str(name)[:80])
            )
        size = item["size"]
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise _bad(_("Неверный размер файла."))
        entries.append(FileEntry(name, size, _fingerprint(item["sha256"])))
    names = [entry.name for entry in entries]
    if fmt == FORMAT and names != [PAYLOAD_NAME]:
        raise _bad(_("Версия 1 содержит ровно один файл {file}.").format(file=PAYLOAD_NAME))
    # Version 2: parts numbered from 000 without gaps, listed in stream order. A label that
    # lists them out of order or skips one is refused before any file is read.
    if fmt == FORMAT_PARTS and (
        len(names) > MAX_PARTS or names != [part_name(i) for i in range(len(names))]
    ):
        raise _bad(
            _("Версия 2 содержит части {first}, {second}… по порядку.").format(
                first=part_name(0), second=part_name(1)
            )
        )
    return tuple(entries)


def _match(value: Any, pattern: re.Pattern[str], detail: str) -> str:
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        raise _bad(detail)
    return value


def _created(value: Any) -> str:
    text = _match(value, _TIME, _("Неверное время создания."))
    try:
        datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise _bad(_("Неверное время создания.")) from None
    return text


def _uuid(value: Any) -> str:
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise _bad(_("Неверный идентификатор пакета."))


def _code(value: Any, role: str) -> str:
    if not isinstance(value, str) or not is_authority_code(value):
        raise _bad(_("Неверный код {role}.").format(role=role))
    return value


def _sequence(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_SEQUENCE:
        raise _bad(_("Неверный порядковый номер."))
    return value


def _kind(value: Any) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        raise _bad(_("Неверный вид пакета.")) from None


def _fingerprint(value: Any) -> str:
    if not isinstance(value, str) or not is_fingerprint(value):
        raise _bad(_("Неверная контрольная сумма SHA-256."))
    return value
