"""English clauses read by word shapes (`frame_shapes`): no English parser is available
offline, so who did what is read from the shape of words, and two such frames that do not
agree count against a pair (`frames.frame_agreement`)."""

from __future__ import annotations

import pytest

from contrasta.crosscheck.frame_shapes import shallow_frame
from contrasta.crosscheck.frames import (
    OTHER,
    PAST,
    PLANNED,
    SAME,
    UNKNOWN,
    Frame,
    different_facts,
    frame_agreement,
    predicate_relation,
)


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        # A present tense right after its subject, as headlines write it.
        (
            "Governor Mara Lind threatens to close the ports if shippers ignore the rules",
            "threaten",
        ),
        # An auxiliary carries the verb after it, past participle or -ing form.
        ("The harbour office has been flooded with calls since Monday.", "flood"),
        ("Her plea to the unions was yielding results, the minister said.", "yield"),
        # After a modal, adverbs and "be" are skipped.
        ("The film will be directed by Rosa Ilves.", "direct"),
        ("Portmar will also star Ada Kern and Luis Varo.", "star"),
        # A light verb reads as its object's noun: a return and a debut are two acts.
        ("Varga, 35, made his return to the league last season.", "return"),
        ("Varga, 35, made his league debut with the club in 2009.", "debut"),
        # A headline drops "is": the update is what is reported as coming.
        ("Mara Lind says update on ferry schedules coming Friday", "com"),
    ],
)
def test_the_predicate_is_read_from_word_shapes(sentence, predicate):
    assert shallow_frame(sentence, "en").predicate == predicate


def test_a_capitalised_word_inside_a_name_is_not_a_verb():
    frame = shallow_frame(
        "Sonny Varga, the head of Alfred A Quill who led the house for decades, dies aged 77",
        "en",
    )
    assert frame.predicate == "lead"
    assert "Sonny Varga" in frame.actors


def test_a_plural_noun_after_a_comma_is_not_a_present_tense():
    # "Ohio, residents have": the name and the noun are in two phrases.
    frame = shallow_frame(
        "Across 9,000 acres of the Marrow Valley, residents have 14 reserves to explore.", "en"
    )
    assert frame.predicate == ""


def test_a_noun_before_its_verb_or_after_a_possessive_is_not_a_present_tense():
    assert shallow_frame("Several harbour lawmakers announced a strike.", "en").predicate == (
        "announce"
    )
    assert shallow_frame("Several Valdorian lawmakers announced a strike.", "en").predicate == (
        "announce"
    )
    assert shallow_frame("After Lind's diagnosis two aides left the ministry", "en").predicate == (
        "leav"
    )


@pytest.mark.parametrize(
    ("forms", "lemma"),
    [
        (("closes", "closed", "are closing", "will close"), "close"),
        (("arrested", "arrests"), "arrest"),
        (("injured", "injures"), "injure"),
        (("dropped", "drops"), "drop"),
        # An irregular past is read as its base form.
        (("left", "leaves", "will leave"), "leav"),
        (("wrote", "writes"), "writ"),
    ],
)
def test_every_form_of_a_verb_gets_one_lemma(forms, lemma):
    assert {shallow_frame(f"Officials {form} the port", "en").predicate for form in forms} == {
        lemma
    }


def test_a_one_word_subject_is_the_actor():
    assert shallow_frame("Varga, 35, made his return to the league.", "en").actors == ("Varga",)
    assert shallow_frame("Portmar has lost four finals in a row.", "en").actors == ("Portmar",)


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("The club didn't renew his contract after the season.", True),
        ("The insurer paid no money to settle the claim.", True),
        ("The club renewed his contract after the season.", False),
    ],
)
def test_negation(sentence, negated):
    assert shallow_frame(sentence, "en").negated is negated


def test_planned_after_a_modal():
    assert shallow_frame("The ferry will sail to Portmar on Friday.", "en").modality == PLANNED


def test_frames_read_by_word_shapes_that_do_not_agree_count_against_a_pair():
    update = shallow_frame("Mara Lind says update on ferry schedules coming Friday", "en")
    threat = shallow_frame("Mara Lind threatens to close the ports to shippers", "en")
    assert frame_agreement(update, threat) == -1
    arrest = shallow_frame("Police in Port Selene arrested 87 people after the riot.", "en")
    arrests = shallow_frame("Officers in Port Selene arrested 87 inmates on Monday.", "en")
    assert frame_agreement(arrest, arrests) == 1


def test_a_parsed_frame_beside_one_read_by_word_shapes_is_not_counted_against():
    # Only two frames read by word shapes are unsure together: a Spanish clause is parsed.
    english = shallow_frame("The ferry company says it will close two routes", "en")
    spanish = Frame(predicate="aprobar", lang="es", tense=PAST)
    assert frame_agreement(english, spanish) == 0


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("Two hikers were hurt when the bridge fell", "herir"),
        ("The port authority postponed the regatta", "aplazar"),
        ("Mayor Lind raked in $2.4 million in the quarter", "recaudar"),
    ],
)
def test_a_predicate_family_holds_english_forms_and_spanish_lemmas(english, spanish):
    frame = shallow_frame(english, "en")
    assert frame.family == spanish


def test_a_verb_word_shapes_passed_over_keeps_two_frames_from_saying_two_acts():
    # Which verb is the clause's is a guess: "collapses" and "feared" are read, and
    # "trapped" in both says the two headlines may be one event.
    collapse = shallow_frame("Warehouse collapses after fire in Portmar, workers trapped", "en")
    fear = shallow_frame("Major fire at a Portmar warehouse, many feared trapped", "en")
    assert collapse.family != fear.family
    assert not different_facts(collapse, fear)


def test_a_shared_verb_of_saying_does_not_make_two_acts_one():
    resigned = shallow_frame("The harbour mayor resigned on Friday, aides said.", "en")
    collapsed = shallow_frame("The harbour bridge collapsed on Friday, officials said.", "en")
    assert different_facts(resigned, collapsed)


def test_two_families_across_languages_are_two_acts_and_a_verb_in_none_is_unknown():
    # A family lists both languages' forms, so two families say two acts in any language;
    # a verb in no family cannot be compared with a word of another language.
    shot = shallow_frame("A teenager shot himself with a gun he found, police said.", "en")
    investigating = Frame(predicate="investigar", lang="es", tense=PAST)
    probing = shallow_frame("Police probed the shooting on Monday.", "en")
    labelled = Frame(predicate="etiquetar", lang="es", tense=PAST)
    assert predicate_relation(investigating, shot) == OTHER
    assert predicate_relation(investigating, probing) == SAME
    assert predicate_relation(labelled, shot) == UNKNOWN
