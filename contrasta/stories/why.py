"""Why an article is in its story, kept as data and put in words when shown.

`StoryMember.reason` holds a code and its values as one JSON object ({"why": "matched",
"names": [...], "lexical": 0.41, ...}): the grouping writes what it found, and `words` says
it in the reader's language through the message catalogue, so an English page does not
show the Spanish the reasons were once stored in. A reason stored as words by an earlier
version (a database grouped before) is shown as it was stored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from contrasta.i18n import _
from contrasta.model import Article

FIRST = "first"  # the article opened the story
COPY = "copy"  # a copy of an article of the story: "of" is its id
PINNED = "pinned"  # placed by hand
MATCHED = "matched"  # judged the same story: names shared, shares of words and meaning
MERGED = "merged"  # moved by hand from story "story"; "before" is its reason there
SPLIT = "split"  # split by hand from story "story"; "before" is its reason there

# How a reason stored as words by an earlier version says that its lead was read.
_LEADS_READ_WORDS = "el comienzo dice lo mismo"


_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
"""`json.dumps` with these options builds a new encoder at each call; one, kept, writes the
same text. A reason is written per article placed: 2.1% of grouping's work outside the
embedding with `json.dumps`, 1.3% with this (py-spy samples, 10,000 generated articles of
bench/clustering.py regrouped with every lead's vector stored)."""


def reason(code: str, **values) -> str:
    """A reason as `StoryMember.reason` stores it."""
    return _ENCODE({"why": code, **values})


def _data(stored: str) -> dict | None:
    """The code and values of a stored reason; None for one stored as words."""
    if not stored.startswith("{"):
        return None
    try:
        found = json.loads(stored)
    except ValueError:
        return None
    return found if isinstance(found, dict) and "why" in found else None


def lead_read(stored: str) -> bool:
    """Whether the article's lead was read to place it (its meaning compared), so that it
    stands for the story as when it was placed (`Clusterer.restore`)."""
    data = _data(stored)
    if data is None:
        return _LEADS_READ_WORDS in stored
    if data["why"] in (MERGED, SPLIT):
        return lead_read(data.get("before", ""))
    return data["why"] == MATCHED and data.get("embedding") is not None


def _percent(share: float) -> str:
    return _("{n}%").format(n=round(100 * max(share, 0.0)))


def as_written(name: str, text: str) -> str:
    """A shared name as the article writes it: the grouping keeps names lowercased to
    compare them, and a reader should see "Valle del Quimal", not "valle del quimal"."""
    found = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE)
    return found.group(0) if found else name


def words(
    stored: str, cited: Mapping[str, str] | None = None, article: Article | None = None
) -> str:
    """The reason in the active language. `cited` names the story's articles as citations
    do (`CrossCheck.outlet_of`): a copy says whose copy it is by that name; the shared
    names are shown as `article` writes them."""
    data = _data(stored)
    if data is None:
        return stored
    code = data["why"]
    if code == FIRST:
        return _("first article of the story")
    if code == COPY:
        origin = data.get("of", "")
        return _("copy of {article}").format(article=(cited or {}).get(origin, origin))
    if code == PINNED:
        return _("placed by hand")
    if code in (MERGED, SPLIT):
        message = (
            _("merged by hand from {story} (before: {before})")
            if code == MERGED
            else _("split by hand from {story} (before: {before})")
        )
        before = words(data.get("before", ""), cited, article)
        return message.format(story=data.get("story", ""), before=before)
    if code != MATCHED:
        return stored
    text = f"{article.title}\n{article.text}" if article else ""
    names = [as_written(n, text) for n in data.get("names") or []]
    parts = [
        _("shares {names}").format(names=", ".join(names))
        if names
        else _("no name in common with the story")
    ]
    if data.get("cross"):
        parts.append(_("written in another language than the other articles"))
    parts.append(
        _("the text shares {share} of its words (counted by their stem) with the story").format(
            share=_percent(data.get("lexical", 0.0))
        )
    )
    if data.get("embedding") is None:
        if not data.get("cross"):
            parts.append(
                _("the texts hold {share} of the words of the titles").format(
                    share=_percent(data.get("titles", 0.0))
                )
            )
        parts.append(_("decided by the words alone"))
    else:
        parts.append(
            _("the opening says the same at {share}").format(share=_percent(data["embedding"]))
        )
    parts.append(
        _("same story with a probability of {share}").format(
            share=_percent(data.get("probability", 0.0))
        )
    )
    return "; ".join(parts)
