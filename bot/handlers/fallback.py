"""Everything no feature handled: a short, clear answer instead of silence or an exception.

Two routers: `create_guard_router()` runs before the features (edited and forwarded messages
must not be mistaken for fresh commands or search queries); `create_router()` runs last
(stickers, photos, voice, unknown commands, plain text, forged or stale buttons). In groups the
bot stays quiet unless a command is addressed to it by name (/cmd@this_bot).
"""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.enums import ChatType, MessageEntityType
from aiogram.types import CallbackQuery, Message

from bot.cache import RenderCache
from bot.callbacks import Part
from bot.texts import Lang, t
from storage import Store

# Filters are coroutine functions on purpose: aiogram runs a synchronous filter (a magic `F`
# expression included) through asyncio.to_thread — a thread hop per message on every update
# that reaches this router, measured at ~100 µs each in bench/handlers.py.


async def is_private(message: Message) -> bool:
    return message.chat.type == ChatType.PRIVATE


async def is_forwarded(message: Message) -> bool:
    return message.forward_origin is not None


async def is_command(message: Message) -> bool:
    return bool(message.text and message.text.startswith("/"))


async def has_text(message: Message) -> bool:
    return message.text is not None


async def on_edited(message: Message, lang: Lang) -> None:
    await message.answer(t("edited", lang), parse_mode=None)


MAX_LINKS_CHECKED = 10


def linked_urls(message: Message) -> list[str]:
    """URLs a message links to (text links and bare URLs, in text or caption), in order."""
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities or []
    urls: list[str] = []
    for entity in entities:
        if entity.type == MessageEntityType.TEXT_LINK and entity.url:
            urls.append(entity.url)
        elif entity.type == MessageEntityType.URL:
            urls.append(entity.extract_from(text))
    return urls[:MAX_LINKS_CHECKED]


async def on_forwarded(message: Message, store: Store, cache: RenderCache, lang: Lang) -> None:
    """A forwarded post that links to a known article (e.g. the journal's own channel post,
    whose «Сайт» link is the article URL) opens that article's card; anything else gets a hint."""
    for url in linked_urls(message):
        found = await store.articles.by_url(url)
        if found is not None:
            for kwargs in cache.send_kwargs(found, Part.CARD, lang):
                await message.answer(**kwargs)
            return
    await message.answer(t("forwarded", lang), parse_mode=None)


async def on_not_text(message: Message, lang: Lang) -> None:
    await message.answer(t("not_text", lang), parse_mode=None)


async def on_plain_text(message: Message, lang: Lang) -> None:
    await message.answer(t("plain_text", lang), parse_mode=None)


async def on_unknown_command(message: Message, bot: Bot, lang: Lang) -> None:
    """Unknown commands: always answered in private; in groups only when addressed to us."""
    text = message.text or ""
    head = text.split(maxsplit=1)[0] if text.strip() else ""
    if message.chat.type != ChatType.PRIVATE:
        _, _, mention = head.partition("@")
        me = await bot.me()
        if not mention or not me.username or mention.lower() != me.username.lower():
            return
    await message.answer(t("unknown_command", lang), parse_mode=None)


async def on_stray_button(query: CallbackQuery, lang: Lang) -> None:
    await query.answer(t("stale_button", lang), show_alert=True)


def create_guard_router() -> Router:
    router = Router(name="fallback-guard")
    router.edited_message.register(on_edited, is_private)
    router.message.register(on_forwarded, is_private, is_forwarded)
    return router


def create_router() -> Router:
    router = Router(name="fallback")
    router.message.register(on_unknown_command, is_command)
    router.message.register(on_plain_text, is_private, has_text)
    router.message.register(on_not_text, is_private)
    router.callback_query.register(on_stray_button)
    return router
