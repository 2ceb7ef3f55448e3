"""Webhook mode: Telegram POSTs updates to us instead of the bot long-polling for them.

On when WEBHOOK_BASE_URL is set. Telegram signs every request with the secret we gave it in
setWebhook (header X-Telegram-Bot-Api-Secret-Token); a request without the right one gets 401, so
nobody else can feed us updates. That makes WEBHOOK_SECRET mandatory in this mode. A request with
the secret whose body is not an Update (bad JSON, not UTF-8, not an object) gets 400 and one log
line; it never reaches the dispatcher.

Lifecycle (WebhookService): start() serves aiohttp on WEBHOOK_HOST:WEBHOOK_PORT (behind a TLS
reverse proxy), then calls setWebhook with the dispatcher's used update types and
drop_pending_updates=False (updates sent while we were down are still delivered); stop() calls
deleteWebhook (again keeping pending updates) and closes the server.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import TelegramMethod
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web
from pydantic import ValidationError

from bot.config import Settings
from bot.errors import BadUpdate, UsageError

log = logging.getLogger(__name__)

# Telegram's rule for secret_token: 1-256 characters, A-Z a-z 0-9 _ -.
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def webhook_url(settings: Settings) -> str:
    """WEBHOOK_BASE_URL joined with WEBHOOK_PATH."""
    if settings.webhook_base_url is None:
        raise UsageError("WEBHOOK_BASE_URL is not set")
    return str(settings.webhook_base_url).rstrip("/") + settings.webhook_path


def webhook_secret(settings: Settings) -> str:
    """The secret Telegram must send back; a UsageError (one line, exit 2) when unusable."""
    if settings.webhook_secret is None:
        raise UsageError(
            "WEBHOOK_SECRET is not set: webhook mode needs it (1-256 of A-Z a-z 0-9 _ -), "
            "e.g. from `python -c 'import secrets; print(secrets.token_urlsafe(32))'`"
        )
    secret = settings.webhook_secret.get_secret_value()
    if not _SECRET_RE.fullmatch(secret):
        raise UsageError("WEBHOOK_SECRET is invalid: expected 1-256 of A-Z a-z 0-9 _ -")
    return secret


def parse_update(body: bytes, bot: Bot) -> Update:
    """The body as an Update, or BadUpdate saying in a few words why it is not one."""
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadUpdate(f"body is not UTF-8 (byte {exc.start})") from None
    except ValueError as exc:
        raise BadUpdate(f"body is not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise BadUpdate(f"body is a JSON {type(data).__name__}, not an object")
    try:
        return Update.model_validate(data, context={"bot": bot})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        raise BadUpdate(f"not an Update: {where}: {first['msg']}") from None


class _CheckedRequestHandler(SimpleRequestHandler):
    """aiogram's handler, but the body is parsed and validated before anything is scheduled.

    Why: aiogram parses JSON inside the request (junk → 500 with a traceback) and validates
    the Update inside a background task (junk → "Task exception was never retrieved"). Here
    junk is answered 400 with one log line, and only a real Update reaches the dispatcher.
    """

    async def handle(self, request: web.Request) -> web.Response:
        bot = await self.resolve_bot(request)
        if not self.verify_secret(request.headers.get("X-Telegram-Bot-Api-Secret-Token", ""), bot):
            return web.Response(body="Unauthorized", status=401)
        try:
            update = parse_update(await request.read(), bot)
        except BadUpdate as exc:
            log.warning("webhook: 400 for a request from %s: %s", request.remote, exc)
            return web.Response(text="Bad Request", status=400)
        if not self.handle_in_background:
            result: TelegramMethod[Any] | None = await self.dispatcher.feed_webhook_update(
                bot, update, **self.data
            )
            return web.Response(body=self._build_response_writer(bot=bot, result=result))
        task = asyncio.create_task(self._feed(bot, update))
        self._background_feed_update_tasks.add(task)
        task.add_done_callback(self._background_feed_update_tasks.discard)
        return web.json_response({})

    async def _feed(self, bot: Bot, update: Update) -> None:
        try:
            result = await self.dispatcher.feed_update(bot, update, **self.data)
            if isinstance(result, TelegramMethod):
                await self.dispatcher.silent_call_request(bot=bot, result=result)
        except Exception as exc:  # the errors router handles handlers' errors; this is a net
            log.error("webhook: update %d failed: %r", update.update_id, exc)


def create_webhook_app(
    dp: Dispatcher,
    bot: Bot,
    *,
    path: str,
    secret: str,
    handle_in_background: bool = True,
) -> web.Application:
    """An aiohttp app with the dispatcher's update handler mounted at `path`."""
    app = web.Application()
    _CheckedRequestHandler(
        dispatcher=dp,
        bot=bot,
        secret_token=secret,
        handle_in_background=handle_in_background,
    ).register(app, path=path)
    return app


class WebhookService:
    """Serves the webhook and registers it with Telegram; start()/stop() bracket a run.

    The caller emits the dispatcher's startup/shutdown around it (as polling does), so the
    same startup code runs in both modes.
    """

    def __init__(self, settings: Settings, dp: Dispatcher, bot: Bot) -> None:
        self._url = webhook_url(settings)
        self._secret = webhook_secret(settings)
        self._host = settings.webhook_host
        self._port = settings.webhook_port
        self._dp = dp
        self._bot = bot
        self.app = create_webhook_app(dp, bot, path=settings.webhook_path, secret=self._secret)
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        runner = web.AppRunner(self.app, access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, self._host, self._port).start()
            await self._bot.set_webhook(
                url=self._url,
                secret_token=self._secret,
                allowed_updates=self._dp.resolve_used_update_types(),
                drop_pending_updates=False,
            )
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        log.info("webhook set; serving on %s:%s", self._host, self._port)

    async def stop(self) -> None:
        if self._runner is None:
            return
        try:
            await self._bot.delete_webhook(drop_pending_updates=False)
        except Exception as exc:  # the server must close even when Telegram is unreachable
            log.warning("could not delete the webhook: %s", exc)
        await self._runner.cleanup()
        self._runner = None
        log.info("webhook removed")


def check_web_settings(settings: Settings) -> None:
    """Fail at start, in one line, on web settings that cannot work (the CLI exits 2)."""
    if settings.webhook_base_url is not None:
        webhook_secret(settings)
        if settings.health_port == settings.webhook_port:
            raise UsageError(
                f"HEALTH_PORT and WEBHOOK_PORT are both {settings.webhook_port}: "
                "give the health endpoint a port of its own"
            )


async def serve_webhook_until(
    dp: Dispatcher, bot: Bot, settings: Settings, stop: asyncio.Event
) -> None:
    """Webhook mode's counterpart of long polling: startup, serve until `stop`, shutdown.

    The dispatcher's startup (which starts the background services) runs before the webhook
    is set, so the first update finds everything ready; shutdown runs after it is removed.
    """
    service = WebhookService(settings, dp, bot)
    workflow: dict[str, Any] = {"dispatcher": dp, "bots": [bot], **dp.workflow_data, "bot": bot}
    await dp.emit_startup(**workflow)
    try:
        await service.start()
        try:
            await stop.wait()
        finally:
            await service.stop()
    finally:
        await dp.emit_shutdown(**workflow)
