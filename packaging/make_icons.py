"""Draw the plannerapp icon: an SVG plus PNGs (16-512 px) and a Windows .ico.

The motif: three extruded blocks of a city on a parcel (isometric), a sun in
the corner -- planning + sunlight.  The SVG is the master; the PNGs are drawn
with Pillow from the same polygon list (no SVG renderer needed), at 4x and
downsampled for smooth edges.

    .venv/bin/python packaging/make_icons.py            # writes resources/icons/

The outputs are committed; rerun only when the drawing changes.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
VIEW = 256.0  # drawing units of the SVG viewBox

BG = "#1f4e79"        # rounded tile
PARCEL = "#e8eef4"
SUN = "#f6b93b"
TOP, LEFT, RIGHT = "#dbe9f6", "#8fb8da", "#4f86b8"
ACCENT_TOP, ACCENT_LEFT, ACCENT_RIGHT = "#ffd8a8", "#f3a25b", "#d9773a"

# isometric axes: x to the lower right, y to the lower left, z up (drawing units)
C30 = math.cos(math.radians(30))
S30 = 0.5
ORIGIN = (128.0, 150.0)


def iso(x: float, y: float, z: float) -> tuple[float, float]:
    return (ORIGIN[0] + (x - y) * C30, ORIGIN[1] + (x + y) * S30 - z)


def block(x0, y0, w, d, h, colours):
    """Three visible faces of a box at (x0, y0) of size w x d x h: [(points, fill)]."""
    top_c, left_c, right_c = colours
    x1, y1 = x0 + w, y0 + d
    top = [iso(x0, y0, h), iso(x1, y0, h), iso(x1, y1, h), iso(x0, y1, h)]
    left = [iso(x0, y1, 0), iso(x1, y1, 0), iso(x1, y1, h), iso(x0, y1, h)]
    right = [iso(x1, y0, 0), iso(x1, y1, 0), iso(x1, y1, h), iso(x1, y0, h)]
    return [(left, left_c), (right, right_c), (top, top_c)]


def shapes():
    """Polygons back to front: [(points, fill)], in 256-unit drawing space."""
    out = []
    parcel = [iso(-62, -62, 0), iso(62, -62, 0), iso(62, 62, 0), iso(-62, 62, 0)]
    out.append((parcel, PARCEL))
    blue = (TOP, LEFT, RIGHT)
    orange = (ACCENT_TOP, ACCENT_LEFT, ACCENT_RIGHT)
    # painter's order: far (small x + y) first
    out += block(-50, -50, 34, 34, 70, blue)
    out += block(10, -50, 40, 26, 40, blue)
    out += block(-50, 6, 28, 44, 30, blue)
    out += block(2, 2, 40, 40, 96, orange)  # the new tower under review
    return out


def svg_text() -> str:
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">',
        '  <title>plannerapp</title>',
        f'  <rect x="8" y="8" width="240" height="240" rx="44" ry="44" fill="{BG}"/>',
        f'  <circle cx="200" cy="58" r="24" fill="{SUN}"/>',
    ]
    for pts, fill in shapes():
        d = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        parts.append(f'  <polygon points="{d}" fill="{fill}" stroke="#1b2b3a" stroke-width="2" stroke-linejoin="round"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def render_png(size: int) -> Image.Image:
    scale = 4
    big = size * scale
    k = big / VIEW
    im = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    dr.rounded_rectangle([8 * k, 8 * k, 248 * k, 248 * k], radius=44 * k, fill=BG)
    dr.ellipse([(200 - 24) * k, (58 - 24) * k, (200 + 24) * k, (58 + 24) * k], fill=SUN)
    width = max(1, round(2 * k)) if size >= 32 else 0
    for pts, fill in shapes():
        dr.polygon([(x * k, y * k) for x, y in pts], fill=fill, outline="#1b2b3a" if width else None, width=width)
    return im.resize((size, size), Image.LANCZOS)


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "plannerapp.svg").write_text(svg_text(), encoding="utf-8")
    images = {}
    for s in SIZES:
        images[s] = render_png(s)
        images[s].save(out / f"plannerapp-{s}.png", optimize=True)
    images[256].save(out / "plannerapp.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    print(f"wrote {out}/plannerapp.svg, plannerapp-<{','.join(map(str, SIZES))}>.png, plannerapp.ico")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
