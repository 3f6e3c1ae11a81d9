"""A horizontal bar chart: one bar per label (a reform area), value out of maximum.

Each bar's track is its own maximum, so areas with different maxima compare by how much of it
they reached; "8,5 / 10" is written at the end of the track. Print-friendly greys only.
"""

from __future__ import annotations

from decimal import Decimal

from ...i18n import decimal_text
from .blocks import BarChart
from .drawing import descent, draw_line, text_width, wrap_text
from .fonts import BOLD, REGULAR, face
from .pages import PageFlow

TITLE_SIZE = 13.0
LABEL_SIZE = 12.0
LEADING = 1.2
BAR_HEIGHT = 10.0
ROW_GAP = 5.0
LABEL_SHARE = 0.38
TRACK_GREY, BAR_GREY = 0.9, 0.35


def value_text(value: Decimal | float, maximum: Decimal | float) -> str:
    return f"{decimal_text(_decimal(value))} / {decimal_text(_decimal(maximum))}"


def _decimal(value: Decimal | float) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def draw_bar_chart(flow: PageFlow, chart: BarChart) -> None:
    geometry = flow.geometry
    width, left = geometry.content_width, geometry.x0
    label_width = width * LABEL_SHARE
    texts = [value_text(value, maximum) for _, value, maximum in chart.bars]
    value_width = max([text_width(t, REGULAR, LABEL_SIZE) for t in texts] + [0.0]) + 6
    track_x = left + label_width + 6
    track_width = max(width - label_width - 6 - value_width, 20.0)
    step = LABEL_SIZE * LEADING

    title_lines = wrap_text(chart.title, BOLD, TITLE_SIZE, width) if chart.title.strip() else []
    rows = [wrap_text(label, REGULAR, LABEL_SIZE, label_width) for label, _, _ in chart.bars]
    heights = [max(len(lines) * step, BAR_HEIGHT + 4) + ROW_GAP for lines in rows]
    title_height = len(title_lines) * TITLE_SIZE * LEADING + 6
    # The chart stays whole when it fits on a page; else at least the title and a bar together.
    flow.ensure(min(title_height + sum(heights), geometry.content_height))
    flow.ensure(title_height + (heights[0] if heights else 0))
    y = flow.y
    for line in title_lines:
        y -= TITLE_SIZE * LEADING
        draw_line(flow.stream, line, BOLD, TITLE_SIZE, left, width, y, "center")
    flow.y = y - 6 - descent(BOLD, TITLE_SIZE)

    for (_, value, maximum), lines, height, text in zip(chart.bars, rows, heights, texts):
        flow.ensure(height)
        top = flow.y
        for index, line in enumerate(lines):
            draw_line(flow.stream, line, REGULAR, LABEL_SIZE, left, label_width, top - (index + 1) * step + 2)
        bar_top = top - (step - BAR_HEIGHT) / 2 - 1
        flow.stream.fill_rect(track_x, bar_top - BAR_HEIGHT, track_width, BAR_HEIGHT, TRACK_GREY)
        share = _share(value, maximum)
        if share > 0:
            flow.stream.fill_rect(track_x, bar_top - BAR_HEIGHT, track_width * share, BAR_HEIGHT, BAR_GREY)
        flow.stream.text(track_x + track_width + 6, top - step + 2, face(REGULAR), LABEL_SIZE, text)
        flow.y = top - height


def _share(value: Decimal | float, maximum: Decimal | float) -> float:
    top = float(maximum)
    if top <= 0:
        return 0.0
    return min(max(float(value) / top, 0.0), 1.0)
