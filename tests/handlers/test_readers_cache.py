"""The render cache: readers never see a stale article, and repeated requests skip the DB."""

from __future__ import annotations

from aiogram import Bot

from bot.app import create_dispatcher
from bot.cache import RenderCache
from bot.callbacks import Part
from bot.config import Settings
from bot.render.links import Links
from bot.texts import Lang
from storage import Store
from storage.models import Article
from tests.support.readers import article_draft
from tests.support.recording import RecordingSession
from tests.support.updates import message_update


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.t += seconds


async def test_an_updated_article_is_shown_fresh_right_after_the_upsert(
    settings: Settings, store: Store, bot: Bot, session: RecordingSession
) -> None:
    saved = await store.articles.upsert(article_draft())
    dp = create_dispatcher(settings, store)
    await dp.feed_update(bot, message_update(f"/summary {saved.article.id}"))

    await store.articles.upsert(article_draft(summary="Исправленное резюме."))
    await dp.feed_update(bot, message_update(f"/summary {saved.article.id}"))
    await dp.feed_update(bot, message_update("/summary"))

    before, after, latest = session.of("sendMessage")
    assert before.text.endswith("стабильность.")
    assert after.text.endswith("Исправленное резюме.")
    assert latest.text == after.text


async def test_a_new_article_becomes_the_latest_at_once(
    settings: Settings, store: Store, bot: Bot, session: RecordingSession
) -> None:
    await store.articles.upsert(article_draft())
    dp = create_dispatcher(settings, store)
    await dp.feed_update(bot, message_update("/summary"))

    await store.articles.upsert(
        article_draft(url="https://interaffairs.ru/news/show/2", title="Новое")
    )
    await dp.feed_update(bot, message_update("/summary"))

    assert session.of("sendMessage")[1].text.startswith("Кратко — Новое")


async def test_cached_articles_skip_the_database_until_the_ttl_passes(store: Store) -> None:
    saved = await store.articles.upsert(article_draft())
    clock = FakeClock()
    cache = RenderCache(store, Links("https://s", "https://d", "https://t"), ttl=30, clock=clock)
    reads = 0
    original = store.articles.get

    async def counting_get(article_id: int) -> Article | None:
        nonlocal reads
        reads += 1
        return await original(article_id)

    store.articles.get = counting_get  # type: ignore[method-assign]
    first = await cache.article(saved.article.id)
    again = await cache.article(saved.article.id)
    assert first is again
    assert reads == 1

    clock.t += 31  # another process may have changed it: look again
    await cache.article(saved.article.id)
    assert reads == 2


async def test_renderings_are_made_once_per_article_revision_language_and_part(
    store: Store,
) -> None:
    saved = await store.articles.upsert(article_draft())
    cache = RenderCache(store, Links("https://s", "https://d", "https://t"))
    article = saved.article

    assert cache.render(article, Part.CARD, Lang.RU) is cache.render(article, Part.CARD, Lang.RU)
    assert cache.send_kwargs(article, Part.QUOTES, Lang.EN) is cache.send_kwargs(
        article, Part.QUOTES, Lang.EN
    )
    assert cache.render(article, Part.CARD, Lang.RU) != cache.render(article, Part.CARD, Lang.EN)
