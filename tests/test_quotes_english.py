"""Who speaks in English news, by the conventions of English-language press writing.

contrasta reads any language after Spanish; its quote reader was tuned on Spanish articles.
These mini-articles, invented (people, places, organisations and words), each state one
habit of English reporting, with the expected speakers decided before running the reader:

- the speaker follows the quote ('"…," Smith said', '"…," said Jane Smith, the mayor') or
  opens the sentence before it ('Smith said: "…"', 'According to Smith, "…"');
- a "false title" runs straight into the name, with no article ("chief selector Roger
  Harper said", "economist Helen Price said", "Mayor Jane Holloway said"); a capitalised
  title before a surname is no part of the name ("Professor Byrne" is "Byrne");
- a possessive before a source's noun is dropped as an article is ("his solicitor" is
  "solicitor"); an adverb between the subject and the verb is no part of the subject;
- a pronoun ("he said") is the last person named before; a surname alone is the full name
  given earlier; a headline that ends on a name run into a lead opening on it is one name;
- precision: a capitalised adjective or thing ("Chinese exchanges", "the league's Test
  rankings") is never a speaker; a short phrase in marks with no verb of saying (a scare
  quote, a title of a work) is no quote.
"""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text, "en")]


CONVENTIONS = [
    # the speaker after the quote, the verb before or after the name
    (
        'The council of Millbrook voted to build a new bridge.\n\n"We have waited long '
        'enough," said Peter Lindqvist, the leader of the opposition group.\n\n"The money is '
        'there," Maria Ortega said.',
        ["Peter Lindqvist", "Maria Ortega"],
    ),
    # a false title, capitalised or in lower case, runs into the name: the name speaks
    (
        'The council voted on Tuesday to build a bridge.\n\n"This is a great day for everyone '
        'who lives here," Mayor Jane Holloway said after the vote.',
        ["Jane Holloway"],
    ),
    (
        'Hollis was rested for the first two matches.\n\n"The decision was taken to rest him '
        'due to his heavy workload," chief selector Ronan Tully said in a statement.',
        ["Ronan Tully"],
    ),
    (
        'Retail sales rose in March.\n\n"It is a welcome sign," economist Helen Varga said.',
        ["Helen Varga"],
    ),
    # a capitalised title before a surname: the surname speaks
    (
        'The team released 115 marsh frogs into the park.\n\n"The method could help '
        'threatened species worldwide," Professor Byrnell said.',
        ["Byrnell"],
    ),
    # a possessive is dropped like an article; an adverb before the verb is no subject
    (
        'Ross Kettley, 31, was annoyed about a bike.\n\nKettley has a "somewhat short fuse and '
        'he needs to learn to lengthen it", his solicitor said.',
        ["solicitor"],
    ),
    (
        'I keep the old shirt on the back shelf.\n\n"Are you ready to throw this thing away '
        'yet?" my mother gently asks every spring.',
        ["mother"],
    ),
    # a headline ending on the name run into a lead opening on it: one name
    (
        'Back to form soon insists Tom Pikeley Tom Pikeley believes he is "not far away" '
        'from his best form.\n\n"I am feeling really good in practice," Pikeley said.',
        ["Tom Pikeley", "Tom Pikeley"],
    ),
    # a capitalised thing or adjective in the clause is no subject: the clause's person is
    (
        "The captain has slipped outside the top ten of the league's Test batting rankings "
        'and admits he "played two horrendous shots" in the last match.',
        [None],
    ),
    (
        "The fund would be the first of its kind. Pointing to the treatment given to major "
        "Chinese exchanges, Marcus Hale, head of the investment firm Dunmore Capital, told "
        'reporters, "We are seeing the first institutions move into the market."',
        ["Marcus Hale"],
    ),
    # a pronoun is the person named before, a full name no list of first names holds; a
    # possessive ends a name ("Kenton's"), and the lead's first word set in capitals is
    # the name's ("LERATO Mbeki" is "Lerato Mbeki")
    (
        "Six of the best for Kenton's Lerato LERATO Mbeki was one of Kenton High's top "
        "achievers, with six distinctions. Unlike most pupils, Lerato had no fixed study "
        "schedule. “The way I studied changed with the subject,” she said.",
        ["Lerato Mbeki"],
    ),
    # a place of uncommon words is no person a pronoun may refer to
    (
        'The delegation flew back from Hong Kong on Friday. "We made real progress," she said.',
        [None],
    ),
    # English drops no subject: a verb after a first-person clause is the writer's
    (
        '"Are you ready to throw it away?" my mother asks every spring. I look down at my '
        'dog and whisper, "It is fine. We are safe."',
        ["mother", None],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONVENTIONS)
def test_english_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
