"""A copy of a PDF for showing on screen only: the appearance of every widget annotation
(the visible electronic-signature stamp) drawn into its page's content.

QtPdf (pdfium without a form environment) does not draw widget annotations, so a signed
PDF would be previewed without its stamp. The copy is built in memory, never saved or
printed, and is not the signed file (its signature would no longer cover the whole file).
"""

from __future__ import annotations

import io

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def _rect(values: list[float]) -> tuple[float, float, float, float]:
    """A PDF rectangle, normalised (readers accept any two opposite corners)."""
    a, b, c, d = (float(v) for v in values)
    return min(a, c), min(b, d), max(a, c), max(b, d)


def widgets_drawn(pdf: bytes) -> bytes:
    """``pdf`` with each widget's normal appearance painted on its page (or ``pdf`` itself
    when there is nothing to draw)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    drawn = 0
    for index in range(writer.root["/Pages"]["/Count"]):
        page = writer.find_page_for_modification(index)[0].get_object()  # type: ignore[no-untyped-call]
        operators: list[str] = []
        resources = generic.DictionaryObject()  # type: ignore[no-untyped-call]
        for annot_ref in page.get("/Annots", generic.ArrayObject()):
            annot = annot_ref.get_object()
            if annot.get("/Subtype") != "/Widget" or "/AP" not in annot:
                continue
            appearance = annot["/AP"].get("/N")
            if appearance is None or not isinstance(appearance, generic.IndirectObject):
                continue
            stream = appearance.get_object()  # type: ignore[no-untyped-call]
            if not isinstance(stream, generic.StreamObject):
                continue
            x1, y1, x2, y2 = _rect(annot["/Rect"])
            bx1, by1, bx2, by2 = _rect(stream.get("/BBox", [0, 0, x2 - x1, y2 - y1]))
            sx = (x2 - x1) / (bx2 - bx1) if bx2 != bx1 else 1.0
            sy = (y2 - y1) / (by2 - by1) if by2 != by1 else 1.0
            name = f"/MigDeskAP{drawn}"
            resources[generic.NameObject(name)] = appearance
            operators.append(
                f"q {sx:.4f} 0 0 {sy:.4f} {x1 - bx1 * sx:.4f} {y1 - by1 * sy:.4f} cm {name} Do Q"
            )
            drawn += 1
        if operators:
            # The page's own content may leave its transformation changed: wrap it in q … Q.
            save = generic.StreamObject(stream_data=b"q")
            writer.add_stream_to_page(index, writer.add_object(save), prepend=True)  # type: ignore[no-untyped-call]
            content = generic.StreamObject(stream_data=" ".join(["Q", *operators]).encode("ascii"))
            writer.add_stream_to_page(  # type: ignore[no-untyped-call]
                index,
                writer.add_object(content),
                resources=generic.DictionaryObject({generic.NameObject("/XObject"): resources}),  # type: ignore[no-untyped-call]
            )
    if not drawn:
        return pdf
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()
