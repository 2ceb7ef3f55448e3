"""`python -m bot [run]`: the bot itself (long polling, or a webhook when configured)."""

from __future__ import annotations

import argparse

from bot.cli.common import SettingsSource, Subparsers


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("run", help="run the bot (long polling, or a webhook when configured)")
    parser.set_defaults(handler=handle, needs_token=True)


def handle(args: argparse.Namespace, settings: SettingsSource) -> int:
    from bot.app import run_bot

    return run_bot(settings())
