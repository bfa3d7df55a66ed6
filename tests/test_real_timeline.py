"""The story timeline on real text against a reading of it (bench/real_timeline.py,
annotations in bench/real/timeline.json). Only dev is scored; the held-out half and the
later held-out sets (annotated, never scored but by the lead, once) are here only checked
against the data.

As in tests/test_real_confirmed.py, only the stories the annotations come from are built
(their articles ingested as the run ingests them, each story with the members the run gave
it), not the whole corpus; `bench/real_timeline.py --db DIR/default/contrasta.db` scores a
whole run.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import real_confirmed
import real_timeline as bench
from evaldata import FAKEDES, PAGES, SEMEVAL, missing

MISSING = missing(FAKEDES / "test.xlsx", SEMEVAL, PAGES / "ground-truth.json", xlsx=True)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

# Dev, read on the run of main at 16a2901 (19 entries), then 40 more drawn with SEED_MORE
# from the run of main at fd83dd8: 58 entries shown, a fact of the story's time on its day
# 17 (0.293), a fact on its day, background too, 28 (0.483). A rule leaving out dates of
# background clauses, years after de/para and days in speech (service RULES 8) was taken
# back when the held-out half scored it worse (7 of 21 -> 4 of 18; RULES 9). Since
# service RULES 11 (`timeline._dates_its_fact`: no relative day inside quotation marks, no
# English written date naming which thing is meant, no year after "desde"/"since"
# bounding a period; "the 2000s" no year): 46 shown, 17 (0.370) and 28 (0.609), none read
# right lost. The 4 chronology conflicts of the first 19 were none real, and are gone
# since "Black Friday" is no Friday and an active "-ed" calls off its object (RULES 6).
# Since service RULES 14 (no date of a relative clause or an opening "after" clause, no
# deadline, no norm's date, no year or month bounding a period, no year naming a thing,
# no unread year): 35 shown, 16 (0.457) and 27 (0.771), one read right lost (a paper
# published "today", told in a relative clause). Since service RULES 18 (no date of a
# ", cuando" clause, a year after "to" or Italian "dal", a day after "desde" with a present
# perfect, "para" before a part of a month, a quoted year after "de" or to come, a "hoy"
# of a present state, "el día de mañana", a comparison's base, a list's line): 31 shown, 16
# (0.516) and 27 (0.871), none more lost. heldout4, scored once by the lead, then folded
# into dev (`bench.FOLDED`; its 40 readings, 37 shown: 17 right, 24 on their day, 2 read
# right lost to the fifth round): 68 shown, 33 (0.485) and 51 (0.750), 3 lost. Since
# service RULES 21 (a predicate's year after "be" and "a", a "since" introduction or
# premiere place their fact): both back, 70 shown, 35 (0.500) and 53 (0.757), 1 lost.
# With the rest of service RULES 21 (a "hoy" naming a thing or telling a present state, a
# year in a restrictive relative clause, a period to now or in apposition after "desde
# que", a list of years, a change's base, a citation, "by the year"): 64 shown, 35 (0.547)
# and 53 (0.828), 1 lost (dev's own draws 16 of 31, 27; heldout4 19 of 33, 26). heldout5,
# scored once by the lead (identical at 4cf26c5 and 3d768bf: 17 of 40 right, 27 on their
# day), then folded into dev too: 104 shown, 52 (0.500) and 80 (0.769), 1 lost (service
# RULES 23, on a copy of the kept run of 3d768bf and rebuilt alike). heldout6, scored once
# (12 of 33 right, 21 on their day), folded into dev too: 137 shown, 64 (0.467) and 101
# (0.737), 1 lost (service RULES 24, on a copy of the kept run of d61a74d). Since service
# RULES 25 and reading RULES 63 (a night "del 6 al 7" on its later day; no year naming a
# numbered norm or elections placed against now, no date inside a period named by its
# bounds, no year a conditional guesses about, no comparative's base; no headline listed
# under a related-articles heading): 132 shown, 65 (0.492) and 102 (0.773), 1 lost.
# heldout7, scored once (19 of 40 right, 31 on their day), folded into dev too: 172 shown,
# 84 (0.488) and 133 (0.773), 1 lost (service RULES 26, on a copy of the kept run of
# 8967e3d and rebuilt alike). Since service RULES 27 (no date after a modal of possibility
# or an "if", a byline's, a fiscal year, a month of a range of months, a year of a longer
# list or a period runs into; a "since" beginning told in its own clause; a date a modal
# of possibility follows): 162 shown, 84 (0.519) and 133 (0.821), 1 lost. heldout8, scored
# once (18 of 38 right, 27 on their day at 66136dd), folded into dev too: 200 shown, 102
# (0.510) and 160 (0.800), 1 lost (service RULES 27, on a copy of the kept run of 66136dd
# and rebuilt alike). Since service RULES 29 and reading RULES 67 (a year in a "que"/"that"
# clause on a noun, a conditional looking ahead, "hoy" of a generic "we"): 195 shown, 103
# (0.528) and 161 (0.826), 1 lost. Since service RULES 33 (a written year two or more
# years after its article's is a horizon): 193 shown, 103 (0.534) and 161 (0.834), 1 lost.
# heldout9, blind 11 of 21 right among the timeline's own entries, folded into dev too: 216
# shown, 114 (0.528) and 177 (0.819), 2 lost (service RULES 34, on a copy of the kept run of
# 218e0bf and rebuilt alike). Since service RULES 35 (no date of a page's or a post's
# stamp, a percentage change's base year, a weekday cut from its month, a "después de que"
# clause, a named deadline, a condition after a conjunction): 212 shown, 114 (0.538) and
# 177 (0.835), 2 lost. heldout10, blind 21 of 40 right (own entries 20 of 34), folded into
# dev too: 252 shown, 135 (0.536) and 207 (0.821), 2 lost (service RULES 37, on a copy of
# the kept run of 77a6c99 and rebuilt alike). Since service RULES 38 and reading RULES 88
# (a weekday disagreeing with its written day, a year after an unread day and month, a year
# welcomed, a hope, a year in parentheses after a semicolon or "el de", elections a campaign
# is for; a weekday with no tense the coming one only up to two days ahead): 246 shown, 138
# (0.561) and 210 (0.854), 2 lost. Since service RULES 40 (a publication or update stamp, a
# first-stage apposition, a title's year, an English "that"-less clause, an Italian "dopo"
# clause, a "que" clause opened by a number, a participle with its agent on an object; an
# anniversary's day yields): 242 shown, 138 (0.570) and 210 (0.868), 2 lost. Since service
# RULES 46 (a background entry dated in a clause on a noun left out, a participle with its
# agent on a "fue" predicate): 238 shown, 138 (0.580) and 210 (0.882), 2 lost. Since
# service RULES 52 (no date of a purpose clause, an origin apposition's year or a guess
# opened by "maybe"/"perhaps"; a relative clause's past act of "hoy"/"today" and a clause
# on what a fact fell "durante" place it): 236 shown, 139 (0.589) and 212 (0.898), none
# lost. Since service RULES 56 (a year closing a count of time spent places no fact; an
# undated article's opening sentence is not background by the others' days): 233 shown,
# 139 (0.597) and 212 (0.910), none lost. heldout11, blind 17 of 26 right at every one of
# its 13 scorings (own entries 16 of 19), folded into dev too (reading RULES 111, service
# RULES 58): 259 shown, 156 (0.602) and 232 (0.896), none lost. heldout12, blind 17 of 40
# right at every one of its 12 scorings (own entries 13 of 22), folded into dev too (reading
# RULES 113, service RULES 59): 299 shown, 173 (0.579) and 263 (0.880), none lost.
# heldout13, blind 22 of 40 right at every one of its 6 scorings (own entries 19 of 26),
# folded into dev too (reading RULES 115, service RULES 60): 339 shown, 195 (0.575) and 292
# (0.861), none lost. Floors a little below.
RIGHT = 195
PRECISION = 0.57
DAY_RIGHT = 292
DAY_PRECISION = 0.86
LOST = 0
FALSE_CONFLICTS = 0
# Since service RULES 28 the entries placed more than a month before the story's first
# dated article are shown apart as background (timeline.BACKGROUND_DAYS): of dev's 200, the
# story's own 159, 98 right (0.616); the background section 41, 30 read background (0.732),
# 4 right, 7 wrong. Since service RULES 29 and reading RULES 67: own 156, 99 right (0.635);
# background section 39, 30 (0.769). Since service RULES 33 (with no dated article, the
# entries placed before the story's year are background too): own 144, 98 right (0.681);
# background section 49, 38 read background (0.776), 5 right. heldout9 folded in: own 163,
# 109 right (0.669); background section 53, 41 read background (0.774), 5 right. Since
# service RULES 35: own 160, 109 right (0.681); background section 52, 41 (0.788), 5 right.
# heldout10 folded in: own 194, 129 right (0.665); background section 58, 45 (0.776), 6
# right. Since service RULES 38 (also: with no dated article a month written with its year
# is background): own 183, 131 right (0.716); background section 63, 49 (0.778), 7 right.
# Since service RULES 40: own 180, 131 right (0.728); background section 62, 49 (0.790),
# 7 right. Since service RULES 46 (a fact given only by a month or a year before the
# story's first dated article is background too): own 171, 130 right (0.760); background
# section 67, 56 (0.836), 8 right. Since service RULES 52 (also: a span counted back by
# itself left unplaced and the early part of a year recalled late in it are background):
# own 169, 132 right (0.781); background section 67, 58 (0.866), 7 right. Since service
# RULES 54 (with no dated article and one year placed, a past fact of that year alone while
# the story's news is told by days left unplaced is background): own 163, 132 right
# (0.810); background section 73, 64 (0.877), 7 right. Since service RULES 56 (also: an
# undated article's title or opening sentence dated with its year is not background by the
# dated articles' line; with no dated article a month a future verb looks ahead to is not
# background): own 163, 135 right (0.828); background section 70, 64 (0.914), 4 right.
# heldout11 folded in: own 182, 151 right (0.830); background section 77, 66 (0.857), 5
# right. heldout12 folded in: own 204, 164 right (0.804); background section 95, 75 (0.789),
# 9 right. heldout13 folded in: own 230, 183 right (0.796); background section 109, 81
# (0.743), 12 right. Floors a little below.
OWN_PRECISION = 0.79
BACKGROUND_SHARE = 0.74


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return real_confirmed.field_texts()


@pytest.fixture(scope="module")
def annotated() -> dict:
    return bench.annotations()


@pytest.fixture(scope="module")
def rebuilt(annotated, texts) -> bench.Shown:
    return bench.shown(*real_confirmed.rebuilt_dossiers(annotated["stories"]), texts)


def test_annotations_fit_the_data(annotated, texts):
    assert bench.check(annotated, texts) == []
    assert annotated["seed"] == bench.SEED
    held = Counter((bench.draw_of(r), r["kind"]) for r in annotated["entries"])
    assert held[("dev", bench.ENTRY)] and held[("heldout", bench.ENTRY)], held
    for split in bench.SEED_HELD_OUT:
        drawn = bench.HELD_OUT_TAKEN.get(split, bench.HELD_OUT_DRAWN)
        assert held[(split, bench.ENTRY)] == drawn, held
    for reading in annotated["entries"]:
        folded = bench.draw_of(reading) in bench.FOLDED
        assert reading["split"] == ("dev" if folded else bench.draw_of(reading)), reading
    for reading in annotated["entries"]:
        assert reading["sentence"][0] == reading["date"][0]
        assert reading["sentence"][1] <= reading["date"][1] < reading["date"][2]
        assert reading["date"][2] <= reading["sentence"][2]
        assert reading["background"] == (reading["label"] == "background")
        if reading["label"] in bench.DAY_RIGHT:
            assert reading["day"] == reading["shown"], reading
        else:
            assert reading["why"], reading
    for story in annotated["stories"]:
        assert len(story) == len(set(story)) > 1
        for row in story:
            assert real_confirmed.row_fields(row, texts), row


@pytest.mark.parametrize("split", bench.SEED_HELD_OUT)
def test_a_later_held_out_set_shares_no_article_with_what_was_read_before(split, annotated):
    before = bench.read_before(annotated, split)
    held = [r for r in annotated["entries"] if bench.draw_of(r) == split]
    assert all(r["seed"] == bench.SEED_HELD_OUT[split] for r in held)
    rows = {r["sentence"][0].rsplit("/", 1)[0] for r in held}
    stories = [story for story in annotated["stories"] if rows & set(story)]
    assert len(stories) * bench.PER_STORY >= bench.HELD_OUT_TAKEN.get(split, bench.HELD_OUT_DRAWN)
    if split in bench.TIMELINE_BY_ARTICLE:
        # no entry of an article of a timeline reading before nor of a dates dev article,
        # but those a widening admits: the dates dev articles, the articles a named set read
        # first (outside its readings' sentences)
        also, cited = bench.widened_read(annotated, split)
        assert not rows & bench.timeline_read_articles(annotated, split) - also
        assert split in bench.DATES_WIDENED or not rows & bench.dates_read_before(split)
        sentences = [real_confirmed.Sentence(*r["sentence"]) for r in held]
        assert not [s for s in sentences if any(s.overlaps(c) for c in cited)]
        return
    if split in bench.DATES_BY_ARTICLE:
        # no story of a timeline reading before, no entry of the dates bench's dev articles
        before = bench.timeline_read_before(annotated, split)
        assert not rows & bench.dates_read_before(split)
    assert not before & {row for story in stories for row in story}


@pytest.mark.parametrize("split", bench.HELD_OUT)
def test_a_held_out_split_is_refused_without_asking(split, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["real_timeline.py", "--split", split])
    assert bench.main() == 2
    assert "lead" in capsys.readouterr().err


# heldout10: widened before drawing to the dates bench's dev articles (`DATES_WIDENED`).
@pytest.mark.parametrize("split", bench.DATES_WIDENED)
def test_a_widened_draw_holds_what_its_rule_left_first(split, annotated):
    held = [r for r in annotated["entries"] if bench.draw_of(r) == split]
    dates = bench.dates_read_before(split)
    also, _ = bench.widened_read(annotated, split)
    rows = [r["sentence"][0].rsplit("/", 1)[0] for r in held]
    # recorded in the drawn order: the rule's own entries first, then the widened ones
    # (heldout11: the rule's, then those of the articles heldout10 read first; heldout12:
    # the rule's, then those of every article read before)
    widened = split in bench.READ_WIDENED or split in bench.SENTENCES_WIDENED
    outside = [row not in (also if widened else dates) for row in rows]
    strict = bench.HELD_OUT_STRICT[split]
    assert outside == [True] * strict + [False] * (len(held) - strict), outside
    tiers = [(row in also, row in dates) for row in rows]
    assert tiers == sorted(tiers), tiers


def test_the_widened_draw_puts_the_rule_first_and_keeps_the_cap():
    """`widened_drawn` on a run made up here (rows only, no text): entries of an article
    read before are left out, those of no dates dev article come first, `PER_STORY` holds."""
    split = bench.DATES_WIDENED[0]
    dates = sorted(bench.dates_read_before(split))[:2]
    read, fresh = "fakedes/train/9001", "fakedes/train/9002"
    annotated = {
        "entries": [{"split": "dev", "kind": bench.ENTRY, "sentence": [f"{read}/TEXT", 0, 9]}],
        "flags": [],
        "stories": [],
    }
    found = bench.Shown(stories=[(read, fresh), (dates[0], dates[1])])

    def entry(story: int, row: str, start: int) -> bench.ShownEntry:
        sentence = real_confirmed.Sentence(f"{row}/TEXT", start, start + 5)
        return bench.ShownEntry(story, sentence, sentence, "2020", None, None, ())

    found.entries = [entry(0, read, i * 10) for i in range(3)]
    found.entries += [entry(0, fresh, i * 10) for i in range(2)]
    found.entries += [entry(1, dates[i % 2], i * 10) for i in range(5)]
    drawn = bench.widened_drawn(found, annotated, split)
    rows = [e.sentence.field.rsplit("/", 1)[0] for e in drawn]
    assert rows[:2] == [fresh, fresh], rows
    assert read not in rows and len(rows) == 2 + bench.PER_STORY, rows
    assert all(row in dates for row in rows[2:]), rows


def test_a_draw_widened_to_a_set_read_takes_its_articles_last_outside_its_sentences():
    """`widened_drawn` for a split of `READ_WIDENED` on a run made up here (rows only, no
    text): after the rule's entries come those of the articles the named set read first,
    none in a sentence of its readings; articles read before that set stay out."""
    split = next(iter(bench.READ_WIDENED))
    last = bench.READ_WIDENED[split]
    old, first, fresh = "fakedes/train/9001", "fakedes/train/9003", "fakedes/train/9002"
    seed = bench.SEED_HELD_OUT[last]

    def reading(row: str, draw_seed: int | None) -> dict:
        made = {"split": "dev", "kind": bench.ENTRY, "sentence": [f"{row}/TEXT", 0, 9]}
        return {**made, "seed": draw_seed} if draw_seed else made

    annotated = {
        "entries": [reading(old, None), reading(first, seed), reading(old, seed)],
        "flags": [],
        "stories": [],
    }
    found = bench.Shown(stories=[(old, first, fresh), (first, "fakedes/train/9004")])

    def entry(story: int, row: str, start: int) -> bench.ShownEntry:
        sentence = real_confirmed.Sentence(f"{row}/TEXT", start, start + 5)
        return bench.ShownEntry(story, sentence, sentence, "2020", None, None, ())

    found.entries = [entry(0, old, 20), entry(0, fresh, 20), entry(0, first, 2)]
    found.entries += [entry(1, first, 20 + i * 10) for i in range(4)]
    also, cited = bench.widened_read(annotated, split)
    assert also == {first} and len(cited) == 2, (also, cited)
    drawn = bench.widened_drawn(found, annotated, split)
    rows = [e.sentence.field.rsplit("/", 1)[0] for e in drawn]
    assert rows[0] == fresh and rows[1:] == [first] * bench.PER_STORY, rows
    assert all(e.sentence.start >= 9 for e in drawn), drawn


def test_a_draw_widened_to_every_read_article_keeps_out_read_sentences_and_other_draws():
    """`widened_drawn` for a split of `SENTENCES_WIDENED` on a run made up here (rows only,
    no text): after the rule's entries come those of any article read before, none in a
    sentence of a reading or a flag; no entry of a quotes round's article
    (`QUOTES_DRAWS_OUT`) is taken, whatever its story."""
    split = bench.SENTENCES_WIDENED[0]
    quoted = sorted(bench.quotes_draws_rows(split))[0]
    old, flagged, fresh = "fakedes/train/9001", "fakedes/train/9003", "fakedes/train/9002"

    def span(row: str, start: int) -> list:
        return [f"{row}/TEXT", start, start + 9]

    annotated = {
        "entries": [{"split": "dev", "kind": bench.ENTRY, "sentence": span(old, 0)}],
        "flags": [{"sentences": [span(flagged, 0)]}],
        "stories": [],
    }
    found = bench.Shown(stories=[(old, fresh, quoted), (flagged, "fakedes/train/9004")])

    def entry(story: int, row: str, start: int) -> bench.ShownEntry:
        sentence = real_confirmed.Sentence(f"{row}/TEXT", start, start + 5)
        return bench.ShownEntry(story, sentence, sentence, "2020", None, None, ())

    found.entries = [entry(0, old, 2), entry(0, quoted, 20), entry(0, old, 20)]
    found.entries += [entry(0, fresh, 20), entry(1, flagged, 2), entry(1, flagged, 20)]
    also, cited = bench.widened_read(annotated, split)
    assert also == {old, flagged} and len(cited) == 2, (also, cited)
    drawn = bench.widened_drawn(found, annotated, split)
    rows = [e.sentence.field.rsplit("/", 1)[0] for e in drawn]
    assert rows[0] == fresh and sorted(rows[1:]) == [old, flagged], rows
    assert all(e.sentence.start >= 9 for e in drawn), drawn


@pytest.mark.parametrize(
    "split,shut", [(split, shut) for split, sets in bench.WIDENED_BLIND.items() for shut in sets]
)
def test_a_draw_widened_past_a_blind_set_takes_none_of_its_articles(split, shut):
    """`widened_drawn` for a split of `WIDENED_BLIND` on a run made up here (rows only, no
    text): an article holding a reading of each set it names stays out whole, outside that
    reading's sentence too, while another read article is widened into."""
    seed = bench.SEED_HELD_OUT[shut]
    old, blind, fresh = "fakedes/train/9001", "fakedes/train/9003", "fakedes/train/9002"

    def reading(row: str, draw_seed: int | None) -> dict:
        made = {"split": "dev", "kind": bench.ENTRY, "sentence": [f"{row}/TEXT", 0, 9]}
        return {**made, "seed": draw_seed} if draw_seed else made

    annotated = {"entries": [reading(old, None), reading(blind, seed)], "flags": [], "stories": []}
    found = bench.Shown(stories=[(old, blind, fresh)])

    def entry(row: str, start: int) -> bench.ShownEntry:
        sentence = real_confirmed.Sentence(f"{row}/TEXT", start, start + 5)
        return bench.ShownEntry(0, sentence, sentence, "2020", None, None, ())

    found.entries = [entry(blind, 20), entry(old, 20), entry(fresh, 20), entry(blind, 40)]
    also, cited = bench.widened_read(annotated, split)
    assert also == {old} and len(cited) == 2, (also, cited)
    drawn = bench.widened_drawn(found, annotated, split)
    rows = [e.sentence.field.rsplit("/", 1)[0] for e in drawn]
    assert rows == [fresh, old], rows


def test_a_draw_leaving_out_the_english_draws_keeps_its_order(monkeypatch):
    """`widened_drawn` for a split of `EN_DRAWS_OUT` on a run made up here (rows only, no
    text): an entry of a pair an English draw lists is left out after the shuffle, the
    others keep the order they have without it, and the next one takes its place."""
    split = next(iter(bench.EN_DRAWS_OUT))
    pair = sorted(bench.en_draws_pairs(split))[0]
    annotated = {"entries": [], "flags": [], "stories": []}
    rows = [f"fakedes/train/{9001 + i}" for i in range(bench.HELD_OUT_DRAWN + 1)]
    found = bench.Shown(stories=[(row, f"{row}0") for row in rows] + [(f"semeval/{pair}/1", "x")])

    def entry(story: int, row: str) -> bench.ShownEntry:
        sentence = real_confirmed.Sentence(f"{row}/TEXT", 0, 5)
        return bench.ShownEntry(story, sentence, sentence, "2020", None, None, ())

    found.entries = [entry(i, row) for i, row in enumerate(rows)]
    english = entry(len(rows), f"semeval/{pair}/1")
    found.entries.append(english)
    drawn = bench.widened_drawn(found, annotated, split)
    monkeypatch.setattr(bench, "EN_DRAWS_OUT", {})
    unfiltered = bench.widened_drawn(found, annotated, split)
    assert english in unfiltered, unfiltered
    assert english not in drawn and len(drawn) == bench.HELD_OUT_DRAWN, drawn
    unfiltered.remove(english)
    assert drawn[: len(unfiltered)] == unfiltered, (drawn, unfiltered)


@pytest.mark.parametrize("split", bench.EN_DRAWS_OUT)
def test_a_held_out_set_names_no_pair_of_the_english_draws(split, annotated):
    held = {
        r["sentence"][0].split("/")[1] for r in annotated["entries"] if bench.draw_of(r) == split
    }
    pairs = bench.en_draws_pairs(split)
    assert held and pairs and not held & pairs, held & pairs


@pytest.mark.parametrize("split", bench.QUOTES_DRAWS_OUT)
def test_a_held_out_set_names_no_article_of_the_quotes_rounds(split, annotated):
    held = [r for r in annotated["entries"] if bench.draw_of(r) == split]
    rows = {r["sentence"][0].rsplit("/", 1)[0] for r in held}
    quoted = bench.quotes_draws_rows(split)
    assert len(quoted) == 40 * len(bench.QUOTES_DRAWS_OUT[split]), len(quoted)
    assert rows and not rows & quoted, rows & quoted


def test_a_set_still_lead_only_is_shut_out_of_every_later_widened_draw():
    """Each held-out set not used up nor folded (the lead's) is named in `WIDENED_BLIND` by
    every widened draw made after it: heldout14's leaves out heldout12's and heldout13's
    articles whole, so that folding either opens none of heldout14's; heldout15's leaves out
    heldout14's."""
    order = list(bench.SEED_HELD_OUT)
    for split in bench.SENTENCES_WIDENED[1:]:
        before = [s for s in bench.HELD_OUT if order.index(s) < order.index(split)]
        assert set(before) <= set(bench.WIDENED_BLIND[split]), (split, before)


@pytest.mark.parametrize("split", bench.WIDENED_BLIND)
def test_a_held_out_set_names_no_article_of_a_set_still_blind_when_drawn(split, annotated):
    """heldout13 takes no entry of an article holding a heldout11 or heldout12 reading;
    heldout14 none of one holding a heldout11, heldout12 or heldout13 reading; heldout15 none
    of one holding a heldout11 to heldout14 reading."""
    held = {
        r["sentence"][0].rsplit("/", 1)[0]
        for r in annotated["entries"]
        if bench.draw_of(r) == split
    }
    blind = bench.WIDENED_BLIND[split]
    shut = {
        r["sentence"][0].rsplit("/", 1)[0]
        for r in annotated["entries"]
        if bench.draw_of(r) in blind
    }
    assert held and shut and not held & shut, held & shut


RUN = os.environ.get("CONTRASTA_TIMELINE_RUN")
# The kept run each draw was made from (a copy of it: its folder's name).
KEPT = {"heldout11": "run-77a6c99", "heldout12": "run-e85e33c", "heldout13": "run-9f41e8b"}
KEPT["heldout14"] = "run-df43640"
KEPT["heldout15"] = "run-b3653b2"


@pytest.mark.skipif(not RUN, reason="set CONTRASTA_TIMELINE_RUN to a kept run folder")
@pytest.mark.parametrize("split", KEPT)
def test_a_held_out_draw_is_the_one_read(split, annotated, texts, tmp_path):
    """The draw made again on a copy of the run it was made from
    (CONTRASTA_TIMELINE_RUN=/work/runs/run-77a6c99 for heldout11, /work/runs/run-e85e33c for
    heldout12, /work/runs/run-9f41e8b for heldout13, /work/runs/run-df43640 for heldout14,
    /work/runs/run-b3653b2 for heldout15; the others skip) is the one read, in its order: each
    reading's sentence, date expression and day shown. Only with code of the run's RULES:
    later code rebuilds the stored dossiers, stale to it (heldout11's fails so on run-77a6c99
    at b7b05c0)."""
    run = Path(RUN)
    if run.name != KEPT[split]:
        pytest.skip(f"{split} was drawn from {KEPT[split]}")
    db = tmp_path / "contrasta.db"
    shutil.copy(run / "default" / "contrasta.db", db)
    rows = real_confirmed.article_rows(run / "corpus" / "real.jsonl")
    found = bench.shown(real_confirmed.stored_dossiers(db), rows, texts)
    drawn = bench.held_out_drawn(found, annotated, split)
    held = [r for r in annotated["entries"] if bench.draw_of(r) == split]
    assert [(e.sentence.cited(), e.date.cited(), e.iso) for e in drawn] == [
        (r["sentence"], r["date"], r["shown"]) for r in held
    ]


def test_dev_floor(rebuilt, annotated):
    result = bench.score_entries(rebuilt, annotated, "dev")
    assert result.labels["right"] >= RIGHT, result.labels
    assert result.precision() >= PRECISION, result.labels
    assert sum(result.labels[label] for label in bench.DAY_RIGHT) >= DAY_RIGHT, result.labels
    assert result.precision(bench.DAY_RIGHT) >= DAY_PRECISION, result.labels
    assert len(result.lost) <= LOST, result.lost
    flags = bench.score_flags(rebuilt, annotated, "dev")
    assert flags[bench.CALLED_OFF]["not-real"] <= FALSE_CONFLICTS, flags


def test_dev_floor_of_the_story_own_entries_and_its_background(rebuilt, annotated):
    own = bench.score_entries(rebuilt, annotated, "dev", background=False)
    assert own.precision() >= OWN_PRECISION, own.labels
    apart = bench.score_entries(rebuilt, annotated, "dev", background=True)
    assert apart.precision(("background",)) >= BACKGROUND_SHARE, apart.labels
