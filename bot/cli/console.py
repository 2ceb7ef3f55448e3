"""`python -m bot console [--lang en] [--user-id N] [--verbose]`: the bot in this terminal.

It needs no token and ignores BOT_TOKEN; it works on a copy of the database (bot.console).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import sys

from bot.cli.common import SettingsSource, Subparsers


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("console", help="chat with the bot in this terminal (no token)")
    parser.add_argument("--user-id", type=int, default=1, help="who you are (an admin id too)")
    parser.add_argument("--lang", choices=("ru", "en"), default="ru", help="interface language")
    parser.add_argument("--verbose", action="store_true", help="log lines on stderr, not a file")
    parser.set_defaults(handler=handle, own_logging=True)


def handle(args: argparse.Namespace, settings: SettingsSource) -> int:
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
