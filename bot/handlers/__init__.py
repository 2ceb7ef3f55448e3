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
    "subscriptions",
    "digest",
    "help",
)
ADMIN_COMMANDS: tuple[str, ...] = ("preview", "post", "queue", "stats")


def create_routers(settings: Settings) -> list[Router]:
    from bot.handlers import (
        admin,
        articles,
        errors,
        fallback,
        inline,
        search,
        start,
        subscriptions,
        who_said,
    )

    # Every router an update passes costs a propagation step, so the readers' hot path comes
    # first and the errors router (error events only) last.
    return [
        articles.create_router(),  # /summary /quotes /source /latest and card buttons
        fallback.create_guard_router(),  # edited/forwarded messages are never commands
        start.create_router(),
        # --- feature routers: one line each ---------------------------------------------
        search.create_router(),
        inline.create_router(),
        admin.create_router(),
        subscriptions.create_router(),
        who_said.create_router(),  # «Ещё» under /quotes <name>
        # --- end of feature routers -----------------------------------------------------
        fallback.create_router(),  # after the features: answers what nobody else handled
        errors.create_router(),  # dp.errors: logs and apologises for anything unexpected
    ]
