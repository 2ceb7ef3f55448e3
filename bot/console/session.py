"""The console's Bot API session: every request the handlers make is shown in the terminal and
answered the way Telegram would, so every button works, admin buttons included.

Why a session: the console runs the very same Dispatcher, routers and renderers as the bot;
only this seam differs. A method it does not know is answered with a 400 like Telegram's, which
the bot's error handling already turns into one polite line.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from aiogram import Bot
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.console.terminal import render_entities
from bot.local_session import LocalSession
from bot.texts import Lang, t

CONSOLE_BOT_ID = 1000000
CONSOLE_BOT_USERNAME = "interaffairs_console_bot"
CONSOLE_USER_ID = 1

Answer = Callable[[TelegramMethod[Any]], Any]


@dataclass(frozen=True, slots=True)
class Shown:
    """The last keyboard shown: its buttons are what a typed number presses."""

    message_id: int
    chat_id: int
    text: str
    buttons: tuple[InlineKeyboardButton, ...]
    markup: dict[str, Any] | None = None  # as Telegram sends it with a pressed button


def console_me() -> dict[str, Any]:
    """What getMe answers in the console."""
    return {
        "id": CONSOLE_BOT_ID,
        "is_bot": True,
        "first_name": "Международная жизнь",
        "username": CONSOLE_BOT_USERNAME,
        "supports_inline_queries": True,
    }


class ConsoleSession(LocalSession):
    """A Bot API session that prints requests to a terminal and answers them like Telegram."""

    def __init__(self, out: TextIO, *, ansi: bool, lang: Lang = Lang.RU) -> None:
        super().__init__()
        self.out = out
        self.ansi = ansi
        self.lang = lang
        self.shown: Shown | None = None
        self._message_ids = itertools.count(1)
        self._sent: dict[int, dict[str, Any]] = {}  # message_id → the message as Telegram has it
        self._answers: dict[str, Answer] = {
            "getMe": lambda _: console_me(),
            "sendMessage": lambda m: self._show_message(m, edited=False),
            "sendPhoto": lambda m: self._show_message(m, edited=False),
            "editMessageText": lambda m: self._show_message(m, edited=True),
            "editMessageCaption": lambda m: self._show_message(m, edited=True),
            "editMessageReplyMarkup": self._show_new_markup,
            "answerCallbackQuery": self._show_alert,
            "answerInlineQuery": self._show_inline,
            "deleteMessage": self._show_deleted,
        }

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        name = method.__api_method__
        answer = self._answers.get(name)
        body: dict[str, Any]
        if answer is not None:
            body = {"ok": True, "result": answer(method)}
        elif getattr(method, "__returning__", None) is bool:
            body = {"ok": True, "result": True}
        else:
            body = {"ok": False, "error_code": 400, "description": f"{name}: not in the console"}
        response = self.check_response(
            bot=bot, method=method, status_code=200 if body["ok"] else 400, content=json.dumps(body)
        )
        return response.result  # type: ignore[return-value]

    def say(self, text: str = "") -> None:
        """One line to the terminal (the console's own notes use it too)."""
        print(text, file=self.out, flush=True)

    # --- answers ------------------------------------------------------------------------------

    def _show_message(self, method: TelegramMethod[Any], *, edited: bool) -> dict[str, Any]:
        text = getattr(method, "text", None) or getattr(method, "caption", None) or ""
        entities = (
            getattr(method, "entities", None) or getattr(method, "caption_entities", None) or []
        )
        chat_id = int(getattr(method, "chat_id", None) or CONSOLE_USER_ID)
        message_id = getattr(method, "message_id", None) or next(self._message_ids)
        self.say()
        self.say(t("console.edited" if edited else "console.bot", self.lang))
        photo = getattr(method, "photo", None)
        if isinstance(photo, str):
            self.say(t("console.photo", self.lang, url=photo))
        self.say(render_entities(text, entities, ansi=self.ansi))
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Console"},
            "text": text,
        }
        if entities:
            message["entities"] = [e.model_dump(exclude_none=True) for e in entities]
        self._sent[message_id] = message
        self._set_markup(message, getattr(method, "reply_markup", None))
        return message

    def _show_new_markup(self, method: TelegramMethod[Any]) -> dict[str, Any] | bool:
        message_id = getattr(method, "message_id", None)
        message = self._sent.get(message_id) if isinstance(message_id, int) else None
        if message is None:  # not a message this console showed (e.g. an inline one)
            return True
        self.say()
        self.say(t("console.buttons", self.lang))
        self._set_markup(message, getattr(method, "reply_markup", None))
        return message

    def _set_markup(self, message: dict[str, Any], markup: object) -> None:
        """Show the keyboard (or its absence) and make it the one numbers press."""
        message.pop("reply_markup", None)
        buttons: list[InlineKeyboardButton] = []
        if isinstance(markup, InlineKeyboardMarkup) and markup.inline_keyboard:
            message["reply_markup"] = markup.model_dump(exclude_none=True)
            for row in markup.inline_keyboard:
                cells = []
                for button in row:
                    buttons.append(button)
                    label = f"[{len(buttons)}] {button.text}"
                    cells.append(f"{label} ↗" if button.url else label)
                self.say("  " + "   ".join(cells))
        elif self.shown is not None and self.shown.message_id == message["message_id"]:
            self.say(t("console.no_buttons", self.lang))
        else:
            return
        chat_id = int(message["chat"]["id"])
        self.shown = Shown(
            message["message_id"],
            chat_id,
            message["text"],
            tuple(buttons),
            message.get("reply_markup"),
        )

    def _show_alert(self, method: TelegramMethod[Any]) -> bool:
        text = getattr(method, "text", None)
        if text:
            self.say(f"  ⚑ {text}")
        return True

    def _show_deleted(self, method: TelegramMethod[Any]) -> bool:
        self._sent.pop(getattr(method, "message_id", 0), None)
        self.say(t("console.deleted", self.lang))
        return True

    def _show_inline(self, method: TelegramMethod[Any]) -> bool:
        results = list(getattr(method, "results", None) or [])
        self.say()
        self.say(t("console.inline", self.lang, count=len(results)))
        for number, result in enumerate(results, start=1):
            title = getattr(result, "title", "") or ""
            description = getattr(result, "description", "") or ""
            self.say(f"  {number}. {title}")
            if description:
                self.say(f"     {description}")
        return True
