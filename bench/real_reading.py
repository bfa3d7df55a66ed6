"""Benchmark: quotes, speakers and dates on real Spanish news annotated by hand (bench/real/).

    PYTHONPATH=. .venv/bin/python bench/real_reading.py [--split dev|heldout] [--json]
        [--first N | --last N] [--no-misses] [--set es|en] [--i-am-the-lead]
        [--stories RUN_DB|recorded [--record-stories]]

Each annotated article (a FakeDeS test row or the Spanish side of a SemEval es-es pair,
read from ../shared/eval at run time; the annotations hold only offsets and short values)
is read the way contrasta reads any article: a RawDocument through prepare, then
find_quotes and find_dates on the cleaned text. Gold spans are mapped into the cleaned text
by finding the annotated words there, since cleaning may drop or strip lines.

Quotes: a found quote is right when it covers the same words as a gold quote (whitespace
and edge punctuation aside), and right with its speaker when the speaker also matches,
case- and accent-insensitively (an unattributed gold quote wants no speaker). Speakers are
also scored apart from finding quotes, on the quotes found: precision is how many of the
speakers given are right (a wrong name is worse than none), recall how many of the speakers
the annotation wants are given right. Dates: a gold
expression is right when a found mention overlapping it has the same value at the same
precision ("2020-12-04", "2020-12", "2020"), or, for an expression that must stay
unresolved, when nothing resolved lies there; resolved mentions where no gold date is are
counted as false positives. Beside the real-text figures it prints the example-corpus ones
(bench/reading_quotes.py and bench/reading_dates.py of the contrasta being measured).

The split is fixed (bench/real/README.md): tune on dev only; heldout is scored by the lead.
`--first N` / `--last N` score a part of the split in file order (dev's later rounds were
appended at its end, so `--last 20` is the fifth round, folded in at item 23): a round can
tune on the first part and keep the last as a pseudo-held-out part, measured with
`--no-misses` so its misses are not read until the round is over.

`--set en` scores the English set instead (bench/real/en/{dev,heldout}/, README "English":
original-language English sides of the SemEval pairs, drawn by bench/real/en_selection.py),
read as English (the RawDocument says `lang` "en"). A lead-only split (`LEAD_ONLY`: Spanish
heldout20 and heldout21) is refused unless `--i-am-the-lead` is given too; the splits folded
after their scorings (Spanish heldout to heldout19; English heldout, heldout2, heldout3:
README items 78, 87 and 92) are scored by anyone, and may be tuned on.

`--stories RUN_DB` scores the quotes as a user sees them (README item 189): each annotated
article found in a bench/realcorpus.py run's contrasta.db (use a copy) read alone and read
in the story the run placed it in, with the people of the whole story, through the
dossier's own function (`dossier.quotes_in_story`); both figures, how many annotated
articles share a story with others, and each speaker the story changes. `--record-stories`
keeps that run's stories of the split as rows in bench/real/stories.json; `--stories
recorded` reads those stories without the run (the floor test's way).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from inspect import signature
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

import evaldata  # noqa: E402

import contrasta  # noqa: E402
from contrasta.dates import find_dates  # noqa: E402
from contrasta.errors import InputError  # noqa: E402
from contrasta.model import Article, RawDocument  # noqa: E402
from contrasta.prepare import prepare  # noqa: E402
from contrasta.reading.quotes import find_quotes  # noqa: E402

ANNOTATIONS = Path(__file__).resolve().parent / "real"
# set -> where its splits' annotation folders are; the English set's held-out splits are
# scored only with --i-am-the-lead
SETS = {"es": ANNOTATIONS, "en": ANNOTATIONS / "en"}
# each set's splits (the English set has a second held-out split, richer in quotes; the
# Spanish heldout2 and heldout3 are the fifteenth round's, heldout4 and heldout5 the
# sixteenth's, heldout6 and heldout7 the seventeenth's, heldout8 and heldout9 the
# eighteenth's, heldout10 and heldout11 the nineteenth's, heldout12 and heldout13 the
# twentieth's, heldout14 and heldout15 the twenty-first's, heldout16 and heldout17 the
# twenty-second's, heldout18 and heldout19 the twenty-third's, heldout20 and heldout21 the
# twenty-fourth's, from FakeDeS train and development rows, bench/real/README.md items 75,
# 78, 89, 93, 108, 112, 129, 138, 157, 182)
SET_SPLITS = {
    "es": (
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
    ),
    "en": ("dev", "heldout", "heldout2", "heldout3"),
}
SPLITS = tuple(dict.fromkeys(split for splits in SET_SPLITS.values() for split in splits))
# folded after their scorings (README items 78, 87, 92, 101, 110, 119, 121, 127, 136, 146,
# 164, 185): Spanish heldout2 to heldout19, English heldout, heldout2 and heldout3
LEAD_ONLY = {
    ("es", "heldout20"),
    ("es", "heldout21"),
}
QUOTE_GOAL, DATE_GOAL = 0.90, 0.95
EDGE = " \t\n.,;:«»“”\"'‘’"
# the stories of a run that hold the annotated articles, as rows (`--record-stories`): what
# the floor test reads in-story figures with, without a run
STORIES = ANNOTATIONS / "stories.json"
DRAW_POOLS = ("fakedes/train/", "fakedes/development/")


@dataclass
class Source:
    """One annotated article as the data set holds it."""

    key: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None  # None: guessed from the text, as for any article


@dataclass
class Tally:
    quotes_found: int = 0
    quotes_gold: int = 0
    text_right: int = 0
    pair_right: int = 0
    partial_right: int = 0
    speaker_given: int = 0  # matched quotes to which a speaker was given
    speaker_given_right: int = 0
    speaker_wanted: int = 0  # matched quotes whose gold has a speaker
    speaker_wanted_right: int = 0
    how_given: Counter = field(default_factory=Counter)  # speakers given, by `Quote.how`
    how_right: Counter = field(default_factory=Counter)
    dates_gold: int = 0
    dates_right: int = 0
    resolved_gold: int = 0
    resolved_right: int = 0
    false_dates: int = 0
    lost_spans: int = 0
    articles: int = 0
    published_right: int = 0
    by_kind: Counter = field(default_factory=Counter)
    right_by_kind: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


# rows of the corpus -> each one's article and the articles of its story, in the story's order
StoriesOf = Callable[[set[str]], dict[str, tuple[Article, list[Article]]]]


def missing() -> str | None:
    """Why the real-text bench cannot run here, or None when it can."""
    return evaldata.missing(evaldata.FAKEDES, evaldata.SEMEVAL, xlsx=True)


# FakeDeS files besides test.xlsx whose rows annotations may name (by a `file` key)
FAKEDES_OTHER_FILES = ("train", "development")


def counted_splits(listed: str) -> list[str]:
    """The Spanish splits a counting bench (`real_speaker_misses.py`, `real_speaker_wrong.py`)
    is given, comma-separated; it stops when one of them is the lead's or the data is
    missing."""
    splits = [split for split in listed.split(",") if split]
    refused = [split for split in splits if ("es", split) in LEAD_ONLY]
    if refused:
        raise SystemExit(f"lead-only split(s): {', '.join(refused)}")
    if why := missing():
        raise SystemExit(why)
    return splits


def load_sources(which: str = "es") -> dict[str, Source]:
    """Every FakeDeS row and every Spanish SemEval side, by annotation key; for the
    English set every English SemEval side, read as English. A test row's key is
    `fakedes:<id>` (the first fourteen rounds drew test rows only, their entries name no
    file); a train or development row's is `fakedes:<file>:<id>` (the fifteenth round,
    whose entries name their `file`)."""
    sources = {}
    if which == "en":
        for row in evaldata.semeval_rows():
            for side in "12":
                if row[f"lang{side}"] == "en":
                    key = f"semeval:{row['pair_id']}:{side}"
                    sources[key] = Source(key, row[f"text{side}"], lang="en")
        return sources
    for name in ("test", *FAKEDES_OTHER_FILES):
        for row in evaldata.fakedes_rows(name):
            if row["ID"] is None or not row["TEXT"]:
                continue
            key = fakedes_key(row["ID"], name)
            sources[key] = Source(key, row["TEXT"], row["HEADLINE"], row["LINK"], row["SOURCE"])
    for row, side, text in evaldata.semeval_spanish():
        key = f"semeval:{row['pair_id']}:{side}"
        sources[key] = Source(key, text)
    return sources


def fakedes_key(row_id: object, name: str = "test") -> str:
    """The annotation key of FakeDeS row `row_id` of file `name` (test keys name no file)."""
    return f"fakedes:{row_id}" if name == "test" else f"fakedes:{name}:{row_id}"


def article_key(entry: dict) -> str:
    if entry["source"] == "fakedes":
        return fakedes_key(entry["id"], entry.get("file", "test"))
    return f"semeval:{entry['pair_id']}:{entry['side']}"


def annotated_splits(which: str = "es") -> tuple[str, ...]:
    """The splits of a set whose quote and date files exist (a split drawn but not yet
    annotated has none)."""
    return tuple(
        split
        for split in SET_SPLITS[which]
        if all((SETS[which] / split / f"{kind}.json").exists() for kind in ("quotes", "dates"))
    )


def load_annotations(split: str, which: str = "es") -> dict[str, dict]:
    """Quote and date annotations of one split of a set, merged by article key."""
    merged: dict[str, dict] = {}
    for kind in ("quotes", "dates"):
        path = SETS[which] / split / f"{kind}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data["articles"]:
            merged.setdefault(article_key(entry), {}).update(entry)
    return merged


def check(entry: dict, source: Source) -> None:
    """Refuse annotations whose text changed or whose spans are not sane."""
    digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()[:8]
    if digest != entry["sha256_8"] or len(source.text) != entry["chars"]:
        raise SystemExit(f"{source.key}: the data differs from the annotated text")
    for span in [*entry.get("quotes", []), *entry.get("dates", [])]:
        words = source.text[span["start"] : span["start"] + span["length"]]
        if len(words) != span["length"] or not words.strip() or words != words.strip():
            raise SystemExit(f"{source.key}: span at {span['start']} is not sane")


def read(source: Source) -> Article | None:
    raw = RawDocument(
        source=source.key,
        fmt="jsonl",
        text=source.text,
        title=source.title,
        url=source.url,
        outlet=source.outlet,
        lang=source.lang,
    )
    try:
        return prepare(raw)
    except InputError:
        return None


def locate(raw: str, start: int, end: int, cleaned: str) -> tuple[int, int] | None:
    """Where the annotated words are in the cleaned text: the occurrence whose
    surroundings agree most with the annotated one's, or None when cleaning dropped them.
    Words cleaning spaced otherwise (a run's ingest writes a narrow no-break space or a
    double space as one space) are found by their words when found no other way."""
    words = raw[start:end]
    places = []
    at = cleaned.find(words)
    while at >= 0:
        places.append((at, at + len(words)))
        at = cleaned.find(words, at + 1)
    if not places:
        spaced = r"\s+".join(map(re.escape, words.split()))
        places = [(m.start(), m.end()) for m in re.finditer(spaced, cleaned)]
    best, best_score = None, -1
    for at, to in places:
        score = _common(raw[:start][::-1], cleaned[:at][::-1]) + _common(raw[end:], cleaned[to:])
        if score > best_score:
            best, best_score = (at, to), score
    return best


def mapped(raw: str, item: dict, article: Article | None) -> tuple[int, int] | None:
    """An annotated span's place in the cleaned article, or None when it is not there."""
    if article is None:
        return None
    return locate(raw, item["start"], item["start"] + item["length"], article.text)


def _common(a: str, b: str, limit: int = 200) -> int:
    n = 0
    while n < min(limit, len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def same(quote, span: tuple[int, int] | None, text: str) -> bool:
    """A found quote covers an annotated one: same words (whitespace and edge punctuation
    aside) at the same place."""
    if span is None or not (quote.start < span[1] and span[0] < quote.end):
        return False
    return fold(quote.text.strip(EDGE)) == fold(text[span[0] : span[1]].strip(EDGE))


def fold(text: str | None) -> str | None:
    """Case, accents and spacing aside, for comparing speakers and quoted words."""
    if text is None:
        return None
    text = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def iso(mention) -> str | None:
    """A found date as the ISO string of its precision, or None when unresolved."""
    return mention.iso


def matched(
    found: list, raw: str, gold: list, article: Article | None
) -> tuple[list[tuple[object, dict | None]], list[tuple[dict, tuple[int, int] | None]]]:
    """Each quote found, in order, with the first annotated quote still unmatched that it
    covers (`same`), or None; and the annotated quotes left unmatched with their spans in
    the cleaned text (None: lost in cleaning, which no quote can match). The one matching
    of every quotes bench."""
    open_gold = [(item, mapped(raw, item, article)) for item in gold]
    pairs = []
    for quote in found:
        match = next((pair for pair in open_gold if same(quote, pair[1], article.text)), None)
        if match is not None:
            open_gold.remove(match)
        pairs.append((quote, match[0] if match else None))
    return pairs, open_gold


def score_quotes(
    tally: Tally, key: str, raw: str, article: Article | None, gold: list, found: list | None = None
) -> None:
    """Score the quotes `found` in `article` (default: read alone, `find_quotes`)."""
    tally.quotes_gold += len(gold)
    if found is None:
        found = find_quotes(article.text, article.lang) if article else []
    tally.quotes_found += len(found)
    pairs, open_gold = matched(found, raw, gold, article)
    tally.lost_spans += sum(span is None for _, span in open_gold)
    for quote, item in pairs:
        if item is None:
            tally.misses.append(f"{key}: extra quote at {quote.start} ({quote.speaker!r})")
            continue
        tally.text_right += 1
        tally.partial_right += quote.partial == item["partial"]
        right = fold(quote.speaker) == fold(item["speaker"])
        tally.speaker_given += quote.speaker is not None
        tally.speaker_given_right += right and quote.speaker is not None
        tally.speaker_wanted += item["speaker"] is not None
        tally.speaker_wanted_right += right and item["speaker"] is not None
        if quote.speaker is not None:
            tally.how_given[quote.how] += 1
            tally.how_right[quote.how] += right
        if right:
            tally.pair_right += 1
        else:
            tally.misses.append(
                f"{key}: quote at {item['start']} speaker {quote.speaker!r}, "
                f"want {item['speaker']!r}" + (f" (from {quote.how})" if quote.how else "")
            )
    for item, span in open_gold:
        where = "lost in cleaning" if span is None else "not found"
        tally.misses.append(
            f"{key}: quote at {item['start']} ({item['length']} chars, {item['speaker']!r}) {where}"
        )


def score_dates(tally: Tally, key: str, raw: str, article: Article | None, gold: list) -> None:
    # the article's language since reading RULES 84; older trees (scored by the blind
    # scripts with this bench) read dates without it
    lang = {"lang": article.lang} if article and "lang" in signature(find_dates).parameters else {}
    mentions = find_dates(article.text, base=article.published, **lang) if article else []
    covered = []
    for item in gold:
        tally.dates_gold += 1
        tally.by_kind[item["kind"]] += 1
        tally.resolved_gold += item["value"] is not None
        span = mapped(raw, item, article)
        if span is None:
            tally.lost_spans += 1
            got = []
        else:
            covered.append(span)
            got = [iso(m) for m in mentions if m.start < span[1] and span[0] < m.end]
        resolved = [value for value in got if value is not None]
        right = item["value"] in resolved if item["value"] else not resolved
        if right:
            tally.dates_right += 1
            tally.right_by_kind[item["kind"]] += 1
            tally.resolved_right += item["value"] is not None
        else:
            tally.misses.append(
                f"{key}: date at {item['start']} ({item['kind']}) want {item['value']}, "
                f"got {', '.join(map(str, got)) or 'nothing'}"
                + (" (lost in cleaning)" if span is None else "")
            )
    for mention in mentions:
        value = iso(mention)
        if value and not any(mention.start < end and start < mention.end for start, end in covered):
            tally.false_dates += 1
            tally.misses.append(f"{key}: extra date {mention.text!r} -> {value}")


def part(entries: dict[str, dict], first: int | None, last: int | None) -> dict[str, dict]:
    """The first or the last articles of a split in file order (all when neither is given)."""
    keys = list(entries)
    if first is not None:
        keys = keys[:first]
    if last is not None:
        keys = keys[-last:] if last else []
    return {key: entries[key] for key in keys}


def evaluate(
    split: str, first: int | None = None, last: int | None = None, which: str = "es"
) -> dict:
    """Figures on one split of a set of annotated real articles (or its first or last part)."""
    sources = load_sources(which)
    tally = Tally()
    for key, entry in part(load_annotations(split, which), first, last).items():
        source = sources.get(key)
        if source is None:
            raise SystemExit(f"{key}: not in the evaluation data")
        check(entry, source)
        article = read(source)
        tally.articles += 1
        found = article.published.date().isoformat() if article and article.published else None
        if found == entry.get("published"):
            tally.published_right += 1
        else:
            tally.misses.append(f"{key}: publication date {found}, want {entry.get('published')}")
        score_quotes(tally, key, source.text, article, entry.get("quotes", []))
        score_dates(tally, key, source.text, article, entry.get("dates", []))
    return {
        "split": split if which == "es" else f"{which} {split}",
        "articles": tally.articles,
        "published_right": tally.published_right,
        "quote_text": evaldata.prf(tally.text_right, tally.quotes_found, tally.quotes_gold),
        "quote_speaker": evaldata.prf(tally.pair_right, tally.quotes_found, tally.quotes_gold),
        "speaker_precision": [tally.speaker_given_right, tally.speaker_given],
        "speaker_recall": [tally.speaker_wanted_right, tally.speaker_wanted],
        "speakers_by_how": {
            how: [tally.how_right[how], given] for how, given in tally.how_given.most_common()
        },
        "quotes_found": tally.quotes_found,
        "quotes_gold": tally.quotes_gold,
        "partial_agreement": tally.partial_right / tally.text_right if tally.text_right else 0.0,
        "dates": tally.dates_right / tally.dates_gold if tally.dates_gold else 0.0,
        "dates_right": tally.dates_right,
        "dates_gold": tally.dates_gold,
        "dates_resolved_right": tally.resolved_right,
        "dates_resolved_gold": tally.resolved_gold,
        "dates_by_kind": {
            kind: [tally.right_by_kind[kind], count]
            for kind, count in sorted(tally.by_kind.items())
        },
        "date_false_positives": tally.false_dates,
        "spans_lost_in_cleaning": tally.lost_spans,
        "misses": tally.misses,
    }


# The annotated articles read in their stories (`--stories`)


def corpus_row(key: str, source: Source, semeval_rows: dict[str, str]) -> str | None:
    """The row bench/realcorpus.py's corpus holds an annotated article under: "fakedes/FILE/ID",
    or "semeval/PAIR/SIDE" of the first side holding its text (the corpus holds each text
    once)."""
    kind, _, rest = key.partition(":")
    if kind == "fakedes":
        name, _, row_id = rest.rpartition(":")
        return f"fakedes/{name or 'test'}/{row_id}"
    return semeval_rows.get(source.text)


def stories_in_run(db: Path) -> StoriesOf:
    """`StoriesOf` a bench/realcorpus.py run's database: each row's article as the run
    stored it, with the articles of the story the run placed it in, in the story's order."""
    from real_confirmed import article_rows, row_of

    from contrasta.store import open_store

    def found(wanted: set[str]) -> dict[str, tuple[Article, list[Article]]]:
        rows = article_rows(db.parent.parent / "corpus" / "real.jsonl")
        store = open_store(db)
        try:
            by_row = {}
            for article in store.iter_articles():
                row = row_of(article.source, rows)
                if row in wanted:
                    by_row[row] = article
            stories = {}
            for row, article in by_row.items():
                story = store.story_of(article.id)
                ids = story.article_ids if story else [article.id]
                mates = {a.id: a for a in store.get_articles(ids)}
                stories[row] = (article, [mates[i] for i in ids if i in mates])
            return stories
        finally:
            store.close()

    return found


def stories_recorded(name: str) -> StoriesOf:
    """`StoriesOf` the stories `STORIES` records for split `name` ("es dev"): only those
    rows, ingested as the run ingests them (bench/real_confirmed.py `ingested_rows`), each
    with the members its story had in the recorded run; an article in no recorded story
    was alone in its own."""
    from real_confirmed import ingested_rows

    recorded = json.loads(STORIES.read_text(encoding="utf-8"))["splits"][name]

    def found(wanted: set[str]) -> dict[str, tuple[Article, list[Article]]]:
        by_row, _ = ingested_rows(wanted | {row for story in recorded for row in story})
        story_of = {row: story for story in recorded for row in story}
        return {
            row: (by_row[row], [by_row[r] for r in story_of.get(row, [row])])
            for row in wanted
            if row in by_row
        }

    return found


def evaluate_in_stories(split: str, stories_of: StoriesOf, which: str = "es") -> dict:
    """Quote and speaker figures of one split's annotated articles read alone (what their
    stored reading holds: `find_quotes` with no people known) and read in their stories as
    a dossier reads them (`quotes_in_story`, its one function), both on the article text
    the run holds (which the run's cleaning may cut otherwise than `read` alone: how many
    is counted); with each speaker the story changes."""
    from realcorpus import semeval_keyed

    from contrasta.dossier import quotes_in_story

    sources = load_sources(which)
    entries = load_annotations(split, which)
    semeval_rows = {record["text"]: row for row, record in semeval_keyed()}
    rows = {}
    for key, entry in entries.items():
        if key not in sources:
            raise SystemExit(f"{key}: not in the evaluation data")
        check(entry, sources[key])
        rows[key] = corpus_row(key, sources[key], semeval_rows)
    found = stories_of({row for row in rows.values() if row})
    alone, in_story = Tally(), Tally()
    in_story_of: dict[tuple[str, ...], dict[str, list]] = {}
    shared, stories, changes, absent, cleaned_otherwise = 0, set(), [], [], 0
    for key, entry in entries.items():
        if rows[key] not in found:
            absent.append(key)
            continue
        article, story = found[rows[key]]
        own = read(sources[key])
        cleaned_otherwise += own is None or own.text != article.text
        ids = tuple(a.id for a in story)
        if ids not in in_story_of:
            in_story_of[ids] = {a.id: quotes for a, quotes in quotes_in_story(story)}
        if len(story) > 1:
            shared += 1
            stories.add(ids)
        gold = entry.get("quotes", [])
        raw = sources[key].text
        by_itself = find_quotes(article.text, article.lang)
        for tally, quotes in ((alone, by_itself), (in_story, in_story_of[ids][article.id])):
            tally.articles += 1
            score_quotes(tally, key, raw, article, gold, quotes)
        changes += speaker_changes(key, raw, article, gold, by_itself, in_story_of[ids][article.id])
    return {
        "split": split if which == "es" else f"{which} {split}",
        "articles": len(entries),
        "in_run": alone.articles,
        "sharing_a_story": shared,
        "shared_stories": len(stories),
        **{
            name: {
                "quote_speaker": evaldata.prf(t.pair_right, t.quotes_found, t.quotes_gold),
                "speaker_precision": [t.speaker_given_right, t.speaker_given],
                "speaker_recall": [t.speaker_wanted_right, t.speaker_wanted],
                "quotes_found": t.quotes_found,
            }
            for name, t in (("alone", alone), ("in_story", in_story))
        },
        "changes": changes,
        "not_in_run": absent,
        "cleaned_otherwise": cleaned_otherwise,
    }


def speaker_changes(
    key: str, raw: str, article: Article, gold: list, alone: list, in_story: list
) -> list[dict]:
    """The quotes (same offsets both ways) whose speaker the story changes, each with the
    annotated speaker when the quote is an annotated one, and how it fares: "gained" (right
    only in its story), "lost" (right only alone), "wrong" (wrong in its story, and not
    right alone either), or "unannotated" (a quote no annotation covers)."""
    wanted = {id(q): item for q, item in matched(alone, raw, gold, article)[0]}
    by_place = {(q.start, q.end): q for q in in_story}
    changes = []
    for quote in alone:
        other = by_place.get((quote.start, quote.end))
        if other is None or fold(other.speaker) == fold(quote.speaker):
            continue
        item = wanted[id(quote)]
        if item is None:
            fares = "unannotated"
        elif fold(other.speaker) == fold(item["speaker"]):
            fares = "gained"
        elif fold(quote.speaker) == fold(item["speaker"]):
            fares = "lost"
        else:
            fares = "wrong"
        changes.append(
            {
                "article": key,
                "at": quote.start,
                "alone": quote.speaker,
                "in_story": other.speaker,
                "how": other.how,
                "want": item["speaker"] if item else None,
                "fares": fares,
            }
        )
    return changes


def show_in_stories(result: dict) -> None:
    print(
        f"real {result['split']} in their stories: {result['in_run']} of {result['articles']} "
        f"annotated articles in the run, {result['sharing_a_story']} sharing a story with "
        f"other articles ({result['shared_stories']} stories); the run's text of "
        f"{result['cleaned_otherwise']} differs from the bench's reading alone"
    )
    for name in ("alone", "in_story"):
        figures = result[name]
        p, r, f = figures["quote_speaker"]
        (given_right, given), (wanted_right, wanted) = (
            figures["speaker_precision"],
            figures["speaker_recall"],
        )
        print(
            f"  {name.replace('_', ' '):9}  quote + speaker P {p:.3f}  R {r:.3f}  F1 {f:.3f};  "
            f"speakers precision {given_right}/{given}, recall {wanted_right}/{wanted}"
        )
    fares = Counter(change["fares"] for change in result["changes"])
    print(
        f"  speakers the story changes: {len(result['changes'])} ("
        + ", ".join(f"{kind} {fares[kind]}" for kind in ("gained", "lost", "wrong", "unannotated"))
        + ")"
    )
    for change in result["changes"]:
        print(
            f"  {change['fares']}: {change['article']}: quote at {change['at']} "
            f"{change['alone']!r} -> {change['in_story']!r} ({change['how']}), "
            f"want {change['want']!r}"
        )
    for key in result["not_in_run"]:
        print(f"  miss: {key}: not in the run")


def examples() -> dict:
    """Example-corpus figures from the bench scripts beside the contrasta being measured."""
    bench = Path(contrasta.__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench if bench.is_dir() else ROOT / "bench"))
    quotes = importlib.import_module("reading_quotes").evaluate()
    right, total, _ = importlib.import_module("reading_dates").evaluate()
    return {
        "quote_text": list(quotes["text"]),
        "quote_speaker": list(quotes["pair"]),
        "dates": right / total if total else 0.0,
    }


def show(result: dict, example: dict, misses: bool = True, paths: bool = False) -> None:
    p, r, f = result["quote_text"]
    print(
        f"real {result['split']}: {result['articles']} articles "
        f"(contrasta from {Path(contrasta.__file__).parent})"
    )
    print(f"  quote text       P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    p, r, f = result["quote_speaker"]
    print(f"  quote + speaker  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   goal {QUOTE_GOAL}")
    (given_right, given), (wanted_right, wanted) = (
        result["speaker_precision"],
        result["speaker_recall"],
    )
    print(
        f"  speakers of the quotes found: precision {given_right / (given or 1):.3f} "
        f"({given_right}/{given} given), recall {wanted_right / (wanted or 1):.3f} "
        f"({wanted_right}/{wanted} wanted)"
    )
    print(
        f"  {result['quotes_found']} quotes found, {result['quotes_gold']} annotated; "
        f"partial flag agrees on {result['partial_agreement']:.3f} of the matched"
    )
    print(
        f"  dates            {result['dates']:.3f} ({result['dates_right']}/{result['dates_gold']})"
        f"   goal {DATE_GOAL}; resolved ones {result['dates_resolved_right']}/"
        f"{result['dates_resolved_gold']}; by kind "
        + ", ".join(f"{k} {a}/{b}" for k, (a, b) in result["dates_by_kind"].items())
    )
    print(
        f"  publication date right on {result['published_right']}/{result['articles']}; "
        f"date false positives {result['date_false_positives']}; "
        f"annotated spans lost in cleaning {result['spans_lost_in_cleaning']}"
    )
    p, r, f = example["quote_speaker"]
    print(
        f"examples: quote text F1 {example['quote_text'][2]:.3f}, quote + speaker F1 {f:.3f}, "
        f"dates {example['dates']:.3f}"
    )
    for how, (right, given) in result["speakers_by_how"].items() if paths else ():
        print(f"  speakers by evidence: {right}/{given} right  {how}")
    for miss in result["misses"] if misses else []:
        print("  miss:", miss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--set", choices=tuple(SETS), default="es", help="Spanish or English")
    parser.add_argument("--i-am-the-lead", action="store_true", help="allow a lead-only split")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--first", type=int, metavar="N", help="score the first N articles only")
    which.add_argument("--last", type=int, metavar="N", help="score the last N articles only")
    parser.add_argument("--no-misses", action="store_true", help="print no miss lines")
    parser.add_argument(
        "--paths", action="store_true", help="print the speakers given right by their evidence"
    )
    parser.add_argument(
        "--stories",
        metavar="RUN_DB",
        help="read each annotated article alone and in its story, as the story's dossier "
        "reads it, in this bench/realcorpus.py run's contrasta.db (a copy: displays store "
        "what they build); 'recorded': the stories bench/real/stories.json records",
    )
    parser.add_argument(
        "--record-stories",
        action="store_true",
        help="with --stories RUN_DB: record in bench/real/stories.json the run's stories "
        "that hold more than one article, one of them annotated in the split",
    )
    args = parser.parse_args()
    if args.split not in SET_SPLITS[args.set]:
        raise SystemExit(f"the {args.set} set has no {args.split} split")
    if (args.set, args.split) in LEAD_ONLY and not args.i_am_the_lead:
        raise SystemExit("a held-out split is scored once, by the lead (--i-am-the-lead)")
    if args.split not in annotated_splits(args.set):
        raise SystemExit(f"the {args.set} {args.split} split is not annotated yet")
    reason = missing()
    if reason:
        raise SystemExit(reason)
    if args.stories:
        in_stories(args)
        return
    result = evaluate(args.split, args.first, args.last, args.set)
    if args.no_misses:
        result["misses"] = []
    example = examples()
    if args.json:
        print(json.dumps({"real": result, "examples": example}, ensure_ascii=False, indent=1))
    else:
        show(result, example, not args.no_misses, args.paths)


def in_stories(args: argparse.Namespace) -> None:
    """`--stories`: the split's figures alone and in their stories (`evaluate_in_stories`),
    from a run's database or the recorded stories; `--record-stories` records the run's."""
    name = f"{args.set} {args.split}"
    if args.stories == "recorded":
        stories_of = stories_recorded(name)
    else:
        stories_of = stories_in_run(Path(args.stories))
    if args.record_stories and args.stories != "recorded":
        stories_of = recording(stories_of, name, Path(args.stories))
    result = evaluate_in_stories(args.split, stories_of, args.set)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        show_in_stories(result)


def recording(stories_of: StoriesOf, name: str, db: Path) -> StoriesOf:
    """`stories_of` run `db`, recording in `STORIES` (under split `name`) the stories it
    finds that hold more than one article, as rows, and the run's folder name. Rows of the
    FakeDeS files the quotes benches draw their later splits from are left out of the
    record (`DRAW_POOLS`): no file under bench/ names one outside its draw, so that a
    blind split stays blind (tests/real_draws.py `named_by_benches`)."""
    from real_confirmed import article_rows, row_of

    def found(wanted: set[str]) -> dict[str, tuple[Article, list[Article]]]:
        stories = stories_of(wanted)
        rows = article_rows(db.parent.parent / "corpus" / "real.jsonl")
        kept = set()
        for _, story in stories.values():
            members = tuple(
                row
                for row in (row_of(a.source, rows) for a in story)
                if not row.startswith(DRAW_POOLS)
            )
            if len(members) > 1:
                kept.add(members)
        data = json.loads(STORIES.read_text(encoding="utf-8")) if STORIES.exists() else {}
        data["run"] = db.resolve().parent.parent.name
        data.setdefault("splits", {})[name] = sorted(map(list, kept))
        STORIES.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        return stories

    return found


if __name__ == "__main__":
    main()
