"""The Spanish entities splits that annotate a quotes split's articles (bench/real/entities.json),
each the 16 articles of that split (FakeDeS train and development rows) in its file's order:
`heldout3` those of the sixteenth round's heldout5, scored twice by the lead while blind
(0.691, 0.718) and folded since (README item 92), with a floor; `heldout4` those of the
seventeenth round's heldout6, scored six times by the lead while blind (0.665 to 0.716) and
folded since (README item 120), with a floor; `heldout5` those of the nineteenth round's
heldout10, scored six times by the lead while blind (0.781 to 0.827) and folded since
(README item 126), with a floor; `heldout6` those of the twentieth round's heldout13,
scored seven times by the lead while blind (0.770 to 0.793) and folded since (README item
154), with a floor; `heldout7` and `heldout8` those of the twenty-second round's heldout16
and heldout17, and `heldout9` those of the twenty-third round's heldout18, the lead's: never
scored here and never to steer the code, so only their annotations are checked and `--split
heldout7`, `--split heldout8` and `--split heldout9` are refused without `--i-am-the-lead` (no
floor: their score is the lead's). For each: the order against the quotes file,
registration, no article in another split, the fit to the data (hashes, spans) and the
conventions, and the documented counts.
Skips when ../shared/eval (or $CONTRASTA_EVAL) or openpyxl is absent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import real_entities

MISSING = real_entities.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]


@dataclass(frozen=True)
class Split:
    quotes: str  # the quotes split whose articles it annotates
    names: dict[str, int]  # as annotated (bench/real_entities.py's paragraph on the split)
    mentions: int
    not_a_name: int
    lead_only: bool
    in_readme: bool  # its counts also stated in bench/real/README.md


# A change of these counts is deliberate.
SPLITS = {
    "heldout3": Split(
        "heldout5", {"PER": 58, "ORG": 59, "LOC": 84, "MISC": 27}, 442, 32, False, False
    ),
    "heldout4": Split(
        "heldout6", {"PER": 54, "ORG": 55, "LOC": 57, "MISC": 26}, 433, 19, False, True
    ),
    "heldout5": Split(
        "heldout10", {"PER": 50, "ORG": 39, "LOC": 47, "MISC": 8}, 246, 22, False, True
    ),
    "heldout6": Split(
        "heldout13", {"PER": 42, "ORG": 40, "LOC": 33, "MISC": 10}, 240, 28, False, True
    ),
    "heldout7": Split(
        "heldout16", {"PER": 58, "ORG": 73, "LOC": 45, "MISC": 20}, 382, 31, True, True
    ),
    "heldout8": Split(
        "heldout17", {"PER": 40, "ORG": 43, "LOC": 39, "MISC": 17}, 251, 12, True, True
    ),
    "heldout9": Split(
        "heldout18", {"PER": 47, "ORG": 40, "LOC": 43, "MISC": 31}, 278, 17, True, True
    ),
}


@pytest.fixture(scope="module")
def sources() -> dict:
    return real_entities.load_sources()


def _all() -> list[dict]:
    return json.loads(real_entities.ANNOTATIONS.read_text(encoding="utf-8"))["articles"]


def _entries(split: str) -> list[dict]:
    return [entry for entry in _all() if entry["split"] == split]


@pytest.mark.parametrize("split", SPLITS)
def test_the_split_is_its_quotes_splits_articles_in_order(split):
    quotes = ROOT / "bench" / "real" / SPLITS[split].quotes / "quotes.json"
    articles = json.loads(quotes.read_text(encoding="utf-8"))["articles"]
    expected = [
        (f"fakedes/{a['file']}/{a['id']}/{a['field']}", a["chars"], a["sha256_8"]) for a in articles
    ]
    got = [(e["cite"], e["chars"], e["sha256_8"]) for e in _entries(split)]
    assert got == expected
    assert len(got) == 16
    assert {cite.split("/")[1] for cite, _, _ in got} == {"train", "development"}


@pytest.mark.parametrize("split", SPLITS)
def test_the_split_is_registered_and_held_by_the_lead_or_folded(split):
    assert split in real_entities.SET_SPLITS["es"]
    assert split not in real_entities.SET_SPLITS["en"]
    assert split in real_entities.SPLITS
    assert (("es", split) in real_entities.LEAD_ONLY) == SPLITS[split].lead_only


@pytest.mark.parametrize("split", SPLITS)
def test_no_article_of_the_split_is_in_another_split(split):
    other = {(e["chars"], e["sha256_8"]) for e in _all() if e["split"] != split}
    mine = [(e["chars"], e["sha256_8"]) for e in _entries(split)]
    assert len(set(mine)) == len(mine)
    assert not other & set(mine)


@pytest.mark.parametrize("split", SPLITS)
def test_the_annotations_fit_the_data(sources, split):
    for entry in _entries(split):
        assert entry["cite"] in sources, entry["cite"]
        assert entry["lang"] == sources[entry["cite"]].lang == "es", entry["cite"]
        real_entities.check(entry, sources[entry["cite"]])
        assert all(name["spans"] for name in entry["names"]), entry["cite"]


@pytest.mark.parametrize("split", SPLITS)
def test_every_mention_is_a_whole_word_form_and_every_occurrence_is_annotated(sources, split):
    """The convention (real_entities.mention_faults): a name's mentions are every whole-word
    occurrence of each of its forms (a mention's text is a form), one inside a longer name's
    mention left to it; no two mentions overlap."""
    for entry in _entries(split):
        text = sources[entry["cite"]].text
        assert not real_entities.mention_faults(entry, text), entry["cite"]


@pytest.mark.parametrize("split", SPLITS)
def test_a_form_is_a_name_or_not_a_name_never_both(sources, split):
    """A capitalised word listed as NOT-A-NAME is never also the text of a name's mention in
    the same article (the annotation says one thing of each spelling)."""
    for entry in _entries(split):
        text = sources[entry["cite"]].text
        forms = {True: set(), False: set()}
        for name in entry["names"]:
            is_name = name["type"] != real_entities.NOT_A_NAME
            forms[is_name] |= {text[s : s + n] for s, n in name["spans"]}
        assert not forms[True] & forms[False], entry["cite"]


@pytest.mark.parametrize("split", SPLITS)
def test_the_counts_are_those_documented(split):
    want = SPLITS[split]
    names: Counter = Counter()
    mentions = not_a_name = 0
    for entry in _entries(split):
        for name in entry["names"]:
            if name["type"] == real_entities.NOT_A_NAME:
                not_a_name += 1
            else:
                names[name["type"]] += 1
                mentions += len(name["spans"])
    assert dict(names) == want.names
    assert mentions == want.mentions
    assert not_a_name == want.not_a_name
    total = sum(want.names.values())
    assert f"{total} names" in real_entities.__doc__
    if want.in_readme:
        readme = (ROOT / "bench" / "real" / "README.md").read_text(encoding="utf-8")
        assert f"{total} names" in readme and f"{want.mentions} mentions" in readme


# heldout3's typed F1 at the fold's code (3f4a23d, reading RULES 85) 0.718, at RULES 86 (where
# a name stops, masks, clubs, credits; bench/real/README.md item 99) 0.775, at RULES 90 (a
# squad's noun cut from a club, a brand's inner capital, a body joined across "para" and "y";
# item 105) 0.793, with or without the English model (the split is all Spanish); 0.791 at
# RULES 92, 0.800 at RULES 93 (Spanish institution names, item 116; the round's
# pseudo-blind split, scored once at its end). heldout4's at its fold (reading RULES 96,
# item 120) 0.716, not a name 11. At service RULES 47 and reading RULES 97 (a Spanish model's
# MISC listed only when written as an event, a competition, a law, a work or a product is;
# outlets and companies named after their noun with an adjective, national teams; the bench
# building the list with the article, as a dossier does; item 123) heldout3 0.823, not a name
# 5, heldout4 0.777, not a name 2. At service RULES 49 (a MISC name headed by a body's noun,
# a firm's "&", a list the sentence says is of bodies; item 125) heldout3 0.841, heldout4
# 0.782, not a name unchanged. heldout5's at its fold (reading RULES 98, service RULES 50,
# item 126; scored six times while held out, 0.781 to 0.827) 0.827, not a name 11. At
# reading RULES 100 and service RULES 51 (a first-name-led name read as a place, clubs of
# several words, nicknames after "alias", credits and sites, an outlet's noun, the side
# beaten, names run over a comma, a bare surname, fields of a survey or a law, fashion
# houses listed; item 134) heldout3 0.875, heldout4 0.840, heldout5 0.827 (its round's
# pseudo-blind split, scored at the start and once at the end), not a name unchanged. At
# reading RULES 103 (kind nouns before a name, a match's sides, seats and streaming services,
# "Gobierno ...", first names read as places, "Registro ...", demonyms; item 142) heldout3
# 0.884, heldout4 0.860, heldout5 0.872, not a name unchanged. At reading RULES 109 (a list
# of people, quoted nicknames, the Sun, a club's nickname and its city, event heads; the item
# of bench/real/README.md for that round) heldout3 0.888, heldout4 0.883, heldout5 0.882.
# heldout6's at its fold (reading RULES 110, service RULES 57, item 154; scored seven times
# while held out, 0.770 to 0.793) 0.793, not a name 12. At reading RULES 111 (common nouns
# capitalised read as places, CLDR's places, a surname joining a person named two ways,
# storms, hashtags, quoted titles, "por sus siglas", "la Profeco"; bench/real/README.md item
# 163) heldout3 0.897, heldout4 0.892, heldout5 0.889, heldout6 0.827, not a name 7. At
# reading RULES 113 (bodies the model left unread, a secretariat's acronym of two words'
# syllables, a list's last two bodies read as one; item 167) heldout5 0.897, heldout6 0.837.
# At reading RULES 114 (a place needs a sign of one, else the catch-all MISC; item 172)
# heldout3 0.898, heldout4 0.890, heldout5 0.903, heldout6 0.857. At reading RULES 116 (a
# name after a body's member's noun, a list of bodies; item 187) heldout3 0.903.
# typed F1, names that are none
FOLDED = {
    "heldout3": (0.90, 5),
    "heldout4": (0.89, 2),
    "heldout5": (0.90, 11),
    "heldout6": (0.85, 7),
}


@pytest.mark.parametrize("split", sorted(FOLDED))
def test_a_folded_split_holds(split):
    result = real_entities.evaluate(split)
    typed, not_a_name = FOLDED[split]
    assert result["articles"] == 16
    assert result["typed"][2] >= typed, "\n".join(result["tally"].notes)
    assert result["tally"].not_a_name <= not_a_name, "\n".join(result["tally"].notes)


@pytest.mark.parametrize("split", [split for split, want in SPLITS.items() if want.lead_only])
def test_a_lead_only_split_is_refused_without_the_lead(split):
    command = [sys.executable, str(ROOT / "bench" / "real_entities.py"), "--split", split]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    refused = subprocess.run(command, capture_output=True, env=env)
    assert refused.returncode == 2
    assert b"lead" in refused.stderr
