"""Factories and runners: `create_bot`, `build_app`, `create_dispatcher`, `serve`, `run_bot`.

`python -m bot` → `run_bot(settings)` → `asyncio.run(serve(settings))`. `serve` is the whole
application: open the store, `build_app` (store → outbox worker → publisher → services →
dispatcher, returned as one typed `App`), publish the command menu and description, long-poll
until SIGINT/SIGTERM (or the given stop event), then stop services, polling and the store — in
that order, without a traceback. The e2e test runs this same `serve`.

Background services (outbox worker, digest, feed poller, health server, …) implement `Service`
(async start/stop) and are listed in `create_services` — one line each. They start after the
dispatcher's startup and stop in reverse order at shutdown.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Protocol

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError

from bot.cache import RenderCache
from bot.clock import SystemClock
from bot.config import Settings
from bot.delivery.digest import DigestService
from bot.delivery.publisher import Publisher
from bot.delivery.scheduler import Scheduler
from bot.delivery.warmup import TopicIndexWarmup
from bot.delivery.worker import OutboxWorker
from bot.editors import Editors
from bot.errors import UsageError
from bot.handlers import create_routers
from bot.metrics import Metrics, UpdateCountingMiddleware
from bot.middlewares.i18n import LanguageMiddleware
from bot.profile import publish_profile
from bot.render.links import Links
from bot.web.health import HealthService
from bot.web.webhook import check_web_settings, serve_webhook_until
from storage import Store

log = logging.getLogger(__name__)

POLLING_TIMEOUT = 30  # seconds Telegram holds a getUpdates open
# Updates handled at once: enough to hide a slow send, bounded so a flood cannot spawn
# thousands of tasks (the reader path is mostly cache hits; SQLite reads serialise anyway).
TASKS_CONCURRENCY_LIMIT = 64


class Service(Protocol):
    """A background part of the bot that lives as long as polling does."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


def require_token(settings: Settings) -> str:
    """The token, or one line saying what to set and where (the CLI exits 2 with it)."""
    if settings.bot_token is None:
        raise UsageError(
            "BOT_TOKEN is not set: put the token from @BotFather into .env (see .env.example), "
            "or try the bot without Telegram: .venv/bin/python -m bot console"
        )
    return settings.bot_token.get_secret_value()


def create_bot(settings: Settings) -> Bot:
    token = require_token(settings)
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.api_server))
    return Bot(
        token=token,
        session=session,
        default=DefaultBotProperties(parse_mode=None),
    )


@dataclass(frozen=True, slots=True)
class App:
    """The bot's parts, built once in dependency order by `build_app`: what `serve` runs and
    what the tests take apart."""

    settings: Settings
    store: Store
    bot: Bot
    metrics: Metrics
    worker: OutboxWorker
    publisher: Publisher
    services: tuple[Service, ...]  # started in this order with the dispatcher, stopped reversed
    dispatcher: Dispatcher


def build_app(settings: Settings, store: Store, bot: Bot, *, metrics: Metrics | None = None) -> App:
    """store → worker → publisher → services → dispatcher, each built from the ones before:
    the one Publisher (handlers and the feed poller share it) wakes the one outbox worker."""
    metrics = metrics or Metrics()  # one per process: handlers and services record into it
    worker = OutboxWorker(bot, store, settings, metrics=metrics)
    publisher = Publisher(settings, store, on_enqueue=worker.wake)
    services = create_services(settings, store, bot, worker, publisher, metrics)
    dispatcher = create_dispatcher(
        settings, store, publisher=publisher, services=services, metrics=metrics
    )
    return App(settings, store, bot, metrics, worker, publisher, services, dispatcher)


def create_services(
    settings: Settings,
    store: Store,
    bot: Bot,
    worker: OutboxWorker,
    publisher: Publisher,
    metrics: Metrics,
) -> tuple[Service, ...]:
    """The background services for this deployment; each feature adds one line here."""
    services: list[Service] = []
    # --- services: one line each (started in this order, stopped in reverse) -------------
    if settings.health_port is not None:
        services.append(HealthService(settings, store, metrics))
    services.append(worker)
    services.append(DigestService(bot, store, on_enqueue=worker.wake))
    services.append(Scheduler(store, publisher))  # the editors' scheduled posts, at their time
    if settings.feed_poll_seconds > 0:  # the site's feed; new items go to the publisher
        from bot.ingest.poller import FeedPoller  # lazily: feedparser/trafilatura only if on

        services.append(FeedPoller(settings, store, publisher, metrics=metrics))
    services.append(TopicIndexWarmup(store))  # readers' topics in memory before a publish
    # --- end of services ------------------------------------------------------------------
    return tuple(services)


def create_dispatcher(
    settings: Settings,
    store: Store,
    *,
    publisher: Publisher | None = None,
    services: Sequence[Service] = (),
    cache: RenderCache | None = None,
    metrics: Metrics | None = None,
    **extra: Any,
) -> Dispatcher:
    """A Dispatcher with every router; handlers get `settings`, `store`, `cache`, `links`,
    `publisher`, `lang` and anything in `extra` by parameter name.

    Without a `publisher` (a test, the console) one is made that wakes no worker: nothing
    queued is sent by this process."""
    links = Links.from_settings(settings)
    dispatcher = Dispatcher(
        settings=settings,
        store=store,
        cache=cache or RenderCache(store, links),
        links=links,
        metrics=metrics or Metrics(),
        publisher=publisher or Publisher(settings, store, links=links),
        **extra,
    )
    dispatcher.workflow_data.setdefault("clock", SystemClock())  # the desk schedules by it
    dispatcher.workflow_data.setdefault("editors", Editors(settings, clock=dispatcher["clock"]))
    dispatcher.update.outer_middleware(UpdateCountingMiddleware(dispatcher["metrics"]))
    dispatcher.update.outer_middleware(LanguageMiddleware())
    dispatcher.include_routers(*create_routers(settings))
    _attach_services(dispatcher, services)
    return dispatcher


def _attach_services(dispatcher: Dispatcher, services: Sequence[Service]) -> None:
    started: list[Service] = []

    async def start_services() -> None:
        for service in services:
            await service.start()
            started.append(service)

    async def stop_services() -> None:
        while started:
            service = started.pop()
            try:
                await service.stop()
            except Exception:
                log.exception("stopping %s failed", type(service).__name__)

    dispatcher.startup.register(start_services)
    dispatcher.shutdown.register(stop_services)


async def serve(
    settings: Settings, *, stop: asyncio.Event | None = None, bot: Bot | None = None
) -> None:
    """Run the bot until `stop` is set or SIGINT/SIGTERM arrives; then shut down cleanly."""
    from bot.seed import open_store

    bot = bot or create_bot(settings)  # a missing token fails before any file is touched
    stop = stop or asyncio.Event()
    store = await open_store(settings.database_path)
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    try:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, _on_signal, sig, stop)
                installed.append(sig)
        app = build_app(settings, store, bot)
        await _check_token(bot, settings)
        await publish_profile(bot, settings)
        if settings.webhook_base_url is not None:
            await serve_webhook_until(app.dispatcher, bot, settings, stop)
        else:
            await _poll_until(app.dispatcher, bot, stop)
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        await bot.session.close()
        await store.close()
        log.info("stopped")


async def _check_token(bot: Bot, settings: Settings) -> None:
    """getMe once before anything else: a rejected token or an unreachable BOT_API_SERVER is
    one clear line (exit 2 via the CLI), not a traceback from inside the polling loop."""
    try:
        me = await bot.me()
    except TelegramUnauthorizedError:
        raise UsageError(
            "Telegram rejected BOT_TOKEN (401 Unauthorized): copy the token from @BotFather "
            "into .env again (see .env.example)"
        ) from None
    except TelegramNetworkError as exc:
        raise UsageError(
            f"cannot reach the Bot API at {settings.api_server} ({exc.message}): "
            "check the network or BOT_API_SERVER in .env"
        ) from None
    log.info("running as @%s (id %s)", me.username, me.id)


def _on_signal(sig: signal.Signals, stop: asyncio.Event) -> None:
    log.info("received %s, stopping", sig.name)
    stop.set()


async def _poll_until(dispatcher: Dispatcher, bot: Bot, stop: asyncio.Event) -> None:
    polling = asyncio.create_task(
        dispatcher.start_polling(
            bot,
            polling_timeout=POLLING_TIMEOUT,
            allowed_updates=dispatcher.resolve_used_update_types(),
            handle_signals=False,  # ours set `stop`, so tests and production stop one way
            close_bot_session=False,  # serve() closes it after the services are stopped
            tasks_concurrency_limit=TASKS_CONCURRENCY_LIMIT,
        )
    )
    stopping = asyncio.create_task(stop.wait())
    done, _ = await asyncio.wait({polling, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if polling in done:  # polling ended by itself: surface its error, if any
        stopping.cancel()
        polling.result()
        return
    try:
        await dispatcher.stop_polling()
    except RuntimeError:  # stopped before polling got going
        polling.cancel()
    with suppress(asyncio.CancelledError):
        await polling


def run_bot(settings: Settings) -> int:
    """`python -m bot run`: serve until interrupted; 0 on a clean stop."""
    require_token(settings)  # before anything else: a missing token is exit 2 via the CLI
    check_web_settings(settings)  # webhook mode without its secret: exit 2 too
    with suppress(KeyboardInterrupt):
        asyncio.run(serve(settings))
    return 0
