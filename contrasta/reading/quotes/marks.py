"""Quoted spans of a paragraph: opening and closing marks, dashes, straight and single
marks, reversed and mistyped marks, and a quote that goes on into the next paragraph."""

from __future__ import annotations

import re

from contrasta.reading.quotes.quote import _Span
from contrasta.reading.quotes.words import _PAIRS, _QUOTATION_WORDS, _SAYING_FORMS, _UPPER, _WORD
from contrasta.reading.sentences import split_sentences

_STYLES = {"«": "«»", "“": "“”", '"': '""'}
_DASHES = "—―"
_FOREIGN_CLOSERS = {"»": "«", "”": "“", "″": "‶"}  # "″": a double prime typed for ”
_MARKS = re.compile(
    "[" + re.escape("".join(sorted({*_PAIRS, *_PAIRS.values(), *_FOREIGN_CLOSERS}))) + "]"
)


# A closing mark: a curly one, or a straight one glued to the word (or the full stop)
# before it and opening no word after it.
_CLOSER = re.compile(r"[”»″]|(?<=[^\W_]|[.!?…])\"(?![^\W_])")


# A paragraph's last sentence ended: a full stop, or a colon announcing what follows.
_ENDS_SENTENCE = re.compile(r"[.!?…:]\s*$")

# Words of a paragraph stopping mid-sentence below which it is a wrapped line (a line of
# print, a paragraph a line); a longer one is a paragraph that lost its full stop.
_WRAPPED_WORDS = 20


def _first_closer(paragraph: str) -> int | None:
    """Where the paragraph's first quotation mark is, when it closes a quote (`_CLOSER`);
    None when it opens one or the paragraph has none."""
    first = _MARKS.search(paragraph)
    if first is None:
        return None
    return first.start() if _CLOSER.match(paragraph, first.start()) else None


def _runs_on(
    spans: tuple[_Span, ...], paragraphs: tuple[tuple[int, str], ...], index: int
) -> str | None:
    """Whether paragraph `index` goes on with a quote the one before (whose `spans` these
    are) left open: the press quotes several paragraphs of one speaker opening a mark in the first
    and closing it in the last only (Spanish writes no mark where a paragraph ends inside a
    quote, and often none where the next begins), so a quote running to the end of its
    paragraph unclosed goes on through the paragraphs with no mark, up to the first whose
    first mark closes it, or up to a paragraph of the narrator's introducing what follows
    with a colon ("Córdova señala que …:"), where the press, having lost the closing mark,
    resumes the narration. Only when such a paragraph follows: an unclosed quote no later
    mark or colon closes lost its closing mark, and the words after it are the narrator's.
    A quote cut where the page lost words (`_cut`) runs on nowhere, nor one through a short
    paragraph stopping mid-sentence (text wrapped in lines, a paragraph a line), unless the
    very next line closes it ("… rendimos cuentas de ⏎ todo lo que hacemos»."): a wrapped
    quote's last line. The quote's style when it goes on, else None."""
    last = spans[-1] if spans else None
    if last is None or last.closed or last.cut or last.style == "dash":
        return None
    before = paragraphs[index - 1][1]
    if last.end < len(before.rstrip()) - 1:
        return None  # ended inside its paragraph (`_reopened`, `_first_sentence_only`)
    if _first_closer(paragraphs[index][1]) is not None:
        return last.style
    if not _ENDS_SENTENCE.search(before):
        return None  # a line broken mid-sentence, not a paragraph: wrapped text
    for gone, (_, paragraph) in enumerate(paragraphs[index:]):
        if _MARKS.search(paragraph) is not None:
            return last.style if _first_closer(paragraph) is not None else None
        if paragraph.rstrip().endswith(":"):
            return last.style if gone else None
        if not _ENDS_SENTENCE.search(paragraph) and len(paragraph.split()) < _WRAPPED_WORDS:
            return None
    return None


def _going_on(paragraph: str, style: str) -> _Span | None:
    """The span of a paragraph going on with a quote left open (`_runs_on`): from its
    start to its first mark, which closes it, or the whole paragraph, left open, when it
    has no mark. None when its first mark opens a quote."""
    lead = _lead(paragraph)
    if _MARKS.search(paragraph) is None:
        end = len(paragraph.rstrip())
        return _Span(lead, end, lead, end, style, False) if end > lead else None
    close = _first_closer(paragraph)
    if close is None:
        return None
    end = len(paragraph[:close].rstrip())
    return _Span(lead, end, lead, close + 1, style, True) if end > lead else None


def _lead(paragraph: str) -> int:
    return len(paragraph) - len(paragraph.lstrip())


def _dash_spans(paragraph: str) -> list[_Span]:
    """Dialogue: speech from the opening dash to the narrator's dash, resumed after it."""
    lead = _lead(paragraph)
    if len(paragraph) <= lead + 1 or paragraph[lead] not in _DASHES:
        return []
    if paragraph[lead + 1].isspace():
        return []
    spans = []
    speech = lead + 1
    while speech < len(paragraph):
        narrator = re.compile(rf"\s[{_DASHES}](?=\s*[^\W\d_¿¡])").search(paragraph, speech)
        end = narrator.start() if narrator else len(paragraph)
        words = paragraph[speech:end]
        start = speech + len(words) - len(words.lstrip())
        stop = speech + len(words.rstrip())
        if stop > start:
            close = narrator.start() + 1 if narrator else len(paragraph)
            spans.append(_Span(start, stop, speech - 1, close, "dash", True))
        if not narrator:
            break
        resume = re.compile(rf"[{_DASHES}][.,;:]?\s+(?=\S)").search(paragraph, narrator.end())
        if not resume:
            break
        speech = resume.end()
    return spans


def _mark_spans(paragraph: str) -> list[_Span]:
    spans = []
    i = 0
    while (opening := _OPENING_OR_REVERSED.search(paragraph, i)) is not None:
        i = opening.start()
        mark = paragraph[i]
        if mark == '"' and not _opens_straight(paragraph, i):
            i += 1
            continue
        if mark == "”":
            close = _reversed_closing(paragraph, i)
            if close is not None:
                spans.append(_Span(i + 1, close, i, close + 1, "“”", True))
            i = close + 1 if close is not None else i + 1
            continue
        close = _closing(paragraph, i)
        closed = close is not None
        after = close + 1 if closed else None
        lost = False
        if close is None:
            if i + 1 >= len(paragraph) or not (
                paragraph[i + 1].isalnum() or paragraph[i + 1] in "¿¡."
            ):
                i += 1
                continue
            reopened = _reopened(paragraph, i)
            first = None if reopened is not None else _first_sentence_only(paragraph, i)
            cut = _cut(paragraph, i, first if first is not None else reopened)
            lost = cut is not None
            if cut is not None:
                close, after = cut, cut
            elif first is not None:
                close, after = first, first + 1
            else:
                close = reopened + 1 if reopened is not None else len(paragraph)
                after = paragraph.index(mark, close) if reopened is not None else close + 1
        said = _said_unmarked(paragraph, i, close) if closed and mark == '"' else None
        if said is not None:
            close, after, closed = said, close, True  # the mark after opens the next quote
        inner = paragraph[i + 1 : close]
        start = i + 1 + len(inner) - len(inner.lstrip())
        end = i + 1 + len(inner.rstrip())
        aside = _NARRATOR_ASIDE.search(paragraph, start, end)
        if aside and not _SAYING_FORMS.isdisjoint(w.lower() for w in _WORD.findall(aside.group(1))):
            # "«En mayo -expuso-, abriremos»": two quotes, the narrator's
            # words between them
            spans.append(_Span(start, aside.start(), i, aside.start(), _STYLES[mark], True))
            start, i = aside.end(), aside.end() - 1
        if end > start:
            spans.append(
                _Span(start, end, i, close + 1 if closed else close, _STYLES[mark], closed, lost)
            )
        i = after
    return spans


# The narrator's verb of saying between commas: ", dijo, ", ", añadió, ".
_SAID_BETWEEN_COMMAS = re.compile(r",\s+([^\W\d_]+),\s")


def _said_unmarked(paragraph: str, i: int, close: int) -> int | None:
    """Where a straight quote ends when its closing mark was left out before the narrator's
    verb of saying between commas ("\"No es asunto nuestro, dijo, pero admitió que hay
    \"quienes…\""): at that comma, when the mark taken for its closer opens a word (it
    opens the next quote). None otherwise."""
    if not (paragraph[close - 1].isspace() and paragraph[close + 1 : close + 2].isalpha()):
        return None
    for found in _SAID_BETWEEN_COMMAS.finditer(paragraph, i + 1, close):
        if found.group(1).lower() in _SAYING_FORMS:
            return found.start()
    return None


# Single marks, as English quotes with them (British and Irish papers in the body, most
# papers in headlines and inside a quote): an opening one at a word's start, after a
# space, a bracket or a dash, a closing one at a word's end, before a space or a sign.
# An apostrophe is the same character: one inside a word ("it's", "O'Brien") neither
# opens nor closes, and an elision opening a word ("'em", "'90s") opens nothing.
_SINGLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘`](?=[^\W\d_])(?!(?:em|til|cause|n)\b)")
_SINGLE_CLOSING = re.compile(r"(?<=[^\W_]|[.,!?…])['’](?![^\W_])")
# A plural's possessive ("the workers' union", "the Smiths' house"): a closing mark after
# an "s" that a lower-case word follows, unless a verb of saying ("'… two days' said X").
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['’]\s+([a-z]+)")


def _single_spans(paragraph: str, spans: list[_Span]) -> list[_Span]:
    """Quotes in single marks outside the double ones (`spans`), each closed in its
    paragraph: English sets its quotes so, and its headlines ("Back to form 'just round
    the corner' insists X"); a quote of several paragraphs opens with double marks."""
    found: list[_Span] = []
    i = 0
    while (opening := _SINGLE_OPENING.search(paragraph, i)) is not None:
        i = opening.start()
        if any(span.open <= i < span.close for span in spans):
            i += 1
            continue
        close = None
        for closer in _SINGLE_CLOSING.finditer(paragraph, i + 2):
            if any(span.open <= closer.start() < span.close for span in spans):
                break
            possessive = _PLURAL_POSSESSIVE.match(paragraph, closer.start())
            if possessive and possessive.group(1) not in _SAYING_FORMS:
                continue
            close = closer.start()
            break
        if close is None:
            i += 1
            continue
        inner = paragraph[i + 1 : close]
        start = i + 1 + len(inner) - len(inner.lstrip())
        end = i + 1 + len(inner.rstrip())
        if end > start:
            found.append(_Span(start, end, i, close + 1, "‘’", True))
        i = close + 1
    return found


# A closing mark no opening mark answers, then a verb of saying: "…es demasiado corto”,
# dijo X" (the opening mark lost in a translation or a copy).
_UNOPENED = re.compile(r"[”»],\s*(?:(?:se|le|les|nos|me)\s+)?([^\W\d_]+)")
# ...and a straight one glued to the last word ("…muy bonitos\", dijo X"), where the
# paragraph before left no quote open: a quote of several paragraphs opens once and
# closes in its last one, so there a straight mark alone ends it.
_UNOPENED_STRAIGHT = re.compile(r'(?<=[^\W_]|[.!?…])",\s*(?:(?:se|le|les|nos|me)\s+)?([^\W\d_]+)')
# Words only a speaker uses of themselves: a sentence with one, before an unopened quote,
# is the quote's too ("En mis años de servicio nunca… . Los comentarios…», dijo X").
_FIRST_PERSON = frozenset(
    "yo me mi mis conmigo nosotros nosotras nuestro nuestra nuestros nuestras my we our".split()
)


# A verb in the third person of the preterite, the narrator's tense ("recorrió",
# "llegaron", "cumplieron"); speech is mostly in the present, the future or the first person.
_NARRATED = re.compile(r"\b[^\W\d_]{2,}(?:ó|aron|ieron)\b")


def _speech_goes_back(sentence: str) -> bool:
    """Whether a sentence before an unopened quote's last one is the quote's too: it has no
    verb of saying (the narrator's sentence before a quote reports the speech it brings:
    "X le dijo a la radio que…") nor a verb in the narrator's preterite (`_NARRATED`: "La
    protesta recorrió el centro."), and no page cut (`_CUT`: the words before it are
    another block's)."""
    lowered = sentence.lower()
    words = _WORD.findall(lowered)
    return (
        _SAYING_FORMS.isdisjoint(words)
        and not _NARRATED.search(lowered)
        and not _CUT.search(sentence)
    )


def _unopened(paragraph: str, spans: list[_Span], straight: bool = False) -> list[_Span]:
    """The spans, with the quote a closing mark ends though no mark opened it, when a verb
    of saying follows ("Hay pocos médicos en la zona», dijo la directora"): the quote
    opens with its sentence, or earlier with the sentences before it in the first person
    or with no narrator's verb (`_speech_goes_back`: the words since the paragraph's start
    or the quote before it), and holds a statement (`_QUOTATION_WORDS` words or more: too
    few may be a title's or a slogan's end). Words of a sentence with a mark of its own
    are left as they are."""
    found = list(spans)
    closers = [*_UNOPENED.finditer(paragraph)]
    if straight:
        closers += _UNOPENED_STRAIGHT.finditer(paragraph)
    for closer in sorted(closers, key=lambda m: m.start()):
        mark = closer.start()
        if closer[1].lower() not in _SAYING_FORMS:
            continue
        if any(span.open <= mark < span.close for span in spans):
            continue
        floor = max((span.close for span in spans if span.open < mark), default=0)
        ends = [0, *(sentence.start for sentence in split_sentences(paragraph[:mark])[1:])]
        ends = [end for end in ends if end >= floor]
        if not ends or _MARKS.search(paragraph, ends[-1], mark):
            continue
        start = ends.pop()
        while ends and (
            _FIRST_PERSON & set(_WORD.findall(paragraph[ends[-1] : start].lower()))
            or _speech_goes_back(paragraph[ends[-1] : start])
        ):
            start = ends.pop()
        if _MARKS.search(paragraph, start, mark):
            continue
        inner = paragraph[start:mark]
        if len(_WORD.findall(inner)) < _QUOTATION_WORDS:
            continue
        end = start + len(inner.rstrip())
        start += len(inner) - len(inner.lstrip())
        style = _STYLES[_FOREIGN_CLOSERS.get(paragraph[mark], paragraph[mark])]
        found.append(_Span(start, end, start, mark + 1, style, True))
    return sorted(found, key=lambda span: span.open)


# The narrator's words set between dashes inside a quote: " -expuso-, ", " —dijo— ".
_NARRATOR_ASIDE = re.compile(r"\s+[-–—]([a-záéíóúñ][^-–—\n]{0,60}?)[-–—][,;]?\s+")


# A full stop, then the opening mark again: where a quote left unclosed ends (`_reopened`).
_REOPENING = {
    opening: re.compile(rf"[.!?…]\s+{re.escape(opening)}")
    for opening, closing in _PAIRS.items()
    if opening != closing
}


def _reopened(paragraph: str, i: int) -> int | None:
    """Where a quote left unclosed ends when the same mark opens another after a full
    stop ("“Habrá elecciones. “En mayo votaremos”, remarcó"): its last full stop, the
    press never nesting a mark inside itself at a sentence's start. None when none does."""
    again = _REOPENING.get(paragraph[i])  # a straight mark closes whatever comes next
    found = again.search(paragraph, i + 1) if again else None
    return found.start() if found else None


# A full stop ending a sentence, another sentence opening after it.
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[¿¡«“\"]?[A-ZÁÉÍÓÚÑ])")
# The same curly mark opening a word again.
_OPENS_AGAIN = {"“": re.compile(r"(?<=\s)“(?=\w)"), "«": re.compile(r"(?<=\s)«(?=\w)")}


def _first_sentence_only(paragraph: str, i: int) -> int | None:
    """Where a quote left unclosed ends when the same curly mark opens another later in
    the paragraph, mid-sentence, after a full stop and a verb of saying ("“Hemos fallado.
    La diputada X también habló. X acusó al ministro de haber “mentido”"): its first
    sentence, the least it can be (what follows is the narrator's, reporting speech with
    a quote of its own). None when no such mark follows, or no full stop and verb of
    saying come before it (a term quoted inside the quote: "…en nombre de la “eficiencia”")."""
    again = _OPENS_AGAIN.get(paragraph[i])
    found = again.search(paragraph, i + 1) if again else None
    if found is None:
        return None
    stop = _SENTENCE_END.search(paragraph, i + 1, found.start())
    if stop is None:
        return None
    between = paragraph[stop.end() : found.start()]
    if _SAYING_FORMS.isdisjoint(w.lower() for w in _WORD.findall(between)):
        return None  # "…en nombre de la “eficiencia”.": a term quoted inside, not narration
    return stop.start() + 1


# Where a copied page lost words mid-paragraph: two spaces between words, a space before
# a full stop ("el resultad . Según"), a comma and a full stop run together ("favorito.,
# ya sea", "Newspaper,. Adams"). Writers set none of these; a scraper joining what was
# left of a page around a cut-out block (an advertisement, a form, a gallery) leaves them.
_CUT = re.compile(r"(?<=[^\s.!?…:;,]) {2,}(?=\S)| (?=\.\s)|(?<=[^\W\d_]{4}\.),|,(?=\.)")


def _cut(paragraph: str, i: int, end: int | None = None) -> int | None:
    """Where a quote left unclosed ends when the text was cut inside it: at the first cut
    (`_CUT`) before where it would end otherwise (`end`), the words after the cut being the
    page's next block, not the speaker's (the closing mark went with the words cut out);
    in a paragraph that stops mid-sentence, at the quote's last full stop. None when no
    cut follows the mark."""
    found = _CUT.search(paragraph, i + 1, len(paragraph) if end is None else end)
    if found:
        return found.start()
    if end is not None or not paragraph.rstrip()[-1:].isalnum():
        return None
    # the paragraph stops mid-sentence (the page cut there): the quote ends at its last
    # full stop, the words after it the start of whatever block was cut
    stops = [*_SENTENCE_END.finditer(paragraph, i + 1)]
    return stops[-1].start() + 1 if stops else None


# Where a quotation may open, with a closing curly mark typed for the opening one.
_OPENING_OR_REVERSED = re.compile("[" + re.escape("".join(_PAIRS)) + "”]")
# A closing curly mark typed to open a word, after a space, a colon or a bracket, as an
# editor's automatic quotes set it ("según X, ”el comercio…”", "mañanera:”Prefiero…“"),
# and the curly mark of either hand that closes it, glued to the last word.
_REVERSED_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s:(]))”(?=[^\W\d_¿¡]|[¿¡])")
_REVERSED_CLOSING = re.compile(r"(?<=[^\W_]|[.!?…])[”“](?![^\W_])")


def _reversed_closing(paragraph: str, i: int) -> int | None:
    """Index of the mark closing a quote a closing curly mark opens at i (`_REVERSED_OPENING`;
    a mark not so placed opens nothing), None when none closes it in the paragraph before
    another quote opens: such a quote is taken only whole, its words marked both ends."""
    if not _REVERSED_OPENING.match(paragraph, i):
        return None
    close = _REVERSED_CLOSING.search(paragraph, i + 2)
    if close is None or _MARKS.search(paragraph, i + 1, close.start()):
        return None
    words = paragraph[i + 1 : close.start()]
    return close.start() if words.strip() and words == words.strip() else None


def _opens_straight(paragraph: str, i: int) -> bool:
    """A straight mark opens a quote after a space or a sign, and after a sentence's full
    stop when a capital follows it with no space ('informó la agencia."Habrá…'): a closing
    mark has the words before it, not a capital after it."""
    before = paragraph[i - 1] if i else " "
    after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
    if before in ".!?":
        return after.isupper() or after in "¿¡"
    colon = before == ":" or (before == " " and paragraph[i - 2 : i - 1] == ":")
    if colon and after == " " and _SPACED_START.match(paragraph, i + 1):
        return True  # 'mencionó: " Las mujeres…"': a space typed inside the mark
    return (before.isspace() or before in "([{—:-;,") and not after.isspace()


# One space then a capital after a mark a colon (and a space) comes before: the colon
# announces a quotation, so the mark opens it though a space follows it.
_SPACED_START = re.compile(rf" (?=[{_UPPER}¿¡])")


def _closing(paragraph: str, i: int) -> int | None:
    """Index of the mark that closes the one at i; quotes nested inside are skipped.

    A quote opened with one style and closed with another (“…») is closed by the first
    closing mark of another style whose own opening mark has not been seen.
    """
    opening, closing = paragraph[i], _PAIRS[paragraph[i]]
    if opening == '"':
        return _straight_closing(paragraph, i)
    depth = 0
    foreign = None
    seen = set()  # the marks met, of which only opening ones are asked about
    for found in _MARKS.finditer(paragraph, i + 1):
        j, char = found.start(), found.group()
        if char == closing and depth == 0:
            return j
        if depth == 0 and char in (opening, '"') and _mistyped_closer(paragraph, j):
            return j  # "“…bajando\", subrayó", "“…bajando“, subrayó": a closing mark mistyped
        if char == closing:
            depth -= 1
        elif char == opening and opening != closing:
            depth += 1
        elif char in _FOREIGN_CLOSERS and foreign is None and _FOREIGN_CLOSERS[char] not in seen:
            foreign = j
        seen.add(char)
    return foreign


def _straight_closing(paragraph: str, i: int) -> int | None:
    """Index of the straight mark that closes the one at i. A straight mark inside the
    quote that opens a word after a space opens a quote nested in it, as straight marks
    are the only ones a keyboard gives ("me encanta "Tito", es un gran boxeador"): the
    mark closing that one (glued to a word's end) does not close this one. When nothing
    is left to close this one in the paragraph, the marks were not nested but misplaced
    (copied text sets spaces on the wrong side of them): the next straight mark closes
    it, else a closing mark of another style whose opening one was not seen ("\"…”,
    dijo"). A closing mark glued to its word with a comma and a verb of saying after it
    closes this one whatever came before. The one quote nested in it closing at the
    paragraph's end, nothing but a full stop after its mark, with no mark left for this
    one and no verb of saying between commas before it (`_said_unmarked`), closes both
    with one mark, as a keyboard's writer sets two straight marks as one ("\"…Mejor
    canten \"Vamos Toluca\".": the outer quote ends with the inner one); a misplaced
    mark is taken whole the same way ("…la que \"reparte el agua \"dándosela sólo a…\".")."""
    depth = 0
    first = foreign = shared = None
    nested = 0
    seen = set()
    for found in _MARKS.finditer(paragraph, i + 1):
        j, char = found.start(), found.group()
        if char != '"':
            if char in _FOREIGN_CLOSERS and foreign is None and _FOREIGN_CLOSERS[char] not in seen:
                foreign = j  # "“…»"-like: a closing mark of another style, none opened
            seen.add(char)
            continue
        before = paragraph[j - 1]
        after = paragraph[j + 1] if j + 1 < len(paragraph) else " "
        if depth and _mistyped_closer(paragraph, j):
            return j
        first = j if first is None else first
        if before.isspace() and (after.isalnum() or after in "¿¡"):
            depth += 1  # opens a word: a quote nested inside
            continue
        if depth == 0:
            return j
        depth -= 1
        nested += 1
        if depth == 0 and _PARAGRAPH_END.match(paragraph, j + 1):
            shared = j
    if shared is not None and nested == 1 and _said_unmarked(paragraph, i, first) is None:
        return shared
    return first if first is not None else foreign


# Nothing but a sentence's last sign after a mark, to the paragraph's end.
_PARAGRAPH_END = re.compile(r"[.!?…]?\s*$")


def _mistyped_closer(paragraph: str, j: int) -> bool:
    """Whether the mark at j, an opening one or a straight one inside a quote opened with
    another, closes it all the same: glued to the word before it and followed by a
    comma and a verb of saying ("…y bajando“, subrayó", "…muerto\", dijo")."""
    if j == 0 or not (paragraph[j - 1].isalnum() or paragraph[j - 1] in ".!?…"):
        return False
    verb = _UNOPENED.match("”" + paragraph[j + 1 : j + 40])
    return bool(verb) and verb[1].lower() in _SAYING_FORMS


def _mask(paragraph: str, spans: tuple[_Span, ...]) -> str:
    """The paragraph with quoted words blanked, so speech never looks like narration."""
    chars = list(paragraph)
    for span in spans:
        chars[span.start : span.end] = "_" * (span.end - span.start)
    return "".join(chars)
