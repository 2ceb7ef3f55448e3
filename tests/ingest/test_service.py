"""The poller as the app runs it: one of `build_app`'s services when FEED_POLL_SECONDS > 0, polling
at once on start, and stopping promptly in the middle of its wait."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from aiogram import Bot

from bot.app import build_app
from bot.config import Settings
from bot.ingest.poller import FeedPoller
from bot.metrics import Metrics
from storage import Store
from storage.models import Article
from tests.ingest.conftest import RecordingSink
from tests.ingest.site import Entry, FakeSite, article_page, rss


def test_app_runs_the_poller_only_when_polling_is_on(
    site_settings: Settings, store: Store, bot: Bot
) -> None:
    on = build_app(site_settings, store, bot).services
    off = build_app(site_settings.model_copy(update={"feed_poll_seconds": 0}), store, bot)

    assert sum(isinstance(s, FeedPoller) for s in on) == 1
    assert not any(isinstance(s, FeedPoller) for s in off.services)


class SignallingSink(RecordingSink):
    def __init__(self) -> None:
        super().__init__()
        self.proposed = asyncio.Event()

    async def propose(self, article: Article) -> int:
        await super().propose(article)
        self.proposed.set()
        return 1


async def test_service_polls_on_start_and_stops_during_its_wait(
    site: FakeSite, site_settings: Settings, store: Store
) -> None:
    site.page("/news/show/3", article_page(3, "Новость", ["Текст новости. " * 8]))
    site.feed(rss(site, [Entry("/news/show/3", "Новость", datetime(2026, 11, 24, tzinfo=UTC))]))
    sink = SignallingSink()
    metrics = Metrics()
    service = FeedPoller(site_settings, store, sink, metrics=metrics)

    await service.start()
    await sink.proposed.wait()
    await service.stop()  # the loop is now waiting 300 s; stop must not wait for it

    assert [method for method, _, _ in sink.calls] == ["propose"]
    assert metrics.last_feed_success is not None
    assert site.hits("/rss/") == 1
