"""Feed: conditional-GET state per feed URL, and every feed item the poller has seen.

Why in the database and not in memory: a restart must neither re-download an unchanged feed
(ETag / Last-Modified) nor re-announce items already handled, and an item whose page failed
with a 5xx must be retried later while a 404 must not be hammered.
"""

STEPS: tuple[str, ...] = (
    """
    CREATE TABLE feed_state (
        feed_url       TEXT    PRIMARY KEY,
        etag           TEXT,
        last_modified  TEXT,
        last_success   TEXT,
        last_error     TEXT,
        last_error_at  TEXT,
        failures       INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE feed_seen (
        item_key         TEXT    PRIMARY KEY,
        fingerprint      TEXT    NOT NULL,
        status           TEXT    NOT NULL CHECK (status IN ('stored', 'retry', 'skipped')),
        article_id       INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        attempts         INTEGER NOT NULL DEFAULT 0,
        next_attempt_at  TEXT,
        last_error       TEXT,
        item             TEXT    NOT NULL,
        first_seen_at    TEXT    NOT NULL,
        updated_at       TEXT    NOT NULL
    )
    """,
    "CREATE INDEX feed_seen_retry ON feed_seen (status, next_attempt_at)",
)
