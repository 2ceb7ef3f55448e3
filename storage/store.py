"""The store facade: one object that owns the database and the per-table stores.

Handlers and workers receive a `Store` (through the Dispatcher's workflow data), never a raw
connection, so every write goes through the transaction discipline in `storage.db`.
"""

from __future__ import annotations

from pathlib import Path

from storage.articles import ArticleStore
from storage.backfill import BackfillStore
from storage.db import Database
from storage.editorial import EditorialStore
from storage.feed_state import FeedStateStore
from storage.outbox import OutboxStore
from storage.search import SearchIndex
from storage.stemming import Stemmer
from storage.subscribers import SubscriberStore
from storage.topics import TopicStore
from storage.topics_digest import DigestStore
from storage.topics_quotes import QuotationIndex
from storage.topics_related import RelatedIndex


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
        stemmer = Stemmer()  # one stem cache for the derived indexes and topic matching
        self.topics = TopicStore(db, stemmer)
        self.digests = DigestStore(db)
        self.backfill = BackfillStore(db)
        # Who said what and related reading: derived in the article's transaction too.
        self.quotations = QuotationIndex(db, stemmer)
        self.related = RelatedIndex(db, stemmer)
        self.articles.add_save_hook(self.quotations.on_save)
        self.articles.add_save_hook(self.related.on_save)
        self.editorial = EditorialStore(db)  # the editor's desk: schedule, who did what

    @classmethod
    async def open(cls, path: Path | str) -> Store:
        store = cls(await Database.open(path))
        try:
            await store.search.index_missing(store.articles)
            await store.quotations.index_backlog(
                store.articles, (store.quotations.on_save, store.related.on_save)
            )
        except BaseException:
            await store.close()
            raise
        return store

    async def close(self) -> None:
        await self.db.close()
