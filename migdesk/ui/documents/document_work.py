"""What the document dialog and the batch dialog run in workers, and how a produced document's
file is named: showing (a signed PDF with its stamp drawn in), signing with a key source,
printing the paper copy and recording it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from migdesk.reports.documents.choices import (
    DocumentChoice,
)
from migdesk.reports.documents.service import BuildOptions
from migdesk.reports.pdf_preview import widgets_drawn
from migdesk.signing.produce import DocumentProducer, Produced
from migdesk.ui.documents.keys import KeySource
from migdesk.ui.documents.printing import PrintJob
from migdesk.ui.tasks import TaskContext


def _file_word(kind: str) -> str:
    """The document kind as the first word of a file name, in the interface language (the
    English kind code in a Russian name read «request-23-подписан.pdf», issue 13.20)."""
    translate = QCoreApplication.translate
    words = {
        "request": translate("DocumentFile", "запрос"),
        "answer": translate("DocumentFile", "ответ"),
        "more-info": translate("DocumentFile", "запрос-сведений"),
        "obstacle": translate("DocumentFile", "уведомление-о-препятствиях"),
        "postponement": translate("DocumentFile", "уведомление-об-отсрочке"),
        "refusal": translate("DocumentFile", "отказ"),
        "confirmation": translate("DocumentFile", "запрос-подтверждения"),
        "cover-letter": translate("DocumentFile", "сопроводительное-письмо"),
        "consent": translate("DocumentFile", "согласие"),
        "person-sheet": translate("DocumentFile", "сведения-о-лице"),
        "transmittal": translate("DocumentFile", "реестр-передачи"),
        "destruction-act": translate("DocumentFile", "акт-уничтожения"),
    }
    return words.get(kind, kind)


def file_name(produced: Produced) -> str:
    number = produced.rendered.number or produced.document.day.strftime("%d.%m.%Y")
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in number)
    suffix = QCoreApplication.translate("DocumentFile", "-подписан") if produced.signed else ""
    return f"{_file_word(produced.document.kind)}-{safe}{suffix}.pdf"


def shown(produced: Produced) -> tuple[Produced, bytes]:
    """Worker: the document and what the preview shows (a signed PDF with its stamp drawn
    in, as QtPdf does not draw it)."""
    return produced, widgets_drawn(produced.pdf) if produced.signed else produced.pdf


def signed_with(
    producer: DocumentProducer,
    choice: DocumentChoice,
    source: KeySource,
    options: BuildOptions | None = None,
) -> tuple[Produced, bytes]:
    """Worker: opens the key, signs, closes the key (a token's session), shows the result."""
    with source.load() as credentials:
        return shown(producer.sign(choice, credentials, options))


def print_document(
    producer: DocumentProducer, produced: Produced, printer: QPrinter, ctx: TaskContext
) -> int:
    """Worker: the paper copy to ``printer``, then recorded; the pages printed."""
    paper = producer.paper(produced)
    job = PrintJob(printer)
    try:
        job.add(paper.pdf, ctx.cancelled)
        ctx.raise_if_cancelled()
    except BaseException:
        job.abort()
        raise
    job.finish()
    producer.record_printed(produced, paper, max(1, printer.copyCount()))
    return job.pages
