"""Print-ready PDF documents in the national format (Decree 30/2020/NĐ-CP), drawn fast.

``blocks`` is the document as data, ``plan`` builds the plan documents, ``render`` draws:

    from cchc_desktop.exporters.pdf import plan_document, write_pdf
    write_pdf(plan_document(doc), "ke-hoach.pdf", progress=..., cancelled=...)
"""

from .pillow import defer_pillow

defer_pillow()  # before reportlab is first imported (below): it imports Pillow for pictures

from .blocks import (  # noqa: E402
    BarChart,
    Column,
    Document,
    Heading,
    Letterhead,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    TableRow,
    Title,
)
from .plan import annex_document, plan_document  # noqa: E402
from .render import render_pdf, write_pdf  # noqa: E402

__all__ = [
    "BarChart",
    "Column",
    "Document",
    "Heading",
    "Letterhead",
    "PageBreak",
    "Paragraph",
    "SignatureBlock",
    "Table",
    "TableRow",
    "Title",
    "annex_document",
    "plan_document",
    "render_pdf",
    "write_pdf",
]
