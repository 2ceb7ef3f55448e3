"""What Telegram shows about the bot before anyone writes to it: the command menu and the
description above the Start button, in Russian and (for "en" clients) English.

Why at every start: the texts live in bot/texts.py and change with the code; publishing them
at start keeps Telegram's copy in step. A failure is one warning, never a reason not to run.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
)

from bot.config import Settings
from bot.handlers import ADMIN_COMMANDS, READER_COMMANDS
from bot.texts import Lang, t

log = logging.getLogger(__name__)


def _commands(names: Sequence[str], lang: Lang) -> list[BotCommand]:
    return [BotCommand(command=name, description=t(f"cmd.{name}", lang)) for name in names]


async def setup_commands(bot: Bot, settings: Settings) -> None:
    """The command menu: readers' commands everywhere (Russian, English for "en" clients),
    plus the admin commands in each admin's private chat."""
    for lang, code in ((Lang.RU, None), (Lang.EN, "en")):
        readers = _commands(READER_COMMANDS, lang)
        await bot.set_my_commands(readers, scope=BotCommandScopeDefault(), language_code=code)
        await bot.set_my_commands(
            readers, scope=BotCommandScopeAllPrivateChats(), language_code=code
        )
        admins = readers + _commands(ADMIN_COMMANDS, lang)
        for admin_id in sorted(settings.admin_ids):
            await bot.set_my_commands(
                admins, scope=BotCommandScopeChat(chat_id=admin_id), language_code=code
            )


async def setup_description(bot: Bot) -> None:
    """What a first-time reader sees above the Start button (description) and on the bot's
    profile (short description): Russian for everyone, English for "en" clients."""
    for lang, code in ((Lang.RU, None), (Lang.EN, "en")):
        await bot.set_my_description(description=t("about.description", lang), language_code=code)
        await bot.set_my_short_description(
            short_description=t("about.short", lang), language_code=code
        )


async def publish_profile(bot: Bot, settings: Settings) -> None:
    """The command menu and the description: niceties, never a reason not to run."""
    try:
        await setup_commands(bot, settings)
    except TelegramAPIError as exc:
        log.warning("could not publish the command menu: %s", exc)
    try:
        await setup_description(bot)
    except TelegramAPIError as exc:
        log.warning("could not publish the bot's description: %s", exc)
