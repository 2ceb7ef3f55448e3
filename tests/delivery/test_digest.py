"""The daily digest on a fake clock: /digest through the real Dispatcher, one digest per reader
per day at their Moscow time, none on a day with nothing new, none twice across a restart."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from aiogram import Bot

from bot.app import create_dispatcher
from bot.clock import MOSCOW
from bot.config import Settings
from bot.delivery.digest import DigestService
from bot.delivery.publisher import Publisher
from storage import Store
from storage.models import Article
from storage.subscribers import SubscriberStatus
from tests.delivery.fakes import FakeClock, make_worker
from tests.support.readers import article_draft, entities
from tests.support.recording import BOT_USERNAME, RecordingSession
from tests.support.updates import message_update

LAVROV_FAN, EVERYTHING, SYRIA_FAN, INSTANT = 4001, 4002, 4003, 4004


def at(hour: int, minute: int, day: int = 30) -> float:
    return datetime(2026, 11, day, hour, minute, tzinfo=MOSCOW).timestamp()


async def _tell(
    store: Store, settings: Settings, bot: Bot, session: RecordingSession, clock: FakeClock
) -> None:
    clock.t = at(6, 0)  # before every reader's digest time
    dp = create_dispatcher(settings, store, clock=clock)
    script = [
        (LAVROV_FAN, "/subscribe Лавров"),
        (LAVROV_FAN, "/digest 08:30"),
        (EVERYTHING, "/subscribe"),
        (EVERYTHING, "/digest"),
        (SYRIA_FAN, "/subscribe Китай"),
        (SYRIA_FAN, "/digest"),
        (INSTANT, "/subscribe"),
    ]
    for user_id, text in script:
        await dp.feed_update(bot, message_update(text, user_id=user_id))
    replies = [r.text for r in session.of("sendMessage")]  # type: ignore[attr-defined]
    assert replies[1] == (
        "Теперь одно письмо в день, в 08:30 по Москве. Каждая статья сразу — /digest"
    )
    assert replies[3] == (
        "Теперь одно письмо в день, в 09:00 по Москве. Каждая статья сразу — /digest"
    )


async def _publish(store: Store, settings: Settings, clock: FakeClock) -> list[Article]:
    lavrov = (await store.articles.upsert(article_draft())).article
    other = article_draft(
        title="Сирия: переговоры в Астане",
        url="https://interaffairs.ru/news/show/2",
        paragraphs=("Стороны встретились в Астане.",),
        quotes=(),
        tags=("Сирия",),
    )
    syria = (await store.articles.upsert(other)).article
    clock.t = at(7, 0)
    await Publisher(settings, store, clock=clock).publish(lavrov)
    clock.t = at(7, 30)
    await Publisher(settings, store, clock=clock).publish(syria)
    return [lavrov, syria]


async def test_digests_arrive_once_a_day_at_each_readers_time_and_survive_a_restart(
    tmp_path: Path, settings: Settings, bot: Bot, session: RecordingSession
) -> None:
    path = tmp_path / "digest.sqlite3"
    store = await Store.open(path)
    clock = FakeClock()
    await _tell(store, settings, bot, session, clock)
    lavrov, syria = await _publish(store, settings, clock)
    session.clear()
    await make_worker(bot, store, settings, clock).drain()
    # Only the instant reader got cards; daily readers wait for their digest.
    assert {r.chat_id for r in session.of("sendMessage")} == {  # type: ignore[attr-defined]
        "@interaffairs_test",
        INSTANT,
    }

    digests = DigestService(bot, store, clock=clock)
    clock.t = at(8, 29)
    assert await digests.run_due() == 0
    clock.t = at(8, 30)
    assert await digests.run_due() == 1
    assert await digests.run_due() == 0
    session.clear()
    await make_worker(bot, store, settings, clock).drain()
    (digest,) = session.of("sendMessage")
    assert digest.chat_id == LAVROV_FAN  # type: ignore[attr-defined]
    title = "Лавров и Помпео обсудили ситуацию в мире"
    assert digest.text == (  # type: ignore[attr-defined]
        f"Статьи за день — 30 ноября 2026\n\n№{lavrov.id} · {title}"
    )
    heading = len("Статьи за день — 30 ноября 2026")
    link = f"https://t.me/{BOT_USERNAME}?start=a{lavrov.id}"
    assert entities(digest) == [
        ("bold", 0, heading),
        ("text_link", heading + 2 + len(f"№{lavrov.id} · "), len(title), link),
    ]
    await store.close()

    # A restart (a new store and service on the same file): the 08:30 reader is done today;
    # even with their day forgotten (a crash before it was marked), the outbox row is unique.
    store = await Store.open(path)
    async with store.db.transaction() as conn:
        await conn.execute("UPDATE subscribers SET digest_day = 0 WHERE user_id = ?", (LAVROV_FAN,))
    digests = DigestService(bot, store, clock=clock)
    clock.t = at(9, 0)
    assert await digests.run_due() == 1  # the 09:00 reader only
    session.clear()
    await make_worker(bot, store, settings, clock).drain()
    (digest,) = session.of("sendMessage")
    assert digest.chat_id == EVERYTHING  # type: ignore[attr-defined]
    assert digest.text == (  # type: ignore[attr-defined]
        "Статьи за день — 30 ноября 2026\n\n"
        f"№{syria.id} · Сирия: переговоры в Астане\n№{lavrov.id} · {title}"
    )

    # The next day nothing new was published: no digest for anyone.
    clock.t = at(9, 5) + 86_400
    assert await digests.run_due() == 0
    session.clear()
    await make_worker(bot, store, settings, clock).drain()
    assert session.of("sendMessage") == []
    await store.close()


async def test_digest_toggle_and_bad_time(
    store: Store, settings: Settings, bot: Bot, session: RecordingSession
) -> None:
    dp = create_dispatcher(settings, store)
    for text in ("/digest", "/digest", "/digest 25:00", "/digest 7.05"):
        await dp.feed_update(bot, message_update(text))
    assert [r.text for r in session.of("sendMessage")] == [  # type: ignore[attr-defined]
        "Теперь одно письмо в день, в 09:00 по Москве. Каждая статья сразу — /digest\n"
        "Вы пока ни на что не подписаны: /subscribe или /subscribe тема",
        "Теперь каждая статья приходит сразу. Одно письмо в день — /digest\n"
        "Вы пока ни на что не подписаны: /subscribe или /subscribe тема",
        "Время — ЧЧ:ММ по Москве, например: /digest 08:30",
        "Теперь одно письмо в день, в 07:05 по Москве. Каждая статья сразу — /digest\n"
        "Вы пока ни на что не подписаны: /subscribe или /subscribe тема",
    ]


async def test_a_reader_who_blocked_the_bot_is_marked_blocked_by_their_digest(
    store: Store, settings: Settings, bot: Bot, session: RecordingSession
) -> None:
    clock = FakeClock()
    clock.t = at(6, 0)
    dp = create_dispatcher(settings, store, clock=clock)
    for text in ("/subscribe", "/digest"):
        await dp.feed_update(bot, message_update(text, user_id=EVERYTHING))
    lavrov = (await store.articles.upsert(article_draft())).article
    clock.t = at(7, 0)
    await Publisher(settings, store, clock=clock).publish(lavrov)
    clock.t = at(9, 0)
    assert await DigestService(bot, store, clock=clock).run_due() == 1
    session.clear()
    session.add_result(
        "sendMessage",
        {"message_id": 1, "date": 0, "chat": {"id": -1, "type": "channel", "title": "c"}},
    )
    session.add_error("sendMessage", 403, "Forbidden: bot was blocked by the user")
    await make_worker(bot, store, settings, clock).drain()
    assert [r.chat_id for r in session.of("sendMessage")] == ["@interaffairs_test", EVERYTHING]  # type: ignore[attr-defined]
    assert await store.subscribers.status(EVERYTHING) is SubscriberStatus.BLOCKED


async def test_leaving_instant_cards_after_the_digest_time_starts_the_digests_tomorrow(
    store: Store, settings: Settings, bot: Bot, session: RecordingSession
) -> None:
    clock = FakeClock()
    dp = create_dispatcher(settings, store, clock=clock)
    await dp.feed_update(bot, message_update("/subscribe", user_id=EVERYTHING))
    lavrov = (await store.articles.upsert(article_draft())).article
    clock.t = at(7, 0)
    await Publisher(settings, store, clock=clock).publish(lavrov)
    await make_worker(bot, store, settings, clock).drain()  # the card, at once
    clock.t = at(15, 0)  # after 09:00: today's digest would repeat that card
    await dp.feed_update(bot, message_update("/digest", user_id=EVERYTHING))
    digests = DigestService(bot, store, clock=clock)
    assert await digests.run_due() == 0
    later = article_draft(title="Сирия", url="https://interaffairs.ru/news/show/2", quotes=())
    clock.t = at(16, 0)
    await Publisher(settings, store, clock=clock).publish(
        (await store.articles.upsert(later)).article
    )
    clock.t = at(9, 0) + 24 * 3600  # 09:00 the next day: the afternoon's article
    assert await digests.run_due() == 1
