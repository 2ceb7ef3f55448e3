"""Inline mode: `@<bot> words` in any chat lists matching articles; choosing one posts its card.

Why URL buttons only: the card lands in someone else's chat, where our callback buttons would
reach the bot from people who never started it and on messages it cannot edit. So the posted
card carries «Читать на сайте» / «Дзен» and a deep link «Открыть в боте» (t.me/<bot>?start=a<ID>)
that opens the full card, with its summary/quotes/source buttons, in a private chat.

Why Russian regardless of the sender's language: the card is read by the whole chat, and with
`is_personal=False` Telegram shares one cached answer per query text among all users (which is
what makes `cache_time=300` effective), so the answer must not depend on who asked.

An empty (or unsearchable) query lists the latest articles. Result ids are `a<id>r<revision>`
(far below Telegram's 64 bytes): unique per answer and changing when the article is edited.
"""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQuery,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
)

from bot.cache import RenderCache
from bot.callbacks import Part
from bot.handlers.common import deep_link
from bot.handlers.who_said import inline_name, inline_quotations
from bot.render.common import url_row
from bot.render.limits import cut_text
from bot.render.links import Links
from bot.render.parts import numbered_title
from bot.texts import Lang, t
from storage import Store
from storage.models import Article

INLINE_RESULTS = 10
CACHE_SECONDS = 300
RESULT_TITLE_CHARS = 120
DESCRIPTION_CHARS = 200
INLINE_LANG = Lang.RU


def inline_result(
    article: Article, cache: RenderCache, links: Links, bot_username: str | None
) -> InlineQueryResultArticle:
    """One result: title + summary in the list; the card with URL buttons when chosen."""
    card = cache.render(article, Part.CARD, INLINE_LANG)[0]
    rows = [url_row(article, links, INLINE_LANG)]
    if bot_username:
        rows.append(
            [
                InlineKeyboardButton(
                    text=t("inline.open_in_bot", INLINE_LANG),
                    url=f"https://t.me/{bot_username}?start={deep_link(article.id)}",
                )
            ]
        )
    return InlineQueryResultArticle(
        id=f"a{article.id}r{article.revision}",
        title=numbered_title(article, RESULT_TITLE_CHARS, INLINE_LANG),
        description=cut_text(" ".join(article.summary.split()), DESCRIPTION_CHARS),
        input_message_content=InputTextMessageContent(
            message_text=card.text,
            entities=list(card.entities),
            parse_mode=None,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=rows),
    )


async def on_inline_query(
    inline_query: InlineQuery, bot: Bot, store: Store, cache: RenderCache, links: Links
) -> None:
    name = inline_name(inline_query.query)
    if name is not None:  # @bot "Лавров": that person's latest quotations as cards
        me = await bot.me()
        results = await inline_quotations(store, name, me.username)
        await inline_query.answer(results, cache_time=CACHE_SECONDS, is_personal=False)
        return
    hits = await store.search.search(inline_query.query, limit=INLINE_RESULTS)
    if hits.searchable:
        found = await store.articles.get_many(list(hits.ids))
        articles = [found[i] for i in hits.ids if i in found]
    else:
        articles = await cache.latest(INLINE_RESULTS)
    me = await bot.me()
    await inline_query.answer(
        [inline_result(article, cache, links, me.username) for article in articles],
        cache_time=CACHE_SECONDS,
        is_personal=False,
    )


def create_router() -> Router:
    router = Router(name="inline")
    router.inline_query.register(on_inline_query)
    return router
