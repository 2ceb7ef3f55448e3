"""End to end: an admin's /post lands in the channel through the real polling loop and the
outbox worker (started and stopped by `serve` as a service), against a fake Bot API on loopback.
A subscriber gets the card; the admin gets the confirmation with the post's link."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.app import serve
from bot.render.links import Links
from bot.render.post import render_channel_post
from storage import Store
from tests.e2e.conftest import e2e_settings
from tests.support.fake_api import FakeBotApi
from tests.support.updates import ADMIN_ID, READER_ID, message_update

CHANNEL = "@interaffairs_test"


def _to(api: FakeBotApi, chat: object) -> list[dict[str, object]]:
    return [c.params for c in api.of("sendMessage") if c["chat_id"] == chat]


async def test_admin_post_reaches_the_channel_subscribers_and_confirms(
    api: FakeBotApi, tmp_path: Path
) -> None:
    settings = e2e_settings(api, tmp_path, channel_id=CHANNEL)
    stop = asyncio.Event()
    running = asyncio.create_task(serve(settings, stop=stop))
    try:
        await api.wait_for("getUpdates")
        api.push_update(message_update("/subscribe", user_id=READER_ID))
        await api.wait_for("sendMessage", 1)
        api.push_update(message_update("/post", user_id=ADMIN_ID))
        # reply "queued", the channel post, the card, the admin's confirmation
        await api.wait_for("sendMessage", 5)
        api.push_update(message_update("/post", user_id=ADMIN_ID))
        await api.wait_for("sendMessage", 6)
    finally:
        stop.set()
        await asyncio.wait_for(running, timeout=10)

    (post,) = _to(api, CHANNEL)
    (card,) = [p for p in _to(api, READER_ID) if p["text"] != _to(api, READER_ID)[0]["text"]]
    assert "reply_markup" in card
    queued, confirm, already = _to(api, ADMIN_ID)
    assert queued["text"] == (
        "Статья №1 в очереди на публикацию. Пришлю ссылку, когда пост выйдет.\n"
        "Опубликовал(а): Читатель"
    )
    assert str(confirm["text"]).startswith("Опубликовано в канале, статья №1:")
    assert str(confirm["text"]).endswith(
        "https://t.me/interaffairs_test/1\nОпубликовал(а): Читатель"
    )
    assert already["text"] == (
        "Статья №1 уже опубликована в канале.\nhttps://t.me/interaffairs_test/1\n"
        "Опубликовал(а): Читатель"
    )
    assert already["reply_markup"] == {
        "inline_keyboard": [[{"text": "Опубликовать ещё раз", "callback_data": "pub:re:1"}]]
    }
    store = await Store.open(tmp_path / "bot.sqlite3")
    try:
        article = await store.articles.get(1)
        assert article is not None
        expected = render_channel_post(article, Links.from_settings(settings))
        assert post["text"] == expected.text
        assert post["entities"] == [e.model_dump(exclude_none=True) for e in expected.entities]
        counts = await store.outbox.counts()
        assert (counts["sent"], counts["pending"], counts["sending"]) == (3, 0, 0)
    finally:
        await store.close()
