"""/search through the real Dispatcher: exact requests, buttons that open cards, hints."""

from __future__ import annotations

from datetime import datetime

import pytest
from aiogram import Bot, Dispatcher

from bot.app import create_dispatcher
from bot.config import Settings
from storage import Store
from tests.support.readers import MOSCOW, TITLE, URL, article_draft, buttons, card_buttons
from tests.support.recording import RecordingSession
from tests.support.updates import READER_ID, callback_update, message_update

HINT = "Напишите после команды, что искать, например: /search Лавров переговоры"


@pytest.fixture
def dp(settings: Settings, store: Store) -> Dispatcher:
    return create_dispatcher(settings, store)


async def _store_two(store: Store) -> tuple[int, int]:
    lavrov = await store.articles.upsert(article_draft())
    other = await store.articles.upsert(
        article_draft(
            title="Захарова ответила на вопросы журналистов",
            paragraphs=("Брифинг официального представителя МИД.",),
            summary="Брифинг.",
            quotes=(),
            url=URL + "7",
            published_at=datetime(2020, 4, 2, 12, 0, tzinfo=MOSCOW),
        )
    )
    return lavrov.article.id, other.article.id


async def test_search_lists_matches_as_card_buttons(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    lavrov_id, _ = await _store_two(store)

    await dp.feed_update(bot, message_update("/search Лаврова"))

    (sent,) = session.of("sendMessage")
    assert sent.chat_id == READER_ID
    title = "Найдено по запросу «Лаврова»"
    assert sent.text == (
        f"{title}\n\n№{lavrov_id} · {TITLE} — 30 марта 2020, 18:05\n\n"
        "Нажмите на кнопку, чтобы открыть карточку статьи."
    )
    assert [(e.type, e.offset, e.length) for e in sent.entities or []] == [("bold", 0, len(title))]
    assert buttons(sent) == [[(f"№{lavrov_id} · {TITLE}", f"cb:a:c:{lavrov_id}")]]
    assert sent.parse_mode is None


async def test_pressing_a_result_opens_the_card(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    lavrov_id, _ = await _store_two(store)
    await dp.feed_update(bot, message_update("/search Помпео"))
    (results,) = session.of("sendMessage")
    [[(_, data)]] = buttons(results)
    session.clear()

    await dp.feed_update(bot, callback_update(data.removeprefix("cb:")))

    (card,) = session.of("sendMessage")
    assert card.text.startswith(TITLE)
    assert buttons(card) == card_buttons(lavrov_id)


async def test_results_are_ranked_and_capped_at_five(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    ids = []
    for n in range(7):
        title = "Переговоры о переговорах: переговоры" if n == 3 else f"Новость {n} о переговорах"
        draft = article_draft(title=title, url=f"{URL}{n}", published_at=None, quotes=())
        ids.append((await store.articles.upsert(draft)).article.id)

    await dp.feed_update(bot, message_update("/search переговоры"))

    (sent,) = session.of("sendMessage")
    rows = buttons(sent)
    assert len(rows) == 5
    assert rows[0] == [(f"№{ids[3]} · Переговоры о переговорах: переговоры", f"cb:a:c:{ids[3]}")]


async def test_nothing_found_names_the_query(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    await _store_two(store)
    await dp.feed_update(bot, message_update("/search кенгуру"))
    (sent,) = session.of("sendMessage")
    assert sent.text == (
        "По запросу «кенгуру» ничего не нашлось. Попробуйте другие слова или /latest"
    )
    assert sent.reply_markup is None


@pytest.mark.parametrize("text", ["/search", "/search   ", '/search "*" OR -', "/search и в на"])
async def test_empty_or_junk_query_gets_a_hint(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, text: str
) -> None:
    await _store_two(store)
    await dp.feed_update(bot, message_update(text))
    (sent,) = session.of("sendMessage")
    assert sent.text == HINT


@pytest.mark.parametrize(
    "query", ['"Лавров', "Лавров*", "NEAR(Лавров", "Лавров OR", "-Лавров", "title:Лавров"]
)
async def test_fts_syntax_from_a_reader_is_harmless(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, query: str
) -> None:
    lavrov_id, _ = await _store_two(store)
    await dp.feed_update(bot, message_update(f"/search {query}"))
    (sent,) = session.of("sendMessage")
    assert buttons(sent) == [[(f"№{lavrov_id} · {TITLE}", f"cb:a:c:{lavrov_id}")]]


async def test_english_reader_gets_english_interface(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    await _store_two(store)
    await dp.feed_update(bot, message_update("/search", language_code="en"))
    (sent,) = session.of("sendMessage")
    assert sent.text == "Write what to look for after the command, e.g. /search Лавров переговоры"
