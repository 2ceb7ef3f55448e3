"""SQLite-backed storage for interaffairs-bot. Knows nothing of Telegram; `bot/` uses it."""

from storage.errors import MigrationError, NotFound, StorageError
from storage.models import Article, ArticleDraft, Quote, UpsertResult
from storage.store import Store

__all__ = [
    "Article",
    "ArticleDraft",
    "MigrationError",
    "NotFound",
    "Quote",
    "StorageError",
    "Store",
    "UpsertResult",
]
