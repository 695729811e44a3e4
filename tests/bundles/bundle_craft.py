"""Making bundles that a legitimate sender would never make: re-labelled, re-signed, cut.

Imported as ``tests.bundles.bundle_craft`` (not a test module)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from migdesk.bundles import Attachment, OutgoingBundle, canonical
from migdesk.bundles.cms import sign_detached
from migdesk.bundles.stream import TAG_SIZE, header_size
from migdesk.pki import AuthorityKeys, KeyPair

SAMPLE_CHUNK = 4096
RSA_3072_BYTES = 384
PAYLOAD_HEADER = header_size(RSA_3072_BYTES)

SAMPLE_RECORDS: list[dict[str, Any]] = [
    {
        "type": "person",
        "id": "7c7d2b4e-5f43-4a53-9a52-2d51a8f0c001",
        "data": {"surname_ru": "Тестов", "given_name_ru": "Пробный", "birth_date": "1985-04-12"},
    },
    {
        "type": "person",
        "id": "7c7d2b4e-5f43-4a53-9a52-2d51a8f0c002",
        "data": {"surname_ru": "Образцова", "given_name_ru": "Проба", "sex": "F"},
    },
]


def sample_attachments() -> list[Attachment]:
    photo = bytes(range(256)) * 40  # 10 KiB: several chunks of 4 KiB
    card = b"%PDF-1.7 synthetic fingerprint card\n" * 50
    return [
        Attachment.from_bytes("photo-0001.jpg", photo, "image/jpeg"),
        Attachment.from_bytes("card-0001.pdf", card, "application/pdf"),
    ]


def read_label(folder: Path) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((folder / "label.json").read_text("utf-8"))
    return raw


def write_label(
    folder: Path, label: dict[str, Any], signer: KeyPair, *, canonical_form: bool = True
) -> None:
    """Writes ``label`` as given and signs it properly with ``signer``."""
    data = canonical.dumps(label) if canonical_form else json.dumps(label, indent=2).encode()
    (folder / "label.json").write_bytes(data)
    (folder / "label.p7s").write_bytes(sign_detached(data, signer))


def resign(folder: Path, signer: KeyPair, **changes: Any) -> None:
    """Recomputes every file's size and hash, applies ``changes``, signs the label again:
    the outer checks then pass and what is left to catch the damage is the inner layer."""
    label = read_label(folder)
    for entry in label["files"]:
        path = folder / entry["name"]
        if path.is_file():
            data = path.read_bytes()
            entry["size"] = len(data)
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    label.update(changes)
    write_label(folder, label, signer)


def chunks(payload: bytes, chunk_size: int = SAMPLE_CHUNK) -> tuple[bytes, list[bytes]]:
    """The payload header and its encrypted chunks."""
    header, body = payload[:PAYLOAD_HEADER], payload[PAYLOAD_HEADER:]
    block = chunk_size + TAG_SIZE
    return header, [body[i : i + block] for i in range(0, len(body), block)]


def outgoing(
    kz: AuthorityKeys, am: AuthorityKeys, sequence: int = 42, **changes: Any
) -> OutgoingBundle:
    """The sample KZ-MVD → AM-MIGRATION bundle, with ``changes`` applied."""
    fields: dict[str, Any] = {
        "sender": "KZ-MVD",
        "addressee": "AM-MIGRATION",
        "sequence": sequence,
        "signing": kz.signing,
        "recipient_certificate": am.encryption.certificate,
        "records": SAMPLE_RECORDS,
        "attachments": sample_attachments(),
    }
    fields.update(changes)
    return OutgoingBundle(**fields)
