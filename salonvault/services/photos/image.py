"""Turn whatever a camera or phone produced into the one kind of image the vault keeps.

Everything happens in memory. The file is size-capped before decoding, only JPEG, PNG and WebP
parsers are allowed, and Pillow's decompression-bomb guard is an error, not a warning. The
picture is turned upright from its EXIF orientation, converted to sRGB, scaled so its long side is
at most 1600 px and saved as a fresh JPEG: no EXIF (GPS, camera serial, time), no XMP, no ICC
profile and no comment survives, because the new image is built from pixels alone.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from salonvault.domain.errors import ValidationError
from salonvault.domain.messages import Message

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_LONG_SIDE = 1600
THUMBNAIL_LONG_SIDE = 320
JPEG_QUALITY = 85
THUMBNAIL_QUALITY = 80
# Only these parsers ever see a file. (JPEG's also opens cameras' MPO files: a JPEG with a
# second, preview picture appended.)
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
_FIELD = "photo"


@dataclass(frozen=True, slots=True)
class PreparedPhoto:
    jpeg: bytes
    width: int
    height: int
    thumbnail: bytes


def read_photo_file(path: Path) -> bytes:
    """A photo file's bytes, refusing one over the size cap before reading it all."""
    try:
        with path.open("rb") as source:
            data = source.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ValidationError(
            "photos.file_could_read", field=_FIELD, path_name=path.name, reason=reason
        ) from None
    _check_size(len(data))
    return data


def prepare_photo(data: bytes) -> PreparedPhoto:
    """Decode, turn upright, strip, scale and re-encode; ValidationError for anything else."""
    _check_size(len(data))
    try:
        picture = clean_picture(data, MAX_LONG_SIDE)
    except PictureUnreadable as error:
        raise ValidationError(_PHOTO_REFUSALS[error.reason](), field=_FIELD) from None
    thumbnail = picture.copy()
    thumbnail.thumbnail((THUMBNAIL_LONG_SIDE, THUMBNAIL_LONG_SIDE), Image.Resampling.LANCZOS)
    return PreparedPhoto(
        jpeg=encode_jpeg(picture, JPEG_QUALITY),
        width=picture.width,
        height=picture.height,
        thumbnail=encode_jpeg(thumbnail, THUMBNAIL_QUALITY),
    )


class PictureUnreadable(Exception):
    """Why `clean_picture` gave up: "bomb" (too many pixels), "text_bomb" (a PNG chunk that
    inflates past its cap), "unidentified" or "damaged" (each caller words it)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def max_megapixels() -> int:
    """Pillow's decompression-bomb limit, which `clean_picture` treats as an error."""
    return Image.MAX_IMAGE_PIXELS // 1_000_000 if Image.MAX_IMAGE_PIXELS else 0


def clean_picture(
    data: bytes, long_side: int, formats: tuple[str, ...] = ACCEPTED_FORMATS
) -> Image.Image:
    """The picture in `data` as pixels alone: upright, sRGB, at most `long_side` on the long
    side, only `formats`' parsers tried, a decompression bomb an error. Photos and attachments
    (services/attachments) both come through here."""
    try:
        with warnings.catch_warnings(), _pillow_debug_silenced():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return _decode(data, long_side, formats)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PictureUnreadable("bomb") from None
    except UnidentifiedImageError:
        raise PictureUnreadable("unidentified") from None
    except ValueError as error:
        # PNG's text and ICC chunks are inflated with a cap: over it is a bomb too.
        too_large = "Decompressed" in str(error)
        raise PictureUnreadable("text_bomb" if too_large else "damaged") from None
    except (OSError, SyntaxError, EOFError):
        raise PictureUnreadable("damaged") from None


@contextmanager
def _pillow_debug_silenced() -> Iterator[None]:
    """Pillow logs every EXIF tag's value at DEBUG while reading (an owner's name, a GPS
    position): were anyone to switch DEBUG on, the metadata being stripped would reach a log."""
    logger = logging.getLogger("PIL")
    previous = logger.level
    logger.setLevel(max(previous, logging.INFO))
    try:
        yield
    finally:
        logger.setLevel(previous)


def _bomb_refusal() -> Message:
    return Message("photos.picture_has_too_many_pixels", megapixels=max_megapixels())


_PHOTO_REFUSALS: dict[str, Callable[[], Message]] = {
    "bomb": _bomb_refusal,
    "unidentified": lambda: Message("photos.file_photo_salonvault_can_read"),
    "damaged": lambda: Message("photos.photo_file_damaged_incomplete_still"),
    # A photo whose text chunk is a zip bomb is, to the person holding it, a damaged file.
    "text_bomb": lambda: Message("photos.photo_file_damaged_incomplete_still"),
}


def _check_size(size: int) -> None:
    if size == 0:
        raise ValidationError("photos.photo_file_empty", field=_FIELD)
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            "photos.file_too_big", _FIELD, megabytes=MAX_FILE_BYTES // (1024 * 1024)
        )


def _decode(data: bytes, long_side: int, formats: tuple[str, ...]) -> Image.Image:
    """Pixels only, upright, sRGB, at most `long_side` on the long side."""
    with Image.open(io.BytesIO(data), formats=formats) as image:
        # JPEG decodes straight at a smaller scale (far less memory for a 48-megapixel photo).
        image.draft("RGB", _fitted(image.size, long_side))
        image.load()
        icc = image.info.get("icc_profile")
        upright = ImageOps.exif_transpose(image)
    rgb = _to_rgb(upright, icc if isinstance(icc, bytes) else None)
    rgb.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    # A new image from the pixels alone: nothing of the file's metadata can come along.
    clean = Image.new("RGB", rgb.size)
    clean.paste(rgb)
    return clean


def _fitted(size: tuple[int, int], long_side: int) -> tuple[int, int]:
    """`size` scaled so its long side is `long_side` (never larger than it is)."""
    width, height = size
    scale = min(1.0, long_side / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _to_rgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    elif image.mode not in ("RGB", "CMYK"):
        image = image.convert("RGB")
    if icc:  # colours matter for hair: bring a phone's wide-gamut picture to plain sRGB
        try:
            converted = ImageCms.profileToProfile(
                image, io.BytesIO(icc), ImageCms.createProfile("sRGB"), outputMode="RGB"
            )
        except (ImageCms.PyCMSError, OSError, ValueError):
            converted = None  # a profile that does not fit the pixels: keep them as they are
        if converted is not None:
            return converted
    return image.convert("RGB")


def encode_jpeg(image: Image.Image, quality: int) -> bytes:
    """A fresh baseline JPEG of the pixels: Pillow writes no EXIF, XMP, ICC or comment unless
    asked to, and nothing here asks."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()
