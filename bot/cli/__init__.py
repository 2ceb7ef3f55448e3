"""The command line: `python -m bot [run | analyze | ingest | show | poll | console | backfill
| backup]`.

One module per subcommand, each with `register(subparsers)` and `handle(args, settings)`:

    run.py       the bot (the default)          analyze.py   analysis of a text file
    ingest.py    store a file or a page         show.py      an article as readers get it
    poll.py      the feed by hand               console.py   the bot in this terminal
    backfill.py  the site's archive, by page id  common.py    the parser, shared input checks
    backup.py    a copy of the live database

Every failure a user can cause ends here as one line on stderr and exit code 2; tracebacks are
for bugs only. Subcommands import their implementation lazily, so `analyze` never loads aiogram's
networking and `run` never loads the feed parser. Only `run` reads BOT_TOKEN: every other
command ignores it, even a malformed one.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

from bot.cli import analyze, backfill, backup, console, ingest, poll, run, show
from bot.cli.common import EXIT_USAGE, Handler, Parser
from bot.config import Settings, load_settings
from bot.errors import BotError
from storage.errors import StorageError

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def program_name() -> str:
    """How this very program is started, for usage lines: `.venv/bin/python -m bot` from the
    repository (what works as written), `interaffairs-bot` as the installed script."""
    if not sys.argv or Path(sys.argv[0]).name != "__main__.py":
        return Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python -m bot"
    python = Path(sys.executable)
    with suppress(ValueError):  # outside the working directory: the full path
        python = python.relative_to(Path.cwd())
    return f"{python} -m bot"


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog=program_name(), description="interaffairs-bot")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for command in (run, analyze, ingest, poll, show, console, backfill, backup):
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = getattr(args, "handler", run.handle)
    needs_token: bool = getattr(args, "needs_token", handler is run.handle)
    cached: list[Settings] = []

    def settings() -> Settings:
        if not cached:
            cached.append(load_settings() if needs_token else load_settings(bot_token=None))
            if not getattr(args, "own_logging", False):
                logging.basicConfig(level=cached[0].log_level, format=LOG_FORMAT)
        return cached[0]

    try:
        return handler(args, settings)
    except (BotError, StorageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
