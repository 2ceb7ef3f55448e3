"""What every subcommand shares: the argparse flavour, the handler signature, and the strict
reading of command-line input (files, dates, URLs, ids) into one-line UsageErrors."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.clock import MOSCOW
from bot.config import Settings
from bot.errors import BadUrlError, UsageError

EXIT_USAGE = 2
MAX_ITEM_BYTES = 2_000_000

SettingsSource = Callable[[], Settings]  # loads settings on first call (some commands need none)
Handler = Callable[[argparse.Namespace, SettingsSource], int]
if TYPE_CHECKING:  # generic only in the type stubs
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    Subparsers = argparse._SubParsersAction


class Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments in one line and exits 2 (its default code too)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def read_item_text(path: str) -> str:
    """Read a UTF-8 news text, refusing what cannot be one (missing, empty, binary, huge)."""
    file = Path(path)
    if not file.is_file():
        raise UsageError(f"{path}: no such file")
    if file.stat().st_size > MAX_ITEM_BYTES:
        raise UsageError(f"{path}: file is larger than {MAX_ITEM_BYTES} bytes")
    data = file.read_bytes()
    if b"\x00" in data:
        raise UsageError(f"{path}: binary data, expected a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{path}: not UTF-8 (byte {exc.start}), expected a UTF-8 text file"
        ) from None
    if not text.strip():
        raise UsageError(f"{path}: the file is empty")
    return text


def parse_published(value: str | None) -> datetime | None:
    """ISO-8601; a time without a zone is taken as Moscow time (the journal's)."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            f"--published {value!r}: expected ISO-8601, e.g. 2020-03-30T18:05"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=MOSCOW)


def parse_url(value: str | None) -> str | None:
    """The article's canonical URL (same key as a URL ingest), or UsageError."""
    if value is None:
        return None
    from bot.ingest.canonical import canonical_url

    try:
        return canonical_url(value)
    except BadUrlError:
        raise UsageError(f"--url {value!r}: expected an http(s) URL") from None


def article_id_arg(value: str) -> int:
    """The CLI's article id argument (bot.ids decides what is one), or UsageError."""
    from bot.ids import parse_article_id

    article_id = parse_article_id(value) if value.strip().isdigit() else None
    if article_id is None:
        raise UsageError(f"{value!r} is not an article id (a positive number)")
    return article_id
