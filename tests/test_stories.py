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
from contrasta.stories.online import WEIGHTS, Clusterer, Item


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
