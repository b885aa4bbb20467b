"""Jinja2 rendering: the theme's templates, overridden file by file by the site's own.

StrictUndefined turns a misspelt variable into an error, and every template error is reported with
the template's file and line instead of a traceback.
"""

from __future__ import annotations

import hashlib
import traceback
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta

from sitegen.errors import SitegenError


class Renderer:
    """Renders named templates with ready-made view data."""

    def __init__(self, dirs: list[Path], base_path: str):
        self._dirs = template_dirs(dirs)
        self.base_path = base_path
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(d) for d in self._dirs]),
            autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # a template edit makes a new Renderer (see its fingerprint)
        )
        self._env.filters["url"] = lambda path: base_path + str(path).lstrip("/")
        self.fingerprint = templates_fingerprint(self._dirs)
        self._digests: dict[str, str] = {}

    def digest(self, name: str) -> str:
        """Changes when the template or any template it extends, includes or imports changes.

        A page is rendered again only when its own templates changed, not on every template edit.
        A template that names another by a variable (or does not parse) depends on all of them.
        """
        found = self._digests.get(name)
        if found is None:
            found = self._digests[name] = self._closure_digest(name)
        return found

    def _closure_digest(self, name: str) -> str:
        sources: dict[str, str] = {}
        waiting = [name]
        while waiting:
            current = waiting.pop()
            if current in sources:
                continue
            try:
                source = self._env.loader.get_source(self._env, current)[0]  # type: ignore[union-attr]
                referenced = list(meta.find_referenced_templates(self._env.parse(source)))
            except jinja2.TemplateError:
                return self.fingerprint  # rendering will report it, with the file and line
            if None in referenced:
                return self.fingerprint
            sources[current] = source
            waiting += [reference for reference in referenced if reference is not None]
        digest = hashlib.blake2b(digest_size=16)
        for template in sorted(sources):
            digest.update(template.encode() + b"\0" + sources[template].encode("utf-8", "surrogatepass") + b"\0")
        return digest.hexdigest()

    def set_global(self, name: str, value: Any) -> None:
        """Make a function or value available to every template."""
        self._env.globals[name] = value

    def render(self, name: str, **context: Any) -> str:
        """Render one template; any failure becomes a `SitegenError` naming the template line."""
        try:
            return self._env.get_template(name).render(**context)
        except jinja2.TemplateSyntaxError as error:
            raise SitegenError(f"template syntax error: {error.message}", _path(error.filename, name), error.lineno) from None
        except jinja2.TemplateNotFound as error:
            raise SitegenError(f"template '{error.name}' not found in templates/ (or the theme)", None) from None
        except Exception as error:
            path, line = self._location(error, name)
            message = error.message if isinstance(error, jinja2.TemplateError) and error.message else repr(error)
            raise SitegenError(f"template error: {message}", path, line) from error

    def _location(self, error: Exception, name: str) -> tuple[Path | None, int | None]:
        """The innermost template frame of the traceback: Jinja maps it to the template's line."""
        found: tuple[Path | None, int | None] = (self._find(name), None)
        for frame in traceback.extract_tb(error.__traceback__):
            candidate = Path(frame.filename)
            if any(candidate.is_relative_to(d) for d in self._dirs):
                found = (candidate, frame.lineno)
        return found

    def _find(self, name: str) -> Path | None:
        return next((d / name for d in self._dirs if (d / name).is_file()), None)


def template_dirs(dirs: list[Path]) -> list[Path]:
    """The template folders that exist, the site's first, each once."""
    return [d for d in dict.fromkeys(dirs) if d.is_dir()]


def templates_fingerprint(dirs: list[Path]) -> str:
    """Changes when any template file changes: rendered pages are only reused while it holds."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in template_dirs(dirs):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _path(filename: str | None, name: str) -> Path | None:
    return Path(filename) if filename else Path(name)
