"""Feed state: the conditional-GET validators and health of each feed, and the items seen.

Why a store of its own: the poller must survive restarts without re-downloading an unchanged
feed, without re-announcing handled items, and while remembering which pages failed for a
reason worth retrying (5xx, timeouts) and which must be left alone (404, no body).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from storage.db import Database
from storage.timestamps import from_iso, to_iso

SeenStatus = Literal["stored", "retry", "skipped"]


@dataclass(frozen=True, slots=True)
class FeedState:
    """One feed's validators (sent back as If-None-Match / If-Modified-Since) and health."""

    feed_url: str
    etag: str | None = None
    last_modified: str | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    failures: int = 0

    def succeeded(self, at: datetime, *, etag: str | None, last_modified: str | None) -> FeedState:
        return replace(self, etag=etag, last_modified=last_modified, last_success=at, failures=0)

    def failed(self, at: datetime, error: str) -> FeedState:
        return replace(self, last_error=error, last_error_at=at, failures=self.failures + 1)


@dataclass(frozen=True, slots=True)
class SeenItem:
    """A feed item as the poller last handled it.

    `fingerprint` changes when the feed entry changes (title, summary, update time), which is
    what makes the poller look at the page again. `item` is the entry itself as opaque JSON, so
    a retry does not depend on the entry still being in the feed.
    """

    item_key: str
    fingerprint: str
    status: SeenStatus
    item: str
    first_seen_at: datetime
    updated_at: datetime
    article_id: int | None = None
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = None


def _seen_from_row(row: sqlite3.Row) -> SeenItem:
    first = from_iso(row["first_seen_at"])
    updated = from_iso(row["updated_at"])
    assert first is not None
    assert updated is not None
    return SeenItem(
        item_key=row["item_key"],
        fingerprint=row["fingerprint"],
        status=row["status"],
        item=row["item"],
        first_seen_at=first,
        updated_at=updated,
        article_id=row["article_id"],
        attempts=int(row["attempts"]),
        next_attempt_at=from_iso(row["next_attempt_at"]),
        last_error=row["last_error"],
    )


class FeedStateStore:
    """Reads on the reader connection, writes in one transaction each."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, feed_url: str) -> FeedState:
        """The stored state, or a fresh one (no validators, no failures) for a new feed."""
        row = await self._db.fetchone("SELECT * FROM feed_state WHERE feed_url = ?", (feed_url,))
        if row is None:
            return FeedState(feed_url)
        return FeedState(
            feed_url=row["feed_url"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            last_success=from_iso(row["last_success"]),
            last_error=row["last_error"],
            last_error_at=from_iso(row["last_error_at"]),
            failures=int(row["failures"]),
        )

    async def save(self, state: FeedState) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO feed_state (feed_url, etag, last_modified, last_success, last_error, "
                "last_error_at, failures) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (feed_url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, last_success = excluded.last_success, "
                "last_error = excluded.last_error, last_error_at = excluded.last_error_at, "
                "failures = excluded.failures",
                (
                    state.feed_url,
                    state.etag,
                    state.last_modified,
                    to_iso(state.last_success),
                    state.last_error,
                    to_iso(state.last_error_at),
                    state.failures,
                ),
            )

    async def seen(self, keys: Iterable[str]) -> dict[str, SeenItem]:
        """The seen records for `keys` (absent keys were never seen), in one query per 500."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, SeenItem] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = await self._db.fetchall(
                f"SELECT * FROM feed_seen WHERE item_key IN ({marks})", chunk
            )
            for row in rows:
                item = _seen_from_row(row)
                found[item.item_key] = item
        return found

    async def due_retries(self, now: datetime, limit: int) -> list[SeenItem]:
        """Items waiting for a retry whose time has come, oldest first."""
        rows = await self._db.fetchall(
            "SELECT * FROM feed_seen WHERE status = 'retry' AND next_attempt_at <= ? "
            "ORDER BY next_attempt_at LIMIT ?",
            (to_iso(now), limit),
        )
        return [_seen_from_row(row) for row in rows]

    async def mark(self, item: SeenItem) -> None:
        await self.mark_many([item])

    async def mark_many(self, items: Iterable[SeenItem]) -> None:
        """Insert or update seen records, all in one transaction."""
        rows = [
            (
                item.item_key,
                item.fingerprint,
                item.status,
                item.article_id,
                item.attempts,
                to_iso(item.next_attempt_at),
                item.last_error,
                item.item,
                to_iso(item.first_seen_at),
                to_iso(item.updated_at),
            )
            for item in items
        ]
        if not rows:
            return
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO feed_seen (item_key, fingerprint, status, article_id, attempts, "
                "next_attempt_at, last_error, item, first_seen_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (item_key) DO UPDATE SET fingerprint = excluded.fingerprint, "
                "status = excluded.status, article_id = excluded.article_id, "
                "attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, "
                "last_error = excluded.last_error, item = excluded.item, "
                "updated_at = excluded.updated_at",
                rows,
            )

    async def count(self, status: SeenStatus | None = None) -> int:
        if status is None:
            return int(await self._db.scalar("SELECT count(*) FROM feed_seen"))
        return int(
            await self._db.scalar("SELECT count(*) FROM feed_seen WHERE status = ?", (status,))
        )
