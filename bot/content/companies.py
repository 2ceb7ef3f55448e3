"""Companies and parties named by their kind and their own name: «авиакомпании «Аэрофлот»»,
«ООО «Тосол-Синтез Трейдинг»», «партии «Батькивщина»», «нефтяных компаний ТНК-ВР».

Why apart: companies speak in news («— отметили в пресс-службе «Аэрофлота»», «— добавили в
компании») as often as ministries do, but no alias table can list them; the kind before the
name (lexicon COMPANY_KINDS, LEGAL_FORMS) says the name is a body's. Once so named, the same
name in quotation marks elsewhere in another case («в пресс-службе "Антонова"», «заверили в
"Антонове"») is that body too, never a person's surname in the genitive.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content.lexicon import (
    COMPANY_KINDS,
    COUNTRY_ABBREVIATIONS,
    LEGAL_FORMS,
    SPEECH_VERBS,
    STATE_NAMES,
)
from bot.content.mentions import Mention
from bot.content.morph import lemma

_OPEN = '«"„“'
_CLOSE = '»"“”'
# A name in quotation marks (capitalised, no marks inside) or an abbreviation of capitals,
# maybe hyphenated («ТНК-ВР»), and the word right before it, which may be its kind.
_NAMED = re.compile(
    rf"(?<![\w-])(?:[{_OPEN}](?P<quoted>[A-ZА-ЯЁ0-9][^{_OPEN}{_CLOSE}\n]{{0,40}}?)[{_CLOSE}]"
    rf"|(?P<abbreviation>[A-ZА-ЯЁ]{{2,}}(?:-[A-ZА-ЯЁ0-9]+)*)(?![\w-]))"
)
_KIND_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё]+)[ \t]+$")
# A name in quotation marks opening a sentence or a line, and the word after it: «"НОВАТЭК"
# заявил о намерении …» — a speech verb's subject in marks is a body (a person's name never
# stands in marks), though no kind names it.
_SUBJECT_IN_MARKS = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+)[{_OPEN}](?P<quoted>[A-ZА-ЯЁ0-9][^{_OPEN}{_CLOSE}\n]{{0,40}}?)"
    rf"[{_CLOSE}][ \t]+(?P<verb>[а-яё]+)",
    re.MULTILINE,
)
# One word alone in quotation marks («Аэрофлота», "Антонове").
_WORD_IN_MARKS = re.compile(rf"[{_OPEN}](?P<word>[A-ZА-ЯЁ][\w-]+)[{_CLOSE}]")
_VOWELS = "аеёиоуыэюяь"
_ENDING = 3  # letters a case ending adds to a name's stem («Аэрофлот» → «Аэрофлотом»)
_NOT_COMPANIES = frozenset(COUNTRY_ABBREVIATIONS) | frozenset(STATE_NAMES)


def find_companies(text: str, free: Callable[[int, int], bool]) -> list[Mention]:
    """Every company or party the text names after its kind, and every other mention of the
    same name in quotation marks (or of its abbreviation), in order; only where `free`."""
    found: list[Mention] = []
    names: dict[str, str] = {}  # a name as written after its kind → its canonical name
    for m in _NAMED.finditer(text):
        kind = _KIND_BEFORE.search(text, max(0, m.start() - 40), m.start())
        name = _company_name(kind.group(1), m) if kind is not None else None
        group = "quoted" if m.group("quoted") else "abbreviation"
        if name is not None and free(m.start(group), m.end(group)):
            found.append(Mention(*_name_span(kind, m, group), org=name))
            names[m.group(group)] = name
    for m in _SUBJECT_IN_MARKS.finditer(text):
        name = " ".join(m.group("quoted").split())
        if lemma(m.group("verb")) in SPEECH_VERBS and free(m.start("quoted"), m.end("quoted")):
            found.append(Mention(m.start("quoted"), m.end("quoted"), org=name))
            names.setdefault(m.group("quoted"), name)
    taken = [(f.start, f.end) for f in found]
    for written, name in names.items():
        for start, end in _other_mentions(text, written):
            if free(start, end) and all(end <= a or start >= b for a, b in taken):
                found.append(Mention(start, end, org=name))
    return sorted(found, key=lambda f: f.start)


def _name_span(kind: re.Match[str] | None, m: re.Match[str], group: str) -> tuple[int, int]:
    """The mention of a name after its kind: from a legal form to the closing mark, as its
    canonical name holds them («МУП «Водоканал города Новороссийска»»), so the mention is the
    whole name and a speaker written so reads as that body; else the name alone."""
    if kind is not None and kind.group(1) in LEGAL_FORMS:
        return kind.start(1), m.end()
    return m.start(group), m.end(group)


def _company_name(kind: str, m: re.Match[str]) -> str | None:
    """The canonical name of a name `m` after the word `kind`: the name as written, after a
    legal form that form with it («ООО «Тосол-Синтез Трейдинг»»); None when `kind` is no
    kind, or the abbreviation names a state («компании США») or is a legal form itself."""
    quoted, abbreviation = m.group("quoted"), m.group("abbreviation")
    if abbreviation is not None and abbreviation in _NOT_COMPANIES | LEGAL_FORMS:
        return None
    if kind in LEGAL_FORMS:
        return f"{kind} «{quoted}»" if quoted else f"{kind} {abbreviation}"
    if lemma(kind.lower()) not in COMPANY_KINDS:
        return None
    return " ".join((quoted or abbreviation).split())


def _other_mentions(text: str, written: str) -> list[tuple[int, int]]:
    """Where the text names `written` again without its kind: an abbreviation as it is, a name
    of one word in quotation marks in any case («Аэрофлота», «Антонове»: its stem, a final
    vowel dropped, and a short ending). Names of several words only as written, in marks."""
    if written.isupper():
        return [
            (m.start(), m.end())
            for m in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text)
        ]
    if " " in written:
        return [
            (m.start() + 1, m.end() - 1)
            for m in re.finditer(rf"[{_OPEN}]{re.escape(written)}[{_CLOSE}]", text)
        ]
    stem = written.rstrip(_VOWELS) if len(written) > 4 else written
    return [
        (m.start("word"), m.end("word"))
        for m in _WORD_IN_MARKS.finditer(text)
        if m.group("word").startswith(stem) and len(m.group("word")) - len(stem) <= _ENDING
    ]
