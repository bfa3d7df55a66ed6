"""English speakers withheld where the press leaves them unplaceable (bench/real/README.md
item 88): on English text no rule had seen, speakers read as one word that no full name of
the text completes, carried to another paragraph or being a common English word, and one
person read for what "they" said, were wrong far more often than right. Each convention in
a mini-article invented here (people, places and bodies are fictional); expected speakers
decided before running the reader.

- "they" in the quote's sentence says the people just named together spoke: no one of
  them alone said it;
- a one-word speaker no full name completes is a guess, and carried to the next
  paragraph's quote it is no one;
- a common English word capitalised ("Story continues below") names a person only as the
  short form of a full name, unless the text cites it as a source ("according to X");
- an epithet with "the" capitalised as a byname before a full name ("The Harbour Baker Tom
  Ridley") is no part of it: the person is Tom Ridley, and "Tom" later is that person;
- what stays: a surname after its verb ("…," Hale said.), a full name carried to the next
  paragraph, a common word cited with "according to", a first name the text completes.
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text, "en")]


WITHHELD = [
    # "they" after two people named together: neither alone
    (
        "Last week, Harbour Board chair Tom Ridley of Dunmore and council leader Paula Grant"
        " of Ashby warned against closing the pier.\n\n"
        "In a joint letter, they said: “Closing the pier in winter would cut the island off"
        " for weeks at a time.”",
        [None],
    ),
    # a one-word speaker no full name completes, carried to the next paragraph
    (
        "Dunmore opened its new ferry terminal on Monday.\n\n"
        "“The pier will reopen in May, and the fares will stay as they are,” Ridley said.\n\n"
        "“We have the money for it, and the builders start next week.”",
        ["Ridley", None],
    ),
    # a page's widget, a common word capitalised, is no one
    (
        "The ferry left late on Monday. “The pier will reopen in May, and the fares will"
        " stay as they are,” Story continues below.",
        [None],
    ),
]

KEPT = [
    (
        "“It is a sad day for the town and for everyone who worked here,” Hale said.",
        ["Hale"],
    ),
    (
        "Harbour Board chair Tom Ridley opened the terminal on Monday.\n\n"
        "“The pier will reopen in May, and the fares will stay as they are,” Ridley said.\n\n"
        "“We have the money for it, and the builders start next week.”",
        ["Tom Ridley", "Tom Ridley"],
    ),
    (
        "The deal was signed in a quiet meeting, “with no lawyers in the room”, according to"
        " Variety.",
        ["Variety"],
    ),
    (
        "Fitness coach Tom Ridley opened a gym in Dunmore.\n\n"
        "Tom said: “I will teach them every morning at nine.”",
        ["Tom Ridley"],
    ),
]


EPITHET = [
    (
        "The Harbour Baker Tom Ridley has opened a school for bread in Dunmore.\n\n"
        "Tom said: “I will teach them every morning at nine.”\n\n"
        "“Bring an apron and a lot of patience.”",
        ["Tom Ridley", "Tom Ridley"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EPITHET)
def test_a_byname_with_the_before_a_full_name_is_no_part_of_it(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), WITHHELD)
def test_unplaceable_english_speakers_are_withheld(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_placeable_english_speakers_stay(text, expected):
    assert speakers(text) == expected
