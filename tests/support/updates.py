"""Builders of real aiogram `Update` objects, as Telegram would send them."""

from __future__ import annotations

import itertools
import time
from typing import Any

from aiogram.types import Update

_update_ids = itertools.count(1)
_message_ids = itertools.count(1)

READER_ID = 1111
ADMIN_ID = 9999


def user(user_id: int = READER_ID, *, language_code: str | None = "ru") -> dict[str, Any]:
    data: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Читатель"}
    if language_code:
        data["language_code"] = language_code
    return data


def private_chat(chat_id: int = READER_ID) -> dict[str, Any]:
    return {"id": chat_id, "type": "private", "first_name": "Читатель"}


def group_chat(chat_id: int = -4001) -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup", "title": "Группа"}


def message_update(
    text: str | None = None,
    *,
    user_id: int = READER_ID,
    chat: dict[str, Any] | None = None,
    language_code: str | None = "ru",
    edited: bool = False,
    **extra: Any,
) -> Update:
    """A message (or edited message) update; commands get their bot_command entity."""
    message: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat or private_chat(user_id),
        "from": user(user_id, language_code=language_code),
        **extra,
    }
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    if edited:
        message["edit_date"] = int(time.time())
    key = "edited_message" if edited else "message"
    return Update.model_validate({"update_id": next(_update_ids), key: message})


def callback_update(
    data: str,
    *,
    user_id: int = READER_ID,
    chat: dict[str, Any] | None = None,
    message_id: int = 500,
    language_code: str | None = "ru",
) -> Update:
    """A press on an inline button carrying `data`, on a message the bot sent earlier."""
    return Update.model_validate(
        {
            "update_id": next(_update_ids),
            "callback_query": {
                "id": f"cq{next(_update_ids)}",
                "from": user(user_id, language_code=language_code),
                "chat_instance": "ci",
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": int(time.time()),
                    "chat": chat or private_chat(user_id),
                    "from": {"id": 123456789, "is_bot": True, "first_name": "Bot"},
                    "text": "карточка",
                },
            },
        }
    )
