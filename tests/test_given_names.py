"""First names are looked up in gender-guesser's table one name at a time; the answers are
the ones its Detector gives after reading the whole table."""

from __future__ import annotations

from gender_guesser.detector import Detector

from contrasta.reading.names import _gender, _name_lines


def test_every_name_gets_the_answer_of_the_whole_table():
    whole = Detector(case_sensitive=False)
    names = list(_name_lines())
    assert len(names) == len(whole.names) > 40_000
    asked = names + [n.title() for n in names[::50]] + ["Quimalzeta", "", "jean pierre"]
    wrong = [n for n in asked if _gender(n) != whole.get_gender(n)]
    assert not wrong, wrong[:10]
