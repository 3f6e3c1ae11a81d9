"""Reading a file into raw tables: text grids with merged cells made explicit.

Every table comes back rectangular. A cell covered by a merged range (Excel merge, Word
gridSpan / vMerge) holds "" and records in ``merged_from`` the position of the range's
top-left cell, so structure building can tell "continues the cell above" from "empty".

Files are checked before any library parses them: size, kind by magic bytes (not by
extension), and for zip containers the entry count and total uncompressed size, so a
hostile or broken file ends in a Vietnamese ``InvalidInputError`` and nothing else.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InvalidInputError
from ..fileio import read_bytes_bounded

# Bounds. Module constants so tests (and a future setting) can change them.
MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_ZIP_ENTRIES = 10_000
MAX_EXPANSION_RATIO = 200
MAX_RATIO_CHECK_FROM = 5 * 1024 * 1024   # small parts may compress absurdly well; they cost nothing
MAX_ROWS = 20_000
MAX_COLUMNS = 64

TEXT_EXTENSIONS = (".tsv", ".txt")
CLIPBOARD_TABLE_NAME = "Dữ liệu dán"

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")

Origin = tuple[int, int]


@dataclass
class RawTable:
    """One table as text. ``rows[r][c]`` is a cell; ``merged_from[r][c]`` is None or the
    (row, column) of the top-left cell of the merged range covering it (0-based)."""

    name: str
    rows: list[list[str]]
    merged_from: list[list[Origin | None]] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)   # text just above a Word table
    source: str = ""                                      # file name, for messages
    notes: list[str] = field(default_factory=list)      # what reading had to change

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
    data = read_bytes_bounded(source, MAX_FILE_BYTES, "phụ lục")
    name = source.name
    if source.suffix.lower() in TEXT_EXTENSIONS and not data.startswith(_ZIP_MAGIC + (_OLE2_MAGIC,)):
        return load_tables_from_text(decode_text(data, name), source=name)
    kind = _detect_container(data, name)
    if kind == "xlsx":
        tables = _read_xlsx(data, name)
    else:
        tables = _read_docx(data, name)
    _check_row_count(tables, name)
    if not any(t.rows for t in tables):
        raise no_table_error(name)
    return tables


def load_tables_from_text(text: str, source: str = "") -> list[RawTable]:
    """Tab-separated text as Excel and Word put it on the clipboard: cells split on tabs,
    rows on newlines, a cell holding newlines or quotes wrapped in "..." with "" inside."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"',
                              doublequote=True, strict=False):
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise _too_many_rows(source or CLIPBOARD_TABLE_NAME)
    except csv.Error as error:
        raise InvalidInputError(f"Không đọc được dữ liệu dán (dạng bảng tách bằng Tab): {error}.") from None
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise InvalidInputError("Dữ liệu dán trống: hãy chép bảng phụ lục từ Excel hoặc Word rồi dán lại.")
    if max(len(r) for r in rows) > MAX_COLUMNS:
        raise InvalidInputError(f"Dữ liệu dán có hơn {MAX_COLUMNS} cột, không phải bảng phụ lục.")
    return [RawTable(name=CLIPBOARD_TABLE_NAME, rows=rows, source=source)]


def decode_text(data: bytes, name: str = "") -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, what Excel's "Unicode Text" writes."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        where = f"«{name}» " if name else ""
        raise InvalidInputError(
            f"Văn bản {where}không ở dạng Unicode (UTF-8): hãy lưu lại bằng mã UTF-8 "
            "hoặc chép bảng trực tiếp từ Excel.") from None


# --- checks ---------------------------------------------------------------------------------

def no_table_error(name: str = "") -> InvalidInputError:
    where = f" trong tệp «{name}»" if name else ""
    return InvalidInputError(
        f"Không tìm thấy bảng phụ lục nhiệm vụ{where}. Bảng cần một dòng tiêu đề có cột TT (hoặc STT) "
        "và các cột như Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Chủ trì, Phối hợp, Thời gian.")


def _not_office(name: str) -> InvalidInputError:
    return InvalidInputError(f"Tệp «{name}» không phải Excel (.xlsx) hoặc Word (.docx).")


def _corrupt(name: str) -> InvalidInputError:
    return InvalidInputError(
        f"Tệp «{name}» bị hỏng hoặc chưa được tải về/chép trọn vẹn, không đọc được. "
        "Hãy mở lại bằng Excel hoặc Word, lưu thành tệp mới rồi thử lại.")


def _too_many_rows(name: str) -> InvalidInputError:
    limit = f"{MAX_ROWS:,}".replace(",", ".")  # Vietnamese groups thousands with dots
    return InvalidInputError(
        f"«{name}» có hơn {limit} dòng, quá lớn cho một bảng phụ lục. "
        "Hãy tách riêng bảng phụ lục ra một tệp rồi nhập lại.")


def _detect_container(data: bytes, name: str) -> str:
    if data.startswith(_OLE2_MAGIC):
        # Both the old binary formats and every password-protected Office file use OLE2.
        raise InvalidInputError(
            f"Tệp «{name}» được đặt mật khẩu, hoặc là định dạng Excel/Word cũ (.xls/.doc). "
            "Hãy mở tệp bằng Excel hoặc Word, bỏ mật khẩu nếu có, rồi lưu lại dạng .xlsx hoặc .docx.")
    if not data.startswith(_ZIP_MAGIC):
        raise _not_office(name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            NotImplementedError):  # NotImplementedError: a zip asking for a newer zip version
        raise _corrupt(name) from None
    # A small file that expands to gigabytes, or holds countless entries, is refused before
    # openpyxl or python-docx inflates anything.
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNCOMPRESSED_BYTES:
        raise InvalidInputError(
            f"Tệp «{name}» khi giải nén quá lớn (trên {MAX_UNCOMPRESSED_BYTES // 1_048_576} MB "
            f"hoặc trên {MAX_ZIP_ENTRIES} thành phần), không nhập được.")
    # Real Office parts compress at most ~100:1 (long runs of the same XML); a much higher ratio
    # on a large entry is how zip bombs are built. zipfile never inflates past the declared size.
    if any(e.file_size > MAX_RATIO_CHECK_FROM and e.file_size > MAX_EXPANSION_RATIO * max(e.compress_size, 1)
           for e in entries):
        raise InvalidInputError(
            f"Tệp «{name}» có thành phần nén bất thường (tỉ lệ giải nén trên {MAX_EXPANSION_RATIO}:1), "
            "có thể là tệp độc hại; không nhập.")
    # Nothing here is ever unpacked to disk, but a name that climbs out of the archive is a sign of
    # a crafted file: refuse it rather than hand it to a library.
    if any(_unsafe_member_name(e.filename) for e in entries):
        raise InvalidInputError(
            f"Tệp «{name}» chứa đường dẫn không hợp lệ (tuyệt đối hoặc có '..'); không nhập.")
    names = {e.filename for e in entries}
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        if "xl/workbook.bin" in names:
            raise InvalidInputError(
                f"Tệp «{name}» là Excel dạng nhị phân (.xlsb). Hãy lưu lại dạng .xlsx rồi nhập lại.")
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        raise InvalidInputError(
            f"Tệp «{name}» là tệp OpenDocument (LibreOffice .ods/.odt). "
            "Hãy lưu lại dạng .xlsx hoặc .docx rồi nhập lại.")
    raise _not_office(name)


def _unsafe_member_name(member: str) -> bool:
    normalized = member.replace("\\", "/")
    return (normalized.startswith("/") or (len(normalized) > 1 and normalized[1] == ":")
            or ".." in normalized.split("/"))


def _check_row_count(tables: list[RawTable], name: str) -> None:
    if sum(len(t.rows) for t in tables) > MAX_ROWS:
        raise _too_many_rows(name)


# --- xlsx -----------------------------------------------------------------------------------

def _number_text(value: float, number_format: str) -> str:
    if "%" in number_format:
        percent = value * 100
        return f"{int(round(percent))}%" if abs(percent - round(percent)) < 1e-9 else f"{percent:g}%"
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
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True,
                                          keep_links=False)
    except Exception:  # openpyxl raises many kinds (KeyError, ValueError, XML errors...)
        raise _corrupt(name) from None
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
    Ranges that still cover more cells than a whole readable sheet, in sum, mean a crafted or
    broken file and are refused. Returns ``data`` itself when nothing needed clipping."""
    from openpyxl.utils.cell import get_column_letter, range_boundaries

    budget = MAX_ROWS * MAX_COLUMNS
    replaced: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
                continue
            try:
                xml = archive.read(info)
            except Exception:  # a damaged entry: openpyxl will say so in its own way
                continue
            if b"mergeCell" not in xml:
                continue
            numbered = (int(r) for r in _ROW_NUMBER.findall(xml))
            last_row = min(MAX_ROWS + 1, max(max(numbered, default=0), len(_ROW_START.findall(xml))))
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
            if budget < 0:
                raise InvalidInputError(
                    f"Tệp «{name}» có các vùng gộp ô chồng lên nhau bất thường (quá nhiều ô bị gộp); "
                    "tệp có thể bị hỏng. Hãy mở bằng Excel, lưu thành tệp mới rồi thử lại.")
            if changed:
                replaced[info.filename] = clipped
        if not replaced:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                try:
                    content = replaced.get(info.filename) or archive.read(info)
                except Exception:
                    raise _corrupt(name) from None
                copy.writestr(info.filename, content)
    return out.getvalue()


def _number_format(cell) -> str:
    try:
        return cell.number_format
    except (IndexError, KeyError, ValueError, TypeError):  # a style naming a format the file lacks
        return "General"


def _sheet_table(sheet, source: str, row_budget: int) -> RawTable:
    # ws._cells holds only the cells stored in the file; iter_rows() would create every cell of
    # the used range, which a stray format at XFD1048576 makes enormous.
    cells = {pos: cell for pos, cell in sheet._cells.items()  # noqa: SLF001
             if cell.value is not None and str(cell.value).strip() != ""}
    if not cells:
        return RawTable(name=sheet.title, rows=[], source=source)
    height = max(r for r, _ in cells)
    if height > row_budget:
        raise _too_many_rows(source)
    width = max(c for _, c in cells)
    notes = []
    if width > MAX_COLUMNS:
        notes.append(f"Trang tính «{sheet.title}» có dữ liệu đến cột {width}; "
                     f"chỉ đọc {MAX_COLUMNS} cột đầu.")
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
    except Exception:  # python-docx raises ValueError, KeyError, XML errors...
        raise _corrupt(name) from None
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
            raise _too_many_rows(name)
        if joinable and tables and tables[-1].width == table.width and table.rows:
            previous = tables[-1]
            offset = len(previous.rows)
            previous.rows.extend(table.rows)
            previous.merged_from.extend(
                [None if o is None else (o[0] + offset, o[1]) for o in row] for row in table.merged_from)
            previous.notes.append(f"«{table.name}» nằm liền sau nên được ghép tiếp vào "
                                  f"«{previous.name}» (từ dòng {offset + 1}).")
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


def _docx_table(table, number: int, source: str) -> RawTable:
    # Properties are read from the XML here, not through python-docx's typed attributes, which
    # raise on values that are not numbers (a damaged or crafted file).
    tbl = table._tbl  # noqa: SLF001
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
                    origin = above[c] if c < len(above) and above[c] is not None else (r - 1, column)
                    origins[c] = origin
            else:
                texts[column] = docx_cell_text(tc)
                for c in range(column + 1, column + span):
                    origins[c] = (r, column)
            column += span
        width = max([column + _grid_value(row_properties, "gridAfter", 0), grid_width]
                    + [c + 1 for c in texts])
        row_text = [""] * width
        row_merged: list[Origin | None] = [None] * width
        for c, text in texts.items():
            row_text[c] = text
        for c, origin in origins.items():
            row_merged[c] = origin
        text_rows.append(row_text)
        merged.append(row_merged)
    width = max((len(r) for r in text_rows), default=0)
    notes = []
    if width > MAX_COLUMNS:
        notes.append(f"Bảng {number} có hơn {MAX_COLUMNS} cột; chỉ đọc {MAX_COLUMNS} cột đầu.")
        width = MAX_COLUMNS
    text_rows = [(r + [""] * width)[:width] for r in text_rows]
    merged = [(m + [None] * width)[:width] for m in merged]
    # An origin outside the kept columns (cut above) would point nowhere.
    merged = [[o if o is None or o[1] < width else None for o in row] for row in merged]
    return RawTable(name=f"Bảng {number}", rows=text_rows, merged_from=merged, source=source,
                    notes=notes)
