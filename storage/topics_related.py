"""Related reading: other articles sharing an article's people and tags, best first.

An article's keys are its speakers (by surname stem: «Сергей Лавров» and «Лавров» are one
person) and its tags. Two articles are as related as the number of keys they share; ties go to
the newer article. Written by an ArticleStore save hook inside the article's transaction.
"""

from __future__ import annotations

import sqlite3

import aiosqlite

from storage.db import Database, in_one_hop
from storage.models import Article
from storage.stemming import Stemmer

MAX_KEYS = 30  # an article naming dozens of people is a digest; its first keys say enough


class RelatedIndex:
    def __init__(self, db: Database, stemmer: Stemmer | None = None) -> None:
        self._db = db
        self._stemmer = stemmer or Stemmer()

    def keys(self, article: Article) -> list[str]:
        """'s:<surname stem>' per speaker and 't:<tag stems>' per tag, distinct, in order."""
        found: dict[str, None] = {}
        for quote in article.quotes:
            terms = self._stemmer.terms(quote.speaker or "")
            if terms:
                found["s:" + terms[-1]] = None
        for tag in article.tags:
            terms = self._stemmer.terms(tag)
            if terms:
                found["t:" + " ".join(terms)] = None
        return list(found)[:MAX_KEYS]

    async def on_save(self, conn: aiosqlite.Connection, article: Article) -> None:
        rows = [(key, article.id) for key in self.keys(article)]  # stems on this thread
        await in_one_hop(conn, lambda raw: _replace(raw, article.id, rows))

    async def related(self, article_id: int, limit: int = 5) -> list[int]:
        """Ids of up to `limit` other articles sharing the most keys with `article_id`."""
        rows = await self._db.fetchall(
            "SELECT other.article_id FROM article_keys mine JOIN article_keys other "
            "ON other.key = mine.key AND other.article_id != mine.article_id "
            "WHERE mine.article_id = ? GROUP BY other.article_id "
            "ORDER BY count(*) DESC, other.article_id DESC LIMIT ?",
            (article_id, limit),
        )
        return [int(row[0]) for row in rows]


def _replace(conn: sqlite3.Connection, article_id: int, rows: list[tuple[str, int]]) -> None:
    """An article's keys in place of the stored ones, on the writer's thread (`in_one_hop`)."""
    conn.execute("DELETE FROM article_keys WHERE article_id = ?", (article_id,))
    conn.executemany("INSERT OR IGNORE INTO article_keys (key, article_id) VALUES (?, ?)", rows)
