"""The HTML pages: story list and search, story, article, upload; merge and split forms.

Every page is complete without JavaScript: links, GET forms for search and POST forms
for writes, each answered with a redirect (POST/redirect/GET) so reloading never posts
twice.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import State

from contrasta.coverage import NO_SCORE
from contrasta.crosscheck import TEXT
from contrasta.dedup.outlets import outlet_named
from contrasta.dossier import Dossier
from contrasta.errors import ContrastaError
from contrasta.i18n import _, language
from contrasta.labels import STORY_ORDERS
from contrasta.model import Story
from contrasta.report.html import matrix_row
from contrasta.report.page import story_page
from contrasta.service import UNRECORDED, run_record
from contrasta.store import MAX_OFFSET, ORDERS, Store
from contrasta.stories.manual import merge_stories, split_story
from contrasta.stories.why import words
from contrasta.web import data, upload, views
from contrasta.web.charts import NARROW, WIDTH, coverage_bar, publication_chart, timeline_chart
from contrasta.web.errors import WebError
from contrasta.web.forms import Form, read_form
from contrasta.web.render import compile_templates, packed, page, rendered, unpacked
from contrasta.web.settings import Settings

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
RUNS_SHOWN = 50  # runs listed at /runs: `watch` records one at every poll
BLINDSPOT_DAYS = 30


def article_href(article_id: str, start: int | None, field: str = TEXT) -> str:
    """The article page, at the sentence when it is in the text (a claim of the title is
    shown at the top)."""
    anchored = start is not None and field == TEXT
    return f"/articles/{article_id}" + (f"#{views.anchor(start)}" if anchored else "")


def _settings(request: Request) -> Settings:
    return request.app.state.settings


@router.api_route("/", methods=["GET", "HEAD"])
def index(
    request: Request,
    q: str = "",
    page_number: Annotated[int, Query(alias="page")] = 1,
    order: str = ORDERS[0],
) -> Response:
    """One page of stories, newest first unless asked for the largest: the store orders,
    cuts and counts, so the page costs its 50 rows however many stories there are."""
    order = order if order in ORDERS else ORDERS[0]
    number = min(max(page_number, 1), MAX_OFFSET // PAGE_SIZE)
    with data.opened(_settings(request)) as store:
        hits = data.hits_by_story(data.search(store, q, 50)) if q.strip() else None
        shown, total = store.story_page(order, PAGE_SIZE, (number - 1) * PAGE_SIZE)
        pages = max(1, -(-total // PAGE_SIZE))
        if number > pages:  # a page past the end (stories merged since): the last one
            number = pages
            shown, total = store.story_page(order, PAGE_SIZE, (number - 1) * PAGE_SIZE)
        rows = data.story_rows(store, request.app.state, shown)
        articles = store.count_articles()
    return page(
        request,
        "index.html.j2",
        q=q,
        hits=hits,
        rows=rows,
        total=total,
        articles=articles,
        page_number=number,
        pages=pages,
        order=order,
        orders=STORY_ORDERS,
        snippet=views.snippet_segments,
        bar=lambda row: coverage_bar(row.meter, width=160, labelled=False),
    )


def _both(draw) -> list:
    """A chart for wide screens and one for phones (the stylesheet shows one), or none."""
    return [c for c in (draw(WIDTH), draw(NARROW)) if c is not None]


@router.api_route("/puntos-ciegos", methods=["GET", "HEAD"])
def blindspots(
    request: Request, dias: Annotated[int, Query(ge=1, le=3650)] = BLINDSPOT_DAYS
) -> Response:
    """Stories (almost) only one side covered, active in the `dias` days up to the newest
    article stored (not the clock: an archive analysed later shows its own last days)."""
    with data.opened(_settings(request)) as store:
        newest = store.story_page("recent", 1)[0]
        last = newest[0].last if newest else None
        since = last - timedelta(days=dias) if last else None
        inputs = data.service(store, request.app.state).inputs
        flagged = store.get_stories(store.blindspot_story_ids(inputs, since))
        rows = data.story_rows(store, request.app.state, flagged)
    # The store chose and ordered them by the stories' stored span: a row shows publication
    # dates only, and a story of undated articles has none, yet it is active.
    found = [r for r in rows if r.blindspot]
    return page(
        request,
        "blindspots.html.j2",
        rows=found,
        days=dias,
        since=since,
        bar=lambda row: coverage_bar(row.meter, width=160, labelled=False),
    )


@router.api_route("/stories/{story_id}", methods=["GET", "HEAD"])
def story(request: Request, story_id: str) -> Response:
    state = request.app.state
    with data.opened(state.settings) as store:
        found = data.find_story(store, story_id)
        if found.id != story_id:
            return RedirectResponse(f"/stories/{found.id}", status_code=307)
        if state.settings.write:
            return HTMLResponse(story_html(store, state, found))
        body = packed_story(store, state, found)
    return unpacked(request, body)


def packed_story(store: Store, state: State, found: Story) -> bytes:
    """Read-only, a story page is rendered once per story and language and kept compressed
    (with writes on, its merge form lists the other stories, which change without it)."""
    return state.caches.pages.get(found, lambda s: packed(story_html(store, state, s)), language())


def story_html(store: Store, state: State, found: Story) -> str:
    settings: Settings = state.settings
    dossier = data.dossier_of(store, state, found)
    others = (
        [(s.id, s.headline) for s in store.story_page("recent", 201)[0] if s.id != found.id]
        if settings.write
        else []
    )[:200]
    page = story_page(dossier)
    return rendered(
        settings,
        "story.html.j2",
        d=dossier,
        page=page,
        sides=views.sides(dossier, settings.registry),
        owners=views.owners(dossier.outlets, settings.registry),
        coverage=_both(lambda w: coverage_bar(dossier.coverage.meter, width=w)),
        timeline=_both(lambda w: timeline_chart(page.timeline, article_href, w)),
        publications=_both(lambda w: publication_chart(dossier, article_href, w)),
        href=article_href,
        places=views.SourcePlaces(dossier),
        matrix_cells=matrix_row(dossier.check.outlets),
        others=others,
    )


def warm(state: State, limit: int) -> int:
    """Compile the templates, then load the `limit` most recent stories' dossiers into the
    cache (building any that is stale) and, read-only, render their pages in the default
    language, so their first reader waits for none of it. Returns how many."""
    compile_templates()
    with data.opened(state.settings) as store:
        recent, _total = store.story_page("recent", limit)
        for found in recent:
            if state.settings.write:
                data.built(store, state, found)
                continue
            try:
                packed_story(store, state, found)
            except WebError:  # a failed dossier: its readers get the 500 that says so
                continue
    return len(recent)


@router.api_route("/articles/{article_id}", methods=["GET", "HEAD"])
def article(request: Request, article_id: str) -> Response:
    with data.opened(_settings(request)) as store:
        found = data.find_article(store, article_id)
        if found.id != article_id:
            return RedirectResponse(f"/articles/{found.id}", status_code=307)
        story = store.story_of(found.id)
        found_dossier = data.built(store, request.app.state, story) if story else None
    # A story whose dossier failed still shows its articles, without the highlights.
    dossier = found_dossier if isinstance(found_dossier, Dossier) else None
    lexicon = _settings(request).lexicon
    marks = views.article_marks(found, dossier, lexicon)
    links = (
        [link for link in dossier.provenance.links if found.id in (link.copy_id, link.origin_id)]
        if dossier
        else []
    )
    # Another article of the story as a copy link names it: its outlet (or site) and title.
    titles = (
        {a.id: " — ".join(filter(None, (outlet_named(a), a.shown_title))) for a in dossier.articles}
        if dossier
        else {}
    )
    registry = _settings(request).registry
    return page(
        request,
        "article.html.j2",
        a=found,
        story=story,
        why=why_words(story, found.id, dossier),
        paragraphs=views.highlighted(found.text, marks, views.cited_starts(found, dossier)),
        kinds={m.kind for m in marks},
        loaded=views.loaded_words(found, dossier, lexicon),
        no_score=_(NO_SCORE),
        links=links,
        titles=titles,
        outlet=views.shown_outlet(found, registry),
        owners=views.owners([views.shown_outlet(found, registry)], registry),
    )


def why_words(story: Story | None, article_id: str, dossier: Dossier | None) -> str:
    """Why the article is in its story, in the reader's language; "" when in none."""
    member = next((m for m in story.members if m.article_id == article_id), None) if story else None
    if member is None:
        return ""
    if dossier is None:
        return words(member.reason)
    article = next((a for a in dossier.articles if a.id == article_id), None)
    return words(member.reason, dossier.check.outlet_of, article)


@router.api_route("/upload", methods=["GET", "HEAD"])
def upload_form(request: Request) -> Response:
    return _upload_page(request, fields={}, error=None)


def _upload_page(request: Request, **context) -> Response:
    """The upload form, its file picker offering what the upload accepts."""
    return page(request, "upload.html.j2", accepted=upload.ACCEPTED, **context)


@router.post("/upload")
async def upload_post(request: Request) -> Response:
    form = await read_form(request, _settings(request))
    fields = {name: form.get(name) for name in ("title", "outlet", "date", "text")}
    try:
        uploads = list(form.files)
        if fields["text"].strip():
            uploads.append(upload.pasted(**fields))
        result = await run_in_threadpool(_analyse, request, uploads)
    except (WebError, ContrastaError) as exc:
        status = exc.status_code if isinstance(exc, WebError) else 400
        error = (exc.detail if isinstance(exc, WebError) else str(exc), exc.hint)
        return _upload_page(request, status=status, fields=fields, error=error)
    stories, problems, warnings, run_id = result
    if len(stories) == 1 and not problems and not warnings:
        ((article, story),) = stories
        target = f"/stories/{story.id}#a-{article.id}" if story else f"/articles/{article.id}"
        return RedirectResponse(target, status_code=303)
    status = 200 if stories else 422
    return page(
        request,
        "uploaded.html.j2",
        status=status,
        stories=stories,
        problems=problems,
        warnings=warnings,
        run_id=run_id,
    )


def _analyse(request: Request, uploads: list[upload.Upload]):
    """Runs in a worker thread: the pipeline, then each uploaded article with its story,
    the run's problems and its warnings (what was read and kept but should be checked: a
    stated date dropped, an encoding guessed), which an upload of one article is not
    redirected past."""
    with request.app.state.write_lock, data.opened(_settings(request)) as store:
        result = upload.analyse(store, uploads, _settings(request))
        request.app.state.caches.clear()
        placed = [
            (article, store.story_of(article.id))
            for article in data.articles_in_order(store, result.article_ids)
        ]
    return placed, result.run.problems, result.run.warnings, result.run.run_id


@router.api_route("/runs", methods=["GET", "HEAD"])
def runs(request: Request) -> Response:
    """The latest runs (an upload, `analyze`, each `watch` poll), newest first, with their
    counts: each links to its problems and warnings."""
    with data.opened(_settings(request)) as store:
        records, total = store.recent_runs(RUNS_SHOWN)
    return page(request, "runs.html.j2", runs=records, total=total)


@router.api_route("/runs/{number}", methods=["GET", "HEAD"])
def run(request: Request, number: int) -> Response:
    """One run's record: when, its counts, its problems and its warnings, each with its
    source, why and a hint, kept since the run ended (`service.run_record`)."""
    with data.opened(_settings(request)) as store:
        try:
            found = run_record(store, number)
        except ContrastaError as exc:
            raise WebError(404, str(exc), _("see the list of runs")) from exc
    return page(request, "run.html.j2", run=found, unrecorded=UNRECORDED)


def _members(form: Form, name: str) -> list[str]:
    return [v for v in form.getlist(name) if v.strip()]


@router.post("/stories/{story_id}/merge")
async def merge(request: Request, story_id: str) -> Response:
    form = await read_form(request, _settings(request))
    refs = _members(form, "others")
    if not refs:
        raise WebError(400, _("no story was chosen to merge"), _("mark at least one other story"))

    def work() -> str:
        with request.app.state.write_lock, data.opened(_settings(request)) as store:
            target = data.find_story(store, story_id)
            others = [data.find_story(store, ref) for ref in refs]
            merged = merge_stories(store, target, others)
            request.app.state.caches.clear()
            return merged.id

    merged_id = await run_in_threadpool(work)
    return RedirectResponse(f"/stories/{merged_id}", status_code=303)


@router.post("/stories/{story_id}/split")
async def split(request: Request, story_id: str) -> Response:
    form = await read_form(request, _settings(request))
    chosen = _members(form, "articles")
    if not chosen:
        raise WebError(
            400,
            _("no article was chosen to split"),
            _("mark the articles that move to the new story"),
        )

    def work() -> str:
        with request.app.state.write_lock, data.opened(_settings(request)) as store:
            story = data.find_story(store, story_id)
            missing = [i for i in chosen if i not in story.article_ids]
            if missing:
                raise WebError(
                    400,
                    _("{ref} is not one article of {story}").format(
                        ref=f"«{missing[0]}»", story=story.id
                    ),
                )
            new = split_story(store, story, chosen)
            request.app.state.caches.clear()
            return new.id

    new_id = await run_in_threadpool(work)
    return RedirectResponse(f"/stories/{new_id}", status_code=303)
