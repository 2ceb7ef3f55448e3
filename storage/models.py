"""Plain records the store reads and writes. No Telegram here: `bot/` renders these.

`ArticleDraft` is what ingest hands to the store (the analysis already done); `Article` is a
stored row. Both are frozen so a cached rendering can never drift from what it was made of.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

# SQLite integers are signed 64-bit: no row id (article, outbox row) can be larger.
MAX_ROW_ID = 2**63 - 1


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: its text as written, who said it (None when unknown), where it starts."""

    text: str
    speaker: str | None
    paragraph: int


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An analysed item, ready to store. `url` is canonical (or None when unknown)."""

    title: str
    paragraphs: tuple[str, ...]
    summary: str
    quotes: tuple[Quote, ...] = ()
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    url: str | None = None
    published_at: datetime | None = None
    rubric: str | None = None
    author: str | None = None
    image_url: str | None = None

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    def dedupe_key(self) -> str:
        """The canonical URL when known, else a hash of the cleaned text: one row per item."""
        if self.url:
            return "url:" + self.url
        return "text:" + hashlib.sha256(self.body.encode("utf-8")).hexdigest()

    def content_hash(self) -> str:
        """Changes whenever anything a reader sees changes; drives edits of posted articles."""
        blob = json.dumps(
            [
                self.title,
                list(self.paragraphs),
                self.summary,
                [[q.text, q.speaker, q.paragraph] for q in self.quotes],
                list(self.sources),
                list(self.tags),
                self.published_at.isoformat() if self.published_at else None,
                self.rubric,
                self.author,
                self.image_url,
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Edits:
    """What an editor changed about how an article is posted (None / False: the site's own).

    The article read back already shows these (its `title`, `summary`, `tags`, `image_url`
    are the editor's where set); `Edits` says which were set, and by whom last."""

    title: str | None = None
    lead: str | None = None
    tags: tuple[str, ...] | None = None
    no_photo: bool = False
    silent: bool = False
    by: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A stored article. `revision` grows by one each time its content (or an edit) changes.

    `title`, `summary`, `tags` and `image_url` are what readers see: the editor's version where
    `edits` has one, else the site's."""

    id: int
    title: str
    paragraphs: tuple[str, ...]
    summary: str
    quotes: tuple[Quote, ...]
    sources: tuple[str, ...]
    tags: tuple[str, ...]
    url: str | None
    published_at: datetime | None
    rubric: str | None
    author: str | None
    image_url: str | None
    content_hash: str
    revision: int
    created_at: datetime
    updated_at: datetime
    edits: Edits = field(default_factory=Edits)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class UpsertResult:
    """What `ArticleStore.upsert` did: created a row, changed one, or found it unchanged."""

    article: Article
    created: bool
    changed: bool
    previous_revision: int | None = field(default=None)
