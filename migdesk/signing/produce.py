"""Producing documents for a face (the GUI): which documents a record can give, the
preview, the signed PDF and the paper copy, and how each output is recorded.

The same steps as ``doc render`` (``migdesk.cli.doc_cmds.run_render``), through the same
services: ``DocumentService.build`` → ``gost_layout.render`` → ``SigningService.sign`` or
``DocumentService.record(…, "document.print")``. Nothing is written to disk here; the PDF
stays in memory until the caller saves or prints it.

Paper copies carry the wet-signature block (issue 5): a signed document is printed from a
render of the same ``Document`` without the stamp room, so its QR code carries the same
content hash as the signed file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.reports.doc_model import Document, Rendered
from migdesk.reports.documents.choices import (
    DocumentChoice,
)
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.gost_layout import render
from migdesk.vault import Vault

if TYPE_CHECKING:  # pyHanko loads when something is signed, not when a window opens
    from migdesk.signing.credentials import Credentials
    from migdesk.signing.service import SigningService


@dataclass(frozen=True)
class Produced:
    """A built and rendered document; ``pdf`` is what is shown and saved (signed or not)."""

    choice: DocumentChoice
    document: Document
    rendered: Rendered
    pdf: bytes
    signed: bool
    # What it was built with (a consent letter's terms): signing builds it again the same way.
    options: BuildOptions = field(default_factory=BuildOptions)


class DocumentProducer:
    def __init__(self, vault: Vault) -> None:
        from migdesk.signing.service import SigningService

        self.documents = DocumentService(vault)
        self.signing: SigningService = SigningService(vault)

    def preview(self, choice: DocumentChoice, options: BuildOptions | None = None) -> Produced:
        """The unsigned document as it prints: wet-signature block, nothing recorded."""
        options = options or BuildOptions()
        document = self.documents.build(choice.kind, choice.record_id, options)
        rendered = render(document)
        return Produced(choice, document, rendered, rendered.pdf, signed=False, options=options)

    def sign(
        self,
        choice: DocumentChoice,
        credentials: Credentials,
        options: BuildOptions | None = None,
    ) -> Produced:
        """Built for the certificate's holder, rendered with the stamp room, signed (Art. 9.3
        checked and the signing recorded by ``SigningService``)."""
        asked = options or BuildOptions()
        chosen = asked.signer
        options = replace(
            asked,
            signer=SignerChoice(chosen.signatory, credentials.certificate, chosen.user),
        )
        document = self.documents.build(choice.kind, choice.record_id, options)
        rendered = render(document, stamp=True)
        pdf = self.signing.sign(document, rendered, credentials)
        return Produced(choice, document, rendered, pdf, signed=True, options=asked)

    def paper(self, produced: Produced) -> Rendered:
        """What goes to the printer: always with the wet-signature block."""
        return render(produced.document) if produced.signed else produced.rendered

    def record_printed(self, produced: Produced, paper: Rendered, copies: int) -> None:
        if copies < 1:
            raise InvalidInput(_("Число экземпляров должно быть не меньше одного."))
        self.documents.record(
            produced.document,
            paper,
            "document.print",
            output="printer",
            copies=copies,
            signed=produced.signed,
        )

    def record_saved(self, produced: Produced) -> None:
        """A file of an unsigned document is recorded as the CLI records it; a signed one
        was recorded when it was signed."""
        if not produced.signed:
            self.documents.record(produced.document, produced.rendered, "document.print")
