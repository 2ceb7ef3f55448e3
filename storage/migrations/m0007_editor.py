"""The editor's desk: an editor's edits stored with the article, scheduled posts, who did what.

Why columns beside the site's own (`editor_title` next to `title`): a re-ingest rewrites the
site's columns and never these, so an editor's title, lead or hashtags survive any later change
on the site; the article read back shows the editor's version. Scheduled posts are rows, so a
restart loses none; `editor_log` answers "who published / scheduled / edited this".
"""

STEPS: tuple[str, ...] = (
    "ALTER TABLE articles ADD COLUMN editor_title TEXT",
    "ALTER TABLE articles ADD COLUMN editor_lead TEXT",
    "ALTER TABLE articles ADD COLUMN editor_tags TEXT",
    "ALTER TABLE articles ADD COLUMN no_photo INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE articles ADD COLUMN silent INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE articles ADD COLUMN edited_by TEXT",
    """
    CREATE TABLE schedule (
        article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        at          REAL    NOT NULL,
        by_id       INTEGER NOT NULL,
        by_name     TEXT    NOT NULL,
        created_at  TEXT    NOT NULL
    )
    """,
    "CREATE INDEX schedule_due ON schedule (at)",
    """
    CREATE TABLE editor_log (
        id          INTEGER PRIMARY KEY,
        article_id  INTEGER NOT NULL,
        action      TEXT    NOT NULL,
        by_id       INTEGER NOT NULL,
        by_name     TEXT    NOT NULL,
        at          TEXT    NOT NULL
    )
    """,
    "CREATE INDEX editor_log_article ON editor_log (article_id, id)",
)
