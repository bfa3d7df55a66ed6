"""Floors on the Spanish quotes splits folded after their blind scorings (bench/real/README.md
items 78, 92, 101, 110, 119, 121, 127, 136, 146, 164 and 185): `heldout` (the fourteenth round),
`heldout2` and `heldout3` (the fifteenth), `heldout4` and `heldout5` (the sixteenth),
`heldout6` and `heldout7` (the seventeenth), `heldout8` and `heldout9` (the eighteenth),
`heldout10` and `heldout11` (the nineteenth), `heldout12` and `heldout13` (the twentieth),
`heldout14` and `heldout15` (the twenty-first), `heldout16` and `heldout17` (the
twenty-second), `heldout18` and `heldout19` (the twenty-third). They are read and
tuned on since, so these floors keep what was gained on them (item 100 on heldout4 and
heldout5) from slipping back. Skips when ../shared/eval (or $CONTRASTA_EVAL) is absent.
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import real_reading

MISSING = real_reading.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MISSING is not None, reason=MISSING or "")]

# split: (quote + speaker F1, speakers given right of given), a little below the figures at
# reading RULES 87 (item 100): heldout 0.600, 33/38; heldout2 0.812, 38/40; heldout3 0.622,
# 27/29; heldout4 0.667, 25/25 (blind 0.444, 16/25); heldout5 0.617, 35/36 (blind 0.517,
# 29/33); at reading RULES 91 (item 106) heldout3 0.644, 28/29 (0.622, 27/29 before);
# heldout5 0.733, 42/43 (0.727 with item 103's one more quote found, no speaker); heldout6
# (folded in item 101) 0.564, 31/42 (0.491, 27/42 at RULES 88); heldout7 0.535, 19/20; at
# RULES 92 (folded in item 110) heldout8 0.366, 23/46; heldout9 0.618, 39/48; at RULES 96
# (item 118) heldout8 0.672, 42/50, and heldout6 0.618, 34/42 (its three "papa Francisco"
# annotated "Francisco", the convention of dev), heldout9 unchanged; heldout10 (folded in
# item 119, scored three times, the same each time) 0.733, 37/42; heldout11 (folded in item
# 121, scored three times, the same each time) 0.500, 32/39; heldout12 (folded in item 127,
# scored five times, the same each time) 0.520, 33/41; at RULES 99 (item 133) heldout6
# 0.673, 37/42 and heldout7 0.600, 21/22, the others unchanged; heldout13 (folded in item
# 136, scored six times, the same each time) 0.567, 33/41; at RULES 102 (item 137) heldout2
# 0.843, 40/41 and heldout13 0.617, 36/41, the others unchanged; at RULES 104 (item 144)
# heldout8 0.697, 44/50, heldout12 0.520, 33/37, heldout13 0.617, 36/40; heldout14 and
# heldout15 (folded in item 146, scored six times) 0.416, 20/31 and 0.460, 29/45; at RULES
# 107 (item 151) heldout2 0.863, 40/40, heldout6 0.745, 41/42, heldout9 0.647, 39/46,
# heldout10 0.752, 37/41, heldout14 0.475, 22/29 (22/31 at 107), heldout11 32/38 (RULES 108),
# the others unchanged; heldout15 0.603, 38/45 with train 80's pope written "Francisco"
# (item 118's convention; the annotation only); at RULES 111 (item 160) heldout9 39/45,
# heldout11 32/37, heldout14 22/27, quote + speaker F1 unchanged; heldout16 and heldout17
# (folded in item 164, scored six times, the same each time) 0.476, 25/39 and 0.667, 25/26;
# at RULES 115 (item 176) heldout9 0.657, 40/46, heldout11 0.496, heldout12 0.516,
# heldout16 0.519, 28/42, the others unchanged; heldout18 and heldout19 (folded in item 185,
# scored seven times, the same each time) 0.539, 24/27 and 0.264, 14/20.
FLOORS = {
    "heldout": (0.59, 0.86),
    "heldout2": (0.85, 0.99),
    "heldout3": (0.64, 0.96),
    "heldout4": (0.66, 0.96),
    "heldout5": (0.72, 0.97),
    "heldout6": (0.74, 0.97),
    "heldout7": (0.59, 0.95),
    "heldout8": (0.69, 0.87),
    "heldout9": (0.65, 0.86),
    "heldout10": (0.74, 0.89),
    "heldout11": (0.49, 0.86),
    "heldout12": (0.51, 0.88),
    "heldout13": (0.61, 0.89),
    "heldout14": (0.46, 0.81),
    "heldout15": (0.59, 0.83),
    "heldout16": (0.51, 0.66),
    "heldout17": (0.65, 0.94),
    "heldout18": (0.52, 0.87),
    "heldout19": (0.25, 0.68),
}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_spanish_folded_split_floors(split):
    assert ("es", split) not in real_reading.LEAD_ONLY
    folded = real_reading.evaluate(split)
    quote_speaker, precision = FLOORS[split]
    assert folded["quote_speaker"][2] >= quote_speaker, "\n".join(folded["misses"])
    right, given = folded["speaker_precision"]
    assert given and right / given >= precision, "\n".join(folded["misses"])
