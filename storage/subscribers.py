"""Subscribers: who gets every newly posted article as a card in their private chat.

Why a status and not a delete: the bot must remember who blocked it (a 403 on delivery) so a
broadcast stops trying them, and a later /subscribe from the same person simply reactivates.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from storage.db import Database
from storage.timestamps import now_iso


class SubscriberStatus(StrEnum):
    ACTIVE = "active"
    UNSUBSCRIBED = "unsubscribed"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class SubscriptionChange:
    """What a subscribe/unsubscribe did: the status before (None if unknown) and after."""

    before: SubscriberStatus | None
    after: SubscriberStatus

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True, slots=True)
class SubscriberCounts:
    active: int
    unsubscribed: int
    blocked: int


class SubscriberStore:
    """The subscribers table; each change is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def _set(
        self, user_id: int, status: SubscriberStatus, language: str | None
    ) -> SubscriptionChange:
        now = now_iso()
        async with self._db.transaction() as conn:
            rows = list(
                await conn.execute_fetchall(
                    "SELECT status FROM subscribers WHERE user_id = ?", (user_id,)
                )
            )
            before = SubscriberStatus(rows[0]["status"]) if rows else None
            if before is None and status is not SubscriberStatus.ACTIVE:
                return SubscriptionChange(None, status)  # never subscribed: nothing to store
            await conn.execute(
                "INSERT INTO subscribers (user_id, status, language, created_at, updated_at) "
                "VALUES (?, ?, coalesce(?, 'ru'), ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                "status = excluded.status, language = coalesce(?, language), "
                "updated_at = excluded.updated_at",
                (user_id, status.value, language, now, now, language),
            )
        return SubscriptionChange(before, status)

    async def subscribe(self, user_id: int, language: str | None = None) -> SubscriptionChange:
        """Make `user_id` active (also after they had unsubscribed or blocked the bot)."""
        return await self._set(user_id, SubscriberStatus.ACTIVE, language)

    async def unsubscribe(self, user_id: int) -> SubscriptionChange:
        return await self._set(user_id, SubscriberStatus.UNSUBSCRIBED, None)

    async def mark_blocked(self, user_id: int) -> SubscriptionChange:
        """The user blocked the bot (Telegram answered 403): stop sending them anything."""
        return await self._set(user_id, SubscriberStatus.BLOCKED, None)

    async def status(self, user_id: int) -> SubscriberStatus | None:
        value = await self._db.scalar(
            "SELECT status FROM subscribers WHERE user_id = ?", (user_id,)
        )
        return SubscriberStatus(value) if value is not None else None

    async def counts(self) -> SubscriberCounts:
        rows = await self._db.fetchall(
            "SELECT status, count(*) AS n FROM subscribers GROUP BY status"
        )
        found = {row["status"]: int(row["n"]) for row in rows}
        return SubscriberCounts(
            active=found.get(SubscriberStatus.ACTIVE, 0),
            unsubscribed=found.get(SubscriberStatus.UNSUBSCRIBED, 0),
            blocked=found.get(SubscriberStatus.BLOCKED, 0),
        )
