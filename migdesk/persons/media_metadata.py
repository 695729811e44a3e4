"""Photographs and fingerprint cards lose the metadata a camera or phone writes into them.

A phone JPEG carries EXIF (GPS position, camera make, model and serial number, the time
taken), often XMP and IPTC copies of the same, and comments. None of it is among the data
Art. 6 lets the sides keep or exchange, and Art. 11 asks for no more than the purpose needs:
the officer's photo of a passport holder must not tell the partner where the officer's
desk is. So an image entered by an officer is stored without it, in the vault and hence in
every bundle and printed sheet made from it.

Pillow (a dependency of reportlab, pinned in pyproject) does the reading and writing; no
JPEG or PNG structure is parsed here. An image that carries nothing to drop is kept byte
for byte, so stripping is idempotent and stored digests stay stable.
"""

from __future__ import annotations

import base64
import hashlib
import io
from typing import Any

# Markers that describe pixels, not the scene: JFIF (APP0), ICC colour profile (APP2),
# Adobe colour transform (APP14). Everything else in an APPn or COM segment goes.
_JPEG_KEPT_MARKERS = frozenset({"APP0", "APP2", "APP14"})
# PNG chunks Pillow reports in ``info`` that only say how to show the pixels.
_PNG_KEPT_INFO = frozenset(
    {"dpi", "gamma", "transparency", "icc_profile", "srgb", "chromaticity", "aspect"}
)
_EXIF_ORIENTATION = 0x0112


def _needs_rewrite(image: Any) -> bool:
    if image.format == "MPO":
        # A phone JPEG with a Multi-Picture (APP2 MPF) part: a second image (depth map,
        # preview) with its own EXIF follows the first. Only the first one is kept.
        return True
    if image.format == "JPEG":
        markers = {marker for marker, _data in image.applist}
        return bool(markers - _JPEG_KEPT_MARKERS) or "comment" in image.info
    if image.format == "PNG":
        return bool(set(image.info) - _PNG_KEPT_INFO)
    return False


def _rewrite_jpeg(image: Any) -> bytes:
    from PIL import ImageOps, JpegImagePlugin

    # The same quantisation tables and chroma subsampling: no visible loss, no size jump.
    qtables = image.quantization
    subsampling = JpegImagePlugin.get_sampling(image)
    icc = image.info.get("icc_profile")
    # The orientation tag goes with the EXIF, so turn the pixels upright first.
    upright = ImageOps.exif_transpose(image)
    out = io.BytesIO()
    # No optimize=True: Pillow then encodes in one call holding the GIL (2 s for 20 MB),
    # which would freeze the window whose worker strips the photo.
    options: dict[str, Any] = {"qtables": qtables, "exif": b"", "comment": b""}
    if subsampling != -1:
        options["subsampling"] = subsampling
    if icc:
        options["icc_profile"] = icc
    if upright.mode not in ("RGB", "L", "CMYK"):
        upright = upright.convert("RGB")
    upright.save(out, "JPEG", **options)
    return out.getvalue()


def _rewrite_png(image: Any) -> bytes:
    from PIL import ImageOps

    upright = ImageOps.exif_transpose(image)
    out = io.BytesIO()
    options: dict[str, Any] = {"optimize": False, "exif": b""}
    for key in ("icc_profile", "transparency", "dpi", "gamma"):
        if key in image.info:
            options[key] = image.info[key]
    upright.save(out, "PNG", **options)
    return out.getvalue()


def without_metadata(blob: bytes) -> bytes:
    """The image without camera metadata; the same bytes when there is none to drop, or
    when Pillow cannot read it (the codec then judges the file as it always did)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(blob)) as image:
            if not _needs_rewrite(image):
                return blob
            cleaned = _rewrite_png(image) if image.format == "PNG" else _rewrite_jpeg(image)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return blob
    # A result Pillow cannot open again would lose the photo: keep what was given.
    try:
        with Image.open(io.BytesIO(cleaned)) as check:
            check.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return blob
    return cleaned


IMAGE_MIMES = {"JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png"}


class NotAnImage(ValueError):
    """The bytes are not a JPEG or PNG image."""


def media_from_image(blob: bytes) -> dict[str, Any]:
    """A media object of the person JSON from the bytes of a JPEG or PNG file (the format
    read from the content, not the name), without camera metadata."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(blob)) as image:
            mime = IMAGE_MIMES.get(str(image.format))
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise NotAnImage from exc
    if mime is None:
        raise NotAnImage
    return {"mime": mime, "data_base64": base64.b64encode(without_metadata(blob)).decode("ascii")}


def strip_media(media: dict[str, Any]) -> dict[str, Any]:
    """A media object of the person JSON with its image stripped (digest recomputed)."""
    encoded = media.get("data_base64")
    if not isinstance(encoded, str):
        return media
    try:
        blob = base64.b64decode(encoded, validate=True)
    except ValueError:
        return media  # the codec names the bad base64
    cleaned = without_metadata(blob)
    if cleaned is blob:
        return media
    out = dict(media)
    out["data_base64"] = base64.b64encode(cleaned).decode("ascii")
    if "sha256" in out:
        out["sha256"] = hashlib.sha256(cleaned).hexdigest()
    return out


def strip_new_media(raw: Any, stored_digests: frozenset[str] = frozenset()) -> Any:
    """Person JSON whose photos and fingerprint card entered now are stripped; media already
    in the vault (their digest in ``stored_digests``) are left as stored."""
    if not isinstance(raw, dict):
        return raw

    def fresh(media: Any) -> Any:
        if not isinstance(media, dict) or media.get("sha256") in stored_digests:
            return media
        return strip_media(media)

    out = dict(raw)
    if isinstance(raw.get("photos"), list):
        out["photos"] = [fresh(m) for m in raw["photos"]]
    if raw.get("fingerprint_card") is not None:
        out["fingerprint_card"] = fresh(raw["fingerprint_card"])
    return out
