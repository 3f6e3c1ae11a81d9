"""Advance widths of a TrueType font's characters, read straight from its tables (``cmap``,
``hmtx``) with ``struct``: the numbers reportlab's ``TTFontFile`` gives as ``charWidths`` and
``defaultWidth`` (1/1000 em; tests/test_speed_paths.py checks they are the same for the bundled
faces), without importing reportlab (and the Pillow it brings) and without its parse of the
whole font in Python: the workbook writers measure text to set row heights, and only need this.

The character map is read the way reportlab reads it (the same subtable chosen, formats 4 and
12); a font using another format is read by reportlab after all."""

from __future__ import annotations

import struct
from pathlib import Path

_U16 = struct.Struct(">H")


class FontMetricsError(ValueError):
    """The file is not a TrueType font this reader understands."""


def char_widths(path: Path | str) -> tuple[dict[int, float], float]:
    """(width by code point, the width of glyph 0) in 1/1000 em."""
    data = Path(path).read_bytes()
    try:
        return _char_widths(data)
    except (struct.error, KeyError, IndexError) as error:
        raise FontMetricsError(f"{Path(path).name}: {error}") from error
    except _OtherFormat:
        from reportlab.pdfbase.ttfonts import TTFontFile

        font = TTFontFile(str(path))
        return dict(font.charWidths), float(font.defaultWidth)


class _OtherFormat(Exception):
    pass


def _char_widths(data: bytes) -> tuple[dict[int, float], float]:
    tables = _tables(data)
    units = _U16.unpack_from(data, tables[b"head"] + 18)[0]
    factor = 1000 / units
    metrics_count = _U16.unpack_from(data, tables[b"hhea"] + 34)[0]
    glyph_count = _U16.unpack_from(data, tables[b"maxp"] + 4)[0]
    char_to_glyph, glyph_to_chars = _character_map(data, tables[b"cmap"])
    advances = struct.unpack_from(f">{2 * metrics_count}H", data, tables[b"hmtx"])[0::2]
    widths: dict[int, float] = {}
    width = 0.0
    for glyph in range(max(glyph_count, metrics_count)):
        if glyph < metrics_count:  # later glyphs keep the last advance (the table's rule)
            width = advances[glyph] if units == 1000 else advances[glyph] * factor
        for char in glyph_to_chars.get(glyph, ()):
            widths[char] = width
    default = advances[0] if units == 1000 else advances[0] * factor
    if 0x20 in char_to_glyph:  # a no-break space is as wide as a space (as reportlab has it)
        widths[0xA0] = widths[0x20]
    elif 0xA0 in char_to_glyph:
        widths[0x20] = widths[0xA0]
    return widths, float(default)


def _tables(data: bytes) -> dict[bytes, int]:
    count = _U16.unpack_from(data, 4)[0]
    return {
        tag: offset for tag, _sum, offset, _length in struct.iter_unpack(">4sLLL", data[12 : 12 + 16 * count])
    }


def _character_map(data: bytes, cmap: int) -> tuple[dict[int, int], dict[int, list[int]]]:
    version, count = struct.unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    chosen, kind = None, 0
    for platform, encoding, offset in struct.iter_unpack(">HHL", data[cmap + 4 : cmap + 4 + 8 * count]):
        # The same choice as reportlab's: the last fitting subtable, Unicode ones first.
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
    if chosen is None:
        raise FontMetricsError("no usable character map")
    start = cmap + chosen
    fmt = _U16.unpack_from(data, start)[0]
    char_to_glyph: dict[int, int] = {}
    glyph_to_chars: dict[int, list[int]] = {}
    if fmt == 4:
        _format4(data, start, char_to_glyph, glyph_to_chars)
    elif fmt == 12:
        (segments,) = struct.unpack_from(">L", data, start + 12)
        for first, last, glyph in struct.iter_unpack(">LLL", data[start + 16 : start + 16 + 12 * segments]):
            for char in range(first, last + 1):
                char_to_glyph[char] = glyph + char - first
                glyph_to_chars.setdefault(glyph + char - first, []).append(char)
    else:
        raise _OtherFormat(fmt)
    return char_to_glyph, glyph_to_chars


def _format4(
    data: bytes, start: int, char_to_glyph: dict[int, int], glyph_to_chars: dict[int, list[int]]
) -> None:
    length = _U16.unpack_from(data, start + 2)[0]
    limit = start + length
    segments = _U16.unpack_from(data, start + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, start + 14)
    starts = struct.unpack_from(f">{segments}H", data, start + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, start + 16 + 4 * segments)
    range_start = start + 16 + 6 * segments
    ranges = struct.unpack_from(f">{segments}H", data, range_start)
    for n in range(segments):
        first, delta, range_offset = starts[n], deltas[n], ranges[n]
        for char in range(first, ends[n] + 1):
            if range_offset == 0:
                glyph = (char + delta) & 0xFFFF
            else:
                offset = range_start + 2 * n + (char - first) * 2 + range_offset
                if offset >= limit:  # a broken font: reportlab maps such characters to glyph 0
                    glyph = 0
                else:
                    glyph = _U16.unpack_from(data, offset)[0]
                    if glyph:
                        glyph = (glyph + delta) & 0xFFFF
            char_to_glyph[char] = glyph
            glyph_to_chars.setdefault(glyph, []).append(char)
