"""Run a command, then write its wall seconds and peak memory as JSON to the file descriptor given.

bench/run starts every build through this small process: the peak memory the kernel reports for
a process includes that of the process it was started from, up to its exec, so started straight
from the benchmark (which holds the generated sites) every tool showed at least the benchmark's
own 113 MB.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main() -> None:
    report, command = int(sys.argv[1]), sys.argv[2:]
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.execvp(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    os.write(report, json.dumps({"wall": wall, "peak_mb": usage.ru_maxrss / 1024}).encode())
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
