"""The header block and the title of an administrative document (Decree 30/2020, Annex I).

Left column: the issuing body (upper lines regular, its own name bold, a short rule under it),
then "Số: 12/KH-UBND". Right column: the national title in bold capitals, the motto in bold with
a rule as wide as it, then the place and date in italics on the line of "Số:". The title below:
the kind of document in bold capitals, the summary of its content in bold, a short rule.
"""

from __future__ import annotations

import datetime as dt

from ...text import nfc
from .blocks import Letterhead, Title
from .drawing import ascent, descent, draw_line, text_width, wrap_text
from .fonts import BOLD, ITALIC, REGULAR
from .pages import PageFlow

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
ISSUER_SIZE = 13.0
NATION_SIZE = 13.0
MOTTO_SIZE = 14.0
NUMBER_SIZE = 13.0
DATE_SIZE = 14.0
TITLE_SIZE = 14.0
LEADING = 1.2
RULE_WIDTH = 0.6
BLANK = "\u00a0" * 8  # left for the number or the day, written by hand
DOTS = "…"


def date_line(place: str, date: dt.date | None, year: int | None = None) -> str:
    """ "Cửa Tùng, ngày 15 tháng 01 năm 2026": the decree writes a day below 10 and the months
    1 and 2 with a leading zero. Without a date: "ngày … tháng … năm …"."""
    if date is not None:
        day = f"{date.day:02d}"
        month = f"{date.month:02d}" if date.month < 3 else str(date.month)
        when = f"ngày {day} tháng {month} năm {date.year}"
    else:
        when = f"ngày {DOTS} tháng {DOTS} năm {year if year else DOTS}"
    place = nfc(place).strip()
    return f"{place}, {when}" if place else when[0].upper() + when[1:]


def reference_line(reference: str) -> str:
    reference = nfc(reference).strip()
    if not reference or reference.startswith("/"):
        reference = BLANK + reference  # "Số:        /KH-UBND": the number is written by hand
    return f"Số: {reference}"


def draw_letterhead(flow: PageFlow, letterhead: Letterhead) -> None:
    geometry = flow.geometry
    width = geometry.content_width
    right_width = min(max(text_width(NATION, BOLD, NATION_SIZE) + 10, width * 0.56), width * 0.64)
    left_width = width - right_width
    left_x, right_x = geometry.x0, geometry.x0 + left_width
    top = flow.y

    y = top
    issuer = [nfc(line).strip().upper() for line in letterhead.issuer_lines if line.strip()]
    last_line = None
    for index, text in enumerate(issuer):
        style = BOLD if index == len(issuer) - 1 else REGULAR
        for line in wrap_text(text, style, ISSUER_SIZE, left_width):
            y -= ISSUER_SIZE * LEADING
            draw_line(flow.stream, line, style, ISSUER_SIZE, left_x, left_width, y, "center")
            last_line = line
    if last_line is not None:
        y = _short_rule(flow, left_x + left_width / 2, y, last_line.width * 0.45, ISSUER_SIZE)
    left_bottom = y

    y = top
    for text, size in ((NATION, NATION_SIZE), (MOTTO, MOTTO_SIZE)):
        for line in wrap_text(text, BOLD, size, right_width):
            y -= size * LEADING
            draw_line(flow.stream, line, BOLD, size, right_x, right_width, y, "center")
    motto_width = min(text_width(MOTTO, BOLD, MOTTO_SIZE), right_width)
    right_bottom = _short_rule(flow, right_x + right_width / 2, y, motto_width, MOTTO_SIZE)

    y = min(left_bottom, right_bottom) - 6 - ascent(REGULAR, NUMBER_SIZE)
    number_lines = wrap_text(reference_line(letterhead.reference), REGULAR, NUMBER_SIZE, left_width)
    date_lines = wrap_text(
        date_line(letterhead.place, letterhead.date, letterhead.year), ITALIC, DATE_SIZE, right_width
    )
    for index, line in enumerate(number_lines):
        draw_line(
            flow.stream,
            line,
            REGULAR,
            NUMBER_SIZE,
            left_x,
            left_width,
            y - index * NUMBER_SIZE * LEADING,
            "center",
        )
    for index, line in enumerate(date_lines):
        draw_line(
            flow.stream,
            line,
            ITALIC,
            DATE_SIZE,
            right_x,
            right_width,
            y - index * DATE_SIZE * LEADING,
            "center",
        )
    bottom = min(
        y - (len(number_lines) - 1) * NUMBER_SIZE * LEADING, y - (len(date_lines) - 1) * DATE_SIZE * LEADING
    )
    flow.y = bottom - descent(ITALIC, DATE_SIZE)


def _short_rule(flow: PageFlow, centre: float, baseline: float, length: float, size: float) -> float:
    """A rule centred under the line whose baseline is ``baseline``; returns the y below it."""
    y = baseline - descent(BOLD, size) - 3
    flow.stream.rule(centre - length / 2, y, centre + length / 2, y, RULE_WIDTH)
    return y - 3


def draw_title(flow: PageFlow, title: Title, space_before: float = 18.0) -> None:
    """The title block, kept whole on one page."""
    width = flow.geometry.content_width
    left = flow.geometry.x0
    main = [
        line
        for text in title.lines
        if text.strip()
        for line in wrap_text(nfc(text).upper(), BOLD, TITLE_SIZE, width)
    ]
    sub_style = ITALIC if title.subtitle_italic else BOLD
    sub = wrap_text(title.subtitle, sub_style, TITLE_SIZE, width) if title.subtitle.strip() else []
    step = TITLE_SIZE * LEADING
    height = space_before + step * (len(main) + len(sub)) + (10 if title.rule else 4)
    flow.ensure(height)
    if not flow.at_top:
        flow.skip(space_before)
    y = flow.y
    for line in main:
        y -= step
        draw_line(flow.stream, line, BOLD, TITLE_SIZE, left, width, y, "center")
    for line in sub:
        y -= step
        draw_line(flow.stream, line, sub_style, TITLE_SIZE, left, width, y, "center")
    if title.rule and (sub or main):
        widest = max(line.width for line in (sub or main))
        y = _short_rule(flow, left + width / 2, y, max(widest / 3, 40.0), TITLE_SIZE)
    else:
        y -= descent(BOLD, TITLE_SIZE)
    flow.y = y - 8
