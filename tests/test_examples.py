"""The pipeline against the truth written down for the example corpus."""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path

import pytest

from conftest import EXAMPLES, written_stories
from contrasta.store import open_store


def norm(text: str) -> str:
    return " ".join(text.split())


def source_key(source: str) -> str:
    path, _, line = source.partition(".jsonl:")
    if line:
        path += ".jsonl"
    relative = str(Path(path).relative_to(EXAMPLES))
    return f"{relative}:{line}" if line else relative


@pytest.fixture(scope="module")
def stored(analysed):
    store = open_store(analysed.db)
    articles = {source_key(a.source): a for a in store.iter_articles()}
    stories = store.list_stories()
    store.close()
    return articles, stories


def test_every_truth_article_is_stored(stored, truth):
    articles, _ = stored
    assert sorted(articles) == sorted(truth["articles"])


def test_planted_noise_is_removed_with_the_right_rule(stored, truth):
    articles, _ = stored
    failures = []
    for key, expected in truth["articles"].items():
        article = articles[key]
        removed = {(r.rule, norm(r.text)) for r in article.removed}
        body = norm(article.text)
        for line in expected["removed"]:
            text = norm(line["text"])
            if text in body and line["rule"] not in ("repeated-paragraph", "repeated-title"):
                failures.append(f"{key}: still in text: {line}")
            extracted_away = article.fmt == "html" and (line["rule"], text) not in removed
            if (line["rule"], text) not in removed and not (extracted_away and text not in body):
                failures.append(f"{key}: not removed as {line['rule']}: {text!r}")
    assert not failures, "\n".join(failures)


def test_article_content_survives_cleaning(stored, truth):
    articles, _ = stored
    missing = [
        f"{key}: {fragment!r}"
        for key, expected in truth["articles"].items()
        for fragment in expected["must_keep"]
        if norm(fragment) not in norm(articles[key].text)
    ]
    assert not missing, "\n".join(missing)


def test_metadata_matches_truth(stored, truth):
    articles, _ = stored
    wrong = []
    for key, expected in truth["articles"].items():
        a = articles[key]
        if a.outlet != expected["outlet"]:
            wrong.append(f"{key}: outlet {a.outlet!r} != {expected['outlet']!r}")
        if a.lang != expected["lang"]:
            wrong.append(f"{key}: lang {a.lang!r} != {expected['lang']!r}")
        if norm(a.title) != norm(expected["title"]):
            wrong.append(f"{key}: title {a.title!r} != {expected['title']!r}")
        if expected["published"] is None:
            if a.published is not None or a.published_from != "unknown":
                wrong.append(f"{key}: should be flagged undated, got {a.published}")
        else:
            want = datetime.fromisoformat(expected["published"])
            got = (
                a.published
                if "T" in expected["published"]
                else a.published.replace(hour=0, minute=0, second=0)
                if a.published
                else None
            )
            if got != want:
                wrong.append(f"{key}: published {a.published} != {want}")
            if a.published_from != expected["published_from"]:
                wrong.append(
                    f"{key}: published_from {a.published_from} != {expected['published_from']}"
                )
        meter = a.meter.shares if a.meter else None
        if meter != (
            {k: float(v) for k, v in expected["meter"].items()} if expected["meter"] else None
        ):
            wrong.append(f"{key}: meter {meter} != {expected['meter']}")
        ref = expected["reference"]
        if ref:
            got = a.references[0] if a.references else None
            if (
                not got
                or got.outlet != ref["outlet"]
                or got.url != ref["url"]
                or (got.published and got.published.date().isoformat()) != ref["published"]
            ):
                wrong.append(f"{key}: reference {got} != {ref}")
    assert not wrong, "\n".join(wrong)


def pairs(groups):
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}


def test_stories_match_truth(stored, truth):
    articles, stories = stored
    by_id = {a.id: key for key, a in articles.items()}
    found = [{by_id[i] for i in s.article_ids} for s in stories]
    expected = [set(s["articles"]) for s in truth["stories"].values()]
    found_pairs, expected_pairs = pairs(found), pairs(expected)
    precision = len(found_pairs & expected_pairs) / max(1, len(found_pairs))
    recall = len(found_pairs & expected_pairs) / max(1, len(expected_pairs))
    assert (precision, recall) == (1.0, 1.0), found


def test_syndicated_copy_is_linked_to_its_origin(analysed, truth):
    stories = written_stories(analysed.out)
    store = open_store(analysed.db)
    key_of = {a.id: source_key(a.source) for a in store.iter_articles()}
    store.close()
    links = {
        (key_of[link["copy_id"]], key_of[link["origin_id"]])
        for story in stories
        for link in story["provenance"]["links"]
        if link["kind"] == "article"
    }
    expected = {
        (key, article["syndicated_from"])
        for key, article in truth["articles"].items()
        if article.get("syndicated_from")
    }
    assert expected
    assert expected <= links
    strike = next(s for s in stories if len(s["provenance"]["links"]))
    assert strike["provenance"]["independent_origins"] < strike["provenance"]["articles"]
