"""Credited rewrites: an article that says where its story came from.

Outlets rewrite agency copy and each other's scoops in their own words, so no shingle
survives, yet they say so: "según informó EFE", "(Con información de Reuters)",
"Fuente: Europa Press", "according to AP", an APA reference at the foot. Such a credit
links the article to the cited outlet's article on the same story, when the set has one.

"Según X" only counts when X is an outlet: a known news agency (`agencies.NEWS_AGENCIES`) or
an outlet that publishes one of the articles at hand. Names are checked for capitals
word by word, so "según la ministra Ferrán", "el país vecino" or "la región andina" are
never read as the outlets Ferrán, El País or Andina. Photo credits ("Foto: EFE") carry
no cue and are ignored: a picture is not the story.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from contrasta.agencies import NEWS_AGENCIES
from contrasta.dedup.links import ATTRIBUTION, CopyLink, moment
from contrasta.dedup.outlets import display_name, outlet_key, same_house
from contrasta.dedup.shingles import words
from contrasta.model import Article
from contrasta.patterns import longest_first


@dataclass(frozen=True)
class Citation:
    """`outlet` as the agency's usual name or as the articles spell it; `kind` says how
    the credit was given: according, reported, information, source, told, credit or
    reference."""

    outlet: str
    sentence: str
    kind: str


_ACCENTS = str.maketrans(
    {"á": "[aá]", "é": "[eé]", "í": "[ií]", "ó": "[oó]", "ú": "[uú]", "ñ": "[nñ]"}
)


def _loose(pattern: str) -> str:
    """Accents optional (scrapers lose them) and any run of spaces for a space."""
    return pattern.translate(_ACCENTS).replace(" ", r"\s+")


def _spelling(name: str) -> str:
    return r"\s+".join(re.escape(word).translate(_ACCENTS) for word in name.split())


_REPORT_VERBS = (
    "informó|informa|informaron|informan|ha informado|han informado|reportó|reporta"
    "|reportaron|publicó|publica|publicaron|ha publicado|difundió|difunde|adelantó|avanzó"
    "|reveló|revela|divulgó|recoge|recogió|detalló|precisó"
    "|reported|reports|has reported|published|first reported"
)
# A cue followed by up to six lowercase words ("según informó este martes la agencia
# estatal") and then the outlet's name.
_CUES = {
    "according": r"según|de acuerdo (?:con|a)|citad[oa]s? por|recogid[oa]s? por"
    r"|according to|cited by|quoted by",
    "reported": _REPORT_VERBS + "|reported by",
    "information": r"con informaci(?:ón|ones) de|con datos de"
    r"|with (?:additional )?reporting (?:by|from)|additional reporting by"
    r"|with information from",
    "source": r"(?:^|\()\W*(?:fuentes?|sources?)\s*:",
    "told": r"(?:dijo|declaró|explicó|afirmó|aseguró|indicó|señaló|confirmó|contó) a"
    r"|(?:habló|hablaron|conversó)(?: [^\W\d_]+)?? con"
    r"|en (?:declaraciones|una entrevista|entrevista) (?:a|con)"
    r"|told|spoke (?:to|with)|in an interview with",
}
_CUE_BEFORE = re.compile(
    "(?:"
    + "|".join(f"(?P<{kind}>{_loose(cue)})" for kind, cue in _CUES.items())
    + r")(?-i:(?:\s+(?:[a-záéíóúüñ]+|\d{1,2})){0,6})\s*$",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(rf"\s+(?:{_loose(_REPORT_VERBS)})\b", re.IGNORECASE)
_LIST_GLUE = re.compile(r"\s*(?:,|/|&|\by\b|\be\b|\band\b)\s*", re.IGNORECASE)
_DATELINE_DASH = re.compile(r"\s*[.:]?\s*[-–—]")
_REFERENCE_LINE = re.compile(r"\W*(?:referencias?|references?)\s*:", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[¿¡\"«“(]?[A-ZÁÉÍÓÚÑ])")


def _alternation(spellings: Iterable[str]) -> re.Pattern[str]:
    """Longest spelling first: where several start at one place, the longest is found."""
    ordered = sorted(spellings, key=longest_first)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(_spelling, ordered)) + r")(?!\w)", re.IGNORECASE)


def _shapes(spellings: Iterable[str]) -> dict[str, list[list[str]]]:
    shapes: dict[str, list[list[str]]] = defaultdict(list)
    for spelling in spellings:
        shapes[outlet_key(spelling)].append(spelling.split())
    return shapes


_AGENCY_SPELLINGS = frozenset(alias for aliases in NEWS_AGENCIES.values() for alias in aliases)
# Built once: the agencies are sought in every article; the outlets at hand differ by story
# and get a small pattern of their own.
_AGENCY_PATTERN = _alternation(_AGENCY_SPELLINGS)
_AGENCY_SHAPES = _shapes(_AGENCY_SPELLINGS)


class _Names:
    """Finds outlet names in text, keeping only properly capitalised mentions."""

    def __init__(self, names: Iterable[str]) -> None:
        extra = {" ".join(n.split()) for n in names if n and n.strip()} - _AGENCY_SPELLINGS
        self._patterns = [_AGENCY_PATTERN, *([_alternation(extra)] if extra else [])]
        self._shapes = _AGENCY_SHAPES
        if extra:
            self._shapes = defaultdict(list, {k: list(v) for k, v in _AGENCY_SHAPES.items()})
            for key, shapes in _shapes(extra).items():
                self._shapes[key] += shapes

    def _search(self, text: str, start: int = 0) -> re.Match[str] | None:
        """The first mention, of the longest spelling where several start there, as one
        alternation of every spelling would find it."""
        found = [m for p in self._patterns if (m := p.search(text, start)) is not None]
        if not found:
            return None
        return min(found, key=lambda m: (m.start(), -len(" ".join(m.group().split()))))

    def find(self, text: str) -> list[re.Match[str]]:
        """Mentions left to right; a rejected one ("agencia Andina" for the spelling
        "Agencia Andina") is retried one character on, where "Andina" alone may fit."""
        found, start = [], 0
        while (mention := self._search(text, start)) is not None:
            if self._capitalised(mention.group()):
                found.append(mention)
                start = mention.end()
            else:
                start = mention.start() + 1
        return found

    def search(self, text: str) -> bool:
        return any(p.search(text) is not None for p in self._patterns)

    def _capitalised(self, found: str) -> bool:
        """Every word capitalised in some spelling of the name is capitalised here too.

        Lower-case spellings ("dpa") only match as written.
        """
        written = found.split()
        for spelling in self._shapes.get(outlet_key(found), ()):
            if len(spelling) != len(written):
                continue
            if all(
                w[0].isupper() if s[0].isupper() else w == s
                for w, s in zip(written, spelling, strict=True)
            ):
                return True
        return False


@lru_cache(maxsize=64)
def _names(outlets: frozenset[str]) -> _Names:
    return _Names(outlets)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _credit(sentence: str, mention: re.Match[str], names: _Names) -> bool:
    """A wire credit: outlet names alone in a parenthesis that opens the sentence or
    ends a dateline ("MADRID, 3 may (EFE).-", "(AFP/Reuters)").

    Placed anywhere else, "(UNAM)" or "(FIFA)" glosses a name just spelt out.
    """
    start = sentence.rfind("(", 0, mention.start())
    end = sentence.find(")", mention.end())
    if start < 0 or end < 0 or ")" in sentence[start : mention.start()]:
        return False
    if sentence[:start].strip() and not _DATELINE_DASH.match(sentence, end + 1):
        return False
    inside = sentence[start + 1 : end]
    for found in names.find(inside):
        inside = inside.replace(found.group(), " ", 1)
    return not _LIST_GLUE.sub("", inside).strip(" .-")


def _scan(sentence: str, names: _Names) -> list[tuple[str, str]]:
    """(name as written, kind) for every credited outlet in one sentence."""
    mentions = names.find(sentence)
    if not mentions:
        return []
    found: list[tuple[str, str]] = []
    previous: tuple[re.Match[str], str] | None = None
    for mention in mentions:
        kind = None
        cue = _CUE_BEFORE.search(sentence, 0, mention.start())
        if cue:
            kind = cue.lastgroup
        elif previous and _LIST_GLUE.fullmatch(sentence, previous[0].end(), mention.start()):
            kind = previous[1]
        elif _VERB_AFTER.match(sentence, mention.end()):
            kind = "reported"
        elif _credit(sentence, mention, names):
            kind = "credit"
        if kind:
            found.append((mention.group(), kind))
            previous = (mention, kind)
        else:
            previous = None
    return found


def cited_origins(article: Article, outlets: Iterable[str] = ()) -> list[Citation]:
    """Outlets `article` credits for its story, other than its own outlet.

    `outlets` adds outlet names to look for besides the agencies: pass the outlets of
    the articles being compared. One citation per outlet and kind, first sentence kept.
    """
    names = _names(frozenset(outlets))
    seen: set[tuple[str, str]] = set()
    citations = []

    def keep(name: str, sentence: str, kind: str) -> None:
        key = outlet_key(name)
        own = article.outlet is not None and same_house(name, article.outlet)
        if not own and (key, kind) not in seen:
            seen.add((key, kind))
            citations.append(Citation(display_name(name), sentence, kind))

    for line in article.text.splitlines():
        if not names.search(line):
            continue
        if _REFERENCE_LINE.match(line):
            for mention in names.find(line):
                keep(mention.group(), line.strip(), "reference")
            continue
        for sentence in _sentences(line):
            for name, kind in _scan(sentence, names):
                keep(name, sentence, kind)
    for reference in article.references:
        if reference.outlet:
            keep(reference.outlet, reference.raw, "reference")
        else:
            for mention in names.find(reference.raw):
                keep(mention.group(), reference.raw, "reference")
    return citations


def _same_day_or_before(origin: Article, copy: Article) -> bool:
    """Unknown dates cannot rule a candidate out."""
    then, now = moment(origin.published), moment(copy.published)
    return then is None or now is None or then.date() <= now.date()


def _overlap(a: set[str], b: set[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def attribution_links(articles: list[Article], known: Iterable[CopyLink] = ()) -> list[CopyLink]:
    """Links from each crediting article to the cited outlet's article in `articles`.

    Meant for one story's articles: across a whole corpus "EFE" would match any EFE
    article. When the cited outlet has several candidates (published the same day or
    before), the one sharing most words wins (a rewrite keeps names and figures), then
    the latest. Pairs already linked in `known` (by shared text) get no second link.
    """
    linked = {frozenset((link.copy_id, link.origin_id)) for link in known}
    by_outlet: dict[str, list[tuple[int, Article]]] = {}
    for position, article in enumerate(articles):
        if article.outlet:
            by_outlet.setdefault(outlet_key(article.outlet), []).append((position, article))
    outlets = frozenset(a.outlet for a in articles if a.outlet)
    vocabulary: dict[str, set[str]] = {}

    def vocab(article: Article) -> set[str]:
        if article.id not in vocabulary:
            vocabulary[article.id] = set(words(article.text))
        return vocabulary[article.id]

    links = []
    for copy in articles:
        for citation in cited_origins(copy, outlets):
            candidates = [
                (position, origin)
                for position, origin in by_outlet.get(outlet_key(citation.outlet), ())
                if origin.id != copy.id and _same_day_or_before(origin, copy)
            ]
            if not candidates:
                continue
            _, origin = max(
                candidates,
                key=lambda c: (
                    _overlap(vocab(copy), vocab(c[1])),
                    moment(c[1].published) or datetime.min,
                    -c[0],
                ),
            )
            pair = frozenset((copy.id, origin.id))
            if pair not in linked:
                linked.add(pair)
                links.append(
                    CopyLink(
                        copy.id,
                        origin.id,
                        ATTRIBUTION,
                        round(_overlap(vocab(copy), vocab(origin)), 4),
                    )
                )
    return links
