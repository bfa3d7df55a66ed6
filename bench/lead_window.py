"""Lead windows: what a shorter embedded lead would save, and what it would cost, in one run.

    PYTHONPATH=$PWD .venv/bin/python bench/lead_window.py [CSV] [--chars 600 500 400 300]
        [--articles 10000] [--timed 1000]

The USE lead embedding is most of grouping's CPU (bench/clustering.py), and its cost grows
with the tokens fed to the model. For each window (characters of title and opening
paragraphs, cut at a word, as `contrasta.embed.article_lead` cuts them):

- tokens per lead (mean, median, 90th percentile) on the generated corpus of
  bench/clustering.py (`--articles`, read through contrasta's own reading of JSON lines)
  and on both sides of the rated pairs (bench/pairs.py's file, by default SemEval-2022
  Task 8 dev);
- USE CPU per lead, `--timed` generated leads embedded one call each (as grouping mostly
  embeds them: ~1.2 leads a call at 10,000 articles), after a warm-up;
- bench/calibrate.py's cross-validated figures with the model refitted on leads of that
  window (same fitting rules, folds and repeats): Pearson and same-event P/R per language
  pair, so a window is judged by the model it would ship with.

Grouping's own CPU with a window is bench/clustering.py's figure; this script says whether
a window is worth that run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent))  # after PYTHONPATH: the contrasta under test comes first
sys.path.insert(0, str(HERE))

from calibrate import Example, cross_validate, figures  # noqa: E402
from clustering import generate_real  # noqa: E402
from evaldata import READ_AT  # noqa: E402
from pairs import PAIRS, SIDES, Pair, eval_dir, load_pairs, read_article, tfidf_scores  # noqa: E402

from contrasta.embed import LEAD_CHARS, article_lead, load_embedder  # noqa: E402
from contrasta.errors import InputError  # noqa: E402
from contrasta.ingest import read_file  # noqa: E402
from contrasta.model import Article  # noqa: E402
from contrasta.prepare import prepare  # noqa: E402
from contrasta.stories.group import embedding, item_of, opening_embedding  # noqa: E402
from contrasta.stories.online import pair_evidence  # noqa: E402

WARM_UP = 200


def generated_articles(total: int) -> list[Article]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "generated"
        generate_real(folder, total)
        return [
            prepare(raw, now=READ_AT)
            for path in sorted(folder.glob("*.jsonl"))
            for raw in read_file(path)
            if not isinstance(raw, InputError)
        ]


def pair_articles(path: Path) -> list[tuple[Pair, tuple[Article, Article]]]:
    """Each readable pair with its two sides; a side that cleaning empties skips its pair."""
    out = []
    for pair in load_pairs(path):
        try:
            out.append(
                (pair, tuple(read_article(pair.pair_id, s, getattr(pair, s)) for s in SIDES))
            )
        except InputError:
            continue
    return out


def token_counts(embedder, leads: list[str]) -> np.ndarray:
    """Tokens USE reads for each lead, BOS and EOS included."""
    return np.array([len(embedder._words.ids(lead)) for lead in leads])


def cpu_per_lead(embedder, leads: list[str]) -> float:
    """Milliseconds of CPU per lead, one call each."""
    embedder.embed(leads[:WARM_UP])
    start = time.process_time()
    for lead in leads[WARM_UP:]:
        embedder.embed([lead])
    return (time.process_time() - start) / (len(leads) - WARM_UP) * 1000


def refitted(pairs, chars: int, embedder_choice: str) -> dict[str, dict[str, float]]:
    embedder = load_embedder(embedder_choice)
    embed, openings = embedding(embedder), opening_embedding(embedder)
    examples = []
    for pair, sides in pairs:
        first, second = (replace(item_of(a), lead=article_lead(a, chars)) for a in sides)
        examples.append(Example(pair, pair_evidence(first, second, embed, openings)))
    baseline = tfidf_scores([x.pair for x in examples])
    return figures(examples, cross_validate(examples, embedder_choice), baseline)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=None)
    parser.add_argument("--chars", type=int, nargs="+", default=[LEAD_CHARS, 500, 400, 300])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--timed", type=int, default=1_000)
    args = parser.parse_args()
    path = args.csv or eval_dir() / PAIRS
    if not path.exists():
        sys.exit(f"{path} not found (give a CSV, or set CONTRASTA_EVAL to the eval folder)")
    from contrasta.use_forward import USEEmbedder

    use = USEEmbedder()
    generated = generated_articles(args.articles)
    pairs = pair_articles(path)
    rated = [a for _, sides in pairs for a in sides]
    print(f"generated: {len(generated)} articles; rated pairs: {len(pairs)} ({path.name})")
    print(
        f"{'chars':>5} | {'generated tokens':>22} | {'rated tokens':>22} | {'USE ms/lead':>11} |"
        " cross-validated Pearson (es-es es-en es-it en-en all), P, R"
    )
    for chars in args.chars:
        gen_leads = [article_lead(a, chars) for a in generated]
        gen = token_counts(use, gen_leads)
        real = token_counts(use, [article_lead(a, chars) for a in rated])
        cpu = cpu_per_lead(use, gen_leads[: WARM_UP + args.timed])
        table = refitted(pairs, chars, "use")
        pearsons = " ".join(
            f"{table[k]['pearson']:.3f}" for k in ("es-es", "es-en", "es-it", "en-en", "all")
        )

        def spread(counts: np.ndarray) -> str:
            p50, p90 = np.percentile(counts, [50, 90])
            return f"mean {counts.mean():5.1f} p50 {p50:3.0f} p90 {p90:3.0f}"

        print(
            f"{chars:>5} | {spread(gen)} | {spread(real)} | {cpu:>11.2f} | {pearsons},"
            f" P {table['all']['precision']:.3f} R {table['all']['recall']:.3f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
