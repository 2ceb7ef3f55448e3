"""Fixtures for ingest tests: the fake site on loopback, settings pointing at it, a recording
sink standing in for the delivery layer's Publisher, and a clock the test moves by hand."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import AnyHttpUrl

from bot.config import Settings
from storage.models import Article
from tests.ingest.site import FakeSite


class RecordingSink:
    """Records (method, article id, revision) for each hand-over; answers like Publisher."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int]] = []
        self.articles: list[Article] = []
        self.fail = False

    def _record(self, method: str, article: Article) -> None:
        if self.fail:
            raise RuntimeError("delivery is down")
        self.calls.append((method, article.id, article.revision))
        self.articles.append(article)

    async def publish(self, article: Article, *, repost: bool = False) -> object:
        self._record("publish", article)
        return None

    async def propose(self, article: Article) -> int:
        self._record("propose", article)
        return 1

    async def refresh(self, article: Article) -> bool:
        self._record("refresh", article)
        return True


class FakeClock:
    """Wall-clock time (bot.clock.Clock) that moves only when the test or a sleep moves it;
    `on_sleep` lets a test act between the poller's waits."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
        self.on_sleep: Callable[[float], Awaitable[None]] | None = None

    def now(self) -> float:
        return self.moment.timestamp()

    async def sleep(self, seconds: float) -> None:
        self.advance(seconds)
        if self.on_sleep is not None:
            await self.on_sleep(seconds)

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@pytest.fixture
async def site() -> AsyncIterator[FakeSite]:
    fake = FakeSite()
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
def site_settings(settings: Settings, site: FakeSite) -> Settings:
    """Settings whose FEED_URL and SITE_URL are the loopback site."""
    return settings.model_copy(
        update={
            "feed_url": AnyHttpUrl(site.url("/rss/")),
            "site_url": AnyHttpUrl(site.url("/")),
            "feed_poll_seconds": 300,
        }
    )


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
