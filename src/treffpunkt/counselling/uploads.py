"""Uploads are recognised by their first bytes, never by file name or the browser's word."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# (content type, test of the first bytes)
_SIGNATURES = [
    ("image/jpeg", lambda head: head.startswith(b"\xff\xd8\xff")),
    ("image/png", lambda head: head.startswith(b"\x89PNG\r\n\x1a\n")),
    ("image/webp", lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP"),
    ("application/pdf", lambda head: head.startswith(b"%PDF-")),
    ("audio/ogg", lambda head: head.startswith(b"OggS")),
    ("audio/webm", lambda head: head.startswith(b"\x1a\x45\xdf\xa3")),
    ("audio/wav", lambda head: head[:4] == b"RIFF" and head[8:12] == b"WAVE"),
    ("audio/mpeg", lambda head: head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3")),
    # MP4 containers: phones record voice messages as M4A, photos as HEIC.
    ("audio/mp4", lambda head: head[4:8] == b"ftyp" and head[8:11] in (b"M4A", b"mp4", b"iso")),
    ("image/heic", lambda head: head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1")),
]


def sniff(head: bytes) -> str | None:
    """The content type the bytes show, or None if they are nothing we accept."""
    for content_type, matches in _SIGNATURES:
        if matches(head):
            return content_type
    return None


def read_upload(upload) -> tuple[str, bytes]:
    """Content type and bytes of an uploaded file, or a ValidationError."""
    limit = settings.TREFFPUNKT_COUNSELLING_UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (at most %(size)s).") % {"size": filesizeformat(limit)}
        )
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise ValidationError(
            _("The file is too large (at most %(size)s).") % {"size": filesizeformat(limit)}
        )
    content_type = sniff(data[:16])
    if content_type is None:
        raise ValidationError(_("Please send a photo, a PDF or a voice message."))
    return content_type, data
