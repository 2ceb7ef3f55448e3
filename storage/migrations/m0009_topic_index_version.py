"""A version of the topic index, bumped by triggers on every change to `topic_terms`.

Why: matching an article against 300,000 topics is done in memory (storage.topics keeps the
index as sets, loaded once), and every process must notice any change made by any process.
Triggers make that impossible to forget: no write path has to remember to bump it.
"""

STEPS = (
    """
    CREATE TABLE topic_index_version (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        version  INTEGER NOT NULL
    )
    """,
    "INSERT INTO topic_index_version (id, version) VALUES (1, 0)",
    """
    CREATE TRIGGER topic_terms_added AFTER INSERT ON topic_terms BEGIN
        UPDATE topic_index_version SET version = version + 1 WHERE id = 1;
    END
    """,
    """
    CREATE TRIGGER topic_terms_removed AFTER DELETE ON topic_terms BEGIN
        UPDATE topic_index_version SET version = version + 1 WHERE id = 1;
    END
    """,
)
