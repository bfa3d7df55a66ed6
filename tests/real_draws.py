"""What the tests of the FakeDeS held-out rounds drawn by bench/real/selection.py
(tests/test_real_reading_draw15.py, draw16.py) check alike: the committed list read back,
the draw's counts, order and outlet cap, that no drawn row is named by another bench, that a
split follows its draw with its own reserve, and that the new splits share no article."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "real"))

import real_reading
import selection


def read_draw(path) -> list[dict]:
    """The committed draw list: split, file, id, outlet, chars per line."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        split, name, row_id, outlet, chars = line.split("\t")
        rows.append(
            {"split": split, "file": name, "id": row_id, "outlet": outlet, "chars": int(chars)}
        )
    return rows


def key(item: dict) -> str:
    return real_reading.fakedes_key(item["id"], item["file"])


def entries(split: str, kind: str) -> list[dict]:
    path = real_reading.SETS["es"] / split / f"{kind}.json"
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def annotated(splits: tuple[str, ...]) -> list[str]:
    return [split for split in splits if split in real_reading.annotated_splits()]


def same_draw(drawn: list[dict], committed: list[dict]) -> bool:
    fields = ("split", "file", "id", "outlet", "chars")
    return [tuple(item[f] for f in fields) for item in drawn] == [
        tuple(item[f] for f in fields) for item in committed
    ]


def check_counts_and_cap(
    draw: list[dict], splits: tuple[str, str], cap: int = selection.PER_OUTLET
) -> None:
    """16 articles for each split and 4 of reserve for each, in that order, no row twice, at
    most `cap` of one outlet, every row of a FakeDeS file and none FIFTEENTH_NAMED names."""
    order = [*splits, *(f"reserve-{split}" for split in splits)]
    assert Counter(item["split"] for item in draw) == dict(zip(order, (16, 16, 4, 4), strict=True))
    assert [item["split"] for item in draw] == sorted(
        (item["split"] for item in draw), key=order.index
    )
    assert len({key(item) for item in draw}) == len(draw)
    outlets = Counter(selection._outlet_key(item["outlet"]) for item in draw)
    assert max(outlets.values()) <= cap
    for item in draw:
        assert item["file"] in selection.FIFTEENTH_FILES
        assert item["id"] not in selection.FIFTEENTH_NAMED[item["file"]].split()


def named_by_benches(exempt: frozenset[Path] = frozenset()) -> set[str]:
    """Every row any file under bench/ but `exempt` names as fakedes/<file>/<id> (as the
    timeline, confirmed and claims benches name rows)."""
    named = set()
    for path in (ROOT / "bench").rglob("*"):
        if path.is_file() and path not in exempt and path.suffix in {".json", ".py", ".md", ".txt"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            named |= set(re.findall(r"fakedes/(?:train|development)/\d+", text))
    return named


def check_follows_draw(draw: list[dict], split: str) -> None:
    """The split's articles are its drawn 16 in order, an unusable one left out, then the
    first articles of its own reserve in order, one for each left out (fewer when short);
    both files list the same articles."""
    drawn = [key(item) for item in draw if item["split"] == split]
    reserve = [key(item) for item in draw if item["split"] == f"reserve-{split}"]
    keys = [real_reading.article_key(entry) for entry in entries(split, "quotes")]
    assert [real_reading.article_key(entry) for entry in entries(split, "dates")] == keys
    kept = [k for k in keys if k not in reserve]
    used = [k for k in keys if k in reserve]
    assert keys == kept + used
    assert used == reserve[: len(used)]
    assert kept == [k for k in drawn if k in kept]
    last = drawn.index(kept[-1]) if kept else -1
    left_out = [k for k in drawn[: last + 1] if k not in kept]
    assert len(used) <= len(left_out) + len(drawn[last + 1 :])
    assert len(keys) <= len(drawn)


def checked_entries(split: str) -> Iterator[tuple[str, dict, object]]:
    """(kind, entry, source) of each quotes then dates entry of the split, each checked to
    be a FakeDeS row of the drawn files whose hash and spans fit the data."""
    sources = real_reading.load_sources()
    for kind in ("quotes", "dates"):
        for entry in entries(split, kind):
            assert entry["source"] == "fakedes" and entry["file"] in selection.FIFTEENTH_FILES
            source = sources[real_reading.article_key(entry)]
            real_reading.check(entry, source)
            yield kind, entry, source


def check_no_shared_article(splits: tuple[str, ...]) -> None:
    """No annotated split of `splits` shares an article with any other annotated split."""
    every = {s: set(real_reading.load_annotations(s)) for s in real_reading.annotated_splits()}
    for split in annotated(splits):
        for other, keys in every.items():
            if other != split:
                assert not every[split] & keys, (split, other)
