"""Benchmark: what reading an article costs (`dossier.reading.read_articles`: entities,
claims, quotes and people), in CPU seconds, on real news, and what loading its tables costs.

    PYTHONPATH=$PWD .venv/bin/python bench/reading_speed.py [--limit 400] [--batch 64]

The articles are the FakeDeS development rows (Spanish; headline and text, read as a JSON
Lines record would be) and the distinct sides of the SemEval-2022 development pairs
(Spanish, English and Italian), prepared as `contrasta analyze` prepares them, every k-th
taken up to --limit. First each one-off load is timed (spaCy, the pipeline of each
language, simplemma's dictionary, gender-guesser's names, wordfreq's table); then the
articles are read once to warm what loads lazily, and timed on a second pass, per batch
(--batch) and, for comparison, one article per call. Last, the Spanish articles' spaCy
steps are timed one by one (what `reading.nlp` runs for the clause parser and the entity
reader, with `ner`'s own encoder also timed alone), to show where a reading's model time
goes. Freed memory is kept for reuse, as the command line keeps it (`contrasta.memory`).
With --digest, a digest of every reading of the warm-up pass (quotes with their speakers,
claims with their dates and figures, mentions, people) follows it: run with
PYTHONHASHSEED=0 (claims hold sets), it shows a speed change reads the same.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from evaldata import (  # noqa: E402
    FAKEDES,
    READ_AT,
    SEMEVAL,
    fakedes_rows,
    missing,
    pair_side,
    semeval_rows,
)

from contrasta.model import Article  # noqa: E402


def articles(limit: int) -> list[Article]:
    from contrasta.errors import InputError
    from contrasta.ingest.text import paragraphs_from_lines
    from contrasta.model import RawDocument
    from contrasta.prepare import prepare

    found = []
    for row in fakedes_rows("development"):
        if not row["TEXT"]:
            continue
        text = str(row["TEXT"])
        raw = RawDocument(
            source=f"fakedes:{row['ID']}",
            fmt="jsonl",
            text=text,
            title=str(row["HEADLINE"] or "").strip() or None,
            lang="es",
            paragraphs=paragraphs_from_lines(text.splitlines()),
        )
        found.append(prepare(raw, now=READ_AT))
    texts = {row[f"text{s}"]: (row["pair_id"], s) for row in semeval_rows(SEMEVAL) for s in "12"}
    for text, (pair, side) in texts.items():
        try:
            found.append(pair_side(pair, side, text))
        except InputError:  # nothing of an article left after cleaning
            continue
    step = max(1, len(found) // limit)
    return found[::step][:limit]


def cpu(what: str, run: Callable[[], object]) -> object:
    started = time.process_time()
    result = run()
    print(f"{what:<44} {time.process_time() - started:6.2f} CPU s", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--digest", action="store_true", help="digest of every reading")
    args = parser.parse_args()
    reason = missing(FAKEDES / "development.xlsx", SEMEVAL, xlsx=True)
    if reason:
        print(reason, file=sys.stderr)
        return 1
    chosen = articles(args.limit)
    words = sum(len(a.text.split()) for a in chosen) / len(chosen)
    langs = sorted({a.lang or "?" for a in chosen})
    print(f"{len(chosen)} articles ({', '.join(langs)}), {words:.0f} words each on average")

    from contrasta.memory import keep_freed

    keep_freed()  # as the command line's process does
    cpu("import spacy", lambda: __import__("spacy"))
    from contrasta.dossier.reading import read_article, read_articles
    from contrasta.reading.inflection import is_inflected
    from contrasta.reading.names import is_given_name
    from contrasta.reading.nlp import load_pipeline
    from contrasta.reading.rarity import rarity

    for lang in langs:
        cpu(f"the {lang} pipeline", lambda lang=lang: load_pipeline(None if lang == "?" else lang))
    cpu("simplemma's dictionary (first look-up)", lambda: is_inflected("consultado"))
    cpu("gender-guesser's names", lambda: is_given_name("Lucía"))
    cpu("wordfreq's Spanish table", lambda: rarity("casa", "es"))
    readings = cpu(
        "read every article once (warming up)", lambda: list(read_articles(chosen, args.batch))
    )
    if args.digest:
        digest = hashlib.sha256("\n".join(map(repr, readings)).encode()).hexdigest()[:16]
        print(f"digest of the {len(readings)} readings: {digest}")
    started = time.process_time()
    list(read_articles(chosen, args.batch))
    batched = time.process_time() - started
    started = time.process_time()
    for article in chosen:
        read_article(article)
    alone = time.process_time() - started
    for what, seconds in ((f"in batches of {args.batch}", batched), ("one per call", alone)):
        print(
            f"read {what:<20} {seconds:6.2f} CPU s: {1000 * seconds / len(chosen):5.1f} ms "
            f"an article, {len(chosen) / seconds:5.1f} articles per CPU second"
        )
    spanish = [a for a in chosen if a.lang == "es"]
    if spanish:
        steps(spanish)
    return 0


def steps(spanish: list[Article]) -> None:
    """CPU seconds of each spaCy step over the Spanish articles, run as `reading.nlp` runs
    them (in batches, on one BLAS thread)."""
    from contrasta.blas import one_thread
    from contrasta.crosscheck.claims import parsed_texts
    from contrasta.dossier.reading import entity_text
    from contrasta.reading.nlp import ENTITY_STEPS, PARSE_STEPS, load_pipeline, run_step

    nlp = load_pipeline("es").nlp
    runs = (
        ("parser", PARSE_STEPS, [t for a in spanish for t in parsed_texts(a)]),
        ("entities", ENTITY_STEPS, [entity_text(a) for a in spanish]),
    )
    print(f"spaCy steps over the {len(spanish)} Spanish articles:")
    with one_thread():
        for reader, names, texts in runs:
            started = time.process_time()
            docs = [nlp.make_doc(text) for text in texts]
            print(f"  {reader:<9} {'tokenizer':<16} {time.process_time() - started:6.2f} CPU s")
            for name in names:
                if name == "ner":
                    started = time.process_time()
                    encoder(nlp, docs)
                    seconds = time.process_time() - started
                    print(f"  {reader:<9} {'(ner encoder)':<16} {seconds:6.2f} CPU s")
                started = time.process_time()
                docs = list(run_step(nlp, name, docs))
                print(f"  {reader:<9} {name:<16} {time.process_time() - started:6.2f} CPU s")


def encoder(nlp, docs: list) -> None:
    """Run `ner`'s own encoder alone, on the parts `greedy.run` gives it (a quarter of a
    batch, by length, in runs of `greedy.ENCODER_TOKENS` tokens): the part of the `ner`
    row that the parser's encoder (`tok2vec`) would spare if the two were one; the rest of
    the row is its transitions."""
    from contrasta.reading.greedy import ENCODER_TOKENS, token_runs
    from contrasta.reading.nlp import BATCH

    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    for start in range(0, len(docs), BATCH):
        by_length = sorted(docs[start : start + BATCH], key=len)
        for part in range(0, len(by_length), BATCH // 4):
            for run in token_runs(by_length[part : part + BATCH // 4], ENCODER_TOKENS):
                tok2vec.predict(run)


if __name__ == "__main__":
    sys.exit(main())
