"""Why annotated speakers are missed, by mechanism: counts over Spanish quote splits.

    CONTRASTA_EVAL=/work/shared/eval PYTHONPATH=$PWD .venv/bin/python \
        bench/real_speaker_misses.py [--splits dev,heldout,...] [--cases]

Every annotated quote with a speaker, read as `bench/real_reading.py` reads and matches it,
falls in one class: right; its quote not found (lost in cleaning, found with other edges,
or no quote there, by its length in words); found with another speaker given; found with
no speaker. A miss on a found quote is told by where the wanted speaker (its whole name or
its last word, outside every quote found) is written nearest before the quote: in the
quote's own sentence, earlier in its paragraph, one, two or three and more paragraphs
back, only after it, or nowhere outside quotes; whether the code found a cue (a verb of
saying, a source phrase) for the quote; whether the wanted speaker looks like no person
(no word of it a first name: an organisation, a description, a group); and whether the
wanted speaker is the last speaker the code gave before the quote (what carrying the last
speaker on would have given). Counts only; `--cases` adds one line per miss with its key,
the annotation's start offset and its class (no text). bench/real/README.md item 124.
A lead-only split (`real_reading.LEAD_ONLY`) is refused.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_reading as rr  # noqa: E402

from contrasta.reading.names import is_given_name  # noqa: E402
from contrasta.reading.quotes import find_quotes  # noqa: E402

TUNING = ("dev", *(f"heldout{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8)))
_SENTENCE_END = re.compile(r"[.!?»”\"]\s+(?=[A-ZÁÉÍÓÚÑ¿¡«“—])")


def _plain(text: str) -> str:
    """Lower case without accents, one character for one, so offsets hold."""
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFKD", char)
        out.append((decomposed[0] if decomposed else char).lower())
    return "".join(out)


def _where(text: str, plain: str, quote, speaker: str, quoted: list[tuple[int, int]]) -> str:
    """Where `speaker` is written nearest before `quote`, outside quotes."""
    words = [w for w in re.findall(r"\w[\w'-]*", speaker) if len(w) > 2]
    keys = {_plain(speaker)} | ({_plain(words[-1])} if words else set())
    places = sorted(
        found.start()
        for key in keys
        for found in re.finditer(r"(?<!\w)" + re.escape(key) + r"(?!\w)", plain)
        if not any(a <= found.start() < b for a, b in quoted)
    )
    if not places:
        return "not written outside quotes"
    paragraph_start = text.rfind("\n", 0, quote.start) + 1
    paragraph_end = text.find("\n", quote.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    ends = list(_SENTENCE_END.finditer(text, paragraph_start, quote.start))
    sentence_start = ends[-1].end() if ends else paragraph_start
    after = _SENTENCE_END.search(text, quote.end, paragraph_end)
    sentence_end = after.start() if after else paragraph_end
    if any(sentence_start <= at < sentence_end for at in places):
        return "own sentence"
    before = [at for at in places if at < quote.start]
    if not before:
        return "only after the quote"
    if before[-1] >= paragraph_start:
        return "earlier in its paragraph"
    back = sum(1 for line in text[before[-1] : paragraph_start].split("\n") if line.strip())
    return f"{min(back, 3)}{'+' if back >= 3 else ''} paragraph(s) back"


def tally(splits: list[str]) -> tuple[Counter, list[str]]:
    sources = rr.load_sources("es")
    counts: Counter = Counter()
    cases = []
    for split in splits:
        for key, entry in rr.load_annotations(split).items():
            source = sources[key]
            article = rr.read(source)
            found = find_quotes(article.text, article.lang) if article else []
            text = article.text if article else ""
            plain = _plain(text)
            quoted = [(q.start, q.end) for q in found]
            matched: dict[int, object] = {}
            last_given: dict[int, str | None] = {}
            last = None
            for quote, item in rr.matched(found, source.text, entry["quotes"], article)[0]:
                if item is not None:
                    matched[id(item)] = quote
                    last_given[id(item)] = last
                last = quote.speaker or last
            for item in entry["quotes"]:
                speaker = item["speaker"]
                if speaker is None:
                    continue
                quote = matched.get(id(item))
                if quote is None:
                    span = rr.mapped(source.text, item, article)
                    start = item["start"]
                    words = len(re.findall(r"\w+", source.text[start : start + item["length"]]))
                    if span is None:
                        kind = "quote not found: lost in cleaning"
                    elif any(q.start < span[1] and span[0] < q.end for q in found):
                        kind = "quote not found: found with other edges"
                    else:
                        size = "<=3" if words <= 3 else "4-8" if words <= 8 else "9+"
                        kind = f"quote not found: no quote there, {size} words"
                elif rr.fold(quote.speaker) == rr.fold(speaker):
                    counts["right"] += 1
                    continue
                else:
                    given = "another speaker given" if quote.speaker else "no speaker given"
                    where = _where(text, plain, quote, speaker, quoted)
                    cue = "cue found" if quote.cue else "no cue"
                    body = "" if any(is_given_name(w) for w in speaker.split()) else ", no person"
                    carried = last_given.get(id(item))
                    last_one = (
                        ", = last speaker given"
                        if carried and rr.fold(carried) == rr.fold(speaker)
                        else ""
                    )
                    kind = f"{given}: named {where}; {cue}{body}{last_one}"
                counts[kind] += 1
                cases.append(f"{split} {key} @{item['start']}: {kind}")
    return counts, cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default=",".join(TUNING), help="comma-separated splits")
    parser.add_argument("--cases", action="store_true", help="one line per miss (no text)")
    args = parser.parse_args()
    splits = rr.counted_splits(args.splits)
    counts, cases = tally(splits)
    wanted = sum(counts.values())
    print(f"annotated speakers on {len(splits)} split(s): {wanted}, right {counts['right']}")
    for kind, count in sorted(counts.items()):
        if kind.startswith("quote not found"):
            print(f"{count:5d}  {kind}")
    for given in ("no speaker given", "another speaker given"):
        group = {k: c for k, c in counts.items() if k.startswith(given)}
        print(f"{sum(group.values()):5d}  {given}")
        by_where: Counter = Counter()
        for kind, count in group.items():
            by_where[kind.split("; ")[0].split("named ")[1]] += count
        for where, count in by_where.most_common():
            print(f"{count:9d}  named {where}")
        for mark in ("cue found", "no person", "= last speaker given"):
            total = sum(c for k, c in group.items() if mark in k)
            print(f"{total:9d}  of them: {mark}")
    for case in cases if args.cases else ():
        print("  ", case)


if __name__ == "__main__":
    main()
