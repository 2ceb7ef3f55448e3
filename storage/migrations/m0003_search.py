"""Search: an FTS5 index over stemmed titles, bodies and quotations (rowid = article id).

The text stored here is already stemmed by `storage.stemming` (the same code stems queries), so
FTS5's own tokenizer only splits on spaces; diacritics are kept so «й» never folds into «и».
The default rank weighs a title hit ten times a body hit and a quotation hit three times.
"""

STEPS = (
    """
    CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, quotes,
        tokenize = 'unicode61 remove_diacritics 0'
    )
    """,
    "INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 3.0)')",
)
