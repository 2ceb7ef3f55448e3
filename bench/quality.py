"""Quality of the analysis against labelled gold: quotations, speakers, summaries.

    .venv/bin/python -m bench.quality FILE [FILE...]

Each FILE is JSONL, one labelled news text a line, in the shape of
../shared/examples/news-gold-A.jsonl: `id`, `text`, `quotes` [{`text`, `speaker`}], `summary`.
Every text goes through the real pipeline (`bot.content.pipeline.analyze`); the figures are:

- quotes: precision / recall / F1. A found quote matches a gold quote when their word sets
  have Jaccard similarity ≥ 0.8; matching is one-to-one, best pairs first.
- speakers: right of the matched quotes, and right of ALL gold quotes (a missed quote counts
  as a wrong speaker there: this is the figure a reader feels).
- wrong: matched quotes given a NAMED speaker that is not the gold one. An unknown speaker
  (None) is never "wrong", only not right: saying nothing beats naming the wrong minister.
- summary: ROUGE-1 F1 (×100, lower-cased words, unstemmed) against the reference summary,
  and the count of malformed summaries (a dateline or agency prefix, a question, an
  unbalanced quotation mark, over 1024 characters).

Speaker comparison (`same_speaker`): case, ё/е, quotation marks, spacing and the kind of hyphen
(«Диас-Канель» typed with a non-breaking hyphen U+2011 or U+2010 is one name) are ignored, and a
one-word name equals a longer name with that last word ("Захарова" = "Мария Захарова"), since
the labelling rule is "the fullest form the text gives" and a text may only give the surname.
Two names of a body are one speaker when both name, whole, the same canonical body through the
analysis' own alias table (`bot.content.entities.find_orgs`, the one definition of that mapping):
"МИД РФ" = "МИД России", "Госдеп США" = "Госдепартамент США", "Министерство финансов США" =
"Минфин США", since labellers may write a body as the text gives it while the analysis names it
canonically. A body's press service is the body ("Пресс-служба МИД РФ", "Центр общественных связей
ФСБ"). A state's mission named bare is that state's mission named with its place ("Посольство РФ"
= "Посольство России в Токио"), never one in another place. A ministry named bare ("Минобороны",
"Минфин", "ФСБ") is Russia's by the journal's usage, as the analysis reads it alone (`find_orgs`),
so it is its Russian canonical name ("Минобороны" = "Минобороны России"), never another country's;
a part of a body ("Бюро Госдепартамента по делам Европы") and a name the table does not know
("Государственный департамент") stay different. Persons get no other leniency: a patronymic left
in the name is a different name.

The malformed-summary checks are the judge's own, deliberately independent of the product's
cleaning rules, so a regression in those rules shows up here.

The last line is `f1 <x> speakers <x> wrong <n> rouge1 <x>` over all the files given
(speakers = right of all gold quotes).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from bot.content.balance import balanced
from bot.content.entities import find_orgs
from bot.content.lexicon import SPEAKING_UNIT, STATE_NAMES
from bot.content.mentions import UNKNOWN_BODY
from bot.content.pipeline import analyze

MATCH_JACCARD = 0.8
MAX_SUMMARY = 1024
_WORD = re.compile(r"\w+")
_PRESS_SERVICE = re.compile(rf"(?:{SPEAKING_UNIT})\s+", re.IGNORECASE)
_DATELINE = re.compile(
    r"^\s*(?:[А-ЯЁA-Z][А-ЯЁA-Z .-]{2,}, \d{1,2} [а-яё]+(?: \d{4})?(?: г\.)?\s*[—–-]"
    r"|[A-ZА-ЯЁ.]{3,}\.(?:RU|РУ|COM)\s*[—–-]"
    r"|.{0,40}/(?:корр\. )?(?:ТАСС|РИА Новости|Интерфакс)[^/]{0,20}/"
    r"|[—–-]?\s*(?:РИА Новости|ТАСС|Интерфакс|ПРАЙМ|RT)\.\s)"
)


def words(text: str) -> frozenset[str]:
    return frozenset(w.lower().replace("ё", "е") for w in _WORD.findall(text))


def jaccard(a: str, b: str) -> float:
    x, y = words(a), words(b)
    if not x and not y:
        return 1.0
    return len(x & y) / len(x | y)


def _norm_name(name: str) -> list[str]:
    cleaned = re.sub(r"[«»\"“”„]", " ", name.lower().replace("ё", "е"))
    return re.sub("[\u2010\u2011]", "-", cleaned).split()


def same_speaker(got: str | None, gold: str | None) -> bool:
    """Whether a found speaker names the gold one (rule in the module docstring)."""
    if got is None or gold is None:
        return got is None and gold is None
    a, b = _norm_name(got), _norm_name(gold)
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == 1 and len(long_) >= 2 and long_[-1] == short[0]:
        return True
    body, gold_body = canonical_body(got), canonical_body(gold)
    if body is None or gold_body is None:
        return False
    return body == gold_body or _one_mission(body, gold_body)


_MISSION = re.compile(r"^(Посольство|Генконсульство|Консульство|Постпредство) (.+?)(?: в (.+))?$")


def _one_mission(a: str, b: str) -> bool:
    """Whether two canonical bodies are one state's mission, one of them named without its
    place («Посольство РФ» = «Посольство России в Токио»): the surname rule for bodies, since a
    text may name the embassy by its place once and bare after. Two places stay different."""
    ma, mb = _MISSION.match(a), _MISSION.match(b)
    if ma is None or mb is None or ma[1] != mb[1]:
        return False
    if ma[3] is not None and mb[3] is not None:
        return False
    return STATE_NAMES.get(ma[2], ma[2]) == STATE_NAMES.get(mb[2], mb[2])


@cache
def canonical_body(name: str) -> str | None:
    """The canonical body a speaker's name names whole ("МИД РФ" → "МИД России"), a press
    service standing for its body, a bare ministry its Russian one («Минобороны» →
    «Минобороны России»: labellers write it so, by the journal's usage); None for a person, a
    part of a body or a name the alias table does not know — those compare only as written."""
    name = " ".join(name.split())
    service = _PRESS_SERVICE.match(name)
    rest = name[service.end() :] if service else name
    mentions = find_orgs(rest)
    if len(mentions) != 1 or mentions[0].start != 0 or not _whole(rest, mentions[0].end):
        return None
    return mentions[0].org if mentions[0].org != UNKNOWN_BODY else None


def _whole(name: str, end: int) -> bool:
    """Whether a mention ending at `end` covers `name` whole: up to its end, or up to a Russian
    state after it, which the analysis leaves out of a Russian ministry's mention («Минфин
    России» is found as «Минфин», then named «Минфин России»)."""
    tail = name[end:].strip()
    return not tail or STATE_NAMES.get(tail) == "России"


def match(found: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
    """One-to-one (found index, gold index) pairs at Jaccard ≥ 0.8, best pairs first."""
    pairs = sorted(
        (
            (-jaccard(f, g), fi, gi)
            for fi, f in enumerate(found)
            for gi, g in enumerate(gold)
            if jaccard(f, g) >= MATCH_JACCARD
        ),
    )
    used_f: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for _score, fi, gi in pairs:
        if fi not in used_f and gi not in used_g:
            used_f.add(fi)
            used_g.add(gi)
            out.append((fi, gi))
    return sorted(out, key=lambda p: p[1])


def _grams(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = [w.lower() for w in _WORD.findall(text)]
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge(candidate: str, reference: str, n: int = 1) -> float:
    """ROUGE-n F1 (0..1) over lower-cased words, unstemmed: the project's one definition.

    Unstemmed because that is how issue 10's bar (ROUGE-1 ≥ 50) was measured; this
    definition reproduces its figures for sets A and B exactly (51.2, 50.5)."""
    got, ref = _grams(candidate, n), _grams(reference, n)
    overlap = sum((got & ref).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def malformed(text: str) -> list[str]:
    """Why a summary is unfit to publish, as short reasons (empty when it is fine)."""
    reasons = []
    if _DATELINE.search(text):
        reasons.append("dateline")
    if "?" in text:
        reasons.append("question")
    if not balanced(text):
        reasons.append("unbalanced")
    if len(text) > MAX_SUMMARY:
        reasons.append("too long")
    return reasons


@dataclass(slots=True)
class Score:
    """Counts over any number of texts; the rates are derived."""

    found: int = 0
    gold: int = 0
    matched: int = 0
    right: int = 0
    wrong: int = 0
    texts: int = 0
    rouge_sum: float = 0.0
    malformed: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("found", "gold", "matched", "right", "wrong", "texts", "malformed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rouge_sum += other.rouge_sum

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speakers_matched(self) -> float:
        return self.right / self.matched if self.matched else 1.0

    @property
    def speakers_all(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    @property
    def rouge1(self) -> float:
        return 100 * self.rouge_sum / self.texts if self.texts else 0.0


def score_item(item: dict[str, Any]) -> Score:
    """Score one labelled text; `notes` say what went wrong, one line each."""
    analysis = analyze(item["text"])
    got = [(q.text, q.speaker) for q in analysis.quotes]
    gold = [(q["text"], q.get("speaker")) for q in item.get("quotes", [])]
    pairs = match([t for t, _ in got], [t for t, _ in gold])
    s = Score(found=len(got), gold=len(gold), matched=len(pairs), texts=1)
    ident = item.get("id", "?")
    for fi, gi in pairs:
        speaker, want = got[fi][1], gold[gi][1]
        if same_speaker(speaker, want):
            s.right += 1
        elif speaker is not None:
            s.wrong += 1
            s.notes.append(f"  WRONG  {ident}: {speaker!r} for {want!r}: {gold[gi][0][:60]!r}")
        else:
            s.notes.append(f"  NONE   {ident}: want {want!r}: {gold[gi][0][:60]!r}")
    for gi in sorted(set(range(len(gold))) - {g for _, g in pairs}):
        s.notes.append(f"  MISSED {ident}: {gold[gi][1]!r}: {gold[gi][0][:70]!r}")
    for fi in sorted(set(range(len(got))) - {f for f, _ in pairs}):
        s.notes.append(f"  EXTRA  {ident}: {got[fi][1]!r}: {got[fi][0][:70]!r}")
    s.rouge_sum = rouge(analysis.summary, item.get("summary", ""))
    bad = malformed(analysis.summary)
    if bad:
        s.malformed = 1
        s.notes.append(f"  SUMMARY {ident}: {', '.join(bad)}: {analysis.summary[:80]!r}")
    return s


def load(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def report(name: str, s: Score) -> str:
    return (
        f"{name}: {s.texts} texts, {s.gold} gold quotes, {s.found} found\n"
        f"  quote F1 {s.f1:.3f} (P {s.precision:.3f} / R {s.recall:.3f})\n"
        f"  speaker right: {s.speakers_matched:.3f} of matched, {s.speakers_all:.3f} of all gold; "
        f"wrong named {s.wrong} ({s.wrong / s.matched if s.matched else 0:.1%} of matched)\n"
        f"  summary ROUGE-1 {s.rouge1:.1f}; malformed {s.malformed}"
    )


def score_files(paths: Iterable[Path], *, verbose: bool, out: Any = None) -> Score:
    out = out or sys.stdout
    total = Score()
    for path in paths:
        per_file = Score()
        for item in load(path):
            item_score = score_item(item)
            per_file.add(item_score)
            if verbose:
                for note in item_score.notes:
                    print(note, file=out)
        print(report(path.name, per_file), file=out)
        total.add(per_file)
    return total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every error")
    args = parser.parse_args(argv)
    for path in args.files:
        if not path.is_file():
            print(f"bench.quality: no such file: {path}", file=sys.stderr)
            return 2
    try:
        total = score_files(args.files, verbose=args.verbose)
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        print(f"bench.quality: not a gold JSONL file: {exc}", file=sys.stderr)
        return 2
    if len(args.files) > 1:
        print(report("all", total))
    print(
        f"f1 {total.f1:.3f} speakers {total.speakers_all:.3f} "
        f"wrong {total.wrong} rouge1 {total.rouge1:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
