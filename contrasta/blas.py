"""One BLAS thread for the matrix products contrasta runs.

The products of grouping, USE and spaCy are small; OpenBLAS's second thread, woken for
each one, cost more CPU than it saved (a third more for a whole reading), and the cores
are shared with everything else a machine runs. Finding the loaded BLAS libraries takes
~0.1 CPU s, so it is done once per process, after numpy is loaded.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cache


def one_thread() -> AbstractContextManager:
    """A context in which numpy's BLAS runs on one thread."""
    return _controller().limit(limits=1, user_api="blas")


@cache
def _controller():
    import numpy  # noqa: F401  (its BLAS must be loaded to be found)
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()
