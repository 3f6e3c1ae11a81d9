"""The plan with its annex as an editable Word document (.docx) in the national format
(Decree 30/2020/NĐ-CP): A4, Times New Roman, the motto header, the signature block, page numbers
from page 2, and the annex on landscape pages with its header row repeated.

python-docx builds the document around a placeholder paragraph; the annex table, which can hold
thousands of rows, is written as WordprocessingML text and put in its place in the saved file
(python-docx's cell API takes minutes for 10,000 rows; even parsing the text into its tree and
serialising it again took 4.7 s and 340 MB, against 1.5 s and 180 MB now).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from ..domain import AnnexSection, PlanDocument, PlanInfo
from ..errors import CancelledError, InvalidInputError
from ..fileio import write_with_atomic
from ..text import clean, nfc
from .annex_columns import (
    ANNEX_WORD,
    BLANK,
    AnnexColumn,
    AnnexLine,
    annex_heading,
    annex_lines,
    column_numbers,
    column_widths,
    columns_for,
    filter_sections,
    reference_text,
    replace_in_part,
    text_width_pt,
    title_without_kind,
)

__all__ = ["write_annex_docx", "write_plan_docx"]

FONT_NAME = "Times New Roman"
BODY_SIZE = 14
HEADER_SIZE = 13
MOTTO_TOP = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# Decree 30/2020, Appendix I: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm. The landscape
# annex pages keep the same margins.
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
A4_MM = (210, 297)

ANNEX_SIZE = 12
ANNEX_CELL_STYLE, ANNEX_CELL_STYLE_NAME = "AnnexCell", "Annex Cell"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_NUMBERED_LINE = re.compile(r"^\d+(\.\d+)*\.\s+\S")


def _mm_twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


# --- document set-up ---------------------------------------------------------------------------


def _new_document():
    """An empty document whose every text, by default, is Times New Roman 14, Vietnamese."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts = run_defaults.find(qn("w:rFonts"))
    for attribute in list(fonts.attrib):  # theme fonts would win over the names set below
        del fonts.attrib[attribute]
    for kind in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{kind}"), FONT_NAME)
    language = run_defaults.find(qn("w:lang"))
    if language is not None:
        language.set(qn("w:val"), "vi-VN")
    spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    normal = document.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(BODY_SIZE)
    cell = document.styles.add_style(ANNEX_CELL_STYLE_NAME, WD_STYLE_TYPE.PARAGRAPH)
    cell.style_id = ANNEX_CELL_STYLE  # the table's paragraphs name it (LibreOffice drops text
    cell.base_style = normal  # whose paragraph names a style the document lacks)
    cell.font.size = Pt(ANNEX_SIZE)
    cell.paragraph_format.space_after = Pt(0)
    core = document.core_properties
    core.author = core.last_modified_by = "CCHC Desktop"
    core.created = core.modified = dt.datetime.now().replace(microsecond=0)
    core.revision = 1
    return document


def _set_page(section, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    short, long = A4_MM
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(long), Mm(short)) if landscape else (Mm(short), Mm(long))
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance = section.footer_distance = Mm(10)


def _text_width_mm(section) -> float:
    return (section.page_width - section.left_margin - section.right_margin) / 36000


def _page_numbers(section) -> None:
    """Page numbers centred in the header from page 2 (Decree 30), as a PAGE field."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="{HEADER_SIZE * 2}"/></w:rPr>'
    for part in (
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>',
        "<w:t>2</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
    ):
        paragraph._p.append(parse_xml(f"{run}{part}</w:r>"))  # python-docx has no field API


# --- paragraphs --------------------------------------------------------------------------------


def _paragraph(
    container,
    text: str = "",
    *,
    size: float = BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    align: str = "center",
    space_after: float = 0,
    first_indent_mm: float = 0,
    keep_next: bool = False,
):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    paragraph = container.add_paragraph()
    paragraph.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    form = paragraph.paragraph_format
    form.space_after = Pt(space_after)
    if first_indent_mm:
        form.first_line_indent = Mm(first_indent_mm)
    if keep_next:
        form.keep_with_next = True
    if text:
        run = paragraph.add_run(nfc(text))
        run.bold, run.italic, run.font.size = bold or None, italic or None, Pt(size)
    return paragraph


def _rule(container, length_mm: float, width_mm: float) -> None:
    """A short horizontal line, centred: the bottom border of an empty, tiny paragraph whose
    indents leave ``length_mm`` of the ``width_mm`` it sits in."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    side = _mm_twips(max(0.0, (width_mm - length_mm) / 2))
    container.add_paragraph()._p.append(
        parse_xml(
            f'<w:pPr {nsdecls("w")}><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/>'
            f'</w:pBdr><w:spacing w:after="60" w:line="120" w:lineRule="exact"/>'
            f'<w:ind w:left="{side}" w:right="{side}"/><w:rPr><w:sz w:val="4"/></w:rPr></w:pPr>'
        )
    )


def _borderless_table(document, widths_mm: list[float], rows: int):
    from docx.shared import Mm

    table = document.add_table(rows=rows, cols=len(widths_mm))
    table.autofit = False
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)  # the grid, which LibreOffice follows; the cells' widths for Word
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    return table


def place_and_date(plan: PlanInfo) -> str:
    """ "Cửa Tùng, ngày 05 tháng 01 năm 2026": a zero before days under 10 and months 1 and 2."""
    if plan.issued_date:
        day, month = plan.issued_date.day, plan.issued_date.month
        month_text = f"{month:02d}" if month < 3 else str(month)
        when = f"ngày {day:02d} tháng {month_text} năm {plan.issued_date.year}"
    else:
        when = f"ngày{BLANK}tháng{BLANK}năm {plan.period.first_year}"
    return f"{plan.place}, {when}" if plan.place else when[:1].upper() + when[1:]


# --- the plan ----------------------------------------------------------------------------------


def _header_block(document, plan: PlanInfo) -> None:
    """Issuing body and number on the left, the national motto and place-date on the right."""
    left_mm, right_mm = 62.0, _text_width_mm(document.sections[0]) - 62.0
    table = _borderless_table(document, [left_mm, right_mm], rows=2)
    body_lines = [clean(line) for line in plan.issuer_header if clean(line)] or [clean(plan.issuer).upper()]
    left = table.cell(0, 0)
    for index, line in enumerate(body_lines):
        _paragraph(left, line, size=HEADER_SIZE, bold=index == len(body_lines) - 1)  # the body itself bold
    last_width = text_width_pt(body_lines[-1], True, HEADER_SIZE) * 25.4 / 72
    _rule(left, min(left_mm * 0.8, max(15.0, last_width * 0.45)), left_mm)
    right = table.cell(0, 1)
    _paragraph(right, MOTTO_TOP, size=12, bold=True)
    _paragraph(right, MOTTO, size=HEADER_SIZE, bold=True)
    _rule(right, text_width_pt(MOTTO, True, HEADER_SIZE) * 25.4 / 72, right_mm)
    _paragraph(table.cell(1, 0), f"Số: {reference_text(plan)}", size=HEADER_SIZE)
    _paragraph(table.cell(1, 1), place_and_date(plan), size=BODY_SIZE, italic=True)


def _title(document, plan: PlanInfo) -> None:
    _paragraph(document, "", space_after=6)
    _paragraph(document, "KẾ HOẠCH", bold=True)
    for line in title_without_kind(clean(plan.title)).split("\n"):
        _paragraph(document, line, bold=True)
    _rule(document, 40, _text_width_mm(document.sections[0]))
    _paragraph(document, "", space_after=6)


def _body(document, plan: PlanInfo) -> None:
    """Headings bold; each line of a section's text a justified paragraph; a short numbered line
    ("1. Mục đích") is a sub-heading and bold too."""
    for section in plan.body:
        if clean(section.heading):
            _paragraph(
                document,
                clean(section.heading),
                bold=True,
                align="justify",
                space_after=6,
                first_indent_mm=12.7,
                keep_next=True,
            )
        for line in clean(section.text).split("\n"):
            if not line:
                continue
            subheading = (
                bool(_NUMBERED_LINE.match(line)) and len(line) < 100 and not line.endswith((";", ":"))
            )
            _paragraph(
                document,
                line,
                bold=subheading,
                align="justify",
                space_after=6,
                first_indent_mm=12.7,
                keep_next=subheading,
            )


def _closing(document, plan: PlanInfo) -> None:
    """ "Nơi nhận:" and its list on the left, the signature block on the right."""
    width = _text_width_mm(document.sections[0])
    table = _borderless_table(document, [width * 0.5, width * 0.5], rows=1)
    left, right = table.cell(0, 0), table.cell(0, 1)
    _paragraph(left, "Nơi nhận:", size=12, bold=True, italic=True, align="left")
    for recipient in plan.recipients:
        _paragraph(left, f"- {clean(recipient).lstrip('-–• ')}", size=11, align="left")
    signer = plan.signer
    for line in (signer.authority, signer.position):
        if clean(line):
            _paragraph(right, clean(line).upper(), size=HEADER_SIZE + 1, bold=True)
    for _ in range(4):
        _paragraph(right, "")
    _paragraph(right, clean(signer.name), bold=True)


# --- the annex table ---------------------------------------------------------------------------

_TABLE_PLACEHOLDER = "CCHC-ANNEX-TABLE-6f1d"  # replaced by the annex table once saved
PROGRESS_EVERY = 250


class _AnnexTable:
    """The annex table as WordprocessingML: fixed column widths, the header and column-number
    rows repeated on every page (w:tblHeader), section rows spanning the table (w:gridSpan),
    TT, objective and continued tasks merged down (w:vMerge), rows never split across pages,
    and an item's rows kept on one page where they fit (keepNext)."""

    def __init__(self, columns: list[AnnexColumn], width_twips: int):
        self.columns = columns
        widths = [int(w) for w in column_widths(columns, width_twips)]
        widths[-1] += width_twips - sum(widths)
        self.widths = widths
        self.parts: list[str] = []

    def paragraphs(self, text: str, align: str, run_props: str, keep_next: bool) -> str:
        ppr = (
            f'<w:pPr><w:pStyle w:val="{ANNEX_CELL_STYLE}"/>{"<w:keepNext/>" if keep_next else ""}'
            f'<w:jc w:val="{align}"/></w:pPr>'
        )
        out = []
        for line in nfc(text).split("\n") if text else [""]:
            run = ""
            if line:
                space = ' xml:space="preserve"' if line != line.strip() else ""
                run = f"<w:r>{run_props}<w:t{space}>{escape(line)}</w:t></w:r>"
            out.append(f"<w:p>{ppr}{run}</w:p>")
        return "".join(out)

    def cell(
        self,
        width: int,
        text: str,
        *,
        align: str = "left",
        run_props: str = "",
        span: int = 1,
        merge: str = "",
        fill: str = "",
        keep_next: bool = False,
    ) -> str:
        props = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
        if span > 1:
            props.append(f'<w:gridSpan w:val="{span}"/>')
        if merge == "restart":
            props.append('<w:vMerge w:val="restart"/>')
        elif merge:
            props.append("<w:vMerge/>")
        if fill:
            props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
        props.append('<w:vAlign w:val="center"/>')
        return (
            f"<w:tc><w:tcPr>{''.join(props)}</w:tcPr>"
            f"{self.paragraphs(text, align, run_props, keep_next)}</w:tc>"
        )

    def row(self, cells: list[str], header: bool = False) -> None:
        flags = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
        self.parts.append(f"<w:tr><w:trPr>{flags}</w:trPr>{''.join(cells)}</w:tr>")

    def header(self) -> None:
        bold, italic = "<w:rPr><w:b/></w:rPr>", "<w:rPr><w:i/></w:rPr>"
        self.row(
            [
                self.cell(w, c.title, align="center", run_props=bold, fill="D9D9D9")
                for w, c in zip(self.widths, self.columns)
            ],
            header=True,
        )
        self.row(
            [
                self.cell(w, n, align="center", run_props=italic)
                for w, n in zip(self.widths, column_numbers(self.columns))
            ],
            header=True,
        )

    def line(self, line: AnnexLine, keep_next: bool) -> None:
        if line.section is not None:
            bold = "<w:rPr><w:b/></w:rPr>"
            cells = [
                self.cell(
                    self.widths[0],
                    line.cells["number"],
                    align="center",
                    run_props=bold,
                    fill="EDEDED",
                    keep_next=True,
                )
            ]
            if len(self.columns) > 1:
                cells.append(
                    self.cell(
                        sum(self.widths[1:]),
                        line.cells["objective"],
                        run_props=bold,
                        span=len(self.columns) - 1,
                        fill="EDEDED",
                        keep_next=True,
                    )
                )
            self.row(cells)
            return
        cells = []
        for width, column in zip(self.widths, self.columns):
            field = column.field
            merge = "continue" if field in line.covered else "restart" if field in line.down else ""
            text = "" if merge == "continue" else line.cells.get(field, "")
            cells.append(
                self.cell(
                    width,
                    text,
                    align="center" if column.centred else "left",
                    merge=merge,
                    keep_next=keep_next,
                )
            )
        self.row(cells)

    def xml(self) -> str:
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in self.widths)
        border = '"single" w:sz="4" w:space="0" w:color="000000"'
        borders = "".join(
            f"<w:{side} w:val={border}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        props = (
            f'<w:tblPr><w:tblW w:w="{sum(self.widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
            '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        )
        return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(self.parts)}</w:tbl>"


def annex_table_xml(
    sections: list[AnnexSection],
    width_twips: int,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> str:
    """The ``<w:tbl>`` of the annex, ``width_twips`` wide (the ``w`` prefix as in document.xml)."""
    table = _AnnexTable(columns_for(sections), width_twips)
    table.header()
    lines = list(annex_lines(sections))
    total = len(lines)
    for index, line in enumerate(lines):
        if index % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise CancelledError("cancelled")
            if progress is not None:
                progress(index, total)
        following = lines[index + 1] if index + 1 < total else None
        # Keep a line with the next one while an item's merged cells go on.
        table.line(line, keep_next=following is not None and bool(following.covered))
    if progress is not None:
        progress(total, total)
    return table.xml()


# --- the annex ---------------------------------------------------------------------------------


def _annex(
    document,
    doc: PlanDocument,
    sections: list[AnnexSection],
    heading: object,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> str:
    """The annex's heading lines, and a placeholder paragraph where :func:`_save` puts the
    table, whose XML this returns."""
    head = annex_heading(doc.plan, heading)
    _paragraph(document, ANNEX_WORD, bold=True, keep_next=True)
    _paragraph(document, head.title, bold=True, keep_next=True)
    _paragraph(document, head.note, italic=True, keep_next=True, space_after=0 if head.extra else 6)
    if head.extra:
        _paragraph(document, head.extra, size=HEADER_SIZE, bold=True, keep_next=True, space_after=6)
    width = _mm_twips(_text_width_mm(document.sections[-1]))
    table = annex_table_xml(sections, width, progress=progress, cancelled=cancelled)
    document.add_paragraph(_TABLE_PLACEHOLDER)
    # Word wants a paragraph between a table and the end of a section.
    _paragraph(document, "", size=2)
    return table


def _selected(doc: PlanDocument, rows: Collection[int | str] | None) -> list[AnnexSection]:
    if rows is None:
        return doc.sections
    sections = filter_sections(doc.sections, rows)
    if not sections:
        raise InvalidInputError("export.empty_selection")
    return sections


def _save(document, path: Path | str, table: str) -> None:
    buffer = io.BytesIO()
    document.save(buffer)
    # Put in the saved file, not parsed into python-docx's tree: 10,000 rows as objects take
    # seconds and hundreds of megabytes to build and serialise again.
    data = replace_in_part(
        buffer.getvalue(),
        "word/document.xml",
        f"<w:p><w:r><w:t>{_TABLE_PLACEHOLDER}</w:t></w:r></w:p>".encode(),
        table.encode(),
    )

    def write(stream: BinaryIO) -> None:
        stream.write(data)

    write_with_atomic(path, write)


def write_plan_docx(
    doc: PlanDocument,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """The plan (header block, title, body, recipients and signature) on portrait pages, then its
    annex in a landscape section, written atomically to ``path``."""
    from docx.enum.section import WD_SECTION

    document = _new_document()
    document.core_properties.title = nfc(clean(doc.plan.title))[:255]
    first = document.sections[0]
    _set_page(first, landscape=False)
    _page_numbers(first)
    _header_block(document, doc.plan)
    _title(document, doc.plan)
    _body(document, doc.plan)
    _paragraph(document, "", space_after=6)
    _closing(document, doc.plan)
    annex = document.add_section(WD_SECTION.NEW_PAGE)
    _set_page(annex, landscape=True)
    annex.different_first_page_header_footer = False  # the annex's first page is not page 1
    table = _annex(document, doc, doc.sections, None, progress, cancelled)
    _save(document, path, table)


def write_annex_docx(
    doc: PlanDocument,
    path: Path | str,
    rows: Collection[int | str] | None = None,
    heading: object = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """The annex alone on landscape pages; ``rows``/``heading`` as for ``write_annex_xlsx``."""
    sections = _selected(doc, rows)
    document = _new_document()
    document.core_properties.title = nfc(annex_heading(doc.plan).title)[:255]
    section = document.sections[0]
    _set_page(section, landscape=True)
    _page_numbers(section)
    table = _annex(document, doc, sections, heading, progress, cancelled)
    _save(document, path, table)
