"""Everyone who is not an editor and tries the desk: one polite refusal, one log line.

Reached only by the desk's own updates (admin commands, desk buttons) that the editors' router
did not admit, so a forwarded preview or forged button data changes nothing.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery, Message

from bot.handlers.admin.common import is_outsider, refused
from bot.texts import Lang, t


async def on_command(message: Message, lang: Lang) -> None:
    command = (message.text or "").split(maxsplit=1)[0]
    refused(message.from_user, command)
    await message.answer(t("admin.refused", lang), parse_mode=None)


async def on_button(query: CallbackQuery, lang: Lang) -> None:
    refused(query.from_user, f"button {query.data}")
    await query.answer(t("admin.refused", lang), show_alert=True)


def create_router() -> Router:
    router = Router(name="admin-refusal")
    router.message.filter(is_outsider)
    router.callback_query.filter(is_outsider)
    router.message.register(on_command)
    router.callback_query.register(on_button)
    return router
