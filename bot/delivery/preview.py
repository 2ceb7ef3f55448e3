"""The admin's preview: the exact channel post, plus Опубликовать / Отмена buttons.

The callback data is typed (aiogram CallbackData), so a forged or stale payload fails to unpack;
the handler still checks that whoever pressed is an admin, because anyone can craft valid data.
"""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.ids import ArticleId
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.render.post import render_channel_post
from bot.texts import Lang, t
from storage.models import Article


class PublishAction(StrEnum):
    PUBLISH = "go"
    CANCEL = "no"
    REPOST = "re"


class PublishCallback(CallbackData, prefix="pub"):
    action: PublishAction
    id: ArticleId


def button(action: PublishAction, article_id: int, lang: Lang) -> InlineKeyboardButton:
    key = {
        PublishAction.PUBLISH: "admin.btn.publish",
        PublishAction.CANCEL: "admin.btn.cancel",
        PublishAction.REPOST: "admin.btn.repost",
    }[action]
    return InlineKeyboardButton(
        text=t(key, lang), callback_data=PublishCallback(action=action, id=article_id).pack()
    )


def render_preview(article: Article, links: Links, lang: Lang = Lang.RU) -> RenderedMessage:
    """The channel post as it will appear, with the post's own buttons and a decision row."""
    post = render_channel_post(article, links)
    rows = list(post.reply_markup.inline_keyboard) if post.reply_markup else []
    rows.append(
        [
            button(PublishAction.PUBLISH, article.id, lang),
            button(PublishAction.CANCEL, article.id, lang),
        ]
    )
    return RenderedMessage(
        text=post.text,
        entities=post.entities,
        reply_markup=InlineKeyboardMarkup(inline_keyboard=rows),
        link_preview_url=post.link_preview_url,
    )
