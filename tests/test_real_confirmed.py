"""What a run over real text shows as confirmed and as disputed, against a reading of it
(bench/real_confirmed.py, annotations in bench/real/confirmed.json, guide in
bench/real/CLAIMS.md). Only dev is scored; the first draw's held-out half (scored once,
CLAIMS.md item 84) is here only checked against the data. The second draw (item 85) was
scored once by the lead and then folded into dev (item 91): its pairs count in the floors.
The third draw (item 92) too was scored once by the lead (item 96) and folded into dev
(item 97), and so were the fourth (items 98, 100, 101), the fifth (items 102, 107), the
sixth (items 105, 110), the eighth (items 111, 112), the ninth (items 114, 116), the tenth
(items 115, 119: 29 groups shown confirmed, all that were left unread of the 30 asked for,
and 12 shown alike of the run of 8967e3d), the eleventh (items 118, 119: 20 groups shown
alike and the one group shown confirmed the rule admitted, of the run of 57c64f7) and the
twelfth (items 133, 135: the one group shown confirmed the rule admitted, the tier taken
whole, and the 14 groups shown alike left of the 20 asked for, of the run of df43640). The
seventh draw's `heldout7` (contradicted groups only, item 108: none was left unread, so it
holds none) is here only checked against the data and for each drawn group having pairs
read, never for its labels; so is the thirteenth draw's `heldout13` (no group shown
confirmed the rule admitted, 2 shown alike left of the 20 asked for, no contradicted one,
of the run of b3653b2, item 136), read, scored by the lead only.

A whole run takes about 160 CPU seconds, so the floor test builds only the stories the
annotations come from: their articles, ingested as the run ingests them, each story with
the members the run gave it, and their dossiers (about 12 CPU seconds; 2 more since the
second draw's 22 stories). That the stories are still the run's is checked by grouping the
whole corpus (about 25 CPU seconds, no dossiers); that such stories show the groups the
full run showed was checked with `bench/real_confirmed.py --db DIR/default/contrasta.db
--stories` (2026-12-06: yes; again with the second draw's stories, run at 1e92283: yes).
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import real_confirmed as bench
from evaldata import FAKEDES, PAGES, SEMEVAL, missing

MISSING = missing(FAKEDES / "test.xlsx", SEMEVAL, PAGES / "ground-truth.json", xlsx=True)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

RELATIONS = {"translation", "variant", "independent"}
KINDS = {"figure", "date", "place", "actor", "manner", "happened", "content"}
# Floors at the dev figures measured 2026-12-06 (RULES 38; 20 confirmed groups, 25 sentence
# pairs; 10 contradicted groups, 10 conflict pairs): precision of "confirmed" 0.320 (8 of
# 25; wrong: six unrelated facts, five of them in stories that joined other events, ten
# different facts of one event, one opinion and its translation), of "conflict" 0.100 (1
# of 10, the kinship one; the others are numbers of different counts and negations of
# different acts). Low, and written down so that they can only rise; a fix that drops right
# pairs with the wrong ones must keep the right ones counted below.
# Of the 8 right, 3 were an article and its machine translation and 1 an article entered
# twice: "confirmed" by one text. Since translations are one origin (dossier RULES 2) those
# are no longer shown, so the floors count the pairs of two independent texts (4 right of
# 20 before and after) and bound the pairs of one article shown confirmed (5 before, 1 now:
# the variant, reworded past copy detection). Conflicts of one act (same RULES): 1 right
# of 4 (two of those 4 read after the change, see their `doubt`).
# Confirmation needs one act or an anchor where both clauses were parsed (service RULES 4):
# of the 20 drawn pairs of two independent texts, 8 wrong are still shown (16 before), the
# 4 right kept; with the 5 pairs read then to keep the coverage (shown before and after,
# all wrong), 4 right of 17 (0.235; 4 of 25 before).
# At 77010d4, 31 more dev pairs were read (every unannotated pair the annotated stories
# showed in the stories holding dev pairs only; CLAIMS.md item 86): confirmed between
# independent texts 15 right of 36, conflicts 2 right of 14, and two more pairs of one
# article (the reworded variant) that were shown before too. Then masked figures, rate
# bases, verbs of beginning of two actors, acts foretold and shared codes stopped
# confirming (service RULES 5): 15 right of 20 (0.750), every right pair kept; conflicts
# unchanged. The conflict floor is the measured 2 of 14 of the larger reading (1 of 4 was
# the figure of the 4 pairs read before; no code change dropped a right conflict). Then
# negations of a condition and figures of acts the frames cannot compare stopped
# conflicting (service RULES 7, CLAIMS.md item 88): 2 right of 7 (0.286), both kept.
# The second draw, scored once by the lead, was folded into dev at 10c7c94 (CLAIMS.md item
# 91): independent 15 right of 20 (0.750) -> 43 of 62 (0.694; its 14 wrong: two facts of
# one event or topic in English or across two languages 6, figures of other counts 4, a
# sentence that is no claim 3, unrelated facts of a joined story 1), one-article pairs 3
# (the draw holds none), conflicts 2 of 7 (0.286) -> 4 of 11 (0.364; its 2 wrong are
# negations). Then a shared percentage stopped being a telling figure and a clause
# stating nothing particular stopped confirming (service RULES 12, CLAIMS.md item 94):
# 43 right of 60 (0.717), every right pair kept. Then one quote given to two speakers
# stopped conflicting unless both are names, neither sentence naming the other's (service
# RULES 13, CLAIMS.md item 95): the 12 pairs it showed confirmed were read afterwards, all
# one quote of one speaker: 49 right of 66 (0.742); 6 of them pair the investiture
# article with the file's reworded variant of it, shown contradicted before (an article
# disagreeing with itself), so one-article pairs 3 -> 9. The precision floors sit a little
# below the measured figures.
# The third draw, scored once by the lead, was folded into dev at 6b52dd2 (CLAIMS.md items
# 96, 97): independent 49 right of 66 (0.742) -> 65 of 87 (0.747; its 5 wrong all two
# different facts, hard), one-article pairs 9 (the draw holds none), conflicts 4 of 11
# (0.364) -> 4 of 22 (0.182; its 11 all wrong: negation 5, number 4, speaker 2, one of
# them one fact). By the system's kind: kinship 1 of 1, content 1 of 1, negation 2 of 12,
# number 0 of 6, speaker 0 of 2.
# Then two clauses sharing only a verb of saying, two English clauses read by word shapes
# one of which names no act, a clause telling what whoever fits a description does or may
# do, and an act to be done again against one told done stopped confirming without an
# anchor (service RULES 15, CLAIMS.md item 99): 65 right of 79 (0.823), wrong 22 -> 14,
# every right pair kept.
# The fourth draw, scored once by the lead, was folded into dev on a copy of the run of
# 557079a (CLAIMS.md items 100, 101): independent 65 right of 79 (0.823) -> 84 of 111
# (0.757; its 13 wrong all different facts, hard: two facts of one story 9, other counts
# 1, no claim 3), one-article pairs 9 (the draw holds none), conflicts 4 of 22 (0.182) ->
# 7 of 31 (0.226; its 9 read before a rule was chosen, item 98: kinship, number and
# negation 1 right each, negation 6 wrong). By the system's kind: kinship 2 of 2, content
# 1 of 1, negation 3 of 19, number 1 of 7, speaker 0 of 2.
# Then one verb shared by actors known to be other people (a name of one clause's actor
# that the other sentence does not state) and a shared figure that names a thing (a
# model's size, an article of a law, a telephone number) stopped confirming (service
# RULES 16, CLAIMS.md item 103): 84 right of 106 (0.792), wrong 27 -> 22, every right pair
# kept; conflicts unchanged.
# Then a group that only wording joined (no anchor, and no clauses parsed in one language
# naming one act of one actor) is shown alike, "several sources say something alike (not
# checked)", no longer confirmed (service RULES 17, CLAIMS.md item 104): confirmed 84
# right of 106 (0.792) -> 60 of 66 (0.909), alike 24 of 40 (0.600); both together as
# before, 84 of 106, no pair of either tier dropped; one-article pairs 8 confirmed and 1
# alike (9). The floors of "confirmed" are its strong tier's; those of both tiers together
# keep every pair still shown as several sources.
# The fifth draw, scored once (CLAIMS.md item 107: confirmed 8 right of 9, alike 9 of 13),
# was then folded in: confirmed 68 of 75 (0.907), alike 33 of 53, both 101 of 128.
# Then a member no other origin confirms stood apart, and figures naming a test, a
# threshold or a known set, other figures for one noun, two guesses, a habit, a free relative
# against an unwritten subject, one verb about people each side leaves unnamed and a
# brand taken for a verb stopped confirming (service RULES 22, CLAIMS.md item 109):
# confirmed 68 of 75 -> 68 of 69 (0.986), alike 33 of 53 -> 33 of 45, both 101 of 128 ->
# 101 of 114, every right pair kept.
# The sixth draw, scored once (CLAIMS.md item 110: confirmed 23 right of 26 at 4cf26c5, 20
# of 23 at 3d768bf; alike 7 of 13, 6 of 12), was then folded in at 3d768bf: confirmed 68
# of 69 -> 88 of 92 (0.957), alike 33 of 45 -> 39 of 57, both 101 of 114 -> 127 of 149
# (its 9 wrong all different facts, 8 of them hard).
# The eighth draw, the first blind sample of the tiers at d61a74d, scored once (CLAIMS.md
# item 111: confirmed 17 right of 24, alike 7 of 11), was then folded in (item 112) on a
# copy of that run: confirmed 88 of 92 -> 105 of 116 (0.905), alike 39 of 57 -> 46 of 68,
# both 127 of 149 -> 151 of 184 (its 11 wrong all different facts).
# Then a fact-check's framing of the claim it weighs, a bare kind against the same noun
# the other names and two beginnings of other things stopped confirming (service RULES 25,
# CLAIMS.md item 113): confirmed 105 of 116 -> 105 of 112 (0.938), alike 46 of 68 -> 46
# of 67, both 151 of 184 -> 151 of 179, every right pair kept.
# The ninth draw, a blind sample of the tiers at 8967e3d, scored once (CLAIMS.md item 114:
# confirmed 16 right of 23, alike 6 of 14), was then folded in (item 116) on a copy of that
# run: confirmed 105 of 112 -> 121 of 135 (0.896), alike 46 of 67 -> 52 of 81, both 151 of
# 179 -> 173 of 216 (its 15 wrong all different facts).
# Then a figure alone where the parsed clauses share neither act nor actor, actors one only
# through a code, and one thing said by two named people were shown alike, not confirmed,
# and an impersonal "se asegura que" confirmed nothing (service RULES 28, CLAIMS.md item
# 116): confirmed 121 of 135 (0.896) -> 118 of 125 (0.944), wrong 14 -> 7; alike 52 of 81
# -> 55 of 90; both 173 of 216 -> 173 of 215, every right pair still shown. The confirmed
# right count drops 121 -> 118: 3 right pairs whose only tie is a figure are now shown
# alike (counted in both tiers' floor), none is lost.
# The tenth and eleventh draws, scored once by the lead, were then folded in (CLAIMS.md
# item 119; the tenth's labels first put back on the pairs they were read for: its file
# had them in another order) on a copy of the kept run of 57c64f7 (service RULES 30):
# confirmed 118 of 125 -> 176 of 194 (0.907), alike 55 of 90 -> 83 of 132, both 173 of 215
# -> 259 of 326.
# Then quotes sharing only an office ("el presidente de la República") stopped being one
# quote, a relative named in apposition to a possessed kin noun stopped being who speaks
# next, and two named sources' words sharing a phrase that is not one quote were shown
# alike (service RULES 31, reading RULES 69, CLAIMS.md item 120): confirmed 176 of 194 ->
# 175 of 189 (0.926), wrong 18 -> 14 (the heldout11 pair gone, 3 demoted to alike), the
# one right pair demoted still shown alike; both 259 of 326 -> 259 of 325.
# Then one speaker's words that the two articles say were said on two occasions (two days
# written beside the verb, or a post against words told to a newspaper) were shown alike
# (service RULES 36, CLAIMS.md item 122; a copy of the kept run of 218e0bf): confirmed
# 175 of 189 -> 175 of 187 (0.936), wrong 14 -> 12, no right pair lost; both unchanged.
# Then two clauses of one verb of becoming ("se perfila como") confirmed only when what
# each says the actor becomes shares a word (same item): confirmed 175 of 186 (0.941),
# wrong 12 -> 11, the pair no longer shown; both 259 of 323 -> 259 of 322.
# Then a headline asking whether ("responde si está embarazada") stopped being a claim,
# and two clauses sharing an act only through a verb one writes as a bare infinitive
# ("ayudan a desarrollar", "alentado a usar") stopped confirming (service RULES 41,
# reading RULES 94, CLAIMS.md item 124): confirmed 175 of 186 -> 175 of 183 (0.956),
# wrong 11 -> 8, no right pair lost; both 259 of 322 -> 259 of 314.
# Then an attempt ("intentaron rescatar") stopped confirming the act whatever anchor, and
# a relative clause whose antecedent is not who acts ("…, a quien felicitó", "…, lo que
# representa") confirmed only through an anchor (service RULES 42, 43; CLAIMS.md item 125):
# confirmed unchanged; alike 84 of 131 -> 84 of 128, no right pair lost; both 259 of 314
# -> 259 of 311. Then two verbs a count is given with, each another ("alcanzó un acuerdo"
# / "supera los diez millones"), stopped confirming without an anchor (service RULES 45,
# same item): confirmed 175 of 183 -> 175 of 182 (0.962), wrong 8 -> 7; alike 84 of 128
# -> 84 of 125; both 259 of 311 -> 259 of 307, no right pair lost.
# Then two languages sharing no name or naming two places, English "to be" with no name
# in common, "not the only one to" and a list price before the item stopped confirming
# (service RULES 48, CLAIMS.md item 126): confirmed 175 of 182 -> 175 of 181 (0.967),
# wrong 7 -> 6; alike 84 of 125 -> 84 of 118; both 259 of 307 -> 259 of 299, no right
# pair lost.
# Then two parsed clauses of one act, no actor known to be one, sharing at most one
# content word (the verb) stopped being shown alike (service RULES 50, CLAIMS.md item
# 127): confirmed 175 of 181 -> 175 of 180 (0.972), wrong 6 -> 5; alike 84 of 118 -> 84
# of 114; both 259 of 299 -> 259 of 294, no right pair lost.
# Then a small count of a known set ("las dos niñas") stopped anchoring two acts, a
# clause "después de que ..." stopped dating the sentence's fact, an act "cerca de" done
# stopped confirming one done, a class in the present ("muchas de las vacunas") confirmed
# nothing and a reported clause with no subject became its speaker's act (service RULES
# 51, CLAIMS.md item 128): confirmed 175 of 180 -> 175 of 178 (0.983), wrong 5 -> 3;
# alike 84 of 114 -> 84 of 109; both 259 of 294 -> 259 of 287, no right pair lost.
# Then a request ("VOX ha solicitado al Gobierno que explique ...") stopped confirming a
# clause of another act (service RULES 55, CLAIMS.md item 130): confirmed 175 of 178 ->
# 174 of 176 (0.989), wrong 3 -> 2; alike 84 of 109 -> 85 of 111: the wrong pair and one
# right pair of its group (the two headlines, joined only by the sum) moved to alike, a
# floor lowered on purpose: a wrong "confirmed" costs more than a right one shown alike;
# both tiers 259 of 287 unchanged, no pair lost from view.
# Then "romper el silencio" became a verb of saying, two findings of a verb of showing
# writing at most one word alike and a figure with no word in common stopped confirming,
# a lead asking for an act stopped being kept by its headline, and a plan against the act
# done with no anchor became alike (service RULES 57, reading RULES 110, CLAIMS.md item
# 131; the start code's rebuilt stories: confirmed 174 of 176, alike 86 of 112, both 260
# of 288): confirmed 174 of 176 -> 174 of 174, wrong 2 -> 0 (the actress's two silences
# off, the euro coins moved to alike); alike 86 of 112 -> 86 of 110; both 260 of 288 ->
# 260 of 284, no right pair lost.
# Then two names whose one shared telling word ends in "o" on one side and "a" on the
# other ("Lenin Moreno" / the party "Morena") became two names (service RULES 58,
# CLAIMS.md item 132): alike 86 of 110 -> 86 of 109; both 260 of 284 -> 260 of 283.
# Then a phrase two speakers' quotes share stopped anchoring a confirmation (service RULES
# 60, CLAIMS.md item 134): dev unchanged (the twelfth draw's 2 wrong pairs, `heldout12`,
# no longer shown).
# The twelfth draw, scored by the lead (three times, and item 134 tuned on it), was then
# folded in (CLAIMS.md item 135) on a copy of the kept run of b3653b2 (service RULES 60):
# confirmed 174 of 174 unchanged (its one confirmed group, 2 wrong pairs, no longer
# shown), alike 86 of 109 -> 102 of 125, both 260 of 283 -> 276 of 299.
INDEPENDENT_PRECISION = 0.99
INDEPENDENT_RIGHT = 174
INDEPENDENT_WRONG = 0
BOTH_TIERS_RIGHT = 276
BOTH_TIERS_WRONG = 23
# Then a conflict was shown only as one act, one measure and one quote (service RULES 19,
# CLAIMS.md item 106): conflicts 7 right of 31 (0.226) -> 7 of 11 (0.636), every right
# pair kept; with the 2 new pairs it showed, read then (both right): 9 of 13 (0.692;
# negation 5 of 8, number 1 of 2, kinship 2 of 2, content 1 of 1); confirmed unchanged.
# The tenth draw's one pair of an article and its translation (CLAIMS.md items 115, 119),
# folded in, is shown confirmed too: 9 -> 10. The twelfth draw's one `variant` pair (two
# rows of one outlet's page, CLAIMS.md items 133, 135), folded in, is shown alike: 10 -> 11.
ONE_ARTICLE_SHOWN = 11
# Then a denial against a clause of another subject noun of one place, a quoted
# headline's present and a headline in the past against a body's present stopped
# conflicting (service RULES 48, CLAIMS.md item 126): 9 of 13 -> 9 of 11 (0.818).
CONFLICT_PRECISION = 0.81
CONFLICT_RIGHT = 9
# Share of the pairs the annotated stories show that the file covers (0.305 when read;
# 0.487 of the confirmed pairs, 0.651 of the conflicts after item 86): below it, a change
# shows pairs nobody read, and the precision no longer speaks for them.
COVERAGE = 0.45


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return bench.field_texts()


@pytest.fixture(scope="module")
def annotated() -> dict:
    return bench.annotations()


@pytest.fixture(scope="module")
def rebuilt(annotated, texts) -> dict[str, bench.Shown]:
    return bench.shown(*bench.rebuilt_dossiers(annotated["stories"]), texts)


def test_annotations_fit_the_data(annotated, texts):
    assert bench.check_fields(annotated, texts) == []
    assert annotated["seed"] == bench.SEED
    for pair in annotated["pairs"]:
        assert pair["split"] in {"dev", "heldout", *bench.HELD_OUT}
        assert pair["kind"] in {"confirmed", "conflict"}
        assert pair["label"] in bench.LABELS and pair["relation"] in RELATIONS
        assert pair["a"] != pair["b"]
        if pair["label"] == "conflicting":
            assert pair["conflict"] in KINDS and pair["about"]
        if pair["label"] == "different-fact":
            assert pair["negative"] in {"hard", "easy"}
    for story in annotated["stories"]:
        assert len(story) == len(set(story)) > 1
        for row in story:
            assert bench.row_fields(row, texts), row


def test_each_split_holds_both_kinds(annotated):
    held = {(p["split"], p["kind"]) for p in annotated["pairs"]}
    splits = ("dev", "heldout")
    # A later held-out draw holds the kinds it drew: the sixth no contradicted group
    # (CLAIMS.md item 105), the seventh only contradicted groups, and found none (item 108).
    later = {
        (split, bench.ANNOTATED_AS[kind])
        for split in bench.HELD_OUT
        for kind, count in (bench.DRAWS[split].drawn | LEFT_TO_DRAW.get(split, {})).items()
        if count
    }
    assert held == {(s, k) for s in splits for k in ("confirmed", "conflict")} | later


# The fourth draw found only 9 contradicted groups left to draw of the 10 it asked for
# (CLAIMS.md item 98); the fifth found none left unread (item 102), the sixth drew none
# (item 105), and the seventh, of contradicted groups only, found none left unread either
# (item 108: the run of 4cf26c5 shows the 17 conflict pairs read before).
LEFT_TO_DRAW = {
    "heldout4": {bench.CONFLICT: 9},
    "heldout5": {bench.CONFLICT: 0},
    "heldout7": {bench.CONFLICT: 0},
    # The tenth found 29 groups shown confirmed left unread of the 30 it asked for (item 115).
    "heldout10": {bench.CONFIRMED: 29},
    # The eleventh takes every group shown confirmed the rule admits: one (item 118).
    "heldout11": {bench.CONFIRMED: 1},
    # The twelfth takes every group shown confirmed the rule admits, one; 14 groups shown
    # alike were left of the 20 asked for, no contradicted one of the 10 (item 133).
    "heldout12": {bench.CONFIRMED: 1, bench.ALIKE: 14, bench.CONFLICT: 0},
    # The thirteenth, by the same rule, found no group shown confirmed it admits (every
    # unread confirmed pair joins an article to itself), 2 shown alike of the 20 asked
    # for and no contradicted one (item 136).
    "heldout13": {bench.CONFIRMED: 0, bench.ALIKE: 2, bench.CONFLICT: 0},
}


def test_the_draws_are_recorded(annotated):
    """Every later draw of the table is recorded in the file under its split, with its
    seed and its run's commit, and only the draws not folded into dev are held out."""
    assert bench.HELD_OUT == ("heldout7", "heldout13")
    for split, made in bench.DRAWS.items():
        assert annotated[split]["seed"] == made.seed, split
        assert annotated[split]["commit"] == made.commit, split
    assert len({made.seed for made in bench.DRAWS.values()} | {bench.SEED}) == len(bench.DRAWS) + 1


@pytest.mark.parametrize("record", [split for split, made in bench.DRAWS.items() if made.folded])
def test_the_folded_draws_are_read(annotated, record):
    """Each group the second to sixth and the eighth to twelfth draws recorded (committed
    before reading) has pairs read, now in dev since their folds (CLAIMS.md items 91, 97,
    101, 107, 110, 112, 116, 119, 135): the draw as recorded, not pairs picked after. The
    sixth and the eighth to twelfth drew groups shown alike too, read as confirmed pairs."""
    recorded = annotated[record]
    drawn = bench.DRAWS[record].drawn | LEFT_TO_DRAW.get(record, {})
    for kind in bench.KINDS:
        groups = [{tuple(s) for s in group} for group in recorded.get(kind, [])]
        assert len(groups) == drawn.get(kind, 0), kind
        dev = [
            {tuple(p["a"]), tuple(p["b"])}
            for p in annotated["pairs"]
            if p["split"] == "dev" and p["kind"] == bench.ANNOTATED_AS[kind]
        ]
        assert [g for g in groups if not any(sides <= g for sides in dev)] == []


@pytest.mark.parametrize("split", bench.HELD_OUT)
def test_the_held_out_draws_are_read(annotated, split):
    """Each pair of a held-out draw (`heldout7`, `heldout13`; `heldout8` to `heldout12`
    until their folds) joins two members of one group it recorded (of a tier it
    drew: the sixth, the eighth and the later ones drew groups shown confirmed and shown
    alike, both read as confirmed pairs; the seventh contradicted groups, read as conflict
    pairs), each recorded group has pairs read, and no group has a member of an article the
    draw left out: the draw as committed before reading, not pairs picked after. Never
    their labels."""
    record = annotated[split]
    drawn = bench.DRAWS[split].drawn | LEFT_TO_DRAW.get(split, {})
    groups = []
    for kind in bench.KINDS:
        recorded = record.get(kind, [])
        assert len(recorded) == drawn.get(kind, 0), kind
        groups += [(bench.ANNOTATED_AS[kind], {tuple(s) for s in group}) for group in recorded]
    read = [0] * len(groups)
    for pair in annotated["pairs"]:
        if pair["split"] == split:
            sides = {tuple(pair["a"]), tuple(pair["b"])}
            holding = [
                n for n, (kind, g) in enumerate(groups) if kind == pair["kind"] and sides <= g
            ]
            assert holding, pair
            for n in holding:
                read[n] += 1
    assert all(read), read
    left_out = set(record.get("left_out", []))
    assert [s for _, g in groups for s in g if bench.article(s[0]) in left_out] == []


def test_the_annotated_stories_are_still_the_runs(tmp_path, annotated):
    from realcorpus import CORPUS, build
    from run_pairs import group_only

    from contrasta.store import open_store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    build(corpus, html=True)
    group_only([corpus], tmp_path / "c.db", "auto")
    rows = bench.article_rows(corpus / CORPUS)
    store = open_store(tmp_path / "c.db")
    try:
        source = {a.id: a.source for a in store.iter_articles()}
        stories = {
            tuple(bench.row_of(source[i], rows) for i in story.article_ids)
            for story in store.list_stories()
        }
    finally:
        store.close()
    assert [s for s in annotated["stories"] if tuple(s) not in stories] == []


def test_dev_floor(rebuilt, annotated):
    confirmed, _ = bench.score(rebuilt[bench.CONFIRMED], bench.CONFIRMED, annotated, "dev")
    right, wrong = bench.independent(confirmed)
    assert right >= INDEPENDENT_RIGHT, (right, wrong)
    assert right / (right + wrong) >= INDEPENDENT_PRECISION, (right, wrong)
    assert wrong <= INDEPENDENT_WRONG, (right, wrong)
    alike, _ = bench.score(rebuilt[bench.ALIKE], bench.ALIKE, annotated, "dev")
    more_right, more_wrong = bench.independent(alike)
    assert right + more_right >= BOTH_TIERS_RIGHT, (more_right, more_wrong)
    assert wrong + more_wrong <= BOTH_TIERS_WRONG, (more_right, more_wrong)
    one_article = [
        e
        for result in (confirmed, alike)
        for _, e in result.scored
        if e["relation"] != "independent"
    ]
    assert len(one_article) <= ONE_ARTICLE_SHOWN, one_article
    conflict, _ = bench.score(rebuilt[bench.CONFLICT], bench.CONFLICT, annotated, "dev")
    labels = conflict.labels()
    assert labels["conflicting"] >= CONFLICT_RIGHT, labels
    assert conflict.precision(bench.CONFLICT) >= CONFLICT_PRECISION, labels


def test_the_pairs_shown_are_read(rebuilt, annotated):
    for kind in bench.KINDS:
        result, missing_pairs = bench.score(rebuilt[kind], kind, annotated, "dev")
        assert result.annotated / result.shown >= COVERAGE, (
            f"{len(missing_pairs)} {kind} pairs nobody read: "
            "bench/real_confirmed.py --stories --show lists them"
        )
