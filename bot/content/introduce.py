"""A person named in a summary is introduced there: a bare surname gets the given name.

Why: an extractive summary often starts past the sentence that introduced someone
(«Родригес в социальных сетях написала…», «По словам Ушакова, …»). The reader of a card sees
only the summary, so the first mention of each person in it is completed to the fullest name
the article gives, in the case the sentence needs («По словам Юрия Ушакова»). When the given
name cannot be put into that case reliably, the surname is left as it is: a wrong form is
worse than a bare surname.
A summary that opens with «Он»/«Она» («Она выразила свою позицию…») leans on a sentence the
reader does not see: the pronoun becomes the person it stands for, when a speech verb of
that gender follows it («Она заявила», «Он также отметил») and the text before it names
exactly one person of that gender. «Он вступил в силу» (a law) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from bot.content.lexicon import NAME_PARTICIPLES, PRONOUN_GENDERS, title_heads
from bot.content.mentions import Mention, Person
from bot.content.morph import parses, restore_case
from bot.content.speakers import speech_verb, tokens

_ANTECEDENT_WINDOW = 400  # characters before the summary where the person must be named
_VERB_WITHIN = 4  # the speech verb is among this many words after the pronoun
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
ROLE_REACH = 90  # characters before a name where the role it is introduced with may start
# What a role phrase never crosses: punctuation, a quotation mark, «и» joining two people.
ROLE_STOP = re.compile(r"[,;:—–«»\"“„()\n.!?]|\s(?:и|а|но|с|со)\s")
# Given names that never decline in Russian end in these letters (Марко, Делси, Антониу).
_INDECLINABLE_END = frozenset("еиоуыэю")


@dataclass(frozen=True, slots=True)
class Piece:
    """A piece of summary text and the body offset where it starts."""

    text: str
    start: int


def _case_of(surname: str, person: Person, opens: bool) -> str | None:
    """The grammatical case a surname form is in, judged with the person's gender; for a
    surname that does not decline («Родригес»), nominative only when it opens the sentence."""
    found = [p for p in parses(surname.lower()) if p.pos == "NOUN" and "sing" in p.grams]
    surnames = [p for p in found if "Surn" in p.grams]
    for p in surnames or found:  # "Песков" is a surname before it is "of sands"
        if person.gender and person.gender not in p.grams:
            continue
        if "Fixd" in p.grams:
            break
        for case in _CASES:
            if case in p.grams:
                return case
    return "nomn" if opens else None


def given_in_case(given: str, case: str, gender: str | None) -> str | None:
    """`given` (a nominative given name) in `case`; None when that cannot be done reliably."""
    if case == "nomn":
        return given
    for p in parses(given.lower()):
        if p.has("Name", "nomn") and (gender is None or gender in p.grams):
            changed = p.raw.inflect({case})
            return restore_case(given, str(changed.word)) if changed is not None else None
    if given[-1:].lower() in _INDECLINABLE_END:
        return given
    return None


def _bare(piece: Piece, mention: Mention) -> str | None:
    """The surname as written when `mention` is a lone surname in `piece`, else None."""
    person = mention.person
    lo, hi = mention.start - piece.start, mention.end - piece.start
    if person is None or lo < 0 or hi > len(piece.text) or len(person.name.split()) < 2:
        return None
    written = piece.text[lo:hi]
    if " " in written or written[:3].lower() != person.surname[:3].lower():
        return None
    if piece.text[lo:].startswith(person.name):  # «Ван И» found as «Ван»: the name is whole
        return None
    before = piece.text[:lo].rstrip().split()[-1:]
    given = person.name.split()[0]
    if before and (_given_like(before[0]) or before[0][:3].lower() == given[:3].lower()):
        return None  # "Сергей Лавров", "С. Лавров", "Марии Захаровой", "Дед Мороз": introduced
    return written


def _given_like(word: str) -> bool:
    """An initial ("С.", "С.В.") or a capitalised given name in any case ("Марии")."""
    if "." in word:
        return True
    return word[:1].isupper() and any(p.has("Name") for p in parses(word.lower()))


def _full(written: str, mention: Mention, opens: bool) -> str | None:
    """ "Лаврова" → "Сергея Лаврова": the given names in the surname's case."""
    person = mention.person
    assert person is not None
    case = _case_of(written, person, opens)
    if case is None:
        return None
    given = []
    for part in person.name.split()[:-1]:
        form = given_in_case(part, case, person.gender)
        if form is None:
            return None
        given.append(form)
    return " ".join([*given, written])


def _speaks(text: str, gender: str) -> bool:
    """Whether a speech verb of `gender` follows the opening pronoun of `text` closely."""
    for token in tokens(text, 0, len(text))[1 : 1 + _VERB_WITHIN]:
        verb = speech_verb(token)
        if verb is not None:
            return verb.gender == gender and not verb.plural
    return False


def antecedent(
    piece: Piece, people: Sequence[Mention], quoted: Sequence[tuple[int, int]] = ()
) -> Person | None:
    """The person an opening «Он»/«Она» of `piece` stands for: the one person named in the
    text just before it (outside quotations), of the pronoun's gender; None when there is
    no such person, or more than one, or one whose gender is unknown."""
    word = piece.text.split(maxsplit=1)[:1]
    opening = word[0] if word and word[0].istitle() else ""  # «Он»/«Она», capitalised
    gender = PRONOUN_GENDERS.get(opening.lower())
    if gender is None or not _speaks(piece.text, gender):
        return None
    lo = piece.start - _ANTECEDENT_WINDOW
    named = {
        m.person.name: m.person
        for m in people
        if m.person is not None
        and lo <= m.start < piece.start
        and not any(a <= m.start <= b for a, b in quoted)
    }
    if any(p.gender is None for p in named.values()):
        return None
    fits = [p for p in named.values() if p.gender == gender]
    return fits[0] if len(fits) == 1 else None


def introduce(
    pieces: Sequence[Piece],
    persons: Iterable[Mention],
    quoted: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """The pieces' texts with each person's first mention in them completed to a full name,
    and an opening «Он»/«Она» of the first piece named. Mentions inside a quotation
    (`quoted`, body offsets) are the speaker's words: untouched."""
    people = sorted(persons, key=lambda m: m.start)
    seen: set[str] = set()
    out = []
    for number, piece in enumerate(pieces):
        text = piece.text
        opener = antecedent(piece, people, quoted) if number == 0 else None
        if opener is not None:
            seen.add(opener.name)
        for mention in reversed(_first_mentions(piece, people, seen, quoted)):
            written = _bare(piece, mention)
            opens = mention.start == piece.start
            full = _full(written, mention, opens) if written else None
            if full is not None:
                lo, hi = mention.start - piece.start, mention.end - piece.start
                text = text[:lo] + full + text[hi:]
        if opener is not None:  # the pronoun is no mention: the replacements above keep it
            text = opener.name + text[len(text.split(maxsplit=1)[0]) :]
        out.append(text)
    return out


def _first_mentions(
    piece: Piece, people: Sequence[Mention], seen: set[str], quoted: Sequence[tuple[int, int]]
) -> list[Mention]:
    """Mentions in `piece` of people not yet mentioned in the summary (updates `seen`)."""
    end = piece.start + len(piece.text)
    first = []
    for mention in people:
        if mention.person is None or not piece.start <= mention.start < end:
            continue
        if mention.person.name in seen or any(lo <= mention.start <= hi for lo, hi in quoted):
            continue
        seen.add(mention.person.name)
        first.append(mention)
    return first


@dataclass(frozen=True)
class RoleWindow:
    """Where the role a mention of a person is introduced with may stand: from `start` (after
    the last stop within ROLE_REACH before the mention) up to the mention. `heads` are the
    role nouns found there (offsets from `start`), `stop` the stop that opened it, if any.
    One finder for the nominative role (`role_phrase`) and the oblique one the summary puts
    back into the nominative, so both read the same window."""

    mention: Mention
    start: int
    heads: list[tuple[int, int, str]]
    stop: re.Match[str] | None


def role_windows(body: str, people: Sequence[Mention], name: str) -> Iterator[RoleWindow]:
    """Every mention of `name` with a role noun in the clause piece right before it."""
    for mention in people:
        if mention.person is None or mention.person.name != name:
            continue
        lo = max(0, mention.start - ROLE_REACH)
        piece = body[lo : mention.start]
        stops = list(ROLE_STOP.finditer(piece))
        while stops and _joins_complements(piece, stops):
            stops.pop()  # «министр промышленности и торговли»: one role
        stop = stops[-1] if stops else None
        start = lo + (stop.end() if stop else 0)
        heads = title_heads(body[start : mention.start])
        if heads:
            yield RoleWindow(mention, start, heads, stop)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def _joins_complements(piece: str, stops: list[re.Match[str]]) -> bool:
    """Whether the last of `stops` is an «и» joining two genitive complements of a role noun
    before it («министр промышленности и торговли», «потребительского рынка и услуг»), so the
    role runs on over it; never one joining two people or two clauses («Путин и министр …»)."""
    stop = stops[-1]
    if stop.group(0).strip() != "и":
        return False
    before = _WORD_BEFORE.search(piece, 0, stop.start())
    after = _WORD_AFTER.match(piece, stop.end())
    if before is None or after is None:
        return False
    opening = stops[-2].end() if len(stops) > 1 else 0
    return bool(title_heads(piece[opening : stop.start()])) and all(
        any(p.has("gent") for p in parses(w.group(1).lower())) for w in (before, after)
    )


def role_phrase(
    body: str, people: Sequence[Mention], name: str, every_head: bool = False
) -> str | None:
    """The role the article introduces `name` with, right before one of their mentions and in
    the nominative («Заместитель министра иностранных дел России Сергей Рябков рассказал …» →
    «Заместитель министра иностранных дел России»): the references open with role and name,
    and a reader of the card may not know the name. The first such mention wins; None when the
    text gives none (never a role of its own making). The phrase holds no verb, no other
    person, no punctuation. With `every_head`, a role may start at a later role noun of the
    window when the phrase from the first holds a verb or is no nominative («новым послом
    России может стать директор департамента МИД РФ Сергей Нечаев» → «Директор департамента
    МИД РФ»): callers ask that only after the oblique role, which reads the first."""
    starts = [m.start for m in people]
    for found in role_windows(body, people, name):
        mention = found.mention
        for number, head in enumerate(found.heads if every_head else found.heads[:1]):
            at = found.start + head[0]
            if number or found.stop is None or not found.stop.group(0).endswith(" "):
                at = _adjectives_before(body, found.start, at)  # not «Чрезвычайный и | …»
            phrase = body[at : mention.start].strip()
            if (
                _nominative_head(head[2])
                and plain(phrase)
                and not any(at <= s < mention.start for s in starts)
            ):
                return phrase[:1].upper() + phrase[1:]
    return None if every_head else _apposition(body, people, name)


# «Рамин Мехманпараст, официальный представитель МИД Ирана, в интервью …»: a role set off by
# commas right after the name, or closing its sentence («… Михаил Борисович Пиотровский,
# директор музея «Эрмитаж». Добрый день»); a body's name in quotation marks may stand in it.
_APPOSITION = re.compile(
    r",[ \t]+((?:[^,;:—–«»\"()\n.!?]|«[^«»\n]{1,40}»){3,90}?)[ \t]*(?:,|\.(?=\s|$))"
)


def _apposition(body: str, people: Sequence[Mention], name: str) -> str | None:
    """The role the article gives `name` in an apposition right after a mention («Рамин
    Мехманпараст, официальный представитель МИД Ирана, …» → «Официальный представитель МИД
    Ирана»), the first mention that has one: a role noun in the nominative, only adjectives
    before it, no verb, no other person."""
    mentions = [m for m in people if m.person is not None and m.person.name == name]
    return next(filter(None, (_apposed(body, people, m) for m in mentions)), None)


def _apposed(body: str, people: Sequence[Mention], mention: Mention) -> str | None:
    """The role set off right after `mention` (`_apposition`), or None."""
    found = _APPOSITION.match(body, mention.end)
    if found is None:
        return None
    phrase = found.group(1)
    heads = title_heads(phrase)
    if not heads or _adjectives_before(phrase, 0, heads[0][0]) != 0:
        return None
    inside = any(found.start(1) <= m.start < found.end(1) for m in people)
    if inside or not _nominative_head(heads[0][2]) or not plain(phrase):
        return None
    return phrase[:1].upper() + phrase[1:]


def _adjectives_before(body: str, lo: int, at: int) -> int:
    """Where the role starts with the adjectives before its head («Постоянный представитель»,
    «Бывший премьер-министр»), from `at` back to `lo` at most."""
    for word in reversed(list(re.finditer(r"[\w-]+", body[lo:at]))):
        found = parses(word.group(0).lower())
        if not found or found[0].pos != "ADJF" or not found[0].has("nomn"):
            break
        at = lo + word.start()
    return at


def _nominative_head(word: str) -> bool:
    head = word.split()[-1].lower()
    return any(p.pos == "NOUN" and p.has("nomn", "sing") for p in parses(head))


def plain(phrase: str) -> bool:
    """No verb or participle in the role phrase («посол, назначенный …» is no role), save a
    participle of a fixed name («постоянный представитель Украины при Организации объединенных
    наций», «посол Соединенных Штатов»: lexicon NAME_PARTICIPLES)."""
    for word in phrase.split():
        bare = word.lower().strip('.,«»"')
        if bare.replace("ё", "е").startswith(NAME_PARTICIPLES):
            continue
        found = parses(bare)
        if found and found[0].pos in ("VERB", "PRTS", "PRTF", "GRND") and found[0].score >= 0.3:
            return False
    return True
