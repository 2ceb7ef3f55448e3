"""The store facade: one object that owns the database and the per-table stores.

Handlers and workers receive a `Store` (through the Dispatcher's workflow data), never a raw
connection, so every write goes through the transaction discipline in `storage.db`.
"""

from __future__ import annotations

from pathlib import Path

from storage.articles import ArticleStore
from storage.db import Database
from storage.feed_state import FeedStateStore
from storage.outbox import OutboxStore
from storage.search import SearchIndex
from storage.subscribers import SubscriberStore
from storage.topics import TopicStore
from storage.topics_digest import DigestStore


class Store:
    """Everything persistent the bot has: articles and their search index, feed state, the
    outbox and subscribers."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.articles = ArticleStore(db)
        # The index row is written in the article's own transaction (see storage.search).
        self.search = SearchIndex(db)
        self.articles.add_save_hook(self.search.on_save)
        self.feed = FeedStateStore(db)
        self.outbox = OutboxStore(db)
        self.subscribers = SubscriberStore(db)
        self.topics = TopicStore(db)
        self.digests = DigestStore(db)

    @classmethod
    async def open(cls, path: Path | str) -> Store:
        store = cls(await Database.open(path))
        try:
            await store.search.index_missing(store.articles)
        except BaseException:
            await store.close()
            raise
        return store

    async def close(self) -> None:
        await self.db.close()
