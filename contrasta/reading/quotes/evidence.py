"""The evidence a speaker rests on: a resolver notes each answer in the reader's trail, which
`Quote.how` gives."""

from __future__ import annotations

from functools import wraps


def _evidence(kind: str):
    """A resolver whose answer rests on `kind` of evidence ("title": a title fitted to a
    person named before): each answer is noted in the reader's `trail`, which `_how`
    reads for the quote it was asked for."""

    def noting(method):
        @wraps(method)
        def resolved(self, *args, **kwargs):
            found = method(self, *args, **kwargs)
            if found:
                self.trail.append((kind, found))
            return found

        return resolved

    return noting
