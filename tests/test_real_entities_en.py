"""The dossier's entity list on real English news (bench/real/entities_en.json, `--set en`).

The English set's articles are those of the English quotes rounds (dev: the 16 of
bench/real/en/dev/quotes.json; heldout: the 16 of bench/real/en/heldout2/quotes.json;
heldout2: the 16 of bench/real/en/heldout3/quotes.json), read as English. Dev is scored
here, and heldout since the lead folded it (2026-12-06, after its scorings at 0.390 and
0.509), and heldout2 since its fold (2026-12-07, README item 92): all tuned on now, each
with a floor; heldout2 is also checked against the data (hashes, spans, the whole-word
convention). Skips when ../shared/eval (or $CONTRASTA_EVAL) or openpyxl is absent.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import real_entities

MISSING = real_entities.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

# English dev (16 articles, 118 names) at RULES 69, no English entity model, names typed by
# press conventions: typed F1 0.398 (P 0.357, R 0.449; 53/118 found with their type),
# wrong type 67, not a name 32, split 15. At reading RULES 78 (conventions chosen on the
# kinds shown wrong on dev and the folded heldout, bench/real_entities.py): 0.438 without the
# English model (wrong type 62, not a name 30, split 15), 0.757 with it (16, 3, 5); the
# folded heldout 0.452 without, 0.563 with (0.401 and 0.509 before). Floors hold both ways.
TYPED_F1 = 0.43
WRONG_TYPE = 62
NOT_A_NAME = 30
SPLIT = 15
HELDOUT_F1 = 0.45
QUOTES = {
    "dev": "dev",
    "heldout": "heldout2",
    "heldout2": "heldout3",
}  # split -> the quotes round it takes its articles from


@pytest.fixture(scope="module")
def sources() -> dict:
    return real_entities.load_sources()


def _annotations() -> list[dict]:
    return json.loads(real_entities.ANNOTATIONS_EN.read_text(encoding="utf-8"))["articles"]


def test_the_english_annotations_fit_the_data(sources):
    for entry in _annotations():
        assert entry["cite"] in sources, entry["cite"]
        assert entry["lang"] == sources[entry["cite"]].lang == "en", entry["cite"]
        real_entities.check(entry, sources[entry["cite"]])


def test_the_articles_are_the_english_quotes_rounds_in_order():
    """Each split holds its quotes round's articles, all of them, in that file's order."""
    annotated = _annotations()
    assert {entry["split"] for entry in annotated} == set(real_entities.SET_SPLITS["en"])
    for split, folder in QUOTES.items():
        path = ROOT / "bench" / "real" / "en" / folder / "quotes.json"
        articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
        expected = [
            (f"semeval/{a['pair_id']}/{a['side']}/{a['field']}", a["chars"], a["sha256_8"])
            for a in articles
        ]
        got = [(e["cite"], e["chars"], e["sha256_8"]) for e in annotated if e["split"] == split]
        assert got == expected, split
        assert len(got) == 16


def test_every_mention_is_a_whole_word_form_and_every_occurrence_is_annotated(sources):
    """The convention (real_entities.mention_faults): a name's mentions are every whole-word
    occurrence of each of its forms (a mention's text is a form), one inside a longer name's
    mention left to it; no two mentions overlap."""
    for entry in _annotations():
        text = sources[entry["cite"]].text
        assert not real_entities.mention_faults(entry, text), entry["cite"]


DAYS_AND_MONTHS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February April June"
    " July August September October November December Jan Feb Apr Aug Sept Sep Oct Nov Dec"
).split()  # not "May" or "March", verbs too


def test_weekdays_and_months_are_not_names(sources):
    """The English convention: a weekday or a month (abbreviated too, with or without its
    stop) is NOT-A-NAME wherever it is not inside a longer name, in every split."""
    for entry in _annotations():
        text = sources[entry["cite"]].text
        spans = {(s, s + n): name["type"] for name in entry["names"] for s, n in name["spans"]}
        for word in DAYS_AND_MONTHS:
            for found in re.finditer(r"(?<!\w)" + word + r"(?!\w)", text):
                start, end = found.span()
                own = spans.get((start, end)) or spans.get((start, end + 1))
                longer = any(s <= start <= end <= e and e - s > end + 1 - start for s, e in spans)
                assert own == real_entities.NOT_A_NAME or (own is None and longer), (
                    entry["cite"],
                    start,
                )


@pytest.fixture(scope="module")
def dev() -> dict:
    return real_entities.evaluate("dev", "en")


def test_english_typed_f1_floor(dev):
    assert dev["articles"] == 16
    assert sum(dev["tally"].gold.values()) == 118
    assert dev["typed"][2] >= TYPED_F1, "\n".join(dev["tally"].notes)


def test_english_wrong_types_non_names_and_splits_do_not_grow(dev):
    tally = dev["tally"]
    assert tally.wrong_type <= WRONG_TYPE, "\n".join(tally.notes)
    assert tally.not_a_name <= NOT_A_NAME, "\n".join(tally.notes)
    assert tally.split <= SPLIT


def test_the_folded_english_heldout_split_holds():
    heldout = real_entities.evaluate("heldout", "en")
    assert heldout["articles"] == 16
    assert heldout["typed"][2] >= HELDOUT_F1, "\n".join(heldout["tally"].notes)


def test_only_the_lead_only_splits_are_refused_without_the_lead():
    """The English heldout and heldout2 splits are folded (each scored twice by the lead):
    they run like dev. A split still blind (`LEAD_ONLY`) is refused without
    --i-am-the-lead, one the set lacks is refused as unknown."""
    for folded in (("en", "heldout"), ("en", "heldout2"), ("es", "heldout2"), ("es", "heldout3")):
        assert folded not in real_entities.LEAD_ONLY
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = str(ROOT / "bench" / "real_entities.py")
    for which, split in sorted(real_entities.LEAD_ONLY):
        command = [sys.executable, script, "--set", which, "--split", split]
        refused = subprocess.run(command, capture_output=True, env=env)
        assert refused.returncode == 2, (which, split)
        assert b"lead" in refused.stderr
    command = [sys.executable, script, "--set", "en", "--split", "heldout9"]
    unknown = subprocess.run(command, capture_output=True, env=env)
    assert unknown.returncode != 0


# The folded heldout2 (README item 92): typed F1 at the fold's code (3f4a23d) 0.616 with the
# English model, 0.474 without; at reading RULES 86 (item 99) 0.627 with it, 0.474 without.
HELDOUT2_F1 = 0.62
HELDOUT2_F1_NO_MODEL = 0.47


def test_the_folded_english_heldout2_split_holds():
    from contrasta.reading.nlp import entity_model

    heldout2 = real_entities.evaluate("heldout2", "en")
    floor = HELDOUT2_F1 if entity_model("en") else HELDOUT2_F1_NO_MODEL
    assert heldout2["articles"] == 16
    assert heldout2["typed"][2] >= floor, "\n".join(heldout2["tally"].notes)
