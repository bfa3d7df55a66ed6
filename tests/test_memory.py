"""The command line's process reuses the pages of a large freed block instead of faulting
in fresh ones (`contrasta.memory`)."""

import os
import platform
import subprocess
import sys

import pytest

PROBE = """
import resource, sys
from contrasta import memory
if sys.argv[1] == "kept":
    memory.keep_freed()
size = 64 * 2**20
block = bytearray(size)  # zeroed, so every page is touched
del block
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
block = bytearray(size)
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True, env=env
    )
    return int(done.stdout)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)
def test_a_freed_block_is_reused_without_page_faults():
    default = _faults("default")  # the block handed back and faulted in again: 16,384 pages
    if default < 100:
        pytest.skip("faulted in as huge pages here: too few faults to tell")
    assert _faults("kept") < default // 20
