"""Topic subscriptions through the real Dispatcher: /subscribe <topic>, /subscriptions and its
«Отписаться» buttons, /unsubscribe <topic>, and who gets a card when an article is published."""

from __future__ import annotations

import pytest
from aiogram import Bot, Dispatcher

from bot.app import create_dispatcher
from bot.config import Settings
from bot.delivery.publisher import Publisher
from storage import Store
from storage.subscribers import SubscriberStatus
from tests.delivery.fakes import FakeClock, make_worker
from tests.support.readers import buttons, card_buttons
from tests.support.recording import RecordingSession
from tests.support.updates import READER_ID, callback_update, message_update

OTHER = 2222


@pytest.fixture
async def dp(settings: Settings, store: Store) -> Dispatcher:
    return create_dispatcher(settings, store)


async def _say(dp: Dispatcher, bot: Bot, session: RecordingSession, text: str, **kw: object) -> str:
    session.clear()
    await dp.feed_update(bot, message_update(text, **kw))  # type: ignore[arg-type]
    (reply,) = session.of("sendMessage")
    return str(reply.text)  # type: ignore[attr-defined]


async def test_subscribe_to_a_topic_explains_every_outcome(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    assert await _say(dp, bot, session, "/subscribe Лавров") == (
        "Вы следите за темой «Лавров»: новые статьи о ней будут приходить сюда. "
        "Ваши подписки — /subscriptions"
    )
    assert await _say(dp, bot, session, "/subscribe  ЛАВРОВА ") == (
        "Вы уже следите за темой «Лавров». Ваши подписки — /subscriptions"
    )
    assert await _say(dp, bot, session, "/subscribe и в на — !") == (
        "В «и в на — !» нет слов, по которым можно найти статью (только предлоги или знаки). "
        "Например: /subscribe Лавров"
    )
    assert await _say(dp, bot, session, "/subscribe " + "б" * 65) == (
        "Тема слишком длинная: не больше 64 символов."
    )
    assert [topic.label for topic in await store.topics.topics(READER_ID)] == ["Лавров"]
    reader = await store.subscribers.reader(READER_ID)
    assert reader is not None
    assert reader.status is SubscriberStatus.ACTIVE
    assert not reader.everything  # a topic alone is not "every article"


async def test_at_most_twenty_topics(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    for number in range(20):
        await store.topics.follow(READER_ID, f"тема{number}", "ru")
    assert await _say(dp, bot, session, "/subscribe Сирия") == (
        "Можно следить не больше чем за 20 темами. Лишние уберите: /subscriptions"
    )
    assert len(await store.topics.topics(READER_ID)) == 20


async def test_english_reader_gets_english(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    assert await _say(dp, bot, session, "/subscribe Сирия", language_code="en") == (
        "You follow «Сирия»: new articles about it will arrive here. "
        "Your subscriptions — /subscriptions"
    )


async def test_subscriptions_lists_topics_and_the_button_drops_only_its_own(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    await store.subscribers.subscribe(READER_ID, "ru")
    syria = (await store.topics.follow(READER_ID, "Сирия", "ru")).topic
    treaty = (await store.topics.follow(READER_ID, "#СНВ", "ru")).topic
    assert syria is not None
    assert treaty is not None
    session.clear()
    await dp.feed_update(bot, message_update("/subscriptions"))
    (listing,) = session.of("sendMessage")
    assert listing.text == (  # type: ignore[attr-defined]
        "Ваши подписки\n• Все новые статьи\nТемы:\n• Сирия\n• #СНВ\n\n"
        "Доставка: каждая статья сразу. Изменить — /digest"
    )
    assert buttons(listing) == [
        [("Отписаться: Сирия", f"cb:t:{syria.id}")],
        [("Отписаться: #СНВ", f"cb:t:{treaty.id}")],
    ]

    session.clear()  # someone else pressing a forwarded button drops nothing
    await dp.feed_update(bot, callback_update(f"t:{syria.id}", user_id=OTHER))
    (answer,) = session.of("answerCallbackQuery")
    assert answer.text == "Этой темы уже нет в подписках."  # type: ignore[attr-defined]
    assert len(await store.topics.topics(READER_ID)) == 2

    session.clear()
    await dp.feed_update(bot, callback_update(f"t:{syria.id}", message_id=77))
    (answer,) = session.of("answerCallbackQuery")
    assert answer.text == "Вы больше не следите за темой «Сирия»."  # type: ignore[attr-defined]
    (edit,) = session.of("editMessageText")
    assert (edit.chat_id, edit.message_id) == (READER_ID, 77)  # type: ignore[attr-defined]
    assert edit.text == (  # type: ignore[attr-defined]
        "Ваши подписки\n• Все новые статьи\nТемы:\n• #СНВ\n\n"
        "Доставка: каждая статья сразу. Изменить — /digest"
    )
    assert buttons(edit) == [[("Отписаться: #СНВ", f"cb:t:{treaty.id}")]]


async def test_unsubscribe_one_topic_then_everything(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    await store.topics.follow(READER_ID, "Сирия", "ru")
    await store.topics.follow(READER_ID, "Лавров", "ru")
    assert await _say(dp, bot, session, "/unsubscribe Сирии") == (
        "Вы больше не следите за темой «Сирия»."
    )
    assert await _say(dp, bot, session, "/unsubscribe Китай") == (
        "Темы «Китай» нет среди ваших. Ваши подписки — /subscriptions"
    )
    assert await _say(dp, bot, session, "/unsubscribe") == (
        "Вы отписались от всего: новые статьи больше не придут. Вернуться — /subscribe"
    )
    assert await store.topics.topics(READER_ID) == []
    assert await store.subscribers.status(READER_ID) is SubscriberStatus.UNSUBSCRIBED
    assert await _say(dp, bot, session, "/subscriptions") == (
        "Вы ни на что не подписаны. Все статьи — /subscribe, тема — /subscribe Лавров"
    )


async def test_dropping_the_last_topic_unsubscribes_a_topics_only_reader(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    await store.topics.follow(READER_ID, "Сирия", "ru")
    await _say(dp, bot, session, "/unsubscribe сирия")
    assert await store.subscribers.status(READER_ID) is SubscriberStatus.UNSUBSCRIBED


async def test_a_matching_article_reaches_each_reader_once_whatever_the_overlap(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    """Readers: two overlapping topics; a case form; everything + a topic; a topic that does
    not match; a daily reader (the digest carries it); a blocked reader."""
    overlapping, case_form, everything, elsewhere, daily, blocked = range(3001, 3007)
    for topic in ("Лавров", "#США", "стратегическая стабильность"):
        await dp.feed_update(bot, message_update(f"/subscribe {topic}", user_id=overlapping))
    await dp.feed_update(bot, message_update("/subscribe Лаврова", user_id=case_form))
    await dp.feed_update(bot, message_update("/subscribe", user_id=everything))
    await dp.feed_update(bot, message_update("/subscribe Лавров", user_id=everything))
    await dp.feed_update(bot, message_update("/subscribe Сирия", user_id=elsewhere))
    await dp.feed_update(bot, message_update("/subscribe Помпео", user_id=daily))
    await dp.feed_update(bot, message_update("/digest", user_id=daily))
    await dp.feed_update(bot, message_update("/subscribe США", user_id=blocked))
    await store.subscribers.mark_blocked(blocked)

    from tests.support.readers import article_draft

    article = (await store.articles.upsert(article_draft())).article
    await Publisher(settings, store).publish(article)
    session.clear()
    await make_worker(bot, store, settings, FakeClock()).drain()

    sent = session.of("sendMessage")
    assert [r.chat_id for r in sent] == [  # type: ignore[attr-defined]
        "@interaffairs_test",
        overlapping,
        case_form,
        everything,
    ]
    card = sent[1]
    assert card.text == (  # type: ignore[attr-defined]
        "Лавров и Помпео обсудили ситуацию в мире\n30 марта 2020, 18:05 · Новости\n\n"
        "Министры обсудили пандемию коронавируса и стратегическую стабильность."
    )
    assert buttons(card) == card_buttons(article.id)
    assert await store.topics.published_between(0, 1e12) == [
        (article.id, sorted(store.topics.article_terms(article)))
    ]
