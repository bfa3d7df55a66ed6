"""What readers see for the codes the analysis uses (date sources, link kinds, conflict kinds,
claim labels), defined once for the CLI, the reports and the web pages.

Each table maps a code to a catalogue message; reading a value translates it into the
active language, so `DATE_SOURCES["url"]` is Spanish on a Spanish page and English under
`--lang en`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from contrasta.i18n import N_, _


class Labels(Mapping[str, str]):
    """Codes to messages, translated on every read."""

    def __init__(self, messages: dict[str, str]) -> None:
        self._messages = messages

    def __getitem__(self, code: str) -> str:
        return _(self._messages[code])

    def __iter__(self) -> Iterator[str]:
        return iter(self._messages)

    def __len__(self) -> int:
        return len(self._messages)

    def messages(self) -> list[str]:
        return list(self._messages.values())


ENTITY_LABELS = Labels(
    {"PER": N_("People"), "ORG": N_("Organisations"), "LOC": N_("Places"), "MISC": N_("Other")}
)
# How the story list can be ordered (`store.ORDERS`), as its links say it.
STORY_ORDERS = Labels({"recent": N_("newest first"), "largest": N_("most articles first")})
CONFLICT_ABOUT = Labels({"day": N_("date"), "place": N_("place"), "kinship": N_("kinship")})
# What two outlets disagree on, by conflict kind (`crosscheck.labels.Conflict.kind`).
CONFLICT_KINDS = Labels(
    {
        "number": N_("figure"),
        "date": N_("date"),
        "negation": N_("whether it happened"),
        "speaker": N_("who said it"),
        "circumstance": N_("how it was said or done"),
        "place": N_("place"),
        "happened": N_("happened after being ruled out"),
        "kinship": N_("how the people named are related"),
        "content": N_("what the same speaker called it"),
    }
)
CLAIM_LABELS = Labels(
    {
        "corroborated": N_("corroborated"),
        # several origins, only their wording compared (`crosscheck.ALIKE`); also the
        # heading of the summary's section of them
        "alike": N_("several sources say something alike (not checked)"),
        "single-source": N_("single source"),
        "contradicted": N_("contradicted"),
    }
)
# A dated fact's standing, as the timeline's legend names its dot colours: said in words
# beside each fact too, so no colour is the only sign of it.
FACT_STANDING = Labels(
    {
        "corroborated": N_("confirmed"),
        "alike": N_("several sources say something alike (not checked)"),
        "single-source": N_("single source"),
        "contradicted": N_("disputed"),
    }
)


def fact_standing(label: str, sources: Iterable[tuple[str, str]]) -> str:
    """A dated fact's standing in words. A fact several outlets confirm may take its day
    from one of them alone: the entry says so, lest "confirmed" be read as the day's."""
    words = FACT_STANDING.get(label, label)
    if label == "corroborated" and len({outlet for _id, outlet in sources}) < 2:
        return _("{standing}; its date from one source").format(standing=words)
    return words


LINK_KINDS = Labels(
    {
        "article": N_("republication"),
        "paragraphs": N_("copied paragraphs"),
        "attribution": N_("cites the source"),
        "translation": N_("translation"),
    }
)
DERIVED_FROM = Labels(
    {
        "article": N_("copy of {outlet}"),
        "paragraphs": N_("copies paragraphs of {outlet}"),
        "attribution": N_("cites {outlet}"),
        "translation": N_("translation of {outlet}"),
    }
)
"""What an article's strongest link to another says of it, by the link's kind
(`Provenance.derived`): only a republication is a copy."""
DATE_SOURCES = Labels(
    {
        "header": N_("the file’s header"),
        "html-meta": N_("the page’s metadata"),
        "jsonl": N_("the JSON record"),
        "date-line": N_("a date line in the text"),
        "published-line": N_("a “Published” line in the text"),
        "apa-reference": N_("the bibliographic reference"),
        "url": N_("the web address"),
        "unknown": N_("nowhere: no date"),
    }
)
"""Where `Article.published` came from (`published_from`), in words for readers."""

TABLES = (
    ENTITY_LABELS,
    CONFLICT_ABOUT,
    CONFLICT_KINDS,
    CLAIM_LABELS,
    FACT_STANDING,
    LINK_KINDS,
    DERIVED_FROM,
    DATE_SOURCES,
)


def capitalised(message: str) -> str:
    """A label written as a heading: its first letter in capitals, the rest as written."""
    return message[:1].upper() + message[1:]


def conflict_line(kind: str, about: str) -> str:
    """ "cifra — heridos": what two outlets disagree on, and about what."""
    return f"{CONFLICT_KINDS.get(kind, kind)} — {CONFLICT_ABOUT.get(about, about)}"
