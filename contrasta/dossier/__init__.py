"""A story's dossier: everything the reports show about one story, computed once.

A dossier that cannot be built (a fault in one of its many steps, on one story's text) is
a `DossierFailure` for that story: its traceback goes to the log, one line to the reader,
and the other stories' dossiers, reports and pages go on without it.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache, lru_cache

from contrasta.coverage import (
    Coverage,
    Lexicon,
    Registry,
    default_registry,
    fold_outlets,
    story_coverage,
)
from contrasta.crosscheck import CrossCheck, crosscheck
from contrasta.dedup.provenance import Provenance
from contrasta.dossier.reading import ArticleReading, entity_text, read_article
from contrasta.dossier.summary import NeutralSummary, neutral_summary
from contrasta.dossier.timeline import TimelineEntry, timeline
from contrasta.errors import describe
from contrasta.model import Article, Story
from contrasta.reading.entities import DISEASES, ORDINALS, THING_KINDS, Mention, resolve
from contrasta.reading.gazetteer import fold, load_gazetteer
from contrasta.reading.names import by_short_form, name_key
from contrasta.reading.nlp import MODELS
from contrasta.reading.quotes import Quote, find_quotes, people
from contrasta.reading.roles import Description, story_people
from contrasta.reading.tokens import STOPWORDS

log = logging.getLogger(__name__)
UNKNOWN_OUTLET = "medio desconocido"
SHOUTED_LETTERS = 12
SHOUTED_SHARE = 0.8
MISC_VOTE = 0.3  # what a mention typed MISC counts for its entity's type, against 1
# what a mention written as a body's counts for ORG (`_written_as_body`): the words beside a
# name outweigh the model's guesses at its other mentions
BODY_VOTE = 10
# Spanish's model (WikiNER's labels) types as MISC whatever name it finds no other kind for:
# an event or a work, but as often a headline's common words, a body, a venue, a street
# (bench/real/README.md item 123: MISC right 52 of 88 times shown on the Spanish dev and
# folded splits, 1 of 16 on an unseen one). Such a name is shown only when it is written as
# the press writes an event, a competition, a law, a work or a product (`_written_as_misc`):
# when unsure, the list says less. The English model's MISC are its own narrow classes
# (events, laws, products, works of art) and the baseline's with no model are every name it
# could not type: both shown as read.
CATCH_ALL_MISC = tuple(MODELS.values())
# The head word (after an ordinal at times) of a competition, an event, a holiday, a law, a
# plan or a scripture: "Copa del Rey", "Tercera Guerra Mundial", "Jornada Mundial de ...",
# "Ley de Aguas", "Código Penal", "Programa ...", "Navidad".
_MISC_HEADS = frozenset(
    "copa liga mundial campeonato torneo juegos olimpiadas champions clausura apertura"
    " supercopa eurocopa liguilla tour vuelta giro premio premios guerra jornada jornadas día"
    " semana año festival feria bienal cumbre concurso certamen ley código constitución"
    " reglamento decreto acuerdo tratado pacto plan programa operativo operación encuesta"
    " censo navidad nochebuena nochevieja carnaval pascua biblia corán torá evangelio".split()
)
# The common noun of a thing's kind that the press writes beside its name: before it ("el
# satélite X", "la telenovela X", "los premios X", "el virus del X", an adjective between:
# "la nave gemela X") or after it in brackets or between commas ("X (primera telenovela de
# ...)", "X, el programa de ...").
# The reader's kinds (`THING_KINDS`, which type a name right after them) and two it leaves
# out, said of a person too ("la modelo X") or of a likeness ("tipo X"): here they only
# vouch for a name already read as MISC.
_KINDS = r"(?:" + THING_KINDS + r"|modelos?|tipo)"
_KIND_BEFORE = re.compile(
    r"(?<!\w)" + _KINDS + r"(?: (?:de|del|de la)| (?P<between>[a-záéíóúñü]+))? $"
)
# A body's head nouns beyond the gazetteer's families (which the reader already types ORG
# when it finds them): the name the model typed MISC is a body's, shown as an organisation
# rather than left out (`_written_as_body`).
_BODY_HEADS = frozenset(
    "Galería Coordinación Coordinadora Subdirección Gerencia Editorial Aseguradora Financiera"
    " Constructora Cooperativa".split()
)
# Partners' names joined by "&", a firm's ("Pérez & Ruiz", "Dolce & Gabbana").
_FIRM = re.compile(r"[A-ZÁÉÍÓÚÑ]\w* & [A-ZÁÉÍÓÚÑ]")
# Names listed as bodies: a list closed by ", entre otras empresas" or opened by "empresas
# como", "organizaciones, entre las que se encuentran", "las firmas:" (a body's plural kind
# noun beside the list; `_listed_as_bodies`).
_LIST_ITEM = r"[A-ZÁÉÍÓÚÑ][\w&.'-]*(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][\w&.'-]*){0,4}"
_LIST = _LIST_ITEM + r"(?:(?:, | [yeo] )" + _LIST_ITEM + r"){0,8}"
_BODY_KINDS = (
    r"(?:empresas|compañías|firmas|organizaciones|asociaciones|entidades|instituciones"
    r"|agrupaciones|fundaciones|oenegés|ONG|sindicatos|partidos|aerolíneas|bancos|marcas"
    r"|plataformas|cadenas|medios)"
)
_LISTED_BEFORE = re.compile(
    r"\b" + _BODY_KINDS + r"(?: como|,? entre (?:las|los) que (?:se encuentran|figuran"
    r"|destacan|están)|:) (?P<list>" + _LIST + ")"
)
# Two names or more listed after designs or garments "de" are their houses, as the fashion
# press names brands after their founders ("lució diseños de Ruiz & Sola, Amparo Vidal y
# Benedetti", "vestidos de X e Y"): bodies, not the people they are named after. One name
# alone may be an owner ("la chaqueta de Ana"): not read so.
_HOUSE = r"[A-ZÁÉÍÓÚÑ][\w.'-]*(?: (?:de |del |de la |& )?[A-ZÁÉÍÓÚÑ][\w.'-]*){0,4}"
_DESIGN_HEADS = (
    r"\b(?:diseños|vestidos|prendas|trajes|zapatos|bolsos|colecciones|creaciones|modelos)"
)
_DESIGNS_BEFORE = re.compile(
    _DESIGN_HEADS
    + r" (?:de|firmad[oa]s por) (?P<list>"
    + _HOUSE
    + r"(?:(?:, | [yeo] )"
    + _HOUSE
    + r"){1,8})"
)
# Where either list can start: its head noun, a whole word (no word boundary inside one, so
# no two occurrences overlap and a scan of the whole text finds each).
_HEADS = re.compile(rf"\b{_BODY_KINDS}|{_DESIGN_HEADS}")
# what follows a name up to a closing kind noun: the list's other items
_LISTED_AFTER = re.compile(
    r"(?:(?:, | [yeo] )"
    + _LIST_ITEM
    + r"){0,8},? entre (?:otr[oa]s )?(?:las |los )?"
    + _BODY_KINDS
    + r"\b"
)
_KIND_AFTER = re.compile(
    r"\s*[(,]\s*(?:(?:el|la|los|las|un|una|su|sus|primer|primera|primero|nueva|nuevo"
    r"|última|último)\s+)*" + _KINDS + r"(?!\w)"
)
# A title in quotes or guillemets: the name is the whole quoted run ("«X»", "'X'"), or ends
# one of a few words with no stop in it (a show titled "Y en X").
_OPENING_QUOTES = "\"«“‘'`"
_CLOSING_QUOTES = "\"»”’'´"
_TITLE_OPENING = re.compile(r"[\"«“][^\"«“»”.!?:;]{0,40}$")
_TITLE_WORDS = 6


@dataclass(frozen=True)
class EntityCount:
    """One entity of the story under its resolved name, with the spellings outlets used."""

    name: str
    label: str
    mentions: int
    articles: int
    variants: tuple[str, ...]


@dataclass(frozen=True)
class CitedQuote:
    """A quote as a fact-checker cites it: who, what, where (offsets into article.text)."""

    speaker: str
    text: str
    article_id: str
    outlet: str | None
    start: int
    end: int
    style: str
    partial: bool


@dataclass
class Dossier:
    story: Story
    articles: list[Article]
    outlets: list[str]
    first: datetime | None
    last: datetime | None
    entities: list[EntityCount]
    entity_model: str
    quotes: dict[str, list[CitedQuote]]
    summary: NeutralSummary
    check: CrossCheck
    timeline: list[TimelineEntry]
    coverage: Coverage

    @property
    def provenance(self) -> Provenance:
        """The cross-check already computed it; one source of truth for the copy graph."""
        return self.check.provenance


def quotes_in_story(
    articles: list[Article],
    people_of: dict[str, dict[str, Description]] | None = None,
    quotes_of: dict[str, list[Quote]] | None = None,
) -> list[tuple[Article, list[Quote]]]:
    """Each article with its direct quotes, the speakers it leaves open named by the people
    of the whole story (`story_people`): a title or a short name one article leaves open
    ("el mandatario ruso", "Kim") resolves to the one person another article introduced.
    A speaker the text names itself stands: read with the story's people, a text's own
    titles may fit someone else the story (or the text, further on) describes alike ("el
    especialista", "este experto", a first name of a place), so on real text they gave
    wrong speakers where the text alone gave the right ones (bench/real/README.md item
    189). `people_of` and `quotes_of` hold each article's people and quotes read alone
    (`quotes.people`, `find_quotes`) when its reading has them already. The one reading of
    a story's quotes: the dossier's and bench/real_reading.py `--stories`'."""
    people_of, quotes_of = people_of or {}, quotes_of or {}
    alone = [
        quotes_of[a.id] if a.id in quotes_of else find_quotes(a.text, a.lang) for a in articles
    ]
    if all(q.speaker for quotes in alone for q in quotes):
        return list(zip(articles, alone, strict=True))
    known = story_people(
        [people_of[a.id] if a.id in people_of else people(a.text, a.lang) for a in articles]
    )
    found = []
    for article, quotes in zip(articles, alone, strict=True):
        if all(q.speaker for q in quotes):
            found.append((article, quotes))
            continue
        named = {(q.start, q.end): q for q in find_quotes(article.text, article.lang, known)}
        found.append((article, [_named_in_story(q, named) for q in quotes]))
    return found


def _named_in_story(quote: Quote, named: dict[tuple[int, int], Quote]) -> Quote:
    """`quote` read alone, with the speaker the story's reading gives the same words when
    it has none of its own."""
    other = named.get((quote.start, quote.end))
    if quote.speaker or other is None or other.speaker is None:
        return quote
    return replace(quote, speaker=other.speaker, how=other.how)


def story_quotes(
    articles: list[Article],
    canonical: dict[str, str],
    people_of: dict[str, dict[str, Description]] | None = None,
    quotes_of: dict[str, list[Quote]] | None = None,
) -> dict[str, list[CitedQuote]]:
    """Direct quotes grouped by speaker (spelling variants merged), most quoted first:
    each article's quotes as read in its story (`quotes_in_story`); a speaker's short form
    left over ("Lavrov") joins the one fuller speaker name it shortens."""
    found = quotes_in_story(articles, people_of, quotes_of)
    names = {canonical.get(q.speaker, q.speaker) for _, quotes in found for q in quotes}
    names.discard(None)
    shortened = by_short_form(names)
    fuller = {}
    for name in names:
        longer = shortened.get(name_key(name), [])  # `is_short_form(name, other)`
        if len(longer) == 1:
            fuller[name] = longer[0]
    by_speaker: dict[str, list[CitedQuote]] = {}
    for article, quotes in found:
        for quote in quotes:
            speaker = canonical.get(quote.speaker, quote.speaker) if quote.speaker else "?"
            speaker = fuller.get(speaker, speaker)
            by_speaker.setdefault(speaker, []).append(
                CitedQuote(
                    speaker=speaker,
                    text=quote.text,
                    article_id=article.id,
                    outlet=article.outlet,
                    start=quote.start,
                    end=quote.end,
                    style=quote.style,
                    partial=quote.partial,
                )
            )
    ranked = sorted(by_speaker, key=lambda s: (s == "?", -len(by_speaker[s]), s))
    return {speaker: by_speaker[speaker] for speaker in ranked}


def shouted(line: str) -> bool:
    """Whether a line is set in capitals (a headline or kicker so written, a dozen letters
    at least, so that a lone acronym is no such line; four in five of its letters, so that
    a site's name in lower case after it does not hide it)."""
    letters = list(filter(str.isalpha, line))  # filter and map: no Python step per letter
    upper = sum(map(str.isupper, letters))
    return len(letters) >= SHOUTED_LETTERS and upper >= SHOUTED_SHARE * len(letters)


def _in_shouted_line(mention: Mention, text: str) -> bool:
    """Whether a mention written in capitals lies in a line set in capitals: there every
    word starts with one, so the model reads words as names ("QUEDA", "ALGUIEN ME PUEDE")."""
    if mention.text != mention.text.upper() or mention.end > len(text):
        return False
    first = text.rfind("\n", 0, mention.start) + 1
    last = text.find("\n", mention.end)
    return shouted(text[first : last if last >= 0 else len(text)])


def story_entities(
    readings: list[ArticleReading],
    limit: int = 30,
    registry: Registry | None = None,
    articles: list[Article] | None = None,
) -> tuple[list[EntityCount], str, dict[str, str]]:
    """Entities of one story, spelling variants merged, most widespread first. A name the
    outlet registry lists (any of its spellings) is an organisation, a news outlet,
    whatever the model guessed from the name ("Crónica del Sur" is no place). Given the
    `articles`, a name in capitals read in a line set in capitals (`shouted`) is not
    counted: that is a headline's words, not a name."""
    by_article: dict[str, list[Mention]] = {r.article_id: r.mentions for r in readings}
    models = {r.entity_model for r in readings}
    catch_all = {r.article_id for r in readings if r.entity_model.startswith(CATCH_ALL_MISC)}
    reliable: set[str] = set()
    canonical = resolve(by_article)
    mentions: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = {}
    variants: dict[str, set[str]] = {}
    texts = {a.id: entity_text(a) for a in articles or []}
    for article_id, found in by_article.items():
        names_here = set()
        text = texts.get(article_id)
        for mention in found:
            if text is not None and _in_shouted_line(mention, text):
                continue
            name = canonical.get(mention.text, mention.canonical)
            mentions[name] += 1
            names_here.add(name)
            # a MISC guess counts less than a type ("Tedros" left MISC beside "Tedros
            # Adhanom Ghebreyesus", a person)
            label, vote = mention.label, MISC_VOTE if mention.label == "MISC" else 1
            if article_id in catch_all and _written_as_body(mention, text):
                label, vote = "ORG", BODY_VOTE
            labels.setdefault(name, Counter())[label] += vote
            variants.setdefault(name, set()).add(mention.text)
            if label != "MISC" or article_id not in catch_all or _written_as_misc(mention, text):
                reliable.add(name)
        spread.update(names_here)
    registry = registry or default_registry()
    label_of = {
        n: "ORG"
        if any(registry.by_name(v) for v in (n, *variants[n]))
        else labels[n].most_common(1)[0][0]
        for n in mentions
    }
    shown = [n for n in mentions if label_of[n] != "MISC" or n in reliable]
    ranked = sorted(shown, key=lambda n: (-spread[n], -mentions[n], n))[:limit]
    entities = [
        EntityCount(
            name=n,
            label=label_of[n],
            mentions=mentions[n],
            articles=spread[n],
            variants=tuple(sorted(variants[n] - {n})),
        )
        for n in ranked
    ]
    return entities, "; ".join(sorted(models)), canonical


def _listed_as_bodies(mention: Mention, text: str | None) -> bool:
    """Whether a name stands in a list the sentence says is of bodies (`_LISTED_BEFORE`,
    `_LISTED_AFTER`) or of fashion houses (`_DESIGNS_BEFORE`)."""
    if text is None or not 0 <= mention.start < mention.end <= len(text):
        return False
    window, end = max(0, mention.start - 200), min(len(text), mention.end + 200)
    heads = _head_starts(text)
    first = bisect_left(heads, window)
    if first < len(heads) and heads[first] < end:  # a list can start in the window
        for listed in (_LISTED_BEFORE, _DESIGNS_BEFORE):
            for found in listed.finditer(text, window, end):
                if found.start("list") <= mention.start and mention.end <= found.end("list"):
                    return True
    return bool(_LISTED_AFTER.match(text, mention.end, end))


@lru_cache(maxsize=64)
def _head_starts(text: str) -> list[int]:
    """Where a list's head noun (`_HEADS`) starts in a text, in order: most mentions have
    none within reach, and looking for a list at every position of each mention's window
    was a tenth of a dossier's entities. Kept for a story's few texts at a time."""
    return [found.start() for found in _HEADS.finditer(text)]


def _written_as_body(mention: Mention, text: str | None = None) -> bool:
    """Whether a name the Spanish model typed MISC, or a person's or a place's, is written as
    the press writes a body's: a MISC name headed by a body's noun ("Galería X",
    "Coordinación de X", a gazetteer family's head: "Fundación", "Universidad", "Partido"),
    or any name joining capitalised words with "&", as firms name their partners ("X & Y":
    the press joins people with "y")."""
    if _FIRM.search(mention.text) or _listed_as_bodies(mention, text):
        return True
    return mention.label == "MISC" and mention.text.split()[0] in _body_heads()


@cache
def _body_heads() -> frozenset[str]:
    """The head nouns of a body's name as written: the gazetteer's organisation families
    and `_BODY_HEADS`."""
    return frozenset(h for label, h in load_gazetteer().families if label == "ORG") | _BODY_HEADS


def _written_as_misc(mention: Mention, text: str | None) -> bool:
    """Whether a mention is written as the press names an event, a competition, a law, a
    work or a product (`_MISC_HEADS`, `_KIND_BEFORE`, `_KIND_AFTER`, quotes) or is listed (the
    gazetteer's, a disease); `text` is what its offsets count in (`entity_text`), None when
    not at hand: the name alone is then judged."""
    if load_gazetteer().label(mention.text) or fold(mention.text).replace("-", "") in DISEASES:
        return True
    head = [w for w in mention.text.split() if w.lower() not in ORDINALS][:1]
    if head and head[0].lower() in _MISC_HEADS:
        return True
    if text is None or not 0 < mention.start < mention.end < len(text):
        return False
    if text[mention.start - 1] == "#":  # a campaign's hashtag (`reading.entities`)
        return True
    if text[mention.end] in _CLOSING_QUOTES and (
        text[mention.start - 1] in _OPENING_QUOTES
        or (
            (opening := _TITLE_OPENING.search(text, max(0, mention.start - 40), mention.start))
            and len(text[opening.start() : mention.end].split()) <= _TITLE_WORDS
        )
    ):
        return True
    before = _KIND_BEFORE.search(text[max(0, mention.start - 40) : mention.start].lower())
    if before and before.group("between") not in STOPWORDS:
        return True
    return bool(_KIND_AFTER.match(text, mention.end, mention.end + 40))


def published_span(articles: list[Article]) -> tuple[datetime | None, datetime | None]:
    """The first and last publication times of a story's articles; None when none is dated.
    Not the story's stored span: for undated articles that is their ingestion time, which
    differs between runs, and a report must come out the same from the same input."""
    dates = [a.published for a in articles if a.published]
    return (min(dates), max(dates)) if dates else (None, None)


def build_dossier(
    story: Story,
    articles: list[Article],
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
    readings: dict[str, ArticleReading] | None = None,
) -> Dossier:
    """`registry` and `lexicon` default to the shipped outlet registry and lexicon;
    `readings` are the articles' stored readings (an article without one is read here).
    Outlets are folded through the registry first: every part counts and shows them alike."""
    registry = registry or default_registry()
    articles = fold_outlets(articles, registry)
    done = readings or {}
    read = [done[a.id] if a.id in done else read_article(a) for a in articles]
    first, last = published_span(articles)
    outlets = sorted({a.outlet or UNKNOWN_OUTLET for a in articles})
    entities, entity_model, canonical = story_entities(read, registry=registry, articles=articles)
    check = crosscheck(articles, claims_of={r.article_id: r.claims for r in read})
    return Dossier(
        story=story,
        articles=articles,
        outlets=outlets,
        first=first,
        last=last,
        entities=entities,
        entity_model=entity_model,
        quotes=story_quotes(
            articles,
            canonical,
            {r.article_id: r.people for r in read},
            {r.article_id: r.quotes for r in read},
        ),
        summary=neutral_summary(check, articles),
        check=check,
        timeline=timeline(check),
        coverage=story_coverage(
            articles,
            check.provenance.links,
            registry,
            lexicon,
            quotes={r.article_id: r.quotes for r in read},
        ),
    )


@dataclass(frozen=True)
class DossierFailure:
    """A story whose dossier could not be built, and why, in one line."""

    story: Story
    reason: str


def try_dossier(
    story: Story,
    articles: list[Article],
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
    readings: dict[str, ArticleReading] | None = None,
) -> Dossier | DossierFailure:
    """`build_dossier`, or the failure of this one story (logged with its traceback)."""
    try:
        return build_dossier(story, articles, registry, lexicon, readings)
    except Exception as exc:
        log.exception("building the dossier of story %s", story.id)
        return DossierFailure(story, f"this story could not be analysed ({describe(exc)})")
