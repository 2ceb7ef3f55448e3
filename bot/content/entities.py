"""Named people and organisations mentioned in a text, with where they are mentioned.

Why: speakers, tags and sources all need the same answer to "who is this word?": a surname
in any case ("Лаврова", "Захаровой") is matched to the full name the article gives
("Сергей Лавров", "Мария Захарова"), and organisation aliases ("МИД РФ", "российского
внешнеполитического ведомства") to one canonical name ("МИД России").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.content.lexicon import BARE_MFA as _BARE_MFA
from bot.content.lexicon import MEDIA as MEDIA  # re-exported for the title module
from bot.content.lexicon import media_name, organisations, title_head
from bot.content.morph import Parse, inflect, parses, restore_case

# Words that open a capitalised sequence but are never part of a person's name.
_NOT_NAMES = frozenset(
    [
        "президент",
        "министр",
        "глава",
        "премьер",
        "госсекретарь",
        "посол",
        "канцлер",
        "генсек",
        "пресс-секретарь",
        "представитель",
        "директор",
        "председатель",
        "спикер",
        "лидер",
        "генерал",
        "господин",
        "госпожа",
        "мистер",
        "об",
        "этом",
        "как",
        "по",
        "в",
        "на",
        "с",
        "и",
        "а",
        "но",
        "однако",
        "также",
        "между",
        "тем",
    ]
)

_CAP_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
# "С. Лавров", "С.В. Лавров", "Дж. Байден" (a two-letter initial of English names).
_INITIALS = re.compile(r"\b[А-ЯЁ][а-яё]?\.\s?(?:[А-ЯЁ][а-яё]?\.\s?)?(?=[А-ЯЁ][а-яё])")


@dataclass(frozen=True, slots=True)
class Person:
    """A person as the article names them: nominative full name, surname, gender."""

    name: str
    surname: str
    gender: str | None  # "masc", "femn" or None when unknown
    keys: frozenset[str]


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    person: Person | None = None
    org: str | None = None
    nominative: bool = False


@dataclass(slots=True)
class Entities:
    """Every person and organisation mention in a text, in order of position."""

    persons: list[Mention] = field(default_factory=list)
    orgs: list[Mention] = field(default_factory=list)


def _name_parses(word: str) -> list[Parse]:
    # A person's first name is never plural: "Юрай" guessed as the plural of "Юрая" is noise.
    return [p for p in parses(word) if p.has("Name") and p.score >= 0.03 and not p.has("plur")]


def _surname_parses(word: str) -> list[Parse]:
    return [p for p in parses(word) if p.has("Surn")]


def _cases(found: list[Parse]) -> set[str]:
    return {g for p in found for g in p.grams if g in _CASES}


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _nominative(word: str, case: str | None, gender: str | None, kind: str) -> str:
    """`word` (a name part) in the nominative, keeping its gender; unchanged if unknown."""
    if case is None or case == "nomn":
        return word
    for p in parses(word):
        if case not in p.grams or (gender and gender not in p.grams and "Fixd" not in p.grams):
            continue
        if kind and kind not in p.grams and p.pos != "NOUN":
            continue
        want = {"nomn", "sing"}
        changed = p.raw.inflect(want)
        if changed is not None:
            return restore_case(word, str(changed.word))
    return word


def _gender_of(found: list[Parse]) -> str | None:
    genders = {g for p in found for g in ("masc", "femn") if g in p.grams}
    return genders.pop() if len(genders) == 1 else None


def _surname_keys(word: str) -> frozenset[str]:
    keys = {word.lower()}
    for p in parses(word):
        if p.pos == "NOUN" or p.has("Surn") or p.has("Name"):
            keys.add(p.normal)
    return frozenset(keys)


def _full_name(first: str, last: str, middle: str | None = None) -> tuple[Person, bool]:
    """A person from a first-name + surname pair in any (shared) case."""
    first_p = _name_parses(first)
    gender = _gender_of(first_p)
    last_p = [p for p in parses(last) if gender is None or gender in p.grams or "Fixd" in p.grams]
    # A surname the dictionary declines oddly ("Рябков" as a plural of "рябок") shares no
    # case with the first name: then the first name alone decides.
    common = _cases(first_p) & (_cases(last_p) or _cases(first_p)) or _cases(first_p)
    case = None
    for p in first_p:  # best-scored parse whose case the surname shares
        hit = next((g for g in p.grams if g in common), None)
        if hit:
            case = hit
            break
    nominative = "nomn" in common
    if not first_p:  # a first name the dictionary only guesses at: the surname tells the case
        nominative = not last_p or any("nomn" in p.grams for p in last_p)
    if (
        gender == "masc"
        and case in ("gent", "accs")
        and first[-1:] in "ая"
        and not any("masc" in p.grams and case in p.grams for p in parses(last))
        and last[-1:].lower() not in "аеёиоуыэюяй"
        and not re.search(r"(?:ом|ем|ём|ым|им)$", last)
    ):
        # "Кая Каллас": a masculine genitive would decline the surname too ("Кая Калласа"),
        # so this is a feminine name the dictionary lacks, in the nominative.
        case, gender, nominative = None, "femn", True
    first_n = _nominative(first, case, gender, "Name")
    last_n = _nominative(last, case, gender, "Surn") if _surname_parses(last) else last
    if last_n == last and case not in (None, "nomn") and not _surname_parses(last):
        # Foreign surname unknown to the dictionary ("Блинкена"): inflect as a plain noun.
        changed = inflect(last, frozenset({case}), frozenset({"nomn"}))
        if changed:
            last_n = restore_case(last, changed)
    # The first name alone misleads on foreign names ("Нарендра" looks feminine): keep the
    # gender only when a Russian-declined surname agrees with it.
    if gender is not None and not any(gender in p.grams for p in _surname_parses(last)):
        gender = None
    middle_n = f" {_nominative(middle, case, gender, 'Patr')}" if middle else ""
    person = Person(
        f"{first_n}{middle_n} {last_n}", last_n, gender, _surname_keys(last) | {last_n.lower()}
    )
    return person, nominative


def _lone_surname(word: str) -> tuple[Person, bool] | None:
    found = [p for p in _surname_parses(word) if p.score >= 0.1]
    every = parses(word)
    if len(word) < 3 or not found or not every or every[0].pos != "NOUN":
        return None
    best = found[0]
    case = next((g for g in best.grams if g in _CASES), None)
    gender = "femn" if "femn" in best.grams else "masc" if "masc" in best.grams else None
    nominative_form = _nominative(word, case, gender, "Surn")
    person = Person(nominative_form, nominative_form, gender, _surname_keys(word))
    return person, any("nomn" in p.grams for p in found)


def _org_name(text: str) -> str:
    """Head word in the nominative: "посольстве России в …" → "Посольство России в …"."""
    head, _, rest = text.partition(" ")
    if head.isupper():
        return text
    nominative = head
    for p in parses(head.lower()):
        if p.pos == "NOUN":
            if "nomn" in p.grams:
                break
            changed = p.raw.inflect({"nomn", "sing"})
            if changed is not None:
                nominative = str(changed.word)
                break
    nominative = nominative[:1].upper() + nominative[1:]
    return f"{nominative} {rest}" if rest else nominative


def _bare_mfa(match: re.Match[str]) -> str:
    country = match.group(1)
    if country:
        is_geo = any(p.has("Geox") for p in parses(country))
        if (is_geo or (country.isupper() and 2 <= len(country) <= 5)) and country not in (
            "России",
            "РФ",
        ):
            return f"МИД {country}"
    return "МИД России"


def find_orgs(text: str) -> list[Mention]:
    """Organisation mentions (canonical names), non-overlapping, in order."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for pattern, canonical in organisations():
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), org=canonical or _org_name(m.group(0))))
                taken.append((m.start(), m.end()))
    for m in _BARE_MFA.finditer(text):
        if free(m.start(), m.end()):
            canonical = _bare_mfa(m)
            head = m.group(0).split()[0] if m.group(0).startswith("МИД") else m.group(0)
            end = m.end() if canonical != "МИД России" else m.start() + len(head)
            found.append(Mention(m.start(), end, org=canonical))
            taken.append((m.start(), end))
    for m in MEDIA.finditer(text):
        if free(m.start(), m.end()):
            found.append(Mention(m.start(), m.end(), org=media_name(m.group(0))))
    found.sort(key=lambda m: m.start)
    return found


def _is_name_word(word: str) -> bool:
    return word.lower() not in _NOT_NAMES and bool(_name_parses(word))


# Kept under its old name for the title module: every form of every role noun in the lexicon.
TITLE_HEAD = title_head()
_COMPLEMENT = re.compile(r"[ \t]+(?:[а-яё-]+|[А-ЯЁ]{2,6}|[А-ЯЁ][а-яё]+)")
_ONE_LETTER_SURNAME = re.compile(r" ([А-ЯЁ])(?![\w.])")
_PARTICLES = frozenset({"фон", "дер", "де", "ван", "ди", "да", "ла", "аль", "бен", "ибн", "эль"})
_CASE_OF = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _role_case(word: str) -> str | None:
    for p in parses(word.lower()):
        if p.pos == "NOUN":
            return next((g for g in _CASE_OF if g in p.grams), None)
    return None


def _to_case_nominative(word: str, case: str | None) -> str:
    if case in (None, "nomn"):
        return word
    for p in parses(word.lower()):
        if p.pos == "NOUN" and case in p.grams and "plur" not in p.grams:
            changed = p.raw.inflect({"nomn"})
            if changed is not None:
                return restore_case(word, str(changed.word))
    return word


def _is_complement(word: str) -> bool:
    """ "Германии", "США", "МИД": the institution in a title, not a name."""
    if word.isupper():
        return True
    return any(p.has("Geox") or p.has("Orgn") or p.pos == "ADJF" for p in parses(word.lower())[:1])


def _titled_names(
    text: str,
    words: list[tuple[int, int, str]],
    used: set[int],
    people: list[Person],
    mentions: list[Mention],
) -> None:
    """ "Канцлер Германии Олаф Шольц", "с президентом Франции Эммануэлем Макроном": names the
    dictionary does not know, recognised by the title in front of them."""
    index = {start: i for i, (start, _e, _w) in enumerate(words)}
    for head in TITLE_HEAD.finditer(text):
        case = _role_case(head.group(0))
        pos = head.end()
        first: int | None = None
        for _ in range(6):
            step = _COMPLEMENT.match(text, pos)
            if step is None:
                break
            word_at = step.end() - len(step.group(0).strip())
            word = text[word_at : step.end()]
            if word[:1].isupper() and not _is_complement(word):
                first = index.get(word_at)
                break
            pos = step.end()
        if first is None or first in used:
            continue
        single = _ONE_LETTER_SURNAME.match(text, words[first][1])
        if single is not None:  # "глава МИД Китая Ван И": a one-syllable Chinese name
            given = words[first][2]
            name = f"{given} {single.group(1)}"
            person = next((p for p in people if p.name == name), None)
            if person is None:
                person = Person(name, name, None, frozenset({given.lower()}))
                people.append(person)
            mentions.append(
                Mention(words[first][0], single.end(), person=person, nominative=case == "nomn")
            )
            used.add(first)
            continue
        if first + 1 >= len(words):
            continue
        gap = text[words[first][1] : words[first + 1][0]]
        if gap != " " and not all(w in _PARTICLES for w in gap.split()):
            continue
        second = words[first + 1][2]
        if first + 1 in used or second.isupper() or any(p.has("Geox") for p in parses(second)[:1]):
            continue
        given, last = words[first][2], words[first + 1][2]
        name = f"{_to_case_nominative(given, case)}{gap}{_to_case_nominative(last, case)}"
        surname = name.split()[-1]
        keys = _surname_keys(last) | {surname.lower()}
        person = next((p for p in people if p.keys & keys), None)
        if person is None:
            person = Person(name, surname, None, frozenset(keys))
            people.append(person)
        mentions.append(
            Mention(words[first][0], words[first + 1][1], person=person, nominative=case == "nomn")
        )
        used.update({first, first + 1})


def _second_given_name(text: str, words: list[tuple[int, int, str]], j: int) -> bool:
    """ "Реджеп Тайип Эрдоган": the word after a first name is no surname the dictionary knows,
    and a capitalised word that is no place or institution follows it."""
    if j == 0 or j + 1 >= len(words) or text[words[j][1] : words[j + 1][0]] != " ":
        return False
    word, after = words[j][2], words[j + 1][2]
    if _surname_parses(word) or any(p.has("Patr") for p in parses(word)):
        return False
    if after.lower() in _NOT_NAMES or _is_complement(after) or _name_parses(after.lower()):
        return False
    return bool(_surname_parses(after)) or not parses(after.lower())[0].has("Geox")


def _stem_match(word: str, people: list[Person]) -> Person | None:
    """ "Небензи" → Василий Небензя: a surname the dictionary cannot decline, matched to an
    earlier full name when only its ending differs (the stems share all but two letters)."""
    found = None
    for p in people:
        surname = p.surname
        if len(surname) < 4 or len(p.name.split()) < 2 or abs(len(word) - len(surname)) > 2:
            continue
        common = 0
        for a, b in zip(word.lower(), surname.lower(), strict=False):
            if a != b:
                break
            common += 1
        if common >= max(3, len(surname) - 2) and common >= len(word) - 3:
            found = p
    return found


def find_persons(text: str, blocked: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    """Person mentions: full names first, then lone surnames matched to those full names.

    Words inside `blocked` (organisation mentions: "главы Росатома Алексея …") never start or
    end a name, so an organisation is not glued to the first name after it.
    """
    words = [(m.start(), m.end(), m.group(0)) for m in _CAP_WORD.finditer(text)]
    mentions: list[Mention] = []
    used: set[int] = {
        i for i, (start, _e, _w) in enumerate(words) if any(a <= start < b for a, b in blocked)
    }
    people: list[Person] = []
    for i, (start, _end, word) in enumerate(words):
        if i in used or not _is_name_word(word):
            continue
        j = i + 1
        # An optional patronymic between first name and surname.
        if j < len(words) and text[words[j - 1][1] : words[j][0]] == " ":
            if (
                any(p.has("Patr") for p in parses(words[j][2]))
                and j + 1 < len(words)
                and text[words[j][1] : words[j + 1][0]] == " "
            ):
                j += 1
            if text[words[j - 1][1] : words[j][0]] != " ":
                continue
            if _second_given_name(text, words, j):
                j += 1  # "Реджеп Тайип Эрдоган": a second given name, then the surname
            last = words[j][2]
            if last.lower() in _NOT_NAMES:
                continue
            middle = words[i + 1][2] if j == i + 2 else None
            person, nominative = _full_name(word, last, middle)
            forms = {p.normal for p in parses(word.lower())} | {word.lower()}
            if any(p.surname.lower() in forms for p in people):
                continue  # "с Блинкеном Лавров": a known surname, then another name
            existing = next((p for p in people if p.keys & person.keys), None)
            if existing and existing.name.split()[0].lower() == person.name.split()[0].lower():
                person = existing
            else:
                people.append(person)
            mentions.append(Mention(start, words[j][1], person=person, nominative=nominative))
            used.update(range(i, j + 1))
    _titled_names(text, words, used, people, mentions)
    for i, (start, end, word) in enumerate(words):
        if i in used:
            continue
        keys = _surname_keys(word)
        known = next((p for p in people if p.keys & keys and p.surname[:3] == word[:3]), None)
        if known is None:
            known = _stem_match(word, people)
        if known is not None:
            nominative = any(
                "nomn" in p.grams or "Fixd" in p.grams for p in parses(word) if p.pos == "NOUN"
            ) or (word.lower() in known.keys and word == known.surname)
            mentions.append(Mention(start, end, person=known, nominative=nominative))
            continue
        lone = _lone_surname(word)
        if lone is not None:
            person, nominative = lone
            prior = next((p for p in people if p.keys & person.keys), None)
            if prior is None:
                people.append(person)
            mentions.append(Mention(start, end, person=prior or person, nominative=nominative))
    for m in _INITIALS.finditer(text):
        after = _CAP_WORD.match(text, m.end())
        if after is None:
            continue
        hit = next((x for x in mentions if x.start == after.start()), None)
        if hit is None:
            surname = after.group(0)
            lone = _lone_surname(surname)
            if lone is None:  # "Дж. Байден": the initials vouch for a surname no dictionary knows
                prior = next((p for p in people if surname.lower() in p.keys), None)
                keys = frozenset({surname.lower()})
                lone = (prior or Person(surname, surname, None, keys), True)
                if prior is None:
                    people.append(lone[0])
            mentions.append(Mention(m.start(), after.end(), person=lone[0], nominative=lone[1]))
    mentions.sort(key=lambda m: m.start)
    return mentions


def find_entities(text: str) -> Entities:
    """Person and organisation mentions of `text` (an analysis view)."""
    orgs = find_orgs(text)
    blocked = tuple((o.start, o.end) for o in orgs)
    persons = [
        m for m in find_persons(text, blocked) if not any(o.start <= m.start < o.end for o in orgs)
    ]
    return Entities(persons=persons, orgs=orgs)
