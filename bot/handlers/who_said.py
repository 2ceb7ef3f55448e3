"""Who said what: `/quotes Лавров [words]`, its «Ещё» button, and inline `@bot "Лавров"`.

`/quotes` with an article number (or nothing) stays the article's quotations (articles.py);
any other argument is a person. Matching is storage.topics_quotes': any case form, surname
alone, and the words after the name narrow the quotations. Nobody by that name → say so and
point at /search, which finds articles that merely mention them.
"""

from __future__ import annotations

import re

from aiogram import Bot, Router
from aiogram.filters import CommandObject
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultUnion,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
)
from aiogram.utils.formatting import BlockQuote, Bold, Text

from bot.callbacks import WhoSaidCallback
from bot.ids import looks_like_id
from bot.render.limits import cut_text
from bot.render.message import RenderedMessage
from bot.render.who_said import quotation_meta, render_who_said
from bot.texts import Lang, t
from storage import Store
from storage.topics_quotes import Quotation, WhoSaidQuery

PAGE = 10
CALLBACK_BYTES = 64
SHOWN_CHARS = 60
INLINE_RESULTS = 10
INLINE_QUOTE = re.compile(r'\s*(?:"([^"]+)"|«([^»]+)»)\s*')
_LETTER = re.compile(r"[^\W\d_]")


async def is_person(message: Message, command: CommandObject) -> bool:
    """`/quotes <words>`: an argument with letters that is not an article number."""
    args = (command.args or "").strip()
    return bool(args) and not looks_like_id(args) and bool(_LETTER.search(args))


def _more(query: WhoSaidQuery, offset: int) -> str | None:
    """The «Ещё» callback data, or None when the query's stems do not fit 64 bytes."""
    data = WhoSaidCallback(name=" ".join(query.name), words=" ".join(query.words), offset=offset)
    packed = data.pack()
    return packed if len(packed.encode("utf-8")) <= CALLBACK_BYTES else None


async def page(
    store: Store, query: WhoSaidQuery, offset: int, lang: Lang
) -> RenderedMessage | None:
    """One page of quotations with «Ещё» when there are more; None when there are none."""
    found = await store.quotations.quotations(query, offset=offset, limit=PAGE + 1)
    if not found:
        return None
    more = _more(query, offset + PAGE) if len(found) > PAGE else None
    return render_who_said(found[:PAGE], lang, more=more)


async def on_who_said(message: Message, command: CommandObject, store: Store, lang: Lang) -> None:
    typed = " ".join((command.args or "").split())
    shown = cut_text(typed, SHOWN_CHARS)
    query = await store.quotations.parse(typed)
    if query is None:
        await message.answer(t("who.nobody", lang, name=shown), parse_mode=None)
        return
    rendered = await page(store, query, 0, lang)
    if rendered is None:  # the speaker is quoted, but never with these words
        anyone = await store.quotations.quotations(WhoSaidQuery(query.name), limit=1)
        words = typed.split()
        name = " ".join(words[: len(query.name)])
        reply = t(
            "who.no_words",
            lang,
            speaker=anyone[0].speaker,
            words=cut_text(" ".join(words[len(query.name) :]), SHOWN_CHARS),
            name=name,
        )
        await message.answer(reply, parse_mode=None)
        return
    await message.answer(**rendered.send_kwargs())


async def on_more(
    query: CallbackQuery, callback_data: WhoSaidCallback, store: Store, bot: Bot, lang: Lang
) -> None:
    """«Ещё»: the next ten as a new message (the page pressed stays as it was)."""
    who = WhoSaidQuery(tuple(callback_data.name.split()), tuple(callback_data.words.split()))
    rendered = await page(store, who, max(callback_data.offset, 0), lang)
    if rendered is None or query.message is None:
        await query.answer(t("who.end", lang))
        return
    await query.answer()
    await bot.send_message(chat_id=query.message.chat.id, **rendered.send_kwargs())


def inline_name(text: str) -> str | None:
    """The name in an inline query written in quotes («"Лавров"» or «Лавров»), else None."""
    match = INLINE_QUOTE.fullmatch(text)
    if match is None:
        return None
    return (match.group(1) or match.group(2)).strip() or None


def quotation_result(quotation: Quotation, bot_username: str | None) -> InlineQueryResultArticle:
    """A quotation card for inline mode: the words, who said them, the article's number/date
    (Russian: the whole chat reads it), and a link that opens the article in the bot."""
    meta = quotation_meta(quotation, Lang.RU)
    text, entities = Text(
        BlockQuote(cut_text(" ".join(quotation.text.split()), 3000)),
        "\n— ",
        Bold(quotation.speaker),
        f", {meta}",
    ).render()
    rows = []
    if bot_username:
        url = f"https://t.me/{bot_username}?start=a{quotation.article_id}"
        rows.append([InlineKeyboardButton(text=t("inline.open_in_bot", Lang.RU), url=url)])
    return InlineQueryResultArticle(
        id=f"q{quotation.id}",
        title=f"{quotation.speaker} · {meta}",
        description=cut_text(" ".join(quotation.text.split()), 200),
        input_message_content=InputTextMessageContent(
            message_text=text,
            entities=entities,
            parse_mode=None,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=rows) if rows else None,
    )


async def inline_quotations(
    store: Store, name: str, bot_username: str | None
) -> list[InlineQueryResultUnion]:
    query = await store.quotations.parse(name)
    if query is None:
        return []
    found = await store.quotations.quotations(query, limit=INLINE_RESULTS)
    return [quotation_result(q, bot_username) for q in found]


def create_router() -> Router:
    """Only the «Ещё» button; `/quotes <name>` is registered by the articles router, ahead of
    `/quotes [ID]`, so one command has one place that decides which it is."""
    router = Router(name="who_said")
    router.callback_query.register(on_more, WhoSaidCallback.filter())
    return router
