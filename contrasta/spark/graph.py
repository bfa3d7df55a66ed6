"""The cluster-only steps of dedup and story candidates, as explicit DataFrame operations.

On one machine `DuplicateIndex` queries an in-memory LSH index article by article; a
cluster has no such index, so the same decision is spelt out: explode the band keys,
GROUP BY band (a bucket is exactly an LSH bucket of the single-machine index), pair the
members of each bucket and confirm each pair on the exact shingle sets
(`stages.confirm_buckets`), and join the confirmed pairs into copy groups by connected
components, each copy pointing to its group's earliest article. Story candidates are
pairs that share a salient name within the clustering window.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import from_arrow_schema

from contrasta.dedup.links import ARTICLE
from contrasta.spark import rows, stages
from contrasta.stories.fitted import WINDOW

MAX_KEY_ARTICLES = 200
"""A (week, name) key shared by more articles than this is too common to say two of them
are one story ("Madrid" in a busy week), and pairing them all would cost O(n²); such keys
are counted and left out. Rarer names the same articles share still pair them."""


def _id_of(key: Column) -> Column:
    """The article id at the end of an order key."""
    return F.substring_index(key, "|", -1)


def jaccard(x: Column, y: Column) -> Column:
    """Exact Jaccard of two arrays of distinct shingle hashes."""
    common = F.size(F.array_intersect(x, y))
    return common / (F.size(x) + F.size(y) - common)


def buckets(keys: DataFrame) -> DataFrame:
    """Every LSH bucket with more than one article: explode the band keys, GROUP BY band.

    `keys` needs `id`, `band_keys` and `shingles`; a bucket is exactly a bucket of the
    single-machine index, so its members are the candidates that index would compare.
    """
    member = F.struct("id", "shingles", "band_keys")
    return (
        keys.select(member.alias("member"), F.posexplode("band_keys").alias("band_index", "band"))
        .groupBy("band", "band_index")
        .agg(F.collect_list("member").alias("members"))
        .where(F.size("members") > 1)
    )


def with_similarity(pairs: DataFrame, shingles: DataFrame, a: str, b: str) -> DataFrame:
    """`pairs` plus the exact Jaccard of the shingle sets of its columns `a` and `b`."""
    left = shingles.select(F.col("id").alias(a), F.col("shingles").alias("_sa"))
    right = shingles.select(F.col("id").alias(b), F.col("shingles").alias("_sb"))
    return (
        pairs.join(left, a)
        .join(right, b)
        .withColumn("similarity", jaccard(F.col("_sa"), F.col("_sb")))
        .drop("_sa", "_sb")
    )


def confirmed_edges(keys: DataFrame) -> DataFrame:
    """Candidate pairs whose exact shingle Jaccard reaches the article threshold (a < b)."""
    return buckets(keys).mapInArrow(
        stages.chain(stages.confirm_buckets), from_arrow_schema(rows.EDGES)
    )


@dataclass
class Components:
    labels: DataFrame  # node, label: the smallest node of its component
    iterations: int


def connected_components(edges: DataFrame) -> Components:
    """Min-label propagation over undirected `src`-`dst` edges, until no label changes.

    Each round a node takes the smallest label among itself and its neighbours, so the
    rounds needed are the diameter of the largest component: two or three for copy groups,
    which are stars around a wire text. The edges are computed once, and lineage is cut
    each round so that the plan does not grow with the rounds.
    """
    links = (
        edges.select("src", "dst")
        .unionByName(edges.select(F.col("dst").alias("src"), F.col("src").alias("dst")))
        .localCheckpoint()
    )
    labels = links.select(F.col("src").alias("node")).distinct().withColumn("label", F.col("node"))
    iterations = 0
    while True:
        iterations += 1
        offered = links.join(labels, links.src == labels.node).select(
            F.col("dst").alias("node"), "label", F.lit(None).cast("string").alias("before")
        )
        own = labels.withColumn("before", F.col("label"))
        updated = (
            own.unionByName(offered)
            .groupBy("node")
            .agg(F.min("label").alias("label"), F.max("before").alias("before"))
            .localCheckpoint()
        )
        labels = updated.select("node", "label")
        if updated.where(F.col("label") != F.col("before")).isEmpty():
            return Components(labels, iterations)


def copy_links(keys: DataFrame, edges: DataFrame) -> tuple[DataFrame, int]:
    """Each copy's link to its group's earliest article, as `DuplicateIndex` derives it.

    `keys` needs `id`, `order_key` and `shingles`; returns the links (`rows.COPY_LINKS`)
    and the number of label-propagation rounds.
    """
    order = keys.select("id", "order_key")
    keyed = (
        edges.join(order.select(F.col("id").alias("a"), F.col("order_key").alias("src")), "a")
        .join(order.select(F.col("id").alias("b"), F.col("order_key").alias("dst")), "b")
        .select("src", "dst")
    )
    found = connected_components(keyed)
    pairs = found.labels.where(F.col("node") != F.col("label")).select(
        _id_of(F.col("node")).alias("copy_id"), _id_of(F.col("label")).alias("origin_id")
    )
    links = with_similarity(pairs, keys, "copy_id", "origin_id").select(
        "copy_id",
        "origin_id",
        F.lit(ARTICLE).alias("kind"),
        F.round("similarity", 4).alias("similarity"),
    )
    return links, found.iterations


@dataclass
class StoryCandidates:
    pairs: DataFrame  # a, b, names, name_weight, copy
    common_keys: DataFrame  # bucket, name, articles: keys left out as too common


def story_candidates(keys: DataFrame, links: DataFrame) -> StoryCandidates:
    """Article pairs that may be one story: a shared salient name within the window, or a copy.

    `keys` needs `id`, `when_s` and `story_keys`. `name_weight` adds up the rarity of the
    shared names, the signal the online clusterer weighs them by.
    """
    exploded = keys.select("id", "when_s", F.explode("story_keys").alias("k")).select(
        "id", "when_s", "k.bucket", "k.name", "k.weight"
    )
    sizes = exploded.groupBy("bucket", "name").agg(F.count("*").alias("articles"))
    usable = sizes.where(F.col("articles").between(2, MAX_KEY_ARTICLES)).select("bucket", "name")
    kept = exploded.join(usable, ["bucket", "name"])
    x, y = kept.alias("x"), kept.alias("y")
    shared = (
        x.join(y, ["bucket", "name"])
        .where(
            (F.col("x.id") < F.col("y.id"))
            & (F.abs(F.col("x.when_s") - F.col("y.when_s")) <= int(WINDOW.total_seconds()))
        )
        .select(F.col("x.id").alias("a"), F.col("y.id").alias("b"), "name", F.col("x.weight"))
        .distinct()
        .groupBy("a", "b")
        .agg(
            F.array_sort(F.collect_list("name")).alias("names"),
            F.round(F.sum("weight"), 3).alias("name_weight"),
        )
    )
    copies = links.select(
        F.least("copy_id", "origin_id").alias("a"),
        F.greatest("copy_id", "origin_id").alias("b"),
        F.lit(True).alias("copy"),
    )
    pairs = shared.join(copies, ["a", "b"], "full").select(
        "a",
        "b",
        F.coalesce("names", F.array().cast("array<string>")).alias("names"),
        F.coalesce("name_weight", F.lit(0.0)).alias("name_weight"),
        F.coalesce("copy", F.lit(False)).alias("copy"),
    )
    common = sizes.where(F.col("articles") > MAX_KEY_ARTICLES)
    return StoryCandidates(pairs, common)
