"""Procedural pictures for the demo catalogue: product photos and producer banners.

Everything is drawn with Pillow primitives (no fonts, no files) so the demo can be seeded
anywhere. Pictures are drawn at ``_SUPERSAMPLE`` times the requested size and scaled down,
which gives smooth edges without per-primitive anti-aliasing.

Motif drawers work in "units": a 0..100 square design space. A ``_Pen`` maps units to
pixels; the per-upc placement (shift, scale, mirror) lives in that mapping, so a motif is
written once and every primitive moves with it. All randomness comes from a
``random.Random`` seeded with a SHA-256 of the upc (or producer key), so the same inputs
always give the same bytes.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]
Ink = RGB | RGBA
Point = tuple[float, float]
Box = tuple[float, float, float, float]

_SUPERSAMPLE = 2
_JPEG_QUALITY = 85

_WHITE: RGB = (255, 255, 255)
_BLACK: RGB = (0, 0, 0)
_CREAM: RGB = (250, 244, 230)
_WOOD: RGB = (164, 112, 66)
_LEAF: RGB = (82, 142, 64)
_ROOSTER_RED: RGB = (205, 48, 40)
_COFFEE: RGB = (92, 56, 34)
_SHADE: RGB = (30, 18, 40)  # tinted rather than black so shading does not look muddy


# --------------------------------------------------------------------------- colours


def _rgb(hex_colour: str) -> RGB:
    value = hex_colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {hex_colour!r}")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _light(colour: RGB, t: float) -> RGB:
    return _mix(colour, _WHITE, t)


def _dark(colour: RGB, t: float) -> RGB:
    return _mix(colour, _BLACK, t)


def _alpha(colour: RGB, opacity: float) -> RGBA:
    return (*colour, round(255 * opacity))


def _luma(colour: RGB) -> float:
    return 0.299 * colour[0] + 0.587 * colour[1] + 0.114 * colour[2]


def _hue_shift(colour: RGB, shift: float, saturation: float = 1.0) -> RGB:
    h, l, s = colorsys.rgb_to_hls(*(c / 255 for c in colour))
    r, g, b = colorsys.hls_to_rgb((h + shift) % 1.0, l, min(1.0, s * saturation))
    return (round(r * 255), round(g * 255), round(b * 255))


def _rng(text: str) -> random.Random:
    return random.Random(int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16))


# --------------------------------------------------------------------------- geometry


def _spline(points: Sequence[Point], steps: int = 10) -> list[Point]:
    """Catmull-Rom curve through ``points`` (ends included)."""
    if len(points) < 3:
        return list(points)
    padded = [points[0], *points, points[-1]]
    out: list[Point] = []
    for i in range(1, len(padded) - 2):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = padded[i - 1 : i + 3]
        for step in range(steps):
            t = step / steps
            t2, t3 = t * t, t * t * t
            out.append(
                (
                    0.5 * (2 * x1 + (x2 - x0) * t + (2 * x0 - 5 * x1 + 4 * x2 - x3) * t2
                           + (3 * x1 - x0 - 3 * x2 + x3) * t3),
                    0.5 * (2 * y1 + (y2 - y0) * t + (2 * y0 - 5 * y1 + 4 * y2 - y3) * t2
                           + (3 * y1 - y0 - 3 * y2 + y3) * t3),
                )
            )
    out.append(points[-1])
    return out


def _vessel(cx: float, profile: Sequence[Point]) -> list[Point]:
    """Closed outline of a turned object from (half_width, y) pairs listed top to bottom."""
    smooth = _spline(profile, 8)
    right = [(cx + w, y) for w, y in smooth]
    left = [(cx - w, y) for w, y in reversed(smooth)]
    return right + left


def _oval(cx: float, cy: float, rx: float, ry: float, angle: float, n: int = 24) -> list[Point]:
    """A rotated ellipse as a polygon (ImageDraw ellipses cannot rotate). Angle in degrees."""
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    return pts


def _leaf(cx: float, cy: float, length: float, width: float, angle: float) -> list[Point]:
    """Pointed leaf (or bean) outline centred on (cx, cy), long axis at ``angle`` degrees."""
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    pts = []
    n = 14
    for i in range(n + 1):
        t = i / n
        x = (t - 0.5) * length
        y = -math.sin(math.pi * t) ** 0.8 * width / 2
        pts.append((x, y))
    for i in range(n - 1, 0, -1):
        t = i / n
        x = (t - 0.5) * length
        y = math.sin(math.pi * t) ** 0.8 * width / 2
        pts.append((x, y))
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def _stepped_diamond(cx: float, cy: float, rx: float, ry: float, steps: int) -> list[Point]:
    """Diamond with a staircase edge: reads as woven/ikat rather than a smooth vector lozenge."""
    quarter: list[Point] = []
    for i in range(steps):
        quarter.append((i * rx / steps, -ry + i * ry / steps))
        quarter.append(((i + 1) * rx / steps, -ry + i * ry / steps))
    quarter.append((rx, 0.0))
    pts = quarter + [(x, -y) for x, y in reversed(quarter[:-1])]
    pts += [(-x, y) for x, y in reversed(pts[1:-1])]
    return [(cx + x, cy + y) for x, y in pts]


def _hexagon(cx: float, cy: float, r: float) -> list[Point]:
    return [(cx + r * math.cos(math.radians(60 * i)), cy + r * math.sin(math.radians(60 * i))) for i in range(6)]


def _bilerp(quad: Sequence[Point], u: float, v: float) -> Point:
    """Point inside a quad (far-left, far-right, near-right, near-left) for u, v in 0..1."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = quad
    top = (ax + (bx - ax) * u, ay + (by - ay) * u)
    bottom = (dx + (cx - dx) * u, dy + (cy - dy) * u)
    return (top[0] + (bottom[0] - top[0]) * v, top[1] + (bottom[1] - top[1]) * v)


# --------------------------------------------------------------------------- pen


class _Pen:
    """Draws in units mapped affinely onto an image: pixel = a + b * unit.

    A negative ``bx`` mirrors the drawing. With ``mask_value`` set, every fill becomes that
    value: the same shape function then draws a clipping mask (see ``clip``).
    """

    def __init__(self, image: Image.Image, ax: float, ay: float, bx: float, by: float,
                 mask_value: int | None = None) -> None:
        self.image = image
        # "RGBA" draw on an RGB image blends fills that carry alpha (highlights, glass).
        self.draw = ImageDraw.Draw(image, "RGBA" if image.mode == "RGB" else None)
        self.ax, self.ay, self.bx, self.by = ax, ay, bx, by
        self.mask_value = mask_value

    # mapping -----------------------------------------------------------------
    def xy(self, x: float, y: float) -> Point:
        return (self.ax + self.bx * x, self.ay + self.by * y)

    def _box(self, box: Box) -> list[float]:
        x0, y0 = self.xy(box[0], box[1])
        x1, y1 = self.xy(box[2], box[3])
        return [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)]

    def px(self, units: float) -> float:
        return abs(self.bx) * units

    def _width(self, units: float) -> int:
        return max(1, round(self.px(units)))

    def _ink(self, colour: Ink) -> Ink | int:
        return colour if self.mask_value is None else self.mask_value

    def _angles(self, start: float, end: float) -> tuple[float, float]:
        # Mirroring x turns a clockwise sweep a..b into 180-b..180-a.
        return (180 - end, 180 - start) if self.bx < 0 else (start, end)

    def _derived(self, ax: float, ay: float, bx: float, by: float) -> _Pen:
        # Shares the image and its ImageDraw; only the mapping differs.
        pen = _Pen.__new__(_Pen)
        pen.image, pen.draw, pen.mask_value = self.image, self.draw, self.mask_value
        pen.ax, pen.ay, pen.bx, pen.by = ax, ay, bx, by
        return pen

    def sub(self, dx: float, dy: float, scale: float, anchor: Point = (50.0, 50.0)) -> _Pen:
        """A pen for a copy of a drawing moved by (dx, dy) and scaled about ``anchor``."""
        ox = anchor[0] * (1 - scale) + dx
        oy = anchor[1] * (1 - scale) + dy
        return self._derived(self.ax + self.bx * ox, self.ay + self.by * oy, self.bx * scale, self.by * scale)

    def mirrored(self) -> _Pen:
        """The same mapping flipped left-right about the middle of the unit square."""
        return self._derived(self.ax + self.bx * 100, self.ay, -self.bx, self.by)

    # primitives ----------------------------------------------------------------
    def poly(self, points: Sequence[Point], fill: Ink) -> None:
        ax, ay, bx, by = self.ax, self.ay, self.bx, self.by
        self.draw.polygon([(ax + bx * x, ay + by * y) for x, y in points], fill=self._ink(fill))

    def stamp(self, shape: Sequence[Point], centres: Sequence[Point], fill: Ink) -> None:
        """Draw ``shape`` (relative to its centre) at each centre: the fast path for patterns."""
        bx, by = self.bx, self.by
        offsets = [(bx * x, by * y) for x, y in shape]
        ink = self._ink(fill)
        for cx, cy in centres:
            px, py = self.ax + bx * cx, self.ay + by * cy
            self.draw.polygon([(px + ox, py + oy) for ox, oy in offsets], fill=ink)

    def ellipse(self, box: Box, fill: Ink) -> None:
        self.draw.ellipse(self._box(box), fill=self._ink(fill))

    def circle(self, cx: float, cy: float, r: float, fill: Ink) -> None:
        self.ellipse((cx - r, cy - r, cx + r, cy + r), fill)

    def ring(self, box: Box, colour: Ink, width: float) -> None:
        self.draw.ellipse(self._box(box), outline=self._ink(colour), width=self._width(width))

    def rect(self, box: Box, fill: Ink) -> None:
        self.draw.rectangle(self._box(box), fill=self._ink(fill))

    def rrect(self, box: Box, radius: float, fill: Ink) -> None:
        b = self._box(box)
        r = min(self.px(radius), (b[2] - b[0]) / 2, (b[3] - b[1]) / 2)
        self.draw.rounded_rectangle(b, radius=max(0, int(r)), fill=self._ink(fill))

    def line(self, points: Sequence[Point], colour: Ink, width: float, round_caps: bool = True) -> None:
        pts = [self.xy(x, y) for x, y in points]
        w = self._width(width)
        self.draw.line(pts, fill=self._ink(colour), width=w, joint="curve")
        if round_caps and w > 3:
            for x, y in (pts[0], pts[-1]):
                self.draw.ellipse([x - w / 2, y - w / 2, x + w / 2, y + w / 2], fill=self._ink(colour))

    def arc(self, box: Box, start: float, end: float, colour: Ink, width: float) -> None:
        a, b = self._angles(start, end)
        self.draw.arc(self._box(box), a, b, fill=self._ink(colour), width=self._width(width))

    def chord(self, box: Box, start: float, end: float, fill: Ink) -> None:
        a, b = self._angles(start, end)
        self.draw.chord(self._box(box), a, b, fill=self._ink(fill))

    def pieslice(self, box: Box, start: float, end: float, fill: Ink) -> None:
        a, b = self._angles(start, end)
        self.draw.pieslice(self._box(box), a, b, fill=self._ink(fill))

    def tube(self, points: Sequence[Point], r0: float, r1: float, fill: Ink, steps: int = 8) -> None:
        """A stroke along a smooth path whose radius tapers from r0 to r1 (trunks, stems, tails)."""
        path = _spline(points, steps)
        lengths = [0.0]
        for (xa, ya), (xb, yb) in zip(path, path[1:]):
            lengths.append(lengths[-1] + math.hypot(xb - xa, yb - ya))
        total = lengths[-1] or 1.0
        left: list[Point] = []
        right: list[Point] = []
        for i, (x, y) in enumerate(path):
            xa, ya = path[max(0, i - 1)]
            xb, yb = path[min(len(path) - 1, i + 1)]
            dx, dy = xb - xa, yb - ya
            norm = math.hypot(dx, dy) or 1.0
            nx, ny = -dy / norm, dx / norm
            r = r0 + (r1 - r0) * lengths[i] / total
            left.append((x + nx * r, y + ny * r))
            right.append((x - nx * r, y - ny * r))
        self.poly(left + right[::-1], fill)
        self.circle(*path[0], r0, fill)
        self.circle(*path[-1], r1, fill)

    # compound ------------------------------------------------------------------
    def clip(self, bounds: Box, shape: Callable[[_Pen], None], paint: Callable[[_Pen], None]) -> None:
        """Run ``paint`` on a scratch layer and paste it through the mask drawn by ``shape``.

        This is how patterns, glazes and shading stay inside an outline without having to
        intersect polygons by hand.
        """
        x0, y0, x1, y1 = (round(v) for v in self._box(bounds))
        x0, y0 = max(0, x0 - 2), max(0, y0 - 2)
        x1, y1 = min(self.image.width, x1 + 2), min(self.image.height, y1 + 2)
        if x1 <= x0 or y1 <= y0:
            return
        size = (x1 - x0, y1 - y0)
        layer = Image.new("RGB", size)
        mask = Image.new("L", size, 0)
        paint(_Pen(layer, self.ax - x0, self.ay - y0, self.bx, self.by))
        shape(_Pen(mask, self.ax - x0, self.ay - y0, self.bx, self.by, mask_value=255))
        self.image.paste(layer, (x0, y0), mask)

    def soft(self, box: Box, colour: RGB, opacity: float, spread: float = 0.3) -> None:
        """A blurred ellipse (shadows, glows). Blurred at 1/8 scale: a full-size blur is slow."""
        if self.mask_value is not None:
            return
        x0, y0, x1, y1 = self._box(box)
        pad = spread * max(x1 - x0, y1 - y0)
        left, top = int(x0 - pad), int(y0 - pad)
        width, height = int(x1 + pad) - left, int(y1 + pad) - top
        k = 8
        small = Image.new("L", (max(1, width // k), max(1, height // k)), 0)
        ImageDraw.Draw(small).ellipse(
            [(x0 - left) / k, (y0 - top) / k, (x1 - left) / k, (y1 - top) / k], fill=round(255 * opacity)
        )
        small = small.filter(ImageFilter.GaussianBlur(max(0.5, pad / k / 2)))
        self.image.paste(colour, (left, top, left + width, top + height), small.resize((width, height), Image.BILINEAR))


# --------------------------------------------------------------------------- palette & scene


@dataclass(frozen=True)
class _Palette:
    main: RGB
    second: RGB
    background: RGB  # light end of the background gradient
    background_edge: RGB  # far end of the gradient
    backdrop: RGB  # decorative shapes behind the object
    shadow: RGB  # floor shadow


def _product_palette(colours: tuple[str, str], rng: random.Random) -> _Palette:
    main, second = _rgb(colours[0]), _rgb(colours[1])
    sources = [second, _mix(second, (236, 220, 196), 0.55), _hue_shift(main, 0.08, 0.7)]
    if _luma(main) < 190:  # a tint of a light main colour would hide the object
        sources.append(main)
    source = rng.choice(sources)
    # Start from a pale tint; if the product's main colour would not stand out against
    # it, use a stronger tint of the same hue and, as a last resort, a darker one.
    strength = rng.uniform(0.78, 0.88)
    background = _light(source, strength)
    while abs(_luma(main) - _luma(background)) < 45 and strength > 0.3:
        strength -= 0.1
        background = _light(source, strength)
    if abs(_luma(main) - _luma(background)) < 45:
        background = _mix(_light(source, 0.5), _dark(source, 0.5), 0.5 if _luma(main) > 128 else 0.0)
    edge = _mix(background, _dark(source, 0.2), rng.uniform(0.18, 0.3))
    backdrop = _mix(background, _WHITE if _luma(background) < 200 else source, rng.uniform(0.18, 0.3))
    shadow = _mix(_dark(background, 0.55), _dark(main, 0.6), 0.25)
    return _Palette(main, second, background, edge, backdrop, shadow)


def _linear_gradient(image: Image.Image, start: RGB, end: RGB, angle: float, bands: int = 96) -> None:
    """Fill ``image`` with a linear gradient drawn as thin rotated bands.

    Drawing bands is several times faster than upscaling a small gradient image to the
    supersampled canvas, and steps of under one colour level do not show.
    """
    width, height = image.size
    dx, dy = math.cos(angle), math.sin(angle)
    nx, ny = -dy, dx
    corners = [(0, 0), (width, 0), (0, height), (width, height)]
    along = [x * dx + y * dy for x, y in corners]
    across = [x * nx + y * ny for x, y in corners]
    lo, hi = min(along), max(along)
    u0, u1 = min(across) - 2, max(across) + 2
    draw = ImageDraw.Draw(image)
    step = (hi - lo) / bands
    for k in range(bands):
        s0, s1 = lo + k * step, lo + (k + 1) * step + 1  # 1px overlap: no seams
        draw.polygon(
            [(s0 * dx + u0 * nx, s0 * dy + u0 * ny), (s1 * dx + u0 * nx, s1 * dy + u0 * ny),
             (s1 * dx + u1 * nx, s1 * dy + u1 * ny), (s0 * dx + u1 * nx, s0 * dy + u1 * ny)],
            fill=_mix(start, end, (k + 0.5) / bands),
        )


def _decorate(base: _Pen, pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    """Backdrop shape behind the object (moves with it) and small scattered ornaments."""
    backdrop = rng.choice(["disc", "arch", "blob", "none", "disc"])
    if backdrop == "disc":
        r = rng.uniform(32, 40)
        pen.circle(50, 50, r, pal.backdrop)
    elif backdrop == "arch":
        pen.rect((24, 36, 76, 110), pal.backdrop)
        pen.ellipse((24, 10, 76, 62), pal.backdrop)
    elif backdrop == "blob":
        for _ in range(4):
            pen.circle(50 + rng.uniform(-14, 14), 48 + rng.uniform(-12, 12), rng.uniform(18, 26), pal.backdrop)

    if rng.random() < 0.55:
        floor = rng.uniform(80, 86)
        top = pen.xy(0, floor)[1]
        y = (top - base.ay) / base.by
        base.rect((-1, y, 101, 101), _mix(pal.background_edge, pal.backdrop, 0.3))
        base.rect((-1, y, 101, y + 0.5), _alpha(_WHITE, 0.35))

    scatter = rng.choice(["dots", "sparkles", "rings", "leaves", "none"])
    accent = _mix(pal.background, pal.second, 0.35)
    spots, wanted = 0, rng.randint(5, 9)
    while spots < wanted and scatter != "none":
        x, y = rng.uniform(3, 97), rng.uniform(3, 97)
        if 14 < x < 86 and 12 < y:  # keep the object area clear
            continue
        spots += 1
        r = rng.uniform(0.8, 2.2)
        if scatter == "dots":
            base.circle(x, y, r, _alpha(accent, 0.7))
        elif scatter == "rings":
            base.ring((x - r * 1.5, y - r * 1.5, x + r * 1.5, y + r * 1.5), _alpha(accent, 0.7), 0.5)
        elif scatter == "sparkles":
            base.poly([(x, y - 3 * r), (x + r * 0.6, y), (x, y + 3 * r), (x - r * 0.6, y)], _alpha(_WHITE, 0.7))
            base.poly([(x - 3 * r, y), (x, y + r * 0.6), (x + 3 * r, y), (x, y - r * 0.6)], _alpha(_WHITE, 0.7))
        else:
            base.poly(_leaf(x, y, r * 5, r * 2.2, rng.uniform(0, 180)), _alpha(_mix(accent, _LEAF, 0.4), 0.6))


def _floor_shadow(pen: _Pen, pal: _Palette, cx: float, y: float, rx: float, ry: float = 3.0) -> None:
    pen.soft((cx - rx, y - ry, cx + rx, y + ry), pal.shadow, 0.55, spread=0.15)


def _shade(p: _Pen, bounds: Box, strength: float = 0.28, highlight: float = 0.35) -> None:
    """Flat-style volume: a dark crescent on one side and a light streak on the other."""
    x0, y0, x1, y1 = bounds
    w, h = x1 - x0, y1 - y0
    ex0, ex1 = x0 - 0.35 * w, x1 - 0.14 * w
    ecx, erx = (ex0 + ex1) / 2, (ex1 - ex0) / 2
    ecy, ery = (y0 + y1) / 2, 0.8 * h
    arc = [(ecx + erx * math.cos(t), ecy + ery * math.sin(t))
           for t in (math.radians(a) for a in range(-90, 91, 6))]
    p.poly(arc + [(x1 + w, y1 + h), (x1 + w, y0 - h)], _alpha(_SHADE, strength))
    if highlight > 0:
        p.rrect((x0 + 0.12 * w, y0 + 0.16 * h, x0 + 0.2 * w, y1 - 0.3 * h), 0.05 * w, _alpha(_WHITE, highlight))


# --------------------------------------------------------------------------- pattern painters


def _paint_ikat(p: _Pen, bounds: Box, base: RGB, accent: RGB, cell: float, phase: float = 0.0) -> None:
    """Mudmee-style field: rows of stepped diamonds, each with a hollow centre and a dot."""
    x0, y0, x1, y1 = bounds
    p.rect(bounds, base)
    rx, ry = cell * 0.5, cell * 0.62
    detail = _mix(accent, base, 0.5) if _luma(accent) < 128 else _dark(accent, 0.35)
    centres: list[Point] = []
    row = 0
    y = y0 - ry + phase * ry
    while y < y1 + ry:
        x = x0 - rx + (row % 2) * rx
        while x < x1 + rx:
            centres.append((x, y))
            x += 2 * rx
        y += ry
        row += 1
    p.stamp(_stepped_diamond(0, 0, rx * 0.92, ry * 0.92, 3), centres, accent)
    p.stamp(_stepped_diamond(0, 0, rx * 0.5, ry * 0.5, 2), centres, base)
    p.stamp(_stepped_diamond(0, 0, rx * 0.2, ry * 0.2, 1), centres, detail)


def _paint_bands(p: _Pen, bounds: Box, bands: Sequence[tuple[float, Ink]], vertical: bool = False) -> None:
    """Stripes: ``bands`` are (start fraction, colour) runs across the bounds."""
    x0, y0, x1, y1 = bounds
    for i, (start, colour) in enumerate(bands):
        end = bands[i + 1][0] if i + 1 < len(bands) else 1.0
        if vertical:
            p.rect((x0 + (x1 - x0) * start, y0, x0 + (x1 - x0) * end, y1), colour)
        else:
            p.rect((x0, y0 + (y1 - y0) * start, x1, y0 + (y1 - y0) * end), colour)


def _paint_diamond_band(p: _Pen, x0: float, x1: float, y: float, height: float, colour: Ink) -> None:
    count = int((x1 - x0) / height) + 2
    p.stamp(_stepped_diamond(0, 0, height * 0.45, height * 0.5, 2), [(x0 + k * height, y) for k in range(count)],
            colour)


# --------------------------------------------------------------------------- textile motifs


def _draw_fabric(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    layers = rng.choice([3, 3, 4])
    height = 45 / layers
    cell = rng.uniform(6, 8.5)
    bottom = 84.0
    _floor_shadow(pen, pal, 50, bottom, 38)
    shifts = [rng.uniform(-3.5, 3.5) for _ in range(layers)]
    for i in range(layers):
        y1 = bottom - i * height
        y0 = y1 - height
        x0, x1 = 16 + shifts[i], 80 + shifts[i]
        base, accent = (pal.main, pal.second) if i % 2 == 0 else (pal.second, pal.main)
        face: Box = (x0, y0, x1, y1)

        def face_shape(p: _Pen, face: Box = face) -> None:
            p.rrect(face, height * 0.22, _WHITE)

        def face_paint(p: _Pen, face: Box = face, base: RGB = base, accent: RGB = accent, i: int = i) -> None:
            _paint_ikat(p, face, base, accent, cell, phase=(i * 0.37) % 1)
            for k in (1, 2):  # the folded layers of cloth seen edge-on
                y = face[1] + (face[3] - face[1]) * k / 3
                p.rect((face[0], y - 0.25, face[2], y + 0.25), _alpha(_SHADE, 0.25))
            # The folded edge is a soft roll: lit along the top, in shadow underneath.
            p.rect((face[0], face[1], face[2], face[1] + 1.4), _alpha(_WHITE, 0.3))
            p.rect((face[0], face[3] - 2.2, face[2], face[3]), _alpha(_SHADE, 0.25))
            p.rect((face[2] - 3, face[1], face[2], face[3]), _alpha(_SHADE, 0.15))

        pen.clip(face, face_shape, face_paint)
        if i == layers - 1:  # top of the stack: the upper surface, seen from slightly above
            top = [(x0 + 6, y0 - 7), (x1 + 4, y0 - 7), (x1 - 1.5, y0 + 0.5), (x0 + 1.5, y0 + 0.5)]

            def top_shape(p: _Pen, top: list[Point] = top) -> None:
                p.poly(top, _WHITE)

            def top_paint(p: _Pen, base: RGB = base, accent: RGB = accent, y0: float = y0) -> None:
                _paint_ikat(p, (x0, y0 - 8, x1 + 8, y0 + 1), _light(base, 0.15), _light(accent, 0.15), cell)
                p.rect((x0, y0 - 1, x1 + 8, y0 + 1), _alpha(_SHADE, 0.12))

            pen.clip((x0, y0 - 8, x1 + 8, y0 + 1), top_shape, top_paint)
    if rng.random() < 0.5:  # a tie ribbon around the bundle
        rx = 50 + rng.uniform(-12, 12)
        tie = _dark(pal.second, 0.25) if layers % 2 else _light(pal.main, 0.2)
        top_y = bottom - layers * height
        pen.rect((rx - 2, top_y - 6, rx + 2, bottom), tie)
        pen.poly([(rx, top_y - 5), (rx - 9, top_y - 11), (rx - 8, top_y - 2)], tie)
        pen.poly([(rx, top_y - 5), (rx + 9, top_y - 11), (rx + 8, top_y - 2)], tie)
        pen.circle(rx, top_y - 5, 2.2, _dark(tie, 0.2))


_SHIRT: list[Point] = [
    (43, 17), (31, 20.5), (14, 37), (21.5, 48.5), (30, 42), (30, 86), (70, 86), (70, 42),
    (78.5, 48.5), (86, 37), (69, 20.5), (57, 17), (55, 21), (50, 24), (45, 21),
]


def _draw_garment(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    _floor_shadow(pen, pal, 50, 88, 26, 2)
    # Wooden hanger behind the shirt.
    wood = _mix(_WOOD, pal.second, 0.15)
    pen.arc((46.5, 5, 53.5, 12), 180, 400, _dark(wood, 0.3), 1.0)
    pen.line([(50, 11.5), (50, 16)], _dark(wood, 0.3), 1.0)
    pen.line([(27, 24), (50, 15.5), (73, 24)], wood, 2.4)
    pen.ellipse((42, 14.5, 58, 22), _dark(pal.main, 0.45))  # inside back of the neck
    style = rng.choice(["hem", "stripes", "allover"])
    cell = rng.uniform(4.5, 6.5)
    band_top = rng.uniform(60, 68)
    stripe_gap = rng.uniform(5, 8)

    def shape(p: _Pen) -> None:
        p.poly(_SHIRT, _WHITE)

    def paint(p: _Pen) -> None:
        bounds: Box = (12, 15, 88, 88)
        p.rect(bounds, pal.main)
        if style == "hem":
            _paint_ikat(p, (12, band_top, 88, 88), pal.second, pal.main, cell)
            p.rect((12, band_top - 1.6, 88, band_top - 0.6), pal.second)
        elif style == "stripes":
            x = 12 + stripe_gap / 2
            while x < 88:
                p.rect((x, 15, x + 1.1, 88), pal.second)
                x += stripe_gap
        else:
            _paint_ikat(p, bounds, pal.main, _mix(pal.main, pal.second, 0.7), cell * 1.2)
        for side in (-1, 1):  # sleeve cuffs
            cx = 50 + side * 32
            p.poly([(50 + side * 36, 37), (50 + side * 28.5, 48.5), (50 + side * 26, 45.5), (50 + side * 33, 34.5)],
                   _dark(pal.second, 0.1))
            p.poly([(cx - side * 3, 40), (50 + side * 20, 43), (50 + side * 20, 64)], _alpha(_SHADE, 0.12))
        _shade(p, (30, 17, 70, 86), 0.18, 0.18)

    pen.clip((12, 15, 88, 88), shape, paint)
    # Mandarin collar and button placket in the secondary colour.
    pen.line([(43, 17), (45, 21), (50, 24), (55, 21), (57, 17)], _dark(pal.second, 0.15), 1.8)
    pen.rect((49.3, 24, 50.7, 86), _alpha(_dark(pal.main, 0.5), 0.35))
    for k in range(5):
        pen.circle(51.8, 30 + k * 11, 1.0, _light(pal.second, 0.3))
    if rng.random() < 0.5:
        pen.rrect((56, 34, 64, 43), 0.8, _alpha(_dark(pal.main, 0.4), 0.35))


def _draw_scarf(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    wood = _mix(_WOOD, pal.main, 0.1)
    front_len = rng.uniform(78, 86)
    back_len = front_len - rng.uniform(6, 14)
    slant = rng.uniform(-3, 3)
    _floor_shadow(pen, pal, 52, 93, 22, 1.5)
    pen.rrect((10, 17.5, 90, 22), 2, wood)
    pen.circle(10, 19.75, 3, _dark(wood, 0.2))
    pen.circle(90, 19.75, 3, _dark(wood, 0.2))
    fringe = _dark(pal.second, 0.1)
    cell = rng.uniform(5, 7.5)

    def tail(x0: float, x1: float, length: float, base: RGB, accent: RGB, tone: float) -> None:
        outline = [(x0, 21), (x1, 21), (x1 + slant + 1, length), (x0 + slant, length + 2)]

        def shape(p: _Pen) -> None:
            p.poly(outline, _WHITE)

        def paint(p: _Pen) -> None:
            bounds: Box = (x0 - 5, 20, x1 + 6, length + 3)
            _paint_ikat(p, bounds, base, accent, cell)
            band = length - 14
            _paint_bands(p, (x0 - 5, band, x1 + 6, length + 3),
                         [(0, accent), (0.12, base), (0.22, accent), (0.5, base), (0.6, accent), (0.7, base)])
            p.rect(bounds, _alpha(_SHADE, tone))
            p.poly([(x1 - 4, 20), (x1 + 6, 20), (x1 + 6, length + 3), (x1 - 3 + slant, length + 3)],
                   _alpha(_SHADE, 0.15))

        pen.clip((x0 - 5, 20, x1 + 6, length + 3), shape, paint)
        for k in range(16):
            t = (k + 0.5) / 16
            x = x0 + slant + (x1 + 1 - x0) * t
            y = length + 2 - 2 * t  # along the slanted bottom edge
            pen.line([(x, y), (x + slant * 0.2, y + 4.5)], fringe, 0.45, round_caps=False)

    tail(44, 70, back_len, pal.second, pal.main, 0.22)
    pen.rrect((29, 14.5, 71, 24.5), 4, _mix(pal.main, pal.second, 0.2))  # wrap over the rod
    pen.rrect((29, 14.5, 71, 17), 1.5, _alpha(_WHITE, 0.3))
    tail(30, 57, front_len, pal.main, pal.second, 0.0)


def _draw_bag(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    style = rng.choice(["tote", "yaam"])
    strap = _dark(pal.second, 0.2)
    _floor_shadow(pen, pal, 50, 86, 28)
    top, bottom = (42.0, 84.0) if style == "tote" else (38.0, 78.0)
    if style == "tote":
        pen.arc((36, 20, 64, 60), 180, 360, _dark(strap, 0.25), 3.2)
        pen.arc((34, 22, 62, 62), 180, 360, strap, 3.2)
    else:
        pen.arc((26, 6, 74, 70), 180, 360, strap, 3.6)
        pen.line([(26.5, 38), (26.5, 42)], strap, 3.6)
        pen.line([(73.5, 38), (73.5, 42)], strap, 3.6)
    body: list[Point] = [(26, top), (74, top), (77, bottom - 4), (75, bottom), (25, bottom), (23, bottom - 4)]
    bands = rng.choice([
        [(0, pal.main), (0.55, pal.second), (0.62, pal.main), (0.7, pal.second), (0.74, pal.main)],
        [(0, pal.main), (0.3, pal.second), (0.34, pal.main), (0.66, pal.second), (0.7, pal.main)],
    ])
    diamonds = rng.uniform(4, 6)

    def shape(p: _Pen) -> None:
        p.poly(body, _WHITE)

    def paint(p: _Pen) -> None:
        b: Box = (20, top, 80, bottom)
        _paint_bands(p, b, bands)
        _paint_diamond_band(p, 20, 80, top + (bottom - top) * 0.44, diamonds, pal.second)
        p.rect((20, top, 80, top + 4), _dark(pal.second, 0.15))
        x = 24.0
        while x < 76:  # stitching along the hem
            p.rect((x, top + 5.2, x + 1.6, top + 5.7), _alpha(_WHITE, 0.7))
            x += 3
        _shade(p, (23, top, 77, bottom), 0.22, 0.2)

    pen.clip((20, top, 80, bottom), shape, paint)
    if style == "yaam":
        for k in range(18):  # fringe along the bottom
            x = 26 + k * 48 / 17
            pen.line([(x, bottom - 0.5), (x + 0.3, bottom + 6)], pal.second, 0.7, round_caps=False)
    else:
        for x in (37.5, 62.5):  # handle tabs sewn onto the front
            pen.rrect((x - 2.5, top - 1, x + 2.5, top + 6), 0.8, strap)


def _draw_basket(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    cane, band = pal.main, pal.second
    _floor_shadow(pen, pal, 50, 84, 26)
    rim_y, rx, ry = 42.0, 29.0, 7.0
    if rng.random() < 0.6:  # handle
        pen.arc((24, 12, 76, 72), 180, 360, _dark(cane, 0.25), 3.2)
        pen.arc((24, 12, 76, 72), 200, 340, _light(cane, 0.1), 1.4)
    pen.ellipse((50 - rx, rim_y - ry, 50 + rx, rim_y + ry), _dark(cane, 0.55))  # inside
    outline = _vessel(50, [(rx, rim_y), (rx - 2, 60), (rx - 5, 76), (rx - 9, 84)])
    rows = rng.choice([7, 8, 9])
    cols = rng.choice([9, 11, 13])
    band_row = rng.randint(2, rows - 2)

    def shape(p: _Pen) -> None:
        p.poly(outline, _WHITE)
        p.ellipse((50 - rx, rim_y - ry, 50 + rx, rim_y + ry), _BLACK)

    def paint(p: _Pen) -> None:
        p.rect((18, 30, 82, 86), _dark(cane, 0.35))
        row_h = (84 - rim_y) / rows
        for r in range(rows):
            y = rim_y + r * row_h
            colour = band if r == band_row else (cane if r % 2 else _light(cane, 0.08))
            cell_w = 2 * rx / cols
            for c in range(-1, cols + 1):
                x = 50 - rx + (c + (r % 2) * 0.5) * cell_w
                # Rows sag in the middle: the front of a round basket seen from above.
                sag = 3.5 * (1 - ((x + cell_w / 2 - 50) / rx) ** 2)
                p.rrect((x + 0.3, y + sag + 0.3, x + cell_w - 0.3, y + sag + row_h - 0.3), row_h * 0.45, colour)
                p.rect((x + 1, y + sag + row_h * 0.62, x + cell_w - 1, y + sag + row_h * 0.75), _alpha(_SHADE, 0.15))
        _shade(p, (50 - rx, rim_y, 50 + rx, 84), 0.25, 0.12)

    pen.clip((50 - rx - 1, rim_y - 1, 50 + rx + 1, 86), shape, paint)
    pen.ring((50 - rx, rim_y - ry, 50 + rx, rim_y + ry), _dark(cane, 0.15), 2.6)
    pen.ring((50 - rx + 0.6, rim_y - ry + 0.4, 50 + rx - 0.6, rim_y + ry - 0.4), _light(cane, 0.2), 0.7)
    for k in range(22):  # binding wraps around the rim
        t = math.pi * (k + 0.5) / 22
        x, y = 50 + rx * math.cos(t), rim_y + ry * math.sin(t)
        pen.line([(x - 0.7, y - 1.2), (x + 0.7, y + 1.2)], _dark(band, 0.2), 0.6, round_caps=False)


def _draw_mat(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    _floor_shadow(pen, pal, 52, 76, 40, 7)
    # A rolled mat lying behind: a slanted cylinder with a spiral end.
    ax, ay, bx, by = 17.0, 40.0, 75.0, 27.0
    angle = math.degrees(math.atan2(by - ay, bx - ax))
    r = 6.5
    nx, ny = -math.sin(math.radians(angle)), math.cos(math.radians(angle))
    body = [(ax + nx * r, ay + ny * r), (bx + nx * r, by + ny * r),
            (bx - nx * r, by - ny * r), (ax - nx * r, ay - ny * r)]
    pen.poly(body, _dark(pal.second, 0.1))
    for k in range(1, 8):
        t = k / 8
        x, y = ax + (bx - ax) * t, ay + (by - ay) * t
        pen.line([(x + nx * r, y + ny * r), (x - nx * r, y - ny * r)], _alpha(_SHADE, 0.18), 0.5)
    pen.poly([(ax + nx * r * 0.2, ay + ny * r * 0.2), (bx + nx * r * 0.2, by + ny * r * 0.2),
              (bx - nx * r * 0.5, by - ny * r * 0.5), (ax - nx * r * 0.5, ay - ny * r * 0.5)], _alpha(_WHITE, 0.12))
    for k, scale in enumerate((1.0, 0.78, 0.56, 0.34, 0.14)):
        colour = pal.second if k % 2 == 0 else _dark(pal.main, 0.2)
        pen.poly(_oval(ax, ay, r * 0.35 * scale, r * scale, angle), colour)

    quad = [(20, 46), (72, 34), (90, 60), (34, 80)]
    n = rng.choice([8, 10, 12])
    border = rng.choice([0.0, 1.0])
    weave = _alpha(_SHADE, 0.18)
    for i in range(n):
        for j in range(n):
            corners = [_bilerp(quad, i / n, j / n), _bilerp(quad, (i + 1) / n, j / n),
                       _bilerp(quad, (i + 1) / n, (j + 1) / n), _bilerp(quad, i / n, (j + 1) / n)]
            edge = border and (i in (0, n - 1) or j in (0, n - 1))
            checker = (i + j) % 2 == 0
            colour = _dark(pal.second, 0.15) if edge else (pal.main if checker else pal.second)
            pen.poly(corners, colour)
            # Two strands per cell, alternating direction, so it reads as woven.
            for s in (1 / 3, 2 / 3):
                if checker:
                    a, b = _bilerp(quad, (i + s) / n, j / n), _bilerp(quad, (i + s) / n, (j + 1) / n)
                else:
                    a, b = _bilerp(quad, i / n, (j + s) / n), _bilerp(quad, (i + 1) / n, (j + s) / n)
                pen.line([a, b], weave, 0.35, round_caps=False)
    pen.poly([quad[3], quad[2], (quad[2][0], quad[2][1] + 1.4), (quad[3][0], quad[3][1] + 1.4)], _dark(pal.main, 0.4))
    pen.poly([quad[1], quad[2], (quad[2][0], quad[2][1] + 1.4), (quad[1][0] + 0.5, quad[1][1] + 1.2)],
             _dark(pal.main, 0.5))


# --------------------------------------------------------------------------- ceramics & crafts


def _draw_pottery(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    w = rng.uniform(0.9, 1.1)
    neck = rng.uniform(12, 16)
    profile = [(neck, 24), (neck - 1, 27), (21 * w, 34), (30 * w, 48), (29 * w, 62), (22 * w, 76), (16 * w, 84)]
    outline = _vessel(50, profile)
    clay, glaze = pal.main, pal.second
    drip_y = rng.uniform(46, 58)
    drips = [(rng.uniform(20, 80), rng.uniform(3, 9), rng.uniform(1.5, 3)) for _ in range(rng.randint(4, 7))]
    wave_y = rng.uniform(62, 72)
    _floor_shadow(pen, pal, 50, 84, 24)

    def shape(p: _Pen) -> None:
        p.poly(outline, _WHITE)

    def paint(p: _Pen) -> None:
        p.rect((15, 18, 85, 86), clay)
        edge: list[Point] = []
        for k in range(41):
            x = 85 - k * 70 / 40
            y = drip_y + 1.2 * math.sin(x * 0.5)
            for cx, length, width in drips:
                y += length * math.exp(-(((x - cx) / width) ** 2))
            edge.append((x, y))
        p.poly([(15, 18), (85, 18)] + edge, glaze)
        p.poly([(15, 18), (85, 18)] + [(x, y - 3) for x, y in edge], _light(glaze, 0.12))
        wave = [(15 + k * 1.0, wave_y + 1.8 * math.sin(k * 0.55)) for k in range(71)]
        p.line(wave, _dark(clay, 0.3), 0.8, round_caps=False)
        p.line([(x, y + 4) for x, y in wave], _dark(clay, 0.3), 0.5, round_caps=False)
        _shade(p, (20, 24, 80, 84), 0.3, 0.3)

    pen.clip((15, 18, 85, 86), shape, paint)
    pen.ellipse((50 - neck - 2, 20.5, 50 + neck + 2, 27), _light(glaze, 0.15))
    pen.ellipse((50 - neck + 0.8, 21.8, 50 + neck - 0.8, 25.8), _dark(glaze, 0.6))


def _draw_vase(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    belly = rng.uniform(21, 26)
    profile = [(9.5, 13), (7.5, 17), (7, 24), (11, 33), (belly * 0.9, 48), (belly, 60), (belly * 0.8, 75), (12, 85)]
    outline = _vessel(50, profile)
    if rng.random() < 0.55:  # a few flowers in the vase
        for k in range(3):
            tip = (50 + (k - 1) * rng.uniform(8, 14), rng.uniform(2, 8))
            pen.tube([(50 + (k - 1) * 2, 20), ((tip[0] + 50) / 2, 10), tip], 0.6, 0.5, _dark(_LEAF, 0.1))
            pen.poly(_leaf((tip[0] + 50) / 2 + 2, 13, 7, 2.6, -30 + k * 30), _LEAF)
            for petal in range(5):
                a = math.radians(72 * petal + k * 20)
                pen.circle(tip[0] + 2.2 * math.cos(a), tip[1] + 2.2 * math.sin(a), 2, _light(pal.second, 0.35))
            pen.circle(*tip, 1.3, _mix(pal.second, (240, 200, 60), 0.6))
    _floor_shadow(pen, pal, 50, 85, 18)
    style = rng.choice(["flowers", "petals", "bands"])
    band_y = rng.uniform(50, 58)

    def shape(p: _Pen) -> None:
        p.poly(outline, _WHITE)

    def paint(p: _Pen) -> None:
        p.rect((20, 10, 80, 86), pal.main)
        p.rect((20, 10, 80, 20), _dark(pal.main, 0.12))
        paint_colour = pal.second
        if style == "flowers":
            p.rect((20, band_y - 6, 80, band_y - 5), paint_colour)
            p.rect((20, band_y + 5, 80, band_y + 6), paint_colour)
            for k in range(7):
                cx = 26 + k * 8
                for petal in range(6):
                    a = math.radians(60 * petal)
                    p.circle(cx + 1.8 * math.cos(a), band_y + 1.8 * math.sin(a), 1.5, paint_colour)
                p.circle(cx, band_y, 1.0, _light(paint_colour, 0.6))
        elif style == "petals":
            for k in range(9):
                cx = 22 + k * 7
                p.poly([(cx - 3.2, 84), (cx - 2.5, 72), (cx, 66), (cx + 2.5, 72), (cx + 3.2, 84)], paint_colour)
                p.poly([(cx - 1.5, 84), (cx, 71), (cx + 1.5, 84)], _light(paint_colour, 0.3))
            p.rect((20, 36, 80, 38), paint_colour)
        else:
            for k in range(4):
                y = band_y - 8 + k * 6
                p.rect((20, y, 80, y + 1.5 + (k % 2) * 1.5), paint_colour)
        _shade(p, (50 - belly, 13, 50 + belly, 85), 0.3, 0.35)

    pen.clip((20, 10, 80, 86), shape, paint)
    pen.ellipse((40.5, 11.5, 59.5, 15), _light(pal.main, 0.2))
    pen.ellipse((42.5, 12.2, 57.5, 14.4), _dark(pal.main, 0.55))


def _draw_rooster(pen: _Pen, pal: _Palette, cx: float, cy: float) -> None:
    tail_dark, tail = (24, 58, 46), _dark(pal.second, 0.1)
    pen.tube([(cx - 3, cy), (cx - 8, cy - 6), (cx - 8, cy - 12)], 1.2, 0.4, tail_dark)
    pen.tube([(cx - 3, cy + 1), (cx - 10, cy - 3), (cx - 12, cy - 9)], 1.1, 0.4, tail)
    pen.tube([(cx - 3, cy + 2), (cx - 11, cy + 1), (cx - 14, cy - 4)], 1.0, 0.4, tail_dark)
    pen.line([(cx - 1, cy + 5), (cx - 1.5, cy + 9)], (214, 168, 40), 0.5)
    pen.line([(cx + 2, cy + 5), (cx + 2.5, cy + 9)], (214, 168, 40), 0.5)
    pen.ellipse((cx - 5, cy - 4, cx + 6, cy + 6), _mix(pal.second, (40, 40, 40), 0.3))
    pen.ellipse((cx - 3, cy - 2, cx + 4, cy + 3.5), _mix(pal.second, (230, 140, 40), 0.5))  # wing
    pen.tube([(cx + 3, cy - 1), (cx + 5, cy - 6)], 2.2, 1.8, _mix(pal.second, (230, 140, 40), 0.7))
    pen.circle(cx + 5.3, cy - 7.3, 2.1, _mix(pal.second, (230, 140, 40), 0.7))
    pen.poly([(cx + 7, cy - 8), (cx + 9.5, cy - 7), (cx + 7, cy - 6.2)], (226, 176, 40))
    for k in range(3):
        pen.circle(cx + 4 + k * 1.2, cy - 9.6 + abs(k - 1) * 0.3, 0.9, _ROOSTER_RED)
    pen.circle(cx + 5.8, cy - 7.7, 0.4, _BLACK)


def _draw_bowl(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    porcelain = _light(pal.main, 0.25)
    rim_y, rx, ry = 46.0, 33.0, 8.0
    _floor_shadow(pen, pal, 50, 82, 24)
    pen.poly([(40, 74), (60, 74), (58.5, 82), (41.5, 82)], _dark(porcelain, 0.12))
    decoration = rng.choice(["rooster", "rooster", "flowers"])

    def shape(p: _Pen) -> None:
        p.chord((50 - rx, rim_y - 32, 50 + rx, rim_y + 32), 0, 180, _WHITE)

    def paint(p: _Pen) -> None:
        p.rect((16, rim_y - 2, 84, 80), porcelain)
        p.rect((16, rim_y, 84, rim_y + 3.5), pal.second)
        p.rect((16, 74, 84, 80), _alpha(pal.second, 0.5))
        if decoration == "rooster":
            _draw_rooster(p, pal, 48, 61)
            for k, angle in enumerate((-60, -30, -75)):
                p.poly(_leaf(66 + k * 2.5, 64 - k * 2, 12, 3.2, angle), _mix(_LEAF, pal.second, 0.1))
            p.tube([(62, 75), (67, 64), (70, 58)], 0.5, 0.3, _dark(_LEAF, 0.2))
        else:
            for k in range(5):
                cx = 30 + k * 10
                for petal in range(5):
                    a = math.radians(72 * petal)
                    p.circle(cx + 2.6 * math.cos(a), 62 + 2.6 * math.sin(a), 2.2, pal.second)
                p.circle(cx, 62, 1.4, _light(pal.second, 0.6))
        _shade(p, (50 - rx, rim_y, 50 + rx, rim_y + 32), 0.2, 0.45)

    pen.clip((50 - rx, rim_y - 2, 50 + rx, rim_y + 33), shape, paint)
    pen.ellipse((50 - rx, rim_y - ry, 50 + rx, rim_y + ry), _light(porcelain, 0.3))
    pen.ellipse((50 - rx + 1.5, rim_y - ry + 1.1, 50 + rx - 1.5, rim_y + ry - 1.1), _dark(porcelain, 0.08))
    pen.ellipse((50 - rx + 6, rim_y - ry + 3.5, 50 + rx - 6, rim_y + ry + 2), porcelain)
    pen.ring((50 - rx + 1.5, rim_y - ry + 1.1, 50 + rx - 1.5, rim_y + ry - 1.1), pal.second, 0.9)


def _draw_umbrella(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    """Bo Sang paper umbrella: a dome of alternating gores, scalloped rim, painted flowers."""
    cx, apex, radius, dome, tilt = 50.0, 16.0, 38.0, 26.0, 9.0
    gores = rng.choice([12, 14, 16])
    flower_colour = _light(pal.second, 0.1)
    _floor_shadow(pen, pal, 50, 90, 14, 1.5)

    def point(theta: float, phi: float) -> Point:
        # theta: 0 at the apex, pi/2 at the rim. phi: around the dome, front at pi/2.
        s = math.sin(theta)
        return (cx + radius * s * math.cos(phi), apex + dome * (1 - math.cos(theta)) + tilt * s * math.sin(phi))

    # Shaft and handle below the canopy.
    wood = _mix(_WOOD, pal.second, 0.1)
    pen.line([(50, 50), (50, 88)], _dark(wood, 0.1), 1.3)
    pen.rrect((48.4, 76, 51.6, 90), 1.4, _dark(wood, 0.35))
    pen.ellipse((cx - radius, apex + dome - tilt, cx + radius, apex + dome + tilt), _dark(pal.main, 0.45))
    thetas = [math.pi / 2 * k / 10 for k in range(11)]
    for g in range(gores):
        a, b = math.pi * g / gores, math.pi * (g + 1) / gores
        edge = [point(t, a) for t in thetas] + [point(t, b) for t in reversed(thetas)]
        colour = pal.main if g % 2 == 0 else _dark(pal.main, 0.1)
        pen.poly(edge, colour)
    # Painted flowers sit on the front of the dome, so they follow its projection.
    for _ in range(rng.randint(3, 5)):
        fx, fy = point(rng.uniform(0.45, 1.2), rng.uniform(0.3 * math.pi, 0.7 * math.pi))
        r = rng.uniform(2.2, 3.4)
        for petal in range(5):
            ang = math.radians(72 * petal)
            pen.ellipse((fx + r * math.cos(ang) - r * 0.75, fy + r * 0.7 * math.sin(ang) - r * 0.5,
                         fx + r * math.cos(ang) + r * 0.75, fy + r * 0.7 * math.sin(ang) + r * 0.5), flower_colour)
        pen.circle(fx, fy, r * 0.45, _mix(pal.second, (250, 210, 80), 0.6))
        for side in (-1, 1):
            pen.poly(_leaf(fx + side * r * 1.8, fy + r * 0.6, r * 1.8, r * 0.8, side * 20), _mix(_LEAF, pal.main, 0.2))
    for g in range(gores + 1):  # ribs
        phi = math.pi * g / gores
        pen.line([point(t, phi) for t in thetas], _alpha(_dark(pal.main, 0.5), 0.55), 0.35, round_caps=False)
    for g in range(gores):  # scalloped rim between ribs
        a, b = point(math.pi / 2, math.pi * g / gores), point(math.pi / 2, math.pi * (g + 1) / gores)
        mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 1.6)
        pen.poly([a, mid, b], _dark(pal.main, 0.2))
        pen.circle(*a, 0.6, _dark(pal.main, 0.55))
    top = point(0, 0)
    pen.rrect((top[0] - 1.2, top[1] - 4, top[0] + 1.2, top[1] + 0.5), 0.6, _dark(wood, 0.2))
    pen.poly([(cx - radius, apex + dome), (cx - radius * 0.3, apex + 4), (cx - radius * 0.2, apex + 6),
              (cx - radius * 0.75, apex + dome * 0.9)], _alpha(_WHITE, 0.15))


def _draw_silverware(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    """Khan ngoen: a footed silver bowl with a repousse band of lotus petals."""
    metal = pal.main
    rim_y, rx, ry = 40.0, 34.0, 7.5
    petals = rng.choice([9, 11, 13])
    _floor_shadow(pen, pal, 50, 86, 20, 2.5)
    pen.ellipse((20, 80, 80, 90), _light(pal.second, 0.1))  # doily / cloth underneath
    pen.ring((22, 81, 78, 89), _dark(pal.second, 0.1), 0.5)
    pen.ellipse((37, 80, 63, 86), _dark(metal, 0.25))
    pen.poly([(42, 70), (58, 70), (61, 83), (39, 83)], _dark(metal, 0.1))
    pen.ellipse((39, 80.5, 61, 85.5), _light(metal, 0.1))
    pen.rect((41, 70, 43, 82), _alpha(_WHITE, 0.4))

    def shape(p: _Pen) -> None:
        p.chord((50 - rx, rim_y - 32, 50 + rx, rim_y + 32), 0, 180, _WHITE)

    def paint(p: _Pen) -> None:
        p.rect((15, rim_y - 2, 85, 75), metal)
        for k in range(petals):  # petals spaced by angle around the round bowl
            phi = -math.pi / 2 + math.pi * (k + 0.5) / petals
            x = 50 + (rx - 3) * math.sin(phi)
            half = 0.5 * math.pi * rx / petals * math.cos(phi)
            tip = rim_y + 11 + 3 * (1 - math.cos(phi))
            base_y = rim_y + 31 - 7 * (1 - math.cos(phi))
            mid = (tip + base_y) / 2
            # Embossed petal: lit on the left half, in shadow on the right, flat centre.
            left = _spline([(x, base_y), (x - half * 0.95, base_y - 2), (x - half * 0.9, mid),
                            (x - half * 0.45, tip + 3), (x, tip)], 5)
            right = [(2 * x - px, py) for px, py in left]
            p.poly(left, _light(metal, 0.4))
            p.poly(right, _dark(metal, 0.22))
            p.poly([(x + (px - x) * 0.55, base_y - (base_y - py) * 0.8) for px, py in left + right[::-1]], metal)
        for k in range(30):  # beaded band below the rim
            phi = -math.pi / 2 + math.pi * (k + 0.5) / 30
            p.circle(50 + (rx - 1.5) * math.sin(phi), rim_y + 5 + 1.5 * math.cos(phi), 0.9, _light(metal, 0.45))
        for x, width, colour in ((27, 4, _alpha(_WHITE, 0.55)), (33, 1.5, _alpha(_WHITE, 0.35)),
                                 (64, 6, _alpha(_SHADE, 0.25)), (75, 3, _alpha(_WHITE, 0.2))):
            p.rect((x, rim_y, x + width, 75), colour)
        _shade(p, (50 - rx, rim_y, 50 + rx, rim_y + 32), 0.25, 0)

    pen.clip((15, rim_y - 2, 85, 74), shape, paint)
    pen.ellipse((50 - rx, rim_y - ry, 50 + rx, rim_y + ry), _light(metal, 0.4))
    pen.ellipse((50 - rx + 1.2, rim_y - ry + 0.9, 50 + rx - 1.2, rim_y + ry - 0.9), _dark(metal, 0.3))
    pen.ellipse((50 - rx + 8, rim_y - ry + 2, 50 + rx - 14, rim_y + ry - 1), _dark(metal, 0.1))
    pen.ellipse((40, rim_y - 4, 56, rim_y + 1), _alpha(_WHITE, 0.35))


def _draw_woodcarving(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    """A carved elephant (facing right) wearing a patterned saddle cloth, on a plinth."""
    wood = pal.main
    back = _dark(wood, 0.22)
    trunk_curl = rng.choice([(86, 70, 80, 72), (88, 58, 90, 52), (84, 76, 78, 80)])
    _floor_shadow(pen, pal, 52, 89, 36, 2)
    pen.rrect((16, 82, 88, 90), 1.5, _dark(wood, 0.45))
    pen.rect((16, 82, 88, 83.2), _alpha(_WHITE, 0.2))
    for x0 in (38, 64):  # legs on the far side
        pen.rrect((x0, 58, x0 + 8, 83), 3, back)
    pen.tube([(26, 48), (21, 58), (20, 66)], 1.2, 0.6, back)  # tail

    def shape(p: _Pen) -> None:
        p.ellipse((22, 34, 72, 70), _WHITE)
        p.circle(70, 40, 14, _WHITE)
        p.tube([(78, 44), (84, 54), (trunk_curl[0], trunk_curl[1]), (trunk_curl[2], trunk_curl[3])], 5.5, 1.8, _WHITE)
        for x0 in (27, 55):
            p.rrect((x0, 56, x0 + 9, 83), 3.5, _WHITE)

    def paint(p: _Pen) -> None:
        p.rect((15, 20, 95, 86), wood)
        for k in range(14):  # grain
            y = 24 + k * 4.5
            p.line([(15 + j * 5, y + 1.4 * math.sin(j * 0.9 + k)) for j in range(17)], _alpha(_dark(wood, 0.4), 0.3),
                   0.4)
        _shade(p, (22, 26, 90, 84), 0.3, 0)

    pen.clip((15, 20, 95, 86), shape, paint)
    # Saddle cloth in the secondary colour with a stepped diamond border and fringe.
    cloth = [(38, 35), (58, 34), (60, 58), (36, 58)]
    pen.poly(cloth, pal.second)
    pen.rect((36.5, 53, 59.8, 56), _dark(pal.second, 0.25))
    _paint_diamond_band(pen, 41, 56, 45, 4.2, _light(pal.second, 0.4))
    for k in range(12):
        x = 37 + k * 2.05
        pen.line([(x, 58), (x, 61)], _dark(pal.second, 0.15), 0.5, round_caps=False)
    pen.ellipse((60, 32, 72, 52), _dark(wood, 0.15))  # ear
    pen.ellipse((61.5, 34, 70.5, 50), _mix(wood, pal.second, 0.25))
    pen.circle(77, 37, 1.1, _dark(wood, 0.7))  # eye
    pen.tube([(79, 49), (83, 53), (88, 52)], 1.1, 0.5, _CREAM)  # tusk


def _draw_lamp(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    count = rng.choice([1, 1, 3])
    lamps: list[tuple[float, float, float, RGB]]
    if count == 1:
        lamps = [(50, rng.uniform(16, 22), 1.0, pal.main)]
    else:
        lamps = [(30, rng.uniform(14, 24), 0.6, pal.second), (70, rng.uniform(14, 24), 0.6, pal.second),
                 (50, rng.uniform(26, 32), 0.75, pal.main)]
    shape_kind = rng.choice(["round", "oval", "drum"])
    for cx, top, scale, colour in lamps:
        p = pen.sub(cx - 50, top - 20, scale, anchor=(50, 20))
        p.line([(50, -40), (50, 20)], _dark(pal.second, 0.6), 0.6 / scale)
        height = {"round": 50.0, "oval": 58.0, "drum": 46.0}[shape_kind]
        half = {"round": 26.0, "oval": 21.0, "drum": 20.0}[shape_kind]
        body: Box = (50 - half, 22, 50 + half, 22 + height)
        p.soft((body[0] - 6, body[1] - 6, body[2] + 6, body[3] + 6), _light(colour, 0.6), 0.55, spread=0.2)

        def shape(q: _Pen, body: Box = body) -> None:
            if shape_kind == "drum":
                q.rrect(body, 8, _WHITE)
            else:
                q.ellipse(body, _WHITE)

        def paint(q: _Pen, body: Box = body, colour: RGB = colour, half: float = half, height: float = height) -> None:
            q.rect(body, colour)
            cy = (body[1] + body[3]) / 2
            for k, t in enumerate((0.9, 0.65, 0.4)):  # the bulb glowing through the paper
                q.ellipse((50 - half * t * 0.8, cy - height * t * 0.4, 50 + half * t * 0.8, cy + height * t * 0.45),
                          _light(colour, 0.12 * (k + 1)))
            for k in range(1, 9):
                y = body[1] + height * k / 9
                q.arc((50 - half - 2, y - 2.2, 50 + half + 2, y + 2.2), 0, 180, _alpha(_dark(colour, 0.45), 0.6), 0.5)
            for xo in (-0.55, 0, 0.55):
                q.line([(50 + half * xo * 0.6, body[1]), (50 + half * xo, cy), (50 + half * xo * 0.6, body[3])],
                       _alpha(_dark(colour, 0.3), 0.25), 0.4, round_caps=False)
            _shade(q, body, 0.2, 0)

        p.clip(body, shape, paint)
        cap = _dark(pal.second, 0.35)
        p.rrect((43, 19, 57, 24), 1.2, cap)
        p.rrect((44, body[3] - 1.5, 56, body[3] + 3), 1.2, cap)
        p.circle(50, body[3] + 5, 1.8, pal.second)
        for k in range(7):  # tassel
            x = 50 + (k - 3) * 0.7
            p.line([(50, body[3] + 5), (x, body[3] + 15)], pal.second, 0.5, round_caps=False)


# --------------------------------------------------------------------------- packaged goods


def _jar_label(pen: _Pen, box: Box, accent: RGB, rng: random.Random) -> None:
    """A label with an emblem and bars instead of text (fonts are not available)."""
    x0, y0, x1, y1 = box
    pen.rrect(box, 1.5, _CREAM)
    pen.rrect((x0 + 1, y0 + 1, x1 - 1, y1 - 1), 1, accent)
    pen.rrect((x0 + 1.8, y0 + 1.8, x1 - 1.8, y1 - 1.8), 0.8, _CREAM)
    cy = (y0 + y1) / 2
    r = (y1 - y0) * 0.26
    ex = x0 + (x1 - x0) * 0.28
    pen.circle(ex, cy, r, accent)
    emblem = rng.choice(["leaf", "sun", "flower"])
    if emblem == "leaf":
        pen.poly(_leaf(ex, cy, r * 1.5, r * 0.7, -40), _CREAM)
    elif emblem == "sun":
        pen.circle(ex, cy, r * 0.45, _CREAM)
    else:
        for k in range(5):
            a = math.radians(72 * k)
            pen.circle(ex + r * 0.45 * math.cos(a), cy + r * 0.45 * math.sin(a), r * 0.28, _CREAM)
    tx = ex + r + 2
    for k, length in enumerate((0.95, 0.7, 0.8)):
        y = cy - r * 0.7 + k * r * 0.7
        pen.rrect((tx, y - 0.6, tx + (x1 - 3 - tx) * length, y + 0.6), 0.6,
                  _dark(accent, 0.1) if k == 0 else _mix(accent, _CREAM, 0.5))


def _glass(pen: _Pen, outline: Callable[[_Pen], None], bounds: Box, liquid: RGB, level: float,
           extra: Callable[[_Pen], None] | None = None) -> None:
    """Glass container: pale glass with contents up to ``level`` and highlights."""
    x0, y0, x1, y1 = bounds

    def paint(p: _Pen) -> None:
        p.rect(bounds, _light(liquid, 0.75))
        p.rect((x0, level, x1, y1), liquid)
        p.rect((x0, level, x1, level + 1.2), _light(liquid, 0.35))
        if extra is not None:
            extra(p)
        w = x1 - x0
        p.rect((x1 - w * 0.2, y0, x1, y1), _alpha(_SHADE, 0.22))
        p.rect((x0, y0, x0 + w * 0.06, y1), _alpha(_SHADE, 0.15))
        p.rrect((x0 + w * 0.12, y0 + 2, x0 + w * 0.2, y1 - 6), 1, _alpha(_WHITE, 0.45))
        p.rrect((x0 + w * 0.25, y0 + 4, x0 + w * 0.28, y1 - 14), 0.5, _alpha(_WHITE, 0.3))

    pen.clip(bounds, outline, paint)


def _draw_jar(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    width = rng.uniform(36, 44)
    x0, x1 = 50 - width / 2, 50 + width / 2
    level = rng.uniform(36, 46)
    pieces = [(rng.uniform(x0 + 3, x1 - 3), rng.uniform(level + 3, 82), rng.uniform(1.5, 3.5)) for _ in range(14)]
    _floor_shadow(pen, pal, 50, 85, width / 2 + 6)

    def outline(p: _Pen) -> None:
        p.rrect((x0, 30, x1, 85), 6, _WHITE)

    def contents(p: _Pen) -> None:
        for x, y, r in pieces:
            p.circle(x, y, r, _dark(pal.main, 0.25))
            p.circle(x - r * 0.3, y - r * 0.3, r * 0.4, _alpha(_WHITE, 0.25))

    _glass(pen, outline, (x0, 30, x1, 85), pal.main, level, contents)
    pen.rrect((x0 + 2, 24, x1 - 2, 32), 1.5, _dark(pal.second, 0.1))
    pen.rrect((x0 + 1, 18, x1 - 1, 27), 2, pal.second)
    for k in range(1, 12):  # lid grip ridges
        x = x0 + 1 + (width - 2) * k / 12
        pen.rect((x - 0.25, 19, x + 0.25, 26), _alpha(_dark(pal.second, 0.4), 0.5))
    pen.rrect((x0 + 1, 18, x1 - 1, 20), 1, _alpha(_WHITE, 0.3))
    _jar_label(pen, (x0 + 3, 52, x1 - 3, 72), pal.second, rng)


def _draw_bottle(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    def bottle(p: _Pen, liquid: RGB, cap: RGB, shoulder: float) -> None:
        profile = [(4.6, 14), (4.6, 26), (6, 32), (12, shoulder), (14, shoulder + 8), (14, 82), (13.2, 85.5)]
        outline = _vessel(50, profile)

        def shape(q: _Pen) -> None:
            q.poly(outline, _WHITE)

        _glass(p, shape, (36, 14, 64, 86), liquid, shoulder + 3)
        p.rrect((44.4, 8, 55.6, 17), 1.5, cap)
        p.rect((44.4, 14.5, 55.6, 15.5), _dark(cap, 0.3))
        p.rect((44.4, 8, 46, 17), _alpha(_WHITE, 0.25))
        _jar_label(p, (38, 54, 62, 74), cap, rng)

    shoulder = rng.uniform(38, 46)
    second = rng.random() < 0.5
    _floor_shadow(pen, pal, 50 if not second else 56, 86, 16 if not second else 26)
    if second:
        bottle(pen.sub(-14, -4, 0.85, anchor=(50, 86)), _mix(pal.main, pal.second, 0.3), _dark(pal.second, 0.2),
               shoulder + 4)
        bottle(pen.sub(10, 0, 1.0), pal.main, pal.second, shoulder)
    else:
        bottle(pen, pal.main, pal.second, shoulder)


def _draw_sauce(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    _floor_shadow(pen, pal, 52, 86, 30)
    cx = 40.0
    profile = [(3.4, 13), (3.4, 26), (5, 31), (10, 42), (10.5, 50), (10.5, 83), (9.8, 86)]
    outline = _vessel(cx, profile)

    def shape(p: _Pen) -> None:
        p.poly(outline, _WHITE)

    _glass(pen, shape, (cx - 11, 12, cx + 11, 87), pal.main, rng.uniform(30, 38))
    cap = pal.second
    pen.rrect((cx - 3.9, 8, cx + 3.9, 15), 1, cap)
    pen.poly([(cx - 2, 8), (cx + 2, 8), (cx + 0.8, 3.5), (cx - 0.8, 3.5)], _dark(cap, 0.2))
    _jar_label(pen, (cx - 10, 55, cx + 10, 73), pal.second, rng)
    # A dipping saucer with sauce and chilli rings in front.
    dx = 68.0
    pen.ellipse((dx - 16, 74, dx + 16, 88), _dark(_CREAM, 0.12))
    pen.ellipse((dx - 16, 72, dx + 16, 84), _CREAM)
    pen.ellipse((dx - 12, 74, dx + 12, 82), pal.main)
    pen.ellipse((dx - 9, 74.8, dx - 1, 77), _alpha(_WHITE, 0.3))
    for _ in range(rng.randint(3, 6)):
        x, y = dx + rng.uniform(-9, 9), 78 + rng.uniform(-2, 2)
        pen.ellipse((x - 1.4, y - 0.9, x + 1.4, y + 0.9), _ROOSTER_RED)
        pen.ellipse((x - 0.6, y - 0.35, x + 0.6, y + 0.35), (250, 220, 150))
    if rng.random() < 0.7:  # a whole chilli
        y = rng.uniform(86, 90)
        pen.tube([(56, y), (66, y + 1), (76, y - 1)], 1.6, 0.4, _ROOSTER_RED)
        pen.tube([(54, y - 0.5), (51, y - 2)], 0.6, 0.4, _LEAF)


def _draw_box(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    depth_x, depth_y = rng.uniform(14, 20), rng.uniform(7, 10)
    x0, x1 = 22.0, rng.uniform(60, 66)
    y0, y1 = rng.uniform(40, 48), 82.0
    front = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    side = [(x1, y0), (x1 + depth_x, y0 - depth_y), (x1 + depth_x, y1 - depth_y), (x1, y1)]
    top = [(x0, y0), (x0 + depth_x, y0 - depth_y), (x1 + depth_x, y0 - depth_y), (x1, y0)]
    ribbon = pal.second
    _floor_shadow(pen, pal, (x0 + x1 + depth_x) / 2, 81, 34, 3)
    pen.poly(front, pal.main)
    pen.poly(side, _dark(pal.main, 0.22))
    pen.poly(top, _light(pal.main, 0.18))
    if rng.random() < 0.5:  # polka dots on the front panel
        for i in range(6):
            for j in range(5):
                cx = x0 + 3 + i * (x1 - x0 - 6) / 5
                cy = y0 + 6 + j * (y1 - y0 - 8) / 4
                if abs(cx - (x0 + x1) / 2) > 4:
                    pen.circle(cx, cy, 1.1, _alpha(_light(pal.main, 0.5), 0.6))
    lid = 5.0
    pen.rect((x0, y0, x1, y0 + lid), _dark(pal.main, 0.06))
    pen.poly([(x1, y0), (x1 + depth_x, y0 - depth_y), (x1 + depth_x, y0 - depth_y + lid), (x1, y0 + lid)],
             _dark(pal.main, 0.3))
    pen.rect((x0, y0 + lid, x1, y0 + lid + 0.6), _alpha(_SHADE, 0.25))
    # Ribbon: down the middle of the front, across the side, and crossing on the lid.
    mx = (x0 + x1) / 2
    band = 3.2
    pen.rect((mx - band, y0, mx + band, y1), ribbon)
    sy = (y0 + y1) / 2
    pen.poly([(x1, sy - band), (x1 + depth_x, sy - band - depth_y),
              (x1 + depth_x, sy + band - depth_y), (x1, sy + band)],
             _dark(ribbon, 0.22))
    pen.poly([(mx - band, y0), (mx - band + depth_x, y0 - depth_y),
              (mx + band + depth_x, y0 - depth_y), (mx + band, y0)],
             _light(ribbon, 0.1))
    tx, ty = x0 + depth_x / 2, y0 - depth_y / 2
    pen.poly([(tx, ty - band * 0.6), (tx + x1 - x0, ty - band * 0.6),
              (tx + x1 - x0, ty + band * 0.6), (tx, ty + band * 0.6)],
             _light(ribbon, 0.05))
    pen.rect((mx - band, y0, mx - band + 1, y1), _alpha(_WHITE, 0.3))
    # Bow: two loops and two tails around a knot at the crossing.
    bx, by = mx + depth_x / 2, ty
    loop = _dark(ribbon, 0.05)
    for side_sign in (-1, 1):
        pen.tube([(bx, by), (bx + side_sign * 6, by - 2), (bx + side_sign * 11, by + 4)], 0.7, 0.6, _dark(ribbon, 0.2))
        pen.poly(_oval(bx + side_sign * 7, by - 5, 7.5, 4.2, side_sign * 25), loop)
        pen.poly(_oval(bx + side_sign * 7, by - 5, 4.5, 1.8, side_sign * 25), _dark(ribbon, 0.3))
    pen.circle(bx, by - 2.5, 2.8, _light(ribbon, 0.15))


def _draw_pouch(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    x0, x1 = 28.0, 72.0
    outline = ([(x0, 15), (x1, 15)] + _spline([(x1, 15), (x1 + 2.5, 45), (x1 + 3, 75), (x1 + 1, 86)], 6)
               + [(50, 87.5)] + _spline([(x0 - 1, 86), (x0 - 3, 75), (x0 - 2.5, 45), (x0, 15)], 6))
    window_kind = rng.choice(["oval", "round", "rect"])
    content = _mix(pal.second, _WOOD, 0.3)
    bits = [(rng.uniform(34, 66), rng.uniform(48, 80), rng.uniform(1.6, 2.8), rng.uniform(0, 180)) for _ in range(28)]
    label_top = rng.uniform(30, 34)
    _floor_shadow(pen, pal, 50, 87, 26, 2)

    def window(p: _Pen, colour: Ink) -> None:
        if window_kind == "oval":
            p.ellipse((37, 48, 63, 80), colour)
        elif window_kind == "round":
            p.circle(50, 63, 13, colour)
        else:
            p.rrect((36, 50, 64, 80), 4, colour)

    def shape(p: _Pen) -> None:
        p.poly(outline, _WHITE)

    def paint(p: _Pen) -> None:
        p.rect((24, 14, 76, 89), pal.main)
        for k in range(45):  # heat-seal crimp along the top
            x = 26 + k * 1.1
            p.rect((x, 15, x + 0.45, 20), _alpha(_dark(pal.main, 0.4), 0.4))
        p.rect((24, 23.5, 76, 25), _dark(pal.main, 0.25))  # zip
        p.rect((24, 25, 76, 25.6), _alpha(_WHITE, 0.35))
        p.rect((24, label_top, 76, label_top + 12), pal.second)
        _paint_diamond_band(p, 26, 74, label_top + 6, 4, _light(pal.second, 0.3))
        window(p, _dark(content, 0.5))
        for x, y, r, a in bits:
            p.poly(_oval(x, y, r, r * 0.6, a), content if r > 2.1 else _light(content, 0.25))
        p.ellipse((38, 82, 62, 90), _alpha(_SHADE, 0.15))  # gusset
        _shade(p, (x0, 15, x1, 87), 0.25, 0.3)

    pen.clip((24, 14, 76, 89), shape, paint)
    pen.poly([(x0 - 0.5, 21), (x0 + 1.5, 22), (x0 - 0.5, 23)], pal.background)  # tear notches
    pen.poly([(x1 + 0.5, 21), (x1 - 1.5, 22), (x1 + 0.5, 23)], pal.background)


def _draw_soap(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    def bar(x0: float, y0: float, w: float, colour: RGB, emboss: str, band: bool) -> None:
        h, depth = w * 0.42, w * 0.22
        pen.rrect((x0, y0 + h * 0.4, x0 + w, y0 + h + depth), h * 0.35, _dark(colour, 0.2))
        pen.rrect((x0, y0, x0 + w, y0 + h), h * 0.45, colour)
        pen.rrect((x0 + w * 0.08, y0 + h * 0.1, x0 + w * 0.6, y0 + h * 0.28), h * 0.1, _alpha(_WHITE, 0.3))
        cx, cy = x0 + w / 2, y0 + h / 2
        if band:
            paper = _mix(_CREAM, _WOOD, 0.35)
            pen.rect((cx - w * 0.14, y0, cx + w * 0.14, y0 + h + depth * 0.9), paper)
            pen.rect((cx - w * 0.14, y0 + h, cx + w * 0.14, y0 + h + depth * 0.9), _dark(paper, 0.15))
            pen.circle(cx, cy, w * 0.07, _dark(pal.second, 0.1))
        elif emboss == "flower":
            for k in range(6):
                a = math.radians(60 * k)
                px, py = cx + w * 0.09 * math.cos(a), cy + h * 0.2 * math.sin(a)
                pen.ellipse((px - w * 0.07, py - h * 0.14, px + w * 0.07, py + h * 0.14), _dark(colour, 0.1))
            pen.ellipse((cx - w * 0.05, cy - h * 0.1, cx + w * 0.05, cy + h * 0.1), _light(colour, 0.3))
        else:
            pen.ring((x0 + w * 0.2, y0 + h * 0.22, x0 + w * 0.8, y0 + h * 0.78), _dark(colour, 0.15), w * 0.02)
            pen.poly(_leaf(cx, cy, w * 0.3, h * 0.3, 0), _dark(colour, 0.12))

    arrangement = rng.choice(["stack", "row"])
    emboss = rng.choice(["flower", "oval"])
    banded = rng.randint(0, 2)
    _floor_shadow(pen, pal, 50, 82, 36, 3)
    if rng.random() < 0.6:  # herb sprig
        for k in range(4):
            pen.poly(_leaf(74 + k * 3, 74 - k * 4, 10, 3.6, -50 - k * 10), _mix(_LEAF, pal.second, 0.2))
    if arrangement == "stack":
        bar(22, 56, 52, pal.main, emboss, banded == 0)
        bar(28, 38, 46, pal.second, emboss, banded == 1)
    else:
        bar(12, 48, 38, pal.second, emboss, banded == 0)
        bar(44, 52, 40, pal.main, emboss, banded == 1)
        bar(28, 62, 40, _mix(pal.main, pal.second, 0.5), emboss, banded == 2)
    for _ in range(rng.randint(4, 8)):  # lather bubbles
        x, y, r = rng.uniform(15, 85), rng.uniform(14, 40), rng.uniform(1.2, 3.5)
        pen.circle(x, y, r, _alpha(_WHITE, 0.35))
        pen.ring((x - r, y - r, x + r, y + r), _alpha(_WHITE, 0.8), 0.35)
        pen.circle(x - r * 0.35, y - r * 0.35, r * 0.25, _WHITE)


# --------------------------------------------------------------------------- food & herbal


def _steam(pen: _Pen, cx: float, y: float, rng: random.Random) -> None:
    for k in range(rng.choice([2, 3])):
        x = cx + (k - 1) * 5
        pts = [(x + 1.6 * math.sin(t * 0.6 + k), y - t) for t in range(0, 14, 2)]
        pen.line(pts, _alpha(_WHITE, 0.7), 1.0)


def _draw_tea(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    leaf = _mix(_LEAF, pal.second, 0.3)
    tea = _mix((196, 120, 40), pal.second, 0.25)
    teapot = rng.random() < 0.65
    _floor_shadow(pen, pal, 48, 84, 38, 3)
    if teapot:
        clay = pal.main
        pen.tube([(20, 58), (10, 56), (9, 68), (20, 72)], 1.5, 1.5, _dark(clay, 0.2))  # handle
        pen.tube([(50, 66), (58, 60), (62, 48)], 3.2, 1.5, _dark(clay, 0.1))  # spout

        def pot_shape(p: _Pen) -> None:
            p.ellipse((16, 44, 56, 82), _WHITE)

        def pot_paint(p: _Pen) -> None:
            p.rect((16, 44, 56, 82), clay)
            p.rect((16, 60, 56, 62), _alpha(pal.second, 0.7))
            _shade(p, (16, 44, 56, 82), 0.3, 0.35)

        pen.clip((16, 44, 56, 82), pot_shape, pot_paint)
        pen.chord((24, 40, 48, 52), 180, 360, _light(clay, 0.1))
        pen.ellipse((24, 44, 48, 49), _dark(clay, 0.1))
        pen.circle(36, 41, 2.5, _dark(clay, 0.25))
        cup_x, cup_w = 70.0, 13.0
    else:
        cup_x, cup_w = 50.0, 20.0
    # Handle-less cup with tea in it.
    top, bottom = 84 - cup_w * 1.1, 84.0
    outline = _vessel(cup_x, [(cup_w, top), (cup_w * 0.95, top + cup_w * 0.6), (cup_w * 0.55, bottom)])

    def cup_shape(p: _Pen) -> None:
        p.poly(outline, _WHITE)

    def cup_paint(p: _Pen) -> None:
        p.rect((cup_x - cup_w, top, cup_x + cup_w, bottom), _light(pal.main, 0.35))
        p.rect((cup_x - cup_w, top + 2.5, cup_x + cup_w, top + 4), pal.second)
        _shade(p, (cup_x - cup_w, top, cup_x + cup_w, bottom), 0.25, 0.3)

    pen.clip((cup_x - cup_w, top, cup_x + cup_w, bottom), cup_shape, cup_paint)
    pen.ellipse((cup_x - cup_w, top - cup_w * 0.22, cup_x + cup_w, top + cup_w * 0.22), _light(pal.main, 0.5))
    pen.ellipse((cup_x - cup_w + 1.2, top - cup_w * 0.22 + 0.9, cup_x + cup_w - 1.2, top + cup_w * 0.22 - 0.5), tea)
    pen.ellipse((cup_x - cup_w * 0.6, top - cup_w * 0.1, cup_x - cup_w * 0.1, top + cup_w * 0.02), _alpha(_WHITE, 0.35))
    _steam(pen, cup_x, top - 3, rng)
    for _ in range(rng.randint(5, 8)):  # loose leaves
        x, y = rng.uniform(12, 88), rng.uniform(84, 92)
        angle = rng.uniform(-40, 40)
        length = rng.uniform(7, 10)
        pen.poly(_leaf(x, y, length, rng.uniform(3, 4), angle), leaf)
        dx, dy = 0.4 * length * math.cos(math.radians(angle)), 0.4 * length * math.sin(math.radians(angle))
        pen.line([(x - dx, y - dy), (x + dx, y + dy)], _alpha(_dark(leaf, 0.35), 0.8), 0.3, round_caps=False)


def _bean(pen: _Pen, x: float, y: float, size: float, angle: float, colour: RGB) -> None:
    pen.poly(_oval(x, y, size, size * 0.68, angle, 18), colour)
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    crease = [(x + t * size * 0.85 * ca - 0.25 * size * math.sin(t * 3) * sa,
               y + t * size * 0.85 * sa + 0.25 * size * math.sin(t * 3) * ca) for t in (-1, -0.5, 0, 0.5, 1)]
    pen.line(crease, _dark(colour, 0.55), size * 0.14, round_caps=False)
    pen.poly(_oval(x - size * 0.3 * sa, y - size * 0.3 * ca, size * 0.45, size * 0.15, angle, 10), _alpha(_WHITE, 0.25))


def _draw_coffee(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    bean = _mix(_COFFEE, pal.second, 0.2)
    cup = pal.main
    _floor_shadow(pen, pal, 50, 82, 34, 3)
    if rng.random() < 0.5:  # a heap of beans behind the cup
        for _ in range(26):
            _bean(pen, rng.uniform(56, 88), rng.uniform(54, 78), 3.2, rng.uniform(0, 180), bean)
    pen.ellipse((20, 72, 80, 88), _dark(_light(cup, 0.35), 0.12))  # saucer
    pen.ellipse((20, 71, 80, 85), _light(cup, 0.35))
    pen.ellipse((32, 74, 68, 82), _dark(_light(cup, 0.35), 0.06))
    pen.tube([(66, 52), (76, 52), (77, 62), (66, 68)], 2.0, 2.0, _dark(cup, 0.15))  # handle
    outline = _vessel(50, [(19, 46), (18.5, 58), (16, 70), (10, 78)])

    def shape(p: _Pen) -> None:
        p.poly(outline, _WHITE)

    def paint(p: _Pen) -> None:
        p.rect((30, 44, 70, 80), cup)
        p.rect((30, 66, 70, 68), _alpha(pal.second, 0.6))
        _shade(p, (31, 46, 69, 78), 0.28, 0.35)

    pen.clip((30, 44, 70, 80), shape, paint)
    pen.ellipse((31, 42, 69, 50), _light(cup, 0.45))
    pen.ellipse((32.5, 43, 67.5, 49.2), _dark(bean, 0.1))
    pen.ellipse((35, 43.6, 65, 48.8), _mix(bean, (200, 150, 100), 0.55))  # crema
    if rng.random() < 0.6:  # latte-art heart
        pen.circle(47.8, 45.6, 2.2, _CREAM)
        pen.circle(52.2, 45.6, 2.2, _CREAM)
        pen.poly([(45.7, 46.1), (54.3, 46.1), (50, 48.4)], _CREAM)
    _steam(pen, 50, 39, rng)
    for _ in range(rng.randint(5, 9)):
        x = rng.uniform(10, 90)
        y = rng.uniform(84, 93) if abs(x - 50) < 30 else rng.uniform(76, 92)
        _bean(pen, x, y, rng.uniform(2.6, 3.4), rng.uniform(0, 180), bean)


def _rice_stalk(pen: _Pen, x: float, y: float, length: float, bend: float, grain: RGB) -> None:
    stem = _mix(_WOOD, (200, 170, 90), 0.5)
    path = [(x, y), (x + bend * 0.3, y - length * 0.5), (x + bend, y - length)]
    pen.tube(path, 0.45, 0.3, stem)
    for k in range(9):
        t = 0.35 + k * 0.07
        px, py = x + bend * t ** 1.5, y - length * t
        for side in (-1, 1):
            pen.poly(_oval(px + side * 1.3, py + 0.6, 1.5, 0.7, side * 40 + bend), grain)


def _draw_rice(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    sack, grain = pal.main, pal.second
    width = rng.uniform(27, 31)
    profile = [(7, 26), (width * 0.75, 38), (width, 56), (width, 76), (width - 2, 84)]
    outline = _vessel(50, profile)
    _floor_shadow(pen, pal, 50, 84, width + 8, 3)

    # The gathered mouth of the sack fans out above the tie.
    for k, angle in enumerate((-140, -115, -90, -65, -40)):
        a = math.radians(angle)
        pen.poly(_leaf(50 + 6 * math.cos(a), 27 + 8 * math.sin(a), 14, 6.5, angle),
                 _dark(sack, 0.2 if k % 2 else 0.08))

    def shape(p: _Pen) -> None:
        p.poly(outline, _WHITE)

    def paint(p: _Pen) -> None:
        p.rect((15, 24, 85, 86), sack)
        for k in range(0, 70, 2):  # burlap weave
            p.rect((15 + k, 24, 15.4 + k, 86), _alpha(_dark(sack, 0.3), 0.14))
            p.rect((15, 24 + k, 85, 24.4 + k), _alpha(_dark(sack, 0.3), 0.1))
        p.circle(50, 60, 11, _alpha(_WHITE, 0.35))
        p.ring((39, 49, 61, 71), grain, 1.0)
        _rice_stalk(p, 47, 68, 16, 6, _dark(grain, 0.05))
        _shade(p, (50 - width, 40, 50 + width + 5, 84), 0.2, 0.25)

    pen.clip((15, 24, 85, 86), shape, paint)
    tie = _dark(pal.second, 0.3)
    pen.rrect((41, 25, 59, 29.5), 1.5, tie)
    pen.tube([(56, 28), (61, 33), (60, 38)], 0.6, 0.5, tie)
    pen.tube([(55, 28), (62, 30), (65, 34)], 0.6, 0.5, tie)
    # A heap of grains spilling out in front, plus loose grains.
    heap_x = rng.choice([26.0, 74.0])
    pen.chord((heap_x - 16, 78, heap_x + 16, 94), 180, 360, _dark(grain, 0.08))
    for _ in range(30):
        x = heap_x + rng.uniform(-13, 13)
        top = 86 - 7 * math.sqrt(max(0.0, 1 - ((x - heap_x) / 16) ** 2))
        pen.poly(_oval(x, rng.uniform(top + 0.8, 86), 1.3, 0.6, rng.uniform(0, 180), 10), _light(grain, 0.15))
    for _ in range(rng.randint(8, 14)):
        x = rng.uniform(12, 88)
        pen.poly(_oval(x, rng.uniform(87, 92), 1.3, 0.6, rng.uniform(0, 180), 10), grain)
    if rng.random() < 0.6:
        _rice_stalk(pen, 100 - heap_x + rng.uniform(-4, 4), 92, 22, rng.choice([-8, 8]),
                    _mix(grain, (220, 190, 90), 0.4))


def _draw_fruit(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    kind = rng.choice(["round", "mangosteen", "mango"])
    plate = _mix(_WOOD, pal.second, 0.2)
    _floor_shadow(pen, pal, 50, 84, 38, 3)
    pen.ellipse((12, 70, 88, 90), _dark(plate, 0.2))
    pen.ellipse((12, 68, 88, 86), plate)
    for k in range(1, 5):  # woven rings of a bamboo tray
        pen.ring((12 + k * 4, 68 + k * 0.9, 88 - k * 4, 86 - k * 0.9), _alpha(_dark(plate, 0.3), 0.5), 0.35)
    rows = [(45.0, [43.0, 59.0]), (58.0, [34.0, 50.0, 66.0]), (71.0, [26.0, 42.0, 58.0, 74.0])]
    index = 0
    for cy, xs in rows:
        for cx in xs:
            x, y = cx + rng.uniform(-1.5, 1.5), cy + rng.uniform(-1.5, 1.5)
            colour = pal.main if (index + len(xs)) % 3 else pal.second
            index += 1
            if kind == "mango":
                angle = rng.uniform(-25, 25)
                pen.poly(_oval(x, y, 10, 7, angle), _dark(colour, 0.25))
                pen.poly(_oval(x - 0.8, y - 0.9, 9, 6, angle), colour)
                pen.poly(_oval(x - 3, y - 3, 3, 1.2, angle), _alpha(_WHITE, 0.4))
                pen.circle(x + 8 * math.cos(math.radians(angle)), y + 8 * math.sin(math.radians(angle)) - 1, 0.9,
                           _dark(_LEAF, 0.2))
                continue
            r = 8.2
            pen.circle(x, y, r, _dark(colour, 0.25))
            pen.circle(x - 0.9, y - 0.9, r * 0.88, colour)
            pen.ellipse((x - r * 0.6, y - r * 0.65, x - r * 0.1, y - r * 0.35), _alpha(_WHITE, 0.35))
            if kind == "mangosteen":
                for k in range(4):  # green sepal crown
                    a = math.radians(90 * k + 45)
                    pen.poly(_leaf(x + 2 * math.cos(a), y - r * 0.8 + math.sin(a), 4, 2.2, 90 * k + 45),
                             _mix(_LEAF, (60, 110, 60), 0.5))
                pen.line([(x, y - r * 0.8), (x + 0.6, y - r - 2)], _dark(_LEAF, 0.3), 0.7)
            else:
                pen.line([(x, y - r * 0.85), (x + 0.8, y - r - 1.5)], _dark(_WOOD, 0.3), 0.7)
    for side in (-1, 1):
        pen.poly(_leaf(50 + side * 10, 36, 14, 5, side * 25 - 90 + side * 70), _LEAF)
        pen.line([(50, 39), (50 + side * 15, 33)], _alpha(_dark(_LEAF, 0.3), 0.6), 0.4)


def _draw_honey(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    honey = pal.main
    _floor_shadow(pen, pal, 52, 86, 34, 3)
    if rng.random() < 0.6:  # a piece of honeycomb behind
        comb = _light(honey, 0.25)
        for i in range(3):
            for j in range(3):
                hx, hy = 72 + i * 5.2, 60 + j * 6 + (i % 2) * 3
                pen.poly(_hexagon(hx, hy, 3.3), _dark(comb, 0.2))
                pen.poly(_hexagon(hx, hy, 2.5), comb)
    jar: Box = (24, 38, 64, 86)

    def outline(p: _Pen) -> None:
        p.rrect(jar, 9, _WHITE)

    def comb_cells(p: _Pen) -> None:
        for i in range(6):
            for j in range(8):
                p.poly(_hexagon(26 + i * 7.5, 40 + j * 6.5 + (i % 2) * 3.25, 3.4), _alpha(_light(honey, 0.3), 0.22))

    _glass(pen, outline, jar, honey, 41, comb_cells)
    # Cloth cover over the lid, tied with string.
    cloth = pal.second
    skirt = [(22, 30)]
    for k in range(9):
        skirt.append((22 + k * 5.5, 41 if k % 2 else 38.5))
    skirt += [(66, 38.5), (66, 30)]

    def cloth_shape(p: _Pen) -> None:
        p.poly(skirt, _WHITE)
        p.rrect((24, 26, 64, 34), 3, _WHITE)

    def cloth_paint(p: _Pen) -> None:
        p.rect((20, 25, 68, 42), cloth)
        for k in range(10):  # gingham
            p.rect((21 + k * 5, 25, 23.5 + k * 5, 42), _alpha(_WHITE, 0.35))
        for k in range(4):
            p.rect((20, 26 + k * 5, 68, 28.5 + k * 5), _alpha(_WHITE, 0.35))
        p.rect((20, 36, 68, 42), _alpha(_SHADE, 0.15))

    pen.clip((20, 25, 68, 42), cloth_shape, cloth_paint)
    pen.rect((23, 34, 65, 35.4), _dark(_WOOD, 0.2))
    pen.tube([(62, 35), (66, 40), (64, 44)], 0.5, 0.4, _dark(_WOOD, 0.2))
    _jar_label(pen, (29, 56, 59, 72), _dark(pal.second, 0.1), rng)
    # Wooden dipper leaning on the jar, its grooved head dripping honey.
    wood = _light(_WOOD, 0.2)
    head_x, head_y = 76.0, 81.0
    angle = -62.0
    pen.ellipse((head_x - 8, 85, head_x + 6, 89), honey)  # puddle
    pen.tube([(head_x, head_y), (62, 50)], 1.1, 1.0, wood)
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    for k in range(5):
        t = (k - 2) * 1.8
        cx, cy = head_x + t * ca, head_y + t * sa
        pen.poly(_oval(cx, cy, 1.2, 4.2 - abs(k - 2) * 0.5, angle), _dark(wood, 0.15) if k % 2 else wood)
    pen.tube([(head_x + 1.5, head_y + 1), (head_x + 1.8, 84)], 1.2, 0.9, honey)


def _draw_compress(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    """Luk pra kob: herbs bundled in cloth and tied into a ball with a cloth handle."""
    cloth, string = pal.main, pal.second
    herb_green = _mix(_LEAF, pal.second, 0.15)
    two = rng.random() < 0.4
    _floor_shadow(pen, pal, 50, 86, 34, 3)
    for k in range(rng.randint(3, 5)):  # lemongrass stalks and leaves behind
        x = rng.uniform(18, 82)
        pen.tube([(x, 88), (x + rng.uniform(-10, 10), rng.uniform(64, 72))], 1.2, 0.8,
                 _mix(herb_green, (200, 210, 120), 0.4))
    for _ in range(rng.randint(2, 4)):
        pen.poly(_leaf(rng.uniform(14, 86), rng.uniform(80, 90), 11, 4, rng.uniform(-30, 30)), herb_green)

    stain = _mix(cloth, (196, 160, 60), 0.55)  # turmeric and herbs soaking through
    stains = [(rng.uniform(38, 62), rng.uniform(62, 78), rng.uniform(4, 8)) for _ in range(3)]

    def ball(p: _Pen) -> None:
        def shape(q: _Pen) -> None:
            q.circle(50, 65, 21, _WHITE)
            q.poly([(40, 49), (45.5, 40), (54.5, 40), (60, 49)], _WHITE)

        def paint(q: _Pen) -> None:
            q.rect((27, 38, 73, 88), cloth)
            for x, y, r in stains:
                q.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.7), _alpha(stain, 0.22))
            for k in range(9):  # pleats gathered up into the tie
                end_x = 31 + k * 4.75
                end_y = 62 - 8 * math.cos((k - 4) / 4 * math.pi / 2.2)
                q.line([(50 + (k - 4) * 0.8, 41), ((50 + end_x) / 2 + (k - 4) * 0.4, 50), (end_x, end_y)],
                       _alpha(_dark(cloth, 0.35), 0.35), 0.5, round_caps=False)
            _shade(q, (29, 40, 71, 86), 0.3, 0.3)

        p.clip((27, 38, 73, 88), shape, paint)
        # Handle: the cloth tail wound tightly around a stick.
        p.rrect((45, 12, 55, 40), 3.5, _dark(cloth, 0.05))
        for k in range(7):
            y = 14 + k * 3.8
            p.line([(45.3, y + 2), (54.7, y)], _alpha(_dark(cloth, 0.35), 0.55), 0.45, round_caps=False)
        p.rect((45.2, 13, 47, 39), _alpha(_WHITE, 0.3))
        p.rect((53, 13, 54.8, 39), _alpha(_SHADE, 0.2))
        for k in range(3):  # string wraps at the neck
            y = 38 + k * 1.6
            p.rrect((43.5, y, 56.5, y + 1.1), 0.55, string)
        p.tube([(56, 40), (60, 44), (59, 48)], 0.45, 0.35, string)

    if two:
        ball(pen.sub(-16, 2, 0.75, anchor=(50, 86)))
        ball(pen.sub(10, 0, 0.95, anchor=(50, 86)))
    else:
        ball(pen)
    for _ in range(rng.randint(2, 4)):  # turmeric / galangal slices
        x, y = rng.uniform(14, 86), rng.uniform(85, 92)
        pen.ellipse((x - 3, y - 1.8, x + 3, y + 1.8), (226, 150, 40))
        pen.ring((x - 2.2, y - 1.2, x + 2.2, y + 1.2), (200, 120, 30), 0.3)


def _draw_balm(pen: _Pen, pal: _Palette, rng: random.Random) -> None:
    tin, design = pal.main, pal.second
    balm = _light(pal.second, 0.55)
    _floor_shadow(pen, pal, 50, 78, 36, 4)

    def can(p: _Pen, lid: bool) -> None:
        p.ellipse((24, 56, 76, 76), _dark(tin, 0.35))
        p.rect((24, 48, 76, 66), _dark(tin, 0.2))
        p.rect((24, 48, 30, 66), _alpha(_WHITE, 0.2))
        p.rect((68, 48, 76, 66), _alpha(_SHADE, 0.2))
        p.rect((24, 56, 76, 57), _alpha(_SHADE, 0.3))
        p.ellipse((24, 38, 76, 58), _light(tin, 0.1))
        if lid:
            p.ring((26, 39.5, 74, 56.5), _dark(tin, 0.15), 0.8)
            p.ring((31, 41.5, 69, 54.5), design, 1.2)
            p.ellipse((35, 43, 65, 53), design)
            style = rng.choice(["flower", "leaf", "rings"])
            if style == "flower":
                for k in range(6):
                    a = math.radians(60 * k)
                    p.ellipse((50 + 5.5 * math.cos(a) - 3, 48 + 2.2 * math.sin(a) - 1.4,
                               50 + 5.5 * math.cos(a) + 3, 48 + 2.2 * math.sin(a) + 1.4), _light(design, 0.45))
                p.ellipse((47.5, 47, 52.5, 49), _CREAM)
            elif style == "leaf":
                p.poly(_leaf(50, 48, 16, 4, -10), _light(design, 0.45))
                p.line([(43, 49.2), (57, 46.8)], design, 0.4)
            else:
                for k in range(3):
                    p.ring((38 + k * 3, 44 + k * 1.1, 62 - k * 3, 52 - k * 1.1), _light(design, 0.45), 0.5)
            p.ellipse((30, 40, 46, 45), _alpha(_WHITE, 0.35))
        else:
            p.ellipse((27, 40, 73, 56), balm)
            p.arc((34, 43, 66, 53), 200, 340, _dark(balm, 0.12), 0.8)
            p.arc((40, 45, 60, 51), 20, 160, _dark(balm, 0.12), 0.6)

    if rng.random() < 0.55:  # an open tin behind, its lid propped against it
        back = pen.sub(-14, -10, 0.7, anchor=(50, 66))
        can(back, lid=False)
        lid = pen.sub(20, -16, 0.7, anchor=(50, 66))
        lid.ellipse((26, 30, 46, 76), _dark(tin, 0.25))
        lid.ellipse((28, 30, 48, 76), _light(tin, 0.1))
        lid.ellipse((32, 40, 44, 66), design)
    can(pen, lid=True)
    for _ in range(rng.randint(0, 3)):
        pen.poly(_leaf(rng.choice([16.0, 84.0]), rng.uniform(70, 84), 12, 4.5, rng.uniform(-40, 40)),
                 _mix(_LEAF, pal.second, 0.2))


_MOTIF_DRAWERS: dict[str, Callable[[_Pen, _Palette, random.Random], None]] = {
    "fabric": _draw_fabric,
    "garment": _draw_garment,
    "scarf": _draw_scarf,
    "bag": _draw_bag,
    "basket": _draw_basket,
    "mat": _draw_mat,
    "pottery": _draw_pottery,
    "vase": _draw_vase,
    "bowl": _draw_bowl,
    "umbrella": _draw_umbrella,
    "silverware": _draw_silverware,
    "woodcarving": _draw_woodcarving,
    "lamp": _draw_lamp,
    "jar": _draw_jar,
    "bottle": _draw_bottle,
    "box": _draw_box,
    "pouch": _draw_pouch,
    "soap": _draw_soap,
    "tea": _draw_tea,
    "coffee": _draw_coffee,
    "rice": _draw_rice,
    "fruit": _draw_fruit,
    "honey": _draw_honey,
    "sauce": _draw_sauce,
    "compress": _draw_compress,
    "balm": _draw_balm,
}


# --------------------------------------------------------------------------- public API


def _jpeg(image: Image.Image) -> bytes:
    """Resolve the supersampled canvas and encode it.

    ``reduce`` averages each 2x2 block, which is exactly the resolve step of 2x
    supersampling; a LANCZOS resize looks the same here but costs ~38 ms of the 80 ms
    budget per 800 px picture on the demo machine (reduce: ~3 ms).
    """
    out = io.BytesIO()
    image.reduce(_SUPERSAMPLE).save(out, "JPEG", quality=_JPEG_QUALITY, progressive=True, optimize=True)
    return out.getvalue()


def product_image(upc: str, motif: str, colours: tuple[str, str], size: int = 800) -> bytes:
    """A distinct JPEG picture of the product (a stylised illustration of the motif)."""
    drawer = _MOTIF_DRAWERS.get(motif)
    if drawer is None:
        raise ValueError(f"unknown motif {motif!r}; expected one of {sorted(_MOTIF_DRAWERS)}")
    rng = _rng(upc)
    pal = _product_palette(colours, rng)
    canvas = size * _SUPERSAMPLE
    image = Image.new("RGB", (canvas, canvas))
    _linear_gradient(image, pal.background, pal.background_edge, rng.uniform(0, 2 * math.pi))
    unit = canvas / 100
    base = _Pen(image, 0, 0, unit, unit)
    scale = rng.uniform(0.84, 0.96)
    # Keep the object roughly centred: shift by at most what the smaller scale frees up.
    slack = (1 - scale) * 50
    dx, dy = rng.uniform(-slack, slack), rng.uniform(-slack * 0.6, slack * 0.6)
    pen = base.sub(dx, dy, scale)
    if rng.random() < 0.5:
        pen = pen.mirrored()
    _decorate(base, pen, pal, rng)
    drawer(pen, pal, rng)
    return _jpeg(image)


# --------------------------------------------------------------------------- producer banners


def _ridge(rng: random.Random, base: float, amplitude: float, bottom: float) -> list[Point]:
    """A hill line from a few random sine waves, closed down to ``bottom``."""
    waves = [(rng.uniform(0.02, 0.09), rng.uniform(0, 2 * math.pi), rng.uniform(0.4, 1.0)) for _ in range(3)]
    total = sum(a for _, _, a in waves)
    pts = [(x, base - amplitude * sum(a * math.sin(f * x * 2 * math.pi + p) for f, p, a in waves) / total)
           for x in range(-2, 104, 3)]
    return [(-2, bottom)] + pts + [(103, bottom)]


def _stilt_house(pen: _Pen, x: float, ground: float, s: float, wall: RGB, roof: RGB) -> None:
    floor = ground - 7 * s
    for k in range(4):  # stilts
        sx = x - 7 * s + k * 14 * s / 3
        pen.rect((sx - 0.35 * s, floor, sx + 0.35 * s, ground), _dark(wall, 0.35))
    pen.rect((x - 9 * s, floor - 0.8 * s, x + 9 * s, floor + 0.4 * s), _dark(wall, 0.25))  # platform
    pen.rect((x - 7 * s, floor - 8 * s, x + 7 * s, floor - 0.8 * s), wall)
    for k in range(1, 7):
        pen.rect((x - 7 * s + k * 2 * s, floor - 8 * s, x - 7 * s + k * 2 * s + 0.15 * s, floor - 0.8 * s),
                 _alpha(_dark(wall, 0.4), 0.5))
    pen.rect((x - 1.3 * s, floor - 5.5 * s, x + 1.3 * s, floor - 0.8 * s), _dark(wall, 0.55))  # door
    pen.rect((x + 3 * s, floor - 6 * s, x + 5.5 * s, floor - 3.8 * s), _dark(wall, 0.5))  # window
    pen.line([(x - 1.3 * s, floor), (x - 5 * s, ground)], _dark(wall, 0.3), 0.35 * s)  # ladder
    peak = floor - 17 * s
    pen.poly([(x - 10.5 * s, floor - 7 * s), (x, peak), (x + 10.5 * s, floor - 7 * s)], roof)
    pen.poly([(x, peak), (x + 10.5 * s, floor - 7 * s), (x + 4 * s, floor - 7 * s)], _alpha(_SHADE, 0.18))
    # Kalae: the crossed finials at the gable peak of a northern Thai house.
    pen.line([(x, peak + 0.5 * s), (x - 2 * s, peak - 2.5 * s)], _dark(roof, 0.3), 0.4 * s)
    pen.line([(x, peak + 0.5 * s), (x + 2 * s, peak - 2.5 * s)], _dark(roof, 0.3), 0.4 * s)


def _sugar_palm(pen: _Pen, x: float, ground: float, height: float, colour: RGB) -> None:
    top = ground - height
    pen.tube([(x, ground), (x + height * 0.03, ground - height * 0.5), (x - height * 0.02, top)],
             0.45 * height / 20, 0.3 * height / 20, _dark(_WOOD, 0.35))
    for k in range(16):
        a = math.radians(k * 360 / 16 + 8)
        length = height * 0.28 * (0.75 if math.sin(a) > 0.3 else 1.0)
        tip = (x + length * math.cos(a), top + length * 0.8 * math.sin(a))
        nx, ny = -math.sin(a) * height * 0.025, math.cos(a) * height * 0.025
        pen.poly([(x + nx, top + ny), tip, (x - nx, top - ny)], colour)
    pen.circle(x, top, height * 0.06, _dark(colour, 0.2))


def producer_image(key: str, colours: tuple[str, str], size: int = 1200) -> bytes:
    """A JPEG landscape/banner-ish picture for a producer's storefront (village scene), distinct per key."""
    rng = _rng(f"producer:{key}")
    main, second = _rgb(colours[0]), _rgb(colours[1])
    width, height = size, size * 9 // 16
    canvas = (width * _SUPERSAMPLE, height * _SUPERSAMPLE)
    evening = rng.random() < 0.35
    if evening:
        sky_top, sky_low = _mix((120, 110, 170), second, 0.15), _mix((252, 190, 140), main, 0.15)
        sun_colour = (255, 226, 160)
    else:
        sky_top, sky_low = _mix((120, 176, 222), second, 0.15), _mix((236, 244, 240), main, 0.1)
        sun_colour = (255, 242, 190)
    sun = (rng.uniform(12, 88), rng.uniform(8, 18))
    image = Image.new("RGB", canvas)
    _linear_gradient(image, sky_top, sky_low, math.pi / 2 + rng.uniform(-0.25, 0.25))
    unit = canvas[0] / 100
    pen = _Pen(image, 0, 0, unit, unit)  # 100 units across, 56.25 down
    bottom = 57.0

    pen.soft((sun[0] - 9, sun[1] - 9, sun[0] + 9, sun[1] + 9), sun_colour, 0.5, spread=0.4)
    pen.circle(*sun, 4.5, sun_colour)
    for _ in range(rng.randint(2, 4)):  # clouds
        cx, cy, s = rng.uniform(5, 95), rng.uniform(5, 16), rng.uniform(0.7, 1.3)
        cloud = _alpha(_WHITE, 0.85)
        pen.rrect((cx - 7 * s, cy, cx + 7 * s, cy + 3 * s), 1.5 * s, cloud)
        pen.circle(cx - 2.5 * s, cy, 3 * s, cloud)
        pen.circle(cx + 2 * s, cy - 0.5 * s, 3.8 * s, cloud)
    if rng.random() < 0.6:  # birds
        bx, by = rng.uniform(15, 85), rng.uniform(6, 14)
        for k in range(rng.randint(2, 4)):
            x, y = bx + k * 3 + rng.uniform(-1, 1), by + rng.uniform(-2, 2)
            pen.line([(x - 1.2, y - 0.6), (x, y), (x + 1.2, y - 0.6)], _dark(sky_top, 0.5), 0.25, round_caps=False)

    far = _mix(_mix(sky_top, (100, 120, 140), 0.4), second, 0.12)
    pen.poly(_ridge(rng, 27, 6, bottom), far)
    pen.poly(_ridge(rng, 32, 4, bottom), _mix(far, (70, 120, 80), 0.4))
    horizon = rng.uniform(35, 38)
    green = _mix((96, 150, 70), main, 0.12)
    pen.poly(_ridge(rng, horizon, 1.2, bottom), _dark(green, 0.15))
    # Tree line along the horizon.
    x = -2.0
    while x < 102:
        r = rng.uniform(1.2, 2.6)
        pen.circle(x, horizon - r * 0.4, r, _dark(green, rng.uniform(0.25, 0.4)))
        x += r * rng.uniform(1.0, 1.8)
    # Paddy fields: bands that widen towards the viewer, with dykes and furrows to a vanishing point.
    bands = 6
    field_colours = [_mix((150, 196, 80), main, 0.1), _mix((196, 200, 90), second, 0.1),
                     _mix((110, 170, 70), main, 0.1)]
    edges = [horizon + (bottom - horizon) * (k / bands) ** 1.5 for k in range(bands + 1)]
    offset = rng.randint(0, 2)
    for k in range(bands):
        pen.rect((-1, edges[k], 101, edges[k + 1] + 0.2), field_colours[(k + offset) % 3])
        pen.rect((-1, edges[k], 101, edges[k] + 0.15 + 0.1 * k), _alpha(_light((200, 190, 130), 0.3), 0.8))
    vanish = rng.uniform(30, 70)
    for k in range(-20, 21):
        x = vanish + k * 8
        pen.line([(vanish + (x - vanish) * 0.05, horizon + 0.5), (x, bottom)], _alpha(_dark(green, 0.3), 0.18), 0.2,
                 round_caps=False)
    if rng.random() < 0.5:  # a canal catching the sky
        y = rng.uniform(edges[3], edges[4])
        pen.poly([(-1, y), (101, y - 1.5), (101, y + 1.2), (-1, y + 2.6)], _light(sky_top, 0.35))

    # Village: stilt houses and sugar palms standing on the horizon.
    wall = _mix((150, 100, 62), main, 0.15)
    roofs = [_dark(main, 0.15), _mix((120, 70, 40), second, 0.4), _dark(second, 0.2)]
    slots = sorted(rng.sample(range(8), rng.randint(2, 4)))
    for i, slot in enumerate(slots):
        x = 6 + slot * 12 + rng.uniform(-3, 3)
        s = rng.uniform(0.55, 0.85)
        _stilt_house(pen, x, horizon + 1 + s * 2, s, wall, roofs[i % len(roofs)])
    palm = _dark(green, 0.35)
    for _ in range(rng.randint(3, 6)):
        x = rng.uniform(2, 98)
        _sugar_palm(pen, x, horizon + rng.uniform(0.5, 2), rng.uniform(12, 20), palm)
    for _ in range(rng.randint(10, 18)):  # rice tufts in the foreground
        x, y = rng.uniform(0, 100), rng.uniform(48, 56)
        for k in range(5):
            a = math.radians(-90 + (k - 2) * 16)
            pen.line([(x, y), (x + 2.5 * math.cos(a), y + 2.5 * math.sin(a))], _dark(green, 0.2), 0.2, round_caps=False)
    return _jpeg(image)
