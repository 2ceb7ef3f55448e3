"""Compressive attribution: a claim and the sentence saying who made it become one sentence.

Why: reference summaries open with who says what («Пресс-секретарь ООН Стефан Дюжаррик
заявил, что ООН не намерена …»), while a news lead often states the claim alone and names
its speaker in the next sentence («ООН не намерена … . Об этом заявил пресс-секретарь ООН
Стефан Дюжаррик, передает AP.»). The card's reader sees only the summary: a claim without
its speaker reads as the journal's own statement. Rewriting the pair as reported speech
keeps both, in one sentence, with the verb exactly as the text gives it.

Each rewrite is a named row of `RULES` (tests/content/test_summary_rules.py has a table per
row, near misses included). A rewrite is refused — the summary stays extractive — when the
claim is direct speech (it opens with a quotation mark or speaks in the first person:
«заявил, что мы …» is ungrammatical), is a question, or has a speech verb of its own (it is
already attributed), and when the attribution names nobody but a pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.content.lexicon import ROLES
from bot.content.morph import lemma, parses

# Past-tense speech verbs an attribution sentence names its speaker with, any gender/number;
# present-tense relays («сообщает ТАСС», «пишет издание») are notes about the dispatch.
_VERB = (
    r"(?:заяви|сообщи|сказа|рассказа|написа|отмети|подчеркну|уточни|поясни|добави|"
    r"напомни|призна|предупреди|завери|объясни|указа|констатирова)"
    r"(?:л|ла|ло|ли)"
)
# Impersonal verbs: «Об этом говорится в заявлении МИД» → «В заявлении МИД говорится, что …».
_IMPERSONAL = r"(?:говорится|сообщается|отмечается|указывается)"
_PRONOUN = re.compile(r"^(?:он|она|они)$")
_PRONOUN_INSIDE = re.compile(r"(?<!\w)(?:он|она|оно|они|его|ее|её|их|ему|ей|им)(?!\w)", re.I)
# Direct speech in the first person cannot become reported speech.
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:я|мы|мне|меня|мной|нас|нам|нами|наш|наша|наше|наши|нашего|нашей|нашему|"
    r"нашим|наших|нашими|нашу|мой|моя|моё|мое|мои|моего|моей|моему|моим|моих|моими|мою)(?!\w)",
    re.I,
)
_QUOTE_OPEN = re.compile(r"^[«\"„“—–-]")
_RELAY = re.compile(r"\bсо ссылкой\b|\bпереда[её]т\b|\bпишет\b")
_END = re.compile(r"[.!…]+$")
_NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"})
_LATIN = re.compile(r"[A-Za-z]")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Claim:
    """The sentence making a claim, and whether its first word is a proper name (so keeps
    its capital letter when it moves behind «, что»)."""

    text: str
    opens_with_name: bool
    names_person: bool = False  # whoever a role in the attribution may stand for


@dataclass(frozen=True, slots=True)
class Attribution:
    """The sentence after the claim, and the people it names (as written)."""

    text: str
    persons: tuple[str, ...] = ()


def _until_comma(text: str) -> str:
    """`text` up to its first comma outside quotation marks or brackets."""
    depth = 0
    quote = False
    for i, c in enumerate(text):
        if c in "«(":
            depth += 1
        elif c in "»)":
            depth -= 1
        elif c == '"':
            quote = not quote
        elif c == "," and depth == 0 and not quote:
            return text[:i]
    return text


def proper(word: str) -> bool:
    """Whether a capitalised sentence-opening word is a name («Россия», «ООН», «NATO»)."""
    if (len(word) > 1 and word.isupper()) or _LATIN.search(word):
        return True
    found = parses(word.lower())
    return bool(found) and bool(found[0].grams & _NAME_GRAMS)


def _lowered(claim: Claim) -> str:
    text = _END.sub("", claim.text.strip())
    first = re.match(r"[\w-]+", text)
    if claim.opens_with_name or (first and proper(first.group(0))):
        return text
    return text[:1].lower() + text[1:]


def reportable(text: str) -> bool:
    """Whether a sentence can become the object of «X заявил, что …»: a statement in the third
    person, not a quotation, not a question, not attributed already."""
    stripped = text.strip()
    return (
        bool(stripped)
        and not _QUOTE_OPEN.match(stripped)
        and "?" not in stripped
        and not _FIRST_PERSON.search(stripped)
        and not _SPEECH_VERB.search(stripped)
        and stripped[-1:] in '.!»"'
    )


_SPEECH_VERB = re.compile(rf"(?<!\w)(?:{_VERB}|{_IMPERSONAL}|заявля\w+|считает|считают)(?!\w)")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _who(pre: str, post: str, claim: Claim, persons: tuple[str, ...]) -> str | None:
    """The attribution's speaker with its circumstances, speaker first when it follows the
    verb («Об этом в интервью RT заявил Лавров» → «Лавров в интервью RT»); None when it is a
    pronoun or nothing, or a role without a name («Об этом дипломат заявил …» after «Боррель
    назвал …» is Боррель himself), or when it names no person while the claim does («Об этом
    сообщила пресс-служба МИД» after «Лавров провел переговоры» only relays the news)."""
    post = _until_comma(post).strip()
    who = " ".join(part for part in (post, pre.strip().rstrip(",")) if part)
    if not who or _PRONOUN_INSIDE.search(who) or _RELAY.search(who):
        return None
    if any(p in who for p in persons):
        return who
    if claim.names_person or any(lemma(w.lower()) in ROLES for w in _WORDS.findall(who)):
        return None  # a role alone may be the person the claim names, or someone unnamed
    return who


def about_this(claim: Claim, attribution: Attribution) -> str | None:
    """«Claim. Об этом заявил X в интервью RT.» → «X в интервью RT заявил, что claim.»"""
    hit = _ABOUT_THIS.match(attribution.text.strip())
    if hit is None or not reportable(claim.text):
        return None
    who = _who(hit.group("pre"), _END.sub("", hit.group("post")), claim, attribution.persons)
    if who is None:
        return None
    return f"{_capital(who)} {hit.group('verb')}, что {_lowered(claim)}."


def such_statement(claim: Claim, attribution: Attribution) -> str | None:
    """«Claim. Такое заявление сделал X.» → «X заявил, что claim.»"""
    hit = _SUCH_STATEMENT.match(attribution.text.strip())
    if hit is None or not reportable(claim.text):
        return None
    who = _who(hit.group("pre"), _END.sub("", hit.group("post")), claim, attribution.persons)
    if who is None:
        return None
    verb = "заявил" + hit.group("ending")
    return f"{_capital(who)} {verb}, что {_lowered(claim)}."


_ABOUT_THIS = re.compile(
    rf"^(?:Об этом|О данном)\s+(?P<pre>(?:[^.!?]*?\s)?)(?P<verb>{_VERB}|{_IMPERSONAL})"
    r"(?!\w)(?P<post>[^.!?]*(?:\.(?=[^\s])[^.!?]*)*)[.!]?$"
)
_SUCH_STATEMENT = re.compile(
    r"^(?:Такое|Подобное|Это|Данное)\s+заявление\s+(?P<pre>(?:[^.!?]*?\s)?)"
    r"сделал(?P<ending>а|о|и|)(?!\w)(?P<post>[^.!?]*)[.!]?$"
)

# The rewrites, tried in order; each takes the claim and the sentence after it.
RULES: tuple[tuple[str, Callable[[Claim, Attribution], str | None]], ...] = (
    ("about-this", about_this),
    ("such-statement", such_statement),
)


def attribute(claim: Claim, follower: Attribution) -> tuple[str, str] | None:
    """(rule name, rewritten sentence) when `follower` says who made `claim`; else None."""
    for name, rule in RULES:
        out = rule(claim, follower)
        if out is not None:
            return name, out
    return None
