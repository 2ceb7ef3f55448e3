"""The console's own world: its database file, its log file, and `run_console`.

Why its own database: an admin rehearsing `/post` in the console must never find it in the
channel the next time the bot starts. So the console never opens `DATABASE_PATH`; it copies it
(the real articles, as they are now) into `console_database_path(...)` at every start and works
there. No running bot reads that file, so nothing queued in it is ever sent.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties

from bot.config import Settings
from bot.console.chat import Console
from bot.console.session import CONSOLE_USER_ID, ConsoleSession
from bot.console.terminal import wants_ansi
from bot.texts import lang_for, t

# A syntactically valid token that can never reach Telegram: this session has no network.
CONSOLE_TOKEN = "1000000:console-offline-session"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def console_database_path(database_path: Path) -> Path:
    """`data/interaffairs.sqlite3` → `data/interaffairs.console.sqlite3`."""
    return database_path.with_name(f"{database_path.stem}.console{database_path.suffix}")


@contextmanager
def console_logging(log_path: Path, level: str, *, verbose: bool) -> Iterator[None]:
    """Every log line to `log_path` (or stderr with --verbose), never between the answers.

    The root logger's handlers are swapped for the console's run and restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    handler: logging.Handler
    if verbose:
        handler = logging.StreamHandler(sys.stderr)
    else:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.handlers[:] = [handler]
    root.setLevel(level)
    try:
        yield
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        handler.close()


async def run_console(
    settings: Settings,
    *,
    stdin: TextIO,
    stdout: TextIO,
    user_id: int = CONSOLE_USER_ID,
    language_code: str = "ru",
    verbose: bool = False,
) -> int:
    """Chat with the real Dispatcher on a fresh copy of the real store until input ends."""
    database = console_database_path(settings.database_path)
    with console_logging(database.with_suffix(".log"), settings.log_level, verbose=verbose):
        return await _chat(settings, database, stdin, stdout, user_id, language_code)


async def _chat(
    settings: Settings,
    database: Path,
    stdin: TextIO,
    stdout: TextIO,
    user_id: int,
    language_code: str,
) -> int:
    from bot.app import create_dispatcher
    from bot.delivery.publisher import Publisher
    from bot.seed import open_store
    from storage.snapshot import replace_with_copy

    # aiogram logs every handled update at INFO: noise in the console's log.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    await asyncio.to_thread(replace_with_copy, settings.database_path, database)
    rehearsal = settings.model_copy(update={"database_path": database})
    store = await open_store(database)
    lang = lang_for(language_code)
    session = ConsoleSession(stdout, ansi=wants_ansi(stdout), lang=lang)
    bot = Bot(token=CONSOLE_TOKEN, session=session, default=DefaultBotProperties(parse_mode=None))
    queued: list[bool] = []
    try:
        publisher = Publisher(rehearsal, store, on_enqueue=lambda: queued.append(True))
        dp = create_dispatcher(rehearsal, store, publisher=publisher)
        console = Console(
            dp, bot, session, stdin=stdin, user_id=user_id, language_code=language_code
        )
        session.say(t("console.intro", lang, database=database))
        await console.run(after_each=lambda: _note_rehearsal(session, queued, database))
    finally:
        await bot.session.close()
        await store.close()
    return 0


def _note_rehearsal(session: ConsoleSession, queued: list[bool], database: Path) -> None:
    """After a line that queued something (a post, a preview): say that nothing goes out."""
    if queued:
        queued.clear()
        session.say(t("console.rehearsal", session.lang, database=database))
