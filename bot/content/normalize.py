"""Text normalisation: what is safe to change in stored text, and an analysis-only view.

Why two levels: the stored article must stay as the journal wrote it (quotes are checked to be
substrings of it), but matching names and words needs one alphabet. `prepare` only removes what
nobody can see (zero-width and control characters) and unifies line breaks; `analysis_view`
returns a string of the SAME LENGTH with Latin look-alike letters inside Cyrillic words
(the seed's "CНВ-3") mapped to Cyrillic, odd spaces made plain and a minus sign typed for a
dash made that dash, so offsets carry over.
"""

from __future__ import annotations

import re

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")

# Latin and Cyrillic letters that look alike, in the same order: one pair of alphabets read
# both ways (a Cyrillic word typed with Latin letters, a Latin name with Cyrillic ones).
_LATIN_LOOKALIKES = "ABCEHKMOPTXaceopxy"
_CYRILLIC_LOOKALIKES = "АВСЕНКМОРТХасеорху"
_LATIN_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
# Odd spaces, each made one plain space: a regex finds them faster than str.translate walks a
# non-ASCII text (~3x; the view is made of every paragraph and of the body).
_SPACES = re.compile("[\u00a0\u2007\u202f\t\u2009]")
# Whether a Latin letter touches a Cyrillic one: the scan stops only at Latin letters, which
# most texts lack (~2.4x faster than trying both orders at every character).
_MIXED = re.compile(r"[A-Za-z](?:(?<=[\u0400-\u04ff].)|(?=[\u0400-\u04ff]))")
_MIXED_WORD = re.compile(r"[^\W\d_]*(?:[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff])[^\W\d_]*")


def prepare(raw: str) -> str:
    """Unify line breaks and drop invisible/control characters; everything else is kept."""
    return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", raw))


# The other way: Cyrillic look-alikes inside a mostly Latin word («Тwitter» typed with a
# Cyrillic «Т»), so the word reads as the Latin name it is.
CYRILLIC_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_LOOKALIKE_CYRILLIC = frozenset(_CYRILLIC_LOOKALIKES)


def _fix_word(match: re.Match[str]) -> str:
    """A mixed-script word in one alphabet: Cyrillic (the seed's «CНВ-3»), unless its Latin
    letters outnumber its Cyrillic ones and each Cyrillic letter has a Latin look-alike
    («Тwitter»: the platform, never a Cyrillic name). Never an all-capital word:
    «КНР», «НАТО», «ТАСС» typed with two Latin look-alikes («KHР») are Russian acronyms, and
    read as Latin they name nobody (a bare «МИД» then defaults to Russia's)."""
    word = match.group(0)
    cyrillic = [ch for ch in word if "\u0400" <= ch <= "\u04ff"]
    latin_name = not word.isupper() and _LOOKALIKE_CYRILLIC.issuperset(cyrillic)
    if latin_name and len(cyrillic) * 2 < len(word):
        return word.translate(CYRILLIC_TO_LATIN)
    return word.translate(_LATIN_TO_CYRILLIC)


# A minus sign typed for the dash of direct speech ("− Брифинг …, − сообщили в правительстве"):
# opening a line or after a comma, ! ? …, a closing mark or a space, and before a space.
_MINUS_DASH = re.compile('(?:^|(?<=[\\s,!?…»"]))\u2212(?= )', re.MULTILINE)
# A typographic hyphen inside a word («Диас-Канель» typed with a non-breaking hyphen U+2011,
# U+2010) read as the plain «-» every name and word pattern expects; between letters only, since
# a figure dash (U+2012) also stands for the dash of speech («»,‒ считает он»).
_HYPHENS = re.compile("(?<=[^\\W\\d_])[\u2010\u2011\u2012](?=[^\\W\\d_])")
_ANY_HYPHEN = re.compile("[\u2010\u2011\u2012]")


def analysis_view(text: str) -> str:
    """Same-length copy of `text` for matching: mixed-script words made Cyrillic, spaces plain,
    a minus sign between words read as the dash it stands for, a typographic hyphen inside a
    word as «-»."""
    plain = _SPACES.sub(" ", text)
    if "\u2212" in plain:
        plain = _MINUS_DASH.sub("\u2013", plain)
    if _ANY_HYPHEN.search(plain) is not None:
        plain = _HYPHENS.sub("-", plain)
    if _MIXED.search(plain) is None:
        return plain
    return _MIXED_WORD.sub(_fix_word, plain)
