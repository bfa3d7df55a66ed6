"""English speakers the code gave on text it had not seen, by kind (bench/real/README.md item 83).

    PYTHONPATH=. .venv/bin/python bench/real_blind_speakers_en.py [--work DIR] [--list]

The English method of item 76 (`bench/real_blind_speakers.py`): `en/heldout` was held out
until the lead scored it blind, at the start of the English rounds (fb830fa, before any
English convention was written) and at the end of that session (b6a0652, where it was
folded: no rule had been tuned on it); each commit's code (`git archive`) is run on its
articles with bench/real_reading.py's reading and matching against the current
annotations, in a child process with PYTHONPATH at the old tree, and every speaker given
on a quote found is kept with whether it is right. `en/dev` at the code on PYTHONPATH (tuned
on) and `en/heldout` at it (tuned on since item 83) are printed beside them. Each speaker is
described by what the text shows around its quote, never by the code's internals: the cue
in the quote's sentence (a verb of saying after the quote, before it, "according to", none),
what the speaker phrase nearest the quote is as written (a full name, a surname alone, a
title and a name, a role or description in lower case, a pronoun, an organisation), and
where the speaker is named nearest (the quote's sentence, an earlier sentence of its
paragraph, an earlier paragraph). English `heldout2` and `heldout3` (folded in item 87) are
run the same way at 218e0bf, the code they were last scored blind with (item 88).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import evaldata  # noqa: E402
from real_blind_speakers import feature_table, frame_of  # noqa: E402

# label, split, the commit whose code is run (None: the code on PYTHONPATH)
RUNS = [
    ("heldout, blind, start of the English rounds", "heldout", "fb830fa"),
    ("heldout, blind, end of that session", "heldout", "b6a0652"),
    ("heldout, now (tuned on since item 83)", "heldout", None),
    ("heldout2, then-blind, this session's start code", "heldout2", "218e0bf"),
    ("heldout3, then-blind, this session's start code", "heldout3", "218e0bf"),
    ("heldout2, now (folded, item 87)", "heldout2", None),
    ("heldout3, now (folded, item 87)", "heldout3", None),
    ("dev, now (tuned on)", "dev", None),
]
_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)


def collect(split: str, out: Path) -> None:
    """In the child: the speakers the contrasta on PYTHONPATH gives on `split`'s quotes."""
    import real_reading as rr

    sources = rr.load_sources("en")
    records, texts = [], {}
    for key, entry in rr.load_annotations(split, "en").items():
        source = sources[key]
        rr.check(entry, source)
        article = rr.read(source)
        if article is None:
            continue
        texts[key] = article.text
        open_gold = [(item, rr.mapped(source.text, item, article)) for item in entry["quotes"]]
        for quote in rr.find_quotes(article.text, article.lang):
            match = next((p for p in open_gold if rr.same(quote, p[1], article.text)), None)
            if match is None:
                continue
            open_gold.remove(match)
            gold = match[0]["speaker"]
            if quote.speaker is None:
                continue
            records.append(
                {
                    "key": key,
                    "start": quote.start,
                    "end": quote.end,
                    "partial": quote.partial,
                    "speaker": quote.speaker,
                    "gold": gold,
                    "right": rr.fold(quote.speaker) == rr.fold(gold),
                }
            )
    out.write_text(json.dumps({"records": records, "texts": texts}, ensure_ascii=False))


def _verbs() -> frozenset[str]:
    from contrasta.reading.speech import _english

    return frozenset(_english().forms)


def describe(record: dict, text: str, others: list[dict]) -> dict[str, str]:
    """Cue, form and place of one speaker given, from the text around its quote."""
    from contrasta.reading.names import is_given_name
    from contrasta.reading.quotes.speaker_names import _is_organisation, _title_word

    framed = frame_of(record, text, [(o["start"], o["end"]) for o in others])
    masked, q0, q1, fa, fb = framed.masked, framed.q0, framed.q1, framed.fa, framed.fb
    before, after = masked[fa:q0], masked[q1:fb]
    verbs = _verbs()
    words_after = re.findall(r"[\w'’-]+", after)[:8]
    words_before = re.findall(r"[\w'’-]+", before)
    f: dict[str, str] = {}
    if _ACCORDING.search(before) or _ACCORDING.search(after):
        f["cue"] = "according to"
    elif any(w.lower() in verbs for w in words_after):
        f["cue"] = "verb after the quote"
    elif any(w.lower() in verbs for w in words_before):
        f["cue"] = "verb before the quote"
    else:
        f["cue"] = "none in its sentence"
    # the speaker phrase nearest the quote as the sentence writes it
    near = after if f["cue"] == "verb after the quote" else before
    if f["cue"] == "none in its sentence":
        form = "no phrase in its sentence"
    elif _PRONOUN.search(near) and not re.search(r"[A-Z][a-z]+\s+[A-Z][a-z]+", near):
        form = "pronoun"
    else:
        names = re.findall(r"(?<![\w-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", near)
        names = [n for n in names if n.split()[0].lower() not in verbs | {"i", "the", "in"}]
        if not names:
            form = "role or description, lower case"
        else:
            name = names[-1] if near is before else names[0]
            parts = name.split()
            if _is_organisation(name):
                form = "organisation"
            elif len(parts) > 1 and _title_word(parts[0]):
                form = "title + name"
            elif len(parts) == 1:
                form = "surname or one word alone"
            elif is_given_name(parts[0]) or len(parts) > 1:
                form = "full name"
            else:
                form = "other"
    f["form nearest the quote"] = form
    speaker = record["speaker"]
    keys = [speaker, *[w for w in speaker.split() if w[:1].isupper()][-1:]]
    found: list[int] = []
    for key in keys:
        found = found or [m.start() for m in re.finditer(re.escape(key), masked)]
    if found:
        place = min(framed.place(o) for o in found)[2:]
        f["where the speaker is named nearest"] = place
    else:
        f["where the speaker is named nearest"] = "not written as given"
    f["partial"] = "partial" if record["partial"] else "whole"
    return f


def tabulate(rows: list[tuple[dict, dict[str, str]]]) -> None:
    for feature, values in feature_table(rows).items():
        print(f"  - {feature}")
        for value, (n, right, loose) in sorted(values.items(), key=lambda kv: -kv[1][0]):
            print(f"      {value:40s} {n:3d} given, {right:3d} right (lenient {loose})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="keep the old trees and records here")
    parser.add_argument("--list", action="store_true", help="print each speaker given")
    parser.add_argument("--collect", nargs=2, metavar=("SPLIT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.collect:
        collect(args.collect[0], Path(args.collect[1]))
        return 0
    sys.path.insert(0, str(ROOT))
    work = args.work or Path(tempfile.mkdtemp(prefix="contrasta-blind-speakers-en-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for label, split, commit in RUNS:
            out = work / f"{split}-{commit or 'current'}.json"
            env = dict(os.environ)
            if commit:
                tree = evaldata.tree_at(commit, work)
                env["PYTHONPATH"] = str(tree)
            if commit or not out.exists():
                command = [sys.executable, __file__, "--collect", split, str(out)]
                subprocess.run(command, env=env, check=True)
            data = json.loads(out.read_text())
            by_key: dict[str, list[dict]] = defaultdict(list)
            for record in data["records"]:
                by_key[record["key"]].append(record)
            rows = [
                (record, describe(record, data["texts"][key], records))
                for key, records in by_key.items()
                for record in records
            ]
            right = sum(r["right"] for r, _ in rows)
            print(f"{label} ({commit or 'PYTHONPATH'}): {right}/{len(rows)} speakers right")
            tabulate(rows)
            for record, features in rows if args.list else ():
                mark = "right" if record["right"] else "WRONG"
                print(
                    f"    {mark} {record['speaker']!r} (want {record['gold']!r}) "
                    + "; ".join(features.values())
                )
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
