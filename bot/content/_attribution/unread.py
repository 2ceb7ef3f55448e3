"""The last resort: a long lowercase run of quoted words that no attribution rule reads.

Why: the rules before this one read a fragment by the clause it stands in (a speech verb
before it, an attribution after it, «по словам X»); the text may give the words' source a
sentence away («Согласно сообщению, не может быть ситуации, при которой «…»», «Такие слова
содержатся в речи …»), in no form those rules know. Over the 3,545 labelled texts, a
lowercase quotation of four words or more that no rule took, below the title line, was a
gold quotation 37 times in 41; the four others were a question's words («Ощущаете ли вы
«все плюсы зрелого возраста»?»), an article of law in brackets, a post («посол по …») and a
topic's name after its kind («теме «…»»), which this rule leaves alone. Who spoke, the rule
cannot tell: speech, speaker unknown (a wrong name is worse than none).

Only with evidence of speech beside the words (`_speech_nearby`): a review found that
lowercase quoted runs with no speech verb or noun of words near them are as often a law's, a
survey's, a search query's or a shop notice's wording, nobody's speech; of the 38 gold runs
the rule took, 34 have such evidence.
"""

from __future__ import annotations

import re

from bot.content._attribution.context import Found, Outcome, SpanContext, kind_noun_before
from bot.content.layout import sentence_end, sentence_start
from bot.content.lexicon import (
    NAMED_THINGS,
    SPEECH_ACTS,
    SPEECH_EVIDENCE_NOUNS,
    TEXT_NOUNS,
    WORDED_THINGS,
    role_of,
)
from bot.content.morph import parses
from bot.content.speakers import speech_verb, word_tokens

UNREAD_MIN_WORDS = 4  # three lowercase words are a name or a term too often (13 gold in 17)
_DASH_NEXT = re.compile(r"^[ \t]*[,.]?[ \t]*[-–—]")
# «теме «…»»: the topic's name; «запросов «…»», «вопрос «…»»: a thing's wording, not anybody's words
_NAMED_KINDS = (NAMED_THINGS - TEXT_NOUNS) | WORDED_THINGS


def unread_words(c: SpanContext) -> Outcome:
    """ "Согласно сообщению, не может быть ситуации, при которой «одной рукой ведут
    переговоры, а другой – боевые действия»": four lowercase words or more, below the title
    line, that no rule before this one reads are speech, their speaker unknown; not the
    words of a question, a bracket, a post or a thing's name (`_named_otherwise`), nor a
    quotation a dash follows (the dash rule's own, which asks the rules after it only for
    the sentence's own attribution)."""
    if not c.first_letter.islower() or c.titled or c.n_words < UNREAD_MIN_WORDS:
        return None
    if c.para_lo == 0 or _DASH_NEXT.match(c.after):
        return None
    if _named_otherwise(c) or not _speech_nearby(c):
        return None
    return Found(None)


def _speech_nearby(c: SpanContext) -> bool:
    """Whether the sentence before, the quotation's own or the one after says that words were
    spoken or published: a speech verb or act («напомнила», «поблагодарил»), or a noun of
    words or statements («Согласно сообщению», «слова содержатся в речи», «По данным МИД»).
    Without one, lowercase quoted words are as often a law's wording, a survey's question or
    a shop's notice («Статья 280 УК предусматривает наказание за «…»») — nobody's speech."""
    lo = sentence_start(c.text, c.para_lo, max(c.para_lo, c.sent_lo - 1))
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    hi = sentence_end(c.text, end, c.para_hi) if end < c.para_hi else end
    window = word_tokens(c.text, lo, c.span.open) + word_tokens(c.text, c.span.close + 1, hi)
    return any(speech_verb(t) is not None or _evidence_word(t.lower) for t in window)


def _evidence_word(word: str) -> bool:
    """A noun of words or statements, or a verb of an act done in words (lexicon tables)."""
    return any(
        (p.pos == "NOUN" and p.normal in SPEECH_EVIDENCE_NOUNS) or p.normal in SPEECH_ACTS
        for p in parses(word)
    )


def _named_otherwise(c: SpanContext) -> bool:
    """Whether the quoted words stand in a question («Ощущаете ли вы «…»?»: the asker's
    words, read back), inside brackets («(ч. 2 ст. 213 УК РФ - «хулиганство, …»)»: a law's
    wording), open with a post («посол по феминистской внешней политике»: its name), or
    follow a noun of a kind of thing («теме «поддержания мира и безопасности»»: its name)."""
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    if c.text[c.after_lo : end].rstrip().endswith("?"):
        return True
    before = c.text[c.para_lo : c.span.open]
    if before.count("(") > before.count(")"):
        return True
    first = word_tokens(c.inner, 0, len(c.inner))[:1]
    if first and role_of(first[0].text) is not None:
        return True
    return kind_noun_before(c.text, c.sent_lo, c.span.open, _NAMED_KINDS)
