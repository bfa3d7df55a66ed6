"""HTML pages: trafilatura finds the article and its metadata.

trafilatura's own paragraph structure is kept (each <p>, heading, quote or list item is one
paragraph) so that the cleaner sees the same units a reader sees. `fast=True` and no
comments: measured best for news (../shared/NOTES.md).
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta

import trafilatura

from contrasta.dates import parse_date
from contrasta.errors import InputError
from contrasta.i18n import _, number
from contrasta.model import RawDocument

_HTML_LANG = re.compile(rb"<html[^>]*\slang=[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
# The publisher's own timestamp; trafilatura (htmldate) prefers a date in the URL, which
# has no time of day, or a revision or last-modified date. Open Graph spells it with or
# without its "og:" prefix; it says when the piece first appeared.
_PUBLISHED_META = re.compile(
    rb"<meta\s(?=[^>]*(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished"
    rb"|pubdate|publishdate|date)[\"'])[^>]*content=[\"']([^\"']{6,40})[\"']",
    re.IGNORECASE,
)
_PUBLISHED_OG = re.compile(
    rb"<meta\s(?=[^>]*(?:property|name)=[\"']og:article:published_time[\"'])"
    rb"[^>]*content=[\"']([^\"']{6,40})[\"']",
    re.IGNORECASE,
)
# The article's own HTML5 <time> (the first inside <article>; a masthead's "today" sits
# outside it) says when it ran; a last-modified meta the date finder may pick does not.
_ARTICLE_START = re.compile(rb"<article\b", re.IGNORECASE)
_ARTICLE_TIME = re.compile(rb"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']{8,40})[\"']", re.IGNORECASE)
ARTICLE_TIME_WINDOW = 20_000
"""How far after the article's start its time element is looked for."""
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
HEAD_WINDOW = 1 << 20
"""How far into a page its head is searched for the publication time (inline styles can
make a head hundreds of kilobytes long)."""
# A page's title often ends with the outlet's name and sometimes the date, after a bar or a
# dash set off by spaces ("Headline | DW | 19.01.2020", "Headline - Infobae"); a byline
# opens with "Por"/"By". Neither is the headline or the author's name.
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
_BYLINE_WORD = re.compile(r"^(?:(?:escrito |written )?(?:por|by))\s*:?\s+", re.IGNORECASE)
_NOT_KEY = re.compile(r"[\W_]+")
_COMPANY = re.compile(
    r"\b(?:GmbH|AG|Ltd|LLC|Inc|S\.? ?A\.?|S\.? ?L\.?|S\.A\.S|SpA|S\.p\.A|Ltda|C\.A)\b\.?"
)
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_HOUSE_META = re.compile(
    rb"<meta\s(?=[^>]*name=[\"'](?:publisher|copyright|application-name"
    rb"|apple-mobile-web-app-title)[\"'])[^>]*content=[\"']([^\"']{2,160})[\"']",
    re.IGNORECASE,
)
_COPYRIGHT_NOISE = re.compile(r"©|&copy;|\(c\)|\bcopyright\b|\b\d{4}\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\.)?([^/:?#]+)", re.IGNORECASE)
# A page rendered in the reader's browser (Angular, Vue, Handlebars) ships its templates, not
# its article: "{{ content.title }}" placeholders are markup, never text a person wrote.
_TEMPLATE_PLACEHOLDER = re.compile(r"\{\{.{0,2000}?\}\}", re.DOTALL)
# A paragraph that is nothing but a link to another page, worded as a headline (no closing
# full stop), is a teaser for another article set inside the body ("read also" without its
# label): the page's navigation, not the story.
# Tags only (no text) may stand around the link: an icon, a span. Written without a lazy
# "anything" so that a page of unclosed <p> costs one short look per paragraph.
_LINK_PARAGRAPH = re.compile(
    rb"<p\b[^>]*>\s*(?:<(?!a\b|/?p\b)[^>]*>\s*){0,40}"
    rb"<a\b[^>]*\bhref\s*=\s*[\"'](?![\"'#]|javascript:)[^>]*>([^<]{1,400})</a\s*>"
    rb"\s*(?:<(?!a\b|/?p\b)[^>]*>\s*){0,40}</p\s*>",
    re.IGNORECASE,
)
TEASER_MIN_WORDS, TEASER_MAX_CHARS = 4, 160
"""A headline's size; longer linked text is a quoted post or a sentence, not a teaser."""
_BLOCKS = {"p", "head", "quote", "item", "cell"}
# Elements that end a line: the blocks, their containers, and <br> (trafilatura's `lb`).
# Anything else (`hi`, `ref`) is inline and runs on within its line.
_BREAKS = _BLOCKS | {"body", "list", "table", "row", "lb"}
MIN_ARTICLE_CHARS = 40  # less than this is a menu or an error page, not an article
# A written article comes in paragraphs. When trafilatura's fast pass finds no article node it
# falls back to dumping the whole page's text as one block (its "baseline"): captions, share
# buttons, ad labels and the related-links feed glued to the story in a single line, which no
# line-based cleaning can take apart. One block this long is that dump, not a paragraph.
DUMPED_BLOCK_CHARS = 1500
# A news page has a few thousand elements; parsing cost grows with them (18 MB of nested
# divs took 100 CPU s and 1.4 GB), so a page with far more is refused before parsing.
MAX_ELEMENTS = 100_000
_ELEMENT = re.compile(rb"<[A-Za-z]")


def _paragraphs(body) -> list[str]:
    """One line per block and per <br>-separated line, in page order.

    Text that trafilatura leaves as the tail of a block (loose text between paragraphs) is a
    line of its own; a block nested in another (a <p> inside a quoted tweet) breaks the line
    too, so that two sentences are never glued into one word.
    """
    out: list[str] = []
    line: list[str] = []

    def flush() -> None:
        text = " ".join("".join(line).split())
        if text:
            out.append(text)
        line.clear()

    def visit(element) -> None:
        breaks = element.tag in _BREAKS
        if breaks:
            flush()
        line.append(element.text or "")
        for child in element:
            visit(child)
            line.append(child.tail or "")
        if breaks:
            flush()

    visit(body)
    return out


def _head(data: bytes) -> bytes:
    """The page's head, or its first 64 KB (microdata puts meta tags in the body)."""
    end = _HEAD_END.search(data, 0, HEAD_WINDOW)
    return data[: max(end.end() if end else 0, 65536)]


def _meta_publication(data: bytes) -> str | None:
    """The publication time a meta tag states, as written."""
    if (found := _PUBLISHED_META.search(data, 0, 65536)) is not None:
        return found.group(1).decode("ascii", "replace")
    return None


def _stated_publication(data: bytes) -> list[str]:
    """The Open Graph time spelt with its "og:" prefix, then the article's own <time>, as
    written: the first that is a plausible day counts."""
    stated = []
    if (found := _PUBLISHED_OG.search(_head(data))) is not None:
        stated.append(found.group(1).decode("ascii", "replace"))
    if (article := _ARTICLE_START.search(data)) is not None:
        window = data[article.start() : article.start() + ARTICLE_TIME_WINDOW]
        if (found := _ARTICLE_TIME.search(window)) is not None:
            stated.append(found.group(1).decode("ascii", "replace"))
    return stated


class _Stamps:
    """The page's stated times read in turn; the first one that is no plausible day is
    kept to be said (`RawDocument.refused_date`)."""

    def __init__(self) -> None:
        self.refused: str | None = None

    def read(self, *stated: str | None):
        for text in stated:
            if not text or not text.strip():
                continue
            if (found := parse_date(text)) is not None:
                return found
            self.refused = self.refused or text.strip()
        return None


def _link_teasers(data: bytes) -> set[str]:
    """The texts of paragraphs that are one link to another page and read as a headline."""
    teasers = set()
    for link in _LINK_PARAGRAPH.finditer(data):
        words = html.unescape(link.group(1).decode("utf-8", "replace")).split()
        text = " ".join(words)
        if (
            len(words) >= TEASER_MIN_WORDS
            and len(text) <= TEASER_MAX_CHARS
            and not text.endswith((".", "!", "?", ":", "…"))
        ):
            teasers.add(text)
    return teasers


def _key(text: str) -> str:
    return _NOT_KEY.sub("", text.casefold())


def _names_outlet(segment: str, sitename: str | None, url: str | None) -> bool:
    """Whether a title's last segment is the outlet's name, its site name or its domain."""
    key = _key(segment)
    if not key:
        return False
    names = {_key(sitename)} if sitename else set()
    if url and (host := _HOST.match(url)):
        labels = host.group(1).casefold().split(".")
        names |= {_key(host.group(1)), _key(".".join(labels[:-1])), _key(labels[0])}
    return key in names - {""}


def _clean_title(title: str | None, sitename: str | None, url: str | None) -> str | None:
    """The title without a tail of segments naming the outlet and giving a numeric date."""
    if not title:
        return title
    cut, dated = len(title), False
    for separator in reversed(list(_TITLE_SEPARATOR.finditer(title))):
        segment = title[separator.end() : cut]
        numeric_date = _NUMERIC_DATE.fullmatch(segment) is not None
        if not (numeric_date or _names_outlet(segment, sitename, url)):
            break
        dated = dated or numeric_date
        cut = separator.start()
    # Only a tail that dates the page is surely furniture; the outlet's name alone after a
    # dash is left as the page gave it.
    return title[:cut] if dated else title


def _house_names(data: bytes) -> set[str]:
    """Keys of the names the page gives its publisher (publisher, copyright, app name)."""
    head = data[: max(end.end() if (end := _HEAD_END.search(data, 0, HEAD_WINDOW)) else 0, 65536)]
    names = set()
    for value in _HOUSE_META.findall(head):
        text = html.unescape(value.decode("utf-8", "replace"))
        names.add(_key(_COPYRIGHT_NOISE.sub("", _PARENTHESES.sub("", text))))
    return names - {""}


def _clean_author(
    author: str | None, sitename: str | None, url: str | None, house: frozenset[str] = frozenset()
) -> str | None:
    """The byline without its "Por"/"By". The publisher named as author (a company, the site's
    name or domain, or what the page calls its publisher) is the house, not a byline: left
    out, and with it what follows it (its address)."""
    if not author:
        return author
    people = []
    for name in (_BYLINE_WORD.sub("", part).strip() for part in author.split(";")):
        bare = _PARENTHESES.sub("", name)
        if _COMPANY.search(name) or _names_outlet(bare, sitename, url) or _key(bare) in house:
            break
        if name:
            people.append(name)
    return "; ".join(people) or None


def _body_paragraphs(doc) -> list[str]:
    return _paragraphs(doc.body) if doc is not None and doc.body is not None else []


def _extract(data: bytes, *, fast: bool):
    return trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        fast=fast,
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "outputformat": "%Y-%m-%dT%H:%M:%S",
        },
    )


def read_html(source: str, data: bytes) -> RawDocument:
    """One saved web page as a document: its article's paragraphs, title, outlet, author,
    publication date and language."""
    _refuse_huge(data)
    doc, paragraphs = _article_paragraphs(data)
    title = _clean_title(doc.title, doc.sitename, doc.url)
    if title and paragraphs and paragraphs[0] in (title, doc.title):
        paragraphs.pop(0)
    lang = _HTML_LANG.search(data[:4096])
    stamps = _Stamps()
    published = _published(data, doc, stamps)
    return RawDocument(
        source=source,
        fmt="html",
        text="\n".join(paragraphs),
        title=title,
        outlet=doc.sitename,
        url=doc.url,
        author=_clean_author(doc.author, doc.sitename, doc.url, frozenset(_house_names(data))),
        published=published,
        lang=lang.group(1).decode().lower() if lang else None,
        paragraphs=paragraphs,
        refused_date=stamps.refused,
    )


def _refuse_huge(data: bytes) -> None:
    """A page of more elements than any article page has, refused before it is parsed."""
    elements = len(_ELEMENT.findall(data))
    if elements > MAX_ELEMENTS:
        raise InputError(
            _("HTML page of {n} elements (over {limit})").format(
                n=number(elements), limit=number(MAX_ELEMENTS)
            ),
            _("not an article page; parsing it would take minutes and gigabytes"),
        )


def _article_paragraphs(data: bytes):
    """The extracted page and its article's paragraphs: the fast pass, the full one for a
    page dump, without template placeholders nor the teasers of links to other articles.
    InputError when too little article text is left."""
    doc = _extract(data, fast=True)
    paragraphs = _body_paragraphs(doc)
    if len(paragraphs) == 1 and len(paragraphs[0]) >= DUMPED_BLOCK_CHARS:
        # the page dump: the full pass (readability and jusText compared) finds the
        # article's own blocks; kept only when it does
        full = _extract(data, fast=False)
        if len(full_paragraphs := _body_paragraphs(full)) > 1:
            doc, paragraphs = full, full_paragraphs
    written = [p for p in paragraphs if not _TEMPLATE_PLACEHOLDER.search(p)]
    if sum(len(p) for p in written) < MIN_ARTICLE_CHARS:
        raise InputError(
            _("HTML page with no article text"),
            _(
                "its article is filled in by the browser (the page holds {{…}} templates): "
                "save the page once it has loaded"
            )
            if len(written) < len(paragraphs)
            else _("is this a listing or an error page?"),
        )
    if teasers := _link_teasers(data):
        body = [p for p in written if p not in teasers]
        if sum(len(p) for p in body) >= MIN_ARTICLE_CHARS:
            return doc, body
    return doc, written


def _published(data: bytes, doc, stamps: _Stamps) -> datetime | None:
    """When the page says it was published: its publication meta tag, else the extractor's
    date or a stated time, whichever the page's own day supports; `stamps` keeps what it
    refused."""
    published = stamps.read(_meta_publication(data))
    if published is None:
        found = stamps.read(doc.date)
        published = stamps.read(*_stated_publication(data))
        if published is None or (
            found is not None and published.date() - found.date() == timedelta(days=1)
        ):
            # A stated time a day after the page's own calendar day (as its address or
            # printed date gives it) is a UTC stamp of an evening story: its relative dates
            # ("ayer", "on Monday") count from the page's day.
            published = found or published
    return published
