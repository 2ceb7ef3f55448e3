"""«Запланировать» and /queue: posts planned for a time, and what is about to go out.

A slot («Через час», «Сегодня 18:00», «Завтра 09:00») or a typed `ЧЧ:ММ` / `ДД.ММ ЧЧ:ММ`
(Moscow time) puts the article on the schedule (a table: it survives restarts); the Scheduler
hands it to the publisher at its time, so it goes out through the same outbox. A time in the
past is answered plainly and nothing is scheduled. /queue lists the scheduled posts (time,
article, who scheduled it, with «Отменить» / «Опубликовать сейчас») and the posts on their way.
"""

from __future__ import annotations

from collections.abc import Mapping

from aiogram import Bot, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, User
from aiogram.utils.formatting import Bold, Text, as_line

from bot.clock import Clock
from bot.delivery.preview import (
    QueueAction,
    QueueCallback,
    ScheduleCallback,
    decision_rows,
    queue_rows,
    schedule_rows,
)
from bot.delivery.publisher import Publisher
from bot.delivery.slots import Slot, format_time, parse_time, slot_time
from bot.errors import ScheduleTimeError
from bot.handlers.admin.common import Desk, chat_of, is_answer, publish, redraw_buttons, who
from bot.handlers.common import article_or_gone
from bot.render.card import title_text
from bot.texts import Lang, t
from storage import Store
from storage.editorial import EditorAction
from storage.models import Article

QUEUE_TITLE_CHARS = 80


async def _schedule(store: Store, article_id: int, at: float, user: User, lang: Lang) -> str:
    await store.editorial.schedule(article_id, at, by_id=user.id, by_name=who(user))
    return t("desk.scheduled", lang, id=article_id, at=format_time(at), who=who(user))


async def on_schedule_button(
    query: CallbackQuery,
    callback_data: ScheduleCallback,
    bot: Bot,
    state: FSMContext,
    store: Store,
    clock: Clock,
    lang: Lang,
) -> None:
    article = await article_or_gone(query, store.articles.get(callback_data.id), lang)
    if article is None:
        return
    slot = callback_data.slot
    if slot in (Slot.MENU, Slot.BACK):
        menu = slot is Slot.MENU
        rows = (
            schedule_rows(article.id, clock.now(), lang) if menu else decision_rows(article, lang)
        )
        await redraw_buttons(bot, query, rows)
        await query.answer()
        return
    if slot is Slot.TYPED:
        await state.set_state(Desk.time)
        await state.update_data(article_id=article.id)
        await query.answer()
        await bot.send_message(
            chat_id=chat_of(query), text=t("desk.ask.time", lang, id=article.id), parse_mode=None
        )
        return
    at = slot_time(slot, clock.now())
    if at is None:
        await query.answer(t("desk.time_past", lang), show_alert=True)
        return
    reply = await _schedule(store, article.id, at, query.from_user, lang)
    await redraw_buttons(bot, query, [])
    await query.answer()
    await bot.send_message(chat_id=chat_of(query), text=reply, parse_mode=None)


async def on_time(
    message: Message, state: FSMContext, store: Store, clock: Clock, lang: Lang
) -> None:
    """The typed time the desk asked for; a bad or past one is answered, the question stays."""
    data = await state.get_data()
    try:
        at = parse_time(message.text or "", clock.now())
    except ScheduleTimeError as exc:
        await message.answer(t(exc.key, lang), parse_mode=None)
        return
    await state.clear()
    if message.from_user is None:
        return
    reply = await _schedule(store, int(data["article_id"]), at, message.from_user, lang)
    await message.answer(reply, parse_mode=None)


async def on_queue(message: Message, store: Store, lang: Lang) -> None:
    scheduled = await store.editorial.scheduled()
    on_the_way = await store.editorial.posts_on_the_way()
    articles = await store.articles.get_many([s.article_id for s in scheduled] + list(on_the_way))
    lines: list[Text] = [as_line(Bold(t("desk.queue.title", lang)))]
    rows = []
    for article_id in on_the_way:
        done = await store.editorial.last(article_id, EditorAction.PUBLISHED)
        by = done.by_name if done else t("desk.queue.nobody", lang)
        lines.append(_item(article_id, articles, t("desk.queue.pending", lang, who=by)))
    for item in scheduled:
        note = t("desk.queue.scheduled", lang, at=format_time(item.at), who=item.by_name)
        lines.append(_item(item.article_id, articles, note))
        rows += queue_rows(item.article_id, lang)
    if len(lines) == 1:
        lines.append(as_line(t("desk.queue.empty", lang)))
    markup = InlineKeyboardMarkup(inline_keyboard=rows) if rows else None
    await message.answer(**Text(*lines).as_kwargs(), reply_markup=markup)


def _item(article_id: int, articles: Mapping[int, Article], note: str) -> Text:
    article = articles.get(article_id)
    title = title_text(article, QUEUE_TITLE_CHARS) if article is not None else "—"
    return as_line(f"№{article_id} ", Bold(title), "\n", note)


async def on_queue_button(
    query: CallbackQuery,
    callback_data: QueueCallback,
    bot: Bot,
    store: Store,
    publisher: Publisher,
    lang: Lang,
) -> None:
    article_id = callback_data.id
    user = query.from_user
    if callback_data.action is QueueAction.CANCEL:
        gone = await store.editorial.unschedule(article_id, by_id=user.id, by_name=who(user))
        key = "desk.unscheduled" if gone else "desk.not_scheduled"
        await query.answer()
        text = t(key, lang, id=article_id, who=who(user))
        await bot.send_message(chat_id=chat_of(query), text=text, parse_mode=None)
        return
    article = await article_or_gone(query, store.articles.get(article_id), lang)
    if article is None:
        return
    reply = await publish(
        publisher, store, article, user=user, notify_chat_id=chat_of(query), lang=lang
    )
    await query.answer()
    await bot.send_message(chat_id=chat_of(query), **reply)  # type: ignore[arg-type]


def create_router() -> Router:
    router = Router(name="admin-schedule")
    router.message.register(on_queue, Command("queue"))
    router.message.register(on_time, StateFilter(Desk.time), is_answer)
    router.callback_query.register(on_schedule_button, ScheduleCallback.filter())
    router.callback_query.register(on_queue_button, QueueCallback.filter())
    return router
