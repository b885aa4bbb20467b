"""Build one site in this process and print its wall seconds and peak memory as JSON."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from sitegen.build import Builder

started = time.perf_counter()
result = Builder(Path(sys.argv[1]), Path(sys.argv[2])).build()
print(
    json.dumps(
        {
            "seconds": time.perf_counter() - started,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "pages": result.pages,
            "publications": result.publications,
            "warnings": len(result.warnings),
        }
    )
)
