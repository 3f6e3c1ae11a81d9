"""Body text: headings and justified paragraphs with a first-line indent, split across pages.

Decree 30: body text 13–14 pt, justified, first line indented 1–1.27 cm, at least 6 pt between
paragraphs, line spacing from single to 1.5 lines (1.3 here: 18.2 pt at 14 pt).
"""

from __future__ import annotations

from .blocks import Heading, Paragraph
from .drawing import descent, draw_line, wrap_text
from .fonts import style_for
from .pages import MM, PageFlow
from .textflow import Line

BODY_SIZE = 14.0
LEADING = 1.3
SPACE_AFTER = 6.0
HEADING_SPACE_BEFORE = 6.0
HEADING_INDENT = 12.7 * MM
# A heading comes with this many lines of what follows it, never alone at a page's end.
KEEP_LINES_AFTER_HEADING = 2


def draw_heading(flow: PageFlow, heading: Heading) -> None:
    bold, italic = True, heading.level >= 3
    style = style_for(bold, italic)
    lines = wrap_text(heading.text, style, BODY_SIZE, flow.geometry.content_width, HEADING_INDENT)
    step = BODY_SIZE * LEADING
    flow.ensure(HEADING_SPACE_BEFORE + step * (len(lines) + KEEP_LINES_AFTER_HEADING))
    if not flow.at_top:
        flow.skip(HEADING_SPACE_BEFORE)
    _draw_lines(flow, lines, style, BODY_SIZE, "left", HEADING_INDENT)


def draw_paragraph(flow: PageFlow, paragraph: Paragraph) -> None:
    size = paragraph.size or BODY_SIZE
    style = style_for(paragraph.bold, paragraph.italic)
    indent = paragraph.first_indent * MM if paragraph.align in ("left", "justify") else 0.0
    lines = wrap_text(paragraph.text, style, size, flow.geometry.content_width, indent)
    _draw_lines(flow, lines, style, size, paragraph.align, indent)


def _draw_lines(
    flow: PageFlow, lines: list[Line], style: str, size: float, align: str, indent: float
) -> None:
    """Line by line; the first two lines of a paragraph start on the same page."""
    step = size * LEADING
    drop = step - descent(style, size)  # from a line's top to its baseline: descenders stay inside
    flow.ensure(step * min(len(lines), 2))
    geometry = flow.geometry
    starts_paragraph = True
    for line in lines:
        if step > flow.space_left():
            flow.new_page()
        baseline = flow.y - drop
        draw_line(
            flow.stream,
            line,
            style,
            size,
            geometry.x0,
            geometry.content_width,
            baseline,
            align,  # type: ignore[arg-type]
            indent if starts_paragraph else 0.0,
        )
        flow.y -= step
        starts_paragraph = line.ends_paragraph
    flow.skip(SPACE_AFTER)
