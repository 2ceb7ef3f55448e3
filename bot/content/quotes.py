"""Direct quotations and their speakers, found on the whole cleaned text.

Why on the whole text: a quotation may span paragraphs and sentences, so sentence splitting
comes after, never before. A quoted span counts as a quotation only when the text around it
says someone speaks: an attribution after it ("», — заявил Лавров"), a colon before it
("Лавров заявил: «"), "по словам X", "как передает X", speech embedded after "сказал, что",
or a sentence-long quotation continuing the speaker of the one before. Quoted titles and
short terms («Первому каналу», «ночных дежурств») have none of these and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.content._attribution.clauses import denied
from bot.content._attribution.dashes import (
    marks_leave_words,
    past_verb_speaker,
    speech_above_dash,
    speech_before_colon,
    unmarked_speech,
)
from bot.content.answers import Interview, digest, find_interview
from bot.content.attribution import (
    Article,
    SpanContext,
    build_context,
    classify,
    clause_speaker,
    first_verb,
    quoted_name,
)
from bot.content.entities import CLOSING_MARKS, OPENING_MARKS, Entities
from bot.content.interview import ONE_QUOTATION, TITLE_LINES, VOCATIVE
from bot.content.layout import DASH_ATTRIBUTION, Layout, count_words, sentence_end
from bot.content.lexicon import ASKING_VERBS, CITING_CUES, RELAY_VERBS
from bot.content.morph import lemma, parses
from bot.content.spans import Span, find_spans
from bot.content.speakers import Resolver, Token, Verb, past_leading_asides, speech_verb, tokens
from storage.models import Quote

_ATTRIBUTION_SENTENCE = re.compile(
    r"(?:^|(?<=[\s.]))(?:[Оо]б этом|[Оо] (?:ч[её]м|этом)|[Кк]ак|[Тт]акже об этом)\b.{0,200}?"
    r"\b(?:сообщ\w+|заяв\w+|говорится|рассказа\w+|переда\w+|пишет|написа\w+|информир\w+|"
    r"отмеча\w+|отмети\w+|подчеркну\w+|объяви\w+)",
    re.DOTALL,
)
_QUOTE_MARKS = re.compile('[«»"„“”]')
# A name alone in quotation marks («Интерфакс», "РИА Новости"): capitalised words only, no
# words quoted, so a sentence naming an outlet so may still say who speaks next.
_NAME_IN_MARKS = re.compile(r'[«"„“](?:[A-ZА-ЯЁ0-9][\w.+-]*(?:[ \t]+|(?=[»"“”]))){1,4}[»"“”]')
_TITLE_WORDS = 2  # a title's quotation of one word is a name, not a line of the interview
# A title line opening with one quotation, and what follows it (nothing, or a trailer).
_TITLE_QUOTE = re.compile(r'^[«"„“](?P<q>[^«»"„“”\n]+)[»"“”]\s*(?:[-—–:]\s*)?(?P<rest>.*)$')
_INTERVIEW_LINE = re.compile(r"[–—-][ \t]+(?P<q>\S)")
# "– Мы готовы, – сказал Лавров.": a dash opens the words and another the attribution; a
# hyphen typed for the dash ("- Эта ситуация …, - заявил он.") only after a comma (or the
# words' own ! ? …) and before a space, so a hyphen inside the words never cuts them; the
# comma may be glued to it ("…поддерживает вас,- пояснил он.": a site lost the space).
_DIALOGUE = re.compile(
    r"[–—-][ \t]*(?P<q>[^–—\n]*?[^\s,–—-])"
    r"(?:,?[ \t]+[–—][ \t]*|(?:,|(?<=[!?…]))[ \t]*-[ \t]+)"
)

# Words of a lowercase part after an attribution's comma and dash that may say what its
# subject did next («…, – ответил министр, – и вышел из зала»; «– а потом уехал …»).
_NARRATION_REACH = 3


def _narration_goes_on(toks: list[Token]) -> bool:
    """Whether the lowercase words after an attribution's comma and dash go on with the
    narration, not the words: a past verb or a gerund among the first few («– и вышел из
    зала», «– а потом уехал на совещание», «– сказав это, сел в машину») is what the
    attribution's subject did next (review-round16 R11); resumed words speak in the
    present or the future («– пообщаюсь с фермерами», «– как только получим деньги»). A
    resumed past («– Я, – сказал он, – родился в Москве») is cut there: half the words,
    never narration quoted."""
    words = [t for t in toks if t.text[:1].isalpha()][:_NARRATION_REACH]
    for tok in words:
        best = parses(tok.lower)[:1]
        if best and (best[0].pos == "GRND" or (best[0].pos == "VERB" and best[0].has("past"))):
            return True
    return False


# After a dialogue line's attribution: a dash resuming the words with a capital ("… – сказал
# он. – И у нас …"), or after its comma with a lowercase word, the sentence interrupted by it
# ("– Проконтролирую стройку, – пересказал свой распорядок губернатор, – пообщаюсь с …").
_RESUMED = re.compile(r"[ \t]*[–—-][ \t]+(?=[А-ЯЁA-Z«\"])|,[ \t]*[–—-][ \t]+(?=[а-яё])")
# Where an attribution interrupting the words ends: its comma and a dash, a lowercase word next.
_INTERRUPTION_END = re.compile(r",[ \t]*[–—-][ \t]+(?=[а-яё])")


def _agent_clause(toks: list[Token]) -> tuple[list[Token], Verb | None]:
    """The words and the speech verb of an attribution sentence whose subject speaks next: past
    a clause that only relays (`_cited_relay_end`), the clause after it when it has a speech
    verb of its own ("Как передает Day.Az со ссылкой на Gazeta.ru, об этом заявил МИД
    Венесуэлы": the ministry, never the site that relays); of the verbs left, an impersonal
    one first ("Как передает X, об этом говорится в сообщении МИД": the body, not the relay),
    else the first."""
    verbs = [v for t in toks if (v := speech_verb(t)) is not None]
    if not verbs:
        return toks, None
    cut = _cited_relay_end(toks, verbs[0])
    rest = toks[cut:] if cut is not None else []
    later = [v for v in verbs if rest and v.token.start >= rest[0].start]
    if later:  # «Как передает Report со ссылкой на Reuters, об этом говорится в …»
        toks, verbs = rest, later
    impersonal = next((v for v in verbs if v.impersonal), None)
    return toks, impersonal or verbs[0]


def _cited_relay_end(toks: list[Token], verb: Verb) -> int | None:
    """Where the clause of `verb` ends (past its comma) when it only relays: a relaying verb
    (RELAY_VERBS) opening the sentence after «Как» («Как передает Day.Az, об этом сообщили
    в МИД Турции») or with a citing cue («со ссылкой», «ссылаясь») after it in its clause
    («Об этом, как передает X со ссылкой на Y, …»). None otherwise."""
    if lemma(verb.token.lower) not in RELAY_VERBS:
        return None
    at = next(k for k, t in enumerate(toks) if t.start == verb.token.start)
    relays = at == 1 and toks[0].lower == "как"
    for k in range(at + 1, len(toks)):
        relays = relays or toks[k].lower in CITING_CUES
        if toks[k].text == ",":
            return k + 1 if relays else None
    return None


class QuoteFinder:
    """Classifies every quoted span of one article and resolves its speaker."""

    def __init__(self, body: str, view: str, entities: Entities) -> None:
        self.body = body
        self.text = view
        self.resolver = Resolver(view, entities)
        self.layout = Layout.of(view)
        self.doc = Article(view, self.layout, self.resolver)
        self.unread_titles: list[Quote] = []  # title-line quotations no rule read (`find`)
        self._note_agents()

    def _note_agents(self) -> None:
        """Sentences like "Об этом сообщается на сайте МИД России." name who speaks next."""
        text = self.text
        for para_start in self.layout.para_starts:
            for start, stop in self.layout.sentences(para_start):
                sentence = text[start:stop]
                hit = _ATTRIBUTION_SENTENCE.search(sentence)
                if hit is None or _QUOTE_MARKS.search(_NAME_IN_MARKS.sub("", sentence)):
                    continue
                toks = tokens(text, start + hit.start(), stop)
                toks, verb = _agent_clause(toks)
                who = self.resolver.agent(toks, verb, start)
                if who is not None:
                    self.resolver.add_agent(start, who)

    def find(self, spans: list[Span]) -> list[tuple[int, Quote]]:
        found: list[tuple[int, Quote]] = []
        last: tuple[int, str | None] | None = None  # (paragraph of the close, speaker)
        self.resolver.set_quoted([(s.open, s.close) for s in spans])
        for span in spans:
            context = build_context(self.doc, span, last)
            verdict = classify(context) if context is not None else None
            if verdict is None:
                self._note_unread_title(span, context)
                continue
            speaker = verdict.speaker
            quote = self._quote(span, speaker, verdict.cut)
            if quote is None:
                continue
            found.append((span.open, quote))
            para_end = self.layout.para_end(span.close)
            rank = sentence_end(self.text, min(span.close + 1, para_end), para_end)
            self.resolver.remember(span.open, speaker, rank)
            last = (self.layout.paragraph_of(span.close), speaker)
        return found

    def _note_unread_title(self, span: Span, context: SpanContext | None) -> None:
        """Keeps a title-line quotation that no rule read as speech and that is no name
        (`quoted_name`), for `title_echoes`."""
        if context is None or self.layout.paragraph_of(span.open) >= TITLE_LINES:
            return
        if quoted_name(context) is None:
            quote = self._quote(span, None)
            if quote is not None:
                self.unread_titles.append(quote)

    def dialogue(self, taken: list[Span]) -> list[tuple[int, Quote]]:
        """Direct speech without quotation marks: "– Мы готовы, – сказал Лавров." paragraphs."""
        out: list[tuple[int, Quote]] = []
        for number, start in enumerate(self.layout.para_starts):
            end = self.layout.para_end(start)
            m = _DIALOGUE.match(self.text, start, end)
            if m is None:
                out += (
                    self._unmarked(number, start, end)
                    or self._below_colon(number)
                    or self._above_dash(number)
                )
                continue
            found = self._attribution_of(m, end)
            if found is None:
                out += self._past_verb_line(m, number, end, taken) or self._below_colon(number)
                continue
            if not marks_leave_words(taken, m.start("q"), found[0], end):
                continue
            hi, clause_lo, clause_hi, verb = found
            lo = m.start("q")
            text = self.body[lo:hi].strip()
            if count_words(text) == 0 or _hailed_question(text, verb):
                continue
            text = self._resumed(text, hi, clause_hi, end)
            speaker = clause_speaker(self.resolver, clause_lo, clause_hi, verb, lo)
            self.resolver.remember(lo, speaker)
            out.append((lo, Quote(text=text, speaker=speaker, paragraph=number)))
        return out + self._interview_answers(taken, out)

    def _past_verb_line(
        self, m: re.Match[str], number: int, end: int, taken: list[Span]
    ) -> list[tuple[int, Quote]]:
        """ "— Александр Николаевич, они и есть власть, — прервал его Володин. — Вы перепутали
        немного.": a dialogue line whose attribution opens with no speech verb but a past
        singular verb whose subject it names, as `past_verb_speaker` reads it after a marked
        quotation. Not a pronoun subject («— обратился он к депутатам»): in an exchange of
        two people the pronoun's referent is too unsure for a verb that may not be speech."""
        clause_lo = m.end()
        clause_hi = self._clause_end(clause_lo, end)
        lo = m.start("q")
        found = past_verb_speaker(self.resolver, clause_lo, clause_hi, lo, pronoun=False)
        text = self.body[lo : m.end("q")].strip()
        if found is None or count_words(text) == 0:
            return []
        if not marks_leave_words(taken, lo, m.end("q"), end):
            return []
        text = self._resumed(text, m.end("q"), clause_hi, end)
        self.resolver.remember(lo, found[1])
        return [(lo, Quote(text=text, speaker=found[1], paragraph=number))]

    def _attribution_of(self, m: re.Match[str], end: int) -> tuple[int, int, int, Verb] | None:
        """The words' end, the attribution clause's bounds and its verb for the dialogue line
        `m` (its paragraph ending at `end`): the first dash's clause, or, when no verb opens
        it (a dash inside the words: «- Мы наложили вето — «разгрома» России не получилось.
        …, — написал Полянский»), the first later comma and dash whose clause has one. A verb
        of nobody denied is none («— По какому факту — пока не уточняется, — подчеркнула
        она», `_nobody_denied`): the words go on past it; with no later attribution the first
        clause stands after all («— Это неправда, — не согласились депутаты»)."""
        hi, clause_lo = m.end("q"), m.end()
        first: tuple[int, int, int, Verb] | None = None
        while True:
            clause_hi = self._clause_end(clause_lo, end)
            toks = past_leading_asides(tokens(self.text, clause_lo, clause_hi))
            verb = first_verb(toks, 3)
            lo = toks[0].start if toks else clause_lo  # «— в свою очередь пояснил он»: past it
            if verb is not None and not _nobody_denied(toks, verb):
                return hi, lo, clause_hi, verb
            if verb is not None and first is None:
                first = hi, lo, clause_hi, verb
            later = DASH_ATTRIBUTION.search(self.text, clause_lo, end)
            if later is None:
                return first
            hi, clause_lo = later.start(), later.end()

    def _clause_end(self, lo: int, end: int) -> int:
        """Where a dialogue line's attribution clause from `lo` ends: at its sentence's end, or
        before a comma and a dash that resume the words with a lowercase word (`_RESUMED`),
        unless a speech verb there goes on with the narration («…, — сказал он, — и добавил,
        что …»)."""
        hi = sentence_end(self.text, lo, end)
        cut = _INTERRUPTION_END.search(self.text, lo, hi)
        if cut is None:
            return hi
        rest = tokens(self.text, cut.end(), hi)
        if first_verb(rest, 2) is not None or _narration_goes_on(rest):
            return hi
        return cut.start()

    def _resumed(self, text: str, hi: int, clause_hi: int, end: int) -> str:
        """ "– Вы знаете, мы готовы, – сказал он журналистам. – И у нас общие позиции.": the
        words `text` (ending at `hi`) joined with those a dash resumes after the attribution
        (ending at `clause_hi`), up to the paragraph's `end` or another attribution; the
        comma before the attribution stays, as in an interrupted quotation, when it is glued
        to the words: a comma typed after a space («готовы , – сказал») is left out with the
        attribution, so the joined text stays two pieces of the article."""
        dash = _RESUMED.match(self.text, clause_hi, end)
        if dash is None:
            return text
        more = DASH_ATTRIBUTION.search(self.text, dash.end(), end)
        rest = self.body[dash.end() : more.start() if more else end].strip()
        if rest.endswith(".") and not rest.endswith(".."):
            rest = rest[:-1]  # like «…». the closing full stop is not part of the words
        glued = self.text[hi : hi + 1] == "," and not self.text[hi - 1 : hi].isspace()
        comma = "," if glued else ""
        return f"{text}{comma} {rest}" if count_words(rest) else text

    def _unmarked(self, number: int, start: int, end: int) -> list[tuple[int, Quote]]:
        """The paragraph as direct speech stripped of its marks ("Нам нужно …, — убежден
        Озеров."; `unmarked_speech` says when), or nothing."""
        found = unmarked_speech(self.resolver, start, end)
        if found is None:
            return []
        lo, hi, speaker = found
        lead = self._dash_lead(number) if lo == start else None
        if lead is not None:
            lo, number = lead, number - 1
        self.resolver.remember(lo, speaker)
        return [(lo, Quote(text=self.body[lo:hi].strip(), speaker=speaker, paragraph=number))]

    def _below_colon(self, number: int) -> list[tuple[int, Quote]]:
        """ "В своем телеграм-канале он написал:" over "- Наш Президент назначил меня …": a
        dash paragraph with no attribution, no question and no marks of its own, under a
        paragraph a speech verb and a colon close (`speech_before_colon`), is the words that
        verb introduces, its subject's (unknown when the text does not tell). So is such a
        paragraph with no dash at all («Захарова подчеркнула:» over «Вы прекрасно понимаете,
        что …»: the site dropped the marks), never a label («ВОПРОС:»). Not one line of a
        list («Он назвал условия:» over several dash lines): the next paragraph must not
        open with a dash too."""
        starts = self.layout.para_starts
        if number < 1:
            return []
        start = starts[number]
        end = self.layout.para_end(start)
        dash = _INTERVIEW_LINE.match(self.text, start, end)
        lo = dash.start("q") if dash is not None else start
        line = self.text[start:end].rstrip()
        if not self.text[lo : lo + 1].isupper() or line.endswith(("?", ":")):
            return []
        if _QUOTE_MARKS.search(line) or self._opens_with_dash(number + 1):
            return []
        if dash is None and not _spoken_sentence(line):
            return []
        above = starts[number - 1]
        said, who = speech_before_colon(self.resolver, above, self.layout.para_end(above), lo)
        if not said:
            return []
        return self._paragraph_words(lo, end, who, number)

    def _above_dash(self, number: int) -> list[tuple[int, Quote]]:
        """ "Нахожусь в командировке в Москве. …" over "– написал глава региона …": the
        paragraph as direct speech when the next one is only its dash attribution
        (`speech_above_dash` says when), or nothing."""
        starts = self.layout.para_starts
        if number + 1 >= len(starts):
            return []
        start, below = starts[number], starts[number + 1]
        end = self.layout.para_end(start)
        who = speech_above_dash(self.resolver, start, end, below, self.layout.para_end(below))
        if who is None:
            return []
        return self._paragraph_words(start, end, who, number)

    def _paragraph_words(
        self, lo: int, hi: int, who: str | None, number: int
    ) -> list[tuple[int, Quote]]:
        """The unmarked words body[lo:hi] of paragraph `number` as `who`'s one quotation (a
        paragraph under its colon or over its dash attribution), remembered as his last
        words; like «…». the closing full stop is not part of the words."""
        text = self.body[lo:hi].strip()
        if text.endswith(".") and not text.endswith(".."):
            text = text[:-1]
        self.resolver.remember(lo, who)
        return [(lo, Quote(text=text, speaker=who, paragraph=number))]

    def _opens_with_dash(self, number: int) -> bool:
        """Whether paragraph `number` exists and opens with a dash and a space."""
        starts = self.layout.para_starts
        if number >= len(starts):
            return False
        start = starts[number]
        return _INTERVIEW_LINE.match(self.text, start, self.layout.para_end(start)) is not None

    def _dash_lead(self, number: int) -> int | None:
        """ "- Конечно, я немного расстроен. …" over "Это не самое лучшее выступление …, –
        цитирует Мутко ИТАР-ТАСС.": a dash paragraph with no marks, no attribution and no
        question, right over the unmarked words, opens them (one speech over two paragraphs,
        its attribution closing the last); where its words start, or None. Not after a
        question (an interview's answer) and never a question itself."""
        if number < 1:
            return None
        starts = self.layout.para_starts
        start = starts[number - 1]
        end = self.layout.para_end(start)
        line = self.text[start:end].rstrip()
        dash = _INTERVIEW_LINE.match(self.text, start, end)
        if dash is None or line.endswith("?") or _QUOTE_MARKS.search(line):
            return None
        if DASH_ATTRIBUTION.search(self.text, dash.start("q"), end):
            return None
        if number > 1:
            before = self.text[starts[number - 2] : self.layout.para_end(starts[number - 2])]
            if before.rstrip().endswith("?"):
                return None
        return dash.start("q")

    def _interview_answers(
        self, taken: list[Span], attributed: list[tuple[int, Quote]]
    ) -> list[tuple[int, Quote]]:
        """ "— Будут ли новые встречи? — Безусловно.": in an interview (dash paragraphs, the
        questions ending with "?"), an unattributed answer belongs to whoever answered the
        attributed questions; without such an answer nobody is guessed."""
        answered = [(at, q.speaker) for at, q in attributed if q.speaker is not None]
        if not answered:
            return []
        done = {at for at, _ in attributed}
        out: list[tuple[int, Quote]] = []
        starts = self.layout.para_starts
        for number in range(1, len(starts)):
            start, prev = starts[number], starts[number - 1]
            end = self.layout.para_end(start)
            m = _INTERVIEW_LINE.match(self.text, start, end)
            question = _INTERVIEW_LINE.match(self.text, prev, self.layout.para_end(prev))
            if m is None or question is None or m.start("q") in done:
                continue
            if not self.text[prev : self.layout.para_end(prev)].rstrip().endswith("?"):
                continue
            if self.text[start:end].rstrip().endswith("?"):
                continue
            if any(start <= s.open < end for s in taken):
                continue
            lo = m.start("q")
            text = self.body[lo:end].strip()
            if text.endswith(".") and not text.endswith(".."):
                text = text[:-1]  # like «…». the closing full stop is not part of the words
            if count_words(text) == 0:
                continue
            before = [who for at, who in answered if at < lo]
            speaker = before[-1] if before else next(who for at, who in answered if at > lo)
            out.append((lo, Quote(text=text, speaker=speaker, paragraph=number)))
        return out

    def _quote(
        self, span: Span, speaker: str | None, cut: tuple[int, int] | None = None
    ) -> Quote | None:
        # A merged close («…журнала «Международная жизнь».) ends the nested quotation too.
        end = span.close + (1 if span.merged else 0)
        # A shared open («Газпром» осуществляет …») starts the nested name too.
        start = span.open + (0 if span.shared else 1)
        if cut is None:
            text = self.body[start:end].strip()
        else:  # «Мы готовы, — сказал он, — к диалогу»: the words without the attribution
            first, second = self.body[start : cut[0]], self.body[cut[1] : end]
            text = f"{first.rstrip()} {second.lstrip()}".strip()
        if not text:
            return None
        return Quote(text=text, speaker=speaker, paragraph=self.layout.paragraph_of(span.open))


def _hailed_question(text: str, verb: Verb) -> bool:
    """ "— Виктор Иванович, видите ли вы конкурентов? — поинтересовался Федоров.": a question
    opening by hailing its addressee by name and patronymic, attributed by a verb of asking
    (lexicon ASKING_VERBS), is an interviewer's question put to the one hailed, who answers
    next; no quotation (the labelling's rule). A question with no hail stays one («— Деньги
    есть? — спросил Путин»), and so does a hail that asks nothing."""
    return (
        lemma(verb.token.lower) in ASKING_VERBS
        and text.rstrip().endswith("?")
        and VOCATIVE.match(text) is not None
    )


def _nobody_denied(toks: list[Token], verb: Verb) -> bool:
    """Whether the speech verb of a dash clause is denied with no person as its subject
    («— пока не уточняется», «— их пока не называют»): words going on, not an attribution.
    A person's denied verb attributes («— Это неправда, — не согласился депутат»: he
    disagreed in those words), and so does a «не» that denies nothing («не исключил»)."""
    return (verb.impersonal or verb.plural) and denied(toks, verb)


def _answer_quotes(
    body: str, interview: Interview, dialogue: list[tuple[int, Quote]]
) -> list[tuple[int, Quote]]:
    """Each interview answer as one quotation (each of its dash turns, `_dash_turns`), unless
    attributed dialogue already quotes it ("— Мы готовы, — сказал Лавров."); an answer
    without a named speaker takes that of the attributed answers around it."""
    known = [(at, q.speaker) for at, q in dialogue if q.speaker is not None]
    out: list[tuple[int, Quote]] = []
    for answer in interview.answers:
        if any(answer.lo <= at < answer.hi for at, _ in dialogue):
            continue
        speaker = answer.speaker
        if speaker is None and known:
            before = [who for at, who in known if at < answer.lo]
            speaker = before[-1] if before else known[0][1]
        turns = (
            [(answer.lo, answer.hi)] if answer.labelled else _dash_turns(body, answer.lo, answer.hi)
        )
        if len(turns) > 1:
            speaker = None  # replies of several people under one question: nobody named
        for lo, hi in turns:
            text = _unquoted(body[lo:hi].strip())
            number = answer.paragraph + body.count("\n", answer.lo, lo)
            out.append((lo, Quote(text=text, speaker=speaker, paragraph=number)))
    return out


# A later paragraph of an answer opening with a dash: another turn («— …» under «— …»).
_DASH_TURN = re.compile(r"\n[ \t]*[–—-][ \t]+(?=\S)")


def _dash_turns(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The bounds of each turn of the answer body[lo:hi]: a paragraph opening with a dash
    starts a new one, as each line of a vox pop under its one question does («Что хотите
    спросить вы?» over «— Вопроса никакого …», «— Мне бы очень хотелось …»): one reply, one
    quotation, never the run of them merged; replies of several people the text does not
    name, so none is the interviewee's (`_answer_quotes`). An answer of plain paragraphs
    stays whole, and so does one under a label of its own, which names its one speaker:
    «В. Путин:» over «- Добрый день …» and «- Итак, ВВП …» is one man's turn in a
    transcript, not a vox pop."""
    cuts = [(m.start(), m.end()) for m in _DASH_TURN.finditer(body, lo, hi)]
    if not cuts:
        return [(lo, hi)]
    starts = [lo, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), hi]
    return list(zip(starts, ends, strict=True))


def _unquoted(text: str) -> str:
    """An answer's words without the marks of each of its paragraphs that is one quotation
    («"Нам придется …".» under «Виктор Орбан, премьер-министр Венгрии:»): the labelling
    guide gives a quotation's words without its outer marks."""
    lines = []
    for line in text.split("\n"):
        if ONE_QUOTATION.match(line.strip()):
            line = line.strip().removesuffix(".")[1:-1]
        lines.append(line)
    return "\n".join(lines)


def _cited_in_questions(
    found: list[tuple[int, Quote]], interview: Interview
) -> list[tuple[int, Quote]]:
    """The quotations found outside the answers, but of those in an interviewer's turn only
    the ones an attribution gives a third person («…», - сказал глава государства; «Я возьму
    цитату из Владимира Путина: "…"»): a question's other marks are its own words, a name,
    or the host's or the guest's words read back (a slogan the host recalls, «Вы говорите …»)
    that a reader of the rules may give the host or the guest, never a quotation."""
    own = {*interview.askers, *(a.speaker for a in interview.answers if a.speaker)}
    surnames = {name.split()[-1].lower() for name in own}
    return [
        (at, q)
        for at, q in found
        if not interview.asks(at)
        or (q.speaker is not None and q.speaker.split()[-1].lower() not in surnames)
    ]


def find_quotes(
    body: str,
    view: str,
    entities: Entities,
    spans: list[Span] | None = None,
    interview: Interview | None = None,
) -> list[Quote]:
    """Every direct quotation of `body` (paragraphs joined by newlines), found on `view`;
    `interview` is the text's interview when the caller has found it already."""
    marked = find_spans(view) if spans is None else spans
    finder = QuoteFinder(body, view, entities)
    if interview is None:
        interview = find_interview(view, finder.layout, entities)
    outside = [s for s in marked if not interview.covers(s.open) or interview.asks(s.open)]
    dialogue = finder.dialogue(marked)
    if interview.answers:
        dialogue += _answer_quotes(body, interview, dialogue)
    found = _cited_in_questions(finder.find(outside), interview) + dialogue
    quotes = [quote for _, quote in sorted(found, key=lambda pair: pair[0])]
    quotes = _digested(_titled_by_interviewee(quotes, body, view, interview), view, entities)
    return title_echoes(said_again(quotes, view), finder.unread_titles)


_WORD = re.compile(r"[^\W\d_]+")
_SAID_AGAIN_WORDS = 2  # one word inside another quotation is no sign it is the same words


def _words(text: str) -> str:
    """The words of `text` in lower case, «ё» written «е», one space apart (framed by spaces
    so a search finds whole words)."""
    return " " + " ".join(_WORD.findall(text.lower().replace("ё", "е"))) + " "


def said_again(quotes: list[Quote], view: str) -> list[Quote]:
    """A title or subtitle line opened by a quotation no rule attributes, whose words a
    quotation of a later paragraph gives again — the same words, or two words or more inside
    longer ones — is the words of that one's speaker, when all such quotations agree on one:
    the headline quotes what the body attributes («"Для нас большая честь …"» over «"Для нас
    большая честь …", - отметил губернатор», «"Мир устал": …» over «"… Мир устал от …", —
    сказал Аракчи»). A quotation inside a sentence, or below the title lines, stays unknown:
    words repeated there are mostly cited, not authored — a claim rebutted («Те, кто говорит,
    что Россия проиграет …»), a question echoed in its answer."""
    if all(q.speaker is not None for q in quotes):
        return quotes
    lines = view.split("\n")
    words = [_words(q.text) for q in quotes]
    out = []
    for k, quote in enumerate(quotes):
        mine = words[k]
        if quote.speaker is None and mine.strip() and _heads_title_line(quote, lines):
            inside = mine.count(" ") > _SAID_AGAIN_WORDS
            found = {
                other.speaker
                for j, other in enumerate(quotes)
                if other.paragraph > quote.paragraph
                and (words[j] == mine or (inside and mine in words[j]))
            }
            if len(found) == 1 and None not in found:
                quote = replace(quote, speaker=found.pop())
        out.append(quote)
    return out


def title_echoes(quotes: list[Quote], unread: list[Quote]) -> list[Quote]:
    """`quotes` with each title-line quotation no rule read (`unread`, speaker None) whose very
    words a quotation of a later paragraph gives with a named speaker, all such agreeing on
    one: the headline repeats the body's words («"Вы не на сельском сходе": Спикер Госдумы
    сделал замечание …» over «"Вы не на сельском сходе", добавил Володин»), and the labels
    count both. Over the 3,545 labelled texts, 22 such title quotations were gold and 3 not,
    all three a genitive phrase that names a thing («железного занавеса», «дела Скрипалей»:
    `_genitive_phrase`), which stays out (two gold ones with it). Never words inside longer
    ones: a title's words found inside a later quotation were gold 10 times in 35, a name
    the body goes on using as often."""
    added = []
    for title in unread:
        mine = _words(title.text)
        if not mine.strip() or _genitive_phrase(title.text):
            continue
        found = {
            q.speaker for q in quotes if q.paragraph > title.paragraph and _words(q.text) == mine
        }
        if len(found) == 1 and None not in found:
            added.append(replace(title, speaker=found.pop()))
    return sorted([*quotes, *added], key=lambda q: q.paragraph) if added else quotes


def _genitive_phrase(text: str) -> bool:
    """Whether every word of two or more reads first as a genitive («железного занавеса»,
    «юрты несокрушимости»): a thing's name as the title cites it."""
    found = _WORD.findall(text.lower())
    return len(found) >= _SAID_AGAIN_WORDS and all(
        any(p.has("gent") for p in parses(w)[:1]) for w in found
    )


def _heads_title_line(quote: Quote, lines: list[str]) -> bool:
    """Whether the quotation stands in a title or subtitle line and opens it (past its
    opening marks): a headline, not words a sentence cites."""
    if not 0 <= quote.paragraph < min(TITLE_LINES, len(lines)):
        return False
    head = lines[quote.paragraph].lstrip().lstrip("«\"„“'")
    return bool(quote.text.strip()) and head.startswith(quote.text.strip()[:12])


def _digested(quotes: list[Quote], view: str, entities: Entities) -> list[Quote]:
    """In an interview's digest (bot/content/answers.py `digest`), a quotation that is a
    whole paragraph under a topic line, and that nothing attributes, is the interviewee's."""
    if not any(q.speaker is None for q in quotes):
        return quotes
    found = digest(view, entities)
    if found is None:
        return quotes
    who, paragraphs = found
    return [
        replace(q, speaker=who) if q.speaker is None and q.paragraph in paragraphs else q
        for q in quotes
    ]


def _titled_by_interviewee(
    quotes: list[Quote], body: str, view: str, interview: Interview
) -> list[Quote]:
    """A title or subtitle line (the first two paragraphs, before the first answer) that is
    one quotation and nothing else («"Конфронтация обретает форму военного планирования"»)
    over an interview whose answers are all one named person's is that person's words: the
    outlet headlines the interview with a line of it. Found unattributed, it gets that
    speaker; not found at all («"Будем оптимистами"»), it is added, unless the text says it
    again (then the body's is the quotation)."""
    speakers = {a.speaker for a in interview.answers}
    who = speakers.pop() if len(speakers) == 1 else None
    if who is None:
        return quotes
    lines, said = view.split("\n"), body.split("\n")
    first = min(a.paragraph for a in interview.answers)
    for k in range(min(TITLE_LINES, first, len(lines), len(said))):
        quotes = _title_line(quotes, lines, said, k, who)
    return _subheaded(quotes, lines, interview, who)


def _subheaded(
    quotes: list[Quote], lines: list[str], interview: Interview, who: str
) -> list[Quote]:
    """A line that is one quotation right over a question («"Поздно начали — надо было
    готовиться за год"» / «— Вы уже перевернули страницу выборов?»): the interviewee's words
    the outlet heads that part of the interview with; found unattributed, it gets the
    interviewee's name (never added: a subhead may quote someone the labels skip)."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    heads = {
        k
        for k in range(len(lines) - 1)
        if interview.covers(starts[k + 1])
        and not interview.covers(starts[k])
        and _title_quotation(lines[k], who) == lines[k].strip()[1:-1].strip()
    }
    return [
        replace(q, speaker=who) if q.speaker is None and q.paragraph in heads else q for q in quotes
    ]


def _title_quotation(line: str, who: str) -> str | None:
    """The words of a title line that is one quotation, alone or followed by who said it or
    the word «интервью» («"…" - Эксклюзивное интервью с послом …», «"…" Питер Залмаев на
    Caliber.Az»): the interviewee's line the outlet headlines the interview with."""
    line = line.strip()
    if line[:1] in OPENING_MARKS and line[-1:] in CLOSING_MARKS:
        return line[1:-1].strip()
    m = _TITLE_QUOTE.match(line)
    if m is None:
        return None
    rest = m.group("rest").lower()
    stem = who.split()[-1][:4].lower()
    if rest and "интервью" not in rest and not re.search(rf"\b{re.escape(stem)}", rest):
        return None
    return m.group("q").strip()


def _title_line(
    quotes: list[Quote], lines: list[str], said: list[str], k: int, who: str
) -> list[Quote]:
    """`quotes` with line k's quotation given to `who`, when the line is one quotation."""
    inner = _title_quotation(lines[k], who)
    if inner is None:
        return quotes
    if not any(q.paragraph == k for q in quotes):
        words = _title_quotation(said[k], who) or ""
        rest = "\n".join(lines[k + 1 :]).lower()
        if count_words(words) >= _TITLE_WORDS and inner.lower() not in rest:
            return sorted([*quotes, Quote(words, who, k)], key=lambda q: q.paragraph)
        return quotes
    return [
        replace(q, speaker=who) if q.paragraph == k and q.speaker is None and q.text == inner else q
        for q in quotes
    ]


_LINE_LABEL = re.compile(r"^[\w ]{1,20}:")  # «Фото: …», «Источник: …», «Читайте также: …»
_MIN_SPOKEN_WORDS = 4


def _spoken_sentence(line: str) -> bool:
    """Whether an unmarked line under «X заявил:» reads as words said (review14 R21): a
    sentence of some length closed by a stop, never a caption, a credit or a channel's name a
    scraped page puts there («Фото: пресс-служба администрации …», «Министерство обороны
    Российской Федерации»)."""
    return (
        count_words(line) >= _MIN_SPOKEN_WORDS
        and line.endswith((".", "!", "…"))
        and _LINE_LABEL.match(line) is None
    )
