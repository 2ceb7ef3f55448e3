"""RSS 2.0 / Atom parsing with feedparser, always on bytes the bot fetched itself.

Why bytes only: `feedparser.parse` fetches anything that looks like a URL, with its own
client, no size cap and no timeout. Passing the fetched body keeps every network access in
`fetch.py`, under the bot's limits.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from bot.errors import BadUrlError, FeedParseError
from bot.ingest.canonical import canonical_url
from bot.ingest.text import fragment_paragraphs

log = logging.getLogger(__name__)

MAX_FEED_ITEMS = 200


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One feed entry, as the feed tells it; the page, when it loads, tells more and wins."""

    key: str
    link: str
    title: str
    published: datetime | None
    updated: datetime | None
    summary: str
    content: str
    image_url: str | None

    def fingerprint(self) -> str:
        """Changes when the entry changes: the poller then looks at the page again."""
        blob = json.dumps(
            [self.title, self.summary, self.content, _iso(self.updated), _iso(self.published)],
            ensure_ascii=False,
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def sort_time(self) -> float:
        when = self.published or self.updated
        return when.timestamp() if when else float("-inf")

    def to_json(self) -> str:
        data = asdict(self)
        data["published"] = _iso(self.published)
        data["updated"] = _iso(self.updated)
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> FeedItem:
        data = json.loads(text)
        data["published"] = _parse_iso(data.get("published"))
        data["updated"] = _parse_iso(data.get("updated"))
        return cls(**data)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _when(entry: Any, name: str) -> datetime | None:
    # dict.get: FeedParserDict.get maps a missing updated_parsed to published_parsed, with a
    # DeprecationWarning; the raw keys say exactly what the entry carries.
    parsed: time.struct_time | None = dict.get(entry, f"{name}_parsed")
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _content(entry: Any) -> str:
    """The full text when the feed carries one (content:encoded, yandex:full-text)."""
    parts = [c.get("value", "") for c in entry.get("content", []) if isinstance(c, dict)]
    full = entry.get("yandex_full-text") or entry.get("yandex_full_text")
    if full:
        parts.append(str(full))
    best = max(parts, key=len, default="")
    return "\n".join(fragment_paragraphs(best))


def _image(entry: Any) -> str | None:
    for link in entry.get("links", []):
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/"):
            return str(link.get("href")) or None
    for media in entry.get("media_content", []):
        if str(media.get("medium", "image")) == "image" and media.get("url"):
            return str(media["url"])
    return None


def parse_feed(body: bytes, *, base_url: str, content_type: str | None = None) -> list[FeedItem]:
    """Entries with a usable link, newest first, at most MAX_FEED_ITEMS of them.

    Raises FeedParseError when the body is not a feed. A feed that is malformed past some
    complete entries (truncated download) still yields those entries, with a warning.
    """
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(
        body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        raw_link = entry.get("link") or ""
        if not raw_link:
            continue
        try:
            key = canonical_url(str(raw_link), base_url)
        except BadUrlError:
            continue
        if key in seen:
            continue
        seen.add(key)
        items.append(
            FeedItem(
                key=key,
                link=urljoin(base_url, str(raw_link).strip()),
                title=_text(entry.get("title")),
                published=_when(entry, "published") or _when(entry, "updated"),
                updated=_when(entry, "updated"),
                summary="\n".join(fragment_paragraphs(str(entry.get("summary") or ""))),
                content=_content(entry),
                image_url=_image(entry),
            )
        )
    if parsed.get("bozo") and not items:
        problem = parsed.get("bozo_exception")
        raise FeedParseError(f"{base_url}: malformed feed ({_text(problem)[:120] or 'unreadable'})")
    if not items and not parsed.get("version"):
        raise FeedParseError(f"{base_url}: not an RSS or Atom feed")
    if parsed.get("bozo"):
        log.warning("feed %s is malformed; using its %d readable entries", base_url, len(items))
    if len(items) > MAX_FEED_ITEMS:
        log.warning(
            "feed %s has %d entries; reading the newest %d", base_url, len(items), MAX_FEED_ITEMS
        )
    items.sort(key=FeedItem.sort_time, reverse=True)
    return items[:MAX_FEED_ITEMS]
