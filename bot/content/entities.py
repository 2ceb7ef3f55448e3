"""Named people and organisations mentioned in a text, with where they are mentioned.

Why: speakers, tags and sources all need the same answer to "who is this word?". People are
found by bot/content/persons.py; organisation aliases ("МИД РФ", "российского
внешнеполитического ведомства") are matched here to one canonical name ("МИД России") from
the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content._speakers.nations import nation_keys
from bot.content.apposition import mark_oblique
from bot.content.bylines import is_byline, is_credit
from bot.content.companies import find_companies
from bot.content.embassies import find_embassies
from bot.content.layout import sentence_end, sentence_start
from bot.content.lexicon import (
    BACK_REFERRED_BODIES,
    BARE_MINISTRIES,
    BYLINE_SPEECH_OPENERS,
    CENTRAL_BANK_HEADS,
    COMMUNICATION_OFFICES,
    COMPOUND_STATE_PARTS,
    COUNTRIES_BY_ADJECTIVE,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_OFFICES,
    COUNTRY_REFERENCES,
    EAST_ASIAN_SURNAMES,
    HEAD_ROLES,
    IMPERSONAL_VERBS,
    JOINT_OFFICE_BODIES,
    LEADER_GENITIVES,
    LEADER_OFFICE_HEADS,
    MINISTER_TITLES,
    MINISTRIES,
    MINISTRIES_OF_STATES,
    MINISTRY_HEAD,
    MINISTRY_SUBJECT_WORDS,
    NATIONAL_DEFAULT_BODIES,
    NOT_MINISTRY_SUBJECT_POS,
    OWNED_TEXTS,
    PLACE_LEADER_GENITIVES,
    REGION_AFTER,
    REGIONAL_BRANCH_BODIES,
    REGIONAL_UNIT,
    SECURITY_COUNCILS,
    SHIFT_OPENERS,
    SPEECH_VERBS,
    STATE_HEAD_NOUNS,
    STATE_NAMES,
    UNDECLINED_MINISTRIES,
    country_of_adjective,
    media_literals,
    media_name,
    ministry_literals,
    organisations,
    role_of,
)
from bot.content.lexicon import MEDIA as MEDIA  # re-exported for the title module
from bot.content.mentions import UNKNOWN_BODY
from bot.content.mentions import Entities as Entities
from bot.content.mentions import Mention as Mention
from bot.content.mentions import Person as Person
from bot.content.morph import Parse, lemma, parses, place_genitive_first
from bot.content.persons import TITLE_HEAD as TITLE_HEAD  # re-exported for the title module
from bot.content.persons import find_persons
from bot.content.place_bodies import find_courts, find_national_bodies, find_place_bodies
from bot.content.signatures import signing_bodies


def _org_name(text: str) -> str:
    """Head phrase in the nominative: "посольстве России в …" → "Посольство России в …",
    "Высшего совета нацбезопасности Ирана" → "Высший совет нацбезопасности Ирана" (the
    adjectives before the head noun agree with it; the words after it stay as written)."""
    words = text.split(" ")
    if words[0].isupper() or words[0] in UNDECLINED_MINISTRIES:
        return text
    noun = next((k for k, w in enumerate(words) if _head_noun(words, k)), None)
    if noun is not None and all(_adjective_reading(w) for w in words[:noun]):
        head = _noun_reading(words[noun])
        gender = next((g for g in ("masc", "femn", "neut") if head and head.has(g)), "masc")
        for k in range(noun):
            words[k] = _restore(words[k], _adjective_nominative(words[k], gender))
        words[noun] = _restore(words[noun], _nominative(head, words[noun]))
    first = words[0]
    words[0] = first[:1].upper() + first[1:]
    return " ".join(words)


def _head_noun(words: list[str], k: int) -> bool:
    """Whether the k-th word may head the name: it reads as a noun, and not first as an
    adjective with a word after it («городской администрации»: «городской» also names a
    townsman, but before a noun it is that noun's adjective)."""
    if _noun_reading(words[k]) is None:
        return False
    return k + 1 == len(words) or not _adjective_reading(words[k])


def _noun_reading(word: str) -> Parse | None:
    """The first noun reading of a word, when it has one."""
    return next((p for p in parses(word.lower()) if p.pos == "NOUN"), None)


def _adjective_reading(word: str) -> bool:
    """Whether a word reads first as an adjective (the head phrase goes on over it)."""
    found = parses(word.lower())[:1]
    return bool(found) and found[0].pos == "ADJF"


def _nominative(p: Parse | None, word: str) -> str:
    """A noun in the nominative singular (unchanged when already nominative)."""
    if p is None or "nomn" in p.grams:
        return word.lower()
    changed = p.raw.inflect({"nomn", "sing"})
    return str(changed.word) if changed is not None else word.lower()


# Adjective endings of the oblique cases, by gender, and their nominative (a sibilant or a
# velar before them takes «-ий»/«-ая»): the dictionary's superlatives inflect to another
# word («высшего» → «высочайший»), an ending never does. A surname's oblique endings are
# another table (persons._RUSSIAN_OBLIQUE): a surname in «-ов»/«-ин» declines as a noun.
_ADJ_ENDINGS = (
    ("ого", "ый"),
    ("его", "ий"),
    ("ому", "ый"),
    ("ему", "ий"),
    ("ым", "ый"),
    ("им", "ий"),
    ("ом", "ый"),
    ("ем", "ий"),
)
_FEMININE_ENDINGS = (("ой", "ая"), ("ей", "яя"), ("ую", "ая"), ("юю", "яя"))


def _adjective_nominative(word: str, gender: str) -> str:
    """An adjective before an organisation's head noun in the nominative of that gender."""
    low = word.lower()
    endings = _FEMININE_ENDINGS if gender == "femn" else _ADJ_ENDINGS
    for oblique, nominative in endings:
        if low.endswith(oblique) and len(low) > len(oblique) + 2:
            stem = low[: -len(oblique)]
            if gender == "neut":
                return stem + ("ее" if nominative == "ий" else "ое")
            soft = stem[-1] in "кгхжшчщ"
            if gender == "femn":
                return stem + ("ая" if soft else nominative)
            if _stressed_ending(low, stem):
                return stem + "ой"  # «областного» → «областной», «городском» → «городской»
            return stem + ("ий" if soft else nominative)
    return low


def _stressed_ending(word: str, stem: str) -> bool:
    """Whether an adjective's dictionary form ends in a stressed «-ой» («областной»,
    «городской», «краевой»), which no oblique ending tells from «-ый»/«-ий»."""
    return any(p.pos == "ADJF" and p.normal == stem + "ой" for p in parses(word))


def _restore(original: str, changed: str) -> str:
    """`changed` with the capitals of `original`, each part of a hyphenated word its own
    («Северо-Кавказской» → «Северо-Кавказская», «Пресс-службы» → «Пресс-служба»)."""
    marks, parts = original.split("-"), changed.split("-")
    if len(marks) != len(parts):
        return changed[:1].upper() + changed[1:] if original[:1].isupper() else changed
    pairs = zip(marks, parts, strict=True)
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p for m, p in pairs)


def _ministry_of(short: str, match: re.Match[str]) -> tuple[str | None, int]:
    """ "МИД Китая" → "МИД Китая", "Минобороны РФ" → "Минобороны России", "МИД Республики
    Корея" → "МИД Республики Корея" (a state's long name as the text gives it, never Russia's;
    one of a state's names STATE_NAMES knows by that state's: «МИД Северной Кореи» → «МИД КНДР»);
    None for a ministry no country follows ("в МИД"). With it, where the name ends."""
    country = match.group("country")
    if country in ("России", "РФ"):
        return f"{short} России", match.end()
    if country and _opens_name(country, match.string, match.end()):
        return None, match.end()
    end = country_phrase(match.string, match.start("country")) if country else None
    if end is not None:
        phrase = " ".join(match.string[match.start("country") : end].split())
        state = "России" if phrase in _RUSSIA_NAMES else STATE_NAMES.get(phrase, phrase)
        return f"{short} {state}", end
    return _ministry_of_word(short, country), match.end()


_RUSSIA_NAMES = frozenset({"Российской Федерации", "Российская Федерация"})


def _ministry_of_word(short: str, country: str | None) -> str | None:
    """The ministry of the one word after it, when that word names a state in any case."""
    if country and _ACRONYM_STATE.fullmatch(country):
        return f"{short} {country}"
    if country and any(p.has("Geox") for p in parses(country)):
        return f"{short} {_genitive_country(country)}"
    return None


_CAPITALISED_NEXT = re.compile(r"[ \t]+[А-ЯЁ][а-яё]")
_ANY_CAPITAL_NEXT = re.compile(r"[ \t]+[А-ЯЁ]")


def _opens_name(word: str, text: str, end: int) -> bool:
    """Whether the word after a ministry opens its head's name rather than naming a state:
    a first name by its likeliest reading, or a place in the nominative only (a state after
    a ministry stands in the genitive), before another capitalised word («Глава МВД Владимир
    Колокольцев», «главы МВД Владимира Колокольцева», «министр МИД Израиль Кац»; never
    «МИД Израиля Гидеон Саар»: «Израиля» is likelier the state's genitive)."""
    if word in EAST_ASIAN_SURNAMES and _ANY_CAPITAL_NEXT.match(text, end) is not None:
        return True  # «глава МИД Ван И»: a family name, never the Turkish province of Van
    if _CAPITALISED_NEXT.match(text, end) is None:
        return False
    found = parses(word.lower())
    if not any(p.has("Name") for p in found):
        return False  # «МИД Республики Корея», «МИД Северной Кореи»: a state's long name
    genitive_place = any(p.has("Geox") and (p.has("gent") or p.has("Fixd")) for p in found)
    return found[0].has("Name") or not genitive_place


# Capitalised words one space apart (a state's name may hold hyphens and an apostrophe:
# «Кот-д'Ивуара»), and a second part of a two-part state's name after its first.
_NAME_WORD = re.compile(r"[ \t]?([А-ЯЁ][А-ЯЁа-яё'’-]*)")
_JOINED_PART = re.compile(rf"[ \t]+(?:{'|'.join(COMPOUND_STATE_PARTS)})(?![\w-])")


def country_phrase(text: str, start: int) -> int | None:
    """Where the name of a state written from `start` in the genitive after a body ends, or
    None when the words there name none: adjectives, then a state's noun and maybe its name in
    any case («Исламской Республики Иран», «Объединенных Арабских Эмиратов», «Республики
    Корея»), or a place («Саудовской Аравии», «Кот-д'Ивуара»), or an abbreviation («КНДР»),
    then a second part of a two-part name («Боснии и Герцеговины»). A person after it
    («Республики Корея Чо Тхэ Ёль») is none of it."""
    words = _words_from(text, start)
    k = 0
    while k < len(words) - 1 and _genitive_adjective(words[k][1]):
        k += 1
    if not words:
        return None
    head_end, head = words[k]
    if lemma(head.lower()) in STATE_HEAD_NOUNS and _has(head, "gent"):
        j = k + 1
        while j < len(words) - 1 and _first_pos(words[j][1]) in ("ADJF", "PRTF"):
            j += 1
        if j < len(words) and _has(words[j][1], "Geox"):
            head_end = words[j][0]
        elif k == 0:
            return None  # «МИД Республики»: which state the text does not say here
    elif not (_ACRONYM_STATE.fullmatch(head) or _place_genitive(head)):
        return None
    joined = _JOINED_PART.match(text, head_end)
    return joined.end() if joined else head_end


def _words_from(text: str, start: int) -> list[tuple[int, str]]:
    """(end, word) of up to six capitalised words one space apart from `start`."""
    words: list[tuple[int, str]] = []
    at = start
    while len(words) < 6 and (hit := _NAME_WORD.match(text, at)) is not None:
        words.append((hit.end(), hit.group(1)))
        at = hit.end()
    return words


def _first_pos(word: str) -> str | None:
    """The part of speech of a word's likeliest reading."""
    found = parses(word.lower())[:1]
    return found[0].pos if found else None


def _has(word: str, gram: str) -> bool:
    """Whether any reading of `word` has `gram`."""
    return any(p.has(gram) for p in parses(word.lower()))


def _genitive_adjective(word: str) -> bool:
    """An adjective (or participle) that may stand in the genitive («Саудовской»)."""
    return _first_pos(word) in ("ADJF", "PRTF") and _has(word, "gent")


def _place_genitive(word: str) -> bool:
    """A place in the genitive («Аравии», «Конго»), or a foreign compound with an apostrophe
    the dictionary lacks («Кот-д'Ивуара»)."""
    readings = parses(word.lower())
    if any(p.has("Geox") and p.has("gent") for p in readings):
        return True
    return ("'" in word or "’" in word) and any(p.has("gent") for p in readings)


def _genitive_country(country: str) -> str:
    """A country after a ministry in the genitive, as its canonical name has it: a text's slip
    «МИД Казахстан вручил ноту» names «МИД Казахстана» (a country read only in the nominative
    or accusative is put in the genitive; any genitive reading leaves the word as written)."""
    geo = [p for p in parses(country) if p.has("Geox")]
    if any(p.has("gent") for p in geo) or not geo[0].has("sing"):
        return country
    changed = geo[0].raw.inflect({"gent"})
    return _restore(country, str(changed.word)) if changed is not None else country


# The words of a sentence before a mention that leave it its sentence's subject or inside
# the subject's phrase: an opener that steps aside («Ранее министерство … вызвало посла»), then
# a few words with no verb («Официальный представитель МИД России …», «В МИД Польши заявили»).
# Quotation marks that open a body's name («организация «Хезболла»»): the name's phrase
# begins before them.
OPENING_MARKS = frozenset('«"„“')
# Quotation marks that close a quotation («…», "…", „…“, “…”).
CLOSING_MARKS = frozenset('»"“”')
_SUBJECT_PREFIX = re.compile(
    rf"(?:^|[\n.!?])[ \t]*(?:(?:{'|'.join(SHIFT_OPENERS)}),?[ \t]+)?"
    r"(?P<words>(?:[\w-]+[ \t]+){0,3})$",
    re.IGNORECASE,
)
_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
# A foreign ministry the text names only by what it is to the country in view («МИД
# республики», «министерство иностранных дел страны», its adjectives before it too: «МИД
# исламской республики», «МИД этой страны», «МИД еврейского государства»): never Russia's.
_OF_THE_COUNTRY = re.compile(
    r"[ \t]+(?P<adjectives>(?:(?![Рр]оссийск)[а-яё]+(?:ой|ого|ей|его)[ \t]+){0,2})"
    rf"(?:{'|'.join(COUNTRY_REFERENCES)})\b"
)


def phrase_start(text: str, mention: Mention) -> int:
    """Where the mention's phrase begins: at its opening quotation mark when its name stands
    in marks («организация «Хезболла»»), so the words before it are read past the mark."""
    return mention.start - (text[mention.start - 1 : mention.start] in OPENING_MARKS)


def is_subject(text: str, mention: Mention) -> bool:
    """Whether `mention` opens its sentence or stands in its subject's phrase, its opening
    quotation mark too («Ливанская организация «Хезболла» подтвердила …»)."""
    start = phrase_start(text, mention)
    hit = _SUBJECT_PREFIX.search(text, max(0, start - 60), start)
    if hit is None:
        return False
    return not any(
        p.pos in _VERB_POS for w in hit.group("words").split() for p in parses(w.lower())[:1]
    )


def _country_of_bare(
    text: str, at: int, named: list[Mention], russia: str, *, abroad: bool = False
) -> str | None:
    """Whose ministry a bare «МИД» («ведомство», «министерство иностранных дел») is.

    That of the last ministry standing as its sentence's subject before it («Министерство
    иностранных дел Украины выразило протест Министерству … Российской Федерации. Об этом
    сообщили в пресс-службе МИД» is Ukraine's, not the addressee's); else the one ministry
    the text names («говорится в заявлении МИД Турции … отметили в МИД»), counting one in a
    person's title only when that person speaks there; Russia's, as the journal writes it,
    when the text names none; and nobody (None) when it names several, or only a foreign
    one in a silent title, and nothing settles which: a wrong country is worse than none.
    Nor Russia's by default when the text is `abroad`: it speaks of «МИД страны» (lexicon
    COUNTRY_REFERENCES) it does not name, another state's («Об этом говорится в заявлении
    МИД страны … – говорится в заявлении МИД» in a text on Indonesia's policy).
    """
    mentioned = {m.org for m in named if m.org} - {russia}
    named = [m for m in named if stands_for_itself(text, m)]
    subject = next((m for m in reversed(named) if m.start < at and is_subject(text, m)), None)
    if subject is not None:
        return subject.org
    bodies = {m.org for m in named if m.org}
    if not bodies:
        return None if mentioned or abroad else russia  # a foreign one: never Russia's
    return bodies.pop() if len(bodies) == 1 else None


_ROLE_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)[ \t]+$")
_WORDS = re.compile(r"[А-ЯЁа-яё]+")


def stands_for_itself(text: str, mention: Mention) -> bool:
    """Whether a ministry mention may be what a bare one refers to: a body named in its own
    right, or in a person's title («Глава МИД Турции Хакан Фидан») only when that person
    speaks in the sentence («… заявил»); a visiting minister's title («Глава МИД Турции
    прибыл в Москву») does not make «в МИД заявили» his ministry."""
    before = _ROLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None or role_of(before.group(1)) is None:
        return True
    lo = max(text.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    hi = min((i for c in ".!?\n" if (i := text.find(c, mention.end)) >= 0), default=len(text))
    return any(
        lemma(w.lower()) in SPEECH_VERBS | IMPERSONAL_VERBS for w in _WORDS.findall(text[lo:hi])
    )


def _ministries(
    text: str, lower: str, found: list[Mention], taken: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """Adds every MINISTRIES mention not yet taken to `found` (a country after it named, or
    None when none is), and returns the bare ones: (index into `found`, short name)."""
    bare: list[tuple[int, str]] = []
    for (short, pattern), literals in zip(BARE_MINISTRIES, _MINISTRY_LITERALS, strict=True):
        if not any(literal in lower for literal in literals):
            continue
        for m in pattern.finditer(text):
            if not all(m.end() <= s or m.start() >= e for s, e in taken):
                continue
            country, named_end = _ministry_of(short, m)
            # the ministry's own words, without a word after it that names no foreign
            # country ("главы внешнеполитического ведомства Сергей Лавров")
            own = country not in (None, f"{short} России") or m.group("country") is None
            end = named_end if own else m.start("country") - 1
            if country is None:
                bare.append((len(found), short))
            found.append(Mention(m.start(), end, org=country))
            taken.append((m.start(), end))
    return bare


_STATE_MINISTRY = re.compile(
    rf"(?<![\w-]){MINISTRY_HEAD}(?P<subject>(?:[ \t]+[а-яё-]+){{1,{MINISTRY_SUBJECT_WORDS}}}?)"
    r"[ \t]+(?=[А-ЯЁ])"
)


def _state_ministries(text: str, free: Callable[[int, int], bool]) -> list[Mention]:
    """Every ministry the MINISTRIES table lacks that the text names by what it is of and the
    state it serves (lexicon MINISTRY_HEAD): «Министерство коммерции КНР», «министерства
    территориального управления и децентрализации Мали» → «Министерство территориального
    управления и децентрализации Мали». Without a state after it («министерство сельского
    хозяйства»), or with a verb in the words after the head, it names none; nor does a list of
    states after it («Министерства экономики Казахстана и Узбекистана»: several ministries,
    the nominative plural, whose joint words are no one ministry's), or a plural verb after it
    («Министерства культуры Армении провели …»)."""
    if "министерств" not in text.lower():
        return []
    out: list[Mention] = []
    for m in _STATE_MINISTRY.finditer(text):
        words = m.group("subject").split()
        if any(_first_pos(w) in NOT_MINISTRY_SUBJECT_POS for w in words):
            continue
        end = _state_end(text, m.end())
        plural = m.group(0).split()[0].lower() == "министерства"
        if end is None or _several_ministries(text, end, plural):
            continue
        if free(m.start(), end):
            out.append(Mention(m.start(), end, org=_cased_name(text, m.start(), end)))
    return out


_ANOTHER_LISTED = re.compile(r"[ \t]*(?:,|и(?![\w-]))[ \t]*")
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[а-яё]+)")


def _several_ministries(text: str, end: int, plural: bool) -> bool:
    """Whether the ministry's state ending at `end` is one of a list of states («… Казахстана
    и Узбекистана», «… Казахстана, Узбекистана и …») or, after a head that may be the
    nominative plural (`plural`: «Министерства»), a plural verb follows it («… Армении
    провели»; «в министерстве … Германии заявили» is one ministry): several ministries."""
    listed = _ANOTHER_LISTED.match(text, end)
    if listed and listed.end() > end and country_phrase(text, listed.end()) is not None:
        return True
    if not plural:
        return False
    verb = _NEXT_WORD.match(text, end)
    return verb is not None and any(
        p.pos == "VERB" and p.has("plur") for p in parses(verb.group("word"))[:1]
    )


def find_orgs(text: str) -> list[Mention]:
    """Organisation mentions (canonical names), non-overlapping, in order."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    lower = text.lower()
    for pattern, canonical, literals in organisations():
        if not any(literal in lower for literal in literals):
            continue
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                found.append(_country_named(m, canonical))
                if canonical in NATIONAL_DEFAULT_BODIES and _foreign_adjective(text, m.start()):
                    found[-1] = Mention(found[-1].start, found[-1].end, org=UNKNOWN_BODY)
                taken.append((found[-1].start, found[-1].end))
    if _another_central_bank(text):
        found[:] = [_not_russias_bank(text, m) for m in found]
    bare = _ministries(text, lower, found, taken)
    found += _state_ministries(text, free)
    found += _coordinated(text, found, free)
    found += _leader_offices(text, free)
    found += find_embassies(text, free)
    found += [Mention(a, b, org=_as_written(text, a, b)) for a, b in find_place_bodies(text, free)]
    found += [Mention(a, b, org=_cased_name(text, a, b)) for a, b in find_courts(text, free)]
    found += [Mention(a, b, org=name) for a, b, name in find_national_bodies(text, free)]
    _resolve_bare(text, found, bare)
    found[:] = _regional_branches(text, found)
    for m in MEDIA.finditer(text) if any(w in lower for w in _MEDIA_LITERALS) else ():
        if free(m.start(), m.end()):
            found.append(Mention(m.start(), m.end(), org=media_name(m.group(0))))
    found += find_companies(text, lambda a, b: all(b <= m.start or a >= m.end for m in found))
    found += [m for m in signing_bodies(text) if free(m.start, m.end)]  # «– Управление …»
    found.sort(key=lambda m: m.start)
    return _fullest_earlier(text, found)


def _fuller(name: str, short: str) -> bool:
    """Whether `name` is `short` with more words after it, when `short` is one of the bodies a
    bare name of which always refers back (lexicon BACK_REFERRED_BODIES)."""
    short, name = short.replace("ё", "е"), name.replace("ё", "е")
    return short in BACK_REFERRED_BODIES and name.startswith(short + " ")


def _fullest_earlier(text: str, found: list[Mention]) -> list[Mention]:
    """A body named shorter after the text named it in full («объединенная пресс-служба судов
    Петербурга … написала объединенная пресс-служба судов»): the one longer name that opens
    with the shorter one, mentioned before it, as a person is named by his fullest form; two
    such names («… судов Москвы», «… судов Петербурга») leave the short one as written, and so
    does another place named between the two («Мэрия Киева … В Москве … в мэрии»: the text
    has moved on, and the bare one may be that place's). Only for bodies every bare mention of
    which is the one named before (BACK_REFERRED_BODIES): a bare «администрация президента»
    may be Russia's own after another state's was named, and a bare «МЧС России» the federal
    body after its regional branch."""
    out: list[Mention] = []
    for m in found:
        short = (m.org or "").lower()
        longer = [o for o in out if short and o.org and _fuller(o.org.lower(), short)]
        if len({o.org for o in longer}) == 1 and not _other_place_between(text, longer[-1], m):
            fuller = longer[-1].org or ""
            m = Mention(m.start, m.end, org=(m.org or "")[:1] + fuller[1:])
        out.append(m)
    return out


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?")


def _other_place_between(text: str, fuller: Mention, bare: Mention) -> bool:
    """Whether a place other than the ones the fuller name holds is named between it and the
    bare mention: a capitalised word the dictionary reads as a place («В Москве», «Мэр
    Уфы»)."""
    own = {_place_normal(w) for w in _CAPITALISED_WORD.findall(text, fuller.start, fuller.end)}
    return any(
        (place := _place_normal(w)) is not None and place not in own
        for w in _CAPITALISED_WORD.findall(text, fuller.end, bare.start)
    )


def _place_normal(word: str) -> str | None:
    """The normal form of `word` read as a place («Казани» → «казань»), None if no reading of
    it is one."""
    return next((p.normal for p in parses(word) if p.has("Geox")), None)


_CENTRAL_BANK = re.compile(CENTRAL_BANK_HEADS + r"(?:[ \t]+(?P<country>[А-ЯЁ][\w-]+))?")


def _another_central_bank(text: str) -> bool:
    """Whether the text names a central bank of a state other than Russia («Центробанк
    Турции», «Национальный банк Казахстана», «Турецкий ЦБ»): then a bare «ЦБ» in it may be
    that one, and a wrong country is worse than none."""
    if "банк" not in text.lower() and "ЦБ" not in text:
        return False
    for m in _CENTRAL_BANK.finditer(text):
        if _foreign_adjective(text, m.start()) or _foreign_state(m.group("country")):
            return True
    return False


def _foreign_state(word: str | None) -> bool:
    """Whether `word` after a body names a state other than Russia («Турции», «США»)."""
    if not word or word in ("России", "РФ"):
        return False
    return word in COUNTRY_ABBREVIATIONS or _country_of_body(word.lower())


def _not_russias_bank(text: str, mention: Mention) -> Mention:
    """A «Банк России» mention written bare («ЦБ», «Центробанка»), in a text naming another
    state's central bank, as nobody known; one naming Russia stays."""
    if mention.org != "Банк России" or re.search("Росси|РФ", text[mention.start : mention.end]):
        return mention
    return Mention(mention.start, mention.end, org=UNKNOWN_BODY)


_UNIT_BEFORE = re.compile(REGIONAL_UNIT)
_REGION_AFTER = re.compile(REGION_AFTER)
_RUSSIA_AFTER = re.compile(
    rf"[ \t]+(?:{'|'.join(k for k, v in STATE_NAMES.items() if v == 'России')})(?![\w-])"
)


def _regional_branches(text: str, found: list[Mention]) -> list[Mention]:
    """Every body's regional unit or branch (`_regional_unit`), and a federal body with
    regional branches (lexicon REGIONAL_BRANCH_BODIES) named bare («МЧС», «в МВД», no state
    nor region written) in a text that names one branch of it: that branch, by its fullest
    name («По информации МЧС России по Омской области … — сообщили в МЧС» is the branch's),
    as a person named by his surname is the one the text named in full."""
    units = [_regional_unit(text, m) for m in found]
    branches: dict[str, set[str]] = {}
    starts: dict[str, list[int]] = {}
    for m, unit in zip(found, units, strict=True):
        if m.org in REGIONAL_BRANCH_BODIES and (unit is not m or _regional(text, m)):
            # a region after it not read as its branch is some branch, maybe another one
            branches.setdefault(m.org, set()).add(unit.org or "" if unit is not m else "")
            starts.setdefault(m.org, []).append(m.end)
    out: list[Mention] = []
    for m, unit in zip(found, units, strict=True):
        named = branches.get(m.org or "", set())
        bare = unit is m and not _regional(text, m)
        if (
            bare
            and len(named) == 1
            and "" not in named
            and not _STATE_WRITTEN.search(text, m.start, m.end)
            and not _federal_between(text, starts.get(m.org or "", []), m.start)
        ):
            unit = Mention(m.start, m.end, org=next(iter(named)))
        out.append(unit)
    return out


# Words that hand a text from a regional branch to the federal body: its seat, its head or
# spokesman, its central office («Сотрудники МВД по Татарстану задержали блогера. В Москве
# дело прокомментировали. … — заявили в МВД» is the ministry's).
_FEDERAL_CUE = re.compile(
    r"(?<![\w-])(?:[Вв] Москве|(?:[Гг]лав|[Рр]уководител)\w* ведомства|"
    r"[Цц]ентральн\w+ аппарат|ЦОС|[Оо]фициальн\w+ представител)"
)


def _federal_between(text: str, ends: list[int], at: int) -> bool:
    """Whether a federal cue (`_FEDERAL_CUE`) stands between the last branch mention before
    `at` and `at` (a bare mention then is the federal body's, not the branch's)."""
    before = [end for end in ends if end <= at]
    return bool(before) and _FEDERAL_CUE.search(text, max(before), at) is not None


def _regional(text: str, m: Mention) -> bool:
    """Whether a region («по Омской области») follows the body's name."""
    return _REGION_AFTER.match(text, _body_end(text, m)) is not None


_STATE_WRITTEN = re.compile(r"Росси|РФ")


def _regional_unit(text: str, mention: Mention) -> Mention:
    """The body's unit for a region when the text names one around the body («Главное
    управление МЧС России по Свердловской области», «ГУ МВД по Москве и Московской области»,
    «столичного ГУ МЧС России», its place an adjective): the unit speaks as
    itself (its adjective and head in the nominative, the body and the region as written),
    never as the whole body; else the mention itself."""
    if not mention.org:
        return mention
    unit = _UNIT_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    # «ГУ МВД России по …»: a ministry's mention leaves its Russian state out
    body_end = _body_end(text, mention)
    region = _REGION_AFTER.match(text, body_end)
    if unit is None and region is not None and _bare_branch(text, mention, region):
        return _branch(text, mention, body_end, region)
    if unit is None or (region is None and unit.group("place") is None):
        return mention
    head = "ГУ" if unit.group("unit") == "ГУ" else "управление"
    adjective = unit.group("adjective")
    words = [_adjective_nominative(adjective.lower(), "neut")] if adjective else []
    words += [head, " ".join(text[mention.start : body_end].split())]
    if region is not None:
        words += ["по", " ".join(region.group("region").split())]
    name = " ".join(words)
    end = region.end() if region is not None else body_end
    return Mention(unit.start(), end, org=name[:1].upper() + name[1:])


def _body_end(text: str, mention: Mention) -> int:
    """Where a body's name ends: after «России» when it follows («ГУ МВД России по …»: a
    ministry's mention leaves its Russian state out)."""
    state = _RUSSIA_AFTER.match(text, mention.end)
    return state.end() if state is not None else mention.end


_ABBREVIATION_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁ]{2,}[ \t]+$")
_REGION_GOES_ON = re.compile(r"[ \t]+и[ \t]+([А-ЯЁа-яё-]+)")


def _bare_branch(text: str, mention: Mention, region: re.Match[str]) -> bool:
    """Whether a body with regional branches (lexicon REGIONAL_BRANCH_BODIES) and a region
    after it is named as that branch itself: no unit's abbreviation before it («ГСУ СК России
    по …» is the unit's, which the unit table does not name), and the region whole (not «по
    Республике Крым и городу Севастополю», cut at the «и» before a dative)."""
    if mention.org not in REGIONAL_BRANCH_BODIES:
        return False
    if _ABBREVIATION_BEFORE.search(text, max(0, mention.start - 10), mention.start):
        return False
    more = _REGION_GOES_ON.match(text, region.end())
    if more is None or more.group(1).isupper():  # «МВД по Татарстану и МВД по Башкирии»
        return True
    return not any(p.has("datv") for p in parses(more.group(1).lower()))


def _branch(text: str, mention: Mention, body_end: int, region: re.Match[str]) -> Mention:
    """A federal body's branch for a region named with no unit before it («МЧС России по
    Омской области», «Росгвардии по Москве»): the body as written when the text writes its
    canonical name (an abbreviation, maybe with «России»), else the canonical name, then the
    region as written."""
    written = " ".join(text[mention.start : body_end].split())
    org = mention.org or ""
    body = written if written.split()[0] == org.split()[0] else org
    name = f"{body} по {' '.join(region.group('region').split())}"
    return Mention(mention.start, region.end(), org=name)


def _as_written(text: str, start: int, end: int) -> str:
    """A body named by a common noun and its place, head in the nominative and lower case, as
    running text writes it whatever the case of its first letter in the text («Правительство
    Японии считает …» → «правительство Японии», «Командование армии Сирии» → «командование
    армии Сирии»): a summary that moves it inside a sentence keeps it in lower case."""
    name = _org_name(text[start:end])
    return name[:1].lower() + name[1:]


def _cased_name(text: str, start: int, end: int) -> str:
    """A body's name in the nominative, its first letter as the text writes it: a place's
    adjective keeps its capital («Таганского районного суда» → «Таганский районный суд»), a
    kind or a head inside a sentence its lower case («областного суда» → «областной суд»,
    «министерства связи РФ» → «министерство связи РФ»), so a summary moving it keeps it so."""
    name = _org_name(" ".join(text[start:end].split()))
    return name if text[start].isupper() else name[:1].lower() + name[1:]


def _country_named(m: re.Match[str], canonical: str) -> Mention:
    """The body an ORGANISATIONS alias matched: a word after it in its `country` group stays
    in the name only when it names a country («в Минтрансе США» → «Минтранс США»: that
    country's ministry, never Russia's); any other word («Минсельхоза Николай Патрушев») is
    none of the body's name."""
    has_group = "country" in m.re.groupindex and m.group("country") is not None
    word = m.group("country") if has_group else ""
    state = bool(word) and (word in COUNTRY_ABBREVIATIONS or _country_of_body(word.lower()))
    end = m.end() if not has_group or state else m.start("country") - 1
    return Mention(m.start(), end, org=canonical or _org_name(m.string[m.start() : end]))


# "глав МИД России и Китая", "Министерств иностранных дел России Сергея Лаврова и
# Таджикистана …": a second country joined to a named ministry, its head's name between.
_AND_COUNTRY = re.compile(
    r"(?:[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){0,3}[ \t]+и[ \t]+([А-ЯЁ][\w-]+)"
)


def _coordinated(
    text: str, found: list[Mention], free: Callable[[int, int], bool]
) -> list[Mention]:
    """The ministries of the countries joined to a named one by «и»: the text names them too,
    so a later «МИД республики» may be theirs."""
    out: list[Mention] = []
    for m in found:
        short = _kind_of(m.org) if m.org else None
        hit = _AND_COUNTRY.match(text, m.end) if short else None
        if hit is None or not free(*hit.span(1)):
            continue
        country = hit.group(1)
        is_geo = any(p.has("Geox") and p.has("gent") for p in parses(country))
        if (is_geo or _ACRONYM_STATE.fullmatch(country)) and country not in ("России", "РФ"):
            out.append(Mention(hit.start(1), hit.end(1), org=f"{short} {country}"))
    return out


# "аппарат президента Турции", "канцелярии турецкого лидера", "Управление коммуникации
# Турции": the head in any case, a nationality adjective, the leader, then maybe a country.
_LEADER_OFFICE = re.compile(
    rf"(?<![\w-])(?:(?:{'|'.join(LEADER_OFFICE_HEADS)})\w*[ \t]+"
    rf"(?:[а-яё]+(?:ого|его)[ \t]+)?(?:{'|'.join(LEADER_GENITIVES)}"
    rf"|(?P<placed>{'|'.join(PLACE_LEADER_GENITIVES)}))"
    rf"|(?:{'|'.join(COMMUNICATION_OFFICES + SECURITY_COUNCILS)})"
    rf"|(?P<served>{'|'.join(COUNTRY_OFFICES)}))"
    r"(?![\w-])(?:[ \t]+(?P<country>[А-ЯЁ][\w-]+))?"
)


# A second body an office serves with its leader («пресс-служба губернатора и правительства
# региона», «администрации главы и правительства Республики Саха (Якутия)»): the office's name
# runs on past what the leader table reads, so it names no office rather than a part of one.
_JOINT_OFFICE = re.compile(rf"[ \t]+и[ \t]+(?:{'|'.join(JOINT_OFFICE_BODIES)})")
_OFFICE_LITERALS = (
    "аппарат",
    "администрац",
    "канцеляри",
    "офис",
    "секретариат",
    "коммуникац",
    "безопасности",
    "пресс-служб",
)
_MINISTRY_LITERALS = ministry_literals()
_MEDIA_LITERALS = media_literals()  # a text naming no outlet is not scanned for one


def _leader_offices(text: str, free: Callable[[int, int], bool]) -> list[Mention]:
    """The offices that speak for a head of state or government or for a state («пресс-служба
    Киргизии»), named as the text names them (head in the nominative); a capitalised word
    after them is theirs only when it is a country («Офис президента Украины»), never the
    leader's name («… президента Владимира»)."""
    out: list[Mention] = []
    lower = text.lower()
    if not any(head in lower for head in _OFFICE_LITERALS):
        return out
    for m in _LEADER_OFFICE.finditer(text):
        country = m.group("country")
        end = m.end()
        state_end = _state_end(text, m.start("country")) if country else None
        if state_end is not None:
            end = state_end
        elif country and not _country_genitive(country):
            if m.group("served"):
                continue  # «пресс-служба МИД»: a unit of the body after it, no office of its own
            end = m.start("country") - 1
        if m.group("served") and not country:
            continue
        if m.group("placed") and state_end is None:
            continue  # «пресс-служба главы Рамзана Кадырова»: a head named by no place
        if _JOINT_OFFICE.match(text, end):
            continue  # «пресс-служба губернатора и правительства региона»: not named whole
        if free(m.start(), end) and not _complement(text, m.start()):
            name = _org_name(text[m.start() : end])
            if text[m.start()].islower():  # «аппарат президента Турции»: a description
                name = name[:1].lower() + name[1:]
            out.append(Mention(m.start(), end, org=name))
    return _fullest_offices(text, out)


def _state_end(text: str, at: int) -> int | None:
    """Where a state named from `at` after a leader's office ends: its long name whole
    («Канцелярия президента Южно-Африканской Республики»), or an abbreviation of a state
    («Канцелярия президента ЮАР»; never another body's, «пресс-служба МИД»); None when the
    words there name no state; one word only by its likeliest reading."""
    end = country_phrase(text, at)
    if end is None:
        return None
    phrase = text[at:end]
    if " " in phrase or phrase in COUNTRY_ABBREVIATIONS or _country_genitive(phrase):
        return end
    return None  # «Офис президента Владимира Зеленского»: a first name, no city


def _fullest_offices(text: str, offices: list[Mention]) -> list[Mention]:
    """«Канцелярия президента ЮАР … Канцелярия президента Южно-Африканской Республики назвала
    … — Канцелярия президента призывает …»: an office is named by the fullest name the text
    gives that head's office (as a person is named by his fullest form), when all the offices
    of that head the text names with a state are one state's; else as it is written. Never
    Russia's own «администрация президента» (bare, it is the Kremlin's: «Администрация
    президента США … В Москве ответили … — сообщили в Администрации президента»), nor a
    mention a state's name follows («… в заявлении Офиса президента Румынии»)."""
    return [_fullest_office(text, m, offices) for m in offices]


def _fullest_office(text: str, m: Mention, offices: list[Mention]) -> Mention:
    """One office named by its fullest name (`_fullest_offices`), or itself."""
    org = m.org or ""
    head = _office_head(org, offices)
    if head in _OWN_OFFICES or country_phrase(text, m.end + 1) is not None:
        return m
    longer = [o.org for o in offices if o.org and o.org.lower().startswith(head + " ")]
    states = _state_keys([name[len(head) + 1 :] for name in longer])
    if len(states) != 1:
        return m
    fullest = max(longer, key=len)
    return Mention(m.start, m.end, org=org[:1] + fullest[1:])  # its first letter as written


# Russia's own offices of its head: a bare mention is Russia's, never a foreign one's.
_OWN_OFFICES = frozenset({"администрация президента"})


def _state_keys(states: list[str]) -> set[str]:
    """The states' keys (`_state_key`); a long name is keyed by its initials only when the
    text writes that abbreviation too, so «Республики Корея» and «Республики Казахстан»
    (both «РК») stay two states."""
    written = set(states)
    keys = set()
    for state in states:
        key = _state_key(state)
        keys.add(key if key in written or state in STATE_NAMES else state)
    return keys


def _state_key(state: str) -> str:
    """One key for a state's names: the table's (STATE_NAMES), else a long name's initials,
    which its abbreviation is («Южно-Африканской Республики» → «ЮАР», «Объединенных Арабских
    Эмиратов» → «ОАЭ»), else as written."""
    if state in STATE_NAMES:
        return STATE_NAMES[state]
    words = re.split(r"[ \t-]+", state)
    return "".join(w[:1].upper() for w in words) if len(words) > 1 else state


def _office_head(org: str, offices: list[Mention]) -> str:
    """The office's name without its state (lower case): the shortest name among the text's
    offices that `org` opens with («канцелярия президента» of «Канцелярия президента ЮАР»)."""
    lower = org.lower()
    heads = [o.org.lower() for o in offices if o.org and lower.startswith(o.org.lower())]
    return min(heads, key=len, default=lower)


_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)[ \t]+$")


def _complement(text: str, at: int) -> bool:
    """Whether the office at `at` only completes the noun before it («сотрудников
    администрации президента», «глава аппарата президента»): then it is no body speaking,
    unless that noun is its text («в заявлении канцелярии премьер-министра»)."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return False
    first = parses(before.group(1).lower())[:1]
    return bool(first) and first[0].pos == "NOUN" and first[0].normal not in OWNED_TEXTS


def _country_genitive(word: str) -> bool:
    """A country's name in the genitive by its likeliest reading («Украины», «Израиля»; not
    «Владимира», a first name before it is a city)."""
    return place_genitive_first(word) is not None


def _country_of_body(word: str) -> bool:
    """A country's name by its likeliest reading that may stand in the genitive after a body
    («Минтранса Индии»: «Индии» is likelier a locative, still a country; never «Николай»)."""
    readings = parses(word)
    return bool(readings) and readings[0].has("Geox") and any(p.has("gent") for p in readings)


def _kind_of(org: str | None) -> str | None:
    """The short name of the ministry `org` is one of a country of ("МИД Китая" → "МИД")."""
    return next((short for short, _ in MINISTRIES if (org or "").startswith(f"{short} ")), None)


_ACRONYM_STATE = re.compile(r"[А-ЯЁA-Z]{2,5}")


def _resolve_bare(text: str, found: list[Mention], bare: list[tuple[int, str]]) -> None:
    """Gives each bare ministry (index into `found`, short name) the country the text tied it
    to, or UNKNOWN_BODY when it does not settle which (it still speaks, as nobody known), in
    text order: a bare ministry standing as a subject is the antecedent of the bare ones after
    it («Ранее МИД республики вызвал посла. МИД выразил озабоченность»), resolved or not."""
    indices = {k for k, _ in bare}
    kinds = [None if k in indices else _kind_of(m.org) for k, m in enumerate(found)]
    for short in dict.fromkeys(kind for _, kind in bare):  # only the kinds named bare
        named = sorted((m for k, m in enumerate(found) if kinds[k] == short), key=lambda m: m.start)
        titles = _minister_titles(text, short)
        chain = list(named)
        abroad = any(
            _of_another_country(text, found[k].start, found[k].end)
            for k, kind in bare
            if kind == short
        )
        for k in sorted((k for k, kind in bare if kind == short), key=lambda k: found[k].start):
            m = found[k]
            # an antecedent stands before, and only a person's anaphor refers back to a title
            titled = [t for t in titles if t.end <= m.start] if _head_of(text, m.start) else []
            context = sorted(chain + titled, key=lambda c: c.start)
            org = _bare_owner(text, m, short, named, context, abroad=abroad)
            chain.append(Mention(m.start, m.end, org=org))
            chain.sort(key=lambda c: c.start)
            start = _adjective_start(text, m.start) if org is not None else m.start
            found[k] = Mention(start, m.end, org=UNKNOWN_BODY if org is None else org)
            if org is None and not _foreign_ministries(named, short) - {None, UNKNOWN_BODY}:
                found[k] = _described_ministry(text, found[k], short)


def _head_of(text: str, at: int) -> bool:
    """Whether the bare ministry at `at` is named as its head's («Глава МИДа добавил»): a
    person's anaphor, which may refer back to a minister's title; «сообщили в Минобороны»,
    «в сводке Минобороны» are the ministry's own voice, the home one's after a foreign
    minister's title («министр обороны Украины … сообщили в Минобороны» is Russia's)."""
    before = _ROLE_BEFORE.search(text, max(0, at - 30), at)
    return before is not None and lemma(before.group(1).lower()) in HEAD_ROLES


def _minister_titles(text: str, short: str) -> list[Mention]:
    """The ministries of kind `short` a minister's title names with its country («Министр
    иностранных дел Израиля Гидеон Саар заявил … Глава МИДа заявил» is Israel's МИД, never
    Russia's), for a bare one after them to refer back to (they are no body's mention of their
    own; a former minister's title, «экс-министр», names none):
    each spans the title's words after «министр», so that, a role standing before it, it
    counts only where its minister speaks (`stands_for_itself`). A Russian minister's title
    names «… России»; a title with no country after it names none."""
    out: list[Mention] = []
    for kind, pattern in MINISTER_TITLES:
        if kind != short or "министр" not in text.lower():
            continue
        for m in pattern.finditer(text):
            country, end = _ministry_of(short, m) if m.group("country") else (None, m.end())
            if country is not None:
                out.append(Mention(m.start("subject"), end, org=country))
    return out


def _bare_owner(
    text: str,
    m: Mention,
    short: str,
    named: list[Mention],
    chain: list[Mention],
    *,
    abroad: bool = False,
) -> str | None:
    """The ministry one bare mention is, or None when the text does not settle it (`abroad`:
    the text names a ministry «of the country» it does not name, `_country_of_bare`)."""
    if _RUSSIAN_BEFORE.search(text, max(0, m.start - 30), m.start):
        return f"{short} России"  # «российского внешнеполитического ведомства»: never another's
    adjective = _FOREIGN_BEFORE.search(text, max(0, m.start - 30), m.start)
    if adjective is not None:
        # "венгерского МИД": the ministry of the country named with the adjective's stem, or
        # nobody the text names ("турецкого внешнеполитического ведомства" is never Russia's)
        keys = nation_keys(adjective.group(1))
        cut = len(short) + 1
        match = [n for n in named if n.org and n.org[cut:].lower().startswith(keys)]
        if match and keys:
            return match[-1].org
        return _ministry_by_adjective(short, adjective.group(1))
    country = _OF_THE_COUNTRY.match(text, m.end)
    if country:
        if _describing(country.group("adjectives").split()):
            return None  # «МИД арабской республики»: named as written (`_described_ministry`)
        # "МИД республики": a foreign ministry, the one the text names, if only one
        foreign = _foreign_ministries(named, short)
        return foreign.pop() if len(foreign) == 1 else None
    return _country_of_bare(text, m.start, chain, f"{short} России", abroad=abroad)


def _of_another_country(text: str, start: int, end: int) -> bool:
    """Whether a bare ministry at `start`-`end` is named «of the country» («МИД страны», «МИД
    этой республики»; lexicon COUNTRY_REFERENCES) without the state, never «нашей страны»
    (Russia, as the journal writes), for a state other than Russia that its sentence or the
    one before names (`_foreign_state_in_view`): the text speaks of another state's ministry.
    «Россия …, заявил глава МИД страны Сергей Лавров», or no state named at all, is Russia's
    as before."""
    country = _OF_THE_COUNTRY.match(text, end)
    if country is None or country.group("adjectives").lower().startswith("наш"):
        return False
    return _foreign_state_in_view(text, start, country.end())


# The states a text may name in full (lexicon COUNTRIES_BY_ADJECTIVE, by the lemma of the
# name's last word: «Южная Корея» → «корея»), Russia aside.
_FOREIGN_STATE_LEMMAS = frozenset(
    name.split()[-1].lower() for name, _ in COUNTRIES_BY_ADJECTIVE.values() if name != "Россия"
)
_STATE_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][А-ЯЁа-яё]+")


def _foreign_state_in_view(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding `start`-`end`, with the sentence before it, names a state
    other than Russia («Индонезия собирается … Об этом говорится в заявлении МИД страны»)
    and does not write Russia («Россия готова …, заявил глава МИД страны»): the state «страны»
    stands for. A city («прибыл в Анкару») names no state."""
    lo = sentence_start(text, 0, max(0, sentence_start(text, 0, start) - 1))
    stretch = text[lo : sentence_end(text, end, len(text))]
    if _STATE_WRITTEN.search(stretch):
        return False
    return any(_names_foreign_state(w) for w in _STATE_WORD.findall(stretch))


def _names_foreign_state(word: str) -> bool:
    """Whether a capitalised word names a state other than Russia, in any case («Турцией»,
    «Индонезия», «США»)."""
    if word.isupper():
        return word in COUNTRY_ABBREVIATIONS and COUNTRY_ABBREVIATIONS[word] != "Россия"
    return any(p.normal in _FOREIGN_STATE_LEMMAS for p in parses(word.lower()))


def _foreign_ministries(named: list[Mention], short: str) -> set[str | None]:
    """The other states' ministries of this kind the text names: the one a bare «МИД
    республики» is when there is one; and with any, a described one («МИД еврейского
    государства» after «МИД Израиля») may be it or not, so it stays nobody known rather than
    a name the judge of a text reads as another body."""
    return {n.org for n in named if n.org != f"{short} России"}


def _described_ministry(text: str, m: Mention, short: str) -> Mention:
    """A ministry of a country the text describes by an adjective and does not settle by name
    («пресс-служба МИД исламской республики», «МИД еврейского государства»): named as the text
    writes it, its description with it, since that is all the text says of whose it is — never
    Russia's; one with no description or only a pronoun's («МИД республики», «МИД этой
    страны») stays nobody known (`m` itself)."""
    hit = _OF_THE_COUNTRY.match(text, m.end)
    if hit is None or not _describing(hit.group("adjectives").split()):
        return m
    return Mention(m.start, hit.end(), org=f"{short} {' '.join(text[m.end : hit.end()].split())}")


def _describing(adjectives: list[str]) -> bool:
    """Whether the words are adjectives by their likeliest reading and none is a pronoun's
    («этой», «той», «своей»): «исламской», «арабской», «балтийского» describe a country."""
    if not adjectives:
        return False
    firsts = [parses(word)[:1] for word in adjectives]
    return all(f and f[0].pos == "ADJF" and not f[0].has("Apro") for f in firsts)


# A nationality adjective right before a bare ministry, not Russia's own.
_FOREIGN_BEFORE = re.compile(
    r"(?<![\w-])((?![Рр]осси)[А-ЯЁа-яё][а-яё]+(?:[сц]к|ийск)(?:ого|ому|им|ом|ий|ое))\s+$"
)


# Russia's adjective right before a bare ministry («российского внешнеполитического ведомства»,
# «Российский МИД»): Russia's ministry, whatever other one the text names.
_RUSSIAN_BEFORE = re.compile(r"(?<![\w-])([Рр]оссийск(?:ого|ому|им|ом|ий|ое|ая|ой|ую))\s+$")


def _adjective_start(text: str, at: int) -> int:
    """Where a bare ministry's name begins when a nationality adjective names its country
    («китайский МИД», «турецкое Минобороны», «Российское внешнеполитическое ведомство»): at
    the adjective, so the mention is the body's whole name, as «МИД Китая» is, and a speaker
    written so reads as that body; else `at`."""
    lo = max(0, at - 30)
    hit = _FOREIGN_BEFORE.search(text, lo, at) or _RUSSIAN_BEFORE.search(text, lo, at)
    return hit.start(1) if hit is not None else at


def _foreign_adjective(text: str, at: int) -> bool:
    """Whether a nationality adjective of another country than Russia stands right before
    `at` («украинского Генштаба»)."""
    hit = _FOREIGN_BEFORE.search(text, max(0, at - 30), at)
    return hit is not None and bool(nation_keys(hit.group(1)))


def _ministry_by_adjective(short: str, adjective: str) -> str | None:
    """ "индийского Минобороны", "японский МИД", "турецкое внешнеполитическое ведомство" with
    no ministry of that country named: the adjective names the country itself («Минобороны
    Индии»; a state's ministry known by another name by that, lexicon MINISTRIES_OF_STATES:
    «американского внешнеполитического ведомства» is «Госдепартамент США»); None for an
    adjective the country table lacks — never a guess."""
    country = country_of_adjective(adjective)
    if country is None:
        return None
    name = f"{short} {country}"
    return MINISTRIES_OF_STATES.get(name, name)


def find_entities(text: str) -> Entities:
    """Person and organisation mentions of `text` (an analysis view)."""
    orgs = find_orgs(text)
    blocked = tuple((o.start, o.end) for o in orgs)
    credits = _credit_lines(text)
    persons = [
        m
        for m in find_persons(text, blocked)
        if not any(o.start <= m.start < o.end for o in orgs)
        and not any(a <= m.start < b for a, b in credits)
    ]
    return Entities(persons=mark_oblique(text, persons), orgs=orgs)


def _credit_lines(text: str) -> list[tuple[int, int]]:
    """Spans of credit paragraphs («Текст: Дарья Григоренко», «Фото: …»), and of a bare name
    right under the title or closing the text («Илья Танаев»: the author's byline, `is_byline`):
    the people they name wrote or photographed the piece and never speak in it."""
    spans: list[tuple[int, int]] = []
    start = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        byline = k in (1, len(lines) - 1) and is_byline(line.strip())
        if byline and k == 1 and _heads_the_text(lines):
            byline = False
        if byline or is_credit(line.strip()):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _heads_the_text(lines: list[str]) -> bool:
    """Whether a bare name under the title is whom the text is about, not its author: the
    title names a role or an interview the name fills («Новый министр / Анна Ким»,
    ««…»: интервью министра обороны / Андрей Белоусов»), or the next paragraph opens with a
    dash answer or a quotation (an interview's Q&A, his words)."""
    after = lines[2].lstrip() if len(lines) > 2 else ""
    if after[:1] in BYLINE_SPEECH_OPENERS:
        return True
    words = re.findall(r"[А-Яа-яЁё-]+", lines[0])
    return any(role_of(w) is not None or w.lower().startswith("интервью") for w in words)
