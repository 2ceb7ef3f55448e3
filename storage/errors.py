"""The store's exceptions, all in one place.

StorageError            anything the store refuses or cannot do
├── MigrationError      the schema could not be brought up to date (nothing was changed)
└── NotFound            a row asked for by id does not exist
"""


class StorageError(Exception):
    """Base of every error the store raises on purpose."""


class MigrationError(StorageError):
    """A migration failed; its transaction was rolled back."""


class NotFound(StorageError):
    """The row asked for does not exist."""
