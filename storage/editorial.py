"""The editor's desk in the database: scheduled posts and who did what to which article.

Why a schedule table that feeds the outbox (rather than a far-future outbox row): a scheduled
post is still an editor's decision that can be cancelled, moved or brought forward, and nothing
about it (the rendering, the cards to subscribers) should be fixed before its time. At its time
the scheduler hands it to the publisher, which enqueues it like any other post (rate limits,
retries, no duplicates). Rows survive restarts; an overdue row goes out at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import aiosqlite

from storage.db import Database
from storage.timestamps import now_iso


class EditorAction(StrEnum):
    PUBLISHED = "published"
    SCHEDULED = "scheduled"
    UNSCHEDULED = "unscheduled"
    EDITED = "edited"


@dataclass(frozen=True, slots=True)
class Editor:
    """Who did something: the Telegram user id and the name the team sees."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Scheduled:
    article_id: int
    at: float  # seconds since the epoch
    by_id: int
    by_name: str


@dataclass(frozen=True, slots=True)
class Done:
    """One line of the editors' log."""

    article_id: int
    action: EditorAction
    by_id: int
    by_name: str
    at: str


def _scheduled(row: aiosqlite.Row) -> Scheduled:
    return Scheduled(int(row["article_id"]), float(row["at"]), int(row["by_id"]), row["by_name"])


class EditorialStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def schedule(self, article_id: int, at: float, *, by_id: int, by_name: str) -> None:
        """Schedule (or move) an article's post; logged in the same transaction."""
        now = now_iso()
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO schedule (article_id, at, by_id, by_name, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET at = excluded.at, "
                "by_id = excluded.by_id, by_name = excluded.by_name",
                (article_id, at, by_id, by_name, now),
            )
            await _log(conn, article_id, EditorAction.SCHEDULED, by_id, by_name, now)

    async def unschedule(self, article_id: int, *, by_id: int = 0, by_name: str = "") -> bool:
        """Take an article off the schedule; False when it was not on it."""
        now = now_iso()
        async with self._db.transaction() as conn:
            cursor = await conn.execute("DELETE FROM schedule WHERE article_id = ?", (article_id,))
            if cursor.rowcount != 1:
                return False
            if by_id:
                await _log(conn, article_id, EditorAction.UNSCHEDULED, by_id, by_name, now)
            return True

    async def scheduled(self, limit: int = 50) -> list[Scheduled]:
        rows = await self._db.fetchall(
            "SELECT article_id, at, by_id, by_name FROM schedule ORDER BY at, article_id LIMIT ?",
            (limit,),
        )
        return [_scheduled(row) for row in rows]

    async def get(self, article_id: int) -> Scheduled | None:
        row = await self._db.fetchone(
            "SELECT article_id, at, by_id, by_name FROM schedule WHERE article_id = ?",
            (article_id,),
        )
        return _scheduled(row) if row is not None else None

    async def due(self, now: float) -> list[Scheduled]:
        rows = await self._db.fetchall(
            "SELECT article_id, at, by_id, by_name FROM schedule WHERE at <= ? ORDER BY at",
            (now,),
        )
        return [_scheduled(row) for row in rows]

    async def next_at(self) -> float | None:
        value = await self._db.scalar("SELECT min(at) FROM schedule")
        return float(value) if value is not None else None

    async def log(self, article_id: int, action: EditorAction, *, by_id: int, by_name: str) -> None:
        async with self._db.transaction() as conn:
            await _log(conn, article_id, action, by_id, by_name, now_iso())

    async def last(self, article_id: int, action: EditorAction) -> Done | None:
        row = await self._db.fetchone(
            "SELECT article_id, action, by_id, by_name, at FROM editor_log "
            "WHERE article_id = ? AND action = ? ORDER BY id DESC LIMIT 1",
            (article_id, action.value),
        )
        if row is None:
            return None
        return Done(
            int(row["article_id"]),
            EditorAction(row["action"]),
            int(row["by_id"]),
            row["by_name"],
            row["at"],
        )

    async def posts_on_the_way(self, limit: int = 50) -> list[int]:
        """Articles whose channel post is in the outbox, not yet sent (oldest request first)."""
        rows = await self._db.fetchall(
            "SELECT article_id FROM outbox WHERE kind = 'post' "
            "AND state IN ('pending', 'sending') ORDER BY id LIMIT ?",
            (limit,),
        )
        return [int(row["article_id"]) for row in rows]


async def _log(
    conn: aiosqlite.Connection,
    article_id: int,
    action: EditorAction,
    by_id: int,
    by_name: str,
    at: str,
) -> None:
    await conn.execute(
        "INSERT INTO editor_log (article_id, action, by_id, by_name, at) VALUES (?, ?, ?, ?, ?)",
        (article_id, action.value, by_id, by_name, at),
    )
