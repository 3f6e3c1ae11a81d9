"""Reading the self-test's files back, with the libraries the bundle carries: PDF with pdfium
(pypdfium2, which also draws the print preview: pypdf is a test tool, not in the bundle), Excel
with openpyxl, Word with python-docx. Each reader checks the file is whole and carries the
expected Vietnamese text (so the fonts and their Unicode maps made it into the PDF), and returns
what it found as a short description; a problem raises :class:`ReadBackError`."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages, number

define_messages(
    {
        "selftest.pdf_found": QT_TRANSLATE_NOOP("Messages", "{pages} trang, {size}"),
        "selftest.xlsx_found": QT_TRANSLATE_NOOP("Messages", "{sheets} trang tính, {rows} dòng, {size}"),
        "selftest.docx_found": QT_TRANSLATE_NOOP("Messages", "{tables} bảng, {paragraphs} đoạn văn, {size}"),
        "selftest.size_kb": QT_TRANSLATE_NOOP("Messages", "{kb} KB"),
        "selftest.not_pdf": QT_TRANSLATE_NOOP(
            "Messages", "tệp không phải một PDF hoàn chỉnh (thiếu phần đầu %PDF- hoặc phần cuối %%EOF)"
        ),
        "selftest.no_pages": QT_TRANSLATE_NOOP("Messages", "tệp không có trang nào"),
        "selftest.blank_page": QT_TRANSLATE_NOOP("Messages", "trang đầu không vẽ ra được"),
        "selftest.text_missing": QT_TRANSLATE_NOOP(
            "Messages", "không tìm thấy chữ «{text}» khi đọc lại (phông chữ hoặc bảng mã bị thiếu?)"
        ),
        "selftest.empty_file": QT_TRANSLATE_NOOP("Messages", "tệp trống"),
    }
)


class ReadBackError(Exception):
    """A file that did not read back as it should; ``message`` says what (Vietnamese)."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


def _normalised(text: str) -> str:
    """NFC, one space between words, case folded: a cell or a line wrap may split a phrase."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).casefold()


def _expect(text: str, needle: str) -> None:
    if _normalised(needle) not in _normalised(text):
        raise ReadBackError(Message("selftest.text_missing", text=needle))


def _size(path: Path) -> str:
    return str(Message("selftest.size_kb", kb=number(max(1, round(path.stat().st_size / 1024)))))


def read_pdf(path: Path, needle: str) -> Message:
    """Header and trailer, page count, the first page drawn (as the print preview draws it) and
    its text, read back by pdfium."""
    import pypdfium2 as pdfium

    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise ReadBackError(Message("selftest.not_pdf"))
    pdf = pdfium.PdfDocument(data)
    try:
        pages = len(pdf)
        if pages == 0:
            raise ReadBackError(Message("selftest.no_pages"))
        page = pdf[0]
        bitmap = page.render(scale=0.25)
        if bitmap.width <= 0 or bitmap.height <= 0:
            raise ReadBackError(Message("selftest.blank_page"))
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(min(pages, 3)))
        _expect(text, needle)
    finally:
        pdf.close()
    return Message("selftest.pdf_found", pages=pages, size=_size(path))


def read_xlsx(path: Path, needle: str) -> Message:
    """Every sheet opened by openpyxl; the text looked for in its cells."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        texts: list[str] = []
        rows = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                rows += 1
                texts.extend(str(value) for value in row if value is not None)
        sheets = len(book.worksheets)
    finally:
        book.close()
    if not texts:
        raise ReadBackError(Message("selftest.empty_file"))
    _expect(" ".join(texts), needle)
    return Message("selftest.xlsx_found", sheets=sheets, rows=rows, size=_size(path))


def read_docx(path: Path, needle: str) -> Message:
    """The document opened by python-docx; the text looked for in its paragraphs and tables."""
    import docx

    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        texts.extend(p.text for p in section.header.paragraphs)
    if not any(texts):
        raise ReadBackError(Message("selftest.empty_file"))
    _expect(" ".join(texts), needle)
    return Message(
        "selftest.docx_found",
        tables=len(document.tables),
        paragraphs=len(document.paragraphs),
        size=_size(path),
    )


READERS = {"pdf": read_pdf, "xlsx": read_xlsx, "docx": read_docx}


def read_back(path: Path, fmt: str, needle: str) -> Message:
    return READERS[fmt](path, needle)
