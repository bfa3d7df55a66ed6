"""The JSON API: the same stories, dossiers and search as the pages, for other programs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from contrasta.coverage import article_loaded
from contrasta.dossier import Dossier
from contrasta.refs import MIN_REF
from contrasta.report.coverage import blindspot_json, coverage_json, loaded_json
from contrasta.report.jsonout import article_json, dossier_json
from contrasta.store import MAX_QUERY, MAX_QUERY_WORDS, MAX_REF
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


def _time(value) -> str | None:
    return value.isoformat() if value else None


@router.get("/stories", response_model=schemas.StoryList, summary="Stories, largest first")
def stories(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> schemas.StoryList:
    with data.opened(request.app.state.settings) as store:
        every = store.list_stories()
        shown = every[offset : offset + limit]
        rows = data.story_rows(store, request.app.state, shown)
    return schemas.StoryList(
        total=len(every),
        offset=offset,
        stories=[
            schemas.StorySummary(
                id=r.id,
                headline=r.headline,
                articles=r.articles,
                outlets=r.outlets,
                independent_origins=r.origins,
                first=_time(r.first),
                last=_time(r.last),
                coverage=[
                    schemas.BandShare(label=b.label, count=b.count, percent=b.percent)
                    for b in r.meter.shares
                ],
                blindspot=blindspot_json(r.blindspot),
            )
            for r in rows
        ],
    )


@router.get(
    "/stories/{story_id}",
    response_model=schemas.StoryDetail,
    responses=NOT_FOUND,
    summary="A story's dossier: provenance, cross-checked claims, summary, timeline, quotes",
)
def story(request: Request, story_id: Ref) -> schemas.StoryDetail:
    with data.opened(request.app.state.settings) as store:
        found = data.find_story(store, story_id)
        dossier = data.dossier_of(store, request.app.state, found)
    return schemas.StoryDetail.model_validate(_story_json(dossier))


def _story_json(dossier: Dossier) -> dict:
    """stories.json's story, with the coverage and loaded words the API also serves."""
    found = dossier_json(dossier)
    found.setdefault("coverage", coverage_json(dossier.coverage))
    for article in found["articles"]:
        article.setdefault("loaded", loaded_json(dossier.coverage.loaded.get(article["id"], [])))
    return found


@router.get(
    "/articles/{article_id}",
    response_model=schemas.ArticleDetail,
    responses=NOT_FOUND,
    summary="An article: cleaned text, removed noise with its rules, metadata",
)
def article(request: Request, article_id: Ref) -> schemas.ArticleDetail:
    with data.opened(request.app.state.settings) as store:
        found = data.find_article(store, article_id)
        story = data.story_of(store, found)
    return schemas.ArticleDetail.model_validate(
        {
            **article_json(found),
            "story_id": story.id if story else None,
            "loaded": loaded_json(article_loaded(found, request.app.state.settings.lexicon)),
        }
    )


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
) -> schemas.SearchResult:
    with data.opened(request.app.state.settings) as store:
        hits = data.search(store, q, limit)
    return schemas.SearchResult(
        query=q,
        hits=[
            schemas.SearchHit(
                article_id=h.article.id,
                title=h.article.title,
                outlet=h.article.outlet,
                published=_time(h.article.published),
                snippet=h.snippet,
                story_id=h.story.id if h.story else None,
            )
            for h in hits
        ],
    )
