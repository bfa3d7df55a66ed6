"""No third-party article text from ../shared/eval is committed (the house's copyright rule).

Every real text there (FakeDeS train, development and test headlines and texts, both sides
of the SemEval pairs, the article-extraction bodies) is cut into word 12-grams: lower-cased,
accents kept, `\\w+` tokens, so a copy is found whatever its line breaks, quoting or
punctuation. A run of twelve words is long enough that our own Spanish prose never matches
a news article by chance, and short enough to catch a copied sentence. A headline is
shorter than that, so a whole FakeDeS headline of HEADLINE_WORDS words or more is looked for
too. Every file git tracks is checked (binary files aside); a hit names the file and line,
never the text.
Skips when ../shared/eval (or $CONTRASTA_EVAL) or openpyxl is absent.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import evaldata

RUN = 12
HEADLINE_WORDS = 6
TOKEN = re.compile(r"\w+")
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\[nrt]")


def real_texts() -> Iterator[str]:
    for name in evaldata.FAKEDES_FILES:
        for row in evaldata.fakedes_rows(name):
            yield from (str(row[key]) for key in ("HEADLINE", "TEXT") if row[key])
    for row in evaldata.semeval_rows():
        yield from (row["text1"], row["text2"])
    yield from (page["articleBody"] for page in evaldata.extraction_truth().values())


def plain(text: str) -> str:
    """Lower-cased and composed (NFC), with JSON and Python string escapes undone, so that
    "ma\\u00f1ana" written by json.dumps or a text escaped onto one line still shows its
    words; the real line breaks stay where they were."""
    text = ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else " ", text)
    return unicodedata.normalize("NFC", text).lower()


def grams(words: list[str]) -> Iterator[int]:
    """The hash of every run of RUN consecutive words, in order (tuples of the words, not
    joined strings: each word's hash is computed once)."""
    return map(hash, zip(*(words[k:] for k in range(RUN)), strict=False))


def copied_lines(path: Path, real: set[int]) -> list[int]:
    """Lines of a text file where a run of RUN words of a real text starts (none for a
    binary file)."""
    data = path.read_bytes()
    if b"\0" in data:
        return []
    text = plain(data.decode("utf-8", errors="replace"))
    matches = list(TOKEN.finditer(text))
    words = [m.group() for m in matches]
    found = zip(matches, grams(words), strict=False)  # the last RUN - 1 words start none
    starts = sorted({match.start() for match, gram in found if gram in real})
    return [text.count("\n", 0, start) + 1 for start in starts]


@pytest.fixture(scope="module")
def real() -> set[int]:
    reason = evaldata.missing(evaldata.FAKEDES, evaldata.SEMEVAL, evaldata.PAGES, xlsx=True)
    if reason:
        pytest.skip(reason)
    return {gram for text in real_texts() for gram in grams(TOKEN.findall(plain(text)))}


@pytest.fixture(scope="module")
def headlines() -> dict[int, set[tuple[str, ...]]]:
    """Real headlines by the hash of their first HEADLINE_WORDS words."""
    reason = evaldata.missing(evaldata.FAKEDES, xlsx=True)
    if reason:
        pytest.skip(reason)
    found: dict[int, set[tuple[str, ...]]] = {}
    for name in evaldata.FAKEDES_FILES:
        for row in evaldata.fakedes_rows(name):
            words = tuple(TOKEN.findall(plain(str(row["HEADLINE"] or ""))))
            if len(words) >= HEADLINE_WORDS:
                found.setdefault(hash(words[:HEADLINE_WORDS]), set()).add(words)
    return found


def headline_lines(path: Path, headlines: dict[int, set[tuple[str, ...]]]) -> list[int]:
    """Lines of a text file where a whole real headline starts."""
    data = path.read_bytes()
    if b"\0" in data:
        return []
    text = plain(data.decode("utf-8", errors="replace"))
    matches = list(TOKEN.finditer(text))
    words = tuple(m.group() for m in matches)
    starts = {
        matches[at].start()
        for at in range(len(words) - HEADLINE_WORDS + 1)
        for headline in headlines.get(hash(words[at : at + HEADLINE_WORDS]), ())
        if words[at : at + len(headline)] == headline
    }
    return [text.count("\n", 0, start) + 1 for start in sorted(starts)]


def tracked() -> list[Path]:
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True
    ).stdout
    paths = (ROOT / name for name in listed.decode("utf-8").split("\0") if name)
    return [path for path in paths if path.is_file()]


def test_no_tracked_file_holds_a_run_of_real_article_text(real):
    files = tracked()
    assert len(files) > 100  # the whole repository, not an empty listing
    found = [
        f"{path.relative_to(ROOT)}:{line}" for path in files for line in copied_lines(path, real)
    ]
    assert not found, "runs of twelve words from ../shared/eval texts at: " + ", ".join(found)


def test_no_tracked_file_holds_a_real_headline(headlines):
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in tracked()
        for line in headline_lines(path, headlines)
    ]
    assert not found, "whole FakeDeS headlines at: " + ", ".join(found)


def test_a_planted_headline_is_found(headlines, tmp_path):
    """A real headline quoted in a test of our own, in another case: found on its line."""
    headline = " ".join(next(iter(next(iter(headlines.values())))))
    planted = tmp_path / "planted.py"
    planted.write_text(f'LINES = [\n    "Nuestro titular",\n    "{headline.upper()}",\n]\n')
    assert headline_lines(planted, headlines) == [3]


def planted_run() -> str:
    """Twelve words of a real Spanish text with their own punctuation, some of them not ASCII
    (so that escaping changes them)."""
    for _, _, text in evaldata.semeval_spanish():
        words = list(TOKEN.finditer(text))
        for at in range(0, len(words) - RUN, RUN):
            copied = text[words[at].start() : words[at + RUN - 1].end()]
            if not copied.isascii() and "\n" not in copied:
                return copied
    raise AssertionError("no Spanish text to plant")


def test_a_planted_run_of_real_text_is_found(real, tmp_path):
    """Wrapped over two lines of a file of our own: the check names the line it starts on."""
    copied = planted_run()
    middle = [m.start() for m in TOKEN.finditer(copied)][RUN // 2]
    planted = tmp_path / "planted.md"
    planted.write_text(
        f"# Notas propias\n\nTexto nuestro. {copied[:middle]}\n{copied[middle:]} y sigue.\n",
        encoding="utf-8",
    )
    assert copied_lines(planted, real) == [3]


def test_a_planted_run_escaped_by_json_is_found(real, tmp_path):
    copied = planted_run()
    planted = tmp_path / "planted.json"
    planted.write_text(
        "[\n" + json.dumps({"nota": f"Texto nuestro.\n{copied}"}) + "\n]\n", encoding="utf-8"
    )
    assert "\\u" in planted.read_text(encoding="utf-8")
    assert copied_lines(planted, real) == [2]
