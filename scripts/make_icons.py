"""Draws the program's icon: resources/icons/cchc.svg (the source) and, rendered with Pillow,
cchc.png (256 px, the window icon) and cchc.ico (16–256 px, the Windows executable).

    .venv/bin/python scripts/make_icons.py

One drawing, two renderings: the shapes below are written out as SVG and drawn by Pillow at four
times the size, then scaled down (smooth edges). A blue tile, a page with text lines and a folded
corner, a green tick: a plan whose tasks get done. No third-party artwork.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZE = 256
SCALE = 4  # Pillow draws at 4× and scales down: anti-aliased edges

TILE = "#1d5fa6"
PAGE = "#ffffff"
FOLD = "#c5d6ec"
LINE = "#8fa9cc"
BADGE = "#2e9d5b"
TICK = "#ffffff"

# (x, y) in a 256 × 256 box.
TILE_BOX, TILE_RADIUS = (8, 8, 248, 248), 48
PAGE_OUTLINE = [(62, 36), (150, 36), (186, 72), (186, 206), (62, 206)]
FOLD_TRIANGLE = [(150, 36), (150, 72), (186, 72)]
TEXT_LINES = [(84, 98, 164), (84, 124, 164), (84, 150, 132)]  # (x0, y, x1)
LINE_WIDTH = 11
BADGE_CENTRE, BADGE_RADIUS = (180, 184), 46
TICK_POINTS = [(158, 185), (174, 201), (203, 168)]
TICK_WIDTH = 13


def svg() -> str:
    def points(shape: list[tuple[int, int]]) -> str:
        return " ".join(f"{x},{y}" for x, y in shape)

    x0, y0, x1, y1 = TILE_BOX
    lines = "\n".join(
        f'  <line x1="{a}" y1="{y}" x2="{b}" y2="{y}" stroke="{LINE}" stroke-width="{LINE_WIDTH}" '
        'stroke-linecap="round"/>'
        for a, y, b in TEXT_LINES
    )
    cx, cy = BADGE_CENTRE
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">
  <title>CCHC Desktop</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{TILE_RADIUS}" fill="{TILE}"/>
  <polygon points="{points(PAGE_OUTLINE)}" fill="{PAGE}"/>
  <polygon points="{points(FOLD_TRIANGLE)}" fill="{FOLD}"/>
{lines}
  <circle cx="{cx}" cy="{cy}" r="{BADGE_RADIUS}" fill="{BADGE}" stroke="{TILE}" stroke-width="6"/>
  <polyline points="{points(TICK_POINTS)}" fill="none" stroke="{TICK}" stroke-width="{TICK_WIDTH}"
            stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def _round_line(draw: ImageDraw.ImageDraw, points: list[tuple[int, int]], colour: str, width: int) -> None:
    """A polyline with round caps and joints, as SVG's stroke-linecap/linejoin="round"."""
    scaled = [(x * SCALE, y * SCALE) for x, y in points]
    draw.line(scaled, fill=colour, width=width * SCALE, joint="curve")
    r = width * SCALE / 2
    for x, y in scaled:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)


def render(size: int = SIZE) -> Image.Image:
    big = Image.new("RGBA", (SIZE * SCALE, SIZE * SCALE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    draw.rounded_rectangle([v * SCALE for v in TILE_BOX], TILE_RADIUS * SCALE, fill=TILE)
    draw.polygon([(x * SCALE, y * SCALE) for x, y in PAGE_OUTLINE], fill=PAGE)
    draw.polygon([(x * SCALE, y * SCALE) for x, y in FOLD_TRIANGLE], fill=FOLD)
    for a, y, b in TEXT_LINES:
        _round_line(draw, [(a, y), (b, y)], LINE, LINE_WIDTH)
    cx, cy = BADGE_CENTRE
    ring = BADGE_RADIUS + 3  # the tile-coloured ring that parts the badge from the page
    draw.ellipse(
        [(cx - ring) * SCALE, (cy - ring) * SCALE, (cx + ring) * SCALE, (cy + ring) * SCALE], fill=TILE
    )
    r = BADGE_RADIUS
    draw.ellipse([(cx - r) * SCALE, (cy - r) * SCALE, (cx + r) * SCALE, (cy + r) * SCALE], fill=BADGE)
    _round_line(draw, TICK_POINTS, TICK, TICK_WIDTH)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cchc.svg").write_text(svg(), encoding="utf-8")
    image = render()
    image.save(OUT / "cchc.png", optimize=True)
    image.save(OUT / "cchc.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    for name in ("cchc.svg", "cchc.png", "cchc.ico"):
        print(f"{OUT / name}: {(OUT / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
