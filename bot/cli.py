"""The command line: `python -m bot [run | analyze | ingest | show | poll | console]`.

Every failure a user can cause ends here as one line on stderr and exit code 2; tracebacks are
for bugs only. Subcommands import their implementation lazily, so `analyze` never loads aiogram's
networking and `run` never loads the feed parser.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import sys
from collections.abc import Callable, Sequence

from bot.config import ConfigError, Settings, load_settings
from bot.errors import BotError
from storage.errors import StorageError

EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, Callable[[], Settings]], int]


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments in one line and exits 2 (its default code too)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _run(args: argparse.Namespace, settings: Callable[[], Settings]) -> int:
    from bot.app import run_bot

    return run_bot(settings())


def _analyze(args: argparse.Namespace, settings: Callable[[], Settings]) -> int:
    from bot.offline import analyze_command

    return analyze_command(args.path, as_json=args.json)


def _ingest(args: argparse.Namespace, settings: Callable[[], Settings]) -> int:
    from bot.ingest.commands import ingest_url_command, is_web_url
    from bot.offline import ingest_command

    if is_web_url(args.target):
        return asyncio.run(
            ingest_url_command(settings(), args.target, title=args.title, published=args.published)
        )
    return asyncio.run(
        ingest_command(
            settings(), args.target, url=args.url, title=args.title, published=args.published
        )
    )


def _poll(args: argparse.Namespace, settings: Callable[[], Settings]) -> int:
    from bot.ingest.commands import poll_command

    return asyncio.run(poll_command(settings(), once=args.once))


def _show(args: argparse.Namespace, settings: Callable[[], Settings]) -> int:
    from bot.offline import show_command

    return asyncio.run(show_command(settings(), args.id))


def _console(args: argparse.Namespace, settings: Callable[[], Settings]) -> int:
    from bot.console import run_console

    for stream in (sys.stdin, sys.stdout):  # undecodable input or output: never a traceback
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="surrogateescape" if stream is sys.stdin else "replace")
    return asyncio.run(
        run_console(
            settings(),
            stdin=sys.stdin,
            stdout=sys.stdout,
            user_id=args.user_id,
            language_code=args.lang,
            verbose=args.verbose,
        )
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m bot", description="interaffairs-bot")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    run = sub.add_parser("run", help="run the bot (long polling, or a webhook when configured)")
    run.set_defaults(handler=_run, needs_token=True)

    analyze = sub.add_parser("analyze", help="analyse a text file without touching the database")
    analyze.add_argument("path")
    analyze.add_argument("--json", action="store_true", help="print JSON")
    analyze.set_defaults(handler=_analyze)

    ingest = sub.add_parser("ingest", help="store a text file (or a site page URL); prints its id")
    ingest.add_argument("target", help="a text file, or an https://interaffairs.ru page URL")
    ingest.add_argument("--url", help="the article's canonical URL")
    ingest.add_argument("--title", help="override the derived title")
    ingest.add_argument("--published", help="publication time, ISO-8601")
    ingest.set_defaults(handler=_ingest)

    poll = sub.add_parser("poll", help="poll the site's feed (FEED_URL) and store new items")
    poll.add_argument("--once", action="store_true", help="one cycle, print what was added")
    poll.set_defaults(handler=_poll)

    show = sub.add_parser("show", help="print what the bot says about an article")
    show.add_argument("id")
    show.set_defaults(handler=_show)

    console = sub.add_parser("console", help="chat with the bot in this terminal (no token)")
    console.add_argument("--user-id", type=int, default=1, help="who you are (an admin id too)")
    console.add_argument("--lang", choices=("ru", "en"), default="ru", help="interface language")
    console.add_argument("--verbose", action="store_true", help="log lines on stderr, not a file")
    console.set_defaults(handler=_console, own_logging=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = getattr(args, "handler", _run)
    # Only `run` talks to Telegram: every other command ignores BOT_TOKEN, even a malformed one.
    needs_token: bool = getattr(args, "needs_token", handler is _run)
    cached: list[Settings] = []

    def settings() -> Settings:
        if not cached:
            cached.append(load_settings() if needs_token else load_settings(bot_token=None))
            if not getattr(args, "own_logging", False):
                logging.basicConfig(
                    level=cached[0].log_level,
                    format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                )
        return cached[0]

    try:
        return handler(args, settings)
    except (ConfigError, BotError, StorageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
