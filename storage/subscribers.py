"""Subscribers: who gets newly posted articles in their private chat, and how.

Why a status and not a delete: the bot must remember who blocked it (a 403 on delivery) so a
broadcast stops trying them, and a later /subscribe from the same person simply reactivates.
An active reader follows everything (`everything`, a bare /subscribe) and/or topics
(storage.topics), and gets each article at once or in one daily digest (`delivery`).
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


class DeliveryMode(StrEnum):
    """How a reader gets articles: a card each, at once, or one digest message a day."""

    INSTANT = "instant"
    DAILY = "daily"


DEFAULT_DIGEST_MINUTE = 9 * 60  # 09:00 Moscow time


@dataclass(frozen=True, slots=True)
class Reader:
    """A reader's choices: status, every article or topics only, instant or daily."""

    status: SubscriberStatus
    everything: bool
    delivery: DeliveryMode
    digest_minute: int


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
        everything = int(status is SubscriberStatus.ACTIVE)
        async with self._db.transaction() as conn:
            rows = list(
                await conn.execute_fetchall(
                    "SELECT status, everything FROM subscribers WHERE user_id = ?", (user_id,)
                )
            )
            before = SubscriberStatus(rows[0]["status"]) if rows else None
            if before is None and status is not SubscriberStatus.ACTIVE:
                return SubscriptionChange(None, status)  # never subscribed: nothing to store
            if before is SubscriberStatus.ACTIVE and not rows[0]["everything"]:
                before = SubscriberStatus.UNSUBSCRIBED  # topics only: "everything" is new
            if status is SubscriberStatus.BLOCKED:
                everything = int(rows[0]["everything"])
            await conn.execute(
                "INSERT INTO subscribers (user_id, status, language, everything, created_at, "
                "updated_at) VALUES (?, ?, coalesce(?, 'ru'), ?, ?, ?) ON CONFLICT (user_id) "
                "DO UPDATE SET status = excluded.status, language = coalesce(?, language), "
                "everything = excluded.everything, updated_at = excluded.updated_at",
                (user_id, status.value, language, everything, now, now, language),
            )
            if status is SubscriberStatus.UNSUBSCRIBED:
                await conn.execute("DELETE FROM topic_terms WHERE user_id = ?", (user_id,))
                await conn.execute("DELETE FROM reader_topics WHERE user_id = ?", (user_id,))
        return SubscriptionChange(before, status)

    async def subscribe(self, user_id: int, language: str | None = None) -> SubscriptionChange:
        """Make `user_id` active for every article (also after they had unsubscribed or
        blocked the bot, or followed only topics)."""
        return await self._set(user_id, SubscriberStatus.ACTIVE, language)

    async def unsubscribe(self, user_id: int) -> SubscriptionChange:
        """Stop everything: every article and every topic."""
        return await self._set(user_id, SubscriberStatus.UNSUBSCRIBED, None)

    async def reader(self, user_id: int) -> Reader | None:
        row = await self._db.fetchone(
            "SELECT status, everything, delivery, digest_minute FROM subscribers WHERE user_id = ?",
            (user_id,),
        )
        if row is None:
            return None
        return Reader(
            status=SubscriberStatus(row["status"]),
            everything=bool(row["everything"]),
            delivery=DeliveryMode(row["delivery"]),
            digest_minute=int(row["digest_minute"]),
        )

    async def set_delivery(
        self,
        user_id: int,
        language: str,
        *,
        delivery: DeliveryMode,
        digest_minute: int | None = None,
        today: tuple[int, int] | None = None,
    ) -> None:
        """Choose instant cards or a daily digest (and its minute after Moscow midnight).

        Someone who has not subscribed yet keeps the choice for when they do. `today` is
        (Moscow day ordinal, minute now): a reader who leaves instant cards for a digest whose
        time has already passed today gets the first one tomorrow — today's would repeat
        cards they have just received."""
        now = now_iso()
        day, minute_now = today if today is not None else (0, 0)
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO subscribers (user_id, status, language, everything, delivery, "
                "digest_minute, created_at, updated_at) "
                "VALUES (?, 'unsubscribed', ?, 0, ?, coalesce(?, ?), ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET delivery = excluded.delivery, "
                "digest_minute = coalesce(?, digest_minute), language = excluded.language, "
                "updated_at = excluded.updated_at, "
                "digest_day = CASE WHEN subscribers.delivery != ? AND excluded.delivery = ? "
                "THEN max(digest_day, CASE WHEN coalesce(?, digest_minute) <= ? THEN ? ELSE ? END) "
                "ELSE digest_day END",
                (
                    user_id,
                    language,
                    delivery,
                    digest_minute,
                    DEFAULT_DIGEST_MINUTE,
                    now,
                    now,
                    digest_minute,
                    DeliveryMode.DAILY,
                    DeliveryMode.DAILY,
                    digest_minute,
                    minute_now,
                    day,
                    day - 1,
                ),
            )

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
