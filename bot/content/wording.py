"""The summary's wording of names as the references write them: Russia's official name as
the country («Российской Федерации» → «России»), a name with its abbreviation in brackets as the
abbreviation («Службы внешней разведки (СВР)» → «СВР»), and the short forms the references
use («Министерство иностранных дел» → «МИД»), and «на брифинге» for «в ходе брифинга». Never
inside a quotation: those are the speaker's words.

Why: the labellers' reference summaries never write «Российская Федерация»: where the article
gives the official name, they name the country «Россия» in the same case («Постоянный
представитель Российской Федерации» → «Постоянный представитель России»), one word shorter
and one word more in common. The case is certain, as the name declines; in every text, also
one that never writes «Россия» (measured: 12 summaries closer to their reference, none
further, when that condition went). The abbreviation «РФ» becomes «Россия» where its case is
sure: after a head that owns it (`RF_OWNER_HEADS`, a closed table: «МИД РФ», «президента
РФ», «посол РФ» → «России»; not any noun, as after «в 2024 году», «в ответ» «РФ» is the
subject), after a preposition the preposition's case («с РФ» → «с Россией», «в РФ» → «в России»,
`RF_AFTER_PREPOSITION`); elsewhere («США и РФ», «поддержать РФ») it stays as written. Measured
over every labelled set: the newest sets (own-dev-41 … 46, labelled like the blind ones) write
«России» in all 40 of their summaries that change (none further), the older ones in 176 of 293
(+216 ROUGE-1 points summed); whether the article itself writes «Россия» tells nothing.
The references write the abbreviation a name is given with («ДСНВ», «СБУ», «ОБСЕ»), never the
name and its abbreviation in brackets: the name's words are the ones they do not share. Only
when the bracketed letters are the initials of the words right before (short words such as
«о», «по» left out), or an acronym of them (`_letters_of`: «Международного агентства по атомной
энергии (МАГАТЭ)», «Евросоюз (ЕС)»), so the brackets are sure to abbreviate them.
Short forms (`SHORT_FORMS`, a row each) are those the references use (almost) always, counted
over every labelled set: «МИД» 159 times against «Министерство иностранных дел» never, «ООН» and
never «Организация Объединенных Наций», «Госдума», «замминистра» (not «Первый заместитель
министра»: kept), «Госдепартамент»; «постпред» only in an oblique case (in the nominative some
labellers spell the post out). «генсек» and «Совбез» were measured and left out: the references
are split on them.
"""

from __future__ import annotations

import re

from bot.content.lexicon import (
    AMBASSADOR_FORMS,
    ANNIVERSARY_WORDS,
    COUNTRY_ADJECTIVES,
    DATE_PREPOSITIONS,
    DAY_ADVERBS,
    HISTORY_BEFORE,
    MONTHS_GENITIVE,
    RF_AFTER_PREPOSITION,
    RF_OWNER_HEADS,
    SPEECH_VERBS,
    WEEKDAYS_ACCUSATIVE,
    country_of_adjective,
)
from bot.content.morph import inflect, parses, restore_case

# The official name, by the ending of «Федерация» (its case): the country's form in that case.
_OFFICIAL = re.compile(r"\bРоссийск(?:ая|ой|ую|ою)\s+Федераци(?P<end>я|и|ю|ей|ею)\b")
OFFICIAL_FORMS = {"я": "Россия", "и": "России", "ю": "Россию", "ей": "Россией", "ею": "Россией"}


# «МИД РФ», «с РФ»: the abbreviation after the word that governs its case.
_RF = re.compile(r"(?P<before>[^\W\d_]+(?:-[^\W\d_]+)?)(?P<space>\s+)РФ\b")


# «Исламской Республики Иран», «Исламская Республика»: Iran, as the references name it (in all
# of them «Исламская Республика» never stands, «Иран» does), by the case of «Республика».
_ISLAMIC = re.compile(
    r"\b[Ии]сламск(?:ая|ой|ую|ою)\s+[Рр]еспублик(?P<end>а|и|у|е|ой|ою)(?:\s+Иран)?\b"
)
ISLAMIC_FORMS = {
    "а": "Иран",
    "и": "Ирана",
    "у": "Иран",
    "е": "Иране",
    "ой": "Ираном",
    "ою": "Ираном",
}
# «Республики Казахстан», «Республика Молдова»: the country itself in the case of «Республика»
# (not «Республике», which may be dative or prepositional).
_REPUBLIC_OF = re.compile(r"\b[Рр]еспублик(?P<end>и|у|ой)\s+(?P<country>[А-ЯЁ][а-яё]+)\b")
_REPUBLIC_CASES = {"и": "gent", "у": "accs", "ой": "ablt"}


def _country_in_case(hit: re.Match[str]) -> str:
    """The country a «Республика X» names, in the case «Республика» stands in; as written when
    X is no country the dictionary knows in the nominative."""
    country = hit.group("country")
    found = [
        p
        for p in parses(country)
        if p.pos == "NOUN" and p.has("Geox", "nomn", "sing") and p.dictionary
    ]
    before = _WORD.findall(hit.string[max(0, hit.start() - 30) : hit.start()])[-1:]
    if not found or (before and _adjective(before[0])):
        return hit.group(0)  # no country, or «боливарианская республика Венесуэла»
    changed = found[0].raw.inflect({_REPUBLIC_CASES[hit.group("end")]})
    return restore_case(country, str(changed.word)) if changed is not None else hit.group(0)


def _adjective(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].pos in ("ADJF", "PRTF")


# «Всемирная организация» for the UN, a synonym the references never use: «ООН» (feminine too);
# not a specialised agency («Всемирная организация здравоохранения»).
_WORLD_BODY = re.compile(
    r"(?:\b(?P<into>[Вв])о\s+)?\b[Вв]семирн(?:ая|ой|ую|ою)\s+[Оо]рганизаци(?:я|и|ю|ей|ею)\b"
    r"(?!\s+(?:здравоохранения|торговли|интеллектуальной|метеорологической|таможенной|"
    r"туризма|по\s|\())"
)


def world_body(text: str, body: str) -> str:
    """`text` with «Всемирная организация» as «ООН» when the article names the UN so («во
    Всемирной организации» → «в ООН»)."""
    if "ООН" not in body:
        return text
    return _WORLD_BODY.sub(lambda hit: f"{hit.group('into') or ''} ООН".lstrip(), text)


def republics(text: str, body: str) -> str:
    """`text` with a republic named by its country («МИД Республики Казахстан» → «МИД
    Казахстана»), and Iran for «Исламская Республика» when the article names Iran; a republic
    in the nominative stays (its verb is feminine: «Республика Казахстан заявила»)."""
    if "Иран" in body:
        text = _ISLAMIC.sub(
            lambda hit: (
                hit.group(0) if hit.group("end") == "а" else ISLAMIC_FORMS[hit.group("end")]
            ),
            text,
        )
    return _REPUBLIC_OF.sub(_country_in_case, text)


def _rf_form(before: str) -> str | None:
    """The form of «Россия» that «РФ» stands for after the word `before`: the preposition's
    case (`RF_AFTER_PREPOSITION`), the genitive after a head that owns it (`RF_OWNER_HEADS`:
    «МИД РФ», «президента РФ», «министр финансов РФ»); None when the case is not sure.
    Why a closed table of heads and not any noun: the case of «РФ» is its own role in the
    sentence, and after a time or clause opener («в 2024 году РФ увеличила», «в ответ РФ
    выслала») it is the subject, where «России» would be ungrammatical."""
    lowered = before.lower()
    if lowered in RF_AFTER_PREPOSITION:
        return RF_AFTER_PREPOSITION[lowered]
    if lowered in RF_OWNER_HEADS:
        return "России"  # «МИД РФ», «замминистра РФ»
    found = parses(lowered)[:1]
    return (
        "России" if found and found[0].pos == "NOUN" and found[0].normal in RF_OWNER_HEADS else None
    )


def _rf_named(hit: re.Match[str]) -> str:
    form = _rf_form(hit.group("before"))
    return f"{hit.group('before')}{hit.group('space')}{form}" if form else hit.group(0)


def country_named(text: str) -> str:
    """`text` with «Российская Федерация» as «Россия» in its case, and «РФ» as «России» (or
    its case) where the word before tells the case (`_rf_form`)."""
    text = _OFFICIAL.sub(lambda hit: OFFICIAL_FORMS[hit.group("end")], text)
    return _RF.sub(_rf_named, text)


# «Службы внешней разведки (СВР)»: a name and its abbreviation in brackets right after it.
_ABBREVIATED = re.compile(r"[ \t]*\((?P<abbr>[А-ЯЁA-Z]{2,7})\)")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Short words an abbreviation leaves out («Договор о …», «Совет по …»).
SKIPPED_IN_ABBREVIATIONS = frozenset({"о", "об", "по", "и", "в", "на", "при", "для", "за"})
_REACH_WORDS = 10  # the name before the brackets has at most this many words
_NOT_IN_NAME = re.compile(r"[^\w\s-]")


def _initials(words: list[str]) -> str:
    """The letters an abbreviation of `words` would have («Южно-Африканская Республика» → ЮАР)."""
    return "".join(
        part[:1].upper()
        for word in words
        if word.lower() not in SKIPPED_IN_ABBREVIATIONS
        for part in word.split("-")
    )


def _name_start(text: str, end: int, abbreviation: str) -> int | None:
    """Where the name that `abbreviation` shortens starts, ending at `end` (only words and
    spaces between); None when the words right before give other initials."""
    words = list(_NAME_WORD.finditer(text, max(0, end - 120), end))[-_REACH_WORDS:]
    for k in range(1, len(words) + 1):
        start = words[-k].start()
        if _NOT_IN_NAME.search(text, start, end):
            return None
        initials = _initials([w.group(0) for w in words[-k:]])
        if initials == abbreviation.upper():
            return start
        if len(initials) > len(abbreviation):
            return None
    return None


def _subsequence(letters: str, word: str) -> bool:
    """Whether `letters` stand in `word` in order, not necessarily side by side."""
    at = 0
    for c in word:
        if at < len(letters) and c == letters[at]:
            at += 1
    return at == len(letters)


def _letters_of(words: list[str], abbreviation: str) -> bool:
    """Whether `abbreviation` is made of `words` as acronyms of compound names are: each word
    in turn gives the next letters, in order, from anywhere in it, the first word its first
    letter, the last word at least one, and at most one word none («Международного агентства
    по атомной энергии» → МАГАТЭ, «Евросоюзе» → ЕС, «Договора о сокращении стратегических
    наступательных вооружений» → ДСНВ)."""
    letters = abbreviation.lower()
    kept = [w.lower() for w in words if w.lower() not in SKIPPED_IN_ABBREVIATIONS]
    if not kept or not kept[0].startswith(letters[0]):
        return False

    def fits(at: int, word: int, idle: int) -> bool:
        if word == len(kept):
            return at == len(letters)
        last = word == len(kept) - 1
        least = 1 if last or word == 0 else 0
        for take in range(least, len(letters) - at + 1):
            if take == 0 and idle:
                continue
            if _subsequence(letters[at : at + take], kept[word]) and fits(
                at + take, word + 1, idle + (take == 0)
            ):
                return True
        return False

    return fits(0, 0, 0)


def _personal(word: str) -> bool:
    """A given name or surname («Джон Смит (ДС)»: a person's initials, no acronym)."""
    found = parses(word)[:1]
    return bool(found) and bool(found[0].grams & {"Name", "Surn", "Patr"})


def _place(word: str) -> bool:
    """A place by the dictionary's first reading («Великобритании», «России»): a name's country
    is kept beside its abbreviation, never one of its letters."""
    found = parses(word)[:1]
    return bool(found) and "Geox" in found[0].grams


def _acronym_start(text: str, end: int, abbreviation: str) -> int | None:
    """Where the name that `abbreviation` shortens as an acronym starts (`_letters_of`),
    ending at `end`: the fewest words before it that give its letters; None when none do."""
    words = list(_NAME_WORD.finditer(text, max(0, end - 120), end))[-_REACH_WORDS:]
    for k in range(1, len(words) + 1):
        start = words[-k].start()
        if _NOT_IN_NAME.search(text, start, end):
            return None
        if not words[-k].group(0)[:1].isupper():
            continue
        named = [w.group(0) for w in words[-k:]]
        if any(map(_place, named[1:])):
            return None  # «Министерства обороны Великобритании (МО)»: whose, never a letter
        if _letters_of(named, abbreviation) and not any(map(_personal, named)):
            return start
    return None


def abbreviated(text: str, opening: bool = True) -> str:
    """`text` with a name followed by its abbreviation in brackets given as the abbreviation
    alone («Службы внешней разведки (СВР) России» → «СВР России»), as the references write
    it; brackets whose letters are not the initials of the words before stay, and so does a
    name the summary opens with (`text` opens it when `opening`): the card's reader meets its
    subject spelled out."""
    out, at = [], 0
    for found in _ABBREVIATED.finditer(text):
        abbreviation, country = found.group("abbr"), ""
        start = _named_start(text, found.start(), abbreviation)
        place = _place_before(text, found.start())
        if start is None and place is not None:  # «Службы внешней разведки России (СВР)»
            start = _named_start(text, place.start(), abbreviation)
            country = f" {place.group(1)}"
        if start is None or (opening and start == 0) or start < at:
            continue
        out.append(text[at:start] + abbreviation + country)
        at = found.end()
    return "".join(out) + text[at:]


def _named_start(text: str, end: int, abbreviation: str) -> int | None:
    """Where the name ending at `end` that `abbreviation` shortens starts: by its initials
    (`_name_start`) or as an acronym (`_acronym_start`); None when neither."""
    start = _name_start(text, end, abbreviation)
    return start if start is not None else _acronym_start(text, end, abbreviation)


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _place_before(text: str, end: int) -> re.Match[str] | None:
    """The place closing the name right before `end` («… разведки России (СВР)»), which the
    abbreviation leaves out and is written after it («СВР России»); None when none does."""
    found = _LAST_WORD.search(text, max(0, end - 40), end)
    return found if found is not None and _place(found.group(1)) else None


# Names the references always shorten, one named row each: the full form (its case in the
# group «end» when the short form declines) and the short form for each ending.
SHORT_FORMS: tuple[tuple[str, re.Pattern[str], dict[str, str]], ...] = tuple(
    (name, re.compile(pattern), forms)
    for name, pattern, forms in (
        (  # «Министерство» is neuter, «МИД» masculine: its verb changes («направило» → «направил»)
            "МИД",
            r"\bМинистерств(?:о|а|у|ом|е)\s+иностранных\s+дел\b",
            {"": "МИД"},
        ),
        ("ООН", r"\bОрганизаци(?:я|и|ю|ей)\s+Объедин[её]нных\s+[Нн]аций\b", {"": "ООН"}),
        (
            "Госдума",
            r"\bГосударственн(?:ая|ой|ую|ою)\s+[Дд]ум(?P<end>а|ы|е|у|ой)\b",
            {"а": "Госдума", "ы": "Госдумы", "е": "Госдуме", "у": "Госдуму", "ой": "Госдумой"},
        ),
        (  # «Первый заместитель министра» stays: the references keep it
            "замминистра",
            r"(?P<keep>\b[Пп]ерв\w+\s+)?\b[Зз]аместител(?:ь|я|ю|ем|е)\s+министра\b",
            {"": "замминистра"},
        ),
        (
            "постпред",
            r"\b[Пп]остоянн(?:ого|ому|ым|ом)\s+представител(?P<end>я|ю|ем|е)\b",
            {"я": "постпреда", "ю": "постпреду", "ем": "постпредом", "е": "постпреде"},
        ),
        (  # «Соединенные Штаты (Америки)» in any case: «США» never declines, and is plural
            "США",
            r"\bСоедин[её]нн(?:ые|ых|ым|ыми)\s+Штат(?:ы|ов|ам|ами|ах)(?:\s+Америки)?\b",
            {"": "США"},
        ),
        (
            "Госдепартамент",
            r"\bГосударственн(?:ый|ого|ому|ым|ом)\s+департамент(?P<end>|а|у|ом|е)\b",
            {
                "": "Госдепартамент",
                "а": "Госдепартамента",
                "у": "Госдепартаменту",
                "ом": "Госдепартаментом",
                "е": "Госдепартаменте",
            },
        ),
    )
)


# «российского МИД», «российскому президенту»: the ministry or a post of Russia, which the
# references name «МИД России», «президенту России» (the adjective before a post or the ministry
# 6 times in all the references, the country after it 120). Singular forms only; not «министр»
# (its complement follows: «министр иностранных дел»); not when the summary opens with it, as
# the references then keep «Российский постпред при ООН …», except «Российский посол»: the
# references open «Посол России в США Анатолий Антонов …» (6 summaries closer to theirs, none
# further). «Посол» inside a summary stays: the references also drop the country there («посла
# Сергея Кисляка»). «российского лидера» → «лидера России»: 3 closer, none further.
_RUSSIAN_POST = re.compile(
    r"\b(?P<adjective>[Рр]оссийск(?:ий|ого|ому|им|ом))\s+"
    r"(?P<post>МИД|постпред(?:|а|у|ом|е)|президент(?:|а|у|ом|е)|лидер(?:|а|у|ом|е)"
    r"|(?P<envoy>посол))\b"
)
# «российского внешнеполитического ведомства»: the ministry, as the references name it.
_FOREIGN_OFFICE = re.compile(
    r"\b(?P<adjective>[Рр]оссийск(?:ое|ого|ому|им|ом))\s+внешнеполитическ(?:ое|ого|ому|им|ом)\s+"
    r"ведомств(?P<end>о|а|у|ом|е)\b"
)


def country_after(text: str) -> str:
    """`text` with «российский» before a post or the ministry as «России» after it
    («российского МИД» → «МИД России», «российского внешнеполитического ведомства» → «МИД
    России», its verb masculine as «МИД» is; the references never write «внешнеполитическое
    ведомство»); «Российский посол» only where `text` opens with it (`_RUSSIAN_POST`)."""
    text = _RUSSIAN_POST.sub(
        lambda hit: (
            hit.group(0)
            if (hit.start() == 0) != bool(hit.group("envoy"))
            else _capitalised_as(hit.group("adjective"), f"{hit.group('post')} России")
        ),
        text,
    )
    hit = _FOREIGN_OFFICE.search(text)
    while hit is not None:
        short = _capitalised_as(hit.group("adjective"), "МИД России")
        rest = text[hit.end() :]
        if hit.group("end") == "о":
            rest = _agreeing(rest, "masc")
        text = text[: hit.start()] + short + rest
        hit = _FOREIGN_OFFICE.search(text, hit.start() + len(short))
    return text


# «армянский премьер-министр», «глава индийского МИД»: a post of another country, which the
# references name by the country after it in the genitive («премьер-министр Армении», «глава
# МИД Индии»), at the summary's opening too. Counted over every labelled set: 19 summaries
# closer to their reference, none further. Posts only: «американской дипломатии», «военных
# Украины» (nouns that are no post) kept their adjective closer to the references.
_FOREIGN_POST = re.compile(
    rf"\b(?P<adjective>(?:{'|'.join(COUNTRY_ADJECTIVES)})"
    r"(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими))\s+"
    rf"(?P<post>премьер-министр\w*|премьер(?:а|у|ом|е)?|президент\w*|МИД|{AMBASSADOR_FORMS}|после"
    r"|лидер\w*|канцлер\w*|госсекретар\w*|спецпосланник\w*|спецпредставител\w*)(?![\w-])",
    re.IGNORECASE,
)


def foreign_post(text: str) -> str:
    """`text` with a country's adjective before a post as the country after it («Армянский
    премьер-министр Никол Пашинян» → «Премьер-министр Армении Никол Пашинян», «главы
    индийского МИД» → «главы МИД Индии»)."""

    def named(hit: re.Match[str]) -> str:
        adjective = hit.group("adjective")
        country = country_of_adjective(adjective)
        assert country is not None  # the pattern is built from the same adjectives
        return _capitalised_as(adjective, f"{hit.group('post')} {country}")

    return _FOREIGN_POST.sub(named, text)


def _capitalised_as(template: str, text: str) -> str:
    return text[:1].upper() + text[1:] if template[:1].isupper() else text


def _short_form(hit: re.Match[str], forms: dict[str, str]) -> str:
    """The short form for the case the full form stands in, capitalised as it was."""
    if hit.groupdict().get("keep"):
        return hit.group(0)
    short = forms[hit.groupdict().get("end") or ""]
    return short[:1].upper() + short[1:] if hit.group(0)[:1].isupper() else short


# A short form of another gender than its full form: the verb it is the subject of follows it.
SHORT_GENDERS = {"МИД": "masc"}
_VERB_REACH = 5  # the verb is among this many words after the name («МИД Республики Казахстан»)
_WORD = re.compile(r"[^\W\d_]+")


def _agreeing(rest: str, gender: str) -> str:
    """`rest` (the text after a neuter subject now of `gender`) with the first verb or short
    participle within reach in that gender («направило» → «направил», «намерено» → «намерен»);
    as it is when the first such word is not neuter."""
    for found in list(_WORD.finditer(rest))[:_VERB_REACH]:
        word = found.group(0)
        parsed = parses(word.lower())
        if not parsed or parsed[0].pos not in ("VERB", "PRTS"):
            continue
        changed = inflect(word.lower(), frozenset({"neut", "sing"}), frozenset({gender, "sing"}))
        if changed is None or "neut" not in parsed[0].grams:
            return rest
        return rest[: found.start()] + restore_case(word, changed) + rest[found.end() :]
    return rest


def shortened(text: str) -> str:
    """`text` with each name of `SHORT_FORMS` in its short form («Министерство иностранных
    дел России» → «МИД России», «постоянного представителя» → «постпреда»); a subject whose
    gender changes takes its verb along («Министерство … заявило» → «МИД … заявил»)."""
    for name, pattern, forms in SHORT_FORMS:
        hit = pattern.search(text)
        while hit is not None:
            short = _short_form(hit, forms)
            rest = text[hit.end() :]
            if name in SHORT_GENDERS and hit.group(0).split()[0].endswith("о"):
                rest = _agreeing(rest, SHORT_GENDERS[name])
            text = text[: hit.start()] + short + rest
            hit = pattern.search(text, hit.start() + len(short))
    return text


# «в ходе брифинга», «во время совместной пресс-конференции»: where something was said, which
# the references write «на брифинге», «на совместной пресс-конференции» («в ходе» 4 times in all
# the references against 23 in the summaries, «во время» 5 against 24). An event noun in the
# genitive and its prepositional form after «на»; adjectives before it follow it.
EVENT_NOUNS = {
    "брифинга": "брифинге",
    "пресс-брифинга": "пресс-брифинге",
    "пресс-конференции": "пресс-конференции",
    "конференции": "конференции",
    "заседания": "заседании",
    "встречи": "встрече",
    "саммита": "саммите",
    "форума": "форуме",
    "совещания": "совещании",
    "сессии": "сессии",
}
_DURING = r"\b(?P<during>[Вв]о\s+время|[Вв]\s+ходе)\s+"
_AT_EVENT = re.compile(
    _DURING + r"(?P<adjectives>(?:[а-яё-]+(?:ого|его|ой|ей)\s+){0,2})"
    r"(?P<noun>" + "|".join(EVENT_NOUNS) + r")\b"
)
# «в ходе выступления на форуме» → «на форуме»: the speech is the news itself. Not «во время
# своего выступления»: that says when something happened, not where.
_SPEECH_AT = re.compile(_DURING + r"выступления\s+на\s+")


def _prepositional(adjectives: str, noun: str) -> str | None:
    """The adjectives before an event noun in the prepositional case, agreeing with it."""
    head = parses(noun)
    grams = {"loct", "sing"} | {g for g in ("masc", "femn", "neut") if head and g in head[0].grams}
    out = []
    for word in adjectives.split():
        changed = inflect(word, frozenset({"gent"}), frozenset(grams))
        if changed is None:
            return None
        out.append(changed)
    return " ".join([*out, ""])


def at_event(text: str) -> str:
    """`text` with «в ходе»/«во время» an event as «на» it («в ходе брифинга» → «на брифинге»,
    «во время выступления на форуме» → «на форуме»)."""

    def said_at(hit: re.Match[str]) -> str:
        before = _prepositional(hit.group("adjectives"), hit.group("noun"))
        if before is None:
            return hit.group(0)
        on = "На" if hit.group("during")[:1].isupper() else "на"
        return f"{on} {before}{EVENT_NOUNS[hit.group('noun')]}"

    text = _AT_EVENT.sub(said_at, text)
    return _SPEECH_AT.sub(lambda hit: "На " if hit.group("during")[:1].isupper() else "на ", text)


# «в среду», «в пятницу, 1 апреля,»: the day of the week the news was told, which the
# references never give (in all of them: «в среду» 0 times against 10 in our summaries, «в
# пятницу» 0 against 7, «в субботу» 0 against 7); a date after it goes with it.
_WEEKDAY = re.compile(
    rf"(?P<lead>^|\s)[Вв]о?\s+(?:{'|'.join(WEEKDAYS_ACCUSATIVE)})(?=\s+[^\W\d])"
    r"(?!\s+обитания)\s*"
)


_SENTENCE_ENDS = re.compile(r"(?:^|[.!?])\s*$")
# A date («23 октября», «6 марта 2026 года»), maybe after its weekday («в среду, 11 ноября»).
_DATE = (
    rf"(?:[Вв]о?\s+(?:{'|'.join(WEEKDAYS_ACCUSATIVE)}),\s+)?\d{{1,2}}\s+(?:{'|'.join(MONTHS_GENITIVE)})"
    r"(?:\s+\d{4}\s+года)?"
)
# The date a statement was made on, next to its verb: after it («заявил 3 февраля глава МИД»,
# «заявил в среду, 11 ноября, что»), or between subject and verb («Си Цзиньпин 23 октября
# заявил», «Захарова в субботу, 4 декабря, прокомментировала»), never after a preposition
# («до утра 6 марта»), a number («с 14 по 22 февраля») or a comma («истекающие 31 июля,
# сообщил»: the date of another clause).
_SAID_ON = re.compile(
    rf"(?P<after>\b[а-яё]+)\s+{_DATE}(?=,?\s)"
    rf"|(?<![,\d])\s+(?P<date>{_DATE})"
    r"(?P<comma>,)?(?=\s+(?P<before>[а-яё]+)\b)"
)


def _told_verb(word: str) -> bool:
    """A past-tense verb of saying («заявил», «сообщила», «прокомментировал»)."""
    return any(p.normal in SPEECH_VERBS and "past" in p.grams for p in parses(word))


_FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})
_NEXT_WORD = re.compile(r"\s*[«\"„“]?\s*(?P<word>[^\W\d_]+)")


def _date_is_object(text: str, end: int) -> bool:
    """Whether the date ending at `end`, right after its verb, is what the verb names or
    sets, not when it was said: an instrumental or an infinitive follows («объявил 1 сентября
    нерабочим днем», «объявил 2 апреля «Днем освобождения»», «пообещал 20 января ввести
    пошлины»)."""
    found = _NEXT_WORD.match(text, end)
    readings = parses(found.group("word")) if found else []
    if not readings or readings[0].pos in _FUNCTION_WORDS:
        return False  # «заявил 8 ноября о …»: never the letter «о» as a noun in the instrumental
    return any(p.has("INFN") or p.has("ablt") for p in readings)


def said_undated(text: str) -> str:
    """`text` without the date a statement was made on, next to its verb (`_SAID_ON`: «Си
    Цзиньпин 23 октября заявил» → «Си Цзиньпин заявил»; «заявил в среду, 11 ноября, что» →
    «заявил, что»): the references leave it out (over all labelled sets, 29 summaries closer
    to their reference, 3 further), while they keep a date the news is about («саммит
    пройдет 6–7 июля», «визит, запланированный на 15 ноября»)."""

    def dropped(hit: re.Match[str]) -> str:
        if hit.group("after") is not None:
            verb = hit.group("after")
            told = _told_verb(verb) and not _date_is_object(text, hit.end())
            return verb if told else hit.group(0)
        if hit.group("comma") and hit.group("date")[:1] not in "Вв":
            return hit.group(0)  # «31 июля, сообщил»: a closing clause, not the weekday's pair
        before = _WORD.findall(text[max(0, hit.start() - 20) : hit.start()])[-1:]
        if before and before[0].lower() in DATE_PREPOSITIONS:
            return hit.group(0)  # «до утра 6 марта», «к 9 мая»: the date is the news's
        return "" if _told_verb(hit.group("before")) else hit.group(0)

    return _SAID_ON.sub(dropped, text)


# A sentence opening with the date the news happened or was told on («19 августа в …
# состоялось заседание», «28 февраля 2018 г. на сайте …», «Сегодня, 3 апреля, на заседании …»,
# «В среду, 31 мая, министр …»), its weekday or day before it (`told`), up to the next word.
_OPENING_DATE = re.compile(
    rf"(?:^|(?<=[.!?…]\s))(?P<told>(?:{'|'.join(DAY_ADVERBS)}|[Вв]о?\s+(?:{'|'.join(WEEKDAYS_ACCUSATIVE)})),\s+)?"
    rf"\d{{1,2}}\s+(?:{'|'.join(MONTHS_GENITIVE)})(?:\s+(?P<year>\d{{4}})\s+(?:года|г\.))?,?\s+"
    r"(?=(?P<next>[^\W\d_]+))",
    re.IGNORECASE,
)
_ANNIVERSARY = re.compile("|".join(ANNIVERSARY_WORDS), re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?…]")


def opening_undated(text: str, *, opening: bool = True, body: str = "") -> str:
    """`text` without the date its sentences open with (`_OPENING_DATE`: «19 августа в
    Пермском университете состоялось заседание …» → «В Пермском университете состоялось
    …»): the references open with who acted, and rarely keep such a date (over all labelled
    sets 45 summaries change, 40 closer to their reference and 5 further: +29 ROUGE-1 points
    summed on the older sets, +15 on the newest three). Not when the date is the sentence's
    subject, a verb right after it («1 сентября объявлено выходным»; «9 мая — День Победы»:
    no word follows); a piece of the summary that is not its `opening` (after a quotation)
    opens no sentence by its start; nor when the date is what the sentence claims
    (`_date_is_claim`). `body` is the article (the summary itself when not given)."""

    def dropped(hit: re.Match[str]) -> str:
        following = hit.group("next")
        if (following.islower() and _verb_form(following)) or (hit.start() == 0 and not opening):
            return hit.group(0)
        return hit.group(0) if _date_is_claim(hit, text, body or text) else "\0"

    out = _OPENING_DATE.sub(dropped, text)
    return re.sub(r"\0(\w)", lambda m: m.group(1).upper(), out).replace("\0", "")


def _date_is_claim(hit: re.Match[str], text: str, body: str) -> bool:
    """Whether an opening date (`hit` in `text`) is what its sentence says rather than when the
    news happened (review14 R16): a year of history or one the text writes a later year
    after («22 июня 1941 года Германия напала на СССР»), any year in a text marking an
    anniversary, or a bare date before a future or present predicate («1 сентября школьники
    пойдут в школу»: without it the claim is lost; a date after «Сегодня,» or a weekday is the
    dispatch's day, which a summary leaves out whatever the tense)."""
    year = hit.group("year")
    if year is not None:
        later = any(int(y) > int(year) for y in _YEAR.findall(body))
        return int(year) < HISTORY_BEFORE or later or _ANNIVERSARY.search(body) is not None
    if hit.group("told") is not None:
        return False
    end = _SENTENCE_END.search(text, hit.end())
    return not _tells_past(text[hit.end() : end.start() if end else len(text)])


def _tells_past(sentence: str) -> bool:
    """Whether the first finite verb of `sentence` is in the past tense or a short participle
    («состоялось», «прибыл», «объявлено»); True when it has none («… — День Победы»)."""
    for word in re.findall(r"(?<!\w)[а-яё]+(?!\w)", sentence):
        found = parses(word)[:1]
        if found and found[0].pos in ("VERB", "PRTS"):
            return "past" in found[0].grams or found[0].pos == "PRTS"
    return True


def _verb_form(word: str) -> bool:
    """Whether the lower-case `word` reads first as a verb, finite or a short participle
    («объявлено», «стал», «исполнилось»): a date before it is the sentence's subject (a
    capitalised word is a name's, whatever the dictionary guesses: «Нгози»)."""
    found = parses(word.lower())[:1]
    return bool(found) and found[0].pos in ("VERB", "PRTS")


def undated(text: str) -> str:
    """`text` without the weekday it says the news was told on («Песков в среду заявил» →
    «Песков заявил»; «В пятницу министр …» → «Министр …»); not one a date or a comma follows
    («во вторник, 14 января,»: the two go together, only next to a speech verb,
    `said_undated`), nor one closing the sentence («вступил в должность в пятницу.»: when the
    news itself happened)."""

    def dropped(hit: re.Match[str]) -> str:
        if _SENTENCE_ENDS.search(text, 0, hit.start() + len(hit.group("lead"))):
            return hit.group("lead") + "\0"  # a sentence opens here: its next word, capital
        return " " if text[hit.end() - 1 : hit.end()].isspace() else ""

    out = _WEEKDAY.sub(dropped, text)
    return re.sub(r"\0(\w)", lambda m: m.group(1).upper(), out).replace("\0", "")


# Words the references leave out, one named row each, counted over every labelled set (the
# summaries that have the word, and how many of them its dropping brings closer to their
# reference / further from it): «также» 16 (13 / 0; not in «а также», which joins two things),
# «именно» 10 (7 / 0; not in «а именно»), «в своём Telegram-канале» 10 (10 / 0). Adverbs that
# carry the claim («якобы», «пока», «ещё», «уже») and the time («сегодня», «накануне») stay.
FILLERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("также", r"(?<![Аа]\s)(?<![Кк]ак\s)\b[Тт]акже\s+(?=[^\W\d_])"),
        ("именно", r"(?<![Аа]\s)\b[Ии]менно\s+(?=[^\W\d_])"),
        ("в своём", r"(?<=\b[Вв]\s)сво[её]м\s+(?=[^\W\d_])"),
    )
)


def unpadded(text: str) -> str:
    """`text` without the words of `FILLERS` («Он также отметил» → «Он отметил», «Также
    Лавров заявил» → «Лавров заявил», «в своём Telegram-канале» → «в Telegram-канале»)."""
    for _name, pattern in FILLERS:
        text = pattern.sub(
            lambda hit: "\0" if _SENTENCE_ENDS.search(hit.string, 0, hit.start()) else "", text
        )
        text = re.sub(r"\0(\w)", lambda m: m.group(1).upper(), text).replace("\0", "")
    return text


# The reporting verb the references write for another one, counted over every labelled set:
# «сказал» reporting a claim («сказал, что …», «…», — сказал X): changing it brings 8 summaries
# closer to their reference, none further. Elsewhere it may be the speaker's own word («от
# того, что сказали»), and stays.
REPORTING_VERBS = {"сказал": "заявил", "сказала": "заявила", "сказали": "заявили"}
_REPORTING = re.compile(
    rf"(?:(?<=[—–-]\s)(?P<closing>{'|'.join(REPORTING_VERBS)})\b"
    rf"|\b(?P<that>{'|'.join(REPORTING_VERBS)})(?=,\s+что\b))"
)


def reported_as_said(text: str) -> str:
    """`text` with a reporting verb of `REPORTING_VERBS` as the references write it («Пашинян
    сказал, что …» → «Пашинян заявил, что …»; «…», — сказала Захарова → «…», — заявила
    Захарова)."""
    return _REPORTING.sub(lambda hit: REPORTING_VERBS[hit.group(0)], text)


# «заявил о том, что …»: the references write «заявил, что …» (a speech verb's «о том» adds
# nothing; after a noun it stays: «сообщения о том, что …»).
_ABOUT_THAT = re.compile(r"\b(?P<verb>[а-яё]+)\s+о\s+том\s*,\s+что\b")


def said_that(text: str) -> str:
    """`text` with «<speech verb> о том, что» as «<speech verb>, что»."""

    def plain(hit: re.Match[str]) -> str:
        found = parses(hit.group("verb"))
        if found and found[0].pos == "VERB" and found[0].normal in SPEECH_VERBS:
            return f"{hit.group('verb')}, что"
        return hit.group(0)

    return _ABOUT_THAT.sub(plain, text)


def _unquoted(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` outside quotation marks: a quotation is the speaker's words, and
    keeps them."""
    out, depth, straight, lo = [], 0, False, 0
    for i, c in enumerate(text):
        inside = depth > 0 or straight
        if c in "«„":
            depth += 1
        elif c in "»“" and depth:
            depth -= 1
        elif c == '"':
            straight = not straight
        if not inside and (depth > 0 or straight):
            out.append((lo, i))
        elif inside and not (depth > 0 or straight):
            lo = i + 1
    if not (depth > 0 or straight):
        out.append((lo, len(text)))
    return out


# «Чрезвычайный и Полномочный Посол России в КНР»: the references write «Посол России в КНР»
# (the full title 3 times in all the references, 12 times in the summaries before this rule).
_FULL_ENVOY = re.compile(
    r"\b[Чч]резвычайн(?:ый|ого|ому|ым|ом)\s+и\s+[Пп]олномочн(?:ый|ого|ому|ым|ом)\s+(?=[Пп]осо?л)"
)


def plain_envoy(text: str) -> str:
    """«Чрезвычайный и Полномочный Посол X» → «Посол X» (`_FULL_ENVOY`), capitalised where the
    title opened the text and lower-case inside it, as «посол» is."""
    hit = _FULL_ENVOY.search(text)
    while hit is not None:
        rest = text[hit.end() :]
        rest = (rest[:1].upper() if hit.start() == 0 else rest[:1].lower()) + rest[1:]
        text = text[: hit.start()] + rest
        hit = _FULL_ENVOY.search(text, hit.start())
    return text


def reworded(text: str, body: str) -> str:
    """The summary `text` with names worded as the references word them (this module's rules),
    outside quotations only; `body` is the article."""
    out, at = [], 0
    for lo, hi in _unquoted(text):
        piece = country_named(text[lo:hi])
        piece = at_event(country_after(shortened(abbreviated(piece, opening=lo == 0))))
        piece = foreign_post(plain_envoy(piece))
        piece = undated(said_undated(world_body(republics(piece, body), body)))
        piece = opening_undated(piece, opening=lo == 0, body=body)
        piece = reported_as_said(said_that(unpadded(piece)))
        out.append(text[at:lo] + piece)
        at = hi
    return "".join(out) + text[at:]
