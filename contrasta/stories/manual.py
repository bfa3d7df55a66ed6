"""Merging and splitting stories by hand.

An editor's decision outranks the clusterer: every article touched is pinned to the story
the user chose, so later runs never move it and a rebuild puts it back there.
"""

from __future__ import annotations

from dataclasses import replace

from contrasta.model import Story, StoryMember
from contrasta.store import Store
from contrasta.stories import why
from contrasta.stories.online import story_id


def _by_hand(member: StoryMember, code: str, story: str) -> StoryMember:
    return replace(member, reason=why.reason(code, story=story, before=member.reason))


def _span(store: Store, story: Story) -> Story:
    dates = [a.when for a in store.get_articles(story.article_ids) if a.when]
    return replace(story, first=min(dates, default=None), last=max(dates, default=None))


def merge_stories(store: Store, target: Story, others: list[Story]) -> Story:
    members = list(target.members)
    for other in others:
        if other.id == target.id:
            continue
        members += [_by_hand(m, why.MERGED, other.id) for m in other.members]
    merged = _span(store, replace(target, members=members))
    store.save_stories([merged], store.grouping_method())
    store.pin(merged.article_ids, merged.id)
    return merged


def split_story(store: Store, story: Story, article_ids: list[str]) -> Story:
    moving = set(article_ids)
    ordered = [m for m in story.members if m.article_id in moving]
    new = Story(
        id=story_id(ordered[0].article_id + ":split"),
        headline=store.get_articles([ordered[0].article_id])[0].shown_title,
        members=[_by_hand(m, why.SPLIT, story.id) for m in ordered],
    )
    kept = replace(story, members=[m for m in story.members if m.article_id not in moving])
    stories = [_span(store, new)] + ([_span(store, kept)] if kept.members else [])
    store.save_stories(stories, store.grouping_method())
    store.pin(new.article_ids, new.id)
    store.pin(kept.article_ids, kept.id)
    return new
