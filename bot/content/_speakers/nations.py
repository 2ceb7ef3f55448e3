"""Countries and nationality adjectives: «иранский министр» is Iran's, «турецкий» ↔ «Турции».

Why apart: a role's country (an adjective, a genitive, an abbreviation) is matched against the
country the text gave each person, here and in bot/content/entities.py (`nation_keys`).
"""

from __future__ import annotations

import re

from bot.content.lexicon import COUNTRY_ABBREVIATIONS, REGION_NOUNS, STATE_NAME_HEADS
from bot.content.morph import parses, place_over_plural_name

_NATION_ADJ = re.compile(r"(?:[сц]к|ийск)(?:ий|ая|ое|ие|ого|ому|им|ой|ом|ую|их|ими)$")
# Adjectives whose stem is not the country's: "турецкий" ↔ "Турции", "американский" ↔ "США".
# Apart from the lexicon's COUNTRIES_BY_ADJECTIVE (which names the country): these are the
# prefixes a text's words are matched by, in any case, with the capital that stands for the
# country («Вашингтон», «Тегеран»), and only where the general rule (`nation_keys`) fails.
_NATION_ALIASES = {
    "турец": ("турц", "турец"),
    "америк": ("америк", "сша", "вашингтон"),
    "немец": ("герман", "немец", "фрг", "берлин"),
    "британ": ("британ", "великобритан", "лондон"),
    "англий": ("британ", "великобритан", "англи", "лондон"),
    "российс": ("росси", "рф", "москв", "российс"),
    "русск": ("росси", "рф", "москв", "российс", "русск"),
    "китайс": ("кита", "кнр", "пекин"),
    "французс": ("франц", "париж"),
    "иранс": ("иран", "тегеран"),
    "японс": ("япони", "японс", "токио"),
    "польс": ("польш", "польс", "варшав"),
    "израильс": ("израил", "израильс"),
    "белорус": ("белорус", "беларус", "минск"),
    "европейс": ("европ", "евросоюз", "брюссел"),
    "финск": ("финлянд", "финск", "хельсинк"),
    "датск": ("дани", "датск", "копенгаген"),
    "чешск": ("чехи", "чешск", "праг"),
    "армянск": ("армени", "армянск", "ереван"),
    "литовск": ("литв", "литовск", "вильнюс"),
    "кубинск": ("кубы", "кубе", "кубу", "кубой", "кубинск", "гаван"),  # never «Кубани»
    "голландск": ("нидерланд", "голланд", "амстердам", "гааг"),
    "нидерландск": ("нидерланд", "голланд", "амстердам", "гааг"),
    "шведск": ("швеци", "шведск", "стокгольм"),
    "греческ": ("греци", "греческ", "афин"),
    "южноафриканск": ("юар", "южноафриканск", "южно-африканск", "претори"),
    "эмиратск": ("оаэ", "эмират", "абу-даби"),
    "северокорейс": ("кндр", "северокорейс", "пхеньян"),
    "южнокорейс": ("южнокорейс", "сеул"),
}
# Countries named by two words, the second of which alone names another or none («Северной
# Кореи» is the КНДР, «Южной Кореи» not): the pair, and the adjective whose keys it takes.
_COUNTRY_PHRASES = tuple(
    (re.compile(pattern), adjective)
    for pattern, adjective in (
        (r"[Сс]еверн\w* Коре\w*", "северокорейский"),
        (r"(?:[Юю]жн\w*|Республик\w*) Коре\w*", "южнокорейский"),
        (r"Соедин[её]нн\w* Штат\w*", "американский"),
        (r"Арабск\w* Эмират\w*", "эмиратский"),
    )
)


def state_name_keys(first: str, second: str) -> tuple[str, ...]:
    """The keys of the state a formal name names («Французской Республики», «Российской
    Федерации», «Корейской Народно-Демократической …»): a nationality adjective whose
    country the aliases know, before the head of a state's name (lexicon STATE_NAME_HEADS);
    () for any other pair («Исламской Республики» names no one country)."""
    low = first.lower()
    if not first[:1].isupper():
        return ()
    if low.startswith("корейск") and second.lower().startswith("народно-демократическ"):
        return nation_keys("северокорейский")
    if not second.lower().startswith(STATE_NAME_HEADS):
        return ()
    if not _NATION_ADJ.search(low):
        return ()
    return next((keys for stem, keys in _NATION_ALIASES.items() if low.startswith(stem)), ())


def phrase_keys(first: str, second: str) -> tuple[str, ...]:
    """The keys of the country two words name together («Северной Кореи» → the КНДР's),
    () when they name none."""
    pair = f"{first} {second}"
    return next((nation_keys(adj) for found, adj in _COUNTRY_PHRASES if found.fullmatch(pair)), ())


def is_country_word(word: str) -> bool:
    """ "США", "КНР", "Турции", "иранским": a word naming a country or its people, one test for
    every rule asking it; a capitalised word by its likeliest reading («Польши»; never
    «Джона»), or a place whose only name reading is a plural («Ливан»)."""
    if word.isupper():
        return word in COUNTRY_ABBREVIATIONS
    if word[:1].islower():
        return bool(_NATION_ADJ.search(word)) and bool(nation_keys(word))
    found = parses(word.lower())
    return any(p.has("Geox") for p in found[:1]) or place_over_plural_name(found)


def _capitalised(key: str) -> str:
    """A country key as it opens a country's name in a text ("венг" → "Венг", "сша" → "США")."""
    return key.upper() if len(key) <= 3 else key.capitalize()


def nation_keys(adjective: str) -> tuple[str, ...]:
    """Prefixes of the words that name the country of a nationality adjective.

    "иранский" → ("иран",): a general rule (the first four letters of the stem) plus a few
    aliases where the adjective and the country differ in their stems.
    """
    word = adjective.lower()
    for stem, keys in _NATION_ALIASES.items():
        if word.startswith(stem):
            return keys
    if len(word) < 7:
        return ()
    return (word[:4],)


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё-]+")
_WORD = re.compile(r"[А-Яа-яЁё-]+")


def regional(adjective: str, text: str) -> bool:
    """Whether a lower-case adjective in «-ский» names a region, not a country: no alias
    knows it, and the text writes a word of its stem capitalised before a noun of a region
    (lexicon REGION_NOUNS: «уральский полпред» beside «в Уральском федеральном округе»).
    Such an adjective says nothing of a person's country. A capitalised word of the stem
    alone proves nothing: «на Корейском полуострове», «Африканского союза» name no region,
    and «корейский посол» is still Korea's."""
    low = adjective.lower()
    if not _NATION_ADJ.search(low) or any(low.startswith(stem) for stem in _NATION_ALIASES):
        return False
    keys = nation_keys(low)
    if not keys:
        return False
    named = [m for m in _CAPITALISED_WORD.finditer(text) if m.group().lower().startswith(keys)]
    named = [m for m in named if m.group() != adjective]
    if any(is_country_word(m.group()) for m in named):
        return False
    return any(_before_region_noun(text, m.end()) for m in named)


def _before_region_noun(text: str, at: int) -> bool:
    """Whether the first noun after `at`, past adjectives, is a region's (lexicon
    REGION_NOUNS): «Уральском | федеральном округе», «Краснодарского | края»."""
    for word in _WORD.findall(text, at, at + 60)[:3]:
        reading = next(iter(parses(word.lower())), None)
        if reading is None or reading.pos != "ADJF":
            return reading is not None and reading.normal in REGION_NOUNS
    return False
