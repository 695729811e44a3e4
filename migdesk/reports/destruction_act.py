"""Printing the act of destruction (Art. 11.5) right after a destruction (``destroy
--act-out``, the «Сроки хранения» window) or again later.

The act is the document kind ``destruction-act`` (``migdesk.reports.documents``), laid out
by ``gost_layout`` like every other document; ``doc render ACT_ID --kind destruction-act``
prints the same act from the vault.
"""

from __future__ import annotations

from pathlib import Path

from migdesk.atomic import write_atomic
from migdesk.office.retention import ActInfo
from migdesk.reports.doc_model import Rendered
from migdesk.reports.documents.destruction_act import SUMMARY_LABELS
from migdesk.reports.documents.service import DocumentService
from migdesk.reports.gost_layout import render
from migdesk.vault import Vault

__all__ = ["SUMMARY_LABELS", "render_destruction_act", "write_destruction_act"]


def render_destruction_act(vault: Vault, act: ActInfo) -> Rendered:
    return render(DocumentService(vault).destruction_act(act))


def write_destruction_act(vault: Vault, act: ActInfo, path: Path) -> Rendered:
    """Writes the act atomically (a failed write leaves no partial file) and records the
    print in the audit trail like ``doc render`` does (kind, number, content hash)."""
    service = DocumentService(vault)
    document = service.destruction_act(act)
    rendered = render(document)
    write_atomic(path, rendered.pdf)
    service.record(document, rendered, "document.print")
    return rendered
