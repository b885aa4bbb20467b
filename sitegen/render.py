"""Jinja2 rendering: the theme's templates, overridden file by file by the site's own.

StrictUndefined turns a misspelt variable into an error, and every template error is reported with
the template's file and line instead of a traceback.
"""

from __future__ import annotations

import contextlib
import hashlib
import traceback
from collections.abc import Hashable, Iterable, Iterator, Mapping
from itertools import chain
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from jinja2 import meta, nodes
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from markupsafe import Markup, escape

from sitegen.errors import SitegenError
from sitegen.i18n import Words
from sitegen.parallel import Meanwhile
from sitegen.stamp import theme_root
from sitegen.urls import SitePaths

# the templates each template source names (see Renderer._referenced): the same for every renderer,
# since what they differ in (the words put in as templates compile, the base path) names no template
_REFERENCED: dict[str, tuple[str | None, ...]] = {}


class Renderer:
    """Renders named templates with ready-made view data."""

    def __init__(
        self,
        dirs: list[Path],
        base_path: str,
        each_template: bool = True,
        words: Words | None = None,
        paths: SitePaths | None = None,
        compiled: Mapping[str, bytes] | None = None,
    ):
        """`each_template`: tell each template's dependencies apart (see `digest`); a one-off
        build, which compares no fingerprints, saves parsing every template twice. `words`: the
        site's language, which `_("...")` in a template is put into as it compiles. `paths`: a
        further language's, whose `url` filter gives its pages' folder but the root's files.
        `compiled`: these templates as another process compiled them (`compile_templates`)."""
        self._dirs = template_dirs(dirs)
        self._each_template = each_template
        self.base_path = base_path
        self.paths = paths
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(d) for d in self._dirs]),
            autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # a template edit makes a new Renderer (see its fingerprint)
            extensions=[_WordsAtCompileTime],
            bytecode_cache=CompiledTemplates(compiled or {}),
        )
        self.words = words or Words()
        self._env.site_words = self.words  # type: ignore[attr-defined]
        self._env.globals.update(_=self._translated, ngettext=self._counted, script_words=self.words.for_script())
        self._env.globals["text_direction"] = self.words.direction
        self._env.filters["url"] = (
            (lambda path: paths.url(str(path))) if paths else (lambda path: base_path + str(path).lstrip("/"))
        )
        self._env.filters["lang_attribute"] = lang_attribute
        self._env.filters["meta_tags"] = meta_tags
        self._env.filters["in_language"] = in_language
        self.fingerprint = templates_fingerprint(self._dirs)
        self.compiled_for = compiled_for(self.words, base_path, paths)  # what its bytecode holds but the sources
        self._digests: dict[str, str] = {}

    @property
    def compiled(self) -> dict[str, bytes]:
        """The bytecode of the templates compiled so far (see `CompiledTemplates`)."""
        cache = self._env.bytecode_cache
        return cache.compiled if isinstance(cache, CompiledTemplates) else {}

    def compile_every_template(self) -> dict[str, bytes]:
        """Every template of its folders compiled (see `compile_templates`)."""
        for name in self._env.list_templates(extensions=["html"]):
            with contextlib.suppress(jinja2.TemplateError, OSError, UnicodeDecodeError):
                self._env.get_template(name)
        return self.compiled

    def digest(self, name: str) -> str:
        """Changes when the template or any template it extends, includes or imports changes.

        A page is rendered again only when its own templates changed, not on every template edit.
        A template that names another by a variable (or does not parse) depends on all of them,
        and so does every template of a renderer made without `each_template`.
        """
        if not self._each_template:
            return self.fingerprint
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
                referenced = self._referenced(source)
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

    def _referenced(self, source: str) -> tuple[str | None, ...]:
        """The templates a template's source extends, includes or imports (None: one named by a
        variable), parsed once per source in this process: the preview's first build took 0.2 s
        parsing each template again for every page template that uses it (base.html eight times),
        and every template edit, which makes a new renderer, took it again."""
        found = _REFERENCED.get(source)
        if found is None:
            found = _REFERENCED[source] = tuple(meta.find_referenced_templates(self._env.parse(source)))
        return found

    def shows_verbatim(self, name: str, variable: str, attribute: str, unread: Iterable[str] = ()) -> bool:
        """Whether template `name` uses `variable.attribute` only by outputting it as it is, and
        reads no other attribute in `unread`: then rendering it once with a marker in that place
        and putting each value in the marker's place gives what rendering each value would.

        Decided on the template's syntax tree: every use of `variable` reads an attribute; the
        attribute is only ever a whole `{{ }}` of its own, outside macros, blocks and call, filter
        and set blocks (whose output a template can transform); the template includes no other.
        Anything else, or a template that does not parse, is answered with no.
        """
        try:
            source = self._env.loader.get_source(self._env, name)[0]  # type: ignore[union-attr]
            tree = self._env.parse(source)
        except jinja2.TemplateError:
            return False
        if any(True for _ in meta.find_referenced_templates(tree)):
            return False
        verbatim = {
            id(child)
            for output in _outputs_outside_transforms(tree)
            for child in output.nodes
            if isinstance(child, nodes.Getattr) and child.attr == attribute
        }
        getattrs = {id(node.node): node for node in tree.find_all(nodes.Getattr)}
        for used in tree.find_all(nodes.Name):
            if used.name != variable:
                continue
            read = getattrs.get(id(used))
            if read is None or read.attr in unread or (read.attr == attribute and id(read) not in verbatim):
                return False
        return True

    def _translated(self, message: str, **values: Any) -> Markup:
        """`_("Photo of %(name)s", name=...)`: the site's words, its places filled with escaped values."""
        return Markup(escape(self.words(message))) % values if values else Markup(escape(self.words(message)))

    def _counted(self, singular: str, plural: str, num: int, **values: Any) -> Markup:
        """`ngettext("%(num)d publication", "%(num)d publications", n)`: the language's form for n."""
        return Markup(escape(self.words.ngettext(singular, plural, num))) % {"num": num, **values}

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
            path, line = self._location(error, name)  # the include or extends that names it
            raise SitegenError(f"template '{error.name}' not found in templates/ (or the theme)", path, line) from None
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


# blocks whose output a template can change (a block by `self.name()|filter`)
_TRANSFORMING = (nodes.Macro, nodes.CallBlock, nodes.FilterBlock, nodes.AssignBlock, nodes.Block)


def _outputs_outside_transforms(node: nodes.Node) -> Iterator[nodes.Output]:
    """The `{{ }}` output nodes whose text goes into the page as it is."""
    for child in node.iter_child_nodes():
        if isinstance(child, nodes.Output):
            yield child
        if not isinstance(child, _TRANSFORMING):
            yield from _outputs_outside_transforms(child)


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


class CompiledTemplates(jinja2.BytecodeCache):
    """Templates as Jinja compiled them (its bytecode, by template and file), kept in memory.

    Compiling a build's twenty-odd templates takes 60-100 ms, most of a small site's rendering:
    `sitegen build` has them compiled by another process while it starts (`compile_templates`),
    on a core that is idle then, and the preview's renderer made after a template edit takes the
    others' from the last one. Jinja checks each one's source against a checksum, so a template
    changed since is compiled again, as without it."""

    def __init__(self, compiled: Mapping[str, bytes]):
        self.compiled = dict(compiled)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.compiled.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


def compile_templates(dirs: list[Path], words: Words, base_path: str = "/") -> dict[str, bytes]:
    """Every template of `dirs` compiled for a site in the language of `words` under `base_path`
    (see `CompiledTemplates`). One that does not compile is left out: the build compiles it again
    where it is used, and says what is wrong there, with its file and line."""
    return Renderer(dirs, base_path, each_template=False, words=words).compile_every_template()


CompiledSite = tuple[Hashable, dict[str, bytes]]  # compiled templates, and for what (`compiled_for`)


def compiled_for(words: Words, base_path: str, paths: SitePaths | None = None) -> Hashable:
    """What compiled templates hold besides their source: the words of `_("...")`, and every
    `{{ 'css/site.css' | url }}`, which Jinja works out as it compiles since its value is known
    (from the base path, and for a further language its folder and the files at the root)."""
    return (words.key, base_path, paths)


def compile_site_templates(source: Path, base_url: str | None) -> CompiledSite:
    """The templates of the site in `source` (its own and the theme's) compiled for its own
    language, as a build's renderer would (a further language's, in its folder, compiles its own).
    A build has this done by another process while it starts (see `CompiledTemplates`): the
    settings are read here for the words and base path alone; the build reads them again and says
    what is wrong with them, if anything."""
    from sitegen.config import load_config
    from sitegen.errors import Report

    config = load_config(source / "content" / "site.yml", Report(), base_url)
    dirs = site_template_dirs(source)
    return compiled_for(config.words, config.base_path), compile_templates(dirs, config.words, config.base_path)


def compiled_ahead(source: Path, base_url: str | None, jobs: int) -> Meanwhile[CompiledSite] | None:
    """The templates of the site in `source` being compiled by a second process (None with one
    job) while this one starts a build: compiling them where they are used takes 60-100 ms (a
    sixth of a small site's build), at the first page of each, with the other core idle."""
    if jobs < 2:
        return None
    return Meanwhile(lambda: compile_site_templates(source, base_url), jobs)


def site_template_dirs(source: Path) -> list[Path]:
    """Where a site's templates are looked for: its own templates/, then the theme's."""
    return [source / "templates", theme_root() / "templates"]


class _WordsAtCompileTime(Extension):
    """`_("Publications")` in a template becomes the site's word as the template compiles, so a
    page pays nothing for it (Jinja's i18n extension calls a function each time, 13 µs a word: a
    second of a 10,000-page build); a call with values (`_("Photo of %(name)s", name=...)`) and
    `ngettext` are left to the renderer's functions. Each language compiles its own templates."""

    def __init__(self, environment: jinja2.Environment):
        super().__init__(environment)
        environment.extend(site_words=Words())

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        tokens = list(stream)
        words = self.environment.site_words  # type: ignore[attr-defined]
        index = 0
        while index < len(tokens):
            token = tokens[index]
            call = [t.type for t in tokens[index : index + 4]] == ["name", "lparen", "string", "rparen"]
            if call and token.value == "_" and (index == 0 or tokens[index - 1].type != "dot"):
                yield Token(token.lineno, "string", words(tokens[index + 2].value))
                index += 4
                continue
            yield token
            index += 1


def in_language(text: str, language: str | None) -> Markup:
    """Words in another language than the page's in a `<span lang>` of their own (an event's name
    not translated), else the words as they are: `{{ talk.event | in_language(talk.untranslated.of("event")) }}`."""
    return Markup('<span lang="{}">{}</span>').format(language, text) if language else escape(text)


def lang_attribute(language: str | None) -> Markup:
    """` lang="en"` for an element whose words are in another language than the page's (a title
    not translated), else nothing: `<h1{{ page.untranslated.of("title") | lang_attribute }}>`."""
    return Markup(' lang="{}"').format(language) if language else Markup("")


def meta_tags(pairs: Iterable[tuple[str, str]], attribute: str = "name") -> Markup:
    """Each (name, content) pair as `<meta name="..." content="...">` on a line of its own:
    `{{ head.meta | meta_tags }}`, `{{ head.og | meta_tags("property") }}`.

    A publication page has some thirty (Google Scholar's, OpenGraph's, the Twitter card's): escaped
    one by one in a template loop they took a quarter of its time, since markupsafe's escape costs
    about 0.4 µs a call (most of it making the Markup). So they are joined (a NUL between pairs, a
    SOH between name and content), escaped in one call, and the separators replaced by the markup
    between them. A value holding a separator, or one that is markup already (not to be escaped
    again), is escaped on its own, as the loop did. `attribute` is the template's own word (name,
    property), written as it is."""
    pairs = tuple(pairs)
    if not pairs:
        return Markup("")
    text = "\0".join(map("\1".join, pairs)) if set(map(type, chain.from_iterable(pairs))) == {str} else ""
    if text.count("\0") == len(pairs) - 1 and text.count("\1") == len(pairs):
        inner = str(escape(text)).replace("\1", '" content="').replace("\0", f'">\n<meta {attribute}="')
        return Markup(f'<meta {attribute}="{inner}">\n')
    return Markup("".join(f'<meta {attribute}="{escape(name)}" content="{escape(content)}">\n' for name, content in pairs))
