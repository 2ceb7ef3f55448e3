"""Picks the reader's interface language once per update and hands it to handlers as `lang`.

Why a middleware: every handler (ours and other features') answers in the reader's language
without repeating the rule; handlers just declare a `lang: Lang` parameter.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, User

from bot.texts import lang_for


class LanguageMiddleware(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        data["lang"] = lang_for(user.language_code if user else None)
        return await handler(event, data)
