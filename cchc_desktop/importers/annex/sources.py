"""Reading a file into raw tables: text grids with merged cells made explicit.

Every table comes back rectangular. A cell covered by a merged range (Excel merge, Word
gridSpan / vMerge) holds "" and records in ``merged_from`` the position of the range's
top-left cell, so structure building can tell "continues the cell above" from "empty".

Files are checked before any library parses them (:mod:`.containers`: size, kind by magic
bytes, zip bounds, cell count), so a hostile or broken file ends in an ``InvalidInputError``
with a code ("annex.*", "tsv.*") and nothing else. What reading had to change (columns cut,
Word tables joined) is kept in ``RawTable.notes`` as messages, shown as warnings.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InvalidInputError
from ...fileio import read_bytes_bounded
from ...i18n import QT_TRANSLATE_NOOP, Message, define_messages, number
from . import containers
from .containers import OLE2_MAGIC, ZIP_MAGIC, ZIP_READ_ERRORS, check_office_file, corrupt_error

# Bounds. Module constants so tests (and a future setting) can change them.
MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 64

TEXT_EXTENSIONS = (".tsv", ".txt")
CLIPBOARD_TABLE_NAME = "Dữ liệu dán"

Origin = tuple[int, int]

define_messages(
    {
        "annex.file_kind_name": QT_TRANSLATE_NOOP("Messages", "phụ lục"),
        "annex.no_table": QT_TRANSLATE_NOOP(
            "Messages",
            "Không tìm thấy bảng phụ lục nhiệm vụ. Bảng cần một dòng tiêu đề có cột TT (hoặc STT) "
            "và các cột như Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Chủ trì, Phối hợp, "
            "Thời gian.",
        ),
        "annex.no_table_in_file": QT_TRANSLATE_NOOP(
            "Messages",
            "Không tìm thấy bảng phụ lục nhiệm vụ trong tệp «{name}». Bảng cần một dòng tiêu đề có "
            "cột TT (hoặc STT) và các cột như Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, "
            "Chủ trì, Phối hợp, Thời gian.",
        ),
        "annex.too_many_rows": QT_TRANSLATE_NOOP(
            "Messages",
            "«{name}» có hơn {limit} dòng, quá lớn cho một bảng phụ lục. "
            "Hãy tách riêng bảng phụ lục ra một tệp rồi nhập lại.",
        ),
        "annex.merges_overlap": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» có các vùng gộp ô chồng lên nhau bất thường (quá nhiều ô bị gộp); "
            "tệp có thể bị hỏng. Hãy mở bằng Excel, lưu thành tệp mới rồi thử lại.",
        ),
        "annex.sheet_columns_cut": QT_TRANSLATE_NOOP(
            "Messages", "Trang tính «{sheet}» có dữ liệu đến cột {width}; chỉ đọc {limit} cột đầu."
        ),
        "annex.table_columns_cut": QT_TRANSLATE_NOOP(
            "Messages", "«{table}» có hơn {limit} cột; chỉ đọc {limit} cột đầu."
        ),
        "annex.tables_joined": QT_TRANSLATE_NOOP(
            "Messages", "«{table}» nằm liền sau nên được ghép tiếp vào «{into}» (từ dòng {row})."
        ),
        "tsv.unreadable": QT_TRANSLATE_NOOP(
            "Messages", "Không đọc được dữ liệu dán (dạng bảng tách bằng Tab): {reason}."
        ),
        "tsv.empty": QT_TRANSLATE_NOOP(
            "Messages", "Dữ liệu dán trống: hãy chép bảng phụ lục từ Excel hoặc Word rồi dán lại."
        ),
        "tsv.too_many_columns": QT_TRANSLATE_NOOP(
            "Messages", "Dữ liệu dán có hơn {limit} cột, không phải bảng phụ lục."
        ),
        "tsv.too_large": QT_TRANSLATE_NOOP(
            "Messages", "Dữ liệu dán quá lớn (tối đa {limit_mb} MB) cho một bảng phụ lục."
        ),
        "tsv.not_unicode": QT_TRANSLATE_NOOP(
            "Messages",
            "Văn bản không ở dạng Unicode (UTF-8): hãy lưu lại bằng mã UTF-8 "
            "hoặc chép bảng trực tiếp từ Excel.",
        ),
        "tsv.not_unicode_file": QT_TRANSLATE_NOOP(
            "Messages",
            "Văn bản «{name}» không ở dạng Unicode (UTF-8): hãy lưu lại bằng mã UTF-8 "
            "hoặc chép bảng trực tiếp từ Excel.",
        ),
    }
)


@dataclass
class RawTable:
    """One table as text. ``rows[r][c]`` is a cell; ``merged_from[r][c]`` is None or the
    (row, column) of the top-left cell of the merged range covering it (0-based)."""

    name: str
    rows: list[list[str]]
    merged_from: list[list[Origin | None]] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # text just above a Word table
    source: str = ""  # file name, for messages
    notes: list[Message] = field(default_factory=list)  # what reading had to change

    def __post_init__(self) -> None:
        width = max((len(r) for r in self.rows), default=0)
        self.rows = [list(r) + [""] * (width - len(r)) for r in self.rows]
        if not self.merged_from:
            self.merged_from = [[None] * width for _ in self.rows]

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def is_vertical_continuation(self, row: int, column: int) -> bool:
        """The cell continues a range merged from a row above, in this same column."""
        origin = self.merged_from[row][column]
        return origin is not None and origin[1] == column and origin[0] < row

    def origin_text(self, row: int, column: int) -> str:
        origin = self.merged_from[row][column]
        if origin is None:
            return self.rows[row][column]
        return self.rows[origin[0]][origin[1]]


# --- entry points -------------------------------------------------------------------------


def load_tables(path: Path | str) -> list[RawTable]:
    """Every table of an .xlsx (one per worksheet) or .docx (one per table), or of a .tsv/.txt."""
    source = Path(path)
    data = read_bytes_bounded(source, MAX_FILE_BYTES, str(Message("annex.file_kind_name")))
    name = source.name
    if source.suffix.lower() in TEXT_EXTENSIONS and not data.startswith(ZIP_MAGIC + (OLE2_MAGIC,)):
        return load_tables_from_text(decode_text(data, name), source=name)
    kind = check_office_file(data, name)
    if kind == "xlsx":
        tables = _read_xlsx(data, name)
    else:
        tables = _read_docx(data, name)
    _check_row_count(tables, name)
    if not any(t.rows for t in tables):
        raise no_table_error(name)
    return tables


# csv's field size limit is process-wide: changed and restored under a lock.
_csv_limit_lock = threading.Lock()


def load_tables_from_text(text: str, source: str = "") -> list[RawTable]:
    """Tab-separated text as Excel and Word put it on the clipboard: cells split on tabs,
    rows on newlines, a cell holding newlines or quotes wrapped in "..." with "" inside."""
    if len(text) > MAX_FILE_BYTES:
        raise InvalidInputError("tsv.too_large", limit_mb=number(MAX_FILE_BYTES // 1_048_576))
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    rows: list[list[str]] = []
    with _csv_limit_lock:
        # csv refuses a cell over 128 KB in English; the text is bounded above, so any cell may
        # be read here and a cell too long for a plan is refused later naming its item and column.
        previous = csv.field_size_limit(max(MAX_FILE_BYTES, csv.field_size_limit()))
        try:
            for row in csv.reader(
                io.StringIO(text, newline=""), delimiter="\t", quotechar='"', doublequote=True, strict=False
            ):
                rows.append(row)
                if len(rows) > MAX_ROWS:
                    raise too_many_rows_error(source or CLIPBOARD_TABLE_NAME)
        except csv.Error as error:
            raise InvalidInputError("tsv.unreadable", reason=str(error)) from None
        finally:
            csv.field_size_limit(previous)
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise InvalidInputError("tsv.empty")
    if max(len(r) for r in rows) > MAX_COLUMNS:
        raise InvalidInputError("tsv.too_many_columns", limit=MAX_COLUMNS)
    return [RawTable(name=CLIPBOARD_TABLE_NAME, rows=rows, source=source)]


def decode_text(data: bytes, name: str = "") -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, what Excel's "Unicode Text" writes."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if name:
            raise InvalidInputError("tsv.not_unicode_file", name=name) from None
        raise InvalidInputError("tsv.not_unicode") from None


# --- checks ---------------------------------------------------------------------------------


def no_table_error(name: str = "") -> InvalidInputError:
    if name:
        return InvalidInputError("annex.no_table_in_file", name=name)
    return InvalidInputError("annex.no_table")


def too_many_rows_error(name: str) -> InvalidInputError:
    return InvalidInputError("annex.too_many_rows", name=name, limit=number(MAX_ROWS))


def _check_row_count(tables: list[RawTable], name: str) -> None:
    if sum(len(t.rows) for t in tables) > MAX_ROWS:
        raise too_many_rows_error(name)


# --- xlsx -----------------------------------------------------------------------------------


def _number_text(value: float, number_format: str) -> str:
    if "%" in number_format:
        percent = value * 100
        return f"{round(percent)}%" if abs(percent - round(percent)) < 1e-9 else f"{percent:g}%"
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def xlsx_cell_text(value: object, number_format: str = "General") -> str:
    """A cell value as the user sees it: dates dd/mm/yyyy, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number_text(value, number_format or "General")
    # Excel keeps a carriage return of a cell as the escape _x000D_ in some files.
    return str(value).replace("_x000D_", "")


def _read_xlsx(data: bytes, name: str) -> list[RawTable]:
    import openpyxl  # imported here: the GUI's start-up does not pay for it

    data = _bounded_merges(data, name)
    try:
        # data_only: cached values of formulas, which are never evaluated. A file-like object
        # also skips openpyxl's check of the file name's extension.
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True, keep_links=False)
    except Exception:
        raise corrupt_error(name) from None
    try:
        tables = []
        budget = MAX_ROWS
        for sheet in workbook.worksheets:
            table = _sheet_table(sheet, name, budget)
            budget -= len(table.rows)
            tables.append(table)
        return tables
    finally:
        workbook.close()


_MERGE_REF = re.compile(rb'(<(?:\w+:)?mergeCell\b[^>]*?\bref=")([^"]*)(")')
_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d{1,9})"')
_ROW_START = re.compile(rb"<(?:\w+:)?row\b")


def _bounded_merges(data: bytes, name: str) -> bytes:
    """The workbook with every merged range clipped to the rows its sheet has and the first
    MAX_COLUMNS columns, the only cells ever read. openpyxl makes one object per covered cell
    while loading, so <mergeCell ref="A1:XFD1048576"/> alone would take minutes and gigabytes.
    Ranges that still cover more than MAX_CELLS cells, in sum, mean a crafted or broken file and
    are refused. Returns ``data`` itself when nothing needed clipping."""
    budget = containers.MAX_CELLS  # openpyxl makes an object per merged cell, as per cell
    replaced: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
                continue
            try:
                xml = archive.read(info)
            except ZIP_READ_ERRORS:  # a damaged entry: openpyxl will say so in its own way
                xml = b""
            if b"mergeCell" not in xml:
                continue
            numbered = (int(r) for r in _ROW_NUMBER.findall(xml))
            last_row = min(MAX_ROWS + 1, max(max(numbered, default=0), len(_ROW_START.findall(xml))))
            clipped, budget = _clip_merges(xml, last_row, budget)
            if budget < 0:
                raise InvalidInputError("annex.merges_overlap", name=name)
            if clipped is not xml:
                replaced[info.filename] = clipped
        if not replaced:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                try:
                    content = replaced.get(info.filename) or archive.read(info)
                except ZIP_READ_ERRORS:
                    raise corrupt_error(name) from None
                copy.writestr(info.filename, content)
    return out.getvalue()


def _clip_merges(xml: bytes, last_row: int, budget: int) -> tuple[bytes, int]:
    """(the sheet with its merges clipped — ``xml`` itself when none needed it, the budget left)."""
    from openpyxl.utils.cell import get_column_letter, range_boundaries

    changed = False

    def clip(match: re.Match) -> bytes:
        nonlocal budget, changed
        try:
            left, top, right, bottom = range_boundaries(match.group(2).decode("ascii"))
        except (ValueError, TypeError, UnicodeDecodeError):
            return match.group(0)  # openpyxl judges what it cannot read
        if None in (left, top, right, bottom):
            return match.group(0)
        new_right, new_bottom = min(right, MAX_COLUMNS), min(bottom, last_row)
        if new_right < left or new_bottom < top:
            new_right, new_bottom = left, top  # outside what is read: one harmless cell
        budget -= (new_right - left + 1) * (new_bottom - top + 1)
        if (new_right, new_bottom) == (right, bottom):
            return match.group(0)
        changed = True
        ref = f"{get_column_letter(left)}{top}:{get_column_letter(new_right)}{new_bottom}"
        return match.group(1) + ref.encode("ascii") + match.group(3)

    clipped = _MERGE_REF.sub(clip, xml)
    return (clipped if changed else xml), budget


def _number_format(cell) -> str:
    try:
        return cell.number_format
    except (IndexError, KeyError, ValueError, TypeError):  # a style naming a format the file lacks
        return "General"


def _sheet_table(sheet, source: str, row_budget: int) -> RawTable:
    # ws._cells holds only the cells stored in the file; iter_rows() would create every cell of
    # the used range, which a stray format at XFD1048576 makes enormous.
    cells = {
        pos: cell
        for pos, cell in sheet._cells.items()
        if cell.value is not None and str(cell.value).strip() != ""
    }
    if not cells:
        return RawTable(name=sheet.title, rows=[], source=source)
    height = max(r for r, _ in cells)
    if height > row_budget:
        raise too_many_rows_error(source)
    width = max(c for _, c in cells)
    notes: list[Message] = []
    if width > MAX_COLUMNS:
        notes.append(Message("annex.sheet_columns_cut", sheet=sheet.title, width=width, limit=MAX_COLUMNS))
        width = MAX_COLUMNS
    rows = [[""] * width for _ in range(height)]
    merged: list[list[Origin | None]] = [[None] * width for _ in range(height)]
    for (r, c), cell in cells.items():
        if c <= width:
            rows[r - 1][c - 1] = xlsx_cell_text(cell.value, _number_format(cell))
    for rng in sheet.merged_cells.ranges:
        top, left = rng.min_row - 1, rng.min_col - 1
        if top >= height or left >= width:
            continue
        for r in range(top, min(rng.max_row, height)):
            for c in range(left, min(rng.max_col, width)):
                if (r, c) != (top, left):
                    rows[r][c] = ""
                    merged[r][c] = (top, left)
    return RawTable(name=sheet.title, rows=rows, merged_from=merged, source=source, notes=notes)


# --- docx -----------------------------------------------------------------------------------


def _read_docx(data: bytes, name: str) -> list[RawTable]:
    import docx  # imported here: the GUI's start-up does not pay for it
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise corrupt_error(name) from None
    tables: list[RawTable] = []
    preamble: list[str] = []
    # Tables that follow each other with nothing but empty paragraphs between them and the same
    # width are one table cut at page breaks (converters from PDF do that): joined back here.
    joinable = False
    rows_seen = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if text:
                preamble.append(text)
                joinable = False
            continue
        if not isinstance(block, Table):
            continue
        table = _docx_table(block, len(tables) + 1, name)
        rows_seen += len(table.rows)
        if rows_seen > MAX_ROWS:
            raise too_many_rows_error(name)
        if joinable and tables and tables[-1].width == table.width and table.rows:
            previous = tables[-1]
            offset = len(previous.rows)
            previous.rows.extend(table.rows)
            previous.merged_from.extend(
                [None if o is None else (o[0] + offset, o[1]) for o in row] for row in table.merged_from
            )
            previous.notes.append(
                Message("annex.tables_joined", table=table.name, into=previous.name, row=offset + 1)
            )
        else:
            table.preamble = preamble[-12:]
            tables.append(table)
        preamble = []
        joinable = bool(table.rows)
    return tables


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Not part of a cell's own text: nested tables, text boxes, deleted (tracked) text, properties.
_DOCX_SKIP = {f"{_W}{tag}" for tag in ("tbl", "txbxContent", "del", "moveFrom", "tcPr", "pPr", "rPr")}


def _collect_text(element, paragraphs: list[str], current: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _DOCX_SKIP:
            continue
        if tag == f"{_W}p":
            parts: list[str] = []
            _collect_text(child, paragraphs, parts)
            paragraphs.append("".join(parts))
        elif tag == f"{_W}t":
            current.append(child.text or "")
        elif tag == f"{_W}tab":
            current.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            current.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            current.append("-")
        else:
            _collect_text(child, paragraphs, current)


def docx_cell_text(tc) -> str:
    """A Word cell's text, one line per paragraph. Unlike python-docx's ``cell.text`` this keeps
    text in tracked insertions, content controls and fields, which offices' files often hold."""
    paragraphs: list[str] = []
    _collect_text(tc, paragraphs, [])
    return "\n".join(paragraphs)


def _grid_value(properties, tag: str, default: int) -> int:
    """An integer grid property (w:gridSpan, w:gridBefore, w:gridAfter) read leniently: a value
    that is not a number is ignored, others are kept within 0..MAX_COLUMNS + 1 (more columns are
    never read), so a crafted 2**31 cannot make a loop or list of that size."""
    element = properties.find(f"{_W}{tag}") if properties is not None else None
    if element is None:
        return default
    try:
        value = int(element.get(f"{_W}val", ""))
    except ValueError:
        return default
    return min(max(value, 0), MAX_COLUMNS + 1)


def _continues_vertical_merge(cell_properties) -> bool:
    """<w:vMerge/> or <w:vMerge w:val="continue"/>: the cell continues the one above."""
    element = cell_properties.find(f"{_W}vMerge") if cell_properties is not None else None
    return element is not None and element.get(f"{_W}val", "continue") == "continue"


def _docx_table(table, ordinal: int, source: str) -> RawTable:
    # Properties are read from the XML here, not through python-docx's typed attributes, which
    # raise on values that are not numbers (a damaged or crafted file).
    tbl = table._tbl
    grid = tbl.find(f"{_W}tblGrid")
    grid_width = min(len(grid.findall(f"{_W}gridCol")), MAX_COLUMNS + 1) if grid is not None else 0
    text_rows: list[list[str]] = []
    merged: list[list[Origin | None]] = []
    for r, tr in enumerate(tbl.findall(f"{_W}tr")):
        row_properties = tr.find(f"{_W}trPr")
        texts: dict[int, str] = {}
        origins: dict[int, Origin] = {}
        column = _grid_value(row_properties, "gridBefore", 0)
        for tc in tr.findall(f"{_W}tc"):
            if column > MAX_COLUMNS:
                break  # past the columns that are read (the width note says so)
            cell_properties = tc.find(f"{_W}tcPr")
            span = max(1, _grid_value(cell_properties, "gridSpan", 1))
            if _continues_vertical_merge(cell_properties) and r > 0:
                # Continues the cell above: point at that cell's own origin.
                above = merged[r - 1]
                for c in range(column, column + span):
                    origin = above[c] if c < len(above) else None
                    origins[c] = origin if origin is not None else (r - 1, column)
            else:
                texts[column] = docx_cell_text(tc)
                for c in range(column + 1, column + span):
                    origins[c] = (r, column)
            column += span
        width = max(
            [column + _grid_value(row_properties, "gridAfter", 0), grid_width] + [c + 1 for c in texts]
        )
        row_text = [""] * width
        row_merged: list[Origin | None] = [None] * width
        for c, text in texts.items():
            row_text[c] = text
        for c, origin in origins.items():
            row_merged[c] = origin
        text_rows.append(row_text)
        merged.append(row_merged)
    width = max((len(r) for r in text_rows), default=0)
    notes: list[Message] = []
    if width > MAX_COLUMNS:
        notes.append(Message("annex.table_columns_cut", table=f"Bảng {ordinal}", limit=MAX_COLUMNS))
        width = MAX_COLUMNS
    text_rows = [(r + [""] * width)[:width] for r in text_rows]
    merged = [(m + [None] * width)[:width] for m in merged]
    # An origin outside the kept columns (cut above) would point nowhere.
    merged = [[o if o is None or o[1] < width else None for o in row] for row in merged]
    return RawTable(name=f"Bảng {ordinal}", rows=text_rows, merged_from=merged, source=source, notes=notes)
