"""Date expressions in the example articles resolve as annotated in truth.json."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from reading_dates import evaluate


def test_date_resolution_accuracy_on_examples():
    right, total, misses = evaluate()
    assert total >= 50
    assert right / total >= 0.95, "\n".join(misses)
