"""Metrics: the update-counting middleware on a real Dispatcher, and the text rendering."""

from __future__ import annotations

from datetime import UTC, datetime

from aiogram import Dispatcher

from bot.metrics import Metrics, UpdateCountingMiddleware, render_prometheus
from tests.support.recording import make_bot
from tests.support.updates import callback_update, message_update


async def test_middleware_counts_updates_by_type_even_when_unhandled() -> None:
    metrics = Metrics()
    dp = Dispatcher()
    dp.update.outer_middleware(UpdateCountingMiddleware(metrics))
    bot = make_bot()
    await dp.feed_update(bot, message_update("/start"))
    await dp.feed_update(bot, message_update("привет"))
    await dp.feed_update(bot, message_update("/start", edited=True))
    await dp.feed_update(bot, callback_update("a:c:1"))
    assert dict(metrics.updates) == {"message": 2, "edited_message": 1, "callback_query": 1}


async def test_render_escapes_labels_and_skips_unknown_gauges() -> None:
    metrics = Metrics()
    metrics.update_handled('we"ird\\')
    metrics.feed_fetch_failed()
    metrics.feed_fetch_failed()
    text = render_prometheus(await metrics.snapshot())
    assert 'interaffairs_updates_total{type="we\\"ird\\\\"} 1' in text.splitlines()
    assert "interaffairs_feed_fetch_errors_total 2" in text.splitlines()
    assert "interaffairs_outbox_backlog" not in text
    assert "interaffairs_feed_last_success_timestamp_seconds" not in text


async def test_feed_success_resets_the_failure_streak_and_sets_the_gauge() -> None:
    metrics = Metrics()
    metrics.feed_fetch_failed()
    metrics.feed_fetch_succeeded(datetime(2026, 1, 1, tzinfo=UTC))

    async def backlog() -> int:
        return 7

    metrics.set_outbox_backlog(backlog)
    snap = await metrics.snapshot()
    assert snap.feed_consecutive_failures == 0
    assert snap.feed_fetch_errors == 1
    lines = render_prometheus(snap).splitlines()
    assert "interaffairs_outbox_backlog 7" in lines
    assert "interaffairs_feed_last_success_timestamp_seconds 1767225600" in lines
