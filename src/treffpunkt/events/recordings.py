"""Recordings of events on video platforms: where they are, and how to embed them.

A recording is external content: showing it sends the visitor's IP address to the
provider. The page loads nothing from there until the visitor asks for it; then YouTube
videos play from youtube-nocookie.com and Vimeo videos with "do not track". Recordings
elsewhere are only linked.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com",
                 "www.youtube-nocookie.com"}  # fmt: skip
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_PATHS = re.compile(r"^/(?:embed|live|shorts|v)/([^/]+)")
YOUTUBE_EMBED = "https://www.youtube-nocookie.com/embed/{id}"

VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
VIMEO_PATH = re.compile(
    r"^/(?:video/|channels/[^/]+/|groups/[^/]+/videos/|showcase/[^/]+/video/)?"
    r"(\d+)(?:/([0-9a-f]+))?/?$"
)
VIMEO_EMBED = "https://player.vimeo.com/video/{id}"


@dataclass(frozen=True)
class Recording:
    url: str  # as the organisers entered it: the link without JavaScript
    host: str  # where the browser connects when the recording is shown
    provider: str  # "YouTube", "Vimeo", or "" when only linked
    embed_url: str = ""

    @property
    def embed_origin(self) -> str:
        """The origin the page must allow frames from ("" when nothing is embedded)."""
        if not self.embed_url:
            return ""
        parts = urlsplit(self.embed_url)
        return f"{parts.scheme}://{parts.netloc}"


def _youtube_id(parts) -> str:
    host = (parts.hostname or "").lower()
    if host == "youtu.be":
        candidate = parts.path.strip("/").split("/")[0]
    elif host in YOUTUBE_HOSTS:
        match = YOUTUBE_PATHS.match(parts.path)
        if match:
            candidate = match.group(1)
        elif parts.path.rstrip("/") == "/watch":
            candidate = parse_qs(parts.query).get("v", [""])[0]
        else:
            return ""
    else:
        return ""
    return candidate if YOUTUBE_ID.match(candidate) else ""


def _vimeo_embed(parts) -> str:
    if (parts.hostname or "").lower() not in VIMEO_HOSTS:
        return ""
    match = VIMEO_PATH.match(parts.path)
    if not match:
        return ""
    video_id, unlisted_hash = match.groups()
    unlisted_hash = unlisted_hash or parse_qs(parts.query).get("h", [""])[0]
    query = [("h", unlisted_hash)] if re.fullmatch(r"[0-9a-f]+", unlisted_hash) else []
    return VIMEO_EMBED.format(id=video_id) + "?" + urlencode([*query, ("dnt", "1")])


def recording_for(url: str) -> Recording | None:
    """What the event page needs to offer the recording at `url` (None without one)."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if video_id := _youtube_id(parts):
        embed = YOUTUBE_EMBED.format(id=video_id)
        return Recording(
            url=url, host=urlsplit(embed).hostname, provider="YouTube", embed_url=embed
        )
    if embed := _vimeo_embed(parts):
        return Recording(url=url, host=urlsplit(embed).hostname, provider="Vimeo", embed_url=embed)
    return Recording(url=url, host=(parts.hostname or "").lower(), provider="")
