"""Which kinds of timeline entry are right: the labelled entries of bench/real_timeline.py,
each with features of its date and sentence, tabulated by the share read right.

Every timeline sample (dev's own draws, the first held-out half, heldout2..heldout13) is a
set of entries the code of its time showed, drawn before it was read and labelled blind.
The held-out sets were labelled before any code was tuned on them: their labels tell the
precision of the entries then shown, kind by kind, on text no rule had been tuned on.
Dev's own draws were tuned on since. This prints, for each feature's values, the number
of entries and the share read `right` (and on their day, background too), the then-blind
sets and dev's own draws apart. A held-out set neither scored nor folded (heldout9 until it
was folded into dev, any later one) is left out before anything is read (`UNSCORED`).

Features are read from the labelled sentence and date expression with the current
reading code, on a copy of a kept run (its stored dossiers give each sentence's claim, its
article's publication day and whether the current timeline shows the entry, and where):

- form: how the date is written (a full date with its year, a day and month without
  year, a weekday, a relative day, a month, a month with its year, a year alone).
- where: inside quotation marks, the headline, the lead (the first paragraph), later.
- tense: the tense the dates reader gives the date's nearest verb (`reading.tense`) and
  the claim's predicate's (`Frame.tense`).
- clause: subordinate ("que"/"that" before the date in its clause), relative, none.
- distance: the shown day's end against the article's publication day.
- sources: how many articles the current timeline cites for the entry.
- main actor: whether the claim's subject is the story's most named actor.
- now: shown by the current code as the story's own, as background, or not shown.

Counts and offsets only, never text.

    PYTHONPATH=$PWD python bench/timeline_features.py --db COPY/default/contrasta.db
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_confirmed import Sentence, article_rows, field_texts, member, row_of, stored_dossiers
from real_timeline import ENTRY, HELD_OUT, annotations, draw_of, readings, shown

from contrasta.crosscheck.claims import fold
from contrasta.dates import ENGLISH_MONTH_ABBREVIATIONS, MONTHS
from contrasta.dossier.timeline import _in_quotation
from contrasta.reading.tense import tense_at

# the module, not the function the package exports under its name
timeline_rules = importlib.import_module("contrasta.dossier.timeline")

# the held-out sets neither scored nor folded: never read here
UNSCORED = frozenset(HELD_OUT) - {"heldout", "heldout2", "heldout3"}
BLIND = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
BLIND += ("heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13")

_WEEKDAYS = (
    r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|lunedi|martedi|mercoledi|giovedi|venerdi|sabato)\b"
)
_RELATIVE = re.compile(
    r"\b(?:hoy|ayer|manana|anoche|anteayer|today|yesterday|tomorrow|tonight|oggi|ieri|"
    r"domani|hace|ago|pasad[oa]|proxim[oa]|last|next|this|est[ea]|ese|esta|scors[oa]|"
    r"prossim[oa]|earlier|semana|week|mes|month)\b"
)
_MONTH = re.compile(
    rf"\b(?:{'|'.join([*MONTHS, *ENGLISH_MONTH_ABBREVIATIONS, *timeline_rules._ITALIAN_MONTHS])})\b"
)
_SUBORDINATE = re.compile(r"\b(?:que|that|porque|because|while|mientras|aunque|although)\b")
_RELATIVE_WORD = re.compile(r"\b(?:who|which|cuyo|cuya|donde|where|cuando|when|quien|quienes)\b")
_SAYING = re.compile(
    r"\b(?:dijo|dice|afirmo|asegur[oa]|sostuvo|explic[oa]|indic[oa]|senal[oa]|inform[oa]|"
    r"declar[oa]|anunci[oa]|said|says|told|according|segun|stated|announced)\b"
)


def form(written: str, precision: str) -> str:
    text = fold(written)
    digits = re.findall(r"\d+", text)
    year = any(len(d) == 4 for d in digits)
    day = any(len(d) <= 2 for d in digits)
    month = bool(_MONTH.search(text))
    if not digits:
        if re.search(_WEEKDAYS, text) and not re.search(r"\b(?:hoy|ayer|manana)\b", text):
            return "weekday"
        if month and not _RELATIVE.search(text):
            return "month (no year)"
        return "relative"
    if year and day and month:
        return "full date"
    if day and month:
        return "day+month, no year"
    if year and month:
        return "month+year"
    if year:
        return "year" if not _RELATIVE.search(text) else "relative+year"
    return f"other ({precision})"


def end_of(iso: str) -> date:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return date(*parts)


def distance(iso: str | None, published: date | None) -> str:
    if not iso or published is None:
        return "no publication day" if iso else "not placed"
    days = (published - end_of(iso)).days
    if days < 0:
        return "ends after publication"
    if days == 0:
        return "ends on publication day"
    if days <= 7:
        return "ends 1-7 days before"
    if days <= 31:
        return "ends 8-31 days before"
    if days <= 365:
        return "ends 32-365 days before"
    return "ends over a year before"


def where(field: str, start: int, text: str, quoted: bool) -> str:
    if quoted:
        return "quote"
    if field.endswith(("/HEADLINE", "/html")) or start == 0:
        return "headline"
    first = text.find("\n", 1)
    lead = first if first > 0 else 400
    return "lead" if start < max(lead, 1) else "later"


def clause(sentence: str, at: int) -> str:
    before = fold(sentence[:at])
    piece = re.split(r"[,;:()\"«»“”]|\s-\s", before)[-1]
    if _RELATIVE_WORD.search(piece):
        return "relative"
    if _SUBORDINATE.search(piece):
        return "subordinate" if not _SAYING.search(piece) else "reported (said that)"
    if not re.search(r"\b\w+(?:o|aron|ieron|a|an|e|en|ed|s|ra|ran)\b", fold(sentence)):
        return "no verb"
    return "main"


def story_year(dossier, iso: str | None) -> str:
    """Where a placed entry of a story with no dated article falls against the year most
    of the story's entries are placed in (the latest on a tie)."""
    if any(a.published for a in dossier.articles):
        return "dated story"
    if not iso:
        return "undated story, not placed"
    years = Counter(e.when.value.year for e in dossier.timeline if e.when.value is not None)
    if not years:
        return "undated story, none placed now"
    year = max(years, key=lambda y: (years[y], y))
    if int(iso[:4]) < year:
        return "undated story, before its year"
    return "undated story, its year" if int(iso[:4]) == year else "undated story, after"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--min", type=int, default=6, help="print values with this many cases")
    parser.add_argument("--now", help="only entries the current code shows so (own, background)")
    parser.add_argument("--cross", help="a feature to pair every other one with")
    args = parser.parse_args()
    annotated = annotations()
    annotated["entries"] = [
        r for r in annotated["entries"] if r["split"] not in UNSCORED and r["kind"] == ENTRY
    ]
    texts = field_texts()
    dossiers = stored_dossiers(args.db)
    rows = article_rows(args.db.parent.parent / "corpus" / "real.jsonl")
    found = shown(dossiers, rows, texts)
    timeline = [e for d in dossiers for e in d.timeline]
    story_of = [d for d in dossiers for _ in d.timeline]
    by_reading = {id(r): i for i, r in readings(found, annotated).items()}
    published: dict[str, date] = {}
    claims: dict[str, list] = defaultdict(list)  # eval field -> (Sentence, claim)
    main_actor: dict[str, str] = {}  # claim's article id -> its story's most named actor
    for dossier in dossiers:
        actors = Counter(
            fold(a) for g in dossier.check.groups for c in g.claims for a in c.frame.actors
        )
        if actors:
            top = actors.most_common(1)[0][0]
            main_actor.update({a.id: top for a in dossier.articles})
        articles = {a.id: a for a in dossier.articles}
        for a in dossier.articles:
            row = row_of(a.source, rows)
            if row and a.published:
                published[row] = a.published.date()
        for group in dossier.check.groups:
            for c in group.claims:
                article = articles[c.article_id]
                row = row_of(article.source, rows)
                at = member(c, article, row, texts) if row else None
                if at:
                    claims[at.field].append((at, c))

    table: dict[str, dict[str, dict[str, Counter]]] = defaultdict(lambda: defaultdict(dict))
    for r in annotated["entries"]:
        group = "blind" if draw_of(r) in BLIND else "dev-own"
        field, s_start, s_end = r["sentence"]
        _, d_start, d_end = r["date"]
        text = texts[field]
        sentence = text[s_start:s_end]
        written = text[d_start:d_end]
        at = d_start - s_start
        quoted = _in_quotation(sentence, at)
        precision = {4: "year", 7: "month", 10: "day"}.get(len(r["shown"] or ""), "-")
        date_span = Sentence(field, d_start, d_end)
        claim = next(
            (c for s, c in claims[field] if s.start <= d_start and d_end <= s.end),
            None,
        ) or next((c for s, c in claims[field] if s.overlaps(date_span)), None)
        row = field.rsplit("/", 1)[0]
        i = by_reading.get(id(r))
        entry = timeline[i] if i is not None else None
        features = {
            "all": "all",
            "story's year": story_year(story_of[i], r["shown"]) if i is not None else "not shown",
            "form": form(written, precision),
            "where": where(field, s_start, text, quoted),
            "date tense": tense_at(sentence, at, at + len(written)) or "none",
            "claim tense": (claim.frame.tense or "none") if claim else "no claim",
            "modality": claim.frame.modality if claim else "no claim",
            "clause": clause(sentence, at),
            "attributed": ("yes" if claim.attribution else "no") if claim else "no claim",
            "main actor": (
                (
                    "subject"
                    if main_actor.get(claim.article_id) in map(fold, claim.frame.actors)
                    else "other subject"
                    if claim.frame.actors
                    else "no subject read"
                )
                if claim
                else "no claim"
            ),
            "distance": distance(r["shown"], published.get(row)),
            "sources now": (
                ("1 article" if len(entry.sources) == 1 else "2+ articles")
                if entry
                else "not shown"
            ),
            "now": ("background" if entry.background else "own") if entry else "not shown",
            "lang": "es" if re.search(r"\b(?:el|la|los|que|de)\b", fold(sentence)) else "en/it",
        }
        if claim and claim.headline:
            features["where"] = "headline"
        if args.now and features["now"] != args.now:
            continue
        if args.cross:
            features = {
                f"{args.cross} x {k}": f"{features[args.cross]} / {v}" for k, v in features.items()
            }
        for name, value in features.items():
            cell = table[name][value].setdefault(group, Counter())
            cell["n"] += 1
            cell[r["label"]] += 1
    for name, values in table.items():
        print(f"== {name}")
        ordered = sorted(values.items(), key=lambda kv: -sum(g["n"] for g in kv[1].values()))
        for value, groups in ordered:
            cells = []
            for group in ("blind", "dev-own"):
                c = groups.get(group, Counter())
                n = c["n"]
                right = c["right"]
                day = right + c["background"]
                share = f"{right / n:.2f}" if n else "-"
                cells.append(f"{group} {right:3d}/{n:3d} {share} (day {day})")
            total = sum(g["n"] for g in groups.values())
            if total >= args.min:
                print(f"  {value:28s} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
