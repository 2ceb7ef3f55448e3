"""How the outbox worker talks to Telegram: a request prepared once, sent to many chats.

Why: a card to N subscribers is the same message N times with a different `chat_id`. aiogram's
request path builds and validates a pydantic method per send, serialises it field by field and
parses the reply into a full `Message`: about a millisecond of CPU per message, which capped one
process near 830 messages a second. Here the request body is serialised once per payload (with
aiogram's own `prepare_value`, so the bytes are what aiogram would send) and each send only
prepends `chat_id` (and `message_id` for an edit); of the reply only `ok`, `message_id` and the
error fields are read.

Two transports, one contract (`send` returns `Delivered` or `Failed`, never raises):
- `HttpTransport` when the bot's session is aiohttp's (production, the e2e tests, the
  benchmark). It sees the HTTP status, so a 502 with nginx's HTML page is a SERVER fault, and it
  knows whether the request was written before the connection failed.
- `AiogramTransport` for any other session (the tests' recording session, the console): the
  prepared method goes through `bot(...)`, and aiogram's exceptions are classified.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote_plus, urlencode

import aiohttp
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import TelegramMethod

from bot.delivery.policy import Delivered, Failed, Fault, Outcome, api_fault, classify
from bot.delivery.policy import network_fault as _network_fault

REQUEST_TIMEOUT = 30.0  # seconds for a whole send; past it the outcome is unknown
CONNECT_TIMEOUT = 10.0  # seconds to get a connection; past it nothing was sent
_PER_RECIPIENT = frozenset({"chat_id", "message_id"})
_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@dataclass(frozen=True, slots=True)
class Prepared:
    """One Bot API request with its per-recipient fields left out, serialised once."""

    template: TelegramMethod[Any]  # chat_id / message_id are placeholders
    api_method: str
    body: bytes  # the shared form fields, urlencoded exactly as aiogram would encode them


def prepare(bot: Bot, template: TelegramMethod[Any]) -> Prepared:
    """Serialise `template` once (aiogram's model_dump + prepare_value, minus chat/message id)."""
    files: dict[str, Any] = {}
    fields: list[tuple[str, str]] = []
    for key, value in template.model_dump(warnings=False).items():
        if key in _PER_RECIPIENT:
            continue
        prepared = bot.session.prepare_value(value, bot=bot, files=files)
        if prepared:
            fields.append((key, str(prepared)))
    if files:
        raise ValueError("the outbox sends no uploaded files")
    return Prepared(template, template.__api_method__, urlencode(fields).encode())


def request_body(prepared: Prepared, chat_id: int | str, message_id: int | None) -> bytes:
    """The whole form body for one recipient: their fields first, then the shared bytes."""
    head = b"chat_id=" + quote_plus(str(chat_id)).encode()
    if message_id is not None:
        head += b"&message_id=%d" % message_id
    return head + b"&" + prepared.body if prepared.body else head


def read_reply(status: int, raw: bytes, retry_after_header: str | None = None) -> Outcome:
    """A Bot API reply as an outcome; only `ok`, `result.message_id` and the error fields."""
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        what = f"HTTP {status}, not a Bot API answer"
        if status >= 500 or status == 429:
            header = retry_after_header or ""
            return api_fault(status, what, float(header) if header.isdigit() else None)
        if 200 <= status < 300:  # accepted? we cannot tell
            return Failed(Fault.AMBIGUOUS, f"outcome unknown: {what}")
        return api_fault(status, what)
    if data.get("ok") is True and 200 <= status < 300:
        result = data.get("result")
        message_id = result.get("message_id") if isinstance(result, dict) else None
        return Delivered(message_id if isinstance(message_id, int) else None)
    description = str(data.get("description") or f"HTTP {status}")
    parameters = data.get("parameters")
    parameters = parameters if isinstance(parameters, dict) else {}
    code = data.get("error_code")
    failed = api_fault(code if isinstance(code, int) else status, description)
    retry_after = parameters.get("retry_after")
    if isinstance(retry_after, int | float) and retry_after > 0:
        return Failed(Fault.RATE_LIMITED, description, float(retry_after))
    migrate = parameters.get("migrate_to_chat_id")
    if migrate is not None:
        return Failed(Fault.REFUSED, f"{description} (new chat id {migrate})")
    return failed


class Transport(Protocol):
    async def send(self, prepared: Prepared, chat_id: int | str, message_id: int | None) -> Outcome:
        """Send one prepared request to `chat_id`; never raises for a delivery failure."""
        ...


class HttpTransport:
    """Prepared bytes over the bot's own aiohttp session (its connector, proxy, user agent)."""

    def __init__(
        self, bot: Bot, *, timeout: float = REQUEST_TIMEOUT, connect: float = CONNECT_TIMEOUT
    ) -> None:
        self._bot = bot
        self._timeout = aiohttp.ClientTimeout(total=timeout, connect=min(connect, timeout))
        self._urls: dict[str, str] = {}

    def _url(self, api_method: str) -> str:
        url = self._urls.get(api_method)
        if url is None:
            url = self._bot.session.api.api_url(token=self._bot.token, method=api_method)
            self._urls[api_method] = url
        return url

    async def send(self, prepared: Prepared, chat_id: int | str, message_id: int | None) -> Outcome:
        session = await self._bot.session.create_session()  # type: ignore[attr-defined]
        body = request_body(prepared, chat_id, message_id)
        try:
            async with session.post(
                self._url(prepared.api_method), data=body, headers=_FORM, timeout=self._timeout
            ) as response:
                raw = await response.read()
                status = response.status
                retry_after = response.headers.get("Retry-After")
        except asyncio.CancelledError:
            raise
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            return _network_fault(exc)
        return read_reply(status, raw, retry_after)


class AiogramTransport:
    """The prepared method, with its recipient filled in, through `bot(...)`."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def send(self, prepared: Prepared, chat_id: int | str, message_id: int | None) -> Outcome:
        update: dict[str, Any] = {"chat_id": chat_id}
        if message_id is not None:
            update["message_id"] = message_id
        try:
            result = await self._bot(prepared.template.model_copy(update=update))
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            return classify(exc)
        sent_id = getattr(result, "message_id", None)
        return Delivered(sent_id if isinstance(sent_id, int) else message_id)


def transport_for(bot: Bot, *, timeout: float = REQUEST_TIMEOUT) -> Transport:
    """The fast HTTP path when the bot speaks aiohttp, aiogram's own path otherwise."""
    if isinstance(bot.session, AiohttpSession):
        return HttpTransport(bot, timeout=timeout)
    return AiogramTransport(bot)
