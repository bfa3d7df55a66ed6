"""Benchmark: language identification (contrasta.ingest.lang) on real text.

    .venv/bin/python bench/language.py

Data in ../shared/eval (`CONTRASTA_EVAL` overrides it), read at run time:

- SemEval-2022 task 8 pairs (pairs-dev.csv): every side carries its language (es, en, it).
  Rows marked `augmented` hold a machine translation on one side, so they are counted apart.
  One "en" side is Hindi: no language is the right answer there. The title line of the
  sides that have one is scored as a short text.
- FakeDeS test set (test.xlsx, needs openpyxl): all Spanish; the article TEXT, and the
  HEADLINE as a short text.
- The article-extraction pages (no labels): the languages found in contrasta's cleaned text,
  and how often they agree with the page's own `<html lang>` where it has one.

For labelled text it prints, per language, how many got the right language, none (None:
too short or unclear) and a wrong one: a wrong language is worse than none. The cost: CPU
seconds and memory of the first calls (they load the models) and CPU milliseconds per
article after them.
"""

from __future__ import annotations

import resource
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import evaldata  # noqa: E402

from contrasta.ingest.lang import guess_language  # noqa: E402

PARAGRAPH = (
    "El Ayuntamiento aprobó este martes un plan de emergencia para la cuenca del río, según "
    "informó la concejala de Medio Ambiente en una rueda de prensa celebrada en la capital. "
)


@dataclass
class Tally:
    """Right, none and wrong answers against a known language, per language."""

    right: Counter = field(default_factory=Counter)
    none: Counter = field(default_factory=Counter)
    wrong: Counter = field(default_factory=Counter)
    wrong_as: Counter = field(default_factory=Counter)

    def add(self, expected: str, found: str | None) -> None:
        if found == expected:
            self.right[expected] += 1
        elif found is None:
            self.none[expected] += 1
        else:
            self.wrong[expected] += 1
            self.wrong_as[f"{expected}->{found}"] += 1

    def total(self, counter: Counter) -> int:
        return sum(counter.values())

    @property
    def count(self) -> int:
        return self.total(self.right) + self.total(self.none) + self.total(self.wrong)

    @property
    def accuracy(self) -> float:
        return self.total(self.right) / self.count if self.count else 0.0

    @property
    def wrong_rate(self) -> float:
        return self.total(self.wrong) / self.count if self.count else 0.0

    def lines(self) -> list[str]:
        out = [
            f"    all  {self.count:4d} texts: right {self.accuracy:.3f}, none "
            f"{self.total(self.none) / self.count:.3f}, wrong {self.wrong_rate:.3f}"
        ]
        for lang in sorted(self.right | self.none | self.wrong):
            n = self.right[lang] + self.none[lang] + self.wrong[lang]
            out.append(
                f"    {lang:<4} {n:4d} texts: right {self.right[lang]}, none {self.none[lang]}, "
                f"wrong {self.wrong[lang]}"
            )
        if self.wrong_as:
            out.append(
                "    wrong: " + ", ".join(f"{k} {v}" for k, v in self.wrong_as.most_common())
            )
        return out


def semeval_sides(augmented: bool) -> list[tuple[str, str]]:
    """(language, text) of every side of the pairs with or without a machine translation."""
    rows = [r for r in evaldata.semeval_rows() if (r["augmented"] == "1") == augmented]
    return [(r[f"lang{side}"], r[f"text{side}"]) for r in rows for side in (1, 2)]


def semeval_titles() -> list[tuple[str, str]]:
    """(language, title) of the sides whose text opens with a title line (a line break in
    the first 300 characters); the rest run title and body together."""
    return [
        (lang, text.split("\n", 1)[0])
        for augmented in (False, True)
        for lang, text in semeval_sides(augmented)
        if "\n" in text[:300]
    ]


def headlines_and_texts() -> list[tuple[str, str]]:
    """(headline, text) of the FakeDeS test set."""
    return [(str(r["HEADLINE"] or ""), str(r["TEXT"] or "")) for r in evaldata.fakedes_rows()]


def tally(labelled: Iterable[tuple[str, str]]) -> Tally:
    found = Tally()
    for lang, text in labelled:
        found.add(lang, guess_language(text))
    return found


def pages_report() -> list[str]:
    """Languages found in the cleaned text of the article-extraction pages, and agreement
    with each page's `<html lang>` (its site's declaration, a weak label)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from extraction import load_pages

    from contrasta.errors import InputError
    from contrasta.ingest import read_bytes
    from contrasta.prepare import prepare

    found: Counter = Counter()
    agree = disagree = abstain = 0
    mismatches: Counter = Counter()
    for _, data, _ in load_pages():
        try:
            raw = next(read_bytes("page.html", data, ".html"))
            article = prepare(raw)
        except InputError:
            continue
        guess = guess_language(article.text)
        found[guess or "none"] += 1
        if raw.lang:
            declared = raw.lang.lower()[:2]
            if guess is None:
                abstain += 1
            elif guess == declared:
                agree += 1
            else:
                disagree += 1
                mismatches[f"{declared}->{guess}"] += 1
    return [
        "    found: " + ", ".join(f"{k} {v}" for k, v in found.most_common()),
        f"    pages declaring <html lang>: agree {agree}, none {abstain}, differ {disagree}"
        + (
            " (" + ", ".join(f"{k} {v}" for k, v in mismatches.most_common()) + ")"
            if mismatches
            else ""
        ),
    ]


def _first_call(text: str) -> str:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    guess_language(text)
    cpu = time.process_time() - started
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss) / 1024
    return f"{cpu:.2f} CPU-s, +{grown:.0f} MB peak memory"


def main() -> None:
    # lingua loads its models on demand: an article needs only trigrams, a headline
    # (under 120 characters) all the n-gram sizes.
    article = PARAGRAPH * 3
    print(f"first article-length text: {_first_call(article)}")
    print(f"first short text after it: {_first_call('El Gobierno aprueba el plan de emergencia')}")

    if evaldata.SEMEVAL.exists():
        for augmented in (False, True):
            sides = semeval_sides(augmented)
            label = "with a machine-translated side" if augmented else "original text only"
            print(f"\nSemEval-2022 task 8 pairs, {label}")
            print("\n".join(tally(sides).lines()))
        print("\nSemEval-2022 task 8 titles (short text)")
        print("\n".join(tally(semeval_titles()).lines()))
    else:
        print(f"\n(no SemEval pairs at {evaldata.SEMEVAL})")

    reason = evaldata.missing(evaldata.FAKEDES, xlsx=True)
    if reason is None:
        rows = headlines_and_texts()
        texts = [("es", text) for _, text in rows if text.strip()]
        started = time.process_time()
        result = tally(texts)
        per_text = (time.process_time() - started) / len(texts)
        print("\nFakeDeS test set, article text (all Spanish)")
        print("\n".join(result.lines()))
        print(
            f"    {per_text * 1000:.2f} CPU-ms per article "
            f"(median {sorted(len(t) for _, t in texts)[len(texts) // 2]} characters)"
        )
        print("\nFakeDeS test set, headlines (short text)")
        print("\n".join(tally(("es", h) for h, _ in rows if h.strip()).lines()))
    else:
        print(f"\n({reason})")

    if evaldata.PAGES.is_dir():
        print("\narticle-extraction pages (no labels; mostly English)")
        print("\n".join(pages_report()))


if __name__ == "__main__":
    main()
