"""The offline commands: `analyze`, `ingest PATH` and `show`, which need no Telegram token.

Why here and not in cli.py: they are the editor's tools for checking what the bot will say
about a text before readers see it, and they share the strict file reading below.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from bot.clock import MOSCOW
from bot.config import Settings
from bot.content.pipeline import analyze, build_draft
from bot.errors import ContentError, FetchError, UsageError
from bot.seed import open_store
from storage.models import Article, ArticleDraft

MAX_ITEM_BYTES = 2_000_000


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
    except FetchError:
        raise UsageError(f"--url {value!r}: expected an http(s) URL") from None


def article_id_arg(value: str) -> int:
    """The CLI's article id argument (bot.ids decides what is one), or UsageError."""
    from bot.ids import parse_article_id

    article_id = parse_article_id(value) if value.strip().isdigit() else None
    if article_id is None:
        raise UsageError(f"{value!r} is not an article id (a positive number)")
    return article_id


def analyze_command(path: str, *, as_json: bool) -> int:
    analysis = analyze(read_item_text(path))
    if not analysis.paragraphs:
        raise UsageError(f"{path}: nothing left after removing promotional lines")
    if as_json:
        payload = {
            "title": analysis.title,
            "summary": analysis.summary,
            "quotes": [{"text": q.text, "speaker": q.speaker} for q in analysis.quotes],
            "paragraphs": list(analysis.paragraphs),
            "sources": list(analysis.sources),
            "tags": list(analysis.tags),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(analysis.title)
    print()
    print(analysis.summary)
    if analysis.tags:
        print("\n" + " ".join("#" + tag for tag in analysis.tags))
    for quote in analysis.quotes:
        print(f"\n{quote.speaker or 'Источник не указан'}:\n  «{quote.text}»")
    if analysis.sources:
        print("\nИсточники: " + ", ".join(analysis.sources))
    return 0


async def ingest_command(
    settings: Settings,
    target: str,
    *,
    url: str | None,
    title: str | None,
    published: str | None,
) -> int:
    text = read_item_text(target)
    published_at = parse_published(published)
    url = parse_url(url)
    try:
        draft = build_draft(text, url=url, title=title, published_at=published_at)
    except ContentError as exc:
        raise UsageError(f"{target}: {exc}") from None
    return await store_and_print_id(settings, draft)


async def store_and_print_id(settings: Settings, draft: ArticleDraft) -> int:
    """Store one analysed item as the feed would, and print its id (the CLI's answer).

    The same path as the feed (bot.ingest.intake): a new article is proposed to the admins
    (posted with AUTO_POST), a changed one that is in the channel gets its post edited. This
    process only enqueues; the running bot's outbox worker sends.
    """
    from bot.ingest.intake import publisher_for, store_item

    store = await open_store(settings.database_path)
    try:
        sink = publisher_for(settings, store)
        result = await store_item(store, sink, draft, auto_post=settings.auto_post)
    finally:
        await store.close()
    print(result.article.id)
    return 0


def format_article_plain(article: Article, settings: Settings) -> str:
    """The article as the bot presents it, as plain text for a terminal."""
    lines = [article.title]
    if article.published_at:
        lines.append(article.published_at.astimezone(MOSCOW).strftime("%d.%m.%Y"))
    lines += ["", "Кратко:", article.summary, ""]
    if article.quotes:
        lines.append("Цитаты:")
        for quote in article.quotes:
            lines.append(f"— {quote.speaker or 'Источник не указан'}: «{quote.text}»")
    else:
        lines.append("В этой статье нет прямых цитат.")
    lines += ["", "Источник: " + (article.url or settings.site)]
    if article.sources:
        lines.append("Ссылается на: " + ", ".join(article.sources))
    if article.tags:
        lines.append("Теги: " + " ".join("#" + tag for tag in article.tags))
    lines.append(f"Дзен: {settings.dzen}")
    lines.append(f"Telegram: {settings.telegram_channel}")
    return "\n".join(lines)


async def show_command(settings: Settings, raw_id: str) -> int:
    article_id = article_id_arg(raw_id)
    store = await open_store(settings.database_path)
    try:
        article = await store.articles.get(article_id)
    finally:
        await store.close()
    if article is None:
        raise UsageError(f"no article with id {article_id}")
    print(format_article_plain(article, settings))
    return 0
