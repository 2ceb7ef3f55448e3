"""Articles: one row per item, with everything the analysis found, stored once at ingest."""

STEPS = (
    """
    CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        dedupe_key    TEXT    NOT NULL UNIQUE,
        url           TEXT             UNIQUE,
        title         TEXT    NOT NULL,
        published_at  TEXT,
        sort_at       TEXT    NOT NULL,
        rubric        TEXT,
        author        TEXT,
        image_url     TEXT,
        paragraphs    TEXT    NOT NULL,
        summary       TEXT    NOT NULL,
        quotes        TEXT    NOT NULL,
        sources       TEXT    NOT NULL,
        tags          TEXT    NOT NULL,
        content_hash  TEXT    NOT NULL,
        revision      INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT    NOT NULL,
        updated_at    TEXT    NOT NULL
    )
    """,
    "CREATE INDEX articles_recent ON articles (sort_at DESC, id DESC)",
)
