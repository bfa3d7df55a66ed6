"""Why right speakers are missed, by family and by split: counts over the Spanish quote
splits anyone may tune on (bench/real/README.md item 170; counts only, no text).

    CONTRASTA_EVAL=/work/shared/eval PYTHONPATH=$PWD .venv/bin/python \
        bench/speaker_miss_families.py [--splits dev,heldout,...] [--lift]

Every annotated quote with a speaker, read and matched as `bench/real_reading.py` reads and
matches it, and not given that speaker, falls in one family (the first that holds):
- the quote not found: lost in cleaning, found with other edges, or no quote there (three
  words or fewer: the short quoted words the reader leaves as scare quotes; four or more);
- another speaker given;
- withheld by a doubt rule (`withheld._withheld`: the reading without it gives someone);
- "según X" / "de acuerdo con X" in the quote's sentence before it;
- a verb of saying right after the quote, then a description in lower case ("», dijo el
  portavoz");
- a verb of saying right after the quote and nothing more ("», advirtió."): the subject
  dropped;
- a colon right before the quote;
- a cue found elsewhere in the sentence (a verb of saying before the quote, "que"...);
- no cue at all, by where the wanted speaker is written (`real_speaker_misses._where`).
Beside them, how many wanted speakers name no person (no word of them a first name).

`--lift`: each doubt rule of `withheld` lifted in turn (the function answering False while
the splits are read again): the speakers it then adds, right and wrong, on every split, es
and en (a rule that withholds more right speakers than wrong ones is too broad).
A lead-only split (`real_reading.LEAD_ONLY`) is refused.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_reading as rr  # noqa: E402
import real_speaker_misses as rsm  # noqa: E402

from contrasta.reading.names import is_given_name  # noqa: E402
from contrasta.reading.quotes import find, withheld  # noqa: E402
from contrasta.reading.quotes.find import find_quotes  # noqa: E402
from contrasta.reading.speech import SPEECH_VERBS  # noqa: E402

TUNING = ("dev", "heldout", *(f"heldout{n}" for n in range(2, 18)))
EN = ("dev", "heldout", "heldout2", "heldout3")
# the doubt rules `--lift` lifts one at a time
DOUBTS = (
    "_stray_word",
    "_unresolved_description",
    "_one_of_many",
    "_common_words_name",
    "_named_in_own_words",
    "_label_quoted",
    "_reported_subject",
    "_report_of_another",
)
_SAYING = SPEECH_VERBS["es"].forms
_CLOSE = r"[»”\"’']?\s*[,.]?\s*(?:—\s*)?"
_AFTER_DESCRIBED = re.compile(
    _CLOSE
    + r"([a-záéíóúñ]+)(?:\s+[a-záéíóúñ]+)?\s+(?:el|la|los|las|un|una|nuestr[oa])\s+[a-záéíóúñ]"
)
_AFTER_DROPPED = re.compile(_CLOSE + r"[a-záéíóúñ]+\s*[.;\n]")
_SOURCE = re.compile(r"\bsegún\b|\bde\s+acuerdo\s+(?:a|con)\b", re.I)


@contextmanager
def lifted(module, name: str, answer):
    """`module.name` answering as `answer` while the block runs."""
    kept = getattr(module, name)
    setattr(module, name, answer)
    try:
        yield
    finally:
        setattr(module, name, kept)


def family(text: str, quote, unwithheld, where: str) -> str:
    """The family of a miss on a found quote given no speaker (see the module's doc)."""
    after = text[quote.end : quote.end + 80]
    sentence = re.split(r"[.!?]\s+|\n", text[max(0, quote.start - 200) : quote.start])[-1]
    if unwithheld is not None and unwithheld.speaker:
        return "withheld by a doubt rule"
    if _SOURCE.search(sentence):
        return "según / de acuerdo con X before it"
    described = _AFTER_DESCRIBED.match(after)
    if described and described.group(1) in _SAYING:
        return "verb after it, then a description"
    if quote.cue and _AFTER_DROPPED.match(after):
        return "verb after it, subject dropped"
    if re.search(r":\s*[«“\"]?$", text[: quote.start]):
        return "colon before it"
    if quote.cue:
        return "cue elsewhere in its sentence"
    return f"no cue: named {where}"


def not_found(raw: str, item: dict, span, found: list) -> str:
    if span is None:
        return "quote not found: lost in cleaning"
    if any(q.start < span[1] and span[0] < q.end for q in found):
        return "quote not found: found with other edges"
    words = len(re.findall(r"\w+", raw[item["start"] : item["start"] + item["length"]]))
    return f"quote not found: no quote there, {'<=3' if words <= 3 else '4+'} words"


def families(splits: list[str]) -> dict[str, Counter]:
    sources = rr.load_sources("es")
    per: dict[str, Counter] = defaultdict(Counter)
    for split in splits:
        for key, entry in rr.load_annotations(split).items():
            source = sources[key]
            article = rr.read(source)
            text = article.text if article else ""
            found = find_quotes(text, article.lang) if article else []
            with lifted(find, "_withheld", lambda quote, _text: quote):
                unwithheld = {(q.start, q.end): q for q in find_quotes(text, article.lang)}
            plain = rsm._plain(text)
            quoted = [(q.start, q.end) for q in found]
            pairs, open_gold = rr.matched(found, source.text, entry["quotes"], article)
            for quote, item in pairs:
                if item is None or item["speaker"] is None:
                    continue
                if rr.fold(quote.speaker) == rr.fold(item["speaker"]):
                    per[split]["right"] += 1
                    continue
                per[split]["wanted, no person"] += not any(
                    is_given_name(w) for w in item["speaker"].split()
                )
                if quote.speaker is not None:
                    per[split]["another speaker given"] += 1
                    continue
                where = rsm._where(text, plain, quote, item["speaker"], quoted)
                per[split][
                    family(text, quote, unwithheld.get((quote.start, quote.end)), where)
                ] += 1
            for item, span in open_gold:
                if item["speaker"] is not None:
                    per[split][not_found(source.text, item, span, found)] += 1
    return per


def lift(rule: str) -> dict[str, Counter]:
    """What lifting one doubt rule adds, split by split, on the found quotes matched."""
    per: dict[str, Counter] = defaultdict(Counter)
    for which, splits in (("es", TUNING), ("en", EN)):
        sources = rr.load_sources(which)
        for split in splits:
            for key, entry in rr.load_annotations(split, which).items():
                article = rr.read(sources[key])
                if article is None:
                    continue
                before = {
                    (q.start, q.end): q.speaker for q in find_quotes(article.text, article.lang)
                }
                with lifted(withheld, rule, lambda *_args, **_kwargs: False):
                    now = find_quotes(article.text, article.lang)
                for quote, item in rr.matched(now, sources[key].text, entry["quotes"], article)[0]:
                    if item is None or before.get((quote.start, quote.end)) or not quote.speaker:
                        continue
                    right = rr.fold(quote.speaker) == rr.fold(item["speaker"])
                    per[f"{which} {split}"]["right" if right else "wrong"] += 1
    return per


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default=",".join(TUNING), help="comma-separated splits")
    parser.add_argument("--lift", action="store_true", help="lift each doubt rule in turn")
    args = parser.parse_args()
    splits = rr.counted_splits(args.splits)
    per = families(splits)
    kinds = sorted(
        {k for c in per.values() for k in c}, key=lambda k: -sum(c[k] for c in per.values())
    )
    print("family".ljust(42), *(s.replace("heldout", "h").rjust(4) for s in splits), " all")
    for kind in kinds:
        counts = [per[s][kind] for s in splits]
        print(kind[:42].ljust(42), *(str(n).rjust(4) for n in counts), str(sum(counts)).rjust(4))
    for rule in DOUBTS if args.lift else ():
        added = lift(rule)
        right, wrong = (sum(c[k] for c in added.values()) for k in ("right", "wrong"))
        where = ", ".join(f"{s} {c['right']}/{c['right'] + c['wrong']}" for s, c in added.items())
        print(f"lifting {rule}: adds {right} right, {wrong} wrong ({where or 'nothing'})")


if __name__ == "__main__":
    main()
