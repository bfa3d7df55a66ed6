"""Real article texts for the noisy-scrape bench: a headline and its body paragraphs.

Read at run time from ../shared/eval (never copied into the repository). Two sets:

- FakeDeS (`spanish-fake-news/*.xlsx`): Headline + Text, the text split at its line breaks.
  Many texts repeat the headline as their first line (or glue it to the first sentence);
  that copy is cut so the headline is stated once. `*NUMBER*` masks (train and
  development files) become plain numbers so the text reads like a page.
- SemEval-2022 task 8 (`pairs-dev.csv`), the Spanish sides of the es-es pairs (the es-en
  and es-it rows carry that team's machine translations). Each text is title and body flattened into
  one line, cut at about a thousand characters. Only texts whose title boundary is marked
  are used: two spaces or a line break after the title, or the title repeated verbatim.
  The body is split at those marks and into sentences, the sentences are grouped into
  paragraphs of at least 40 words, and the sentence left unfinished by the cut is dropped.

A text that already carries page furniture of the kinds the bench adds (a photo credit,
a "Lee también", a share line…) is left out, so that every paragraph of the truth is
article text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import evaldata
from noisy_forms import MONTHS, looks_like_furniture

PARAGRAPH_WORDS = 40
MIN_BODY_WORDS = 40
NEAR_COPY = 0.7  # share of words in common that makes a line a copy
NUMBER_MASK = re.compile(r"\*NUMBER\*")
DAY_OF_MONTH = re.compile(r" de (" + "|".join(MONTHS) + ")", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=[¿¡«“\"A-ZÁÉÍÓÚÑ0-9])")
FINISHED = re.compile(r"[.!?…»”\")]$")
TITLE_MARK = re.compile(r"\S( {2,}|\n)")
BREAK = re.compile(r" {2,}|\n+")


@dataclass(frozen=True)
class Source:
    """One real article: where it comes from, its headline and its body paragraphs."""

    id: str
    set: str
    title: str
    paragraphs: tuple[str, ...]


def _squash(text: str) -> str:
    return " ".join(text.split())


def _unmask(text: str, seed: int) -> str:
    """Replace each `*NUMBER*` by a number that depends only on its place, so runs agree;
    a day of the month stays within 1-28, a clock time gets an hour and minutes."""
    count = iter(range(1_000_000))

    def number(match: re.Match) -> str:
        value = seed * 31 + next(count) * 17
        if DAY_OF_MONTH.match(text, match.end()):
            return str(value % 28 + 1)
        if text[match.end() : match.end() + 1] == ":":
            return str(value % 23 + 1)
        if text[match.start() - 1 : match.start()] == ":":
            return f"{value % 60:02d}"
        return str(value % 97 + 2)

    return NUMBER_MASK.sub(number, text)


def _words(text: str) -> set[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return set(re.findall(r"\w+", "".join(c for c in decomposed if not unicodedata.combining(c))))


def _without_headline(title: str, lines: list[str]) -> list[str]:
    """Drop the headline copy many texts open with: whole, glued to the lead, or in another
    case and spelling (the page's own heading above its text)."""
    if not lines:
        return lines
    first = lines[0]
    if first.startswith(title + " "):
        return [first[len(title) :].strip(), *lines[1:]]
    mine, theirs = _words(first), _words(title)
    if mine and len(mine & theirs) / len(mine | theirs) >= NEAR_COPY:
        return lines[1:]
    return lines


def _once(lines: list[str]) -> list[str]:
    """A paragraph the text already gave (a standfirst reprinted as the lead, a block
    pasted twice) is kept once: same words, compared before unmasking."""
    kept: list[tuple[str, set[str]]] = []
    for line in lines:
        words = _words(line)
        if not any(
            line.casefold() == seen.casefold()
            or (words and len(words & other) / len(words | other) >= NEAR_COPY)
            for seen, other in kept
        ):
            kept.append((line, words))
    return [line for line, _ in kept]


def _usable(title: str, paragraphs: list[str]) -> bool:
    words = sum(len(p.split()) for p in paragraphs)
    return (
        3 <= len(title.split()) <= 40
        and words >= MIN_BODY_WORDS
        and not looks_like_furniture(title)
        and not any(looks_like_furniture(p) for p in paragraphs)
    )


def fakedes() -> Iterator[Source]:
    seen: set[str] = set()
    for name in evaldata.FAKEDES_FILES:
        for row in evaldata.fakedes_rows(name):
            if not row["HEADLINE"] or not row["TEXT"]:
                continue
            number = int(row["ID"])
            title = _squash(_unmask(str(row["HEADLINE"]), number))
            lines = _once([_squash(line) for line in str(row["TEXT"]).splitlines() if line.strip()])
            unmasked = [_unmask(line, number * 1000 + i) for i, line in enumerate(lines)]
            paragraphs = _without_headline(title, unmasked)
            if title.casefold() in seen or not _usable(title, paragraphs):
                continue
            seen.add(title.casefold())
            yield Source(f"fakedes:{name}:{number}", "fakedes", title, tuple(paragraphs))


def _split_title(text: str) -> tuple[str, str] | None:
    """Title and body of a flattened SemEval text, when the boundary is marked."""
    text = text.strip()
    mark = TITLE_MARK.search(text)
    if mark and mark.start() < 300:
        return text[: mark.start() + 1], text[mark.end() :]
    words = text.split()
    for n in range(3, min(40, len(words) // 2)):
        if words[:n] == words[n : 2 * n]:
            title = " ".join(words[:n])
            rest = text[text.index(title) + len(title) :].lstrip()
            return title, rest[len(title) :]
    return None


def _paragraphs(body: str) -> list[str]:
    """Sentences grouped into paragraphs of PARAGRAPH_WORDS or more, within marked breaks;
    a break inside a sentence is joined, and the sentence left unfinished by the cut goes."""
    segments: list[str] = []
    for piece in (_squash(s) for s in BREAK.split(body) if s.strip()):
        if segments and not FINISHED.search(segments[-1]):
            segments[-1] = f"{segments[-1]} {piece}"
        else:
            segments.append(piece)
    if segments and not FINISHED.search(segments[-1]):
        segments[-1] = " ".join(SENTENCE_END.split(segments[-1])[:-1])
    paragraphs: list[str] = []
    for segment in filter(None, segments):
        group: list[str] = []
        for sentence in SENTENCE_END.split(segment):
            group.append(sentence)
            if len(" ".join(group).split()) >= PARAGRAPH_WORDS:
                paragraphs.append(" ".join(group))
                group = []
        if group:
            paragraphs.append(" ".join(group))
    return paragraphs


def semeval() -> Iterator[Source]:
    seen: set[str] = set()
    for row, side, text in evaldata.semeval_spanish():
        if row["augmented"] != "0" or text in seen:
            continue
        seen.add(text)
        split = _split_title(text)
        if split is None:
            continue
        title = _squash(split[0])
        body = _without_headline(title, _once(_paragraphs(split[1])))
        if _usable(title, body):
            yield Source(f"semeval:{row['pair_id']}:{side}", "semeval", title, tuple(body))


def load_sources() -> list[Source]:
    return [*fakedes(), *semeval()]
