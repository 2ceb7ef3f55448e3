"""Delivery under network faults, over real HTTP to the fake Bot API on 127.0.0.1.

The worker sends through its fast HTTP transport (the production path); time moves on a fake
clock, so backoff costs nothing. Each test scripts one fault and asserts what the fake API
processed (what a reader or the channel would see) and the rows left in the outbox.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram import Bot

from bot.app import create_bot
from bot.config import Settings
from bot.delivery.policy import Delivered, Failed, Fault
from bot.delivery.publisher import Publisher
from bot.delivery.transport import HttpTransport, prepare
from bot.render.card import render_card
from bot.render.links import Links
from bot.texts import Lang
from storage import Store, outbox
from storage.models import Article
from tests.delivery.fakes import FakeClock, add_article, make_worker
from tests.e2e.conftest import e2e_settings
from tests.support.fake_api import FakeBotApi
from tests.support.recording import TEST_TOKEN
from tests.support.updates import ADMIN_ID

CHANNEL = "@interaffairs_test"
READERS = (101, 102)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TEST_TOKEN) as server:
        yield server


@pytest.fixture
def fault_settings(api: FakeBotApi, tmp_path: Path) -> Settings:
    return e2e_settings(api, tmp_path, channel_id=CHANNEL)


@pytest.fixture
async def real_bot(fault_settings: Settings) -> AsyncIterator[Bot]:
    bot = create_bot(fault_settings)
    yield bot
    await bot.session.close()


async def _cards(
    store: Store, article: Article, settings: Settings, readers: tuple[int, ...] = READERS
) -> None:
    """Cards to `readers`, without a channel post in front of them (posts have their own tests)."""
    for reader in readers:
        await store.subscribers.subscribe(reader, "ru")
    card = render_card(article, Links.from_settings(settings), Lang.RU).to_json()
    await store.outbox.enqueue_broadcast(
        article_id=article.id, kind=outbox.CARD, payloads={"ru": card}
    )


def _received(api: FakeBotApi, chat: object) -> list[str]:
    return [str(c["text"]) for c in api.processed("sendMessage") if c["chat_id"] == chat]


async def _rows(store: Store, kind: outbox.Kind) -> list[tuple[str, outbox.State]]:
    return [(i.chat_id, i.state) for i in await store.outbox.items(kind=kind)]


async def _drain(bot: Bot, store: Store, settings: Settings, **kwargs: object) -> None:
    await make_worker(bot, store, settings, FakeClock(), **kwargs).drain()


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_a_gateway_html_page_is_retried_like_a_json_5xx(
    api: FakeBotApi, real_bot: Bot, store: Store, fault_settings: Settings, status: int
) -> None:
    article = await add_article(store)
    await _cards(store, article, fault_settings)
    await Publisher(fault_settings, store).publish(article)
    for _ in range(3):  # the post, then each card, get the gateway's page once
        api.fail_html("sendMessage", status)
    await _drain(real_bot, store, fault_settings)
    assert len(_received(api, CHANNEL)) == 1
    assert all(len(_received(api, reader)) == 1 for reader in READERS)
    assert await _rows(store, outbox.POST) == [(CHANNEL, outbox.SENT)]
    assert await _rows(store, outbox.CARD) == [("101", outbox.SENT), ("102", outbox.SENT)]
    assert _received(api, ADMIN_ID)[1:] == []  # the admin's confirmation at most, no alert
    assert all(i.attempts == 2 for i in await store.outbox.items() if i.kind != outbox.CONFIRM)


async def test_a_card_whose_connection_is_reset_before_it_was_read_arrives_once(
    api: FakeBotApi, real_bot: Bot, store: Store, fault_settings: Settings
) -> None:
    await _cards(store, await add_article(store), fault_settings)
    api.reset("sendMessage", after_reading=False)
    await _drain(real_bot, store, fault_settings, max_in_flight=1)
    assert api.resets_before_reading == 1
    assert [len(_received(api, reader)) for reader in READERS] == [1, 1]
    assert await _rows(store, outbox.CARD) == [("101", outbox.SENT), ("102", outbox.SENT)]
    assert _received(api, ADMIN_ID) == []


async def test_a_card_whose_connection_is_reset_after_it_was_processed_is_resent_once(
    api: FakeBotApi, real_bot: Bot, store: Store, fault_settings: Settings
) -> None:
    """Truly ambiguous: the reader would rather have it twice than never (at least once)."""
    await _cards(store, await add_article(store), fault_settings)
    api.reset("sendMessage", after_reading=True)
    await _drain(real_bot, store, fault_settings, max_in_flight=1)
    assert [len(_received(api, reader)) for reader in READERS] == [2, 1]
    assert await _rows(store, outbox.CARD) == [("101", outbox.SENT), ("102", outbox.SENT)]
    assert _received(api, ADMIN_ID) == []


async def test_a_card_in_doubt_twice_in_a_row_is_unknown_and_not_sent_a_third_time(
    api: FakeBotApi, real_bot: Bot, store: Store, fault_settings: Settings
) -> None:
    await _cards(store, await add_article(store), fault_settings, readers=(101,))
    api.reset("sendMessage", after_reading=True)
    api.reset("sendMessage", after_reading=True)
    await _drain(real_bot, store, fault_settings)
    assert len(_received(api, 101)) == 2
    assert await _rows(store, outbox.CARD) == [("101", outbox.UNKNOWN)]
    (alert,) = _received(api, ADMIN_ID)
    assert alert.startswith("Неизвестно, дошло ли: карточки подписчикам, статья №1")


async def test_a_channel_post_reset_after_it_was_processed_is_never_posted_twice(
    api: FakeBotApi, real_bot: Bot, store: Store, fault_settings: Settings
) -> None:
    """At most once: the admins get the article, the channel's link and the two buttons."""
    await Publisher(fault_settings, store).publish(await add_article(store))
    api.reset("sendMessage", after_reading=True)
    await _drain(real_bot, store, fault_settings)
    assert len(_received(api, CHANNEL)) == 1
    assert await _rows(store, outbox.POST) == [(CHANNEL, outbox.UNKNOWN)]
    (alert,) = [c for c in api.of("sendMessage") if c["chat_id"] == ADMIN_ID]
    assert str(alert["text"]).startswith(
        "Неизвестно, дошёл ли пост в канал: статья №1\n«Статья номер 1»\noutcome unknown: "
    )
    assert {"type": "text_link", "url": "https://t.me/interaffairs_test"} in [
        {k: e[k] for k in ("type", "url") if k in e} for e in alert["entities"]
    ]
    assert alert["reply_markup"] == {
        "inline_keyboard": [
            [
                {"text": "Опубликовать ещё раз", "callback_data": "pub:re:1"},
                {"text": "Всё в порядке", "callback_data": "pub:ok:1"},
            ]
        ]
    }


async def test_a_reply_held_past_the_timeout_card_resent_post_unknown(
    api: FakeBotApi, real_bot: Bot, store: Store, fault_settings: Settings
) -> None:
    article = await add_article(store)
    await Publisher(fault_settings, store).publish(article)
    api.hold("sendMessage", 2.0)
    await _drain(real_bot, store, fault_settings, request_timeout=0.3)
    assert await _rows(store, outbox.POST) == [(CHANNEL, outbox.UNKNOWN)]
    await _cards(store, article, fault_settings)
    api.hold("sendMessage", 2.0)
    await _drain(real_bot, store, fault_settings, request_timeout=0.3, max_in_flight=1)
    assert [len(_received(api, reader)) for reader in READERS] == [2, 1]
    assert await _rows(store, outbox.CARD) == [("101", outbox.SENT), ("102", outbox.SENT)]


async def test_a_connection_that_is_never_established_is_provably_not_sent(
    real_bot: Bot, fault_settings: Settings, tmp_path: Path
) -> None:
    async with FakeBotApi(token=TEST_TOKEN) as closed:
        url = closed.base_url
    settings = fault_settings.model_copy(update={"bot_api_server": url})
    bot = create_bot(settings)
    try:
        request = prepare(bot, _send_message())
        outcome = await HttpTransport(bot).send(request, 101, None)
    finally:
        await bot.session.close()
    assert isinstance(outcome, Failed)
    assert outcome.fault is Fault.NOT_SENT


def _send_message() -> object:
    from aiogram.methods import SendMessage

    return SendMessage(chat_id=0, text="x")


async def test_the_fast_path_sends_exactly_what_aiogram_would(
    api: FakeBotApi, real_bot: Bot, store: Store, fault_settings: Settings
) -> None:
    """The request body is built once per payload, yet each recipient's request carries the
    same fields, encoded the same way, as aiogram's own send_message would send."""
    paid = fault_settings.model_copy(update={"broadcast_paid": True})
    article = await add_article(store)
    card = render_card(article, Links.from_settings(paid), Lang.RU)
    await store.subscribers.subscribe(READERS[0], "ru")
    await store.outbox.enqueue_broadcast(
        article_id=article.id, kind=outbox.CARD, payloads={"ru": card.to_json()}
    )
    await _drain(real_bot, store, paid)
    await real_bot.send_message(chat_id=READERS[0], allow_paid_broadcast=True, **card.send_kwargs())
    fast, reference = api.of("sendMessage")
    assert fast.params == reference.params
    assert fast["allow_paid_broadcast"] is True
    assert fast["chat_id"] == READERS[0]


async def test_the_transport_reads_what_telegram_answered(real_bot: Bot, api: FakeBotApi) -> None:
    request = prepare(real_bot, _send_message())  # type: ignore[arg-type]
    transport = HttpTransport(real_bot)
    assert await transport.send(request, 101, None) == Delivered(1)
    api.fail("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    assert await transport.send(request, 101, None) == Failed(
        Fault.RATE_LIMITED, "Too Many Requests: retry after 3", 3.0
    )
    api.fail("sendMessage", 403, "Forbidden: bot was blocked by the user")
    assert (await transport.send(request, 101, None)) == Failed(
        Fault.BLOCKED, "Forbidden: bot was blocked by the user"
    )
