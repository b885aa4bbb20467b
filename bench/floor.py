"""The floor: the time to write the files a build writes, with no templating at all.

Reads every file of a built site into memory first (not timed), then times writing them into an
empty folder the way a generator does (a folder per page, then the file). Prints JSON.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path


def main() -> None:
    built, target = Path(sys.argv[1]), Path(sys.argv[2])
    files = [(path.relative_to(built), path.read_bytes()) for path in sorted(built.rglob("*")) if path.is_file()]
    shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    for relative, data in files:
        destination = target / relative
        os.makedirs(destination.parent, exist_ok=True)
        with open(destination, "wb") as stream:
            stream.write(data)
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "files": len(files)}))


if __name__ == "__main__":
    main()
