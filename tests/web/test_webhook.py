"""Webhook mode over loopback: the secret header gates updates; set/delete webhook at start/stop."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiogram import Dispatcher, Router
from aiogram.filters import Command
from aiogram.types import Message
from aiohttp.test_utils import TestClient, TestServer

from bot.config import Settings
from bot.errors import UsageError
from bot.web.webhook import WebhookService, create_webhook_app
from tests.support.recording import RecordingSession, make_bot
from tests.support.updates import message_update
from tests.web.ports import free_port

SECRET = "s3cret_Token-1"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def _dispatcher(seen: list[str], arrived: asyncio.Event) -> Dispatcher:
    router = Router()

    @router.message(Command("ping"))
    async def ping(message: Message) -> None:
        seen.append(message.text or "")
        arrived.set()

    dp = Dispatcher()
    dp.include_router(router)
    return dp


@pytest.fixture
async def client_and_seen() -> AsyncIterator[tuple[TestClient, list[str], asyncio.Event]]:
    seen: list[str] = []
    arrived = asyncio.Event()
    bot = make_bot(RecordingSession())
    app = create_webhook_app(_dispatcher(seen, arrived), bot, path="/tg/hook", secret=SECRET)
    client = TestClient(TestServer(app))
    await client.start_server()
    yield client, seen, arrived
    await client.close()


def _body() -> str:
    return message_update("/ping").model_dump_json(exclude_none=True, by_alias=True)


@pytest.mark.parametrize("headers", [{}, {HEADER: "wrong"}, {HEADER: ""}, {HEADER: SECRET + "x"}])
async def test_requests_without_the_secret_are_refused(
    client_and_seen: tuple[TestClient, list[str], asyncio.Event], headers: dict[str, str]
) -> None:
    client, seen, _ = client_and_seen
    response = await client.post(
        "/tg/hook", data=_body(), headers={"Content-Type": "application/json", **headers}
    )
    assert response.status == 401
    assert seen == []


async def test_update_with_the_secret_reaches_the_dispatcher(
    client_and_seen: tuple[TestClient, list[str], asyncio.Event],
) -> None:
    client, seen, arrived = client_and_seen
    response = await client.post(
        "/tg/hook", data=_body(), headers={"Content-Type": "application/json", HEADER: SECRET}
    )
    assert response.status == 200
    await asyncio.wait_for(arrived.wait(), timeout=5)
    assert seen == ["/ping"]


def _webhook_settings(settings: Settings, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "webhook_base_url": "https://bot.example.org/",
        "webhook_path": "/telegram/webhook",
        "webhook_secret": SECRET,
        "webhook_host": "127.0.0.1",
        "webhook_port": free_port(),
    }
    values.update(overrides)
    return settings.model_copy(update=_coerce(settings, values))


def _coerce(settings: Settings, values: dict[str, object]) -> dict[str, object]:
    """Validate overrides through Settings itself, so SecretStr/URL types are real."""
    validated = Settings(_env_file=None, **values)  # type: ignore[arg-type, call-arg]
    return {name: getattr(validated, name) for name in values}


async def test_service_sets_and_removes_the_webhook(settings: Settings) -> None:
    session = RecordingSession()
    bot = make_bot(session)
    seen: list[str] = []
    arrived = asyncio.Event()
    dp = _dispatcher(seen, arrived)
    config = _webhook_settings(settings)
    service = WebhookService(config, dp, bot)
    await service.start()
    try:
        [request] = session.of("setWebhook")
        assert request.url == "https://bot.example.org/telegram/webhook"
        assert request.secret_token == SECRET
        assert request.allowed_updates == ["message"]
        assert request.drop_pending_updates is False
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{config.webhook_port}/telegram/webhook"
            refused = await http.post(url, data=_body(), headers={HEADER: "nope"})
            assert refused.status == 401
            accepted = await http.post(
                url,
                data=_body(),
                headers={HEADER: SECRET, "Content-Type": "application/json"},
            )
            assert accepted.status == 200
        await asyncio.wait_for(arrived.wait(), timeout=5)
        assert seen == ["/ping"]
        assert session.of("deleteWebhook") == []
    finally:
        await service.stop()
    [delete] = session.of("deleteWebhook")
    assert delete.drop_pending_updates is False


async def test_webhook_mode_needs_a_secret(settings: Settings) -> None:
    config = _webhook_settings(settings, webhook_secret=None)
    with pytest.raises(UsageError, match="WEBHOOK_SECRET is not set"):
        WebhookService(config, Dispatcher(), make_bot())


async def test_secret_with_forbidden_characters_is_refused(settings: Settings) -> None:
    config = _webhook_settings(settings, webhook_secret="has space")
    with pytest.raises(UsageError, match="WEBHOOK_SECRET is invalid"):
        WebhookService(config, Dispatcher(), make_bot())


@pytest.mark.parametrize(
    "body",
    [
        b'{"update_id": 1, "message": ',  # malformed JSON
        b"\xff\xfe\x00\x81 not utf-8",
        b"[1,2,3]",
        b'{"foo":1}',
        b'{"update_id": "x"}',
        b"",
    ],
)
async def test_junk_with_the_right_secret_is_a_400_with_one_log_line(
    client_and_seen: tuple[TestClient, list[str], asyncio.Event],
    body: bytes,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client, seen, _ = client_and_seen
    loop_errors: list[dict[str, object]] = []
    asyncio.get_running_loop().set_exception_handler(lambda _loop, ctx: loop_errors.append(ctx))
    with caplog.at_level(logging.WARNING):
        response = await client.post(
            "/tg/hook", data=body, headers={"Content-Type": "application/json", HEADER: SECRET}
        )
        await asyncio.sleep(0.05)  # a background task, had one been started, would have run
        gc.collect()  # "Task exception was never retrieved" is reported when the task is freed
    assert response.status == 400
    assert seen == []
    assert loop_errors == []
    (record,) = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert record.name == "bot.web.webhook"
    assert record.getMessage().startswith("webhook: 400 for a request from 127.0.0.1: ")
    assert "\n" not in record.getMessage()
