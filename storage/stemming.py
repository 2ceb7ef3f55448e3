"""Words → search terms: the one tokeniser and stemmer used both when indexing and when querying.

Why one function for both sides: full-text search finds a document only when the query's terms
are byte-for-byte the terms stored in the index, so any drift between the two (case, «ё», an
ending) silently loses results. Terms are lower-case Snowball stems (Russian for Cyrillic words,
English for Latin ones) of letter/digit runs; everything else — punctuation, quotes, FTS
operators such as `"`, `*`, `:`, `-`, `(` — is a separator, so a query can never carry syntax.

One correction on top of Snowball: it reads a surname's «-ов»/«-ев» as the genitive plural
ending, so «Лавров» becomes «лавр» but «Лаврова» becomes «лавров». When a stem still ends in
«ов»/«ев» and stemming it again strips exactly that, the shorter stem is taken, so every form of
the surname meets at «лавр». (A full second pass would over-stem: «заявил» → «заяв» → «за».)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import snowballstemmer

_WORD = re.compile(r"[0-9a-zа-я]+")
MAX_TERM_CHARS = 40
_CACHE_LIMIT = 200_000

# Words too common to tell documents apart; dropped on both sides (they only slow queries).
_STOP_TEXT = """
    а б бы в во вот да для до же за и из или к как ко ли на над не ни но о об от по под при
    с со та то того тоже ту у уже что чтобы это эта этот эти я мы вы он она оно они его ее
    их им ему ей был была были было быть есть
    a an and are as at be by for from in is it of on or the to with
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


class Stemmer:
    """Turns text into search terms; caches stems (news vocabulary repeats a lot).

    Not thread-safe (Snowball stemmers keep state): give each thread its own instance.
    """

    def __init__(self) -> None:
        self._russian = snowballstemmer.stemmer("russian")
        self._english = snowballstemmer.stemmer("english")
        self._cache: dict[str, str] = {}

    def terms(self, text: str) -> list[str]:
        """All terms of `text` in order (repeats kept: they weigh in ranking)."""
        return [self.stem(word) for word in words(text)]

    def stem(self, word: str) -> str:
        """The term for one lower-case word (as produced by `words`)."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        result = self._stem(word)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result

    def _stem(self, word: str) -> str:
        if word.isdigit():
            return word
        if word.isascii():
            return str(self._english.stemWord(word))
        stem = str(self._russian.stemWord(word))
        if len(stem) > 4 and stem.endswith(("ов", "ев")):
            again = str(self._russian.stemWord(stem))
            if again == stem[:-2]:
                return again
        return stem


def words(text: str) -> Iterable[str]:
    """Lower-case letter/digit runs of `text`, «ё» read as «е», stop words and overlong runs
    dropped."""
    for word in _WORD.findall(text.lower().replace("ё", "е")):
        if word not in STOP_WORDS and len(word) <= MAX_TERM_CHARS:
            yield word
