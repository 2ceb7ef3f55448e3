"""A fake Telegram Bot API server on 127.0.0.1, for end-to-end tests of the real polling loop.

The bot talks HTTP to it exactly as to api.telegram.org (BOT_API_SERVER points here). It:
- records every request as `ApiCall(method, params)` (JSON-encoded form fields decoded back);
- answers getMe, getUpdates (a real long poll over queued updates, honouring offset/timeout),
  sendMessage / editMessageText / … (assigning message ids per chat), and True for the rest;
- lets a test script failures per method: `api.fail("sendMessage", 429, "Too Many Requests:
  retry after 3", retry_after=3)` or a 500, consumed FIFO, one per call;
- and network faults, in the same FIFO: `api.fail_html("sendMessage", 502)` (a gateway's HTML
  page), `api.reset("sendMessage", after_reading=False)` (the connection is reset before the
  request is read: nothing is processed and the call is not recorded) or `after_reading=True`
  (the request is processed, recorded as delivered, and then the connection is reset), and
  `api.hold("sendMessage", 5.0)` (processed and recorded, the reply held back 5 s);
- lets a test wait for what the bot did without sleeps: `await api.wait_for("sendMessage")`.

Usage:
    async with FakeBotApi() as api:
        settings = Settings(..., bot_api_server=api.base_url)
        api.push_update(message_update("/summary"))
        call = await api.wait_for("sendMessage")
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import struct
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiogram.types import Update
from aiohttp import web

from tests.support.recording import BOT_ID, BOT_USERNAME, CHANNEL_NUMERIC_ID

_MESSAGE_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "copyMessage",
        "forwardMessage",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
    }
)


@dataclass(frozen=True, slots=True)
class ApiCall:
    """One request the bot made: the Bot API method and its decoded parameters."""

    method: str
    params: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)


@dataclass(slots=True)
class _Failure:
    status: int
    description: str
    retry_after: int | None = None


@dataclass(slots=True)
class _Reset:
    after_reading: bool


@dataclass(slots=True)
class _Html:
    status: int


@dataclass(slots=True)
class _Hold:
    seconds: float


_Scripted = _Failure | _Reset | _Html | _Hold
NGINX_PAGE = (
    "<html>\r\n<head><title>{status} Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>{status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@dataclass(slots=True)
class _State:
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[ApiCall] = field(default_factory=list)
    failures: defaultdict[str, deque[_Scripted]] = field(default_factory=lambda: defaultdict(deque))
    resets: int = 0  # connections reset before their request was read
    processed: list[ApiCall] = field(default_factory=list)  # what "Telegram" acted on


def _decode(value: str) -> Any:
    """Form fields carry JSON for objects and arrays; plain values stay strings/ints."""
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    if value.lstrip("-").isdigit():
        return int(value)
    if value in ("true", "false"):
        return value == "true"
    return value


class FakeBotApi:
    """An aiohttp server speaking enough of the Bot API for the bot's polling loop."""

    def __init__(self, *, token: str | None = None) -> None:
        self._token = token
        self._state = _State()
        self._changed = asyncio.Condition()
        self._message_ids: defaultdict[Any, itertools.count[int]] = defaultdict(
            lambda: itertools.count(1)
        )
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> FakeBotApi:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.1, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # --- scripting -----------------------------------------------------------------------------

    def push_update(self, update: Update | dict[str, Any]) -> None:
        """Queue an update for the bot's next getUpdates (wakes a waiting long poll)."""
        data = (
            update.model_dump(mode="json", exclude_none=True, by_alias=True)
            if isinstance(update, Update)
            else update
        )
        self._state.updates.append(data)
        asyncio.get_running_loop().create_task(self._notify())

    def fail(
        self, method: str, status: int, description: str, *, retry_after: int | None = None
    ) -> None:
        """The next call of `method` fails like Telegram would (e.g. 429 with retry_after)."""
        self._state.failures[method].append(_Failure(status, description, retry_after))

    def fail_html(self, method: str, status: int = 502) -> None:
        """The next call of `method` gets a gateway's HTML error page with `status`."""
        self._state.failures[method].append(_Html(status))

    def reset(self, method: str, *, after_reading: bool) -> None:
        """The next call of `method` has its connection reset (TCP RST), before the request
        is read (nothing processed) or after (processed and recorded, no answer)."""
        self._state.failures[method].append(_Reset(after_reading))

    def hold(self, method: str, seconds: float) -> None:
        """The next call of `method` is processed and recorded; its reply waits `seconds`."""
        self._state.failures[method].append(_Hold(seconds))

    # --- inspection ----------------------------------------------------------------------------

    @property
    def resets_before_reading(self) -> int:
        """Connections reset before their request was read (those calls are not recorded)."""
        return self._state.resets

    @property
    def calls(self) -> list[ApiCall]:
        return list(self._state.calls)

    def of(self, method: str) -> list[ApiCall]:
        return [c for c in self._state.calls if c.method == method]

    def processed(self, method: str) -> list[ApiCall]:
        """Calls of `method` that were acted on (answered ok, or processed and then reset or
        held): what a reader or the channel actually got. Failed calls are not in here."""
        return [c for c in self._state.processed if c.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> ApiCall:
        """Wait until `method` was called `count` times; return the count-th call."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: len(self.of(method)) >= count)
        return self.of(method)[count - 1]

    # --- server --------------------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if self._token is not None and request.match_info["token"] != self._token:
            return _error(401, "Unauthorized")
        failures = self._state.failures.get(method)
        scripted = failures.popleft() if failures else None
        if isinstance(scripted, _Reset) and not scripted.after_reading:
            self._state.resets += 1
            return _reset(request)
        params: dict[str, Any] = {}
        if request.can_read_body:
            form = await request.post()
            params = {k: _decode(v) for k, v in form.items() if isinstance(v, str)}
        params.update({k: _decode(v) for k, v in request.query.items()})
        self._state.calls.append(ApiCall(method, params))
        await self._notify()
        if isinstance(scripted, _Failure):
            return _error(scripted.status, scripted.description, scripted.retry_after)
        if isinstance(scripted, _Html):
            page = NGINX_PAGE.format(status=scripted.status)
            return web.Response(status=scripted.status, text=page, content_type="text/html")
        self._state.processed.append(ApiCall(method, params))
        if isinstance(scripted, _Reset):  # after reading: processed, the answer never sent
            self._result(method, params)
            return _reset(request)
        if isinstance(scripted, _Hold):
            await asyncio.sleep(scripted.seconds)
        if method == "getUpdates":
            return _ok(await self._get_updates(params))
        return _ok(self._result(method, params))

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        # Confirmed updates (id < offset) are gone for good, as on Telegram.
        self._state.updates = [u for u in self._state.updates if u["update_id"] >= offset]
        if not self._state.updates and timeout > 0:
            try:
                async with asyncio.timeout(timeout), self._changed:
                    await self._changed.wait_for(lambda: bool(self._state.updates))
            except TimeoutError:
                return []
        return list(self._state.updates)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Международная жизнь",
                "username": BOT_USERNAME,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": True,
            }
        if method in _MESSAGE_METHODS:
            return self._message(params)
        if method == "getChat":
            return {"id": params.get("chat_id"), "type": "private", "first_name": "Reader"}
        return True

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if isinstance(chat_id, str):
            chat: dict[str, Any] = {
                "id": CHANNEL_NUMERIC_ID,
                "type": "channel",
                "title": "Channel",
                "username": chat_id.lstrip("@"),
            }
        elif isinstance(chat_id, int) and chat_id < 0:
            kind = "channel" if str(chat_id).startswith("-100") else "group"
            chat = {"id": chat_id, "type": kind, "title": "Chat"}
        else:
            chat = {"id": chat_id or 1, "type": "private", "first_name": "Reader"}
        message_id = params.get("message_id") or next(self._message_ids[chat["id"]])
        result: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": chat}
        for key in ("text", "caption", "entities", "reply_markup"):
            if key in params:
                result[key] = params[key]
        return result


def _reset(request: web.Request) -> web.Response:
    """Close the connection with a TCP RST (SO_LINGER 0), as a crashing proxy would."""
    transport = request.transport
    assert transport is not None
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    return web.Response(status=500)  # never reaches the client: the connection is gone


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)
