"""A cheap language guess for when the source does not say.

Function words separate Spanish from English reliably on paragraph-length text; anything
else is left as None rather than guessed, so later stages know no model applies.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-záéíóúñü]+")
_MARKERS = {
    "es": frozenset("el la los las de del que y en un una por con para se su al lo como".split()),
    "en": frozenset("the of and to in is that for on with as was by at from it an be".split()),
}


def guess_language(text: str) -> str | None:
    words = _WORD.findall(text[:4000].lower())
    if len(words) < 8:
        return None
    counts = {lang: sum(w in marks for w in words) for lang, marks in _MARKERS.items()}
    lang, hits = max(counts.items(), key=lambda kv: kv[1])
    return lang if hits >= len(words) * 0.12 else None
