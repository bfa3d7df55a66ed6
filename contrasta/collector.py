"""Python's cyclic garbage collector, paused where a step makes many objects that live on.

The collector runs after every 700 new container objects, and the older generations' runs
walk all the objects that survived before: loading a model or reading a stored value makes
tens of thousands of objects at once, none of them garbage, and the collections they set
off found nothing (a stored dossier read with them took three times as long; the spaCy
models' load and the walks of their objects afterwards cost ~0.07 CPU s of an `analyze`
of 21 articles).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside; the objects made meanwhile are looked at by the next
    one after. A threshold of 0 stops the collector where `gc.disable` would not: a library
    that disables and enables it around its own work (srsly, while a spaCy model loads)
    enables it again."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextmanager
def lasting() -> Iterator[None]:
    """For a step whose objects last as long as the process (a model kept for every later
    call): paused, and every object alive at its end is left out of all later collections
    (`gc.freeze`), which would walk them again and again to find nothing. Garbage alive at
    that moment is never collected: once per process, what a few collections would have
    freed."""
    with paused():
        yield
        gc.freeze()


YOUNG = 10_000
"""New container objects between two collections of the youngest generation, for the command
line's process (`fewer_collections`); Python's default is 700. On the real corpus
(bench/realcorpus.py, two runs beside the code before, gc callbacks): collections 3,135 ->
101, their CPU 3.7-3.8 -> 1.4 s (no full collection is left), the same stored readings,
dossiers and report files; peak memory 1,165 -> 1,234 MB (cyclic garbage that reached the
oldest generation stays until the process ends)."""


def fewer_collections() -> None:
    """The youngest generation collected after every YOUNG new container objects, not 700:
    a reading or a report makes objects by the hundred thousand, nearly all freed by their
    count of references before any collection could find them, and each collection walked
    the ones alive then for nothing. The older generations keep their thresholds (each is
    collected after so many collections of the one below, so less often too). What a
    collection frees is only memory: no result depends on when it runs."""
    gc.set_threshold(YOUNG, *gc.get_threshold()[1:])
