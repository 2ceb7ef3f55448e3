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
"""

from __future__ import annotations

import re

from bot.content._attribution.context import Found, Outcome, SpanContext, _title_before
from bot.content.layout import sentence_end
from bot.content.lexicon import NAMED_THINGS, TEXT_NOUNS, role_of
from bot.content.speakers import word_tokens

UNREAD_MIN_WORDS = 4  # three lowercase words are a name or a term too often (13 gold in 17)
_DASH_NEXT = re.compile(r"^[ \t]*[,.]?[ \t]*[-–—]")
_NAMED_KINDS = NAMED_THINGS - TEXT_NOUNS  # «теме «…»»: the topic's name, not anybody's words


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
    return None if _named_otherwise(c) else Found(None)


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
    return _title_before(c.text, c.sent_lo, c.span.open, _NAMED_KINDS)
