"""A short title for an item that has none (≤ 120 characters, whole words, balanced quotes).

Why derived from the lead: the journal's distributed texts often come without a headline.
A headline-like first line is used as is; otherwise the first usable sentence is trimmed of
leading adverbials ("По инициативе американской стороны …") and, for the very common
"состоялся разговор между A и B" lead, turned into "A и B провели разговор".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.content import bylines
from bot.content.balance import balanced, strip_unbalanced
from bot.content.entities import MEDIA, Entities
from bot.content.entities import TITLE_HEAD as _TITLE_HEAD
from bot.content.morph import parses, restore_case, word_set
from bot.content.spans import find_spans
from bot.content.speakers import speech_verb, tokens
from bot.content.summary import is_headline

TITLE_LIMIT = 120
_HELD = re.compile(
    r"\bсостоял(?:ся|ась|ось|ись)\s+(?P<what>[^,.;]+?)\s+между\s+(?P<rest>[^.;]+)",
)
_DANGLING = word_set(
    """и а но или в во на с со по о об от у к за для из при до между без под над через
    что как также который которая которые которое не ни же ли бы"""
)
_TAIL_ATTRIBUTION = re.compile(r",?\s*[-–—]\s*(?:заяв|сказ|сообщ|отмет|подчеркн|говорится)\w*.*$")


def _verb_index(words: list[str]) -> int | None:
    for i, word in enumerate(words):
        for p in parses(word.lower().strip(',.«»"')):
            if p.pos in ("VERB", "PRTS") and p.score >= 0.3:
                return i
    return None


def _to_accusative(phrase: str) -> str:
    """Object of "провели": only feminine singular phrases change ("встреча" → "встречу")."""
    words = phrase.split()
    head = None
    for word in words:
        found = [p for p in parses(word.lower()) if p.pos == "NOUN" and "nomn" in p.grams]
        if found:
            head = found[0]
            break
    if head is None or not head.has("femn", "sing"):
        return phrase
    out = []
    for word in words:
        changed = None
        for p in parses(word.lower()):
            if p.has("nomn", "femn", "sing") and p.pos in ("NOUN", "ADJF", "PRTF"):
                inflected = p.raw.inflect({"accs"})
                changed = inflected.word if inflected is not None else None
                break
        out.append(restore_case(word, changed) if changed else word)
    return " ".join(out)


def _meeting_title(sentence: str, start: int, entities: Entities) -> str | None:
    """ "состоялся X между A и B" → "A и B провели X" when A and B are named people."""
    m = _HELD.search(sentence)
    if m is None:
        return None
    lo = start + m.start("rest")
    hi = start + m.end("rest")
    people: list[str] = []
    for mention in entities.persons:
        if lo <= mention.start < hi and mention.person and mention.person.name not in people:
            people.append(mention.person.name)
    if len(people) != 2:
        return None
    what = _to_accusative(m.group("what").strip())
    verb = "провели"
    return f"{people[0]} и {people[1]} {verb} {what}"


_INTRO = re.compile(
    r"^(?:Как (?:сообща\w+|переда[её]т|пишет|стало известно|отмечается|известно)|"
    r"По (?:данным|словам|информации|сообщению)|Между тем|Тем временем|Накануне|Ранее|"
    r"Сегодня|Вчера|В свою очередь|Кроме того|При этом|Также|Напомним)\b[^,]{0,70},\s*"
)
_INITIATIVE = re.compile(r"^По (?:инициативе|приглашению|просьбе)\s+")


def _trim_lead(sentence: str, start: int, entities: Entities) -> str:
    """Drop what a headline does without: intro phrases, attribution tails, long role titles."""
    quoted = _quoted_lead(sentence.strip())
    if quoted is not None:
        return quoted
    text = _TAIL_ATTRIBUTION.sub("", sentence.strip())
    intro = _INTRO.match(text)
    if intro is not None:
        text = text[intro.end() :]
    elif _INITIATIVE.match(text):
        words = text.split()
        idx = _verb_index(words[:8])
        if idx is not None and idx > 1:
            text = " ".join(words[idx:])
    offset = start + (len(sentence.strip()) - len(text)) if intro else None
    if offset is not None or text == sentence.strip():
        base = start if offset is None else offset
        for mention in entities.persons:
            rel = mention.start - base
            if rel < 0 or mention.person is None:
                continue
            prefix = text[:rel]
            if (
                0 < rel <= 70
                and " " in mention.person.name
                and mention.nominative
                and _TITLE_HEAD.match(prefix)
                and not _verb_index(prefix.split())
                and "," not in prefix
            ):
                text = mention.person.name + text[rel + (mention.end - mention.start) :]
            break
    return text


def _quoted_lead(sentence: str) -> str | None:
    """ "«Президент поручил …», — отмечается в документе." → the quotation itself."""
    spans = find_spans(sentence)
    if not spans or spans[0].open != 0:
        return None
    rest = sentence[spans[0].close + 1 :]
    if not re.match(r"^[,!?…]?\s*[-–—]", rest):
        return None
    return sentence[1 : spans[0].close].strip()


_MARKERS = re.compile(r"[.\s]*\b(?:ВИДЕО|ФОТО|ОБНОВЛЕНО|ИНФОГРАФИКА|ОПРОС|ПРЯМАЯ ТРАНСЛЯЦИЯ)\W*$")


def shorten(text: str, limit: int = TITLE_LIMIT) -> str:
    """Whole words only, no trailing punctuation or dangling preposition, quotes balanced."""
    text = _MARKERS.sub("", " ".join(text.split()))
    if len(text) > limit:
        cut = text[: limit + 1]
        comma = cut.rfind(",")
        if comma >= 40 and balanced(cut[:comma]):
            cut = cut[:comma]
        else:
            cut = cut[: cut.rfind(" ")] if " " in cut else cut[:limit]
        text = cut
    words = text.split()
    while len(words) > 1 and words[-1].lower().strip(",;:—–-") in _DANGLING:
        words.pop()
    text = " ".join(words).rstrip(" ,;:—–-(")
    text = text.rstrip(".")
    for _ in range(8):
        if not balanced(text):
            text = strip_unbalanced(text)
        if len(text) <= limit and balanced(text):
            break
        text = text[: text.rfind(" ")] if " " in text[:limit] else text[: limit - 2]
    if len(text) > limit or not balanced(text):
        text = re.sub(r"[«»\"„“”]", "", text)[:limit]
    first = text[:1].upper()
    return (first if len(first) == 1 else text[:1]) + text[1:]  # "ß".upper() is two letters


_THAT = re.compile(r",\s+что\s+")


_AS_SAID_LEAD = re.compile(r"^[Кк]ак\s+[^,«»\"]{3,120},\s+")
_QUOTE_LEAD = re.compile(r"^[«\"](?P<claim>[^«»\"]{10,}?)[,!?…]?[»\"],?\s*[-–—]\s+")


def _claim_title(sentence: str, start: int, entities: Entities) -> str | None:
    """ "Сергей Рябков … заявил, что Москва …" → "Рябков: Москва …" (news headline style);
    so are "Как сообщил Ушаков, встреча …" and a lead that is a quotation ("«…», — заявил X")."""
    that = _THAT.search(sentence)
    lead = _AS_SAID_LEAD.match(sentence) or _QUOTE_LEAD.match(sentence)
    if lead is not None:
        if lead.re is _QUOTE_LEAD:
            clause, claim_text = sentence[lead.end() :], lead.group("claim")
            clause_at = lead.end()
        else:
            clause, claim_text = sentence[: lead.end()], sentence[lead.end() :]
            clause_at = 0
        return _claim(clause, clause_at, claim_text, start, entities, subject_after=True)
    if that is None:
        return None
    return _claim(sentence[: that.start()], 0, sentence[that.end() :], start, entities)


def _claim(
    clause: str,
    clause_at: int,
    claim_text: str,
    start: int,
    entities: Entities,
    *,
    subject_after: bool = False,
) -> str | None:
    """ "Surname: Claim" when `clause` has a speech verb and names its subject (before the
    verb, or after it in "Как сообщил Ушаков," and "— заявил Лавров")."""
    start += clause_at
    toks = tokens(clause, 0, len(clause))
    verbs = [t for t in toks if speech_verb(t) is not None]
    if not verbs:
        return None
    verb_at = start + (verbs[0] if subject_after else verbs[-1]).start
    lo, hi = (verb_at, start + len(clause)) if subject_after else (start, verb_at)
    who: str | None = None
    for mention in entities.persons:
        if lo <= mention.start < hi and mention.nominative and mention.person:
            who = mention.person.surname
            break
    if who is None:
        for org in entities.orgs:
            if (
                lo <= org.start < hi
                and org.org
                and not (subject_after and MEDIA.fullmatch(org.org))
            ):
                who = org.org
                break
    claim = claim_text.strip().rstrip(".")
    if who is None or len(claim.split()) < 3 or not balanced(claim):
        return None
    return f"{who}: {claim[:1].upper()}{claim[1:]}"


def derive(
    paragraphs: Sequence[str], first_sentence: str | None, start: int, entities: Entities
) -> str:
    """A title for an item without one."""
    news = [p for p in paragraphs if not bylines.is_credit(p)]  # «Фото: Reuters» is no title
    if not news:
        return ""
    head = bylines.without_stamps(news[0].strip())
    if len(news) > 1 and is_headline(head) and len(head.split()) <= 20:
        return shorten(head)
    sentence = bylines.strip_tail((first_sentence or head).lstrip("—–- \t"))  # "— Вопрос?"
    start += len(first_sentence or head) - len(sentence)
    meeting = _meeting_title(sentence, start, entities)
    if meeting is not None and len(meeting) <= TITLE_LIMIT:
        return shorten(meeting)
    claim = _claim_title(sentence, start, entities)
    if claim is not None:
        return shorten(claim)
    return shorten(_trim_lead(sentence, start, entities))
