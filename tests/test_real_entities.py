"""The dossier's entity list on real text annotated by hand (bench/real/entities.json, dev).

The dev split is scored, and the held-out splits the lead folded on 2026-12-06: heldout after
its one scoring (0.603), heldout2 after three (0.631, 0.620, 0.633); their output at the code
of their blind scorings is then-blind evidence. Skips when ../shared/eval (or
$CONTRASTA_EVAL) or openpyxl is absent.
"""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import real_entities

MISSING = real_entities.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

# Dev (16 articles, 146 names) at RULES 58, before any entity work: typed F1 0.586
# (P 0.558, R 0.616), 62 entities shown with the wrong type, 14 not names. At RULES 59
# (press conventions: titled people and speakers, institution heads, the noun before a
# name, a title right before a name, short names after the full one, outlets of the
# registry, English titles): typed F1 0.708 (P 0.697, R 0.719), wrong type 42, not a
# name 8. At RULES 68 (English names typed by press conventions, acronyms, first words
# and an outlet's name without its noun joined to the full name, a body and its place one
# name, datelines, the disease named): typed F1 0.830 (P 0.818, R 0.842), wrong type 23,
# not a name 6, split 12 (20 before). At RULES 72 (one word capitalised only where it opens
# a sentence is no name; a title cut from the text's opening is not read again; both chosen
# on the folded heldout split as shown blind, bench/real_blind_entities.py): typed F1 0.840
# (P 0.838, R 0.842), wrong type 22, not a name 3, split 11; heldout 0.639 -> 0.668 (not a
# name 11 -> 6). At RULES 73 with the English model installed (the extra `english`, which
# `make` installs with `dev`): 0.832 (P 0.849, R 0.815), wrong type 21, not a name 1, split
# 6; heldout 0.725. At reading RULES 78 (conventions chosen on the kinds of names shown
# wrong on dev and the folded splits, then-blind output of 218e0bf included: acronyms by
# their name's initials, places after a place preposition, ages and person nouns, teams,
# facilities, events, page furniture, bare job titles, centres named for their work), with
# the English model and without it: dev 0.860 and 0.860 (wrong type 17 and 19, not a name
# 1 and 3, split 7 and 11); heldout 0.781 and 0.709 (not a name 2 and 4); heldout2 (folded
# after three scorings, 0.631, 0.620, 0.633) 0.798 and 0.731. Floors hold both ways. At
# RULES 93 (Spanish institution names, bench/real/README.md item 116) dev 0.873 with the
# English model (wrong type 15, split 6), heldout and heldout2 unchanged. At service RULES
# 46 and reading RULES 97 (a Spanish model's MISC listed only when written as an event, a
# competition, a law, a work or a product is; outlets, companies and teams; item 123) with
# the English model and without it: dev 0.890 and 0.890 (wrong type 9), heldout 0.807 and
# 0.734, heldout2 0.839 and 0.769. At service RULES 49 (a body's head noun, "&", a list of
# bodies; item 125) dev 0.894 (wrong type 9), heldout and heldout2 unchanged. At reading
# RULES 100 and service RULES 51 (item 134) with the English model: dev and heldout2
# unchanged, heldout 0.807 -> 0.827 (a nickname after "alias", "el Atlético"); floors
# kept (not measured without the English model).
TYPED_F1 = 0.89
WRONG_TYPE = 19
NOT_A_NAME = 3
SPLIT = 11
HELDOUT_F1 = 0.71  # the folded splits
HELDOUT_NOT_A_NAME = 4
HELDOUT2_F1 = 0.76


@pytest.fixture(scope="module")
def dev() -> dict:
    return real_entities.evaluate("dev")


def _annotations() -> list[dict]:
    return json.loads(real_entities.ANNOTATIONS.read_text(encoding="utf-8"))["articles"]


def test_the_annotations_fit_the_data():
    sources = real_entities.load_sources()
    for entry in _annotations():
        assert entry["cite"] in sources, entry["cite"]
        real_entities.check(entry, sources[entry["cite"]])


def test_the_annotated_articles_are_the_draw_in_order():
    """Every drawn article is annotated, in the draw's order and split: none set aside (the
    first draw, then the heldout2 draw; heldout3 to heldout9, not drawn here, are checked in
    tests/test_real_entities_quote_splits.py)."""
    drawn = real_entities.draw() + real_entities.draw_heldout2()
    not_drawn = {f"heldout{n}" for n in range(3, 10)}
    assert [(a["split"], a["cite"]) for a in _annotations() if a["split"] not in not_drawn] == drawn


def test_heldout2_leaves_out_every_article_read_before():
    """The second held-out draw shares no text with the first draw nor with the quotes
    bench's dev and fourteenth held-out articles, and fills its quota of each stratum."""
    sources = real_entities.load_sources()
    second = real_entities.draw_heldout2(sources)
    first = {sources[cite].text for _, cite in real_entities.draw(sources)}
    read = real_entities.quotes_read_before()
    assert len(read) == real_entities.QUOTES_DEV_READ + len(real_entities.QUOTES_FOURTEENTH)
    assert len(second) == sum(real_entities.QUOTA_HELDOUT2.values()) == 9
    for _, cite in second:
        text = sources[cite].text
        assert text not in first, cite
        assert real_entities._fingerprint(text) not in read, cite
        assert real_entities.MIN_CHARS <= len(text) <= real_entities.MAX_CHARS, cite


def test_typed_f1_floor(dev):
    assert dev["articles"] == 16
    assert dev["typed"][2] >= TYPED_F1, "\n".join(dev["tally"].notes)


def test_wrong_types_and_non_names_do_not_grow(dev):
    tally = dev["tally"]
    assert tally.wrong_type <= WRONG_TYPE, "\n".join(tally.notes)
    assert tally.not_a_name <= NOT_A_NAME, "\n".join(tally.notes)


def test_short_forms_left_apart_do_not_grow(dev):
    assert dev["tally"].split <= SPLIT


def test_the_folded_heldout_split_holds():
    """The first held-out split, folded: 8 articles, scored at the code of its round once
    (0.603), by the abstentions chosen on it 0.668, by reading RULES 78 0.709 (0.781 with
    the English model)."""
    heldout = real_entities.evaluate("heldout")
    assert heldout["articles"] == 8
    assert heldout["typed"][2] >= HELDOUT_F1, "\n".join(heldout["tally"].notes)
    assert heldout["tally"].not_a_name <= HELDOUT_NOT_A_NAME, "\n".join(heldout["tally"].notes)


def test_the_folded_heldout2_split_holds():
    """The second held-out split, folded after the lead's three scorings (0.631, 0.620,
    0.633 at the code of each, without the English model)."""
    heldout2 = real_entities.evaluate("heldout2")
    assert heldout2["articles"] == 9
    assert heldout2["typed"][2] >= HELDOUT2_F1, "\n".join(heldout2["tally"].notes)
