"""A recording Bot API session: the boundary where Telegram is replaced in tests.

In the style of aiogram's own `tests/mocked_bot.py`, but FIFO (aiogram's pops LIFO) and with
per-method queues, so a test scripts "the next sendMessage answers 429" without caring what
other calls happen first. Unscripted calls get a realistic default answer (a Message with a
fresh message_id for send/edit methods, True for boolean methods). Every response, scripted or
default, goes through aiogram's own `check_response`, so 429/403/400/5xx become exactly the
exceptions the real network session raises.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import Message

from bot.local_session import LocalSession

TEST_TOKEN = "123456789:AAFakeTokenForTests_abcdefghijklmnop"
BOT_ID = 123456789
BOT_USERNAME = "interaffairs_test_bot"
CHANNEL_NUMERIC_ID = -1001234567890


@dataclass(frozen=True, slots=True)
class Scripted:
    """One scripted answer: an HTTP status with a JSON body, or an exception to raise."""

    status: int = 200
    body: dict[str, Any] | None = None
    raise_exc: BaseException | None = None
    delay: float = 0.0


class RecordingSession(LocalSession):
    """Records every Bot API request; answers from per-method FIFO queues or defaults."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[TelegramMethod[Any]] = []
        self._queues: defaultdict[str, deque[Scripted]] = defaultdict(deque)
        self._message_ids = itertools.count(1001)
        self.closed = False

    # --- scripting -------------------------------------------------------------------------

    def add_result(self, method: str, result: Any) -> None:
        """The next `method` call succeeds with `result` (a JSON-able value)."""
        self._queues[method].append(Scripted(body={"ok": True, "result": result}))

    def add_error(
        self, method: str, status: int, description: str, *, retry_after: int | None = None
    ) -> None:
        """The next `method` call fails as Telegram would (429 carries retry_after)."""
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        self._queues[method].append(Scripted(status=status, body=body))

    def add_exception(self, method: str, exc: BaseException) -> None:
        """The next `method` call raises `exc` (e.g. a timeout or a network error)."""
        self._queues[method].append(Scripted(raise_exc=exc))

    def add_network_error(self, method: str, message: str = "connection reset") -> None:
        self._queues[method].append(
            Scripted(raise_exc=TelegramNetworkError(method=None, message=message))
        )  # type: ignore[arg-type]

    # --- inspection ------------------------------------------------------------------------

    def of(self, method: str) -> list[TelegramMethod[Any]]:
        """Requests of one API method (by its Bot API name, e.g. "sendMessage"), in order."""
        return [r for r in self.requests if r.__api_method__ == method]

    def names(self) -> list[str]:
        return [r.__api_method__ for r in self.requests]

    def clear(self) -> None:
        self.requests.clear()

    # --- BaseSession -----------------------------------------------------------------------

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        self.requests.append(method)
        name = method.__api_method__
        queue = self._queues.get(name)
        scripted = queue.popleft() if queue else None
        if scripted is not None:
            if scripted.delay:
                await asyncio.sleep(scripted.delay)
            if scripted.raise_exc is not None:
                raise scripted.raise_exc
            status, body = scripted.status, scripted.body
        else:
            status, body = 200, {"ok": True, "result": self._default_result(method)}
        response = self.check_response(
            bot=bot, method=method, status_code=status, content=json.dumps(body)
        )
        return response.result  # type: ignore[return-value]

    async def close(self) -> None:
        self.closed = True

    # --- defaults ----------------------------------------------------------------------------

    def _default_result(self, method: TelegramMethod[Any]) -> Any:
        name = method.__api_method__
        if name == "getMe":
            return {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Международная жизнь",
                "username": BOT_USERNAME,
                "supports_inline_queries": True,
            }
        returning = getattr(method, "__returning__", None)
        if returning is bool:
            return True
        if name in {"sendMessage", "sendPhoto", "editMessageText", "editMessageCaption"}:
            return self._message_result(method)
        if name in {"getUpdates", "getChatAdministrators"}:
            return []
        if returning is Message or "Message" in str(returning):
            return self._message_result(method)
        return True

    def _message_result(self, method: TelegramMethod[Any]) -> dict[str, Any]:
        chat_id = getattr(method, "chat_id", None)
        if isinstance(chat_id, str):
            chat = {
                "id": CHANNEL_NUMERIC_ID,
                "type": "channel",
                "title": "Channel",
                "username": chat_id.lstrip("@"),
            }
        elif chat_id is not None and int(chat_id) < 0:
            chat = {
                "id": int(chat_id),
                "type": "channel" if str(chat_id).startswith("-100") else "group",
                "title": "Chat",
            }
        else:
            chat = {"id": int(chat_id or 1), "type": "private", "first_name": "Reader"}
        message_id = getattr(method, "message_id", None) or next(self._message_ids)
        result: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": chat}
        text = getattr(method, "text", None)
        if isinstance(text, str):
            result["text"] = text
        entities = getattr(method, "entities", None)
        if entities:
            result["entities"] = [e.model_dump(exclude_none=True) for e in entities]
        caption = getattr(method, "caption", None)
        if isinstance(caption, str):
            result["caption"] = caption
        return result


def make_bot(session: RecordingSession | None = None) -> Bot:
    """A Bot whose every request lands in a RecordingSession."""
    return Bot(TEST_TOKEN, session=session or RecordingSession())
