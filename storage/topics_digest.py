"""Daily digests: which readers are due, and remembering that their day is done.

A reader is due on Moscow day D (days since 0001-01-01, `date.toordinal()`) once the clock has
passed their `digest_minute` that day and `digest_day < D`. After their digest is enqueued (or
found empty) `digest_day` becomes D. The outbox row itself is unique on (0, reader, 'digest',
D), so even a crash between enqueueing and marking cannot send a second digest that day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storage.db import Database
from storage.subscribers import DeliveryMode, SubscriberStatus
from storage.timestamps import now_iso


@dataclass(frozen=True, slots=True)
class DigestReader:
    user_id: int
    language: str
    everything: bool
    digest_minute: int


class DigestStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def due(
        self, day: int, minute: int, *, after_user: int = 0, limit: int = 5000
    ) -> list[DigestReader]:
        """Active daily readers whose time today has come and whose day is not done yet, in
        pages by user id."""
        rows = await self._db.fetchall(
            "SELECT user_id, language, everything, digest_minute FROM subscribers "
            "WHERE delivery = ? AND status = ? AND digest_day < ? AND digest_minute <= ? "
            "AND user_id > ? ORDER BY user_id LIMIT ?",
            (DeliveryMode.DAILY, SubscriberStatus.ACTIVE, day, minute, after_user, limit),
        )
        return [
            DigestReader(
                int(r["user_id"]),
                str(r["language"]),
                bool(r["everything"]),
                int(r["digest_minute"]),
            )
            for r in rows
        ]

    async def mark_done(self, user_ids: Sequence[int], day: int) -> None:
        """These readers' digest for `day` is enqueued (or there was nothing for them)."""
        if not user_ids:
            return
        now = now_iso()
        async with self._db.transaction() as conn:
            await conn.executemany(
                "UPDATE subscribers SET digest_day = ?, updated_at = ? WHERE user_id = ?",
                [(day, now, user_id) for user_id in user_ids],
            )
