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
from dataclasses import dataclass

from bot.content.entities import MEDIA as _MEDIA
from bot.content.entities import Entities
from bot.content.morph import parses, word_set
from bot.content.spans import Span, find_spans
from bot.content.speakers import Resolver, Token, Verb, speech_verb, tokens
from storage.models import Quote

_DASH_AFTER = re.compile(r"^[ \t]*[,.]?[ \t]*[-–—]{1,2}[ \t]*")
_COMMA_AFTER = re.compile(r"^[ \t]*,[ \t]*")
_PO_SLOVAM = re.compile(r"\b[Пп]о\s+(?:(?:его|ее|её|их)\s+)?(?:словам|мнению|оценке)\b")
_AS_REPORTS = re.compile(
    r"(?:^|[\s,])(?:[Кк]ак|[Пп]о данным|[Сс]огласно|[Сс]о ссылкой на)\b[^«\"„“]{0,80}?"
    r"(?:переда[её]т|передают|пишет|пишут|сообща\w+|информир\w+|данным|сообщению|ссылкой)"
    r"[^,\n]{0,80},\s*$"
)
_ATTRIBUTION_SENTENCE = re.compile(
    r"(?:^|(?<=[\s.]))(?:[Оо]б этом|[Оо] (?:ч[её]м|этом)|[Кк]ак|[Тт]акже об этом)\b.{0,200}?"
    r"\b(?:сообщ\w+|заяв\w+|говорится|рассказа\w+|переда\w+|пишет|написа\w+|информир\w+|"
    r"отмеча\w+|отмети\w+|подчеркну\w+|объяви\w+)",
    re.DOTALL,
)
_QUOTE_MARKS = re.compile('[«»"„“”]')
_AS_SAID = re.compile(r"(?:^|[\s,(])[Кк]ак\s+([^,\n]{1,120}),\s*$")
_AS_OPENING = re.compile(r"[\s—–-]*[Кк]ак\s+([^,\n«»\"]{1,120}),\s+[^«»\"]*$")
_RELAY_VERBS = word_set("передать передавать сообщить сообщать писать информировать")
_INTERVIEW_LINE = re.compile(r"[–—-][ \t]+(?P<q>\S)")
_DIALOGUE = re.compile(r"[–—-][ \t]*(?P<q>[^–—\n]*?[^\s,–—-])[,]?[ \t]+[–—][ \t]*")
_INTERRUPTION = re.compile(r"[,!?…]\s*[–—-]\s+([^–—«»\"]{3,120}?),?\s+[–—-]\s+\S")
_SO_SAID = re.compile(
    r"(?:Так|Такое мнение|Такое заявление|С таким заявлением|Такую оценку|Об этом)\b"
)
_SENTENCE_END = re.compile(r"[.!?…]+[»\"”“]?(?=\s)")
_THAT = frozenset({"что", "чтобы", "как"})
_TITLE_NOUNS = word_set(
    """журнал газета канал телеканал агентство издание саммит форум партия движение компания
    фонд проект программа операция доктрина концепция фильм книга статья передача шоу
    газопровод трубопровод договор соглашение формат группа группировка организация
    конференция центр клуб премия фестиваль сайт платформа корпорация концерн банк радио
    радиостанция рубрика стратегия инициатива документ закон пакет план резолюция название
    лозунг слоган проект марка бренд портал телепрограмма газета-издание называть называемый
    т.н кампания акция выставка музей театр ансамбль корабль крейсер самолёт самолет работа
    монография сборник доклад исследование альманах публикация выпуск номер колонка заголовок
    девиз механизм принцип формула режим коридор маршрут порт завод комбинат месторождение
    объединение альянс союз блок коалиция фракция комитет комиссия совет служба ведомство
    сериал спектакль роман повесть песня альбом конкурс олимпиада игра матч турнир чемпионат
    компания-оператор комплекс система ракета танк истребитель подлодка ледокол"""
)
_MIN_LOOSE_WORDS = 4
_CONTEXT = 300  # characters of context looked at on each side of a quotation


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    para_starts: list[int]

    def paragraph_of(self, pos: int) -> int:
        lo = 0
        for i, start in enumerate(self.para_starts):
            if start <= pos:
                lo = i
        return lo

    def para_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    def para_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return len(self.text) if end < 0 else end


def _is_abbreviation_end(text: str, dot: int) -> bool:
    """ "т.н." or "В.В." before a space is not a sentence end; "США." is."""
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    return len(word) <= 1 or (j > 0 and text[j - 1] == ".")


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence containing `pos`, not before `lo` (its paragraph start)."""
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        if text[m.start()] == "." and _is_abbreviation_end(text, m.start()):
            continue
        start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def sentence_end(text: str, pos: int, hi: int) -> int:
    for m in _SENTENCE_END.finditer(text, pos, hi):
        if text[m.start()] == "." and _is_abbreviation_end(text, m.start()):
            continue
        return m.end()
    return hi


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]+|\d+", text))


def _first_verb(toks: list[Token], limit: int) -> Verb | None:
    for tok in toks[:limit]:
        verb = speech_verb(tok)
        if verb is not None:
            return verb
    return None


def _lemma_of(verb: Verb) -> str:
    found = parses(verb.token.lower)
    return found[0].normal if found else verb.token.lower


def _last_verb(toks: list[Token]) -> Verb | None:
    for tok in reversed(toks):
        verb = speech_verb(tok)
        if verb is not None:
            return verb
    return None


def _title_before(text: str, lo: int, opening: int) -> bool:
    toks = tokens(text, max(lo, opening - 40), opening)
    if not toks:
        return False
    word = toks[-1].lower

    return word in _TITLE_NOUNS or any(
        p.normal in _TITLE_NOUNS for p in parses(word) if p.pos in ("NOUN", "PRTF")
    )


class QuoteFinder:
    """Classifies every quoted span of one article and resolves its speaker."""

    def __init__(self, body: str, view: str, entities: Entities) -> None:
        self.body = body
        self.text = view
        self.resolver = Resolver(view, entities)
        starts = [0] + [i + 1 for i, c in enumerate(view) if c == "\n"]
        self.ctx = _Context(view, starts)
        self._note_agents()

    def _note_agents(self) -> None:
        """Sentences like "Об этом сообщается на сайте МИД России." name who speaks next."""
        text = self.text
        for para_start in self.ctx.para_starts:
            end = self.ctx.para_end(para_start)
            start = para_start
            while start < end:
                stop = sentence_end(text, start, end)
                sentence = text[start:stop]
                hit = _ATTRIBUTION_SENTENCE.search(sentence)
                if hit is not None and not _QUOTE_MARKS.search(sentence):
                    toks = tokens(text, start + hit.start(), stop)
                    verb = _first_verb(toks, len(toks))
                    found, who = self.resolver.scan(toks, verb, start, stop_early=False)
                    if found and who:
                        self.resolver.add_agent(start, who)
                start = stop
                while start < end and text[start].isspace():
                    start += 1

    def find(self, spans: list[Span]) -> list[tuple[int, Quote]]:
        found: list[tuple[int, Quote]] = []
        last: tuple[int, str | None] | None = None  # (paragraph of the close, speaker)
        self.resolver.set_quoted([(s.open, s.close) for s in spans])
        for span in spans:
            verdict = self._classify(span, last)
            if verdict is None:
                continue
            speaker = verdict.speaker
            quote = self._quote(span, speaker)
            if quote is None:
                continue
            found.append((span.open, quote))
            para_end = self.ctx.para_end(span.close)
            rank = sentence_end(self.text, min(span.close + 1, para_end), para_end)
            self.resolver.remember(span.open, speaker, rank)
            last = (self.ctx.paragraph_of(span.close), speaker)
        return found

    def dialogue(self, taken: list[Span]) -> list[tuple[int, Quote]]:
        """Direct speech without quotation marks: "– Мы готовы, – сказал Лавров." paragraphs."""
        out: list[tuple[int, Quote]] = []
        for number, start in enumerate(self.ctx.para_starts):
            end = self.ctx.para_end(start)
            m = _DIALOGUE.match(self.text, start, end)
            if m is None or any(start <= s.open < end for s in taken):
                continue
            clause_lo = m.end()
            clause_hi = sentence_end(self.text, clause_lo, end)
            verb = _first_verb(tokens(self.text, clause_lo, clause_hi), 3)
            if verb is None:
                continue
            lo, hi = m.start("q"), m.end("q")
            text = self.body[lo:hi].strip()
            if _words(text) == 0:
                continue
            speaker = self.resolver.resolve(clause_lo, clause_hi, verb, lo)
            self.resolver.remember(lo, speaker)
            out.append((lo, Quote(text=text, speaker=speaker, paragraph=number)))
        return out + self._interview_answers(taken, out)

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
        starts = self.ctx.para_starts
        for number in range(1, len(starts)):
            start, prev = starts[number], starts[number - 1]
            end = self.ctx.para_end(start)
            m = _INTERVIEW_LINE.match(self.text, start, end)
            question = _INTERVIEW_LINE.match(self.text, prev, self.ctx.para_end(prev))
            if m is None or question is None or m.start("q") in done:
                continue
            if not self.text[prev : self.ctx.para_end(prev)].rstrip().endswith("?"):
                continue
            if self.text[start:end].rstrip().endswith("?"):
                continue
            if any(start <= s.open < end for s in taken):
                continue
            lo = m.start("q")
            text = self.body[lo:end].strip()
            if text.endswith(".") and not text.endswith(".."):
                text = text[:-1]  # like «…». the closing full stop is not part of the words
            if _words(text) == 0:
                continue
            before = [who for at, who in answered if at < lo]
            speaker = before[-1] if before else next(who for at, who in answered if at > lo)
            out.append((lo, Quote(text=text, speaker=speaker, paragraph=number)))
        return out

    def _quote(self, span: Span, speaker: str | None) -> Quote | None:
        inner = self.body[span.open + 1 : span.close]
        text = inner.strip()
        if not text:
            return None
        return Quote(text=text, speaker=speaker, paragraph=self.ctx.paragraph_of(span.open))

    # The verdict is the speaker (possibly None) wrapped so "not a quote" is distinguishable.
    def _classify(self, span: Span, last: tuple[int, str | None] | None) -> _Verdict:
        text = self.text
        para_lo = self.ctx.para_start(span.open)
        para_hi = self.ctx.para_end(span.close)
        inner = text[span.open + 1 : span.close]
        n_words = _words(inner)
        if n_words == 0:
            return None
        # Context is bounded so a text of thousands of spans in one line stays linear.
        sent_lo = sentence_start(text, max(para_lo, span.open - _CONTEXT), span.open)
        para_hi = min(para_hi, span.close + _CONTEXT)
        before = text[sent_lo : span.open]
        after_lo = span.close + 1
        after = text[after_lo:para_hi]

        starts_sentence = not before.strip(" —–-")
        # A quoted name opens with a capital («Сила Сибири»); "альянса «[должны] увеличить…»"
        # is speech even after a title noun.
        first_letter = next((c for c in inner if c.isalnum()), "")
        titled = not first_letter.islower() and _title_before(text, sent_lo, span.open)
        after_word = before.rstrip()[-1:].isalnum()
        if not starts_sentence and (
            titled or (after_word and n_words <= 3 and inner.strip()[:1].isupper())
        ):
            return None  # "газопровод «Сила Сибири», — отметил Новак": a name, not speech

        # 1. Attribution after the quotation: «…», — заявил Лавров.
        dash = _DASH_AFTER.match(after) or _COMMA_AFTER.match(after)
        if dash is not None:
            clause_lo = after_lo + dash.end()
            clause_hi = sentence_end(text, clause_lo, para_hi)
            toks = tokens(text, clause_lo, clause_hi)
            limit = 5 if _DASH_AFTER.match(after) else 2
            verb = _first_verb(toks, limit)
            if verb is not None:
                return _Found(self.resolver.resolve(clause_lo, clause_hi, verb, span.open))

        stripped = before.rstrip()
        toks_before = tokens(text, sent_lo, span.open)
        ends_sentence = not after.strip() or after.lstrip()[:1] in ".!?…;"

        # 2. A colon before it: Лавров заявил: «…»
        if stripped.endswith(":"):
            verb = _last_verb(toks_before)
            if verb is not None:
                return _Found(self.resolver.resolve(sent_lo, span.open, verb, span.open))
            named = [t for t in toks_before if t.text != ":"]
            found, who = self.resolver.scan(
                list(reversed(named)), None, span.open, stop_early=False
            )
            if not found:  # "Глава Минфина Антон Силуанов, впрочем, был осторожнее: «…»"
                found, who = self.resolver.scan(named, None, span.open, stop_early=True)
            if found or n_words >= 3:
                return _Found(who)
            return None

        # 3. "по словам X, «…»" and "по его словам, «…»".
        po = None
        for hit in _PO_SLOVAM.finditer(text, sent_lo, span.open):
            po = hit
        if po is not None and (n_words >= 3 or ends_sentence):
            clause_hi = text.find(",", po.end(), span.open)
            clause_hi = span.open if clause_hi < 0 else clause_hi
            found, who = self.resolver.scan(
                tokens(text, po.start() + 2, clause_hi), None, span.open, stop_early=True
            )
            return _Found(who if found else None)

        # 4. "Как отметил министр, «…»": the clause names the speaker.
        as_said = _AS_SAID.search(before)
        if as_said is not None and n_words >= 2:
            lo = sent_lo + as_said.start(1)
            hi = sent_lo + as_said.end(1)
            clause = tokens(text, lo, hi)
            verb = _first_verb(clause, 3)
            if verb is not None and _lemma_of(verb) not in _RELAY_VERBS:
                return _Found(self.resolver.resolve(lo, hi, verb, span.open))

        # 5. "Как передает ТАСС, «…»": the outlet relays who spoke before.
        if _AS_REPORTS.search(before) and n_words >= 3:
            agent = next(
                (
                    who
                    for at, who in reversed(self.resolver.agents)
                    if at < span.open and not _MEDIA.fullmatch(who)
                ),
                None,
            )
            if agent is None:
                found, agent = self.resolver.scan(toks_before, None, span.open, stop_early=False)
            return _Found(agent)

        # 5b. "Как сообщил Ушаков, встреча «может состояться…».": a person (never an outlet)
        # named in a sentence-opening "Как …," clause owns the quotation closing the sentence.
        opening = _AS_OPENING.match(before)
        if opening is not None and ends_sentence and not titled and n_words >= 3:
            lo, hi = sent_lo + opening.start(1), sent_lo + opening.end(1)
            verb = _first_verb(tokens(text, lo, hi), 3)
            if verb is not None:
                who = self.resolver.resolve(lo, hi, verb, span.open)
                if who is not None and not _MEDIA.fullmatch(who):
                    return _Found(who)
                if first_letter.islower():  # "Как заявил источник, переговоры «зашли в тупик»"
                    return _Found(None)

        # 6. Speech embedded after "сказал, что …": он сказал, что в Кремле «…».
        # A short quotation counts too when it opens lowercase: a fragment of speech
        # ("заявили, что ответ будет «взвешенным и адекватным»"), never a quoted name.
        loose = n_words >= _MIN_LOOSE_WORDS or (n_words >= 3 and first_letter.islower())
        if loose and ends_sentence and not titled:
            for k in range(len(toks_before) - 1, -1, -1):
                verb = speech_verb(toks_before[k])
                if verb is None or verb.impersonal:
                    continue
                if any(t.lower in _THAT for t in toks_before[k + 1 :]):
                    that = next(t for t in toks_before[k + 1 :] if t.lower in _THAT)
                    return _Found(self.resolver.resolve(sent_lo, that.start, verb, span.open))
                break

        # 7. A quotation interrupted by its attribution: «Мы готовы, — сказал он, — к диалогу».
        cut = _INTERRUPTION.search(inner)
        if cut is not None:
            lo = span.open + 1 + cut.start(1)
            hi = span.open + 1 + cut.end(1)
            verb = _first_verb(tokens(text, lo, hi), 3)
            if verb is not None:
                return _Found(self.resolver.resolve(lo, hi, verb, span.open))

        # 8. A quotation that is a sentence of its own.
        inner_final = inner.rstrip()[-1:] in ".!?…"
        if (
            starts_sentence
            and (ends_sentence or inner_final)
            and not titled
            and (n_words >= _MIN_LOOSE_WORDS or (inner_final and n_words >= 2))
        ):
            here = self.ctx.paragraph_of(span.open)
            previous = self._previous_sentence_speaker(para_lo, sent_lo, span.open)
            if previous is None:
                previous = self._next_sentence_speaker(span.close, para_hi)
            if previous is None and last is not None and here - last[0] <= 1:
                return _Found(last[1])
            return _Found(previous)
        return None

    def _next_sentence_speaker(self, close: int, para_hi: int) -> str | None:
        """ "«…». Так прокомментировал ситуацию Лавров.": the speaker named right after."""
        lo = close + 1
        while lo < para_hi and (self.text[lo] in ".!?… "):
            lo += 1
        if lo >= para_hi and para_hi < len(self.text):  # "«…»\nОб этом заявил Лавров."
            lo = para_hi + 1
            para_hi = self.ctx.para_end(lo)
        hi = sentence_end(self.text, lo, para_hi)
        if not _SO_SAID.match(self.text, lo, hi):
            return None
        toks = tokens(self.text, lo, hi)
        verb = _first_verb(toks, 5)
        return self.resolver.resolve(lo, hi, verb, close) if verb is not None else None

    def _previous_sentence_speaker(self, para_lo: int, sent_lo: int, pos: int) -> str | None:
        """ "Об этом заявил Лавров. «…»": the speaker named in the sentence just before."""
        lo = para_lo
        hi = sent_lo
        if hi <= para_lo:  # the quotation opens its paragraph: look at the previous one
            if para_lo == 0:
                return None
            hi = para_lo - 1
            lo = self.ctx.para_start(hi)
            if not self.text[lo:hi].rstrip().endswith(":"):
                return None
        prev_lo = sentence_start(self.text, lo, max(lo, hi - 1))
        toks = tokens(self.text, prev_lo, hi)
        verb = _last_verb(toks)
        if verb is None:
            return None
        return self.resolver.resolve(prev_lo, hi, verb, pos)


@dataclass(frozen=True, slots=True)
class _Found:
    speaker: str | None


_Verdict = _Found | None


def find_quotes(
    body: str, view: str, entities: Entities, spans: list[Span] | None = None
) -> list[Quote]:
    """Every direct quotation of `body` (paragraphs joined by newlines), found on `view`."""
    marked = find_spans(view) if spans is None else spans
    finder = QuoteFinder(body, view, entities)
    found = finder.find(marked) + finder.dialogue(marked)
    return [quote for _, quote in sorted(found, key=lambda pair: pair[0])]
