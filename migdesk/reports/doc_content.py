"""What a document's SHA-256 covers and what its QR code carries.

*Content* is the canonical JSON of every field the document renders, built by
``Document.content()``: ``{"format": "migdesk-document/1", "kind", "authority",
"number", "date", "reply_to", "restriction", "copy", "addressee", "title", "heading",
"body", "attachments", "signer", "executor", "record"}``, where ``body`` is the list of
blocks as rendered (paragraph text, labelled sections, tables as column names and rows,
photos by their SHA-256). Canonical: UTF-8, keys sorted, no insignificant whitespace
(``json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":"))``).
Layout (fonts, margins, page breaks) and the signature are not content, so the same
letter printed and signed has the same content hash, and a paper copy is checked by
re-rendering the record from the vault and comparing the hash in its QR code.

The QR code carries the compact JSON ``{"v":1,"a":AUTHORITY,"n":NUMBER,"d":"YYYY-MM-DD",
"h":SHA256,"r":RECORD_ID}`` (``n`` is null for documents without a registration number).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

FORMAT = "migdesk-document/1"
QR_VERSION = 1


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def content_sha256(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


def qr_payload(authority: str, number: str | None, day: date, sha256: str, record: str) -> str:
    data = {"v": QR_VERSION, "a": authority, "n": number, "d": day.isoformat(), "h": sha256}
    data["r"] = record
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def parse_qr_payload(text: str) -> dict[str, Any]:
    """The fields of a scanned QR code; raises ValueError on anything else."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("v") != QR_VERSION:
        raise ValueError("not a MigDesk document code")
    if not {"a", "n", "d", "h", "r"} <= set(data):
        raise ValueError("incomplete MigDesk document code")
    return data
