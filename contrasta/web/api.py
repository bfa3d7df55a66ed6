"""The JSON API: the same stories, dossiers and search as the pages, for other programs."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from contrasta.coverage import article_loaded
from contrasta.refs import MIN_REF
from contrasta.report import shape
from contrasta.serial import to_data
from contrasta.store import MAX_OFFSET, MAX_QUERY, MAX_QUERY_WORDS, MAX_REF, ORDERS
from contrasta.web import data, schemas

router = APIRouter(prefix="/api", tags=["api"])
NOT_FOUND = {
    404: {
        "model": schemas.Problem,
        "description": "no such story or article, or a prefix too short or shared by several",
    }
}
# A short or ambiguous prefix is a 404 whose body says why (see `data.find_story`), not a
# validation error: the reader typed an id, and wants to know which one to type.
Ref = Annotated[
    str,
    Path(
        max_length=MAX_REF,
        pattern=r"^[0-9A-Za-z]+$",
        description=f"id or its first {MIN_REF} characters or more",
    ),
]


def _json(shown) -> JSONResponse:
    """The body as `serial.to_data` writes it, as stories.json is written; the response
    model only describes it (tests/test_web.py checks the bodies against it)."""
    return JSONResponse(to_data(shown))


@router.get(
    "/stories", response_model=schemas.StoryList, summary="Stories, a page at a time, newest first"
)
def stories(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    order: Annotated[
        Literal[ORDERS], Query(description="recent: latest article first; largest: most articles")
    ] = ORDERS[0],
) -> JSONResponse:
    with data.opened(request.app.state.settings) as store:
        shown, total = store.story_page(order, limit, offset)
        rows = data.story_rows(store, request.app.state, shown)
    return _json(
        shape.StoryList(
            total=total,
            offset=offset,
            order=order,
            stories=[shape.story_summary(r) for r in rows],
        )
    )


@router.get(
    "/stories/{story_id}",
    response_model=schemas.StoryDetail,
    responses=NOT_FOUND,
    summary="A story's dossier: provenance, cross-checked claims, summary, timeline, quotes",
)
def story(request: Request, story_id: Ref) -> JSONResponse:
    with data.opened(request.app.state.settings) as store:
        found = data.find_story(store, story_id)
        dossier = data.dossier_of(store, request.app.state, found)
    return _json(shape.story_shown(dossier))


@router.get(
    "/articles/{article_id}",
    response_model=schemas.ArticleDetail,
    responses=NOT_FOUND,
    summary="An article: cleaned text, removed noise with its rules, metadata",
)
def article(request: Request, article_id: Ref) -> JSONResponse:
    with data.opened(request.app.state.settings) as store:
        found = data.find_article(store, article_id)
        story = store.story_of(found.id)
    loaded = article_loaded(found, request.app.state.settings.lexicon)
    return _json(shape.article_shown(found, story.id if story else None, loaded))


@router.get("/search", response_model=schemas.SearchResult, summary="Full-text search")
def search(
    request: Request,
    q: Annotated[
        str,
        Query(
            max_length=MAX_QUERY,
            description=f"at most {MAX_QUERY_WORDS} words; accents and case ignored",
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> JSONResponse:
    with data.opened(request.app.state.settings) as store:
        hits = data.search(store, q, limit)
    return _json(
        shape.SearchResult(
            query=q,
            hits=[
                shape.SearchHit(
                    article_id=h.article.id,
                    title=h.article.title,
                    outlet=h.article.outlet,
                    published=h.article.published,
                    snippet=h.snippet,
                    story_id=h.story.id if h.story else None,
                )
                for h in hits
            ],
        )
    )
