"""Finding a text's quotes and people: the reading of a text (`_read`), the quotes it gives
in order with their speakers (`_quotes`), and the people it names (`people`)."""

from __future__ import annotations

from dataclasses import replace

from contrasta.reading.quotes.cues import _cues
from contrasta.reading.quotes.layout import _layout
from contrasta.reading.quotes.marks import _lead
from contrasta.reading.quotes.named_groups import _named_group
from contrasta.reading.quotes.quote import Quote
from contrasta.reading.quotes.reader import _Reader
from contrasta.reading.quotes.withheld import _abbreviated, _withheld, _withheld_en
from contrasta.reading.quotes.words import _VERBS, _WORD
from contrasta.reading.roles import (
    Description,
)


def people(text: str, lang: str | None = "es") -> dict[str, Description]:
    """The people this text names, under the fullest form of their name here, with what
    their titles say of them ("el presidente ruso, X"); names inside quotes are not read."""
    _, _, reader = _read(text, lang, None)
    return reader.introduced(len(text))


def find_quotes(
    text: str, lang: str | None = "es", known: dict[str, Description] | None = None
) -> list[Quote]:
    """Direct quotes in an article's cleaned text, with speaker, cue and offsets.

    `known`: the people of the story this article belongs to, as `people` reads them in
    its other articles; a title or a short name this text alone cannot resolve ("el
    mandatario ruso", "Kim") resolves to the one of them it fits."""
    return _quotes(*_read(text, lang, known))


def quotes_and_people(
    text: str, lang: str | None = "es"
) -> tuple[list[Quote], dict[str, Description]]:
    """`find_quotes(text, lang)` and `people(text, lang)` from one reading of the text:
    what an article's reading stores (`dossier.reading`), so a dossier finds neither
    again."""
    paragraphs, spans_by_paragraph, reader = _read(text, lang, None)
    found = reader.introduced(len(text))  # before the quotes: it reads no speaker
    return _quotes(paragraphs, spans_by_paragraph, reader), found


def _quotes(paragraphs, spans_by_paragraph, reader: _Reader) -> list[Quote]:
    quotes: list[Quote] = []
    pending: list[int] = []  # unclosed, unattributed quotes awaiting the next paragraph's
    ending: Quote | None = None  # an attributed quote closing the paragraph before
    said: Quote | None = None  # the last attributed quote
    for index, ((_, paragraph), spans) in enumerate(
        zip(paragraphs, spans_by_paragraph, strict=True)
    ):
        carried, pending = pending, []
        previous: Quote | None = None
        for span in spans:
            quote = reader.read(index, span)
            if quote is None:
                continue
            resumed = span.style == "dash" and previous is not None and previous.style == "dash"
            if resumed or (
                quote.speaker is None
                and quote.cue is None
                and previous is not None
                and not reader.other_named(previous, quote.start)
            ):
                quote = _with_speaker(quote, previous, "continued")
            elif (
                quote.speaker is None
                and quote.cue is None
                and ending
                and reader.goes_on(index, span)
            ):
                quote = _with_speaker(quote, ending, "next paragraph")  # «…», dijo X. ⏎ «…».
            elif (
                quote.speaker is None
                and quote.cue is None
                and previous is None
                and said is not None
                and not quote.partial
                and reader.still_speaking(said, index, span)
            ):
                quote = _with_speaker(quote, said, "still speaking")  # Subraya que … ⏎ … «…».
            elif (
                quote.speaker is None
                and quote.cue is None
                and previous is None
                and not quote.partial
                and (presented := reader.presented(index, span))
            ):
                quote = replace(quote, speaker=presented, how="presented")  # X, 34 años, … «…».
            if span.cut and quote.how in (
                "continued",
                "next paragraph",
                "still speaking",
                "presented",
            ):
                # the page lost the quote's end, and with it any "», dijo X" after it: a
                # speaker carried from elsewhere is a guess
                quote = replace(quote, speaker=None, how=None)
            if quote.speaker is not None and span.start <= 1 + _lead(paragraph):
                for at in carried:
                    quotes[at] = _with_speaker(quotes[at], quote, "unclosed")
            carried = []
            if quote.speaker is None and not span.closed:
                pending.append(len(quotes))
            quotes.append(quote)
            if quote.speaker is not None:
                previous = said = quote
                reader.speakers.append(quote.speaker)
                reader.spoken_in = index
                reader.spoken_at = quote.end
        last = quotes[-1] if quotes and spans else None
        ending = (
            last
            if last
            and last.speaker
            and last.cue
            and not last.partial
            and reader.closes(index, last)
            else None
        )
    if reader.lang in ("es", None):
        quotes = [
            _abbreviated(_withheld(_named_group(quote, reader.text), reader.text), reader.text)
            for quote in quotes
        ]
    elif reader.lang == "en":
        quotes = [_withheld_en(quote, reader.text) for quote in quotes]
    return _repeated(quotes)


# Words a pull quote must have to be matched with the body's quote it repeats.
_PULL_QUOTE_WORDS = 4


def _repeated(quotes: list[Quote]) -> list[Quote]:
    """A quote printed twice, once with its speaker and once alone (a pull quote set as
    its own paragraph, the body quoting it again with the attribution, or the other
    way), is the speaker's both times: the same words, of a few words or more."""
    said: dict[str, Quote] = {}
    for quote in quotes:
        key = " ".join(_WORD.findall(quote.text.lower()))
        if quote.speaker and len(key.split()) >= _PULL_QUOTE_WORDS:
            said.setdefault(key, quote)
    if not said:
        return quotes
    return [
        _with_speaker(quote, source, "repeated")
        if quote.speaker is None
        and (source := said.get(" ".join(_WORD.findall(quote.text.lower()))))
        else quote
        for quote in quotes
    ]


def _read(text: str, lang: str | None, known: dict[str, Description] | None):
    cues = _cues((lang,) if lang in _VERBS else tuple(_VERBS))
    layout = _layout(text, single=lang == "en")
    reader = _Reader(text, layout, cues, known or {}, lang)
    return layout.paragraphs, layout.spans, reader


def _with_speaker(quote: Quote, source: Quote, how: str) -> Quote:
    """`quote` given `source`'s speaker by context (`how`: which continuation rule)."""
    return replace(
        quote, speaker=source.speaker, cue=source.cue, how=how if source.speaker else None
    )
