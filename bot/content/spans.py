"""Outermost quotation-mark spans of a text: « » (nested), „ “, “ ”, and straight quotes.

Why a scanner and not a regex: quotations nest («… «Группы двадцати» …»), straight quotes
open and close with the same character, and a Russian quotation may run over several
paragraphs, the continuation paragraph optionally reopening with «. Only the OUTERMOST span
matters to the caller; an opening mark that never closes is ignored, not fatal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content._speakers.tokens import Token, speech_verb
from bot.content.balance import open_guillemets
from bot.content.layout import MARKED_DASH_ATTRIBUTION

_MAX_PARAGRAPHS = 8
_MAX_SPAN = 20_000  # characters: longer "quotations" are stray marks (and would cost O(n²))
_MAX_STRAIGHT = 3_000
_MAX_DEPTH = 3
_OPEN_CONTEXT = "([{—–-:/«„“'\n "
_SENTENCE_END = ".!?…"


@dataclass(frozen=True, slots=True)
class Span:
    """Indices of the opening and the closing mark (the text is between them).

    `merged`: the closing mark closes a nested quotation too («…журнала «Международная
    жизнь».), so it belongs to the words as well. `shared`: the opening mark opens a nested
    name too («Газпром» осуществляет …», — говорится …), so it belongs to the words."""

    open: int
    close: int
    merged: bool = False
    shared: bool = False


def _straight_opens(text: str, i: int) -> bool:
    """A straight quote opens after a space or an opening context, or glued to a sentence's
    end when a capital follows ('…Алексей Зайцев."Констатируем…': a site lost the space; a
    closing mark there was already consumed by the span it closes), or glued to a colon with
    the space after it before a capital (the space typed on the wrong side of the mark)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else ""
    glued = prev in _SENTENCE_END and nxt.isupper()
    if prev == ":" and _SPACE_THEN_CAPITAL.match(text, i + 1):
        return True  # 'прокомментировал …:" Хорошее состояние …"': the space put after the mark
    return (prev.isspace() or prev in _OPEN_CONTEXT or glued) and bool(nxt) and not nxt.isspace()


_SPACE_THEN_CAPITAL = re.compile(r"[ \t][«„“]?[A-ZА-ЯЁ]")


def _reopens(text: str, j: int) -> bool:
    """A « at a paragraph start inside an open quote that only continues it (Russian style).

    A continuation paragraph has as many « as » (the last one) or one more (a middle one);
    a nested quotation opening the paragraph would leave one » more than «.
    """
    end = text.find("\n", j)
    para = text[j : end if end >= 0 else len(text)]
    return open_guillemets(para) >= 0


_GUILLEMET_EVENTS = re.compile("[«»\n]")
_CANDIDATES = re.compile('[«„“"]')
_CANDIDATES_SET = frozenset('«„“"')
_STRAIGHT = re.compile('"')


# After a mark that closes two quotations at once: only an attribution or the paragraph's end.
_MERGED_TAIL = re.compile(
    r"[ \t]*(?:[,.!?…]?[ \t]*[-–—]|[.!?…]?[ \t]*(?:\n|$)"
    r"|,[ \t]+(?:говорится|сообщается|отмечается|заявил|сказал|отметил|подчеркнул|добавил))"
)


def _merged(text: str, inner_close: int | None, j: int) -> bool:
    """At a paragraph break (or the end) inside a quotation whose nested quotation closed at
    `inner_close`: that mark closed both when only an attribution or nothing follows it and
    the next paragraph does not reopen the quotation."""
    if inner_close is None or _MERGED_TAIL.match(text, inner_close + 1) is None:
        return False
    if _speech_follows(text, inner_close):
        return True  # «…«…», — говорится в сообщении.: the next paragraph's « opens anew
    return not (j < len(text) and text.startswith("«", j + 1))


def _mid_sentence(text: str, i: int) -> bool:
    """Whether the mark at `i` follows a word ("с активистами «Молодой гвардии «Единой
    России»"): a name or fragment inside a sentence, which never runs over paragraphs, unlike
    a quotation opening its paragraph or after a colon or dash."""
    return i > 1 and text[i - 1] == " " and text[i - 2].isalnum()


def _paragraph_close(
    text: str, i: int, j: int, depth: int, inner_close: int | None, *, inline: bool
) -> tuple[int, bool] | None:
    """At the paragraph break `j` inside the « at `i`: the mark that closed it merged with a
    nested one, or the end of its words before the attribution that ends the paragraph, or
    None. A mark opened inside a sentence («Волонтерской роты «Боевого братства» и подтвердил
    …) closes with its nested name's mark (the site lost one) or never."""
    if inline:
        return (inner_close, True) if inner_close is not None else None
    if depth == 1 and inner_close is not None and _merged(text, inner_close, j):
        return inner_close, True
    if depth == 1 and inner_close is None:
        return _attributed_to_end(text, i, j)
    return None


def _attributed_to_end(text: str, i: int, j: int) -> tuple[int, bool] | None:
    """«…снизить риски, — отметили в НАТО.' ending its paragraph: a « left open there whose
    paragraph ends with a speech verb's dash attribution (none of the words resumed after it
    by a second dash) lost its closing mark before the attribution, which the span leaves
    out; the next paragraph's « opens anew («…сказали: „Мы можем помочь“, — сказал он.)."""
    if text[i + 1 : i + 2] in _CANDIDATES_SET:
        return None  # «"Мы готовы …", - приводит …: the inner marks are the quotation's
    found = _closing_attribution(text, i, j)
    if found is None or text[j - 1 : j] not in tuple(_SENTENCE_END):
        return None
    end = found.start()
    return (end - 1 if _unpaired(text, i, end - 1) else end), False


def _closing_attribution(text: str, i: int, j: int) -> re.Match[str] | None:
    """The first dash attribution after the « at `i` (up to `j`) with a speech verb and no
    dash resuming the words before the next such attribution or `j`: where the words ended. Not
    always the last one: in «Давайте подумаем …? — спросила Санду, заметив, что „он бы помог
    России“ … „Вы что …?“ — цитирует издание.' the narration after the first holds quoted
    words of its own, and the second only relays them."""
    found = [
        m
        for m in MARKED_DASH_ATTRIBUTION.finditer(text, i + 1, j)
        if speech_verb(Token(m.start("verb"), m.end("verb"), m.group("verb"))) is not None
    ]
    for k, attribution in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else j
        if not _RESUMING_DASH.search(text, attribution.end("verb"), stop):
            return attribution
    return None


_OPENERS = {'"': '"', "“": "„“", "”": "“"}


def _unpaired(text: str, i: int, k: int) -> bool:
    """Whether text[k] is a closing mark no opening one after `i` pairs («…тяжелыми”, —
    сказал дипломат.: a stray mark, not part of the words)."""
    openers = _OPENERS.get(text[k])
    if openers is None:
        return False
    if openers == '"':
        return text.count('"', i + 1, k + 1) % 2 == 1
    return not any(text.find(o, i + 1, k) >= 0 for o in openers)


# A sentence's end and the next sentence's capital right after a mark.
_SENTENCE_AFTER = re.compile(r"[.!?…][ \t]+[А-ЯЁA-Z]")


def _ends_inline(text: str, j: int, depth: int, *, inline: bool) -> bool:
    """ "число случаев «увеличилось с момента окончания «холодной войны». Госпожа …": in a «
    opened inside a sentence, a nested mark that the sentence's end and a capital follow
    closed both (the site lost one)."""
    return depth == 1 and inline and _SENTENCE_AFTER.match(text, j + 1) is not None


# What may follow a closing mark: punctuation, a space or the text's end.
_AFTER_CLOSE = frozenset(",.;:!?… \n")


def _reversed_close(text: str, j: int) -> bool:
    """Whether the « at `j` closes («…это уже очевидно всем«, – подчеркнул он»): glued to the
    end of a word or sentence and followed by punctuation or a space, it cannot open."""
    nxt = text[j + 1] if j + 1 < len(text) else " "
    return j > 0 and (text[j - 1].isalnum() or text[j - 1] in _SENTENCE_END) and nxt in _AFTER_CLOSE


def _match_guillemet(text: str, i: int) -> tuple[int, bool] | None:
    depth = 1
    breaks = 0
    inner_close: int | None = None  # the last nested close in the current paragraph
    inline = _mid_sentence(text, i)
    for event in _GUILLEMET_EVENTS.finditer(text, i + 1):
        j = event.start()
        if j - i > _MAX_SPAN:
            return None
        c = _event_mark(text, j)
        early = _closed_early(text, i, j, c, depth, inline=inline)
        if early is not None:
            return early
        if c == "«":
            if not (text[j - 1] == "\n" and depth == 1 and _reopens(text, j)):
                depth += 1
                if depth > _MAX_DEPTH:
                    return None
        elif c == "»":
            depth -= 1
            if depth == 0 or _ends_inline(text, j, depth, inline=inline):
                return j, depth != 0
            inner_close = j if depth == 1 else inner_close
        elif c == "\n":
            end = _paragraph_close(text, i, j, depth, inner_close, inline=inline)
            if end is not None or inline:
                return end
            inner_close = None
            breaks += 1
            if breaks > _MAX_PARAGRAPHS:
                return None
    return _text_end_close(text, i, depth, inner_close, inline=inline) or _never_closed(
        text, i, inline=inline
    )


def _never_closed(text: str, i: int, *, inline: bool) -> tuple[int, bool] | None:
    """A « in the text's last paragraph that nothing closes ('…директор института Виктор
    Потуремский: «Мы тоже проводим исследования … складывается.' ending the text): the site
    cut the text or lost the closing mark at its end, so the words run to it, when the mark
    opens the paragraph, a sentence or the words after a colon (not a name inside a
    sentence), and the paragraph ends on a sentence's end, opens no other « and holds no
    dash attribution (which would end the words earlier). Not mid-text: a quotation left
    open there may run on over the next paragraphs, its end unknown."""
    if inline or "\n" in text[i:] or text[-1:] not in tuple(_SENTENCE_END):
        return None
    if "«" in text[i + 1 :] or _ANY_DASH_ATTRIBUTION.search(text, i + 1):
        return None
    if _closed_by_another_mark(text, i):
        return None  # «Газпром нефть" нарастит …: a name closed by another mark (review14 R10)
    return len(text), False


# Marks a site closes a « with when it writes a name («Спартак" сыграет …, «Ред Булл” …).
_OTHER_CLOSES = ('"', "”", "“")


def _closed_by_another_mark(text: str, i: int) -> bool:
    """Whether a straight or curly mark stands after the « at `i` before its first sentence
    ends: the site wrote a name («Газпром нефть" нарастит поставки»), not words left open."""
    first = re.search(r"[.!?…]", text[i + 1 :])
    head = text[i + 1 : i + 1 + first.start()] if first else text[i + 1 :]
    return any(mark in head for mark in _OTHER_CLOSES)


# A dash attribution, also with the space before the dash lost («…шага,— сказала она»).
_ANY_DASH_ATTRIBUTION = re.compile(r"[,!?…][\"“”]?[ \t]*[–—-][ \t]*[а-яё]")


def _event_mark(text: str, j: int) -> str:
    """The mark or line break at `j` as it works: a « the site typed for » closes ("…на
    рыночных принципах«, – сказал он"), a » after a space and before a word opens (nested
    marks typed the other way round: «… вызывает приближение »зон нестабильности« к …»)."""
    c = text[j]
    if c == "«" and _reversed_close(text, j):
        return "»"
    return "«" if c == "»" and _reversed_open(text, j) else c


def _reversed_open(text: str, j: int) -> bool:
    """Whether the » at `j` opens: after a space and glued to the next word, it cannot close."""
    return 0 < j < len(text) - 1 and text[j - 1] in " \t" and text[j + 1].isalnum()


_NESTED = 2  # an outer quotation and one nested in it


def _closed_early(
    text: str, i: int, j: int, c: str, depth: int, *, inline: bool
) -> tuple[int, bool] | None:
    """Where the « at `i` closed, judged at the mark `c` at `j` of its own paragraph, when
    the site lost a closing mark there (`_lost_before`, `_closes_both`); None otherwise."""
    if inline:
        return None
    if c == "«" and depth == 1:
        return _lost_before(text, i, j)
    if c == "»" and depth == _NESTED and _closes_both(text, j):
        return j, True
    return None


def _paragraph_rest(text: str, j: int) -> str:
    """The paragraph's text after position `j`."""
    end = text.find("\n", j + 1)
    return text[j + 1 : end if end >= 0 else len(text)]


def _closes_both(text: str, j: int) -> bool:
    """Whether the nested « » closing at `j` closed the outer one too («Мы лишь ответили …
    выслушиваем нотации: «Мы вас накажем …», — добавил депутат. Парламентарий …»): a speech
    verb's whole attribution follows with no dash resuming the words, and the rest of the
    paragraph holds no » left over to close the outer quotation (the site lost one)."""
    if not _ends_words(text, j, j + 1 + len(_paragraph_rest(text, j))):
        return False
    rest = _paragraph_rest(text, j)
    return open_guillemets(rest) >= 0


# A sentence's end and the space before a « opening the next sentence.
_SENTENCE_BEFORE = re.compile(r"[.!?…][ \t]+$")


def _lost_before(text: str, i: int, j: int) -> tuple[int, bool] | None:
    """At a « opening a sentence inside the open « at `i` («Слава богу, … не происходит, —
    сказал Ортега. «А ведь говорили …», — констатировал …): the first quotation lost its
    closing mark before the dash attribution that ends the sentence before it, when the
    paragraph after `j` closes no more than it opens (no » is left for the first one)."""
    lo = max(i + 1, j - 200)
    if _SENTENCE_BEFORE.search(text, lo, j) is None:
        return None
    rest = _paragraph_rest(text, j)
    if open_guillemets(rest) < -1:
        return None
    end = j - len(text[lo:j]) + len(text[lo:j].rstrip())
    return _attributed_to_end(text, i, end)


def _text_end_close(
    text: str, i: int, depth: int, inner_close: int | None, *, inline: bool
) -> tuple[int, bool] | None:
    """At the text's end inside the « at `i`: as at a paragraph break (`_paragraph_close`),
    a nested mark that closed both or the end of the words before a last attribution."""
    if depth != 1:
        return None
    if inner_close is not None:
        return (inner_close, True) if _merged(text, inner_close, len(text)) else None
    return None if inline else _attributed_to_end(text, i, len(text))


def _match_straight(text: str, i: int) -> tuple[int, bool] | None:
    """The closing straight quote of the one at `i`; at the paragraph's end with a nested
    quotation closed last ('…опустить "железный занавес", - сказал он'), that mark closed
    both when only an attribution or nothing follows it (as `_merged` for «»)."""
    depth = 1
    inner_close: int | None = None
    attributed: int | None = None  # the first nested close an attribution follows
    ended: int | None = None  # the first nested close that plainly ends the words
    para_end = text.find("\n", i + 1)
    para_end = len(text) if para_end < 0 else para_end
    stop = min(para_end, i + _MAX_STRAIGHT)
    for mark in _STRAIGHT.finditer(text, i + 1, stop):
        j = mark.start()
        nxt = text[j + 1] if j + 1 < len(text) else ""
        if text[j - 1].isspace() and nxt.isalpha():
            depth += 1
            if depth > _MAX_DEPTH:
                return None
        else:
            depth -= 1
            if depth == 0:
                return j, False
            inner_close = j if depth == 1 else inner_close
            if depth == 1 and attributed is None and _speech_follows(text, j):
                attributed = j
            if depth == 1 and ended is None and _ends_words(text, j, para_end):
                ended = j
    if stop < para_end or depth != 1:
        return None
    if ended is not None:
        return ended, True
    if inner_close is not None and not _MERGED_TAIL.match(text, inner_close + 1):
        return (attributed, True) if attributed is not None else None
    if inner_close is None:
        return (
            _straight_continued(text, para_end)
            or _attributed_unclosed(text, i, para_end)
            or _after_attributed(text, i, para_end)
        )
    return (inner_close, True) if _MERGED_TAIL.match(text, inner_close + 1) else None


# After a closing mark: its comma (or ! ? …), a dash and the attribution's first word.
_SPEECH_TAIL = re.compile(r"[ \t]*[,!?…]?[ \t]*[-–—][ \t]+([а-яё]+)")


def _speech_follows(text: str, j: int) -> bool:
    """Whether a speech verb's attribution follows the mark at `j` ('…миссию на Луну -
    "Луна-25", - сказал Рогозин экипажу корабля "Союз МС-19"'): a nested quotation closed
    there closed the outer one too, whatever quoted name the attribution goes on to give."""
    return _speech_tail(text, j) is not None


def _speech_tail(text: str, j: int) -> re.Match[str] | None:
    """The comma, dash and speech verb right after the mark at `j`, or None."""
    tail = _SPEECH_TAIL.match(text, j + 1)
    if tail is None or speech_verb(Token(tail.start(1), tail.end(1), tail.group(1))) is None:
        return None
    return tail


# A dash between spaces: after an attribution, it resumes the words ("…", - сказал он, - а …).
_RESUMING_DASH = re.compile(r"\s[-–—]\s")
# After a nested close: its sentence's end and a new straight quotation opening a sentence.
_NEXT_QUOTATION = re.compile(r'[.!?…][ \t]+"[А-ЯЁA-Z]')


def _ends_words(text: str, j: int, para_end: int) -> bool:
    """Whether the nested close at `j`, in a paragraph its outer straight quotation never
    closes, closed both ('"От Байконура нам не светит отказаться "до скончания века", -
    заявил Перминов. Вместе с тем …'): a speech verb's whole attribution follows it, with no
    dash resuming the words, or its sentence ends and another quotation opens ('…сказать: "Ну
    да, завтра будет лучше". "Мы должны …", - подчеркнул он')."""
    if _NEXT_QUOTATION.match(text, j + 1) is not None:
        return True
    tail = _speech_tail(text, j)
    if tail is None:
        return False
    end = next((k for k in range(tail.end(), para_end) if text[k] in _SENTENCE_END), para_end)
    return _RESUMING_DASH.search(text, tail.end(), end) is None


# A closing straight quote that ends a quotation run over paragraphs: an attribution follows.
_ATTRIBUTED_CLOSE = re.compile(r'"[ \t]*[,.!?…]?[ \t]*[-–—]')


def _straight_continued(text: str, para_end: int) -> tuple[int, bool] | None:
    """A straight quotation left open at its paragraph's end runs on (as «» do) to the first
    straight quote of a following paragraph, when that one closes it and an attribution
    follows ('…по-моему", - отметил он'): the sure sign of one quotation, not a stray mark."""
    j = text.find('"', para_end)
    if j < 0 or j - para_end > _MAX_STRAIGHT or text.count("\n", para_end, j) > _MAX_PARAGRAPHS:
        return None
    if text[j - 1].isspace() or _ATTRIBUTED_CLOSE.match(text, j) is None:
        return None
    return j, False


# The attribution of direct speech whose closing mark the site lost: ", - сказал он" (a comma,
# or the words' own ! ? …, then a dash and a lower-case word).
_OPEN_ATTRIBUTION = re.compile(r"(?:,|(?<=[!?…]))[ \t]+[-–—][ \t]+(?=[а-яё])")


def _attributed_unclosed(text: str, i: int, para_end: int) -> tuple[int, bool] | None:
    """A straight quotation never closed in its paragraph ('…Нед Прайс."Посол вернется в
    Москву …, - сказал он.') runs to the first dash attribution after it: the mark lost is
    the closing one. The span ends at the comma (left out of the words) or right after the
    words' own ! ? …."""
    found = _OPEN_ATTRIBUTION.search(text, i + 1, para_end)
    if found is None:
        return None
    return found.start(), False


# The end of an attributed quotation and its attribution, right before the next one opens:
# '…подтверждена", - рассказал Лавров. "Теперь …'.
_ATTRIBUTED_BEFORE = re.compile(r'"[ \t]*[,!?…]?[ \t]*[-–—][ \t]+[^"«»\n.!?…]{3,80}[.!?…][ \t]+$')


def _after_attributed(text: str, i: int, para_end: int) -> tuple[int, bool] | None:
    """A straight quotation never closed, opening right after an attributed one of its
    paragraph and running to the paragraph's end on a sentence's end ('…", - рассказал
    Лавров. "Теперь, как говорится, дело за малым.'): the speaker goes on, the closing mark
    lost at the paragraph's end."""
    lo = text.rfind("\n", 0, i) + 1
    if _ATTRIBUTED_BEFORE.search(text, lo, i) is None:
        return None
    if text[lo:i].count('"') % 2 or text[para_end - 1 : para_end] not in tuple(_SENTENCE_END):
        return None
    return para_end, False


def _misplaced_space(text: str, i: int) -> bool:
    """'…перемирия усилий." В воскресенье мы …", - рассказал Лавров': a straight mark after a
    sentence's end and a space before a capital, with no quotation open: the site moved the
    space to the wrong side of an opening mark."""
    return (
        i > 0
        and text[i - 1] in _SENTENCE_END
        and text[i + 1 : i + 2] == " "
        and text[i + 2 : i + 3].isupper()
    )


def _attributed_close(text: str, i: int) -> int | None:
    """The next straight mark of the paragraph, when an attribution follows it (the only sure
    sign that a mark of `_misplaced_space` opened a quotation)."""
    para_end = text.find("\n", i + 1)
    j = text.find('"', i + 1, len(text) if para_end < 0 else para_end)
    if j < 0 or j - i > _MAX_STRAIGHT or _ATTRIBUTED_CLOSE.match(text, j) is None:
        return None
    return j


def _match_pair(text: str, i: int, closers: str) -> int | None:
    found = re.compile(f"[{closers}\n]").search(text, i + 1, i + _MAX_STRAIGHT)
    if found is None or found.group(0) == "\n":
        return None
    return found.start()


# A name in marks opening its paragraph: one to four capitalised words.
_OPENING_NAME = re.compile(r"«(?:[A-ZА-ЯЁ0-9][\w.+-]*[ \t]?){1,4}»")


def _shared_open(text: str, i: int, end: int) -> int | None:
    """ "«Газпром» осуществляет подачу газа …», — говорится в заявлении.": a paragraph that
    opens with a name in marks, then leaves one » unpaired right before a speech verb's dash
    attribution, opened its quotation with the name's mark (the site typed one « for two);
    the unpaired » closes it. None when the paragraph pairs its marks."""
    if (i and text[i - 1] != "\n") or _OPENING_NAME.fullmatch(text, i, end + 1) is None:
        return None
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    depth = 1
    for mark in _GUILLEMET_EVENTS.finditer(text, end + 1, para_end):
        depth += 1 if text[mark.start()] == "«" else -1
        if depth == 0:
            return mark.start() if _speech_follows(text, mark.start()) else None
    return None


def find_spans(text: str) -> list[Span]:
    """Outermost quoted spans, in order; unmatched opening marks are skipped."""
    spans: list[Span] = []
    i = 0
    while True:
        found = _CANDIDATES.search(text, i)
        if found is None:
            break
        i = found.start()
        c = text[i]
        end: int | None = None
        merged = shared = False
        if c == "«" and not _reversed_close(text, i):
            end, merged = _match_guillemet(text, i) or (None, False)
            whole = _shared_open(text, i, end) if end is not None and not merged else None
            end, shared = (whole, True) if whole is not None else (end, False)
        elif c == "„":
            end = _match_pair(text, i, "“”")
        elif c == "“" and (i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_CONTEXT):
            end = _match_pair(text, i, "”")
        elif c == '"' and _straight_opens(text, i):
            end, merged = _match_straight(text, i) or (None, False)
        elif c == '"' and _misplaced_space(text, i):
            end = _attributed_close(text, i)
        if end is not None and end > i + 1:
            spans.append(Span(i, end, merged, shared))
            i = end + 1
        else:
            i += 1
    return spans
