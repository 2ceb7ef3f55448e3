"""Full-text search over articles: an FTS5 index kept in step with the articles table.

Writing: `SearchIndex.on_save` is registered as an ArticleStore save hook, so an article's index
row is written in the same transaction as the article — a stored article is always findable and
a rolled-back one never is. `index_missing` fills the index for rows stored before it existed.

Querying: the reader's text goes through the same `Stemmer` as the documents. Only the stems
reach FTS5, each one quoted, so operators typed by a reader (`"`, `*`, `NEAR(`, `OR`, `-`, `:`)
are plain words or separators, never syntax. All terms must match; when that finds nothing and
there are several terms, any term may match.

Ranking, bounded: bm25 must score every matching row, and a word like «россия» matches most of
the archive (bench/search.py, 100,000 articles: 55 ms at the median, against 2.3 ms bounded).
So bm25 ranks only the newest `candidate_cap` matches: a subquery walks the match list from the
highest rowid (FTS5 does this without scoring) to find the cap-th newest match, and the ranked
query is limited to rowids at or above it. Trade-off: for a query matching more than
`candidate_cap` articles, an older article can never outrank the newest ones however well it
fits; for a news archive the recent relevant item is the one readers want. Rare queries (fewer
matches than the cap) are ranked over all their matches. Article ids grow with ingestion, so
"highest rowid" means "stored most recently".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import aiosqlite

from storage.articles import ArticleStore
from storage.db import Database, in_one_hop
from storage.models import Article, Quote
from storage.stemming import Stemmer

MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 8
DEFAULT_CANDIDATE_CAP = 1000

# Parameters: expression, expression, cap - 1, limit.
_RANKED = (
    "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= coalesce(("
    "SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
    "ORDER BY rowid DESC LIMIT 1 OFFSET ?), 0) "
    "ORDER BY rank, rowid DESC LIMIT ?"
)
_DELETE = "DELETE FROM search_fts WHERE rowid = ?"
_INSERT = "INSERT INTO search_fts (rowid, title, body, quotes) VALUES (?, ?, ?, ?)"


@dataclass(frozen=True, slots=True)
class SearchHits:
    """What a search found: article ids, best first, and the terms actually searched for.

    `terms` is empty when the query had nothing searchable (only punctuation or stop words):
    the caller should then explain what to type rather than say "nothing found".
    """

    ids: tuple[int, ...]
    terms: tuple[str, ...]

    @property
    def searchable(self) -> bool:
        return bool(self.terms)


class SearchIndex:
    """The FTS5 index of the `search_fts` table (created by migration 0003)."""

    def __init__(
        self,
        db: Database,
        *,
        stemmer: Stemmer | None = None,
        candidate_cap: int = DEFAULT_CANDIDATE_CAP,
    ) -> None:
        self._db = db
        self._stemmer = stemmer or Stemmer()
        self._cap = candidate_cap

    # --- writing ---------------------------------------------------------------------------

    def document(
        self, title: str, paragraphs: Sequence[str], quotes: Iterable[Quote]
    ) -> tuple[str, str, str]:
        """The stemmed (title, body, quotes) columns of one article."""
        quoted = " ".join(f"{q.text} {q.speaker or ''}" for q in quotes)
        return (
            " ".join(self._stemmer.terms(title)),
            " ".join(self._stemmer.terms("\n".join(paragraphs))),
            " ".join(self._stemmer.terms(quoted)),
        )

    async def on_save(self, conn: aiosqlite.Connection, article: Article) -> None:
        """ArticleStore save hook: replace the article's index row inside its transaction."""
        row = (article.id, *self.document(article.title, article.paragraphs, article.quotes))
        await in_one_hop(conn, lambda raw: _replace(raw, row))

    async def index_missing(self, articles: ArticleStore, batch: int = 500) -> int:
        """Index articles that have no index row yet (stored before migration 0003)."""
        rows = await self._db.fetchall(
            "SELECT id FROM articles WHERE id NOT IN (SELECT rowid FROM search_fts) ORDER BY id"
        )
        ids = [int(row[0]) for row in rows]
        for start in range(0, len(ids), batch):
            found = await articles.get_many(ids[start : start + batch])
            async with self._db.transaction() as conn:
                for article in found.values():
                    await self.on_save(conn, article)
        return len(ids)

    # --- querying --------------------------------------------------------------------------

    def query_terms(self, text: str) -> tuple[str, ...]:
        """The distinct stems of a reader's query, capped in length and number."""
        unique = dict.fromkeys(self._stemmer.terms(text[:MAX_QUERY_CHARS]))
        return tuple(unique)[:MAX_QUERY_TERMS]

    async def search(self, text: str, limit: int = 5) -> SearchHits:
        """Best `limit` article ids for a reader's free text (see the module doc for ranking)."""
        terms = self.query_terms(text)
        if not terms:
            return SearchHits((), ())
        ids = await self._ranked(" AND ".join(_quote(t) for t in terms), limit)
        if not ids and len(terms) > 1:
            ids = await self._ranked(" OR ".join(_quote(t) for t in terms), limit)
        return SearchHits(tuple(ids), terms)

    async def _ranked(self, expression: str, limit: int) -> list[int]:
        rows = await self._db.fetchall(_RANKED, (expression, expression, self._cap - 1, limit))
        return [int(row[0]) for row in rows]


def _replace(conn: sqlite3.Connection, row: tuple[object, ...]) -> None:
    """The article's index row in place of the stored one, on the writer's thread
    (`in_one_hop`: two statements, one thread hop); the stems are made before, on the caller's."""
    conn.execute(_DELETE, row[:1])
    conn.execute(_INSERT, row)


def _quote(term: str) -> str:
    """An FTS5 string literal: whatever `term` holds, it is matched as one plain token."""
    return '"' + term.replace('"', '""') + '"'
