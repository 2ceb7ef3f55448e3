"""Webhook mode: Telegram POSTs updates to us instead of the bot long-polling for them.

On when WEBHOOK_BASE_URL is set. Telegram signs every request with the secret we gave it in
setWebhook (header X-Telegram-Bot-Api-Secret-Token); aiogram's SimpleRequestHandler answers 401
to any request without the right one, so nobody else can feed us updates. That makes
WEBHOOK_SECRET mandatory in this mode.

Lifecycle (WebhookService): start() serves aiohttp on WEBHOOK_HOST:WEBHOOK_PORT (behind a TLS
reverse proxy), then calls setWebhook with the dispatcher's used update types and
drop_pending_updates=False (updates sent while we were down are still delivered); stop() calls
deleteWebhook (again keeping pending updates) and closes the server.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from bot.config import Settings
from bot.errors import UsageError

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
    SimpleRequestHandler(
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
