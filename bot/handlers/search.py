"""/search <words>: the five best-matching articles as buttons that open their cards.

The query goes to `storage.search` as plain text; that module neutralises any FTS syntax, so
nothing a reader types can break or widen the query. Nothing searchable (no words, or only
punctuation and little words like «и», «в») gets a hint with an example instead of an empty
"nothing found". Buttons carry the same card callback as /latest, so pressing one is handled
by the articles router.
"""

from __future__ import annotations

from collections.abc import Sequence

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from aiogram.utils.formatting import Text

from bot.render.common import to_message
from bot.render.limits import cut_text
from bot.render.message import RenderedMessage
from bot.render.parts import render_article_list
from bot.texts import Lang, t
from storage import Store
from storage.models import Article

RESULTS = 5
SHOWN_QUERY_CHARS = 60


def render_results(query: str, articles: Sequence[Article], lang: Lang) -> RenderedMessage:
    """«Найдено по запросу «…»» with a numbered list and one card button per article."""
    shown = cut_text(" ".join(query.split()), SHOWN_QUERY_CHARS)
    if not articles:
        return to_message(Text(t("search.nothing", lang, query=shown)))
    return render_article_list(t("search.title", lang, query=shown), articles, lang)


async def on_search(message: Message, command: CommandObject, store: Store, lang: Lang) -> None:
    query = command.args or ""
    hits = await store.search.search(query, limit=RESULTS)
    if not hits.searchable:
        await message.answer(t("search.hint", lang), parse_mode=None)
        return
    found = await store.articles.get_many(list(hits.ids))
    articles = [found[i] for i in hits.ids if i in found]
    await message.answer(**render_results(query, articles, lang).send_kwargs())


def create_router() -> Router:
    router = Router(name="search")
    router.message.register(on_search, Command("search"))
    return router
