"""The store facade: one object that owns the database and the per-table stores.

Handlers and workers receive a `Store` (through the Dispatcher's workflow data), never a raw
connection, so every write goes through the transaction discipline in `storage.db`.
"""

from __future__ import annotations

from pathlib import Path

from storage.articles import ArticleStore
from storage.db import Database


class Store:
    """Everything persistent the bot has: articles (and, as features land, more tables)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.articles = ArticleStore(db)

    @classmethod
    async def open(cls, path: Path | str) -> Store:
        return cls(await Database.open(path))

    async def close(self) -> None:
        await self.db.close()
