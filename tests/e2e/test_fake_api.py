"""The fake Bot API server itself: what other e2e tests rely on (recording, scripting, ids)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramRetryAfter, TelegramServerError
from aiogram.utils.formatting import Bold, Text

from tests.support.fake_api import FakeBotApi
from tests.support.recording import TEST_TOKEN
from tests.support.updates import message_update


@pytest.fixture
async def api_bot() -> AsyncIterator[tuple[FakeBotApi, Bot]]:
    async with FakeBotApi(token=TEST_TOKEN) as api:
        session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
        bot = Bot(TEST_TOKEN, session=session)
        try:
            yield api, bot
        finally:
            await session.close()


async def test_requests_are_recorded_with_decoded_params_and_ids_per_chat(
    api_bot: tuple[FakeBotApi, Bot],
) -> None:
    api, bot = api_bot
    first = await bot.send_message(1, **Text(Bold("Жирный"), " текст").as_kwargs())
    second = await bot.send_message(1, "ещё")
    other = await bot.send_message("@channel", "в канал")

    assert (first.message_id, second.message_id) == (1, 2)
    assert other.chat.type == "channel"
    assert other.message_id == 1
    call = api.of("sendMessage")[0]
    assert call["chat_id"] == 1
    assert call["text"] == "Жирный текст"
    assert call["entities"] == [{"type": "bold", "offset": 0, "length": 6}]


async def test_scripted_failures_surface_as_the_real_exceptions_once(
    api_bot: tuple[FakeBotApi, Bot],
) -> None:
    api, bot = api_bot
    api.fail("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    api.fail("sendMessage", 500, "Internal Server Error")

    with pytest.raises(TelegramRetryAfter) as raised:
        await bot.send_message(1, "a")
    assert raised.value.retry_after == 3
    with pytest.raises(TelegramServerError):
        await bot.send_message(1, "b")
    assert (await bot.send_message(1, "c")).text == "c"
    assert len(api.of("sendMessage")) == 3


async def test_get_updates_long_polls_and_forgets_confirmed_updates(
    api_bot: tuple[FakeBotApi, Bot],
) -> None:
    api, bot = api_bot
    update = message_update("/summary")
    api.push_update(update)

    (got,) = await bot.get_updates(offset=0, timeout=5)
    assert got.update_id == update.update_id
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == []
