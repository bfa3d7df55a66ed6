"""The command line's process reuses the pages of a large freed block instead of faulting
in fresh ones (`contrasta.memory`)."""

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
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)
def test_a_freed_block_is_reused_without_page_faults():
    pages = 64 * 2**20 // 4096
    assert _faults("default") > pages // 2  # the block handed back and faulted in again
    assert _faults("kept") < pages // 20
