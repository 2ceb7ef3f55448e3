"""Topics readers follow, and which readers a new article reaches.

A topic is what a reader typed («Лавров», «Сирия», «#СНВ», «ядерное оружие») reduced to its
stems by the same `Stemmer` as search, so «Лаврова» in a title meets «Лавров» in a topic. A
topic matches an article when every one of its stems occurs in the article's title, body,
speakers or tags (order and distance do not matter).

Why an index and not a search per reader: with 100,000 readers a new article must be matched
in milliseconds. `topic_terms` maps each stem to the topics containing it, and `TopicIndex`
holds it in memory, so matching looks up the article's few hundred distinct stems and touches
only topics that share a stem with it; readers whose topics share nothing with the article
cost nothing.

Who gets an instant card (`Audience`): active readers in 'instant' delivery who follow
everything or follow a topic the article matches. One row per reader per article in the
outbox, so a reader with several matching topics, or topics and "everything", gets one card.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import aiosqlite

from storage.db import Database
from storage.models import Article
from storage.stemming import Stemmer
from storage.subscribers import DeliveryMode, SubscriberStatus
from storage.timestamps import now_iso

MAX_TOPICS = 20
MAX_TOPIC_CHARS = 64


class FollowOutcome(StrEnum):
    ADDED = "added"
    ALREADY = "already"
    TOO_LONG = "too_long"
    TOO_MANY = "too_many"
    UNMATCHABLE = "unmatchable"  # only stop words or punctuation: it could never match


@dataclass(frozen=True, slots=True)
class Topic:
    id: int
    label: str
    key: str


@dataclass(frozen=True, slots=True)
class FollowResult:
    outcome: FollowOutcome
    topic: Topic | None = None
    everything: bool = False  # the reader also follows every article


@dataclass(frozen=True, slots=True)
class Audience:
    """A condition on `subscribers` rows (SQL with its parameters) for a broadcast."""

    where: str
    params: tuple[object, ...] = ()


EVERYONE = Audience(
    f"status = '{SubscriberStatus.ACTIVE}' AND delivery = '{DeliveryMode.INSTANT}' "
    "AND everything = 1"
)


def clean_label(text: str) -> str:
    """A topic as shown back to the reader: whitespace collapsed."""
    return " ".join(text.split())


def terms_json(terms: Iterable[str]) -> str:
    return json.dumps(sorted(set(terms)), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class TopicIndex:
    """`topic_terms` in memory: stem → readers with that one-stem topic, and stem → the
    (topic, size, reader) of longer topics containing it.

    Why in memory: an article followed by half of 100,000 readers must be matched in
    milliseconds; a union of Python sets costs a fraction of a microsecond per reader, where
    SQLite's row-by-row de-duplication costs microseconds.
    """

    version: int
    single: dict[str, frozenset[int]]
    multi: dict[str, tuple[tuple[int, int, int], ...]]

    @classmethod
    def build(cls, version: int, rows: Iterable[Sequence[Any]]) -> TopicIndex:
        single: dict[str, set[int]] = {}
        multi: dict[str, list[tuple[int, int, int]]] = {}
        for term, topic_id, user_id, size in rows:
            if size == 1:
                single.setdefault(term, set()).add(int(user_id))
            else:
                multi.setdefault(term, []).append((int(topic_id), int(size), int(user_id)))
        return cls(
            version,
            {term: frozenset(users) for term, users in single.items()},
            {term: tuple(found) for term, found in multi.items()},
        )

    def match(self, terms: set[str]) -> set[int]:
        """Readers with a topic whose every stem is in `terms`."""
        readers: set[int] = set()
        readers.update(*(self.single[t] for t in terms if t in self.single))
        hits: dict[int, int] = {}
        for term in terms:
            for topic_id, size, user_id in self.multi.get(term, ()):
                hits[topic_id] = found = hits.get(topic_id, 0) + 1
                if found == size:
                    readers.add(user_id)
        return readers


class TopicStore:
    """Readers' topics, the matching index and the record of what was published when."""

    def __init__(self, db: Database, stemmer: Stemmer | None = None) -> None:
        self._db = db
        self._stemmer = stemmer or Stemmer()
        self._index: TopicIndex | None = None
        # One load at a time: a publish racing the start-up warm-up waits for it, not twice.
        self._loading = asyncio.Lock()

    # --- what things mean ----------------------------------------------------------------------

    def topic_terms(self, label: str) -> tuple[str, ...]:
        """The distinct stems of a topic, sorted (its identity: «Лаврова» is «Лавров»)."""
        return tuple(sorted(set(self._stemmer.terms(label))))

    def article_terms(self, article: Article) -> frozenset[str]:
        """Every stem a topic can meet in the article: title, body, speakers and tags."""
        speakers = " ".join(q.speaker or "" for q in article.quotes)
        text = "\n".join((article.title, article.body, speakers, " ".join(article.tags)))
        return frozenset(self._stemmer.terms(text))

    async def audience(self, terms: Iterable[str]) -> Audience:
        """Instant readers who follow everything or a topic found among `terms`."""
        matched = sorted(await self.matching_readers(terms))
        # Driven by the IN list (readers following everything, by a partial index, and the
        # matching ones); the `+` keeps SQLite from scanning every instant reader instead.
        return Audience(
            "user_id IN (SELECT user_id FROM subscribers WHERE everything = 1 "
            f"UNION SELECT value FROM json_each(?)) AND +status = '{SubscriberStatus.ACTIVE}' "
            f"AND +delivery = '{DeliveryMode.INSTANT}'",
            (json.dumps(matched),),
        )

    async def matching_readers(self, terms: Iterable[str]) -> set[int]:
        """Every reader (whatever their status) with a topic found among `terms`."""
        index = await self._current_index()
        return index.match(set(terms))

    async def warm(self) -> None:
        """Load the index now (the bot does at start), so the first article published after
        a restart does not wait for it."""
        await self._current_index()

    async def _current_index(self) -> TopicIndex:
        """The in-memory index, reloaded when any process changed `topic_terms` (a version
        bumped by triggers, migration 0009). A change racing the load only causes one more
        reload later: the version is read before the rows."""
        async with self._loading:
            version = int(await self._db.scalar("SELECT version FROM topic_index_version"))
            if self._index is None or self._index.version != version:
                rows = await self._db.fetchall(
                    "SELECT term, topic_id, user_id, size FROM topic_terms"
                )
                # Building 300,000 entries takes a moment: off the event loop, so readers
                # wait not.
                self._index = await asyncio.to_thread(TopicIndex.build, version, rows)
            return self._index

    # --- a reader's topics -----------------------------------------------------------------------

    async def topics(self, user_id: int) -> list[Topic]:
        rows = await self._db.fetchall(
            "SELECT id, label, key FROM reader_topics WHERE user_id = ? ORDER BY id", (user_id,)
        )
        return [Topic(int(r["id"]), r["label"], r["key"]) for r in rows]

    async def follow(self, user_id: int, text: str, language: str) -> FollowResult:
        """Add a topic (and make the reader active); explains why when it cannot be added."""
        label = clean_label(text)
        if len(label) > MAX_TOPIC_CHARS:
            return FollowResult(FollowOutcome.TOO_LONG)
        terms = self.topic_terms(label)
        if not terms:
            return FollowResult(FollowOutcome.UNMATCHABLE)
        key = " ".join(terms)
        async with self._db.transaction() as conn:
            everything = await _activate(conn, user_id, language)
            rows = list(
                await conn.execute_fetchall(
                    "SELECT id, label, key FROM reader_topics WHERE user_id = ? AND key = ?",
                    (user_id, key),
                )
            )
            if rows:
                found = Topic(int(rows[0]["id"]), rows[0]["label"], key)
                return FollowResult(FollowOutcome.ALREADY, found, everything)
            count = await _count(conn, user_id)
            if count >= MAX_TOPICS:
                return FollowResult(FollowOutcome.TOO_MANY, None, everything)
            cursor = await conn.execute(
                "INSERT INTO reader_topics (user_id, key, label, created_at) VALUES (?, ?, ?, ?)",
                (user_id, key, label, now_iso()),
            )
            assert cursor.lastrowid is not None
            topic = Topic(cursor.lastrowid, label, key)
            await conn.executemany(
                "INSERT INTO topic_terms (term, topic_id, user_id, size) VALUES (?, ?, ?, ?)",
                [(term, topic.id, user_id, len(terms)) for term in terms],
            )
        return FollowResult(FollowOutcome.ADDED, topic, everything)

    async def find(self, user_id: int, text: str) -> Topic | None:
        """The reader's topic that `text` names (by meaning: «Сирии» finds «Сирия»)."""
        key = " ".join(self.topic_terms(clean_label(text)))
        row = await self._db.fetchone(
            "SELECT id, label, key FROM reader_topics WHERE user_id = ? AND key = ?",
            (user_id, key),
        )
        return Topic(int(row["id"]), row["label"], row["key"]) if row is not None else None

    async def drop(self, user_id: int, topic_id: int) -> Topic | None:
        """Stop following one topic; a reader left with nothing is unsubscribed."""
        async with self._db.transaction() as conn:
            rows = list(
                await conn.execute_fetchall(
                    "SELECT id, label, key FROM reader_topics WHERE id = ? AND user_id = ?",
                    (topic_id, user_id),
                )
            )
            if not rows:
                return None
            await conn.execute("DELETE FROM topic_terms WHERE topic_id = ?", (topic_id,))
            await conn.execute("DELETE FROM reader_topics WHERE id = ?", (topic_id,))
            if await _count(conn, user_id) == 0:
                await conn.execute(
                    "UPDATE subscribers SET status = ?, updated_at = ? "
                    "WHERE user_id = ? AND everything = 0 AND status = ?",
                    (SubscriberStatus.UNSUBSCRIBED, now_iso(), user_id, SubscriberStatus.ACTIVE),
                )
        return Topic(int(rows[0]["id"]), rows[0]["label"], rows[0]["key"])

    # --- what went out ---------------------------------------------------------------------------

    async def record_published(self, article_id: int, terms: Iterable[str], at: float) -> None:
        """Remember that the article went to readers at `at` (epoch seconds), once."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO published_articles (article_id, terms, published_at) "
                "VALUES (?, ?, ?)",
                (article_id, terms_json(terms), at),
            )

    async def published_between(self, start: float, end: float) -> list[tuple[int, list[str]]]:
        """(article id, stems) published in (start, end], newest first."""
        rows = await self._db.fetchall(
            "SELECT article_id, terms FROM published_articles "
            "WHERE published_at > ? AND published_at <= ? ORDER BY published_at DESC, "
            "article_id DESC",
            (start, end),
        )
        return [(int(r["article_id"]), list(json.loads(r["terms"]))) for r in rows]


async def _count(conn: aiosqlite.Connection, user_id: int) -> int:
    rows = list(
        await conn.execute_fetchall(
            "SELECT count(*) FROM reader_topics WHERE user_id = ?", (user_id,)
        )
    )
    return int(rows[0][0])


async def _activate(conn: aiosqlite.Connection, user_id: int, language: str) -> bool:
    """Make the reader active for a topic; returns whether they also follow everything.

    Someone new or back after unsubscribing follows only their topics; someone who blocked the
    bot and returns keeps what they had.
    """
    rows = list(
        await conn.execute_fetchall(
            "SELECT status, everything FROM subscribers WHERE user_id = ?", (user_id,)
        )
    )
    now = now_iso()
    if not rows:
        await conn.execute(
            "INSERT INTO subscribers (user_id, status, language, everything, created_at, "
            "updated_at) VALUES (?, ?, ?, 0, ?, ?)",
            (user_id, SubscriberStatus.ACTIVE, language, now, now),
        )
        return False
    status = SubscriberStatus(rows[0]["status"])
    everything = bool(rows[0]["everything"]) and status is not SubscriberStatus.UNSUBSCRIBED
    await conn.execute(
        "UPDATE subscribers SET status = ?, everything = ?, language = ?, updated_at = ? "
        "WHERE user_id = ?",
        (SubscriberStatus.ACTIVE, int(everything), language, now, user_id),
    )
    return everything
