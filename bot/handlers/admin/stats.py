"""/stats: articles, subscribers, the outbox and its last error, for the editors."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message
from aiogram.utils.formatting import Bold, Text, as_line

from bot.texts import Lang, t
from storage import Store


async def on_stats(message: Message, store: Store, lang: Lang) -> None:
    subscribers = await store.subscribers.counts()
    counts = await store.outbox.counts()
    last = await store.outbox.last_error()
    lines = [
        as_line(Bold(t("stats.title", lang))),
        as_line(t("stats.articles", lang, n=await store.articles.count())),
        as_line(
            t(
                "stats.subscribers",
                lang,
                active=subscribers.active,
                blocked=subscribers.blocked,
                left=subscribers.unsubscribed,
            )
        ),
        as_line(t("stats.outbox", lang, **counts)),
    ]
    if last is None:
        lines.append(Text(t("stats.no_errors", lang)))
    else:
        lines.append(
            Text(
                t("stats.last_error", lang),
                f"{last.kind} → {last.chat_id}: {last.error} ({last.at[:19].replace('T', ' ')})",
            )
        )
    await message.answer(**Text(*lines).as_kwargs())


def create_router() -> Router:
    router = Router(name="admin-stats")
    router.message.register(on_stats, Command("stats"))
    return router
