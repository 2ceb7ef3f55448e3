"""`serve` in webhook mode, end to end over loopback: a fake Bot API server, the real aiohttp
webhook and health servers, an update POSTed as Telegram would, a clean stop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.app import run_bot, serve
from bot.config import Settings
from bot.errors import UsageError
from tests.support.fake_api import FakeBotApi
from tests.support.recording import TEST_TOKEN
from tests.support.updates import READER_ID, message_update
from tests.web.ports import free_port

SECRET = "e2e_secret"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TEST_TOKEN) as server:
        yield server


def _settings(api: FakeBotApi, tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "bot_token": TEST_TOKEN,
        "bot_api_server": api.base_url,
        "database_path": tmp_path / "bot.sqlite3",
        "feed_poll_seconds": 0,
        "webhook_base_url": "https://bot.example.org",
        "webhook_secret": SECRET,
        "webhook_port": free_port(),
        "health_port": free_port(),
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[arg-type, call-arg]


async def test_webhook_round_trip_with_health_and_metrics(api: FakeBotApi, tmp_path: Path) -> None:
    settings = _settings(api, tmp_path)
    stop = asyncio.Event()
    running = asyncio.create_task(serve(settings, stop=stop))
    try:
        registered = await api.wait_for("setWebhook")
        assert registered["url"] == "https://bot.example.org/telegram/webhook"
        assert registered["secret_token"] == SECRET
        assert registered.get("drop_pending_updates") in (False, "false")
        assert "message" in registered["allowed_updates"]
        assert "inline_query" in registered["allowed_updates"]
        assert api.of("getUpdates") == []

        hook = f"http://127.0.0.1:{settings.webhook_port}/telegram/webhook"
        health = f"http://127.0.0.1:{settings.health_port}"
        body = message_update("/search Лавров").model_dump_json(exclude_none=True)
        async with aiohttp.ClientSession() as http:
            async with http.post(hook, data=body, headers={HEADER: "wrong"}) as refused:
                assert refused.status == 401
            async with http.post(
                hook, data=body, headers={HEADER: SECRET, "Content-Type": "application/json"}
            ) as accepted:
                assert accepted.status == 200
            sent = await api.wait_for("sendMessage")
            assert sent["chat_id"] == READER_ID
            assert sent["text"].startswith("Найдено по запросу «Лавров»")

            async with http.get(f"{health}/healthz") as response:
                assert response.status == 200
                report = await response.json()
                assert report["database"] == "ok"
                assert report["outbox_backlog"] == 0
            async with http.get(f"{health}/metrics") as response:
                text = await response.text()
                assert 'interaffairs_updates_total{type="message"} 1' in text.splitlines()
        assert api.of("deleteWebhook") == []
    finally:
        stop.set()
        await asyncio.wait_for(running, timeout=10)
    [deleted] = api.of("deleteWebhook")
    assert deleted.get("drop_pending_updates") in (False, "false")
    async with aiohttp.ClientSession() as http:
        with pytest.raises(aiohttp.ClientConnectionError):
            await http.get(f"http://127.0.0.1:{settings.health_port}/healthz")


def test_webhook_mode_without_secret_is_a_usage_error(api: FakeBotApi, tmp_path: Path) -> None:
    settings = _settings(api, tmp_path, webhook_secret=None)
    with pytest.raises(UsageError, match="WEBHOOK_SECRET is not set"):
        run_bot(settings)
    assert not (tmp_path / "bot.sqlite3").exists()
