"""Where the real-corpus run's annotate and dossier CPU goes, part by part (issue 14).

    PYTHONPATH=$PWD python bench/realcorpus.py --only default --keep DIR
    PYTHONPATH=$PWD python bench/stage_parts.py DIR/default/contrasta.db [--limit N]

The run's stored articles are read again in this fresh process as `Service.refresh` reads
them (stories in the store's order, runs of `dossier.reading.BATCH` articles), so every
word is new to spaCy's vocabulary, as in the run. First what the corpus offers to the
ideas that skip work: articles whose title and text are another's (a reading to reuse),
paragraphs that recur, and the share of the parser's text in paragraphs with no
check-worthy sentence (no clause of theirs reads a parse). Then the CPU seconds of a
reading's parts (the spaCy runs, claims, quotes, the rest), of the Spanish spaCy steps
(bench/reading_speed.py's table, on these articles), and of a dossier's parts built
from those readings (the USE vectors of the claims, the rest of their similarity, the
frame comparisons, the story's quotes and entities). Each part is timed around its own
call; the readings and dossiers are those of the run (nothing is changed).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from contrasta.model import Article, Story  # noqa: E402


def timed(owner: object, name: str, spent: Counter[str], label: str) -> None:
    """`owner.name` replaced by the same call that adds its CPU seconds to `spent[label]`."""
    call: Callable = getattr(owner, name)

    def timing(*args, **kwargs):
        started = time.process_time()
        try:
            return call(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started

    setattr(owner, name, timing)


def offers(articles: list[Article]) -> None:
    """Copies, repeated paragraphs, and parser text no claim reads."""
    from contrasta.crosscheck.claims import _check_worthy, _unglued, _without_dateline, parsed_texts
    from contrasta.reading.sentences import split_sentences

    texts = Counter((a.title, a.text, a.lang) for a in articles)
    copies = sum(n - 1 for n in texts.values())
    paragraphs = Counter(p.strip() for a in articles for p in a.text.split("\n\n") if p.strip())
    repeated = sum(len(p) * (n - 1) for p, n in paragraphs.items())
    every = sum(len(p) * n for p, n in paragraphs.items())
    print(f"articles {len(articles)}: {dict(Counter(a.lang for a in articles).most_common())}")
    print(f"copies of another article (title, text, language): {copies}")
    print(f"characters in paragraphs seen before: {repeated / every:.1%}")
    parsed = unread = 0
    for article in articles:
        if article.lang != "es":
            continue
        for number, text in enumerate(parsed_texts(article)):
            pieces = [
                piece
                for k, found in enumerate(split_sentences(text, 0))
                for piece in _unglued(_without_dateline(found), number == 0 and k == 0)
            ]
            parsed += len(text)
            if not any(_check_worthy(p.text, text, p is pieces[0]) for p in pieces):
                unread += len(text)
    print(f"Spanish parser text in paragraphs no claim reads: {unread / max(parsed, 1):.1%}")


def chunks(store, stories: list[Story], limit: int) -> list[list[Article]]:
    from contrasta.dossier.reading import BATCH
    from contrasta.service import _by_articles

    found, total = [], 0
    for chunk in _by_articles(stories, BATCH):
        ids = [i for story in chunk for i in story.article_ids]
        by_id = {a.id: a for a in store.get_articles(ids)}
        found.append([by_id[i] for i in ids if i in by_id])
        total += len(found[-1])
        if total >= limit:
            break
    return found


def kept_run(doc: str) -> argparse.Namespace | None:
    """The arguments of a bench over a kept run (its database, `--limit`), or None when the
    database is missing; freed memory is kept as the command line's process keeps it."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("db", type=Path, help="a kept bench/realcorpus.py run's contrasta.db")
    parser.add_argument("--limit", type=int, default=10**9, help="articles at most")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no database at {args.db}", file=sys.stderr)
        return None

    from contrasta.memory import keep_freed

    keep_freed()
    return args


def main() -> int:
    args = kept_run(__doc__)
    if args is None:
        return 1
    import contrasta.crosscheck.align as align
    import contrasta.dossier as dossier
    import contrasta.dossier.reading as reading
    from contrasta.reading.nlp import Pipeline
    from contrasta.service import Service
    from contrasta.store import open_store
    from contrasta.use_forward import USEEmbedder

    store = open_store(args.db)
    service = Service(store)
    stories = store.list_stories()
    batches = chunks(store, stories, args.limit)
    offers([a for batch in batches for a in batch])

    spent: Counter[str] = Counter()
    timed(Pipeline, "_run", spent, "spaCy (tokenizer and steps, model loads)")
    timed(reading, "extract_claims", spent, "claims (our rules on the parses)")
    timed(reading, "quotes_and_people", spent, "quotes and people")
    started = time.process_time()
    readings = {r.article_id: r for batch in batches for r in reading.read_articles(batch)}
    total = time.process_time() - started
    spent["the rest (mentions from the docs, batching)"] = total - sum(spent.values())
    print(f"\nannotate: {total:.1f} CPU s, {len(readings)} articles")
    for label, seconds in spent.items():
        print(f"  {label:<48} {seconds:6.1f} CPU s")

    from reading_speed import steps

    steps([a for batch in batches for a in batch if a.lang == "es"])

    parts: Counter[str] = Counter()
    timed(USEEmbedder, "embed", parts, "USE vectors of the claims")
    timed(align, "similarity", parts, "claim similarity (USE included)")
    timed(align, "frame_agreement", parts, "frame comparisons")
    timed(dossier, "crosscheck", parts, "cross-check (similarity included)")
    timed(dossier, "story_quotes", parts, "story quotes (read again with its people)")
    timed(dossier, "story_entities", parts, "story entities")
    read = {a.id for batch in batches for a in batch}
    started = time.process_time()
    built = 0
    for story in stories:
        if not set(story.article_ids) <= read:
            continue
        articles = service._articles(story)
        dossier.try_dossier(story, articles, service.registry, service.lexicon, readings)
        built += 1
    print(f"\ndossiers: {time.process_time() - started:.1f} CPU s, {built} stories")
    for label, seconds in parts.items():
        print(f"  {label:<48} {seconds:6.1f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
