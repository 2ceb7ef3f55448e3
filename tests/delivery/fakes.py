"""A fake delivery clock and a ready-wired worker, so delivery tests never sleep for real."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from aiogram import Bot

from bot.config import Settings
from bot.delivery.limiter import Limits, RateLimiter
from bot.delivery.worker import OutboxWorker
from storage import Store
from storage.models import Article
from tests.support.readers import article_draft


@dataclass
class FakeClock:
    """Time moves only when someone sleeps; every sleep is recorded (the backoff schedule)."""

    t: float = 1_000_000.0
    sleeps: list[float] = field(default_factory=list)

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += max(seconds, 0.0)
        await asyncio.sleep(0)


def make_worker(
    bot: Bot, store: Store, settings: Settings, clock: FakeClock, **kwargs: object
) -> OutboxWorker:
    limiter = RateLimiter(Limits.from_settings(settings), clock)
    return OutboxWorker(bot, store, settings, clock=clock, limiter=limiter, **kwargs)  # type: ignore[arg-type]


async def add_article(store: Store, n: int = 1, **overrides: object) -> Article:
    """Article number n (distinct URL and title)."""
    draft = article_draft(
        url=f"https://interaffairs.ru/news/show/{n}", title=f"Статья номер {n}", **overrides
    )
    return (await store.articles.upsert(draft)).article
