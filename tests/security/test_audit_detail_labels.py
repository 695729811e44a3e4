"""Audit details read in Russian (issue 13.9): «rows: 6», «certificate_serial» were shown."""

from __future__ import annotations

import json
import re
from pathlib import Path

from migdesk.models import AuditEntry
from migdesk.security.audit_labels import DETAIL_LABELS, details_text


def test_details_are_labelled_in_russian() -> None:
    entry = AuditEntry(details=json.dumps({"rows": 6, "certificate_serial": "1A2B"}))
    assert details_text(entry) == "строк: 6; серийный номер сертификата: 1A2B"


def test_every_detail_key_written_anywhere_has_a_label() -> None:
    """A new ``details={"key": …}`` without a label would show the bare key again."""
    root = Path(__file__).resolve().parents[2] / "migdesk"
    keys: set[str] = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for block in re.finditer(r"details=\{([^}]*)\}", text, re.S):
            keys |= set(re.findall(r'"([a-z_]+)":', block.group(1)))
        keys |= set(re.findall(r'details\["([a-z_]+)"\]', text))
    keys.discard("query_hmac")  # never shown
    assert sorted(keys - DETAIL_LABELS.keys()) == []
