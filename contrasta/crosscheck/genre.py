"""Whether an article is commentary (a column, an editorial, a review, advice to the
reader) rather than a report, and which of its sentences still report a fact.

A column's sentences look like a report's: declarative, of report length, often with
figures and names ("So the index's yearly returns tell us little about the funds").
What marks them is the genre of the whole text, which the page says in its title (a
"Reseña de ..." or "... Editorial" heading, an analyst's corner), in a writer's sign-off
("The writer is a fund manager", "El autor es profesor"), in the outlet's note that the
piece is its editorial, or by speaking to its reader throughout ("If your roof faces
south, ...", "you should compare three quotes"). In such a text only what another source
could confirm is a claim (bench/real/CLAIMS.md): a statement someone is said to have
made, and a figure or a date (a day, a month, a year) the writer gives, unless the
sentence speaks to the reader. The rest, the writer's own analysis and advice, is opinion
however it is worded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from contrasta.reading.sentences import MAX_SENTENCE, split_sentences

if TYPE_CHECKING:
    from contrasta.crosscheck.claims import Claim
    from contrasta.model import Article

# Words a page puts in the title of commentary: its section, or the kind of piece.
_SECTION = re.compile(
    r"\b(?:opini[oó]n|opinione|editorial|editoriale|tribuna|columna|column|columnist|op-ed|"
    r"rese[ñn]a|reviews?|cr[ií]tica de|commentary|comentario|commento|punto de vista|"
    r"viewpoint|rinc[oó]n del analista|an[aá]lisis|analysis)\b",
    re.IGNORECASE,
)
# A writer's sign-off, or the outlet's note that the piece is its editorial.
_SIGN_OFF = re.compile(
    r"\bthe (?:writer|author) is\b|\bel (?:autor|escritor) es\b|\bla autora es\b|"
    r"\bl['’](?:autore|autrice) è\b|"
    r"\bthe views expressed\b|\blas opiniones expresadas\b|"
    r"\b(?:is|es) (?:the|el) (?:lead |principal )?editorial\b|\beditorial principal\b",
    re.IGNORECASE,
)
# The reader spoken to: second person, outside quotes.
_READER = re.compile(
    r"\b(?:you|your|yours|yourself|yourselves|usted|ustedes|tú|tu|tus|contigo|vosotros|"
    r"vosotras)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[«“\"][^«»“”\"]*[»”\"]")
# A year in digits dates a fact the date reader leaves alone ("in the fall of 2018").
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Where a title names its section: its first characters ("Reseña de la película ...",
# "... – Reel Film Reviews"), which the cleaner may have glued to the lead.
_HEADING = 100
# A text that speaks to its reader in this share of its sentences (at least `_ADDRESSED`
# of them) is advice or a column: a report quotes people who say "you", it does not
# address its reader sentence after sentence.
_READER_SHARE = 0.2
_ADDRESSED = 4
# A stretch where `split_sentences` may cut a word in two: no space in a whole piece.
_UNSPACED = re.compile(rf"[^ ]{{{MAX_SENTENCE - 1}}}")


def addresses_reader(text: str) -> bool:
    """The sentence speaks to its reader ("you should brace for ..."), quotes aside."""
    return bool(_READER.search(_QUOTED.sub(" ", text)))


def commentary(article: Article) -> bool:
    """The article is a column, an editorial, a review or advice: its title names the
    section or the kind of piece, or speaks to its reader ("Five rules your shop must
    follow") and so does a sentence below it, a sign-off names its writer or calls it the
    outlet's editorial, or it addresses its reader throughout."""
    first, _, body = article.text.lstrip().partition("\n")
    headings = (article.title, first)
    if any(_SECTION.search(heading[:_HEADING]) for heading in headings):
        return True
    if _SIGN_OFF.search(article.text):
        return True
    if any(addresses_reader(heading[:_HEADING]) for heading in headings):
        # A Spanish news headline speaks to its reader as a hook ("Ya puedes consultar a tu
        # médico por teléfono", "Cómo mantener a tus hijos concentrados en casa"): there the
        # title counts only when the text below it also does. On the bench's dev rows two
        # Spanish titles of the kind headed reports, the English ones ("Things to do",
        # "Stop using ... your") columns and listings whose text did not say "you".
        if article.lang != "es":
            return True
        return any(
            addresses_reader(s.text) for p in body.split("\n\n") for s in split_sentences(p, 0)
        )
    if not _READER.search(article.text) and not _UNSPACED.search(article.text):
        # Most texts: no sentence of it can address the reader. A sentence is a piece of
        # the text set off by characters that are no part of a word (unless a stretch with
        # no space was cut inside a word, `_UNSPACED`), and so is a quote `_QUOTED` blanks:
        # a word `_READER` finds in a sentence it finds in the text. Splitting the text
        # into sentences only to count none cost a twentieth of reading its claims.
        return False
    sentences = [s.text for p in article.text.split("\n\n") for s in split_sentences(p, 0)]
    addressed = sum(addresses_reader(s) for s in sentences)
    return addressed >= _ADDRESSED and addressed >= _READER_SHARE * len(sentences)


def reported(claim: Claim, sourced: bool) -> bool:
    """A clause of commentary that still states a fact: someone's statement (`sourced`),
    or a figure or a date the writer gives, when it does not speak to the reader."""
    if sourced:
        return True
    if addresses_reader(claim.cited()[0]):
        return False
    return datable(claim)


def datable(claim: Claim) -> bool:
    """The clause gives a figure or a date (a year in digits included): something another
    source can confirm or contradict, whoever writes it and however hedged."""
    return bool(claim.numbers or claim.dates or YEAR.search(claim.sentence))
