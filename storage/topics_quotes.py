"""Who said what across the archive: every attributed quotation, findable by its speaker.

A speaker is matched by the stems of their name, so «Лаврова», «Лаврову» and «Сергей Лавров»
all find «Сергей Лавров», and a surname alone is enough. `/quotes Лавров СНВ` means: the
longest leading part of the words that names someone quoted in the archive (up to three
words) is the speaker, the rest are words every returned quotation must contain.

Written by an ArticleStore save hook inside the article's transaction (like the search index),
so a quotation is findable exactly when its article is stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import aiosqlite

from storage.articles import ArticleStore
from storage.db import Database, in_one_hop
from storage.models import Article
from storage.stemming import Stemmer

MAX_NAME_TERMS = 3
MAX_QUERY_CHARS = 200
MAX_WORD_TERMS = 6

Hook = Callable[[aiosqlite.Connection, Article], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Quotation:
    id: int
    article_id: int
    speaker: str
    text: str
    sort_at: str


@dataclass(frozen=True, slots=True)
class WhoSaidQuery:
    """Stems of the speaker's name, and stems every quotation must contain."""

    name: tuple[str, ...]
    words: tuple[str, ...] = ()


class QuotationIndex:
    def __init__(self, db: Database, stemmer: Stemmer | None = None) -> None:
        self._db = db
        self._stemmer = stemmer or Stemmer()

    # --- writing -------------------------------------------------------------------------------

    async def on_save(self, conn: aiosqlite.Connection, article: Article) -> None:
        """ArticleStore save hook: replace the article's quotations inside its transaction."""
        quotations: list[tuple[object, ...]] = []
        speakers: list[tuple[object, ...]] = []
        for position, quote in enumerate(article.quotes):
            name = " ".join((quote.speaker or "").split())
            names = sorted(set(self._stemmer.terms(name)))
            if not names or not quote.text.strip():
                continue
            words = " " + " ".join(self._stemmer.terms(quote.text)) + " "
            quotations.append((position, name, quote.text, words))
            speakers.extend((term, position) for term in names)
        await in_one_hop(conn, lambda raw: _replace(raw, article.id, quotations, speakers))

    async def index_backlog(
        self, articles: ArticleStore, hooks: Sequence[Hook], batch: int = 200
    ) -> int:
        """Run `hooks` for articles stored before these indexes existed (once, at start)."""
        rows = await self._db.fetchall("SELECT article_id FROM derived_backlog ORDER BY 1")
        ids = [int(row[0]) for row in rows]
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            found = await articles.get_many(chunk)
            async with self._db.transaction() as conn:
                for article in found.values():
                    for hook in hooks:
                        await hook(conn, article)
                await conn.executemany(
                    "DELETE FROM derived_backlog WHERE article_id = ?", [(i,) for i in chunk]
                )
        return len(ids)

    # --- querying ------------------------------------------------------------------------------

    def terms(self, text: str) -> tuple[str, ...]:
        """The distinct stems of `text`, in the order typed."""
        return tuple(dict.fromkeys(self._stemmer.terms(text[:MAX_QUERY_CHARS])))

    async def parse(self, text: str) -> WhoSaidQuery | None:
        """Split a reader's «Лавров СНВ» into a quoted speaker and words; None: nobody."""
        terms = self.terms(text)
        for size in range(min(MAX_NAME_TERMS, len(terms)), 0, -1):
            query = WhoSaidQuery(terms[:size], terms[size:][:MAX_WORD_TERMS])
            if await self._exists(query.name):
                return query
        return None

    async def _exists(self, name: Sequence[str]) -> bool:
        sql, params = _by_name(WhoSaidQuery(tuple(name)))
        row = await self._db.fetchone(f"SELECT 1 FROM {sql} LIMIT 1", params)
        return row is not None

    async def quotations(
        self, query: WhoSaidQuery, *, offset: int = 0, limit: int = 10
    ) -> list[Quotation]:
        """The speaker's quotations (containing every word), newest first."""
        if not query.name:
            return []
        sql, params = _by_name(query)
        rows = await self._db.fetchall(
            "SELECT q.id, q.article_id, q.speaker, q.text, q.sort_at "
            f"FROM {sql} ORDER BY s.sort_at DESC, s.quotation_id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [Quotation(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]


def _replace(
    conn: sqlite3.Connection,
    article_id: int,
    quotations: list[tuple[object, ...]],
    speakers: list[tuple[object, ...]],
) -> None:
    """An article's quotations and their speakers' stems in place of the stored ones (run on
    the writer's thread: `in_one_hop`). The stems are made before, on the caller's thread."""
    conn.execute(
        "DELETE FROM quotation_speakers WHERE quotation_id IN "
        "(SELECT id FROM quotations WHERE article_id = ?)",
        (article_id,),
    )
    conn.execute("DELETE FROM quotations WHERE article_id = ?", (article_id,))
    rows = conn.execute("SELECT sort_at FROM articles WHERE id = ?", (article_id,)).fetchall()
    sort_at = str(rows[0][0]) if rows else ""
    # (article_id, position) is unique, so the speakers find their row.
    conn.executemany(
        "INSERT INTO quotations (article_id, position, speaker, text, words, sort_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, *row, sort_at) for row in quotations],
    )
    conn.executemany(
        "INSERT INTO quotation_speakers (term, sort_at, quotation_id) "
        "SELECT ?, ?, id FROM quotations WHERE article_id = ? AND position = ?",
        [(term, sort_at, article_id, position) for term, position in speakers],
    )


def _by_name(query: WhoSaidQuery) -> tuple[str, tuple[object, ...]]:
    """FROM/WHERE over quotations by the first name stem (an index range, newest first), the
    other name stems and the words as filters."""
    first, *others = query.name
    sql = (
        "quotation_speakers s JOIN quotations q ON q.id = s.quotation_id WHERE s.term = ?"
        + "".join(
            " AND EXISTS (SELECT 1 FROM quotation_speakers o "
            "WHERE o.quotation_id = s.quotation_id AND o.term = ?)"
            for _ in others
        )
        + "".join(" AND instr(q.words, ?) > 0" for _ in query.words)
    )
    params = (first, *others, *(f" {word} " for word in query.words))
    return sql, params
