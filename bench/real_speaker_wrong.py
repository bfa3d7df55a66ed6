"""Wrong speakers given, by evidence path and by kind of error: counts over Spanish quote splits.

    CONTRASTA_EVAL=/work/shared/eval PYTHONPATH=$PWD .venv/bin/python \
        bench/real_speaker_wrong.py [--splits heldout,heldout2,...] [--paths]

Every quote found and matched as `bench/real_reading.py` reads and matches it that is given
a speaker is counted right or wrong under the evidence path that gave it (`Quote.how`):
grouped by where the cue is (after the quote, before it as the verb's subject, a sentence
announcing it or a colon, carried from another quote, other ways) and whether the subject
was dropped (pro-drop, read from an earlier sentence); `--paths` adds every whole path. A
wrong one is told by kind, from the two names alone: on a quote annotated with no speaker;
the right one written otherwise (one's words all within the other's, the same letters but a
few, or an acronym of the other's capitalised words); a description or a common word (no
capital); a person for a body or a group (a first name in the one given, none in the one
wanted); a body, place or group for a person (the other way); another person or body.
Counts only, no text. bench/real/README.md item 137. A lead-only split
(`real_reading.LEAD_ONLY`) is refused.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_reading as rr  # noqa: E402

from contrasta.reading.names import is_given_name  # noqa: E402
from contrasta.reading.quotes import find_quotes  # noqa: E402

FOLDED = tuple(f"heldout{n}" for n in ("", *range(2, 14)))
_JOINTS = {"de", "del", "la", "las", "los", "el", "y"}
_CARRIED = ("continued", "next paragraph", "still speaking", "unclosed", "repeated", "presented")
KINDS = (
    "annotated no speaker",
    "right one written otherwise",
    "description or common word",
    "person for a body or group",
    "body, place or group for a person",
    "another person or body",
)


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", rr.fold(name)) if w not in _JOINTS}


def kind(given: str, wanted: str | None) -> str:
    """What kind of wrong speaker `given` is where the annotation wants `wanted`."""
    if wanted is None:
        return KINDS[0]
    mine, theirs = _words(given), _words(wanted)
    initials = "".join(w[0] for w in wanted.split() if w[:1].isupper())
    if (
        (mine and (mine <= theirs or theirs <= mine))
        or SequenceMatcher(None, rr.fold(given), rr.fold(wanted)).ratio() >= 0.8
        or (given.isupper() and len(given) > 1 and given == initials.upper())
    ):
        return KINDS[1]
    if not given[:1].isupper():
        return KINDS[2]
    person = any(is_given_name(w) for w in given.split())
    wanted_person = any(is_given_name(w) for w in wanted.split())
    if person and not wanted_person:
        return KINDS[3]
    if wanted_person and not person:
        return KINDS[4]
    return KINDS[5]


def mechanism(how: str | None) -> str:
    """Where the evidence of a path is: the cue's place, and a dropped subject."""
    steps = (how or "").split(" > ")
    first = steps[0]
    dropped = "dropped subject" in steps
    if first == "after":
        return "cue after the quote" + (", dropped subject" if dropped else ", subject written")
    if first == "subject":
        return "cue before (its subject)" + (", dropped subject" if dropped else ", written")
    if first in ("announced", "colon"):
        return "announcing sentence or colon"
    if first in _CARRIED:
        return "carried from another quote"
    return "other (according to, judged, document, later...)"


def tally(splits: list[str]) -> tuple[Counter, Counter, dict]:
    """(given, right) by mechanism, wrong by (mechanism, kind), (right, given) by path."""
    sources = rr.load_sources()
    given, right = Counter(), Counter()
    wrong: Counter = Counter()
    paths: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for split in splits:
        for key, entry in rr.load_annotations(split).items():
            source = sources[key]
            rr.check(entry, source)
            article = rr.read(source)
            found = find_quotes(article.text, article.lang) if article else []
            for quote, item in rr.matched(found, source.text, entry["quotes"], article)[0]:
                if item is None or quote.speaker is None:
                    continue
                ok = rr.fold(quote.speaker) == rr.fold(item["speaker"])
                where = mechanism(quote.how)
                given[where] += 1
                right[where] += ok
                paths[quote.how or "?"][0] += ok
                paths[quote.how or "?"][1] += 1
                if not ok:
                    wrong[where, kind(quote.speaker, item["speaker"])] += 1
    return Counter({k: (right[k], v) for k, v in given.items()}), wrong, paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default=",".join(FOLDED), help="comma-separated splits")
    parser.add_argument("--paths", action="store_true", help="every whole path too")
    args = parser.parse_args()
    splits = rr.counted_splits(args.splits)
    by_mechanism, wrong, paths = tally(splits)
    total = sum(g for _, g in by_mechanism.values())
    ok = sum(r for r, _ in by_mechanism.values())
    print(f"speakers given on {len(splits)} split(s): {total}, right {ok}, wrong {total - ok}")
    for where, (r, g) in sorted(by_mechanism.items(), key=lambda x: -(x[1][1] - x[1][0])):
        kinds = ", ".join(f"{k} {wrong[where, k]}" for k in KINDS if wrong[where, k])
        print(f"  {where}: {r}/{g} right, wrong {g - r}" + (f" ({kinds})" if kinds else ""))
    print(
        "wrong by kind: "
        + ", ".join(f"{k} {sum(wrong[w, k] for w in by_mechanism)}" for k in KINDS)
    )
    for how, (r, g) in (
        sorted(paths.items(), key=lambda x: (-(x[1][1] - x[1][0]), x[0])) if args.paths else ()
    ):
        print(f"  path {r}/{g} right: {how}")


if __name__ == "__main__":
    main()
