"""/subscriptions: what a reader follows and how it arrives, with «Отписаться» per topic."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.formatting import Bold, Text

from bot.callbacks import TopicCallback
from bot.render.common import to_message
from bot.render.limits import button_text
from bot.render.message import RenderedMessage
from bot.texts import Lang, t
from storage.subscribers import DeliveryMode, Reader, SubscriberStatus
from storage.topics import Topic


def clock_time(minute: int) -> str:
    """Minutes after midnight as «09:00»."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def delivery_line(reader: Reader, lang: Lang) -> str:
    if reader.delivery is DeliveryMode.DAILY:
        return t("subs.daily", lang, time=clock_time(reader.digest_minute))
    return t("subs.instant", lang)


def render_subscriptions(
    reader: Reader | None, topics: Sequence[Topic], lang: Lang
) -> RenderedMessage:
    """Everything / the topics (one «Отписаться» button each) / the delivery mode."""
    active = reader is not None and reader.status is SubscriberStatus.ACTIVE
    everything = active and reader is not None and reader.everything
    if reader is None or not (everything or topics):
        return to_message(Text(t("subs.none", lang)))
    nodes: list[str | Text] = [Bold(t("subs.title", lang))]
    if everything:
        nodes += ["\n", "• ", t("subs.everything", lang)]
    if topics:
        nodes += ["\n", t("subs.topics", lang)]
        for topic in topics:
            nodes += ["\n", "• ", topic.label]
    nodes += ["\n\n", delivery_line(reader, lang)]
    rows = [
        [
            InlineKeyboardButton(
                text=button_text(t("btn.unfollow", lang, topic=topic.label)),
                callback_data=TopicCallback(id=topic.id).pack(),
            )
        ]
        for topic in topics
    ]
    markup = InlineKeyboardMarkup(inline_keyboard=rows) if rows else None
    return to_message(Text(*nodes), reply_markup=markup)
