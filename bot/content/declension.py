"""A person's gender from how the text declines their name.

Why: a foreign name the dictionary does not know («Жозеп Боррель») gets no gender, and a
person of no gender fits every pronoun: «— поинтересовалась она» went to Боррель. Russian
declines a man's name that ends in a consonant («Жозепа Борреля», «Боррелю») and never a
woman's («Лиз Трасс», «с Анналеной Бербок» declines only the first name, in -а), so a
consonant-final name seen with a case ending is a man's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.content.mentions import Mention, Person

# A man's case endings after a final consonant («Жозеп» → «Жозепа», «Жозепу», «Жозепом»)
# and after a soft sign or «й», which they replace («Боррель» → «Борреля», «Боррелю»).
_HARD_ENDINGS = ("а", "у", "ом", "е")
_SOFT_ENDINGS = ("я", "ю", "ем", "е")
_VOWELS = frozenset("аеёиоуыэюя")


def _declined_as_man(part: str, word: str) -> bool:
    """Whether `word` is `part`, a name ending in a consonant, with a man's case ending."""
    if len(part) < 3 or not part[-1].isalpha():
        return False
    if part[-1] in "ьй":
        return any(word == part[:-1] + ending for ending in _SOFT_ENDINGS)
    if part[-1].lower() in _VOWELS:
        return False
    return any(word == part + ending for ending in _HARD_ENDINGS)


def _man_by_declension(person: Person, forms: set[str]) -> bool:
    parts = person.name.split()
    return any(_declined_as_man(part, word) for part in parts for word in forms)


def declined_genders(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a masculine gender given to every person of unknown gender whose
    consonant-final name the text declines as a man's."""
    forms: dict[Person, set[str]] = {}
    for m in mentions:
        if m.person is not None and m.person.gender is None:
            forms.setdefault(m.person, set()).update(text[m.start : m.end].split())
    men = {p: replace(p, gender="masc") for p, seen in forms.items() if _man_by_declension(p, seen)}
    if not men:
        return mentions
    return [
        replace(m, person=men[m.person]) if m.person is not None and m.person in men else m
        for m in mentions
    ]
