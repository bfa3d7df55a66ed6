"""bench/run_misses.py names why a run split a pair from what the later side was placed on:
checked on a hand-made week (no evaluation data), with the hand-made model of
tests/test_stories.py, so the causes it prints for the real run mean what they say."""

from __future__ import annotations

import sys

from test_stories import MODEL, CountingEmbed, _item

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from run_misses import _Recording, _split


def test_each_cause_of_a_split_is_told_from_the_placement():
    clusterer = type("Recording", (_Recording,), {"placements": {}})(
        MODEL, CountingEmbed({"a": [0, 1], "b": [1, 0], "c": [1, 0], "x": [1, 0]})
    )
    port = clusterer.add(_item("a", {"huelga": 1, "puerto": 1, "grúa": 1}))
    clusterer.add(_item("b", {"cine": 1, "festival": 1}))
    ferry = clusterer.add(_item("c", {"muelle": 1, "ferry": 1, "barco": 1}))
    # x's closest story by wording (the port's) is read and says no; the cinema's takes it;
    # the ferry's is left unread.
    clusterer.add(_item("x", {"huelga": 1, "puerto": 1, "muelle": 1, "cine": 1}))
    x = clusterer.placements["x"]
    assert _split(x, port, MODEL) == "story says no"
    assert _split(x, ferry, MODEL) == "set aside"
    assert _split(x, "s-elsewhere", MODEL) == "not in reach"
    # z's wording settles it into the port's story: the ferry's is not read further.
    clusterer.add(_item("z", {"huelga": 1, "puerto": 1, "grúa": 1, "ferry": 0.1}))
    z = clusterer.placements["z"]
    assert z.story == port and _split(z, ferry, MODEL) == "words settled another story"
    assert [p.order for p in clusterer.placements.values()] == [0, 1, 2, 3, 4]
