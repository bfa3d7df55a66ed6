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
    not needed; `opening`, across languages only, the mean cosine of the opening sentences
    (`online.Clusterer._across`), None while they were not read.
    """

    lexical: float
    cross: bool
    embedding: float | None = None
    titles: float = 0.0
    opening: float | None = None


@dataclass(frozen=True)
class Model:
    """Logistic models of "same story" and the bounds that let words alone decide.

    `lexical`: intercept and weights of sqrt(lexical), cross and titles; `full`: intercept
    and weights of sqrt(lexical), embedding and cross. The square root makes the word
    cosine rise fastest where stories part (measured: it correlates better with people's
    ratings). `settle_above` is a probability of the words-alone model: from it, in the
    article's language, the words say "same" without reading the leads; under `settle_no`,
    one as well, they say "not the same" (0: never, as in a model written before it).
    `across`: intercept and weights of sqrt(lexical), embedding and opening, a second
    opinion across languages once the opening sentences were read (`Evidence.opening`),
    which may join what the lead alone splits, never the reverse: written by
    bench/calibrate.py beside the model as shipped, everything else fixed, so that no
    decision in one language depends on it (as shipped, the full model on a weighted mean
    of the lead's and the openings' cosines, the openings weighing 0.75: bench/calibrate.py
    OPENING_SHARE). `opening_gain`: how much higher
    than the lead cosine the openings' was seen to be, which bounds where reading them
    could turn the lead's verdict (`reads_openings`). None in a model without them (as one
    written before them), which never reads them.
    """

    embedder: str
    lexical: tuple[float, float, float, float]
    full: tuple[float, float, float, float]
    threshold: float
    settle_below: float
    settle_above: float
    cross_below: float
    settle_no: float = 0.0
    across: tuple[float, float, float, float] | None = None
    opening_gain: float | None = None

    def lexical_probability(self, e: Evidence) -> float:
        a, b, c, d = self.lexical
        return _logistic(a + b * math.sqrt(e.lexical) + c * e.cross + d * e.titles)

    def probability(self, e: Evidence) -> float:
        """The full model when the embedding was read, the lexical one otherwise; across
        languages, once the opening sentences were read, the higher of the full model's
        and the `across` model's (the openings can join a pair the lead splits, never
        split one it joins)."""
        if e.embedding is None:
            return self.lexical_probability(e)
        if e.opening is not None and self.across is not None:
            return max(self.lead_probability(e), self._across(e.lexical, e.embedding, e.opening))
        return self.lead_probability(e)

    def lead_probability(self, e: Evidence) -> float:
        """The full model on the lead cosine (`e.embedding`, which must be known)."""
        a, b, c, d = self.full
        return _logistic(a + b * math.sqrt(e.lexical) + c * e.embedding + d * e.cross)

    def _across(self, lexical: float, embedding: float, opening: float) -> float:
        a, b, c, d = self.across
        return _logistic(a + b * math.sqrt(lexical) + c * embedding + d * opening)

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

    def reads_openings(self, e: Evidence) -> bool:
        """Across languages, whether the opening sentences could turn the verdict of `e`,
        whose `embedding` is the lead cosine: where the lead alone (the full model) says
        "not the same" and the `across` model would say "same" with the openings' cosine at
        the most seen over the lead's (`opening_gain`; the `across` weight of the opening
        is positive, checked in `models`). Unread, `e` is judged on the lead alone."""
        if self.across is None or self.opening_gain is None or not e.cross:
            return False
        if self.lead_probability(e) > self.threshold:
            return False
        best = min(1.0, e.embedding + self.opening_gain)
        return self._across(e.lexical, e.embedding, best) > self.threshold

    def lowest(self, cross: bool) -> float:
        """The word cosine under which the words alone say "not the same story"."""
        return self.cross_below if cross else self.settle_below


def _positive_opening(across: list[float] | None) -> tuple[float, float, float, float] | None:
    """The `across` weights, whose weight of the opening must be positive: the bound of
    `Model.reads_openings` holds only then."""
    if across is None:
        return None
    if across[3] <= 0:
        raise ValueError("model.json: the across model's weight of the opening must be positive")
    return tuple(across)


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
            across=_positive_opening(m.get("across")),
            opening_gain=m.get("opening_gain"),
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
