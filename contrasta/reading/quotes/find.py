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
    mandatario ruso", "Kim") resolves to the one of them it fits. A text with no quoted
    words (a quarter of a real run's) has none, and no reader of it is made."""
    if not any(_layout(text, single=lang == "en").spans):
        return []
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
    """The text's quotes in order, each with the speaker its own words give it or, lacking
    one, the speaker the quotes around it give (`_from_context`); a quote left open at a
    paragraph's end and unattributed takes the speaker of the quote opening the next
    ("unclosed"), as the press runs one speaker's words over paragraphs; then the
    language's checks (`_checked`) and the quotes printed twice (`_repeated`)."""
    quotes: list[Quote] = []
    pending: list[int] = []  # unclosed, unattributed quotes awaiting the next paragraph's
    ending: Quote | None = None  # an attributed quote closing the paragraph before
    said: Quote | None = None  # the last attributed quote
    opened: Quote | None = None  # an attributed quote the paragraph before left open
    for index, ((_, paragraph), spans) in enumerate(
        zip(paragraphs, spans_by_paragraph, strict=True)
    ):
        carried, pending = pending, []
        previous: Quote | None = None
        for span in spans:
            quote = reader.read(index, span)
            if quote is None:
                continue
            quote = _from_context(quote, span, index, reader, previous, ending, said)
            quote = _going_on(quote, span, opened)
            quote = _carried_unless_cut(quote, span)
            if quote.speaker is not None and span.start <= 1 + _lead(paragraph):
                for at in carried:
                    quotes[at] = _with_speaker(quotes[at], quote, "unclosed")
            carried = []
            if quote.speaker is None and not span.closed:
                pending.append(len(quotes))
            quotes.append(quote)
            if quote.speaker is not None:
                previous = said = quote
                _heard(reader, quote, index)
        ending = _ending(quotes, spans, index, reader)
        opened = _left_open(quotes, spans, paragraphs[index][0])
    return _repeated(_checked(quotes, reader))


def _going_on(quote: Quote, span, opened: Quote | None) -> Quote:
    """A paragraph going on with the quote the one before left open (`marks._runs_on`: its
    span opens with no mark, at the paragraph's start) is the same quote: unattributed, it
    takes that quote's speaker ("unclosed")."""
    if opened is None or quote.speaker is not None or span.open != span.start:
        return quote
    return _with_speaker(quote, opened, "unclosed")


def _left_open(quotes: list[Quote], spans, offset: int) -> Quote | None:
    """The attributed quote a paragraph (at `offset`, with these `spans`) leaves open at its
    end, or None."""
    if not quotes or not spans or spans[-1].closed:
        return None
    last = quotes[-1]
    return last if last.speaker and last.start >= offset else None


def _from_context(
    quote: Quote,
    span,
    index: int,
    reader: _Reader,
    previous: Quote | None,
    ending: Quote | None,
    said: Quote | None,
) -> Quote:
    """A quote given a speaker by the quotes around it when its own words give none (nor a
    cue): a dialogue's next dash line, or a quote after one attributed in its paragraph
    with no one else named between, is that speaker's ("continued"); one opening a
    paragraph after one closed by "dijo X" goes on with X («…», dijo X. ⏎ «…»: "next
    paragraph"); the first of a paragraph, whole, is the last speaker's while the text
    still speaks of them (Subraya que … ⏎ … «…»: "still speaking"), else of the person the
    paragraph presents before it (X, 34 años, … «…»: "presented")."""
    if span.style == "dash" and previous is not None and previous.style == "dash":
        return _with_speaker(quote, previous, "continued")
    if quote.speaker is not None or quote.cue is not None:
        return quote
    if previous is not None and not reader.other_named(previous, quote.start):
        return _with_speaker(quote, previous, "continued")
    if ending and reader.goes_on(index, span):
        return _with_speaker(quote, ending, "next paragraph")
    if previous is not None or quote.partial:
        return quote
    if said is not None and reader.still_speaking(said, index, span):
        return _with_speaker(quote, said, "still speaking")
    if presented := reader.presented(index, span):
        return replace(quote, speaker=presented, how="presented")
    return quote


# The ways `_from_context` gives a quote a speaker from the quotes around it.
_FROM_CONTEXT = ("continued", "next paragraph", "still speaking", "presented")


def _carried_unless_cut(quote: Quote, span) -> Quote:
    """A quote whose end the page lost keeps no speaker carried from elsewhere: with its
    end went any "», dijo X" after it, so a speaker from context is a guess."""
    if span.cut and quote.how in _FROM_CONTEXT:
        return replace(quote, speaker=None, how=None)
    return quote


def _heard(reader: _Reader, quote: Quote, index: int) -> None:
    """Tell the reader who spoke last, in which paragraph and where their words end: pro-drop
    and the continuations after it are read from there."""
    reader.speakers.append(quote.speaker)
    reader.spoken_in = index
    reader.spoken_at = quote.end


def _ending(quotes: list[Quote], spans, index: int, reader: _Reader) -> Quote | None:
    """The attributed, whole quote closing this paragraph by its cue ("«…», dijo X."),
    whose speaker an unattributed quote opening the next goes on with."""
    last = quotes[-1] if quotes and spans else None
    if last and last.speaker and last.cue and not last.partial and reader.closes(index, last):
        return last
    return None


def _checked(quotes: list[Quote], reader: _Reader) -> list[Quote]:
    """The quotes as their language's press is read once all are attributed: a speaker no
    reader can place withheld (a wrong speaker is worse than none); in Spanish, a bare
    plural speaker ("los vecinos") read as the people the text named by it, and a closing
    "Jr" or "Sr" written with its stop, as the text writes the name."""
    if reader.lang in ("es", None):
        return [
            _abbreviated(_withheld(_named_group(quote, reader.text), reader.text), reader.text)
            for quote in quotes
        ]
    if reader.lang == "en":
        return [_withheld_en(quote, reader.text) for quote in quotes]
    return quotes


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
