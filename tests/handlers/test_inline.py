"""Inline mode through the real Dispatcher: the exact answerInlineQuery request."""

from __future__ import annotations

import time
from typing import Any

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import InlineQueryResultArticle, Update

from bot.app import create_dispatcher
from bot.config import Settings
from storage import Store
from tests.support.readers import DZEN, SUMMARY, TITLE, URL, article_draft, buttons
from tests.support.recording import BOT_USERNAME, RecordingSession
from tests.support.updates import READER_ID, user

CARD_TEXT = f"{TITLE}\n30 марта 2020, 18:05 · Новости\n\n{SUMMARY}"


def inline_update(query: str, *, language_code: str = "ru") -> Update:
    return Update.model_validate(
        {
            "update_id": int(time.time() * 1000) % 1_000_000_000,
            "inline_query": {
                "id": "iq1",
                "from": user(READER_ID, language_code=language_code),
                "query": query,
                "offset": "",
                "chat_type": "supergroup",
            },
        }
    )


@pytest.fixture
def dp(settings: Settings, store: Store) -> Dispatcher:
    return create_dispatcher(settings, store)


def _results(session: RecordingSession) -> tuple[Any, list[InlineQueryResultArticle]]:
    (answer,) = session.of("answerInlineQuery")
    results = list(answer.results)
    assert all(isinstance(r, InlineQueryResultArticle) for r in results)
    return answer, results  # type: ignore[return-value]


async def test_query_lists_matching_articles_with_postable_cards(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    saved = (await store.articles.upsert(article_draft())).article
    await store.articles.upsert(
        article_draft(title="Про погоду", paragraphs=("Дождь.",), url=URL + "9", quotes=())
    )

    await dp.feed_update(bot, inline_update("Лаврова"))

    answer, [result] = _results(session)
    assert answer.inline_query_id == "iq1"
    assert answer.cache_time == 300
    assert answer.is_personal is False
    assert result.id == f"a{saved.id}r1"
    assert len(result.id.encode()) <= 64
    assert result.title == f"№{saved.id} · {TITLE}"  # the number /summary takes
    assert result.description == SUMMARY
    content = result.input_message_content
    assert content.message_text == CARD_TEXT  # type: ignore[union-attr]
    assert [(e.type, e.offset, e.length) for e in content.entities or []] == [  # type: ignore[union-attr]
        ("bold", 0, len(TITLE))
    ]
    assert content.parse_mode is None  # type: ignore[union-attr]
    assert buttons(result) == [
        [("Читать на сайте", f"url:{URL}"), ("Дзен", f"url:{DZEN}")],
        [("Открыть в боте", f"url:https://t.me/{BOT_USERNAME}?start=a{saved.id}")],
    ]


async def test_empty_query_lists_the_latest_articles(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    ids = [
        (await store.articles.upsert(article_draft(url=f"{URL}{n}", published_at=None))).article.id
        for n in range(3)
    ]
    await dp.feed_update(bot, inline_update(""))
    _, results = _results(session)
    assert [r.id for r in results] == [f"a{i}r1" for i in reversed(ids)]


async def test_no_match_answers_an_empty_list(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    await store.articles.upsert(article_draft())
    await dp.feed_update(bot, inline_update("кенгуру"))
    answer, results = _results(session)
    assert results == []
    assert answer.cache_time == 300


async def test_cards_are_russian_whoever_asks(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    await store.articles.upsert(article_draft())
    await dp.feed_update(bot, inline_update("NEAR(Лавров*", language_code="en"))
    _, [result] = _results(session)
    assert result.input_message_content.message_text == CARD_TEXT  # type: ignore[union-attr]
    assert buttons(result)[0][0][0] == "Читать на сайте"
