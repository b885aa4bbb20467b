"""`sitegen serve`: build into a private folder, serve it with livereload, rebuild on change.

This is the plain version: every change runs the same `Builder` (which keeps its caches), and a
failed rebuild keeps the last good site served and prints the error.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from sitegen.build import Builder
from sitegen.errors import SitegenError


def serve(source: Path, host: str, port: int, open_browser: bool) -> int:
    """Serve until Ctrl-C; the preview never writes over _site/."""
    from livereload import Server

    scratch = Path(tempfile.mkdtemp(prefix="sitegen-serve-"))
    builder = Builder(source, scratch / "site")

    def rebuild() -> None:
        try:
            result = builder.build()
        except SitegenError as error:
            print(error, file=sys.stderr)
            return
        for warning in result.warnings:
            print(warning, file=sys.stderr)
        print(f"rebuilt in {result.seconds:.2f} s")

    rebuild()
    if not (scratch / "site").exists():
        shutil.rmtree(scratch, ignore_errors=True)
        return 1
    server = Server()
    for folder in ("content", "templates", "static"):
        if (source / folder).exists():
            server.watch(str(source / folder), rebuild, delay=0.2)
    print(f"Serving on http://{host}:{port}/ (Ctrl-C to stop)")
    try:
        server.serve(host=host, port=port, root=str(scratch / "site"), open_url_delay=0.5 if open_browser else None)
    except KeyboardInterrupt:
        pass
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0
