"""Factories and runners: `create_bot`, `create_dispatcher`, `run_bot`.

SKELETON: the bot work fills in the routers, commands and clean shutdown behind these names.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.config import Settings
from bot.errors import UsageError
from storage import Store


def create_bot(settings: Settings) -> Bot:
    if settings.bot_token is None:
        raise UsageError(
            "BOT_TOKEN is not set: put the token from @BotFather into .env (see .env.example)"
        )
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.api_server))
    return Bot(
        token=settings.bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode=None),
    )


def create_dispatcher(settings: Settings, store: Store, **extra: Any) -> Dispatcher:
    return Dispatcher(settings=settings, store=store, **extra)


def run_bot(settings: Settings) -> int:
    raise UsageError("the bot runner is not built yet")
