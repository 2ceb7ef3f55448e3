"""Topics: what each reader follows, how they want it, and which articles went out when.

Why these shapes:
- `subscribers` gains the reader's choices: `everything` (1: every published article, what a
  bare /subscribe means), `delivery` ('instant' cards or one 'daily' digest), `digest_minute`
  (minutes after Moscow midnight, default 09:00) and `digest_day` (the last Moscow day, as days
  since the epoch, whose digest was built: one digest per reader per day, also across restarts).
- `reader_topics` is what a reader typed (`label`) and what it means (`key`: its distinct stems,
  sorted), unique per reader so «Лавров» and «Лаврова» are one topic.
- `topic_terms` is the matching index: one row per (stem, topic). A new article's stems are
  looked up here, so matching costs what the article's words and the readers who follow them
  cost, never a pass over every reader. `size` is the topic's number of stems: a topic matches
  when all of them are found.
- `published_articles` remembers each article sent to readers (with its stems and the moment):
  the daily digest is built from it.
"""

STEPS = (
    "ALTER TABLE subscribers ADD COLUMN everything INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE subscribers ADD COLUMN delivery TEXT NOT NULL DEFAULT 'instant' "
    "CHECK (delivery IN ('instant', 'daily'))",
    "ALTER TABLE subscribers ADD COLUMN digest_minute INTEGER NOT NULL DEFAULT 540",
    "ALTER TABLE subscribers ADD COLUMN digest_day INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX subscribers_by_delivery ON subscribers (delivery, status, digest_day)",
    """
    CREATE TABLE reader_topics (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL,
        key         TEXT    NOT NULL,
        label       TEXT    NOT NULL,
        created_at  TEXT    NOT NULL,
        UNIQUE (user_id, key)
    )
    """,
    """
    CREATE TABLE topic_terms (
        term      TEXT    NOT NULL,
        topic_id  INTEGER NOT NULL,
        user_id   INTEGER NOT NULL,
        size      INTEGER NOT NULL,
        PRIMARY KEY (term, topic_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE published_articles (
        article_id    INTEGER PRIMARY KEY,
        terms         TEXT    NOT NULL,
        published_at  REAL    NOT NULL
    )
    """,
    "CREATE INDEX published_by_time ON published_articles (published_at)",
)
