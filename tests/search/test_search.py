"""Search over a real SQLite file: stemming, ranking, hostile input, index kept in step."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import ArticleDraft, Quote, Store
from storage.stemming import Stemmer


def _draft(title: str, *paragraphs: str, url: str, quotes: tuple[Quote, ...] = ()) -> ArticleDraft:
    return ArticleDraft(
        title=title,
        paragraphs=paragraphs or (title,),
        summary=paragraphs[0] if paragraphs else title,
        quotes=quotes,
        url=url,
    )


@pytest.mark.parametrize(
    ("query_form", "text_form"),
    [
        ("Лаврова", "Лавров"),
        ("Лавров", "Лаврову"),
        ("лавровым", "ЛАВРОВА"),
        ("Захаровой", "Захарова"),
        ("переговорах", "переговоры"),
        ("санкций", "санкции"),
        ("ёлка", "елки"),
    ],
)
def test_word_forms_meet_at_one_stem(query_form: str, text_form: str) -> None:
    stemmer = Stemmer()
    assert stemmer.terms(query_form) == stemmer.terms(text_form)


def test_stemming_does_not_merge_unrelated_words() -> None:
    stemmer = Stemmer()
    assert stemmer.terms("заявил") != stemmer.terms("за")
    assert stemmer.terms("и в на Россия") == stemmer.terms("России")


async def test_genitive_query_finds_nominative_text(store: Store) -> None:
    lavrov = await store.articles.upsert(
        _draft("Сергей Лавров провёл переговоры", "Министр обсудил ситуацию.", url="u1")
    )
    await store.articles.upsert(_draft("Другая новость", "Про погоду.", url="u2"))
    hits = await store.search.search("Лаврова")
    assert hits.ids == (lavrov.article.id,)


async def test_quotations_are_searchable(store: Store) -> None:
    saved = await store.articles.upsert(
        _draft(
            "Заявление МИД",
            "Текст без этого слова.",
            url="u1",
            quotes=(Quote("Мы требуем немедленного освобождения", "Мария Захарова", 0),),
        )
    )
    assert (await store.search.search("освобождение")).ids == (saved.article.id,)
    assert (await store.search.search("Захаровой")).ids == (saved.article.id,)


async def test_title_hit_outranks_body_hit(store: Store) -> None:
    body_only = await store.articles.upsert(
        _draft("Новости дня", "Вскользь упомянули Венесуэлу среди прочих стран.", url="u1")
    )
    in_title = await store.articles.upsert(
        _draft("Венесуэла и Россия", "Стороны обсудили сотрудничество.", url="u2")
    )
    hits = await store.search.search("венесуэла")
    assert hits.ids == (in_title.article.id, body_only.article.id)


async def test_all_terms_first_then_any_term(store: Store) -> None:
    both = await store.articles.upsert(_draft("Лавров и Помпео", "Разговор.", url="u1"))
    one = await store.articles.upsert(_draft("Лавров в Женеве", "Визит.", url="u2"))
    assert (await store.search.search("Лавров Помпео")).ids == (both.article.id,)
    # No article has both words: any of them will do.
    hits = await store.search.search("Женева Помпео")
    assert set(hits.ids) == {both.article.id, one.article.id}


async def test_limit_and_no_match(store: Store) -> None:
    for n in range(8):
        await store.articles.upsert(_draft(f"Саммит номер {n}", "Текст.", url=f"u{n}"))
    assert len((await store.search.search("саммит")).ids) == 5
    assert len((await store.search.search("саммит", limit=3)).ids) == 3
    missing = await store.search.search("кенгуру")
    assert missing.ids == ()
    assert missing.searchable


@pytest.mark.parametrize(
    "hostile",
    [
        '"Лавров',
        "Лавров*",
        "NEAR(Лавров Помпео)",
        "Лавров OR Помпео",
        "-Лавров",
        "title:Лавров",
        "Лавров AND NOT",
        "^Лавров",
        "{title body}: Лавров",
        "Лавров) OR (",
        "'; DROP TABLE articles; --",
    ],
)
async def test_fts_syntax_in_input_is_literal(store: Store, hostile: str) -> None:
    saved = await store.articles.upsert(_draft("Лавров провёл встречу", "Текст.", url="u1"))
    await store.articles.upsert(_draft("Помпео заявил", "Текст.", url="u2"))
    hits = await store.search.search(hostile)
    assert hits.searchable
    if "Лавров" in hostile and "Помпео" not in hostile:
        assert hits.ids == (saved.article.id,)
    assert await store.articles.count() == 2


async def test_operator_words_are_searched_as_words(store: Store) -> None:
    saved = await store.articles.upsert(_draft("Договор NEAR и OR", "Текст.", url="u1"))
    await store.articles.upsert(_draft("Лавров", "Текст.", url="u2"))
    assert (await store.search.search("near")).ids == (saved.article.id,)


@pytest.mark.parametrize("junk", ["", "   ", "!!! ??? ***", '"" () : -', "и в на", "—"])
async def test_nothing_searchable(store: Store, junk: str) -> None:
    await store.articles.upsert(_draft("Лавров", "Текст.", url="u1"))
    hits = await store.search.search(junk)
    assert not hits.searchable
    assert hits.ids == ()


async def test_long_query_is_capped(store: Store) -> None:
    saved = await store.articles.upsert(_draft("Лавров", "Текст.", url="u1"))
    hits = await store.search.search("Лавров " + "слово" * 1000 + " " + "ещё " * 500)
    assert len(hits.terms) <= 8
    assert hits.ids == (saved.article.id,)


async def test_edited_article_is_reindexed(store: Store) -> None:
    first = await store.articles.upsert(_draft("Лавров", "Текст.", url="u1"))
    await store.articles.upsert(_draft("Помпео", "Текст.", url="u1"))
    assert (await store.search.search("Лавров")).ids == ()
    assert (await store.search.search("Помпео")).ids == (first.article.id,)


async def test_failed_upsert_leaves_no_index_row(store: Store) -> None:
    async def broken(conn: object, article: object) -> None:
        raise RuntimeError("later hook failed")

    store.articles.add_save_hook(broken)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError):
        await store.articles.upsert(_draft("Лавров", "Текст.", url="u1"))
    assert await store.db.scalar("SELECT count(*) FROM search_fts") == 0


async def test_articles_stored_before_the_index_are_indexed_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    store = await Store.open(path)
    saved = await store.articles.upsert(_draft("Лавров", "Текст.", url="u1"))
    async with store.db.transaction() as conn:
        await conn.execute("DELETE FROM search_fts")
    await store.close()

    reopened = await Store.open(path)
    try:
        assert (await reopened.search.search("Лаврова")).ids == (saved.article.id,)
    finally:
        await reopened.close()


async def test_bounded_ranking_keeps_newest_candidates(tmp_path: Path) -> None:
    """With a cap of 3, a common word ranks only the 3 newest matches."""
    from storage.search import SearchIndex

    store = await Store.open(tmp_path / "cap.sqlite3")
    try:
        ids = []
        for n in range(6):
            title = "Россия Россия Россия" if n == 0 else f"Россия {n}"
            ids.append(
                (await store.articles.upsert(_draft(title, "Текст.", url=f"u{n}"))).article.id
            )
        uncapped = await store.search.search("россия", limit=6)
        assert uncapped.ids[0] == ids[0]  # the best fit wins when all are ranked
        capped = await SearchIndex(store.db, candidate_cap=3).search("россия", limit=6)
        assert set(capped.ids) == set(ids[-3:])
    finally:
        await store.close()
