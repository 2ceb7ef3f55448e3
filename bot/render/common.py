"""Pieces every renderer shares: the article keyboard, the links line, node → RenderedMessage."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.formatting import Text

from bot.callbacks import ArticleCallback, Part
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.texts import Lang, t
from storage.models import Article

LINK_SEPARATOR = " · "


def to_message(
    node: Text,
    *,
    reply_markup: InlineKeyboardMarkup | None = None,
    link_preview_url: str | None = None,
    photo: str | None = None,
) -> RenderedMessage:
    text, entities = node.render()
    return RenderedMessage(
        text=text,
        entities=tuple(entities),
        reply_markup=reply_markup,
        link_preview_url=link_preview_url,
        photo=photo,
    )


def url_row(article: Article, links: Links, lang: Lang) -> list[InlineKeyboardButton]:
    return [
        InlineKeyboardButton(text=t("btn.site", lang), url=links.article(article)),
        InlineKeyboardButton(text=t("btn.dzen", lang), url=links.dzen),
    ]


def article_keyboard(article: Article, links: Links, lang: Lang) -> InlineKeyboardMarkup:
    """Кратко / Цитаты / Источник (callbacks) over «Читать на сайте» / «Дзен» (URLs), and
    «Ещё по теме» (a callback) at the bottom."""
    parts = (
        (Part.SUMMARY, "btn.summary"),
        (Part.QUOTES, "btn.quotes"),
        (Part.SOURCE, "btn.source"),
    )
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=t(key, lang),
                    callback_data=ArticleCallback(part=part, id=article.id).pack(),
                )
                for part, key in parts
            ],
            url_row(article, links, lang),
            [
                InlineKeyboardButton(
                    text=t("btn.related", lang),
                    callback_data=ArticleCallback(part=Part.RELATED, id=article.id).pack(),
                )
            ],
        ]
    )
