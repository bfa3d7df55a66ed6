"""The command line's process collects the youngest generation less often, and a pause
gives back the thresholds it found."""

from __future__ import annotations

import gc
import subprocess
import sys

from conftest import ROOT
from contrasta.collector import YOUNG, paused


def test_the_command_line_collects_the_youngest_generation_less_often():
    probe = (
        "import gc, sys\n"
        "sys.argv = ['contrasta', '--help']\n"
        "from contrasta.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.get_threshold())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    default = gc.get_threshold()
    assert done.stdout.strip().splitlines()[-1] == str((YOUNG, *default[1:]))
    assert default[0] < YOUNG


def test_a_pause_gives_back_the_thresholds_it_found():
    before = gc.get_threshold()
    try:
        gc.set_threshold(YOUNG, *before[1:])
        with paused():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold() == (YOUNG, *before[1:])
    finally:
        gc.set_threshold(*before)
