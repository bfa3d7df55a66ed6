"""An encoder's first layers computed once per distinct token, not once per token.

spaCy's small pipelines (`es_core_news_sm`'s shared encoder and `ner`'s own, English
`ner`'s) embed a token from four of its features alone (NORM, PREFIX, SUFFIX and SHAPE):
four hashed tables' rows, side by side, mixed in one maxout layer with its layer norm (a
product of 384 numbers by a 384 x 288 matrix, a quarter of the encoder's arithmetic); only
the layers after it (the convolutions) read a token's neighbours. Two tokens with the same
four features get the same vector, and a run of ~4,000 tokens of news holds ~1,500
distinct ones ("de", "la", "el" and the commas over and over): each is embedded once, and
every token takes its row (`_Distinct`; 34% of the Spanish parser's tokens are distinct
within their run). The same layers on the same numbers, row by row; only the matrix
product of a batch of other rows may add a row's products in another order, so a vector
can differ in its last bits (at most ~7e-6 on real news; 8-16% of the numbers the same bit
for bit). Every reading of the 2,470 articles of bench/realcorpus.py is the one stored by
the code before, byte for byte (bench/same_readings.py), so reading `RULES` stays. Each
encoder costs ~15-18% less CPU (Spanish shared encoder on 300 real articles 1.83 -> 1.51
CPU s, English `ner`'s 2.17 -> 1.79; in one process, alternated: the shared encoder
1.53-1.67 -> 1.36-1.38, Spanish `ner`'s 1.68-1.74 -> 1.30-1.33, English `ner`'s 2.11-2.16 ->
1.66-1.84). Whole bench/realcorpus.py runs beside the code before (7 pairs, 2026-12-07):
reading 3.2% less (ratios 0.96-1.01, median 0.968; e.g. 68.2 -> 65.5 CPU s), the whole
process 1.7% less (median 0.983); the same partition, in-run P/R and report files.
The distinct rows are found by `lexsort` (`distinct_rows`), in numpy.unique's order.
Training (`is_train`) goes through the model's own chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EMBEDDING = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")
"""The layers of spaCy's `MultiHashEmbed` (with no static vectors), in order."""


@dataclass(frozen=True)
class _Distinct:
    """The embedding chain's forward pass for prediction over its distinct feature rows
    (module docstring); `original` for training."""

    original: Any
    extract: Any  # the features of each token (a doc's array, one row a token)
    embed: Any  # the hashed tables side by side (rows -> 384 numbers each)
    mix: Any  # maxout and layer norm (-> the token's vector)

    def __call__(self, model, docs, is_train: bool):
        if is_train:
            return self.original(model, docs, is_train)
        import numpy

        features = self.extract.predict(docs)
        lengths = [len(f) for f in features]
        if not sum(lengths):
            return self.original(model, docs, is_train)
        rows, inverse = distinct_rows(numpy.concatenate(features))
        vectors = self.mix.predict(self.embed.predict(rows)).take(inverse, axis=0)
        ops = self.mix.ops
        return ops.unflatten(vectors, ops.asarray1i(lengths)), _no_backprop


def distinct_rows(features):
    """`numpy.unique(features, axis=0, return_inverse=True)` for a 2D integer array, the
    inverse flat: the distinct rows in the same order (numpy sorts the rows as records,
    field by field, first column first, as `lexsort` with the first column as its primary
    key does) and each row's index among them. numpy compares records through its generic
    field-by-field sort, four times the CPU of `lexsort` on a run's ~4,000 x 4 features
    (~4% of each encoder's CPU)."""
    import numpy

    order = numpy.lexsort(features.T[::-1])
    ordered = features[order]
    first = numpy.empty(len(ordered), dtype=bool)
    first[:1] = True
    numpy.any(ordered[1:] != ordered[:-1], axis=1, out=first[1:])
    inverse = numpy.empty(len(ordered), dtype=numpy.intp)
    inverse[order] = numpy.cumsum(first) - 1
    return ordered[first], inverse


def _no_backprop(_):
    raise NotImplementedError("the distinct rows' embedding predicts only")


def distinct_embeddings(model) -> int:
    """Every `MultiHashEmbed` chain inside `model` computed as `_Distinct`; how many."""
    found = 0
    for node in model.walk():
        distinct = _recognised(node)
        if distinct is not None:
            node._func = distinct
            found += 1
    return found


def _recognised(node) -> _Distinct | None:
    """The `_Distinct` forward of `node` when it is a `MultiHashEmbed` chain as spaCy builds
    it (hashed tables of a token's own features side by side, one maxout with its layer
    norm: nothing that reads another token), else None."""
    layers = list(node.layers)
    names = [layer.name.split("(")[0] for layer in layers]
    if names != list(EMBEDDING) or isinstance(node._func, _Distinct):
        return None
    embed, mix = layers[2].layers[0], layers[3].layers[0]
    if any(
        [layer.name for layer in part.layers] != ["ints-getitem", "hashembed"]
        for part in embed.layers
    ):
        return None
    if {n.name for n in mix.walk() if not n.layers} - {"dropout"} != {"maxout", "layernorm"}:
        return None
    return _Distinct(node._func, layers[0], embed, mix)
