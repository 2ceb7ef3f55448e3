"""`python -m bot ingest FILE|URL [--url U] [--title T] [--published ISO]`: store one item by
hand, exactly as the feed would (bot.ingest.intake), and print its id.

Why: an editor checks what the bot makes of a text or a page before it reaches anyone; the
running bot's outbox worker sends whatever delivery this queues (a preview, an edit).
"""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.cli.common import (
    SettingsSource,
    Subparsers,
    parse_published,
    parse_url,
    read_item_text,
)
from bot.errors import ContentError, UsageError

if TYPE_CHECKING:
    from bot.config import Settings
    from storage.models import ArticleDraft


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("ingest", help="store a text file (or a site page URL); prints its id")
    parser.add_argument("target", help="a text file, or an https://interaffairs.ru page URL")
    parser.add_argument("--url", help="the article's canonical URL")
    parser.add_argument("--title", help="override the derived title")
    parser.add_argument("--published", help="publication time, ISO-8601")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: SettingsSource) -> int:
    if is_web_url(args.target):
        draft = asyncio.run(draft_from_url(settings(), args.target, args.title, args.published))
    else:
        draft = draft_from_file(args.target, args.url, args.title, args.published)
    return asyncio.run(store_and_print_id(settings(), draft))


def is_web_url(target: str) -> bool:
    return target.strip().lower().startswith(("http://", "https://"))


def draft_from_file(
    path: str, url: str | None, title: str | None, published: str | None
) -> ArticleDraft:
    from bot.content.pipeline import build_draft

    text = read_item_text(path)
    published_at = parse_published(published)
    canonical = parse_url(url)
    try:
        return build_draft(text, url=canonical, title=title, published_at=published_at)
    except ContentError as exc:
        raise UsageError(f"{path}: {exc}") from None


async def draft_from_url(
    settings: Settings, url: str, title: str | None, published: str | None
) -> ArticleDraft:
    """Fetch and analyse one page as the feed would; --title/--published override the page's."""
    from bot.ingest.fetch import Fetcher, user_agent
    from bot.ingest.poller import draft_from_page, fetch_page

    when = parse_published(published)
    async with Fetcher(user_agent(settings.site)) as fetcher:
        page = await fetch_page(fetcher, url.strip())
    page = replace(page, title=title or page.title, published_at=when or page.published_at)
    return draft_from_page(page)


async def store_and_print_id(settings: Settings, draft: ArticleDraft) -> int:
    """Store one analysed item as the feed would, and print its id (the CLI's answer).

    The same path as the feed (bot.ingest.intake): a new article is proposed to the admins
    (posted with AUTO_POST), a changed one that is in the channel gets its post edited. This
    process only enqueues; the running bot's outbox worker sends.
    """
    from bot.ingest.intake import publisher_for, store_item
    from bot.seed import open_store

    store = await open_store(settings.database_path)
    try:
        sink = publisher_for(settings, store)
        result = await store_item(store, sink, draft, auto_post=settings.auto_post)
    finally:
        await store.close()
    print(result.article.id)
    return 0
