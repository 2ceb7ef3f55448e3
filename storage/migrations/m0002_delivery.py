"""Delivery: the outbox (everything sent that is not a direct reply) and the subscribers.

Why these shapes:
- `outbox_payloads` holds each rendered message once (by hash): a broadcast of one card to
  100,000 subscribers stores one payload and 100,000 small rows, and the worker parses it once.
- `outbox` is unique on (article_id, chat_id, kind, generation): asking twice to post the same
  article to the same chat makes one delivery; a deliberate repost takes the next generation.
  `article_id` is 0 for messages about no article (there is no foreign key for that reason, and
  because delivery history must outlive anything it refers to). `chat_id` is TEXT so a channel
  @username and a numeric id share one column. `not_before` is epoch seconds of the delivery
  clock (backoff, 429 waits), `priority` puts channel work before broadcast cards.
- States: pending → sending → sent | failed | unknown (outcome unknown: a timeout after the
  request left, or a crash mid-send; never resent automatically) | cancelled (superseded edit).
"""

STEPS = (
    """
    CREATE TABLE outbox_payloads (
        id    INTEGER PRIMARY KEY,
        hash  TEXT    NOT NULL UNIQUE,
        body  TEXT    NOT NULL
    )
    """,
    """
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY,
        article_id      INTEGER NOT NULL DEFAULT 0,
        chat_id         TEXT    NOT NULL,
        kind            TEXT    NOT NULL,
        generation      INTEGER NOT NULL DEFAULT 0,
        priority        INTEGER NOT NULL DEFAULT 0,
        payload_id      INTEGER NOT NULL REFERENCES outbox_payloads (id),
        notify_chat_id  INTEGER,
        state           TEXT    NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'unknown',
                                         'cancelled')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        not_before      REAL    NOT NULL DEFAULT 0,
        message_id      INTEGER,
        error           TEXT,
        created_at      TEXT    NOT NULL,
        updated_at      TEXT    NOT NULL,
        UNIQUE (article_id, chat_id, kind, generation)
    )
    """,
    "CREATE INDEX outbox_due ON outbox (state, priority, id)",
    "CREATE INDEX outbox_by_article ON outbox (article_id, kind, state)",
    """
    CREATE TABLE subscribers (
        user_id     INTEGER PRIMARY KEY,
        status      TEXT    NOT NULL CHECK (status IN ('active', 'unsubscribed', 'blocked')),
        language    TEXT    NOT NULL DEFAULT 'ru',
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL
    )
    """,
    "CREATE INDEX subscribers_by_status ON subscribers (status, user_id)",
)
