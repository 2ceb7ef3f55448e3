"""One Router per feature, each made fresh by its module's `create_router()`.

`create_routers(settings)` is the central registry: a feature adds ONE line to the list below
(in the marked place, before the fallback), and its commands to READER_COMMANDS /
ADMIN_COMMANDS (descriptions come from `bot.texts`, keys "cmd.<command>").
Order matters: the first router whose filters match handles the update.
"""

from __future__ import annotations

from aiogram import Router

from bot.config import Settings

# Commands shown in Telegram's menu (set_my_commands), in this order.
READER_COMMANDS: tuple[str, ...] = (
    "start",
    "latest",
    "summary",
    "quotes",
    "source",
    "search",
    "subscribe",
    "unsubscribe",
    "help",
)
ADMIN_COMMANDS: tuple[str, ...] = ("preview", "post", "stats")


def create_routers(settings: Settings) -> list[Router]:
    from bot.handlers import admin, articles, errors, fallback, inline, search, start, subscriptions

    return [
        errors.create_router(),
        fallback.create_guard_router(),  # edited/forwarded messages are never commands
        start.create_router(),
        articles.create_router(),
        # --- feature routers: one line each ---------------------------------------------
        search.create_router(),
        inline.create_router(),
        admin.create_router(),
        subscriptions.create_router(),
        # --- end of feature routers -----------------------------------------------------
        fallback.create_router(),  # must stay last: answers what nobody else handled
    ]
