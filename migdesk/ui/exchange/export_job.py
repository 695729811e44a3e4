"""What «Выгрузить» hands to the background: the officer's choices, frozen when the button is
pressed, and the call that writes the bundle from them on the worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from migdesk.exchange import ExportResult, export_bundle
from migdesk.exchange.items import pending_sources
from migdesk.exchange.request_export import pending_requests
from migdesk.ui.tasks import TaskContext
from migdesk.vault import Vault


@dataclass(frozen=True)
class ExportJob:
    vault: Vault
    to: str
    folder: Path
    persons: list[str]
    # None while the dialog was still listing: then what the list checks by default (the
    # preselected ones, else every pending request), asked again on the worker.
    requests: list[str] | None
    preselected: set[str] | None
    note: str | None
    include_acks: bool
    include_notices: bool
    token_pin: bytes | None

    def run(self, ctx: TaskContext) -> ExportResult:
        chosen = self.requests
        if chosen is None:
            chosen = [
                p.id
                for p in pending_requests(self.vault, self.to)
                if self.preselected is None or p.id in self.preselected
            ]
        return export_bundle(
            self.vault,
            self.to,
            self.folder,
            persons=self.persons,
            requests=chosen,
            note=self.note,
            include_acks=self.include_acks,
            sources=pending_sources() if self.include_notices else (),
            progress=ctx.progress,
            cancelled=ctx.cancelled,
            token_pin=self.token_pin,
        )
