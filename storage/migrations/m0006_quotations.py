"""Who said what, and what else is related: indexes derived from stored articles.

- `quotations`: every attributed quotation, with its speaker as stored, its stems padded with
  spaces (`words`, so a word filter is one `instr`) and its article's `sort_at` (newest first).
- `quotation_speakers`: one row per stem of a quotation's speaker's name, ordered by `sort_at`
  inside each stem, so «the latest ten quotations by Лавров» is a short index range scan.
- `article_keys`: an article's people (speaker surname stems, 's:…') and tags ('t:…'); related
  reading counts the keys two articles share.
All three are written in the article's own transaction (ArticleStore save hooks).
- `derived_backlog`: articles stored before this migration; `Store.open` indexes them once.
"""

STEPS = (
    """
    CREATE TABLE quotations (
        id          INTEGER PRIMARY KEY,
        article_id  INTEGER NOT NULL,
        position    INTEGER NOT NULL,
        speaker     TEXT    NOT NULL,
        text        TEXT    NOT NULL,
        words       TEXT    NOT NULL,
        sort_at     TEXT    NOT NULL,
        UNIQUE (article_id, position)
    )
    """,
    """
    CREATE TABLE quotation_speakers (
        term          TEXT    NOT NULL,
        sort_at       TEXT    NOT NULL,
        quotation_id  INTEGER NOT NULL,
        PRIMARY KEY (term, sort_at, quotation_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX quotation_speakers_by_quotation ON quotation_speakers (quotation_id)",
    """
    CREATE TABLE article_keys (
        key         TEXT    NOT NULL,
        article_id  INTEGER NOT NULL,
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX article_keys_by_article ON article_keys (article_id)",
    "CREATE TABLE derived_backlog (article_id INTEGER PRIMARY KEY)",
    "INSERT INTO derived_backlog (article_id) SELECT id FROM articles",
)
