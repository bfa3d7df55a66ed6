"""Photo captions and the credits glued to them, inside the article body.

A scraper that flattens a page writes an image's caption and its credit as text: on a line
of their own ("Foto: Reuters"), after the caption ("… posan juntos. Foto: Reuters.",
"… del país - crédito Juan Pérez/EFE"), or at the end of a headline or a paragraph. The
credit is never article text: left in, "Reuters" becomes a cited source and the caption a
claim. So a credit is cut off wherever it ends a line, and the caption it belongs to goes
with it; the text before a credit stays when it reads as a paragraph.

A credit is told from prose by its shape, not by its words: a capitalised label and a colon
("Foto: …"), a label in brackets ("(Foto de …)"), "Imagen de archivo", a dash before
"crédito", a photographer and an agency with a slash between, or a name in capitals after
the caption's full stop. "La foto de los dos líderes recorrió el mundo." and "según informó
Reuters" have none of these.

A caption is short, one sentence starting with a capital, and quotes nobody. With a credit
printed only under pictures glued to its end ("- crédito …", "Foto: AFP. Foto: AFP") the
line is a caption whatever its verb. With another caption credit glued ("(Nombre/EFE)", a
name in capitals), or on the next line, it must also show rather than narrate: its verb is
an action in the present ("Vecinos retiran escombros…") or it has none ("Kim y Putin, en
Vladivostok"); a sentence that tells or states what happened ("…iniciaron este lunes una
huelga.", "…ha dicho el ministro", "…asegura que…", "hay…") is text that a credit happens to
follow, and only the credit goes. A line of its own before a credit line must also end with a
full stop: a short line without one is as likely a subheading, or a headline above its
picture's credit. A "Foto: …" printed once at a line's end also ends paragraphs, subheadings
and headlines on many sites, so there only the credit goes (above the headline, the line is
a caption: nothing of the article is printed there).
"""

from __future__ import annotations

import re

from contrasta.clean.rules import (
    AGENCY_AS_WRITTEN,
    AGENCY_CREDIT,
    DROP,
    PHOTOGRAPHER_CREDIT,
    Rule,
)
from contrasta.i18n import N_

_LABEL = (
    r"(?:Fotos?|FOTOS?|Fotografías?|FOTOGRAFÍAS?|Imagen|IMAGEN|Imágenes|IMÁGENES"
    r"|Vídeo|VÍDEO|Video|VIDEO|Crédito|Créditos|CRÉDITOS?|Photo|PHOTO)"
)
# A credit names someone: a capital, a handle, or "vía"/"cortesía"/"archivo" first.
_VALUE = (
    r"(?:(?:[Vv][ií]a|[Cc]ortes[ií]a(?: de)?|[Aa]rchivo|[Ee]special|[Bb]y) )?"
    r"[@A-ZÁÉÍÓÚÑ0-9][^:;!?()«»“”\"\n]{0,70}?"
)
# A name in capitals, not a heading in capitals: no small words ("VISTO PARA SENTENCIA").
_SMALL_CAPS = r"(?!(?:DE|DEL|LA|LAS|LOS|EL|EN|Y|CON|POR|PARA|SIN|QUE|UN|UNA|AL)\b)"
_CAPITALS = rf"{_SMALL_CAPS}[A-ZÁÉÍÓÚÑ]{{2,}}"
_NAME_CAPITALS = rf"{_SMALL_CAPS}[A-ZÁÉÍÓÚÑ]{{3,}}"
_TRAILING = re.compile(
    "(?:(?:"
    + "|".join(
        (
            rf"(?:(?<=[\s.!?»”\")])|^){_LABEL} ?: ?{_VALUE}",
            rf"(?:(?<=[\s.!?»”\")])|^)(?:{_LABEL}|[Ff]oto|[Ii]magen) de archivo",
            rf"\( ?{_LABEL} ?(?::|de|by) ?{_VALUE} ?\)",
            rf"\( ?{AGENCY_CREDIT} ?\)",
            rf"(?:(?<=\s)|^)[-–—|] ?[Cc]r[eé]ditos? ?:? ?{_VALUE}",
            rf"(?:(?<=[.!?»”\"] )|(?<=[.!?»”\"]))(?:{AGENCY_CREDIT})",
        )
    )
    + r")[\s.]*"
    # After a word, only a photographer's credit, and only where no full stop ends the line
    # (a headline, a caption): "…según una encuesta Reuters/Ipsos." is a sentence.
    + rf"|(?<=\s){PHOTOGRAPHER_CREDIT}\s*"
    # A photographer's name in capitals after the caption's full stop, as print does
    # ("… en el Congreso. CLAUDIO ÁLVAREZ"); an agency alone there signs the story.
    + rf"|(?<=[.!?»”\"] )(?!{AGENCY_AS_WRITTEN}\s*$){_CAPITALS}(?: {_CAPITALS}){{1,3}}\s*"
    # After a word, only a name (words of three letters or more, one of five: not acronyms)
    # and only where no full stop ends the line.
    + rf"|(?<=[a-záéíóúñü] )(?!{AGENCY_AS_WRITTEN}\s*$)(?=[A-ZÁÉÍÓÚÑ ]*[A-ZÁÉÍÓÚÑ]{{5}})"
    + rf"{_NAME_CAPITALS}(?: {_NAME_CAPITALS}){{1,2}}"
    + ")$"
)
PHOTO_CAPTION = Rule(
    id="photo-caption",
    description=N_(
        "Photo caption: a short line right before its credit (Foto: …, … /EFE) or with the "
        "credit glued to its end."
    ),
    patterns=(_TRAILING,),
    action=DROP,
)
_TAIL = 160
"""A credit, with its label, is never longer than this; only a line's tail is searched."""
_HINTS = (
    "Foto",
    "FOTO",
    "Imag",
    "IMAG",
    "deo",
    "DEO",
    "rédito",
    "redito",
    "RÉDITO",
    "REDITO",
    "Photo",
    "PHOTO",
    "archivo",
    "/",
)
_CAPITALS_PAIR = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,} [A-ZÁÉÍÓÚÑ]{2,}")
"""What every credit above contains (foto, imagen, vídeo, crédito, a slash, two words in
capitals); most lines have none of it in their tail and skip the search."""
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[¿¡«\"“]?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+[a-záéíóúñ]")
# Preterite, perfect and future, reported speech and attribution, and the verbs that state
# rather than show (es, hay, tiene, se trata): how news narrates, and captions do not.
_NARRATES = re.compile(
    r"\b(?:\w+(?:ó|ió|aron|ieron|yeron|rá|rán)|fue|fueron|dijo|dijeron|hizo|hicieron|tuvo"
    r"|tuvieron|estuvo|estuvieron|puso|pusieron|dio|dieron|vino|vinieron|pudo|pudieron|quiso"
    r"|supo|(?:ha|han|había|habían|habría) \w+(?:ado|ido|to|cho)"
    r"|dice|dicen|afirma|afirman|asegura|aseguran|explica|señala|indica|sostiene|advierte"
    r"|denuncia|anuncia|reconoce|que|según"
    r"|es|son|era|eran|está|están|estaba|hay|tiene|tienen|tenía|pertenece|pertenecen|existe"
    r"|existen|puede|pueden|podría|debe|deben|significa|implica|supone|permite|permiten"
    r"|incluye|ofrece|cuesta|trata"
    r"|said|says|told|announced|reported|according|was|were|has|have|had|will)\b",
    re.IGNORECASE,
)
_CAPITAL_START = re.compile(r"[¿¡(]?[A-ZÁÉÍÓÚÑ]")
_QUOTES = re.compile(r"[«»“”\"]")
MAX_CAPTION = 220


_PARTICLES = frozenset("de del la las los el y e en vía via por".split())
_LOWER_WORD = re.compile(r"\b[a-záéíóúñü]+\b")
MAX_SMALL_WORDS = 3
"""A credit names people and agencies; more small words than this make it a sentence."""


def _credit_shaped(text: str) -> bool:
    small = [w for w in _LOWER_WORD.findall(text) if w not in _PARTICLES]
    return len(small) <= MAX_SMALL_WORDS and not _SENTENCE_INSIDE.search(text)


def split_credit(line: str) -> tuple[str, str] | None:
    """(text, credit) when `line` ends with a photo credit; the text may be empty.

    Credits printed twice ("… Foto: AFP. Foto: AFP") are cut together.
    """
    end = len(line)
    tail = line[-_TAIL:]
    if not any(hint in tail for hint in _HINTS) and not _CAPITALS_PAIR.search(tail):
        return None
    while True:
        start = max(0, end - _TAIL)
        match = _TRAILING.search(line, start, end)
        if match is None or not _credit_shaped(match[0]):
            break
        if match[0].isupper() and line[: match.start()].isupper():
            break  # a line in capitals: the "name" is its last words
        end = match.start()
    if end == len(line):
        return None
    return line[:end].rstrip(), line[end:].strip()


_HEADLINE_CREDIT = re.compile(rf"\(? ?(?:{_LABEL}) ?:")
_DASH_CREDIT = re.compile(r"[-–—|] ?[Cc]r[eé]ditos?")


def caption_credit(credit: str) -> bool:
    """Whether a credit cut from a line's end is one only captions carry: "Foto: X" once is
    also glued to headlines and paragraphs; printed twice, or in another form, it is not."""
    return not _HEADLINE_CREDIT.match(credit) or len(_HEADLINE_CREDIT.findall(credit)) > 1


def caption_only(credit: str) -> bool:
    """Whether the credit is printed only under pictures: "- crédito …" or a label twice."""
    return bool(_DASH_CREDIT.match(credit)) or len(_HEADLINE_CREDIT.findall(credit)) > 1


def is_caption(text: str, credit: str = "") -> bool:
    """Whether `text`, standing before `credit` (glued to it; none when the credit is on the
    next line), reads as the photo's caption."""
    return (
        0 < len(text) <= MAX_CAPTION
        and _CAPITAL_START.match(text) is not None
        and not text.isupper()
        and not text.endswith(":")
        and not _QUOTES.search(text)
        and not _SENTENCE_INSIDE.search(text)
        and (caption_only(credit) or not _NARRATES.search(text))
    )
