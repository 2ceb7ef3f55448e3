"""«Ещё по теме» through the real Dispatcher: related articles as card buttons, best first."""

from __future__ import annotations

from datetime import datetime

from aiogram import Bot

from bot.app import create_dispatcher
from bot.config import Settings
from storage import Store
from storage.models import Quote
from tests.support.readers import MOSCOW, article_draft, buttons
from tests.support.recording import RecordingSession
from tests.support.updates import READER_ID, callback_update


async def _article(store: Store, n: int, speaker: str | None, tags: tuple[str, ...]) -> int:
    quotes = (Quote("Слова", speaker, 0),) if speaker else ()
    draft = article_draft(
        url=f"https://interaffairs.ru/news/show/{n}",
        title=f"Статья {n}",
        quotes=quotes,
        tags=tags,
        published_at=datetime(2024, 5, n, tzinfo=MOSCOW),
    )
    return (await store.articles.upsert(draft)).article.id


async def test_more_on_this_lists_articles_sharing_people_and_tags(
    settings: Settings, store: Store, bot: Bot, session: RecordingSession
) -> None:
    base = await _article(store, 1, "Сергей Лавров", ("Россия", "СНВ"))
    both = await _article(store, 2, "Лавров", ("СНВ",))
    tag = await _article(store, 3, None, ("Россия",))
    alone = await _article(store, 4, "Ван И", ("Китай",))
    dp = create_dispatcher(settings, store)

    await dp.feed_update(bot, callback_update(f"a:r:{base}"))
    (answer,) = session.of("answerCallbackQuery")
    assert answer.text is None
    (sent,) = session.of("sendMessage")
    assert sent.chat_id == READER_ID
    assert sent.text == (
        f"Ещё по теме\n\n№{both} · Статья 2 — 2 мая 2024\n№{tag} · Статья 3 — 3 мая 2024\n\n"
        "Нажмите на кнопку, чтобы открыть карточку статьи."
    )
    assert buttons(sent) == [
        [(f"№{both} · Статья 2", f"cb:a:c:{both}")],
        [(f"№{tag} · Статья 3", f"cb:a:c:{tag}")],
    ]

    session.clear()
    await dp.feed_update(bot, callback_update(f"a:r:{alone}", language_code="en"))
    (answer,) = session.of("answerCallbackQuery")
    assert answer.text == "No other articles with the same people and topics yet."
    assert answer.show_alert is True
    assert session.of("sendMessage") == []
