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
        'Hollis was rested for the first two matches.\n\n"We chose to give him a break after '
        'a long and busy season," chief selector Ronan Tully said in a statement.',
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
        'Ross Kettley, 31, shouted at a ticket inspector.\n\nKettley has "a quick temper that '
        'he is working hard to keep in check", his solicitor said.',
        ["solicitor"],
    ),
    (
        'I keep the old shirt on the back shelf.\n\n"Are you ready to throw this thing away '
        'yet?" my mother gently asks every spring.',
        ["mother"],
    ),
    # a headline ending on the name run into a lead opening on it: one name
    (
        'Back to form soon insists Tom Pikeley Tom Pikeley believes he is "close to his best" '
        'from his best form.\n\n"I am feeling really good in practice," Pikeley said.',
        ["Tom Pikeley", "Tom Pikeley"],
    ),
    # a capitalised thing or adjective in the clause is no subject: the clause's person is
    (
        "The captain has dropped out of the top ten of the board's Test bowling table "
        'and admits he "made two very poor decisions" in the last match.',
        [None],
    ),
    (
        "The fund would be the first of its kind. Citing the rules applied to large "
        "Chinese brokers, Marcus Hale, head of the investment firm Dunmore Capital, told "
        'reporters, "We are seeing the first institutions move into the market."',
        ["Marcus Hale"],
    ),
    # a pronoun is the person named before, a full name no list of first names holds; a
    # possessive ends a name ("Kenton's"), and the lead's first word set in capitals is
    # the name's ("LERATO Mbeki" is "Lerato Mbeki")
    (
        "Top marks for Kenton's Lerato LERATO Mbeki came first in Kenton High's final "
        "exams this year. Unlike her classmates, Lerato kept no timetable. “I learned each "
        "subject in its own way,” she said.",
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
    # single marks quote in English, curly or straight; an apostrophe does not
    (
        "‘We will fight it in the courts,’ said Karen Doyle of the Workers’ Union. Her "
        "members’ pay has fallen. ‘It’s not fair,’ she said.",
        ["Karen Doyle", "Karen Doyle"],
    ),
    (
        "'We will win,' said Ana Ruiz, whom rock 'n' roll fans know well. 'It is the "
        "players' decision,' she added.",
        ["Ana Ruiz", "Ana Ruiz"],
    ),
    # a headline's quote in single marks, its speaker after it
    (
        "Return to form 'just round the corner' insists Tom Pikeley\n\nTom Pikeley believes "
        'he is close to his best form. "I am feeling really good," Pikeley said.',
        ["Tom Pikeley", "Tom Pikeley"],
    ),
    # the name right before the verb speaks, whatever comes before it (a headline run in)
    (
        "Tom Reddan, longtime Daily Star racing writer, dies at 88 The Daily Star founder "
        "Cathal Dunne once said its mission was `To report without fear'. The funeral is on "
        "Friday.",
        ["Cathal Dunne"],
    ),
    (
        'Kim Lee, after meeting Sam Ortiz, said: "We agreed on everything that matters."',
        ["Kim Lee"],
    ),
    # a pronoun of one gender is the one person of that gender named just before
    (
        "Mark Hallam met Sarah Jennet at the town hall on Monday. "
        '"We agreed to work together," she said.',
        ["Sarah Jennet"],
    ),
    (
        "Mark Hallam met Sarah Jennet at the town hall on Monday. "
        '"We agreed to work together," he said.',
        ["Mark Hallam"],
    ),
    (
        'Jon Perl said the shop was "a total mess". His wife, Ada Perl, disagreed. '
        '"It was perfectly fine," she said.',
        ["Jon Perl", "Ada Perl"],
    ),
    # a title names again the person introduced with it; English titles have no gender
    (
        'Ruth Calder, the mayor of Portsend, spoke to the crowd. "We will rebuild," the '
        "mayor said.",
        ["Ruth Calder"],
    ),
    # the subject before the verb, an age or a relative clause set off by commas
    ('"We will not back down," Jane Sorrell, 52, said.', ["Jane Sorrell"]),
    (
        '"We will not back down," Jane Sorrell, who has led the council since 2018, said.',
        ["Jane Sorrell"],
    ),
    (
        '"It is a disaster," one resident, who asked not to be named, told the Herald.',
        ["resident"],
    ),
    # an unnamed source with its organisation, before a colon
    (
        "The clinic will close in May. A spokesperson for the Department of Health said: "
        '"No patient will be left without care."',
        ["spokesperson for the Department of Health"],
    ),
    # a statement is no speaker
    (
        'According to a statement from the Harbour Authority, "the port will reopen on Friday."',
        [None],
    ),
    # a name after a preposition before the verb is no subject ("a friend of X said")
    (
        'A report by Jane Smithers said the river was "badly polluted by farm waste".',
        [None],
    ),
    (
        'A friend of Tom Ashby said: "He was a kind man who loved his town."',
        ["friend of Tom Ashby"],
    ),
    # a title of two title words is no surname after a title
    ('The Prime Minister said the tax was "fair and temporary".', ["Prime Minister"]),
    # English press habits the reader already followed, kept so
    ('"It is over," Dorran Vance tweeted on Sunday.', ["Dorran Vance"]),
    ('Mr Hollis, 67, said he had "never seen anything like it" in his life.', ["Hollis"]),
    (
        'Health Minister Karin Lund told parliament that "every hospital will get more staff '
        'this year".',
        ["Karin Lund"],
    ),
    (
        'In a statement, the Ferrow Water Company said it was "deeply sorry for the disruption".',
        ["Ferrow Water Company"],
    ),
    # a headline's quote credited after a dash, or before a colon
    (
        "'I am close to my best form' - Tom Pikeley\n\nThe captain spoke on Wednesday.",
        ["Tom Pikeley"],
    ),
    ("Tom Pikeley: 'I am close to my best form'\n\nThe captain spoke.", ["Tom Pikeley"]),
    # a possessed role is someone else's: not the person named before
    (
        'Ross Kettley was charged on Monday. "He is innocent," his solicitor said.',
        ["solicitor"],
    ),
    # English false titles of roles and ranks; a name of an organisation before the
    # title is not the speaker
    (
        'The club lost again. "We are ready for this," manager Frank Dalloway said.',
        ["Frank Dalloway"],
    ),
    (
        'The case was reopened. "We have new evidence," Detective Inspector Jane Mills said.',
        ["Jane Mills"],
    ),
    (
        'The party met on Monday. "We are ready," Labour leader Keith Starling said.',
        ["Keith Starling"],
    ),
    (
        'The paper turns 90. "We never stopped," Irish Post founder Eamon Duffy said.',
        ["Eamon Duffy"],
    ),
]

# Scare quotes, labels and titles of works: no one says them.
NOT_QUOTES = [
    "The union called it a 'fair deal' for workers, and the so-called \"flexibility\" "
    "would mean longer hours.",
    "The film 'Night Train' came out in 2020. He wrote about his racing years in a 2004 "
    "book `The Last Furlong: Notes of a Racing Writer'.",
    'The novel "The Long Road Home" was published in 2019.',
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_english_terms_and_titles(text: str) -> None:
    assert find_quotes(text, "en") == []


@pytest.mark.parametrize(("text", "expected"), CONVENTIONS)
def test_english_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
