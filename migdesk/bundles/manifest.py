"""``manifest.json``: the sender's signed list of what the plaintext contains.

It repeats the label's identity fields (so an inner part cannot be moved under another
label) and lists every entry with role, media type, size and SHA-256. The sender signs it
before encryption (detached CMS, ``manifest.p7s``), so the addressee keeps proof of origin
for the plaintext itself, independent of the outer label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from migdesk.bundles import canonical
from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.bundles.label import Label
from migdesk.messages import _
from migdesk.pki.fingerprints import is_fingerprint

FORMAT = "migdesk-manifest/1"
MANIFEST_NAME = "manifest.json"
MANIFEST_SIGNATURE_NAME = "manifest.p7s"
RECORDS_NAME = "records.json"
ROLE_RECORDS = "records"
ROLE_ATTACHMENT = "attachment"
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 100_000
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$")
_IDENTITY = ("bundle_id", "sender", "addressee", "channel", "sequence", "kind", "created")


def is_entry_name(name: str) -> bool:
    return _NAME.fullmatch(name) is not None and name not in (
        MANIFEST_NAME,
        MANIFEST_SIGNATURE_NAME,
    )


@dataclass(frozen=True)
class ManifestEntry:
    name: str
    role: str
    media_type: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
        }


@dataclass(frozen=True)
class Manifest:
    identity: dict[str, Any]
    entries: tuple[ManifestEntry, ...]

    @classmethod
    def for_label(cls, label: Label, entries: tuple[ManifestEntry, ...]) -> Manifest:
        return cls(identity=identity_of(label), entries=entries)

    def to_bytes(self) -> bytes:
        body = {"format": FORMAT, **self.identity}
        body["entries"] = [entry.to_json() for entry in self.entries]
        return canonical.dumps(body)

    @property
    def attachments(self) -> tuple[ManifestEntry, ...]:
        return tuple(entry for entry in self.entries if entry.role == ROLE_ATTACHMENT)


def identity_of(label: Label) -> dict[str, Any]:
    full = label.to_json()
    return {key: full[key] for key in _IDENTITY}


def _bad(detail: str) -> BundleRejected:
    return BundleRejected(Reason.MANIFEST_MISMATCH, detail)


def parse_manifest(data: bytes, label: Label) -> Manifest:
    """The manifest, checked against the label it arrived under."""
    try:
        raw = canonical.loads(data)
    except canonical.NotCanonical:
        raise _bad(_("Опись — не канонический JSON.")) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _bad(_("Неизвестный формат описи."))
    if set(raw) != {"format", "entries", *_IDENTITY}:
        raise _bad(_("Неверный набор полей описи."))
    identity = {key: raw[key] for key in _IDENTITY}
    if identity != identity_of(label):
        raise _bad(_("Опись относится к другому пакету."))
    entries = raw["entries"]
    if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_ENTRIES:
        raise _bad(_("Неверный список записей описи."))
    parsed = tuple(_entry(item) for item in entries)
    if parsed[0].role != ROLE_RECORDS or parsed[0].name != RECORDS_NAME:
        raise _bad(_("Первой записью должен быть {name}.").format(name=RECORDS_NAME))
    if any(entry.role != ROLE_ATTACHMENT for entry in parsed[1:]):
        raise _bad(_("После записей допускаются только вложения."))
    if len({entry.name for entry in parsed}) != len(parsed):
        raise _bad(_("Повторяющиеся имена в описи."))
    return Manifest(identity, parsed)


def _entry(item: Any) -> ManifestEntry:
    if not isinstance(item, dict) or set(item) != {"name", "role", "media_type", "size", "sha256"}:
        raise _bad(_("Неверная запись описи."))
    name, role, media_type = item["name"], item["role"], item["media_type"]
    size, sha256 = item["size"], item["sha256"]
    if not isinstance(name, str) or not is_entry_name(name):
        raise BundleRejected(
            Reason.UNSAFE_PATH, _("Имя в описи: «{name}».").format(name=str(name)[:80])
        )
    if role not in (ROLE_RECORDS, ROLE_ATTACHMENT):
        raise _bad(_("Неизвестная роль записи."))
    if not isinstance(media_type, str) or _MEDIA_TYPE.fullmatch(media_type) is None:
        raise _bad(_("Неверный тип данных записи."))
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise _bad(_("Неверный размер записи."))
    if not isinstance(sha256, str) or not is_fingerprint(sha256):
        raise _bad(_("Неверная контрольная сумма записи."))
    return ManifestEntry(name, role, media_type, size, sha256)
