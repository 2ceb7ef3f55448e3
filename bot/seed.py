"""The first item the bot carries, shipped inside the package and stored on first start.

Why: a new reader's first /start must show a real article, not an empty archive.
"""

from __future__ import annotations

from datetime import datetime
from importlib.resources import files

from bot.clock import MOSCOW
from bot.content.pipeline import build_draft
from storage import Store
from storage.models import ArticleDraft

SEED_RESOURCE = "seed-lavrov-pompeo.txt"
# Known facts (shared/seed/README.md): the call took place on 30 March 2020; the journal's
# own id for the item is unknown, so it has no URL and links fall back to the site.
# Only the date is known, so the time is midnight Moscow time (renderers show the date alone).
SEED_PUBLISHED = datetime(2020, 3, 30, tzinfo=MOSCOW)


def seed_text() -> str:
    return files("bot.data").joinpath(SEED_RESOURCE).read_text(encoding="utf-8")


def seed_draft() -> ArticleDraft:
    return build_draft(seed_text(), published_at=SEED_PUBLISHED, rubric="Новости")


async def open_store(path: str | object) -> Store:
    """Open the store and, when it has no articles yet, store the seed item once."""
    store = await Store.open(str(path))
    try:
        if await store.articles.count() == 0:
            await store.articles.upsert(seed_draft())
    except BaseException:
        await store.close()
        raise
    return store
