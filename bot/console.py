"""`python -m bot console`: chat with the bot in a terminal — no token, no network.

Why: an editor or a developer can see exactly what readers will see (the very same Dispatcher,
routers, renderers and store as `python -m bot`) before a token exists, on a plane, or against
a copy of the production database.

How: a `ConsoleSession` stands where aiogram's HTTP session would; every Bot API request the
handlers make is rendered to the terminal instead of being sent (sendMessage, editMessageText,
answerCallbackQuery, answerInlineQuery…). What the operator types becomes a real `Update`:
a line of text is a message, a number presses that button of the last keyboard (a callback
button feeds a callback_query; a URL button just prints its URL), `@ words` is an inline query.

Terminal rendering of entities: bold/italic/underline via ANSI when stdout is a TTY (and
NO_COLOR is unset), plain markers (*bold*, _italic_) otherwise; links as "text (url)";
blockquotes prefixed with "│ ".
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity, Update

from bot.config import Settings
from bot.local_session import LocalSession

# A syntactically valid token that can never reach Telegram: this session has no network.
CONSOLE_TOKEN = "1000000:console-offline-session"
CONSOLE_BOT_ID = 1000000
CONSOLE_BOT_USERNAME = "interaffairs_console_bot"
CONSOLE_USER_ID = 1
QUIT_WORDS = frozenset({"/quit", "/exit"})

INTRO = (
    "Консоль бота «Международная жизнь»: всё как в Telegram, но без сети.\n"
    "Пишите команды (/start, /latest, /summary, /search слова), «@ слова» — встроенный поиск,\n"
    "номер — нажать кнопку под последним сообщением; /quit или Ctrl-D — выход."
)

_ANSI = {
    "bold": ("\x1b[1m", "\x1b[22m"),
    "italic": ("\x1b[3m", "\x1b[23m"),
    "underline": ("\x1b[4m", "\x1b[24m"),
    "strikethrough": ("\x1b[9m", "\x1b[29m"),
    "code": ("\x1b[2m", "\x1b[22m"),
    "pre": ("\x1b[2m", "\x1b[22m"),
}
_PLAIN = {
    "bold": ("*", "*"),
    "italic": ("_", "_"),
    "strikethrough": ("~", "~"),
    "code": ("`", "`"),
    "pre": ("```\n", "\n```"),
}
_QUOTES = frozenset({"blockquote", "expandable_blockquote"})
QUOTE_PREFIX = "│ "


def render_entities(text: str, entities: Sequence[MessageEntity], *, ansi: bool) -> str:
    """`text` with its entities shown for a terminal (offsets are UTF-16 code units)."""
    starts: list[int] = []  # utf-16 offset at which each python character starts
    units = 0
    for char in text:
        starts.append(units)
        units += 2 if ord(char) > 0xFFFF else 1
    index_of = {u: i for i, u in enumerate(starts)}
    index_of[units] = len(text)

    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    quoted = [False] * len(text)
    markers = _ANSI if ansi else _PLAIN
    for entity in sorted(entities, key=lambda e: (e.offset, -e.length)):
        begin = index_of.get(entity.offset)
        end = index_of.get(entity.offset + entity.length)
        if begin is None or end is None:
            continue
        if entity.type in _QUOTES:
            for i in range(begin, end):
                quoted[i] = True
            continue
        if entity.type == "text_link" and entity.url:
            opening, closing = "", f" ({entity.url})"
        elif entity.type in markers:
            opening, closing = markers[entity.type]
        else:
            continue
        opens.setdefault(begin, []).append(opening)
        closes.setdefault(end, []).insert(0, closing)

    out: list[str] = []
    for i, char in enumerate(text):
        out.extend(closes.get(i, ()))
        if quoted[i] and (i == 0 or text[i - 1] == "\n"):
            out.append(QUOTE_PREFIX)
        out.extend(opens.get(i, ()))
        out.append(char)
    out.extend(closes.get(len(text), ()))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Shown:
    """The last message that had a keyboard: its buttons are what a typed number presses."""

    message_id: int
    chat_id: int
    text: str
    buttons: tuple[InlineKeyboardButton, ...]


class ConsoleSession(LocalSession):
    """A Bot API session that prints requests to a terminal and answers them like Telegram."""

    def __init__(self, out: TextIO, *, ansi: bool) -> None:
        super().__init__()
        self.out = out
        self.ansi = ansi
        self.shown: Shown | None = None
        self._message_ids = itertools.count(1)

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        name = method.__api_method__
        body: dict[str, Any]
        if name == "getMe":
            body = {"ok": True, "result": _me()}
        elif name in {"sendMessage", "editMessageText"}:
            body = {"ok": True, "result": self._show_message(method, edited=name != "sendMessage")}
        elif name == "sendPhoto":
            body = {"ok": True, "result": self._show_message(method, edited=False)}
        elif name == "answerCallbackQuery":
            text = getattr(method, "text", None)
            if text:
                self.say(f"  ⚑ {text}")
            body = {"ok": True, "result": True}
        elif name == "answerInlineQuery":
            self._show_inline(method)
            body = {"ok": True, "result": True}
        elif getattr(method, "__returning__", None) is bool:
            body = {"ok": True, "result": True}
        else:
            body = {"ok": False, "error_code": 400, "description": f"{name}: not in the console"}
        response = self.check_response(
            bot=bot, method=method, status_code=200 if body["ok"] else 400, content=json.dumps(body)
        )
        return response.result  # type: ignore[return-value]

    # --- rendering ---------------------------------------------------------------------------

    def say(self, text: str = "") -> None:
        """One line to the terminal (the console's own notes use it too)."""
        print(text, file=self.out, flush=True)

    def _show_message(self, method: TelegramMethod[Any], *, edited: bool) -> dict[str, Any]:
        text = getattr(method, "text", None) or getattr(method, "caption", None) or ""
        entities = (
            getattr(method, "entities", None) or getattr(method, "caption_entities", None) or []
        )
        chat_id = int(getattr(method, "chat_id", None) or CONSOLE_USER_ID)
        message_id = getattr(method, "message_id", None) or next(self._message_ids)
        self.say()
        self.say("бот (исправлено) ›" if edited else "бот ›")
        photo = getattr(method, "photo", None)
        if isinstance(photo, str):
            self.say(f"[фото: {photo}]")
        self.say(render_entities(text, entities, ansi=self.ansi))
        markup = getattr(method, "reply_markup", None)
        if isinstance(markup, InlineKeyboardMarkup):
            self._show_keyboard(markup, message_id, chat_id, text)
        result: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Console"},
            "text": text,
        }
        if entities:
            result["entities"] = [e.model_dump(exclude_none=True) for e in entities]
        if isinstance(markup, InlineKeyboardMarkup):
            result["reply_markup"] = markup.model_dump(exclude_none=True)
        return result

    def _show_keyboard(
        self, markup: InlineKeyboardMarkup, message_id: int, chat_id: int, text: str
    ) -> None:
        buttons: list[InlineKeyboardButton] = []
        for row in markup.inline_keyboard:
            cells = []
            for button in row:
                buttons.append(button)
                label = f"[{len(buttons)}] {button.text}"
                cells.append(f"{label} ↗" if button.url else label)
            self.say("  " + "   ".join(cells))
        self.shown = Shown(message_id, chat_id, text, tuple(buttons))

    def _show_inline(self, method: TelegramMethod[Any]) -> None:
        results = list(getattr(method, "results", None) or [])
        self.say()
        self.say(f"встроенный поиск › {len(results)}")
        for number, result in enumerate(results, start=1):
            title = getattr(result, "title", "") or ""
            description = getattr(result, "description", "") or ""
            self.say(f"  {number}. {title}")
            if description:
                self.say(f"     {description}")


def _inline_query_text(line: str) -> str:
    """«@ слова», «@слова» or «@<bot username> слова» → «слова»."""
    rest = line[1:].strip()
    first, _, tail = rest.partition(" ")
    if first.lower() == CONSOLE_BOT_USERNAME:
        return tail.strip()
    return rest


def _me() -> dict[str, Any]:
    return {
        "id": CONSOLE_BOT_ID,
        "is_bot": True,
        "first_name": "Международная жизнь",
        "username": CONSOLE_BOT_USERNAME,
        "supports_inline_queries": True,
    }


class Console:
    """Reads lines, turns them into Updates for the Dispatcher, until /quit or end of input."""

    def __init__(
        self,
        dp: Dispatcher,
        bot: Bot,
        session: ConsoleSession,
        *,
        stdin: TextIO,
        user_id: int = CONSOLE_USER_ID,
        language_code: str = "ru",
    ) -> None:
        self._dp = dp
        self._bot = bot
        self._session = session
        self._in = stdin
        self._user = {
            "id": user_id,
            "is_bot": False,
            "first_name": "Консоль",
            "language_code": language_code,
        }
        self._update_ids = itertools.count(1)
        self._incoming_ids = itertools.count(1_000_000)

    async def run(self) -> None:
        self._session.say(INTRO)
        while True:
            line = await asyncio.to_thread(self._in.readline)
            if not line:  # end of input (Ctrl-D or a closed pipe)
                return
            text = line.strip()
            if text in QUIT_WORDS:
                return
            if text:
                await self.handle(text)

    async def handle(self, text: str) -> None:
        """One typed line: a button number, an inline query, or a message."""
        shown = self._session.shown
        if text.isdigit() and shown is not None:
            await self._press(shown, int(text))
        elif text.startswith("@"):
            await self._feed({"inline_query": self._inline(_inline_query_text(text))})
        else:
            await self._feed({"message": self._message(text)})

    async def _press(self, shown: Shown, number: int) -> None:
        if not 1 <= number <= len(shown.buttons):
            self._session.say(f"  Нет кнопки с номером {number}.")
            return
        button = shown.buttons[number - 1]
        if button.url:
            self._session.say(f"  ↗ {button.url}")
            return
        if button.callback_data is None:
            self._session.say("  Эта кнопка в консоли ничего не делает.")
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


def wants_ansi(out: TextIO) -> bool:
    """ANSI styling only for a real terminal, and never when NO_COLOR is set."""
    return out.isatty() and "NO_COLOR" not in os.environ


def create_console_bot(session: ConsoleSession) -> Bot:
    return Bot(token=CONSOLE_TOKEN, session=session, default=DefaultBotProperties(parse_mode=None))


async def run_console(
    settings: Settings,
    *,
    stdin: TextIO,
    stdout: TextIO,
    user_id: int = CONSOLE_USER_ID,
    language_code: str = "ru",
) -> int:
    """Open the real (seeded) store and chat with the real Dispatcher until input ends."""
    from bot.app import create_dispatcher
    from bot.seed import open_store

    # aiogram logs every handled update at INFO: noise between the bot's answers here.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    store = await open_store(settings.database_path)
    session = ConsoleSession(stdout, ansi=wants_ansi(stdout))
    bot = create_console_bot(session)
    try:
        dp = create_dispatcher(settings, store)
        console = Console(
            dp, bot, session, stdin=stdin, user_id=user_id, language_code=language_code
        )
        await console.run()
    finally:
        await bot.session.close()
        await store.close()
    return 0
