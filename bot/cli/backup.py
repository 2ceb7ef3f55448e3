"""`python -m bot backup PATH`: a consistent copy of the database, safe while the bot runs.

Why: subscribers, editors' edits and the outbox live in one SQLite file. The copy is made with
SQLite's online backup API (not a file copy, which can catch a WAL database half-written), is
checked and counted, and never overwrites an existing file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli.common import SettingsSource, Subparsers


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("backup", help="copy the database (safe while the bot runs)")
    parser.add_argument("path", help="the new file to write; an existing file is refused")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: SettingsSource) -> int:
    from storage.snapshot import backup

    counts = backup(Path(settings().database_path), Path(args.path))
    print(
        f"{args.path}: {counts.articles} articles, {counts.subscribers} subscribers, "
        f"{counts.outbox} outbox rows"
    )
    return 0
