"""The topic audience's index, and the archive backfill's memory.

- Readers who follow everything, indexed, so an article's audience (storage.topics.Audience)
  is found from its matching readers and these, never by scanning every reader.
- `backfill_pages`: what `python -m bot backfill` learnt about each page id of the site, so an
  interrupted run continues where it stopped and a page is re-asked only with
  If-Modified-Since. Outcomes: 'stored' / 'unchanged' (an article came of it), 'unusable' (404,
  not an article: not asked again), 'failed' (the site kept failing: asked again next run).
"""

STEPS = (
    "CREATE INDEX subscribers_following_everything ON subscribers (user_id) WHERE everything = 1",
    """
    CREATE TABLE backfill_pages (
        page_id        INTEGER PRIMARY KEY,
        outcome        TEXT    NOT NULL
                       CHECK (outcome IN ('stored', 'unchanged', 'unusable', 'failed')),
        article_id     INTEGER,
        last_modified  TEXT,
        reason         TEXT,
        updated_at     TEXT    NOT NULL
    )
    """,
)
