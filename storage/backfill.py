"""What the archive backfill knows about each page id of the site (table `backfill_pages`).

Why a table: a backfill of thousands of pages at one request a second runs for hours and will
be interrupted; the next run must neither ask again for what it already has nor lose track of
what changed, and it must remember each page's Last-Modified to ask politely next time.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from storage.db import Database
from storage.timestamps import now_iso


class PageOutcome(StrEnum):
    STORED = "stored"
    UNCHANGED = "unchanged"
    UNUSABLE = "unusable"  # 404, not HTML, not an article: asking again will not help
    FAILED = "failed"  # the site kept failing (429/5xx): asked again by the next run


@dataclass(frozen=True, slots=True)
class PageRecord:
    page_id: int
    outcome: PageOutcome
    article_id: int | None
    last_modified: str | None


class BackfillStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def records(self, first: int, last: int) -> dict[int, PageRecord]:
        rows = await self._db.fetchall(
            "SELECT page_id, outcome, article_id, last_modified FROM backfill_pages "
            "WHERE page_id BETWEEN ? AND ?",
            (first, last),
        )
        return {
            int(r["page_id"]): PageRecord(
                int(r["page_id"]), PageOutcome(r["outcome"]), r["article_id"], r["last_modified"]
            )
            for r in rows
        }

    async def record(
        self,
        page_id: int,
        outcome: PageOutcome,
        *,
        article_id: int | None = None,
        last_modified: str | None = None,
        reason: str | None = None,
    ) -> None:
        """Remember a page's outcome (a validator already known is kept when none came)."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO backfill_pages (page_id, outcome, article_id, last_modified, "
                "reason, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (page_id) DO UPDATE "
                "SET outcome = excluded.outcome, "
                "article_id = coalesce(excluded.article_id, article_id), "
                "last_modified = coalesce(excluded.last_modified, last_modified), "
                "reason = excluded.reason, updated_at = excluded.updated_at",
                (page_id, outcome, article_id, last_modified, reason, now_iso()),
            )
