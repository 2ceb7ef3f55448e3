"""A summary opening with a quotation says who said it.

Why: a lead «"…", — отметил дипломат.» or «"…", — цитирует его слова ТАСС.» reads on the
card as words of nobody — the reader sees no text before it. The references open with the
speaker, role and full name («Министр иностранных дел Индии Субраманьям Джайшанкар заявил,
что …»). The analysis knows whose words the quotation is (the attribution rules gave it a
speaker); this module only rewrites the sentence once the summary has that speaker and the
role the article gives them — it never guesses one.

Two forms: a one-sentence quotation in the third person becomes reported speech («X заявил в
эфире ТВЦ, что …», the references' form); anything else (first person, several sentences)
stays a quotation, its pronoun, role noun or relaying outlet replaced by the speaker («"…", —
отметил посол Китая в России Чжан Ханьхуэй»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.balance import balanced
from bot.content.compress import capitalised, capitalised_inside, reportable
from bot.content.lexicon import (
    CLAUSE_CIRCUMSTANCE_PREPOSITIONS,
    POSSESSIVE_GENDERS,
    PRONOUN_GENDERS,
    QUOTING_VERBS,
    SPEECH_VERBS,
    title_heads,
)
from bot.content.morph import parses

# «…», — заявил он в эфире …: the quotation, its own closing marks, a dash and the clause.
_QUOTE_LEAD = re.compile(
    r"^(?P<quote>[«\"„“].*?[»\"“”])(?P<mark>[,!?…]*)\s*(?:[—–]|--?)\s+(?P<verb>[а-яё]+)\s+"
    r"(?P<rest>[^«»\"“„]*?)(?P<end>[.!…]?)$",
    re.S,
)
# «его слова», «ее слова», or the pronoun alone («— цитирует его ТАСС»): whose words an outlet
# relays, and the rest after it.
_HIS_WORDS = re.compile(
    rf"(?:^|\s)(?P<pron>{'|'.join(POSSESSIVE_GENDERS)})(?:\s+слова)?(?:\s+(?P<tail>.*))?$", re.S
)
# A clause's words up to where its subject ends: a preposition opening a circumstance (lexicon
# CLAUSE_CIRCUMSTANCE_PREPOSITIONS: «в эфире», «на брифинге»), a conjunction, a comma.
_CIRCUMSTANCE = re.compile(
    rf"\s(?=(?:{'|'.join(CLAUSE_CIRCUMSTANCE_PREPOSITIONS)}|и|журналистам|изданию|агентству)\s)"
    r"|,"
)
# A sentence ending inside a quotation: a stop, then a capital or a number («… бюджета.
# 10-процентное …»), which «что» cannot report as one clause.
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[«\"„“]?[А-ЯЁA-Z0-9]")
_NAME_GRAMS = frozenset({"Name", "Surn", "Geox", "Orgn", "Abbr"})
# «— говорится в сообщении», «— отмечается в заявлении», «— отметили в Госдепе»: a body's words,
# its name not given in the clause (or given as where it was said).
_IMPERSONAL = re.compile(
    r"^(?:говорится|отмечается|указывается|подч[её]ркивается|сообщается|заявили|отметили|"
    r"сообщили|подчеркнули|заявляют|отмечают)\s+(?:в|во)\s+[\w-]+(?:\s+[\w-]+){0,3}$"
)


@dataclass(frozen=True, slots=True)
class QuotedLead:
    """A lead «"…", — <verb> <who> <tail>.» taken apart: `who` is the words standing for the
    speaker (a pronoun, a role noun, or "" when an outlet relays them), `gender` the one those
    words give (None for a role noun)."""

    quote: str
    mark: str
    verb: str
    who: str
    tail: str
    end: str
    gender: str | None
    relayed: bool
    body: bool = False  # a body's text or its people say it: «— говорится в сообщении»


def quoted_lead(text: str) -> QuotedLead | None:
    """The lead as a quotation whose speaker its clause does not name: «он»/«она», a role
    noun in lower case («дипломат», «глава МИД»), or an outlet relaying «его слова»; None when
    it is no such lead or the clause names someone (a capitalised word: the speaker is there
    already)."""
    found = _QUOTE_LEAD.match(text.strip())
    if found is None or not balanced(found.group("quote")):
        return None
    verb, rest = found.group("verb"), found.group("rest").strip()
    parts = (
        found.group("quote"),
        found.group("mark"),
        verb,
    )
    if _quoting(verb):
        words = _HIS_WORDS.search(rest)
        if words is None:
            return None
        tail = (words.group("tail") or "").strip()
        tail = tail if re.match(r"(?:на|в|во|во время|после)\s", tail) else ""
        relayed = POSSESSIVE_GENDERS[words.group("pron")]
        return QuotedLead(*parts, "", tail, found.group("end"), relayed, relayed=True)
    if _IMPERSONAL.match(f"{verb} {rest}"):  # «— говорится в сообщении», «— отметили в Госдепе»
        return QuotedLead(*parts, "", "", found.group("end"), None, relayed=False, body=True)
    if not _speech_verb(verb):
        return None
    cut = _CIRCUMSTANCE.search(" " + rest)
    who = (rest if cut is None else (" " + rest)[: cut.start()]).strip()
    tail = rest[len(who) :].strip()
    gender = PRONOUN_GENDERS.get(who)
    if gender is None and not _role_noun(who):
        return None
    return QuotedLead(*parts, who, tail, found.group("end"), gender, relayed=False)


def body_said(lead: QuotedLead, body_name: str, gender: str, text: str) -> str | None:
    """A body's quoted lead («"…", — говорится в сообщении.») as reported speech with the body
    the analysis found («МИД России заявил, что …»), its verb in `gender`; None when the
    quotation cannot be reported (first person, several sentences) — a body's words then stay
    as they are. `text` is the article (for the quotation's first word). The body opens the
    sentence, so its first letter is a capital even where its name is written lower case
    inside one («мэрия», «министерство … России»)."""
    content = lead.quote[1:-1].strip()
    if not reportable(content + ".") or _SENTENCE_INSIDE.search(content):
        return None
    verb = "заявил" + {"masc": "", "femn": "а", "neut": "о"}[gender]
    return f"{capitalised(body_name)} {verb}, что {_lowered(content, text)}."


def _quoting(word: str) -> bool:
    """An outlet relaying someone's words as it speaks now («— цитирует его слова ТАСС»,
    «— приводит РИА Новости его слова на Генассамблее»): a present singular verb of quoting
    (lexicon QUOTING_VERBS); the quotation is the pronoun's, not the outlet's."""
    return any(p.normal in QUOTING_VERBS and p.has("pres", "3per", "sing") for p in parses(word))


def _speech_verb(word: str) -> bool:
    """A past-tense singular speech verb («заявил», «отметила»)."""
    return any(
        p.normal in SPEECH_VERBS and "past" in p.grams and "sing" in p.grams for p in parses(word)
    )


def _role_noun(words: str) -> bool:
    """Lower-case words holding a role noun («дипломат», «глава МИД», «министр»): a role
    standing for a person the sentence does not name."""
    return bool(words) and words[:1].islower() and bool(title_heads(words)) and len(words) <= 40


def said_by(lead: QuotedLead, role: str, name: str, gender: str | None, body: str = "") -> str:
    """The lead with its speaker, `role` (or "" when the article gives none) and `name`:
    reported speech when the quotation is one sentence that can be reported, else the
    quotation with the speaker after its verb. A relayed quotation gets «заявил(а)» of the
    speaker's `gender`; a role noun of the lead («дипломат») stays when no `role` is given.
    `body` (the article) tells whether the quotation's first word is written capitalised
    inside a sentence too («Украинская тема …» is lowered, «Россия …» is not)."""
    verb = lead.verb
    if lead.relayed:
        verb = "заявила" if gender == "femn" else "заявил"
    role = role or ("" if lead.gender else lead.who)  # a pronoun gives way to the name
    content = lead.quote[1:-1].strip()
    where = lead.tail if lead.tail[:1] in ("", ",") else f" {lead.tail}"
    if (
        reportable(content + ".")
        and not _SENTENCE_INSIDE.search(content)
        and not lead.tail.startswith(",")  # «…», — отметил посол, полная запись …
    ):
        who = f"{capitalised(role)} {name}" if role else name
        return f"{who} {verb}{where}, что {_lowered(content, body)}."
    who = f"{role[:1].lower()}{role[1:]} {name}" if role else name
    mark = lead.mark or ","
    return f"{lead.quote}{mark} — {verb} {who}{where}{lead.end or '.'}"


def _name_noun(word: str) -> bool:
    """A noun that is a name («Москва», «Пекин»), not an adjective made of one («Украинская»)."""
    found = parses(word.lower())[:1]
    return bool(found) and found[0].pos == "NOUN" and bool(found[0].grams & _NAME_GRAMS)


def _lowered(content: str, body: str) -> str:
    """The quotation after «что»: its end mark dropped, its first word lowered unless it is a
    name noun or the article writes it capitalised inside a sentence too («Россия», «ООН»)."""
    content = content.rstrip(".!…").rstrip()
    first = re.match(r"[\w-]+", content)
    if first is None:
        return content
    word = first.group(0)
    if (len(word) > 1 and word.isupper()) or capitalised_inside(word, body) or _name_noun(word):
        return content
    return content[:1].lower() + content[1:]
