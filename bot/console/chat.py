"""The console's input side: each typed line becomes a real `Update` for the Dispatcher.

A line of text is a message, a number presses that button of the last keyboard (a callback
button feeds a callback_query; a URL button just prints its URL), `@ words` is an inline query.
Whatever is typed, however long or malformed, the operator sees an answer, never a traceback.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
import time
from collections.abc import Callable
from typing import Any, TextIO

from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.console.session import CONSOLE_BOT_ID, CONSOLE_BOT_USERNAME, ConsoleSession, Shown
from bot.texts import Lang, lang_for, t

log = logging.getLogger(__name__)

QUIT_WORDS = frozenset({"/quit", "/exit"})
MESSAGE_LIMIT = 4096  # Telegram's longest text message; a longer line is cut, as Telegram does
_BUTTON_NUMBER = re.compile(r"[0-9]{1,4}")


def clean_line(line: str) -> str:
    """The typed line as valid Unicode: bytes the terminal cut mid-character (or any other
    undecodable input, kept by Python as lone surrogates) become U+FFFD."""
    try:
        raw = line.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = line.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace").strip()


def inline_query_text(line: str) -> str:
    """«@ слова», «@слова» or «@<bot username> слова» → «слова»."""
    rest = line[1:].strip()
    first, _, tail = rest.partition(" ")
    if first.lower() == CONSOLE_BOT_USERNAME:
        return tail.strip()
    return rest


class Console:
    """Reads lines, turns them into Updates for the Dispatcher, until /quit or end of input."""

    def __init__(
        self,
        dp: Dispatcher,
        bot: Bot,
        session: ConsoleSession,
        *,
        stdin: TextIO,
        user_id: int,
        language_code: str = "ru",
    ) -> None:
        self._dp = dp
        self._bot = bot
        self._session = session
        self._in = stdin
        self.lang: Lang = lang_for(language_code)
        self._user = {
            "id": user_id,
            "is_bot": False,
            "first_name": "Консоль",
            "language_code": language_code,
        }
        self._update_ids = itertools.count(1)
        self._incoming_ids = itertools.count(1_000_000)

    async def run(self, after_each: Callable[[], None] | None = None) -> None:
        """Until /quit or end of input; `after_each` runs after every handled line."""
        while True:
            line = await asyncio.to_thread(self._in.readline)
            if not line:  # end of input (Ctrl-D or a closed pipe)
                return
            text = clean_line(line)
            if text in QUIT_WORDS:
                return
            if len(text) > MESSAGE_LIMIT:
                text = text[:MESSAGE_LIMIT]
                self._session.say(t("console.truncated", self.lang, limit=MESSAGE_LIMIT))
            if text:
                await self.handle(text)
                if after_each is not None:
                    after_each()

    async def handle(self, text: str) -> None:
        """One typed line: a button number, an inline query, or a message."""
        shown = self._session.shown
        try:
            if shown is not None and _BUTTON_NUMBER.fullmatch(text):
                await self._press(shown, int(text))
            elif text.startswith("@"):
                await self._feed({"inline_query": self._inline(inline_query_text(text))})
            else:
                await self._feed({"message": self._message(text)})
        except Exception:  # the Dispatcher's error handler answers; this is the last resort
            log.exception("console: the line could not be handled")
            self._session.say(t("error", self.lang))

    async def _press(self, shown: Shown, number: int) -> None:
        if not 1 <= number <= len(shown.buttons):
            self._session.say(t("console.no_such_button", self.lang, number=number))
            return
        button = shown.buttons[number - 1]
        if button.url:
            self._session.say(f"  ↗ {button.url}")
            return
        if button.callback_data is None:
            self._session.say(t("console.inert_button", self.lang))
            return
        await self._feed(
            {
                "callback_query": {
                    "id": f"console{next(self._update_ids)}",
                    "from": self._user,
                    "chat_instance": "console",
                    "data": button.callback_data,
                    "message": {
                        "message_id": shown.message_id,
                        "date": int(time.time()),
                        "chat": self._chat(),
                        "from": {"id": CONSOLE_BOT_ID, "is_bot": True, "first_name": "Bot"},
                        "text": shown.text or "…",
                        **({"reply_markup": shown.markup} if shown.markup else {}),
                    },
                }
            }
        )

    def _chat(self) -> dict[str, Any]:
        return {"id": self._user["id"], "type": "private", "first_name": "Консоль"}

    def _message(self, text: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._incoming_ids),
            "date": int(time.time()),
            "chat": self._chat(),
            "from": self._user,
            "text": text,
        }
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return message

    def _inline(self, query: str) -> dict[str, Any]:
        return {
            "id": f"inline{next(self._update_ids)}",
            "from": self._user,
            "query": query,
            "offset": "",
            "chat_type": "private",
        }

    async def _feed(self, payload: dict[str, Any]) -> None:
        update = Update.model_validate({"update_id": next(self._update_ids), **payload})
        await self._dp.feed_update(self._bot, update)
