"""Quotations by speaker and related-article keys: written with the article, and built once
for articles stored before these indexes existed."""

from __future__ import annotations

from pathlib import Path

from storage import Store
from storage.models import Quote
from storage.topics_quotes import WhoSaidQuery
from tests.support.readers import article_draft


async def test_articles_stored_before_the_indexes_are_indexed_at_the_next_start(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    store = await Store.open(path)
    article = (await store.articles.upsert(article_draft())).article
    async with store.db.transaction() as conn:  # as a database from before migration 0006
        await conn.execute("DELETE FROM quotation_speakers")
        await conn.execute("DELETE FROM quotations")
        await conn.execute("DELETE FROM article_keys")
        await conn.execute("INSERT INTO derived_backlog (article_id) VALUES (?)", (article.id,))
    await store.close()

    store = await Store.open(path)
    found = await store.quotations.quotations(WhoSaidQuery(("помпе",)))
    assert [(q.article_id, q.speaker, q.text) for q in found] == [
        (article.id, "Майк Помпео", "Санкции нужно снять")
    ]
    assert await store.db.scalar("SELECT count(*) FROM article_keys") == 4
    assert await store.db.scalar("SELECT count(*) FROM derived_backlog") == 0
    await store.close()


async def test_related_articles_share_people_and_tags_best_first(store: Store) -> None:
    def draft(n: int, speakers: tuple[str, ...], tags: tuple[str, ...]):  # type: ignore[no-untyped-def]
        quotes = tuple(Quote(f"Слова {i}", name, 0) for i, name in enumerate(speakers))
        return article_draft(
            url=f"https://interaffairs.ru/news/show/{n}",
            title=f"Статья {n}",
            quotes=quotes,
            tags=tags,
        )

    base = await store.articles.upsert(draft(1, ("Сергей Лавров",), ("Россия", "США", "СНВ")))
    two = await store.articles.upsert(draft(2, ("Лавров",), ("СНВ",)))
    one = await store.articles.upsert(draft(3, (), ("США",)))
    three = await store.articles.upsert(draft(4, ("С. Лавров",), ("Россия", "СНВ")))
    await store.articles.upsert(draft(5, ("Ван И",), ("Китай",)))
    assert await store.related.related(base.article.id) == [
        three.article.id,
        two.article.id,
        one.article.id,
    ]
    # Editing an article replaces its keys: article 2 loses «СНВ».
    await store.articles.upsert(draft(2, ("Лавров",), ("Индия",)))
    assert await store.related.related(base.article.id, limit=2) == [
        three.article.id,
        one.article.id,
    ]
