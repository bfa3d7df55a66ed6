"""Speakers the code missed on text it had not seen, by kind (bench/real/README.md item 77).

    PYTHONPATH=. .venv/bin/python bench/real_blind_recall.py [--rounds second,third,...]
        [--work DIR] [--current] [--list KIND]

The recall side of bench/real_blind_speakers.py (item 76), with its rounds: for each quotes
split from the second to the thirteenth, the code as it was when that split was scored
blind (`git archive`) is run on that split's articles, and every annotated quote with a
speaker that this code found is kept with the speaker it gave (none, wrong or right). Each
is described by the annotation alone (the annotated speaker and its `speaker_evidence`
spans, never the code's output), so the same quote is the same kind whichever code read it:
where the evidence nearest before the quote is (the quote's sentence before or after it, an
earlier sentence of its paragraph, the paragraph before, further back, only later), what it
is (a full name, a surname alone, a role or title with a name, a role alone, an
organisation, a pronoun, "fuentes", a group), the cue in the quote's sentence (a verb of
saying after the quote, one before it, "según", a colon, none), partial or whole. Counts of
the missed (no speaker) and the wrong are printed per feature value and per kind with
**in how many splits** the kind occurs. `--current` also runs the code on PYTHONPATH on the
same quotes and prints, kind by kind, old -> current (those splits are dev now: current
figures are tuned ones). The folded splits of bench/real_blind_speakers.py's `FOLDED`
(Spanish heldout, heldout2, heldout3 at fb830fa) are rounds too since item 82. Needs the
evaluation data (`CONTRASTA_EVAL`) and git; texts are read at run time and nothing of
them is written but in DIR (a temporary folder by default).
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaldata
import real_blind_speakers as rbs

ROOT, BENCH, ROUNDS, ALL = rbs.ROOT, rbs.BENCH, rbs.ROUNDS, rbs.ALL


def collect(lo: int, hi: int, out: Path, split: str = "dev") -> None:
    """Run in the child: every annotated quote with a speaker that the contrasta on
    PYTHONPATH finds in split[lo:hi], with the speaker it gave and the evidence spans."""
    records, texts = [], {}
    for rr, key, entry, source, article in rbs.dev_articles(lo, hi, texts, split):
        open_gold = [(item, rr.mapped(source.text, item, article)) for item in entry["quotes"]]
        spans = [span for _, span in open_gold if span]
        for quote in rr.find_quotes(article.text, article.lang):
            match = next((p for p in open_gold if rr.same(quote, p[1], article.text)), None)
            if match is None:
                continue
            open_gold.remove(match)
            gold, (g0, g1) = match[0], match[1]
            if gold["speaker"] is None:
                continue
            evidence = []
            for ev in gold.get("speaker_evidence") or []:
                at = rr.locate(source.text, ev["start"], ev["start"] + ev["length"], article.text)
                if at:
                    evidence.append(list(at))
            records.append(
                {
                    "key": key,
                    "start": g0,
                    "end": g1,
                    "partial": gold["partial"],
                    "speaker": quote.speaker,
                    "gold": gold["speaker"],
                    "evidence": evidence,
                    "right": rr.fold(quote.speaker) == rr.fold(gold["speaker"]),
                    "quotes": spans,
                }
            )
    out.write_text(json.dumps({"records": records, "texts": texts}, ensure_ascii=False))


_PRONOUNS = frozenset("él ella ellos ellas quien quienes este esta éste ésta".split())
_ROLE_LINKS = frozenset("de del la el los las y e en".split())


def what(evidence: str, gold: str) -> str:
    """What the nearest evidence is, as written."""
    from contrasta.reading.names import is_given_name
    from contrasta.reading.quotes.speaker_names import _is_organisation

    words = evidence.strip(" ,.;:«»“”\"'").split()
    if not words:
        return "empty"
    low = words[0].lower()
    if len(words) == 1 and low in _PRONOUNS:
        return "pronoun"
    if low in ("fuentes", "fuente") or (len(words) > 1 and words[1].lower() == "fuentes"):
        return "fuentes / a source"
    if re.match(
        r"(?:(?:la|el|La|El)\s+)?(?:Constitución|Ley|Orden|Decreto|Código|Reglamento|"
        r"Estatuto|Ordenanza|artículo\s+\d)",
        " ".join(words),
    ):
        return "a law or its article"
    capitals = [w for w in words if w[:1].isupper()]
    lower = [w for w in words if w[:1].islower() and w.lower() not in _ROLE_LINKS]
    if not capitals or (capitals == [words[0]] and low in ("el", "la", "los", "las")):
        head = lower[0] if lower else low
        return "group (plural description)" if head.endswith("s") else "role alone"
    if _is_organisation(" ".join(words)) or re.fullmatch(r"[A-ZÁÉÍÓÚÑ]{2,}", words[-1]):
        return "organisation"
    if lower and words[0][:1].islower():
        return "role/title + name"
    if len(capitals) == 1:
        gold_words = gold.split()
        if len(gold_words) > 1 and capitals[0] == gold_words[-1]:
            return "surname alone"
        if is_given_name(capitals[0]):
            return "first name alone"
        return "one capitalised word"
    if is_given_name(capitals[0]):
        return "full name"
    return "other capitalised name"


def describe(record: dict, text: str) -> dict[str, str]:
    from contrasta.reading.speech import PREPOSITION_CUES, _spanish

    spans = [tuple(q) for q in record.get("quotes", [])]  # other quotes' words masked
    framed = rbs.frame_of(record, text, [q for q in spans if q != (record["start"], record["end"])])
    masked, q0, q1, fa, fb = framed.masked, framed.q0, framed.q1, framed.fa, framed.fb
    place = framed.place
    f: dict[str, str] = {}

    evidence = [(a, b) for a, b in record["evidence"]]
    if not evidence:
        f["where"] = "no evidence"
        f["what"] = "no evidence"
    else:
        # nearest: in the sentence first, else the latest before, else the first after
        ranked = sorted(evidence, key=lambda s: (place(s[0]), -s[0] if s[0] < q0 else s[0]))
        best = ranked[0]
        f["where"] = place(best[0])[2:]
        f["what"] = what(text[best[0] : best[1]], record["gold"])
    after = masked[q1:fb]
    before = masked[fa:q0]
    forms = _spanish().forms
    words_after = re.findall(r"\w+", after.lower())[:4]
    words_before = re.findall(r"\w+", before.lower())
    if re.search(r"\bsegún\b", before.lower() + " " + after.lower()[:40]):
        f["cue"] = "según"
    elif any(w in forms for w in words_after):
        f["cue"] = "verb of saying after the quote"
    elif re.search(r":\s*$", before):
        f["cue"] = "colon before the quote"
    elif any(w in forms for w in words_before):
        f["cue"] = "verb of saying before the quote"
    elif any(w in forms for w in re.findall(r"\w+", after.lower())):
        f["cue"] = "verb of saying later in the sentence"
    elif any(c in (before + after).lower() for c in PREPOSITION_CUES["es"]):
        f["cue"] = "other preposition cue"
    else:
        f["cue"] = "no cue"
    f["partial"] = "partial" if record["partial"] else "whole"
    alone = not before.strip(" «»“”\"'—-–") and not after.strip(" «»“”\"'.,—-–")
    f["quote fills its sentence"] = "yes" if alone else "no"
    return f


KIND = ("where", "what", "cue")


def outcome(record: dict) -> str:
    return "right" if record["right"] else "none" if record["speaker"] is None else "wrong"


def run(tree: Path, lo: int, hi: int, out: Path, split: str = "dev") -> dict:
    if not out.exists():
        env = {**os.environ, "PYTHONPATH": str(tree)}
        command = [sys.executable, __file__, "--collect", str(lo), str(hi), str(out), split]
        subprocess.run(command, env=env, check=True)
    return json.loads(out.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", help="comma-separated splits (default: all)")
    parser.add_argument("--work", type=Path, help="keep the old trees and records here")
    parser.add_argument("--current", action="store_true", help="also the code on PYTHONPATH")
    parser.add_argument("--list", help="print the quotes of kinds containing this value")
    parser.add_argument("--collect", nargs="+", help=argparse.SUPPRESS)  # LO HI OUT [SPLIT]
    args = parser.parse_args()
    if args.collect:
        lo, hi, out, *split = args.collect
        collect(int(lo), int(hi), Path(out), *split)
        return 0
    sys.path.insert(0, str(ROOT))
    chosen = set(args.rounds.split(",")) if args.rounds else {r[0] for r in ALL}
    work = args.work or Path(tempfile.mkdtemp(prefix="contrasta-blind-recall-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []  # (split, old record, current record or None, features)
    try:
        for name, lo, hi, commit, split in ALL:
            if name not in chosen:
                continue
            tree = evaldata.tree_at(commit, work)
            old = run(tree, lo, hi, work / f"recall-{name}-{commit}.json", split)
            now = {}
            if args.current:
                current = run(ROOT, lo, hi, work / f"recall-{name}-current.json", split)
                now = {(r["key"], r["start"]): r for r in current["records"]}
            for record in old["records"]:
                features = describe(record, old["texts"][record["key"]])
                rows.append((name, record, now.get((record["key"], record["start"])), features))
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    counts = defaultdict(int)
    for _, record, _, _ in rows:
        counts[outcome(record)] += 1
    print(f"annotated quotes with a speaker, found by the then-blind code: {len(rows)}")
    print(f"  speaker given then: {dict(counts)}")
    if args.current:
        now = defaultdict(int)
        for _, _, current, _ in rows:
            now[outcome(current) if current else "quote not found now"] += 1
        print(f"  speaker given by the code on PYTHONPATH: {dict(now)}")

    def table(key) -> None:
        cells: dict[str, list] = defaultdict(lambda: [0, 0, 0, set(), 0, 0, 0, set()])
        for split, record, current, features in rows:
            cell = cells[key(features)]
            cell[0] += 1
            o = outcome(record)
            if o != "right":
                cell[1 if o == "none" else 2] += 1
                cell[3].add(split)
            if current is not None:
                c = outcome(current)
                cell[4] += c == "none"
                cell[5] += c == "wrong"
                cell[6] += 1
                if c != "right":
                    cell[7].add(split)
        now = "  | now none wrong splits" * args.current
        print(f"    {'value':70s}  all  none wrong splits" + now)
        for value, (n, none, wrong, splits, cn, cw, seen, now_splits) in sorted(
            cells.items(), key=lambda kv: (-len(kv[1][3]), -(kv[1][1] + kv[1][2]))
        ):
            line = f"    {value:70s} {n:4d} {none:4d} {wrong:4d} {len(splits):5d}"
            if args.current:
                line += f"  | {cn:4d} {cw:4d} {len(now_splits):5d} (of {seen})"
            print(line)

    for feature in rows[0][3] if rows else []:
        print(f"- {feature}")
        table(lambda f, feature=feature: f[feature])
    print("- kind (where, what, cue)")
    table(lambda f: " / ".join(f[k] for k in KIND))
    if args.list:
        for split, record, current, features in rows:
            kind = " / ".join(features[k] for k in KIND)
            if args.list in kind and outcome(record) != "right":
                now = f" now {current['speaker']!r}" if current else ""
                print(
                    f"  {split} {record['key']}@{record['start']} {kind}: gave "
                    f"{record['speaker']!r} want {record['gold']!r}{now}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
