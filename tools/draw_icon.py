"""Draw SalonVault's application icon: a shield (the vault) holding a comb and a keyhole.

Run `.venv/bin/python -m tools.draw_icon` to rewrite
salonvault/resources/icons/salonvault.{png,ico}.
Drawn at 1024 px and scaled down with Lanczos, so the small sizes stay crisp; no fonts used,
so the picture is the same on every machine.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "salonvault" / "resources" / "icons"
SIZE = 1024
TOP = (38, 70, 140)  # deep indigo at the top of the tile
BOTTOM = (94, 53, 177)  # violet at the bottom
SHIELD = (255, 255, 255)
ACCENT = (255, 193, 7)  # the amber of a colour formula card
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def _tile() -> Image.Image:
    gradient = Image.new("RGB", (1, SIZE))
    for y in range(SIZE):
        t = y / (SIZE - 1)
        gradient.putpixel(
            (0, y), tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True))
        )
    gradient = gradient.resize((SIZE, SIZE))
    mask = Image.new("L", (SIZE, SIZE), 0)
    ImageDraw.Draw(mask).rounded_rectangle((32, 32, SIZE - 32, SIZE - 32), radius=200, fill=255)
    tile = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    tile.paste(gradient, (0, 0), mask)
    return tile


def _shield(draw: ImageDraw.ImageDraw) -> None:
    top, left, right, bottom = 170, 230, SIZE - 230, 880
    middle = SIZE // 2
    outline = [(left, top + 60), (middle, top), (right, top + 60), (right, 520)]
    # the lower half curves to a point: sample a quadratic curve on each side
    steps = 24
    for i in range(1, steps + 1):
        t = i / steps
        x = (1 - t) ** 2 * right + 2 * (1 - t) * t * right + t**2 * middle
        y = (1 - t) ** 2 * 520 + 2 * (1 - t) * t * 760 + t**2 * bottom
        outline.append((round(x), round(y)))
    for i in range(1, steps):
        t = i / steps
        x = (1 - t) ** 2 * middle + 2 * (1 - t) * t * left + t**2 * left
        y = (1 - t) ** 2 * bottom + 2 * (1 - t) * t * 760 + t**2 * 520
        outline.append((round(x), round(y)))
    draw.polygon(outline, fill=SHIELD)


def _comb_and_keyhole(draw: ImageDraw.ImageDraw) -> None:
    # comb across the upper shield: a spine with eight teeth
    spine = (330, 300, SIZE - 330, 360)
    draw.rounded_rectangle(spine, radius=24, fill=ACCENT)
    teeth = 8
    width = (spine[2] - spine[0]) / (teeth * 2 - 1)
    for i in range(teeth):
        x0 = spine[0] + i * 2 * width
        draw.rounded_rectangle((x0, 340, x0 + width, 450), radius=10, fill=ACCENT)
    # keyhole below it, in the tile's violet
    centre = SIZE // 2
    draw.ellipse((centre - 70, 510, centre + 70, 650), fill=BOTTOM)
    draw.polygon(
        [(centre - 40, 600), (centre + 40, 600), (centre + 62, 760), (centre - 62, 760)],
        fill=BOTTOM,
    )


def draw_icon() -> Image.Image:
    icon = _tile()
    draw = ImageDraw.Draw(icon)
    _shield(draw)
    _comb_and_keyhole(draw)
    return icon


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    icon = draw_icon()
    icon.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "salonvault.png", optimize=True)
    icon.resize((256, 256), Image.Resampling.LANCZOS).save(
        ICONS / "salonvault.ico", sizes=ICO_SIZES
    )
    print(f"wrote {ICONS / 'salonvault.png'} and {ICONS / 'salonvault.ico'}")


if __name__ == "__main__":
    main()
