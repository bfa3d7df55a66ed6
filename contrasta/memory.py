"""Freed memory kept for reuse by the process instead of handed back to the system.

glibc's malloc gives a block of 128 kB or more pages of its own (`mmap`) and hands them
back when the block is freed, and hands back the top of its heap once more than 128 kB of
it is free. A reading allocates arrays of tens of MB per batch (spaCy's layers over every
token of 64 articles), so every batch faulted in fresh pages, which the kernel zeroes one
by one: in a virtual machine a page fault costs tens of microseconds, and a third of a
warm reading's CPU time was the kernel's (3.4 of 9.6 CPU s for 321 real articles, 22,000
page faults a pass). With blocks taken from the heap and the heap never trimmed below
`KEEP`, freed pages are reused: the same readings, the kernel's share near nothing. The
process holds its peak memory until it ends, and the peak can grow where freed blocks
could not be reused for a larger one (unchanged at ~760 MB for those articles; 1.51 ->
1.71 GB for the 2,469 articles of bench/realcorpus.py).

`keep_freed` is called by the command line, for its own process only. Where the C
library has no `mallopt` (not glibc), nothing changes.
"""

from __future__ import annotations

import ctypes
import sys

M_TRIM_THRESHOLD = -1
M_MMAP_MAX = -4  # glibc's option numbers (malloc.h)
KEEP = 2**31 - 1
"""Free bytes at the heap's top before any is handed back: 256 MB still let a third of
the page faults through (the free top of a reading swings by more than that), so the
largest value `mallopt` takes."""


def keep_freed() -> None:
    """Large blocks from the heap and the heap's top kept, for the rest of this process."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(M_MMAP_MAX, 0)
    mallopt(M_TRIM_THRESHOLD, KEEP)
