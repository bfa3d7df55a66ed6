"""The open stories' word index against the sums it replaces."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from contrasta.stories.index import StoryRows
from contrasta.stories.postings import Postings

WORDS = [f"w{i}" for i in range(12)]
DAY = datetime(2025, 3, 1)

vectors = st.dictionaries(st.sampled_from(WORDS), st.floats(0.01, 1.0), min_size=1, max_size=6)
steps = st.lists(
    st.tuples(st.sampled_from(["open", "take", "close"]), st.integers(0, 40), vectors),
    min_size=1,
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(steps, vectors)
def test_overlaps_are_the_dot_products_with_each_open_story(script, query):
    """Whatever stories opened, grew and closed in between, each row's overlap is the
    article's vector against the summed vectors of that story's members, summed in the
    article's word order (the float the clusterer's loop gave), and closed stories score
    nothing."""
    rows = StoryRows(capacity=2)
    summed: dict[int, dict[str, float]] = {}
    for action, pick, terms in script:
        if action == "open" or not summed:
            row = rows.open()
            assert row not in summed
            summed[row] = {}
        else:
            row = sorted(summed)[pick % len(summed)]
        if action == "close" and summed[row]:
            summed.pop(row)
            rows.close(row)
            continue
        for term, weight in terms.items():
            summed[row][term] = summed[row].get(term, 0.0) + weight
        rows.take(row, terms, "es", (DAY, DAY), (None, None))
    dots = rows.overlaps(query)
    for row in range(rows.used):
        expected = 0.0
        for term, weight in query.items():
            if term in summed.get(row, {}):
                expected = expected + weight * summed[row][term]
        assert dots[row] == expected
    live = {t for terms in summed.values() for t in terms}
    assert set(rows.postings.ids) == live
    assert rows.used <= len(script)


def test_window_and_languages_per_row():
    rows = StoryRows()
    old, new = rows.open(), rows.open()
    rows.take(old, {"a": 1.0}, "es", (DAY, DAY + timedelta(days=1)), (None, None))
    rows.take(new, {"a": 1.0}, "en", (DAY + timedelta(days=20),) * 2, (DAY, DAY))
    both = rows.overlaps({"a": 1.0}).nonzero()[0]
    week = (DAY + timedelta(days=8), DAY + timedelta(days=30))
    assert rows.in_reach(both, *week, dated=True).tolist() == [new]
    assert rows.in_reach(both, DAY, DAY, dated=False).tolist() == [new]
    assert rows.same_language(both, "es").tolist() == [1, 0]
    assert rows.same_language(both, None).tolist() == [0, 0]


def test_postings_keep_their_sums_while_segments_widen_move_and_pack():
    """Enough words, rows and closings that segments widen, words give their ids back and
    the pool is packed several times over: every row's dot product stays the loop's float,
    and the pool stays within a bound of what the open rows hold."""
    rng = random.Random(5)
    postings = Postings()
    summed: dict[int, dict[str, float]] = {}
    pools = set()
    for step in range(4000):
        row = rng.randrange(300)
        if row in summed and rng.random() < 0.2:
            postings.remove(row)
            del summed[row]
            continue
        terms = {f"w{rng.randrange(2000 if step % 2 else 40)}": rng.random() for _ in range(8)}
        postings.add(row, terms)
        mine = summed.setdefault(row, {})
        for term, weight in terms.items():
            mine[term] = mine.get(term, 0.0) + weight
        pools.add(id(postings.rows))
        held = sum(len(t) for t in summed.values())
        assert postings.in_use <= 2 * held + 4 * len(postings.ids)
    query = {f"w{i}": rng.random() for i in range(0, 2000, 7)}
    dots = postings.dots(query, 300)
    for row in range(300):
        expected = 0.0
        for term, weight in query.items():
            if term in summed.get(row, {}):
                expected = expected + weight * summed[row][term]
        assert dots[row] == expected
    assert set(postings.ids) == {t for terms in summed.values() for t in terms}
    assert len(pools) > 3
    assert len(postings.rows) <= 4 * (postings.in_use) + 2048
