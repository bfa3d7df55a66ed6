"""How often `ingest.decode` gives back the text a file was written from, on real Spanish.

Every FakeDeS item (../shared/eval/spanish-fake-news, headline and text; the Western-
letters rule of `decode` was set on these) and every Spanish SemEval text
(../shared/eval/semeval2022-task8, not looked at while setting it), never copied here, is
written as a legacy Windows/ISO file would hold it: Latin-1, cp1252, UTF-16 with
its byte-order mark, and UTF-8 as the control; a text counts as decoded right when
`decode` returns exactly the string it was encoded from. Texts that an encoding cannot
hold (a curly quote has no Latin-1 byte) are left out of that encoding's count.

    PYTHONPATH=$PWD python bench/decoding.py
"""

from __future__ import annotations

import csv
import os
import sys
import time
from collections import Counter
from pathlib import Path

from contrasta.errors import InputError
from contrasta.ingest.decode import decode

EVAL = Path(
    os.environ.get("CONTRASTA_EVAL")
    or Path(__file__).resolve().parents[1].parent / "shared" / "eval"
)
ENCODINGS = ("latin-1", "cp1252", "utf-16", "utf-8")


def fakedes_texts(
    folder: Path, names: tuple[str, ...] = ("train", "development", "test")
) -> list[str]:
    from openpyxl import load_workbook

    texts = []
    for name in names:
        sheet = load_workbook(folder / f"{name}.xlsx", read_only=True).active
        rows = sheet.iter_rows(values_only=True)
        header = [str(cell).strip().upper() if cell else "" for cell in next(rows)]
        head, body = header.index("HEADLINE"), header.index("TEXT")
        texts.extend(
            f"{row[head] or ''}\n\n{row[body]}".strip() for row in rows if row[body] and row[head]
        )
    return texts


def semeval_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = {row[f"text{s}"] for row in rows for s in "12" if row[f"lang{s}"] == "es"}
    return sorted(texts)


def main() -> int:
    folder = EVAL / "spanish-fake-news"
    if not folder.is_dir():
        print(f"no evaluation data at {folder}", file=sys.stderr)
        return 1
    started = time.process_time()
    for name, texts in (
        ("FakeDeS", fakedes_texts(folder)),
        ("SemEval es", semeval_texts(EVAL / "semeval2022-task8" / "pairs-dev.csv")),
    ):
        print(f"{len(texts)} {name} texts")
        score(texts)
    print(f"{time.process_time() - started:.1f} CPU s")
    return 0


def measure(texts: list[str]) -> dict[str, tuple[int, int, Counter]]:
    """Per encoding: texts decoded right, texts it can hold, what the others came out as."""
    found = {}
    for encoding in ENCODINGS:
        right, held, wrong_as = 0, 0, Counter()
        for text in texts:
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            held += 1
            try:
                got, label = decode(data)
            except InputError as exc:
                wrong_as[f"refused: {exc}"] += 1
                continue
            if got == text:
                right += 1
            else:
                wrong_as[label] += 1
        found[encoding] = (right, held, wrong_as)
    return found


def score(texts: list[str]) -> None:
    for encoding, (right, held, wrong_as) in measure(texts).items():
        share = right / held if held else 0.0
        print(f"{encoding:8} {right:5}/{held:<5} decoded right ({share:.1%})", end="")
        print(f"   wrong as: {dict(wrong_as.most_common(4))}" if wrong_as else "")


if __name__ == "__main__":
    sys.exit(main())
