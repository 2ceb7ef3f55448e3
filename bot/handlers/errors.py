"""The last line of defence: anything unexpected is logged for operators (with the update id and
the traceback) and the reader gets «Что-то пошло не так, попробуйте позже.» when there is a chat.
"""

from __future__ import annotations

import logging
from contextlib import suppress

from aiogram import Bot, Router
from aiogram.types import ErrorEvent, User

from bot.texts import lang_for, t

log = logging.getLogger("bot.errors")


async def on_error(event: ErrorEvent, bot: Bot) -> bool:
    update = event.update
    log.error(
        "update %s failed: %s: %s",
        update.update_id,
        type(event.exception).__name__,
        event.exception,
        exc_info=event.exception,
    )
    query = update.callback_query
    message = update.message or update.edited_message
    user: User | None = query.from_user if query else (message.from_user if message else None)
    text = t("error", lang_for(user.language_code if user else None))
    chat_id = message.chat.id if message else None
    # Telling the reader must never raise in turn (Telegram may be the thing that failed).
    if query is not None:
        try:
            await bot.answer_callback_query(query.id, text=text, show_alert=True)
            return True
        except Exception:  # answered before the failure: write to the chat instead
            chat_id = query.message.chat.id if query.message else None
    if chat_id is not None:
        with suppress(Exception):
            await bot.send_message(chat_id=chat_id, text=text, parse_mode=None)
    return True


def create_router() -> Router:
    router = Router(name="errors")
    router.errors.register(on_error)
    return router
