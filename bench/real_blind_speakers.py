"""Speakers the code gave on held-out text it had not seen, by kind (bench/real/README.md item 76).

    PYTHONPATH=. .venv/bin/python bench/real_blind_speakers.py [--rounds second,third,...]
        [--work DIR] [--list]

Each quotes split from the second to the thirteenth was held out until a round scored it
blind, at a commit the README's history names, and is dev now (folded); the fourteenth
(`heldout`) and the fifteenth round's two (`heldout2`, `heldout3`), folded in the eighth
session in their own files (README item 78), are run on their whole split at the seventh
session's start code (fb830fa), where the lead scored them blind (`FOLDED`, rounds
`fourteenth`, `fifteenth-a`, `fifteenth-b`; items 82, 84); `heldout4` to `heldout7` (the
sixteenth and seventeenth rounds, folded in items 92 and 101) at 77a6c99, where each was
scored blind (item 102; rounds `sixteenth-a`, `sixteenth-b`, `seventeenth-a`,
`seventeenth-b`). For each, this extracts that
commit (`git archive`), runs its code on that split's articles with bench/real_reading.py's
reading and matching against the current annotations (a child process with PYTHONPATH at
the old tree), and keeps every speaker given on a quote found with whether it is right (and
the old code's `how`, where it had one). Each is then described by what the output and the
text show (never the old code's internals): what the speaker is as written, where its name
is written nearest the quote, how far, whether it is among the people the text names,
partial or whole, and so on; precision is printed per feature value (strict: the bench's
exact name; lenient: the same name written shorter or longer), then what the current
abstention rules (`quotes._stray_word`, `quotes._unresolved_description`,
`quotes._unsure_speaker`) withhold of those speakers, split by split. Needs the evaluation
data (`CONTRASTA_EVAL`) and git; the texts are read at run time and nothing of them is
written but in DIR (a temporary folder by default).
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
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import evaldata

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent

# split, dev's articles [first, last) in file order, the commit it was scored blind at
# (README items 5, 10, 16, 22, 26, 32, 40, 47, 52, 56, 62, 70; the later when two).
ROUNDS = [
    ("second", 40, 64, "b6cd28a"),
    ("third", 64, 80, "86e75f0"),
    ("fourth", 80, 96, "7070859"),
    ("fifth", 96, 116, "25b3db0"),
    ("sixth", 116, 133, "d519c03"),
    ("seventh", 133, 148, "e929788"),
    ("eighth", 148, 165, "10c7c94"),
    ("ninth", 165, 180, "2f659e8"),
    ("tenth", 180, 202, "ab1d4ee"),
    ("eleventh", 202, 216, "c3f77a6"),
    ("twelfth", 216, 233, "3d768bf"),
    ("thirteenth", 233, 250, "66136dd"),
]
# The splits folded in the eighth session (README item 78), scored blind by the lead at the
# seventh session's start code (fb830fa; docs/MEASUREMENTS.md): (round, split, commit).
# `--rounds` names them like the others; each runs on its whole split.
FOLDED = [
    ("fourteenth", "heldout", "fb830fa"),
    ("fifteenth-a", "heldout2", "fb830fa"),
    ("fifteenth-b", "heldout3", "fb830fa"),
    # README items 92 and 101: the sixteenth and seventeenth rounds, scored blind at 77a6c99
    # (heldout4/heldout5 also at 218e0bf and 6da265d, the same figures).
    ("sixteenth-a", "heldout4", "77a6c99"),
    ("sixteenth-b", "heldout5", "77a6c99"),
    ("seventeenth-a", "heldout6", "77a6c99"),
    ("seventeenth-b", "heldout7", "77a6c99"),
]
ALL = [(name, lo, hi, commit, "dev") for name, lo, hi, commit in ROUNDS] + [
    (name, 0, 10**6, commit, split) for name, split, commit in FOLDED
]


def dev_articles(lo: int, hi: int, texts: dict[str, str], split: str = "dev"):
    """In the child: (real_reading, key, annotations, source, article) of each readable
    article of `split` (dev, or a folded split) in [lo, hi) as the contrasta on PYTHONPATH
    cleans it; its text kept in `texts`."""
    sys.path.insert(0, str(BENCH))
    import real_reading as rr

    sources = rr.load_sources()
    for key, entry in list(rr.load_annotations(split).items())[lo:hi]:
        source = sources[key]
        rr.check(entry, source)
        article = rr.read(source)
        if article is None:
            continue
        texts[key] = article.text
        yield rr, key, entry, source, article


def collect(lo: int, hi: int, out: Path, split: str = "dev") -> None:
    """Run in the child: the quotes the contrasta on PYTHONPATH finds in split[lo:hi]."""
    records, texts = [], {}
    for rr, key, entry, source, article in dev_articles(lo, hi, texts, split):
        open_gold = [(item, rr.mapped(source.text, item, article)) for item in entry["quotes"]]
        for quote in rr.find_quotes(article.text, article.lang):
            match = next((p for p in open_gold if rr.same(quote, p[1], article.text)), None)
            if match is None or quote.speaker is None:
                continue
            open_gold.remove(match)
            gold = match[0]["speaker"]
            records.append(
                {
                    "key": key,
                    "start": quote.start,
                    "end": quote.end,
                    "partial": quote.partial,
                    "style": quote.style,
                    "how": getattr(quote, "how", None),
                    "speaker": quote.speaker,
                    "gold": gold,
                    "right": rr.fold(quote.speaker) == rr.fold(gold),
                }
            )
    out.write_text(json.dumps({"records": records, "texts": texts}, ensure_ascii=False))


def fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", " ".join((text or "").split()).casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def lenient(given: str, gold: str | None) -> bool:
    """The same name written shorter or longer ("Papa Francisco", "Francisco")."""
    a, b = fold(given), fold(gold)
    return bool(b) and (a in b or b in a or a.split()[-1] == b.split()[-1])


@dataclass(frozen=True)
class Frame:
    """Where a quote sits: the text with quoted words masked, its paragraphs, the quote's
    paragraph (`at`, `pa`-`pb`) and the sentences it spans (`fa`-`fb`)."""

    masked: str
    paragraphs: list[tuple[int, int]]
    q0: int
    q1: int
    at: int
    pa: int
    pb: int
    fa: int
    fb: int

    def place(self, o: int) -> str:
        """Where offset `o` is seen from the quote, as a sortable label."""
        if self.q0 <= o < self.q1:
            return "0 inside the quote"
        if self.fa <= o < self.q0:
            return "1 same sentence, before"
        if self.q1 <= o < self.fb:
            return "2 same sentence, after"
        if self.pa <= o < self.fa:
            return "3 earlier sentence of its paragraph"
        where = next((i for i, (a, b) in enumerate(self.paragraphs) if a <= o < b), self.at)
        if where == self.at - 1:
            return "4 paragraph before"
        if where < self.at - 1:
            return "5 two or more paragraphs back"
        return "6 later paragraph"


def frame_of(record: dict, text: str, masked_spans: list[tuple[int, int]]) -> Frame:
    """The quote's frame, with the words of `masked_spans` masked (names inside quotes do
    not count)."""
    from contrasta.reading.sentences import split_sentences

    chars = list(text)
    for start, end in masked_spans:
        for i in range(start, end):
            chars[i] = chars[i] if chars[i] == "\n" else "x"
    masked = "".join(chars)
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", masked)]
    q0, q1 = record["start"], record["end"]
    at = next((i for i, (a, b) in enumerate(paragraphs) if a <= q0 < b), 0)
    pa, pb = paragraphs[at]
    frame = [s for s in split_sentences(masked[pa:pb], pa) if s.start <= q1 and q0 - 1 < s.end]
    fa, fb = min([s.start for s in frame] or [pa]), max([s.end for s in frame] or [pb])
    return Frame(masked, paragraphs, q0, q1, at, pa, pb, fa, fb)


def describe(record: dict, text: str, others: list[dict]) -> dict[str, str]:
    from contrasta.reading.names import is_given_name
    from contrasta.reading.quotes import people
    from contrasta.reading.quotes.speaker_names import _is_organisation, _title_word
    from contrasta.reading.speech import PREPOSITION_CUES, _spanish

    framed = frame_of(record, text, [(o["start"], o["end"]) for o in others])
    masked, q0, q1 = framed.masked, framed.q0, framed.q1
    pa, pb, fa, fb = framed.pa, framed.pb, framed.fa, framed.fb
    sentence = masked[fa:q0] + " " + masked[q1:fb]
    speaker = record["speaker"]
    f: dict[str, str] = {}
    bare = speaker.lstrip("'\"«“‘")
    words = bare.split()
    if bare[:1].islower():
        head = bare.split()[0]
        f["what the speaker is"] = (
            "description, plural" if head.endswith("s") else "description, singular"
        )
    elif re.fullmatch(r"[A-ZÁÉÍÓÚÑ0-9.\-]{2,}", bare):
        f["what the speaker is"] = "acronym"
    elif _is_organisation(bare):
        f["what the speaker is"] = "organisation"
    elif _title_word(words[0]) and len(words) > 1:
        f["what the speaker is"] = "title + name"
    elif len(words) == 1:
        f["what the speaker is"] = "one capitalised word"
    elif is_given_name(words[0]):
        f["what the speaker is"] = "person (first name + surname)"
    else:
        f["what the speaker is"] = "other capitalised name"
    f["among the text's people"] = "yes" if speaker in people(text, "es") else "no"
    capitalised = [w for w in words if w[:1].isupper() and len(w) > 2]
    keys = [speaker, *capitalised[-1:]]
    found: list[int] = []
    for key in keys:  # the name as given, else its last capitalised word
        found = found or [m.start() for m in re.finditer(re.escape(key), masked)]

    if found:
        f["where named (nearest)"] = min(framed.place(o) for o in found)[2:]
        near = min(found, key=lambda o: (o >= q0, abs(o - q0)))
        far = q0 - near if near < q0 else near - q1
        f["distance"] = (
            "<= 40"
            if far <= 40
            else "41-150"
            if far <= 150
            else "151-400"
            if far <= 400
            else "> 400"
        )
        earlier = [o for o in found if o < q0]
        if earlier and not fa <= max(earlier) < fb:
            gap = masked[max(earlier) + len(speaker) : q0]
            between = [
                m.group(0)
                for m in re.finditer(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+", gap)
                if is_given_name(m.group(0).split()[0]) and m.group(0).split()[-1] not in speaker
            ]
            f["another person named between (named before its sentence)"] = (
                "yes" if between else "no"
            )
    else:
        f["where named (nearest)"] = "not written as given"
    f["partial"] = "partial" if record["partial"] else "whole"
    alone = not masked[pa:q0].strip(" «»“”\"'—-–") and not masked[q1:pb].strip(" «»“”\"'.,—-–")
    f["quote alone in its paragraph"] = "yes" if alone else "no"
    f["marks"] = record.get("style") or "?"
    names = {
        m.group(0)
        for m in re.finditer(
            r"(?<=[a-záéíóúñ,;]\s)[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+)*", sentence
        )
    }
    f["capitalised names in its sentence"] = "0" if not names else "1" if len(names) == 1 else "2+"
    pronoun = re.search(r"\b(?:él|ella|ellos|ellas|quien|quienes)\b", masked[fa:q0].lower())
    f["pronoun before the quote in its sentence"] = "yes" if pronoun else "no"
    length = len(text[q0:q1].split())
    f["quote length (words)"] = (
        "1-5" if length <= 5 else "6-15" if length <= 15 else "16-40" if length <= 40 else "41+"
    )
    speakers = len({other["speaker"] for other in others})
    f["speakers in the article"] = "1" if speakers == 1 else "2-3" if speakers <= 3 else "4+"
    f["first paragraph"] = "yes" if framed.at == 0 else "no"
    tokens = re.findall(r"\w+", fold(sentence))
    verb = any(t in _spanish().forms for t in tokens) or any(
        c in fold(sentence) for c in PREPOSITION_CUES["es"]
    )
    f["verb of saying in the quote's sentence"] = "yes" if verb else "no"
    quotes = len(others)
    f["speakers given in the article"] = "1-3" if quotes <= 3 else "4-8" if quotes <= 8 else "9+"
    f["source"] = record["key"].split(":")[0]
    return f


def withheld_now(record: dict, text: str) -> bool:
    """Whether the current abstention rules withhold a speaker the old code gave."""
    from contrasta.reading.quotes import withheld

    speaker = record["speaker"]
    return (
        withheld._stray_word(speaker, text)
        or withheld._unresolved_description(speaker, text)
        or withheld._unsure_speaker(
            speaker, text, record["start"], record["end"], record["partial"]
        )
    )


def feature_table(rows: list[tuple[dict, dict[str, str]]]) -> dict[str, dict[str, list[int]]]:
    """For each feature and value: [speakers given, right, right or lenient]."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for record, features in rows:
        for feature, value in features.items():
            cell = table[feature][value]
            cell[0] += 1
            cell[1] += record["right"]
            cell[2] += record["right"] or lenient(record["speaker"], record["gold"])
    return table


def tabulate(rows: list[tuple[dict, dict[str, str]]]) -> None:
    for feature, values in feature_table(rows).items():
        print(f"- {feature}")
        for value, (n, right, loose) in sorted(values.items(), key=lambda kv: -kv[1][0]):
            print(
                f"    {value:40s} {n:4d} given  precision {right / n:.2f} (lenient {loose / n:.2f})"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", help="comma-separated splits (default: all)")
    parser.add_argument("--work", type=Path, help="keep the old trees and records here")
    parser.add_argument("--list", action="store_true", help="print the speakers withheld")
    parser.add_argument("--collect", nargs="+", help=argparse.SUPPRESS)  # LO HI OUT [SPLIT]
    args = parser.parse_args()
    if args.collect:
        lo, hi, out, *split = args.collect
        collect(int(lo), int(hi), Path(out), *split)
        return 0
    sys.path.insert(0, str(ROOT))
    chosen = set(args.rounds.split(",")) if args.rounds else {r[0] for r in ALL}
    work = args.work or Path(tempfile.mkdtemp(prefix="contrasta-blind-speakers-"))
    work.mkdir(parents=True, exist_ok=True)
    rows, per_round = [], []
    try:
        for name, lo, hi, commit, split in ALL:
            if name not in chosen:
                continue
            out = work / f"{name}-{commit}.json"
            if not out.exists():
                tree = evaldata.tree_at(commit, work)
                env = {**os.environ, "PYTHONPATH": str(tree)}
                command = [sys.executable, __file__, "--collect", str(lo), str(hi), str(out), split]
                subprocess.run(command, env=env, check=True)
            data = json.loads(out.read_text())
            by_key: dict[str, list[dict]] = defaultdict(list)
            for record in data["records"]:
                by_key[record["key"]].append(record)
            withheld = []
            for key, records in by_key.items():
                text = data["texts"][key]
                for record in records:
                    rows.append((record, describe(record, text, records)))
                    if withheld_now(record, text):
                        withheld.append(record)
            given = data["records"]
            per_round.append((name, commit, given, withheld))
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    right = sum(r["right"] for r, _ in rows)
    print(f"speakers given on quotes found, then blind: {right}/{len(rows)} right")
    tabulate(rows)
    print("withheld by the current rules (given right -> after):")
    totals = [0, 0, 0, 0]
    for name, commit, given, withheld in per_round:
        ok, cut_ok = sum(r["right"] for r in given), sum(r["right"] for r in withheld)
        counts = (ok, len(given), cut_ok, len(withheld))
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        after = f"{ok - cut_ok}/{len(given) - len(withheld)}"
        print(f"  {name:10s} {commit}  {ok}/{len(given)} -> {after}", end="")
        print(f"  ({len(withheld)} withheld, {cut_ok} right)")
        if args.list:
            for record in withheld:
                print(f"      {record['speaker']!r} (want {record['gold']!r})")
    ok, n, cut_ok, cut = totals
    if n > cut:
        kept = (ok - cut_ok) / (n - cut)
        print(f"  all: {ok}/{n} ({ok / n:.3f}) -> {ok - cut_ok}/{n - cut} ({kept:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
