"""Regular expressions as compiled by earlier runs, kept in the cache folder.

Python compiles every pattern anew in each process, in Python code: the ~1,000 patterns of
a short `analyze` (ours, spaCy's tokenizer rules, trafilatura's and its helpers') cost
~0.5 CPU s of its ~4.5. What the compiler makes of a pattern and its flags is a list of
integers (and the group names) that `_sre.compile` turns into the pattern object; it
depends on nothing else, so, like the bytecode Python keeps in `__pycache__`, it is kept
per Python build (`contrasta.cache`), and a later process hands `_sre` the kept list
instead of compiling again: the same pattern objects, ~10 µs each.

`install` is called by the command line, for its own process only. It takes the place of
`re`'s compiler function (the one `re.compile` and every `re` function call to build a
pattern their own cache lacks) by one that reads the kept lists first and otherwise
compiles as that function does, keeping the result; at exit, the lists compiled in the run
are added to the kept ones (the most recently used first, at most `KEPT`: patterns built
from the data, one per story's outlets, come and go). Another Python build, or one whose
compiler is not what this module knows, keeps its own or none.
"""

from __future__ import annotations

import atexit
import logging
import marshal
import re
import sys
import zlib
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)

KEPT = 5000
"""Patterns kept: a run of the example corpus compiles ~1,050 (~1.9 MB kept)."""

Key = tuple[str | bytes, int]
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def longest_first(alternative: str) -> tuple[int, str]:
    """Sort key for the alternatives of a pattern built from a set of words: the longest
    first, so that where several start at one place the longest is found, then in code
    point order, so that the pattern is the same text in every process (a set's order
    changes with the process's string hashing) and its compiled form is found kept."""
    return -len(alternative), alternative


def word_tree(words: Iterable[str], space: str | None = None) -> str:
    """A pattern that matches what the alternation of `words`, longest first, matches, in
    the same order of tries, written as a tree of their letters: `re` tries an
    alternation's words one by one at every position of a text, a tree's branches only
    where their letter is. The words that match at one position are prefixes of one
    another, so trying a letter's longer continuations before ending there (a greedy `?`)
    is trying the longest first. `space`, when given, is what a space in a word matches
    (r"\\s+": the words are written with single spaces, and no word starts or ends with
    one)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree, space)


def _branches(node: dict, space: str | None) -> str:
    longer = [
        (space if space and char == " " else re.escape(char)) + _branches(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not longer:
        return ""
    return f"(?:{'|'.join(longer)})" + ("?" if "" in node else "")


class _Kept:
    """The kept lists of this Python build, read at the first pattern compiled."""

    def __init__(self, name: str, compile_: Any) -> None:
        self.name = name
        self.original = compile_
        self.found: dict[Key, Compiled] | None = None
        self.used: dict[Key, Compiled] = {}
        self.new = 0

    def lists(self) -> dict[Key, Compiled]:
        if self.found is None:
            from contrasta import cache

            self.found = {}
            base = cache.folder()
            if base is not None and (base / self.name).exists():
                try:
                    self.found = marshal.loads((base / self.name).read_bytes())
                except (OSError, ValueError, EOFError, TypeError):
                    log.info("kept patterns unreadable: compiling them again", exc_info=True)
        return self.found

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if type(pattern) not in (str, bytes) or flags & re.DEBUG:
            return self.original(pattern, flags)
        key = (pattern, int(flags))
        found = self.used.get(key) or self.lists().get(key)
        if found is None:
            found = _compiled(pattern, flags)
            self.new += 1
        self.used[key] = found
        return _sre().compile(pattern, *found)

    def save(self) -> None:
        """The run's lists first, then the others kept before, up to KEPT; at exit, where a
        fault must not turn into a traceback after the command's own output."""
        if not self.new:
            return
        from contrasta import cache

        kept = dict(self.used)
        for key, found in self.lists().items():
            if len(kept) >= KEPT:
                break
            kept.setdefault(key, found)
        try:
            cache.replace(self.name, marshal.dumps(dict(list(kept.items())[:KEPT])))
        except Exception:
            log.info("compiled patterns not kept", exc_info=True)


def _sre() -> Any:
    import _sre

    return _sre


def _compiled(pattern: str | bytes, flags: int) -> Compiled:
    """What `re._compiler.compile` hands `_sre.compile` for `pattern` (Python 3.11-3.13),
    in plain ints so that it can be kept."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        dict(groupindex),
        tuple(indexgroup),
    )


def _build() -> str:
    """This Python build and its regular expression engine, as a file name."""
    sre = _sre()
    tag = f"{sys.version}|{sre.MAGIC}|{sre.CODESIZE}|{sre.MAXREPEAT}|{sre.MAXGROUPS}"
    return f"patterns-{sys.implementation.cache_tag}-{zlib.crc32(tag.encode()):08x}"


def install() -> None:
    """Kept compiled patterns for the rest of this process (see the module's docstring);
    nothing when this Python's compiler is not the one this module knows."""
    from re import _compiler

    current = _compiler.compile
    if isinstance(getattr(current, "__self__", None), _Kept):
        return
    try:
        probe = r"(?P<word>\w+)\s*(?:[0-9]{2,}|x)"
        mine = _sre().compile(probe, *_compiled(probe, 0))
        if mine.groupindex != re.compile(probe).groupindex:
            return
    except Exception:  # another compiler: keep Python's
        log.info("compiled patterns are not kept on this Python", exc_info=True)
        return
    kept = _Kept(_build(), current)
    _compiler.compile = kept.compile
    atexit.register(kept.save)
