"""The canonical URL is the dedupe key: every spelling of one article maps to one string."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.errors import BadUrlError
from bot.ingest.canonical import canonical_url, same_site


@pytest.mark.parametrize(
    "raw",
    [
        "https://interaffairs.ru/news/show/51001",
        "http://interaffairs.ru/news/show/51001",
        "https://www.interaffairs.ru/news/show/51001/",
        "HTTPS://WWW.InterAffairs.RU/news/show/51001#comments",
        "https://interaffairs.ru/news/show/51001?utm_source=rss&utm_medium=feed",
        "https://interaffairs.ru:443/news//show/51001/?utm_campaign=x",
        "https://interaffairs.ru/news/show/./51001",
    ],
)
def test_spellings_of_one_article_share_a_key(raw: str) -> None:
    assert canonical_url(raw) == "https://interaffairs.ru/news/show/51001"


def test_meaningful_query_is_kept_and_root_keeps_its_slash() -> None:
    assert canonical_url("https://interaffairs.ru/news/list?rubric=world&utm_term=a&page=2") == (
        "https://interaffairs.ru/news/list?rubric=world&page=2"
    )
    assert canonical_url("https://www.interaffairs.ru") == "https://interaffairs.ru/"


def test_relative_links_resolve_and_other_hosts_keep_their_scheme() -> None:
    assert canonical_url("/news/show/7", "https://interaffairs.ru/rss/") == (
        "https://interaffairs.ru/news/show/7"
    )
    assert (
        canonical_url("http://127.0.0.1:8080/news/show/7/") == "http://127.0.0.1:8080/news/show/7"
    )


@pytest.mark.parametrize("bad", ["ftp://interaffairs.ru/x", "javascript:alert(1)", "news/show/1"])
def test_non_http_urls_are_refused(bad: str) -> None:
    with pytest.raises(BadUrlError):
        canonical_url(bad)


def test_same_site_ignores_www_and_scheme() -> None:
    assert same_site("https://www.interaffairs.ru/a", "http://interaffairs.ru/b")
    assert not same_site("https://example.com/a", "https://interaffairs.ru/a")


@given(
    path=st.lists(st.text(alphabet="abcxyz0123-_.", min_size=1, max_size=6), max_size=4),
    query=st.lists(
        st.tuples(
            st.sampled_from(["utm_source", "page", "q", "fbclid"]), st.text("ab1", max_size=3)
        ),
        max_size=3,
    ),
    www=st.booleans(),
    slash=st.booleans(),
)
def test_canonical_form_is_a_fixed_point(
    path: list[str], query: list[tuple[str, str]], www: bool, slash: bool
) -> None:
    raw = (
        f"http://{'www.' if www else ''}InterAffairs.ru/{'/'.join(path)}{'/' if slash else ''}"
        + ("?" + "&".join(f"{k}={v}" for k, v in query) if query else "")
        + "#frag"
    )
    once = canonical_url(raw)
    assert canonical_url(once) == once
    assert once.startswith("https://interaffairs.ru/")
    assert "utm_" not in once
    assert "#" not in once
