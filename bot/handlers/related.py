"""«Ещё по теме» under an article: up to five other articles sharing its people and tags.

The ranking is storage.topics_related's (shared keys, then the newer article). The list is
sent as a new message with a card button per article, like /latest and /search.
"""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import CallbackQuery

from bot.cache import RenderCache
from bot.callbacks import ArticleCallback
from bot.handlers.common import article_or_gone
from bot.render.parts import render_article_list
from bot.texts import Lang, t
from storage import Store

RELATED = 5


async def on_related(
    query: CallbackQuery,
    callback_data: ArticleCallback,
    store: Store,
    cache: RenderCache,
    bot: Bot,
    lang: Lang,
) -> None:
    article = await article_or_gone(query, cache.article(callback_data.id), lang)
    if article is None:
        return
    if query.message is None:  # an inline card in someone else's chat: open the bot instead
        me = await bot.me()
        await query.answer(url=f"https://t.me/{me.username}?start=a{article.id}")
        return
    ids = await store.related.related(article.id, RELATED)
    found = await store.articles.get_many(ids)
    articles = [found[i] for i in ids if i in found]
    if not articles:
        await query.answer(t("related.none", lang), show_alert=True)
        return
    await query.answer()
    rendered = render_article_list(t("related.title", lang), articles, lang)
    await bot.send_message(chat_id=query.message.chat.id, **rendered.send_kwargs())
