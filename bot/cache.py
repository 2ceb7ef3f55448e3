"""The reader hot path's cache: articles by id, the latest id, and finished renderings.

Why: every aiosqlite call costs a thread hop (~100 µs) and rendering costs more; a reader's
/summary should cost a dict look-up. Renderings are keyed by (article id, revision, language,
part), so a changed article can never be shown from a stale rendering. Articles and the latest
id are dropped when the store saves an article (a save hook) and also expire after a short
TTL, which covers writes made by another process (e.g. `python -m bot ingest`).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, TypeVar

import aiosqlite

from bot.callbacks import Part
from bot.clock import Clock, SystemClock
from bot.render.card import render_card
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.render.parts import render_latest, render_quotes, render_source, render_summary
from bot.texts import Lang
from storage import Store
from storage.models import Article

RenderKey = tuple[int, int, Lang, Part]


K = TypeVar("K")
V = TypeVar("V")


class _Lru(Generic[K, V]):
    """A small LRU map (OrderedDict); entries carry the time they were stored."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._data: OrderedDict[K, tuple[float, V]] = OrderedDict()

    def get(self, key: K, *, not_before: float = float("-inf")) -> V | None:
        entry = self._data.get(key)
        if entry is None or entry[0] < not_before:
            return None
        self._data.move_to_end(key)
        return entry[1]

    def put(self, key: K, value: V, stamp: float = 0.0) -> None:
        self._data[key] = (stamp, value)
        self._data.move_to_end(key)
        if len(self._data) > self._size:
            self._data.popitem(last=False)

    def pop(self, key: K) -> None:
        self._data.pop(key, None)

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


class RenderCache:
    """Articles and their renderings for readers' commands; one per Dispatcher."""

    def __init__(
        self,
        store: Store,
        links: Links,
        *,
        size: int = 4096,
        ttl: float = 30.0,
        clock: Clock | None = None,
    ) -> None:
        self._store = store
        self.links = links
        self._ttl = ttl
        self._clock = clock or SystemClock()
        self._articles: _Lru[int, Article] = _Lru(size)
        self._renders: _Lru[RenderKey, tuple[RenderedMessage, ...]] = _Lru(size * 2)
        self._kwargs: _Lru[RenderKey, tuple[dict[str, Any], ...]] = _Lru(size * 2)
        self._latest: tuple[float, int, list[Article]] | None = None  # (stamp, limit, rows)
        store.articles.add_save_hook(self._on_save)

    async def _on_save(self, conn: aiosqlite.Connection, article: Article) -> None:
        self.invalidate(article.id)

    def invalidate(self, article_id: int | None = None) -> None:
        """Forget an article (or everything) and the latest list."""
        if article_id is None:
            self._articles.clear()
        else:
            self._articles.pop(article_id)
        self._latest = None

    async def article(self, article_id: int) -> Article | None:
        now = self._clock.now()
        cached = self._articles.get(article_id, not_before=now - self._ttl)
        if cached is not None:
            return cached
        article = await self._store.articles.get(article_id)
        if article is not None:
            self._articles.put(article_id, article, now)
        return article

    async def latest(self, limit: int = 5) -> list[Article]:
        now = self._clock.now()
        cached = self._latest
        if cached is not None and cached[0] >= now - self._ttl and cached[1] >= limit:
            return cached[2][:limit]
        fetched = max(limit, 5)
        articles = await self._store.articles.latest(fetched)
        self._latest = (now, fetched, articles)
        for article in articles:
            self._articles.put(article.id, article, now)
        return articles[:limit]

    async def latest_article(self) -> Article | None:
        articles = await self.latest(1)
        return articles[0] if articles else None

    def render(self, article: Article, part: Part, lang: Lang) -> tuple[RenderedMessage, ...]:
        key = (article.id, article.revision, lang, part)
        cached = self._renders.get(key)
        if cached is None:
            cached = render_part(article, part, lang, self.links)
            self._renders.put(key, cached)
        return cached

    def send_kwargs(self, article: Article, part: Part, lang: Lang) -> tuple[dict[str, Any], ...]:
        """Ready `send_message` kwargs for the part (built once: no per-request pydantic work).
        Shared between requests: callers must pass them on (`**kwargs`), never mutate them."""
        key = (article.id, article.revision, lang, part)
        cached = self._kwargs.get(key)
        if cached is None:
            cached = tuple(m.send_kwargs() for m in self.render(article, part, lang))
            self._kwargs.put(key, cached)
        return cached

    def render_latest(self, articles: list[Article], lang: Lang) -> RenderedMessage:
        return render_latest(articles, lang)


def render_part(
    article: Article, part: Part, lang: Lang, links: Links
) -> tuple[RenderedMessage, ...]:
    if part is Part.CARD:
        return (render_card(article, links, lang),)
    if part is Part.SUMMARY:
        return (render_summary(article, links, lang),)
    if part is Part.QUOTES:
        return render_quotes(article, links, lang)
    return (render_source(article, links, lang),)
