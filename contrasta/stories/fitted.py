"""The fitted "same story" model (model.json, written by bench/calibrate.py) and the
window stories are compared within: what a grouping run is described by.

Apart from the clusterer (`online`), which needs numpy, so that a run with nothing to place
says how it groups without importing it.
"""

from __future__ import annotations

import json
import math
import re
import string
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

from contrasta.i18n import N_, _, number

WINDOW = timedelta(days=7)
MODEL_FILE = Path(__file__).with_name("model.json")


@dataclass(frozen=True)
class Evidence:
    """What one article and one story have in common.

    `lexical` is the mean word-vector cosine with the story's members in the article's
    language (with all members when none is: `cross`); `titles` how much of each side's
    title the other side's words hold, averaged over those members (0 across languages:
    see `OpenStory.title_overlap`); `embedding` the mean lead cosine, None while it was
    not needed.
    """

    lexical: float
    cross: bool
    embedding: float | None = None
    titles: float = 0.0


@dataclass(frozen=True)
class Model:
    """Logistic models of "same story" and the bounds that let words alone decide.

    `lexical`: intercept and weights of sqrt(lexical), cross and titles; `full`: intercept
    and weights of sqrt(lexical), embedding and cross. The square root makes the word
    cosine rise fastest where stories part (measured: it correlates better with people's
    ratings). `settle_above` is a probability of the words-alone model: from it, in the
    article's language, the words say "same" without reading the leads; under `settle_no`,
    one as well, they say "not the same" (0: never, as in a model written before it).
    """

    embedder: str
    lexical: tuple[float, float, float, float]
    full: tuple[float, float, float, float]
    threshold: float
    settle_below: float
    settle_above: float
    cross_below: float
    settle_no: float = 0.0

    def lexical_probability(self, e: Evidence) -> float:
        a, b, c, d = self.lexical
        return _logistic(a + b * math.sqrt(e.lexical) + c * e.cross + d * e.titles)

    def probability(self, e: Evidence) -> float:
        """The full model when the embedding was read, the lexical one otherwise."""
        if e.embedding is None:
            return self.lexical_probability(e)
        a, b, c, d = self.full
        return _logistic(a + b * math.sqrt(e.lexical) + c * e.embedding + d * e.cross)

    def settled(self, e: Evidence) -> bool | None:
        """True or False when the words alone decide, None when the embedding must."""
        if e.lexical < self.lowest(e.cross):
            return False
        if not e.cross:
            words = self.lexical_probability(e)
            if words >= self.settle_above:
                return True
            if words < self.settle_no:
                return False
        return None

    def lowest(self, cross: bool) -> float:
        """The word cosine under which the words alone say "not the same story"."""
        return self.cross_below if cross else self.settle_below


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@cache
def models() -> dict[str, Model]:
    """The fitted models by embedder key, read once from model.json."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return {
        key: Model(
            embedder=key,
            lexical=tuple(m["lexical"]),
            full=tuple(m["full"]),
            threshold=m["threshold"],
            settle_below=m["settle_below"],
            settle_above=m["settle_above"],
            cross_below=m["cross_below"],
            settle_no=m.get("settle_no", 0.0),
        )
        for key, m in data["models"].items()
    }


METHOD = N_(
    "online clustering: shared wording, then {embedder} lead cosine where the wording does"
    " not settle it; same story above probability {threshold}, window {days} days"
)
_METHOD = re.compile(
    "".join(
        re.escape(text) + (f"(?P<{name}>.+?)" if name else "")
        for text, name, _spec, _conversion in string.Formatter().parse(METHOD)
    )
)


def method_name(embedder_name: str, model: Model) -> str:
    """How stories were grouped, as stored with them (in English: a record)."""
    return METHOD.format(
        embedder=embedder_name, threshold=f"{model.threshold:.2f}", days=WINDOW.days
    )


def method_shown(text: str) -> str:
    """Stored grouping methods (one or several, "; "-joined) in the active language, its
    threshold written as the language writes a decimal ("0,56")."""
    return _METHOD.sub(lambda found: _(METHOD).format(**_shown_parts(found)), text)


def _shown_parts(found: re.Match[str]) -> dict[str, str]:
    parts = found.groupdict()
    try:
        threshold = float(parts["threshold"])
    except ValueError:
        return parts
    return {**parts, "threshold": number(threshold, len(parts["threshold"].partition(".")[2]))}
