"""/healthz and /metrics through aiohttp's test client, on a real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.config import Settings
from bot.metrics import Metrics
from bot.web.health import FEED_FAILURE_LIMIT, HealthChecks, create_health_app
from storage import Store
from storage.outbox import CARD, SENT, Completion, NewMessage

FEED_URL = "https://interaffairs.ru/rss/"


@pytest.fixture
async def client(settings: Settings, store: Store) -> AsyncIterator[TestClient]:
    app = create_health_app(HealthChecks(settings, store), _metrics())
    test_client = TestClient(TestServer(app))
    await test_client.start_server()
    yield test_client
    await test_client.close()


def _metrics() -> Metrics:
    metrics = Metrics()
    metrics.update_handled("message")
    metrics.update_handled("message")
    metrics.update_handled("callback_query")
    metrics.message_sent(3)
    metrics.rate_limited()
    metrics.forbidden()
    metrics.forbidden()
    return metrics


async def _enqueue_outbox(store: Store, sent: int, pending: int) -> None:
    """`sent` deliveries that went out (claimed, completed) and `pending` still waiting."""
    first = [
        NewMessage(chat_id=100 + n, kind=CARD, payload="{}", article_id=1) for n in range(sent)
    ]
    ids = [i for i in await store.outbox.enqueue_many(first) if i is not None]
    await store.outbox.claim(ids)
    await store.outbox.complete([Completion(id=i, state=SENT, message_id=i) for i in ids])
    await store.outbox.enqueue_many(
        [NewMessage(chat_id=200 + n, kind=CARD, payload="{}", article_id=1) for n in range(pending)]
    )


async def test_healthy_bot_answers_200_with_its_state(client: TestClient, store: Store) -> None:
    success = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)
    state = await store.feed.get(FEED_URL)
    await store.feed.save(state.succeeded(success, etag=None, last_modified=None))

    response = await client.get("/healthz")
    assert response.status == 200
    assert await response.json() == {
        "status": "ok",
        "database": "ok",
        "outbox_backlog": 0,
        "last_feed_success": "2026-11-25T04:00:00+00:00",
        "feed_consecutive_failures": 0,
        "problems": [],
    }


async def test_a_few_feed_failures_are_still_healthy(client: TestClient, store: Store) -> None:
    state = await store.feed.get(FEED_URL)
    for _ in range(FEED_FAILURE_LIMIT - 1):
        state = state.failed(datetime.now(UTC), "timeout")
    await store.feed.save(state)
    response = await client.get("/healthz")
    assert response.status == 200
    body = await response.json()
    assert body["last_feed_success"] is None
    assert body["feed_consecutive_failures"] == FEED_FAILURE_LIMIT - 1


async def test_feed_failing_for_many_polls_is_503(client: TestClient, store: Store) -> None:
    state = await store.feed.get(FEED_URL)
    for _ in range(FEED_FAILURE_LIMIT):
        state = state.failed(datetime.now(UTC), "timeout")
    await store.feed.save(state)
    response = await client.get("/healthz")
    assert response.status == 503
    body = await response.json()
    assert body["status"] == "failing"
    assert body["database"] == "ok"
    assert body["problems"] == [f"feed failed {FEED_FAILURE_LIMIT} polls in a row"]


async def test_feed_failures_do_not_count_when_polling_is_off(
    settings: Settings, store: Store
) -> None:
    quiet = settings.model_copy(update={"feed_poll_seconds": 0})
    state = await store.feed.get(FEED_URL)
    for _ in range(FEED_FAILURE_LIMIT + 3):
        state = state.failed(datetime.now(UTC), "timeout")
    await store.feed.save(state)
    report = await HealthChecks(quiet, store).report()
    assert report.healthy


async def test_unreachable_database_is_503(client: TestClient, store: Store) -> None:
    await store.close()
    response = await client.get("/healthz")
    assert response.status == 503
    assert await response.json() == {
        "status": "failing",
        "database": "error",
        "outbox_backlog": None,
        "last_feed_success": None,
        "feed_consecutive_failures": 0,
        "problems": ["database unreachable"],
    }


async def test_backlog_counts_what_is_still_to_send(client: TestClient, store: Store) -> None:
    await _enqueue_outbox(store, sent=2, pending=3)
    body = await (await client.get("/healthz")).json()
    assert body["outbox_backlog"] == 3


async def test_metrics_in_prometheus_text_format(client: TestClient, store: Store) -> None:
    await _enqueue_outbox(store, sent=1, pending=1)
    success = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)
    state = await store.feed.get(FEED_URL)
    await store.feed.save(state.succeeded(success, etag=None, last_modified=None))

    response = await client.get("/metrics")
    assert response.status == 200
    assert response.content_type == "text/plain"
    text = await response.text()
    lines = text.splitlines()
    assert "# TYPE interaffairs_updates_total counter" in lines
    assert 'interaffairs_updates_total{type="callback_query"} 1' in lines
    assert 'interaffairs_updates_total{type="message"} 2' in lines
    assert "interaffairs_messages_sent_total 3" in lines
    assert "interaffairs_telegram_429_total 1" in lines
    assert "interaffairs_telegram_403_total 2" in lines
    assert "interaffairs_feed_fetch_errors_total 0" in lines
    assert "# TYPE interaffairs_outbox_backlog gauge" in lines
    assert "interaffairs_outbox_backlog 1" in lines
    assert f"interaffairs_feed_last_success_timestamp_seconds {int(success.timestamp())}" in lines
    assert text.endswith("\n")
    for line in lines:  # every sample line is "name{labels} number"
        if not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            float(value)
            assert name.startswith("interaffairs_")
