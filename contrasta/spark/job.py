"""The Spark job: files and tables in, Parquet out (articles, copy links, story candidates,
problems), for `contrasta load-parquet` or any other reader.

    contrasta spark INPUT... --out DIR [--master local[2]]
    spark-submit --master URL "$(python -c 'import contrasta.spark.job as j; print(j.__file__)')" \\
        INPUT... --out DIR

An INPUT ending in `.parquet` (a file or a folder Spark wrote) is a table of records;
anything else is a file or a folder read recursively, as `contrasta analyze` reads it.
The Python stages run once, into `DIR/_keyed`; every later step reads back only the
columns it needs from there, and the folder is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import from_arrow_schema
from pyspark.sql.pandas.utils import require_minimum_pandas_version, require_minimum_pyarrow_version

from contrasta.errors import CHECK_PATH, ContrastaError
from contrasta.i18n import ENV_VAR, _, language
from contrasta.ingest import NO_SUCH_PATH
from contrasta.limits import DEFAULT_MAX_BYTES, MB
from contrasta.spark import PYSPARK_HINT, graph, rows, stages

OUTPUTS = ("articles", "copy_links", "story_candidates", "problems")
_ARTICLE_COLUMNS = [name for name, _ in rows.ARTICLE_FIELDS]


@dataclass
class JobResult:
    out: str
    files: int = 0
    found: int = 0  # articles before identical texts are merged
    articles: int = 0
    duplicates: int = 0
    problems: int = 0
    skipped: int = 0
    warnings: int = 0  # articles read and kept with something dropped or guessed
    copy_links: int = 0
    copy_groups: int = 0
    component_rounds: int = 0
    story_candidates: int = 0
    common_keys: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems


def start_session(master: str | None = None) -> SparkSession:
    """A session; on a local master everything stays on loopback and the UI is off.

    Python workers run the driver's interpreter unless PYSPARK_PYTHON says otherwise, so
    they see the same installed contrasta.
    """
    try:
        require_minimum_pandas_version()
        require_minimum_pyarrow_version()
    except ImportError as exc:
        raise ContrastaError(
            _("Spark's Arrow support is missing ({reason})").format(reason=exc), _(PYSPARK_HINT)
        ) from exc
    local = master is None or master.startswith("local")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.appName("contrasta")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1000")
        # Python workers take the language from their environment: problems speak the user's.
        .config(f"spark.executorEnv.{ENV_VAR}", language())
    )
    if master:
        builder = builder.master(master)
    if local:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (
            builder.config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "8")
        )
    try:
        spark = builder.getOrCreate()
    except Exception as exc:
        raise ContrastaError(
            _("cannot start Spark ({reason})").format(reason=str(exc).splitlines()[0]),
            _(
                "Spark needs Java 17: install it (apt-get install openjdk-17-jre-headless)"
                " or point JAVA_HOME at it"
            ),
        ) from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _is_local(path: str) -> bool:
    return urlsplit(path).scheme in ("", "file")


@dataclass
class _Inputs:
    docs: DataFrame  # rows.DOCS
    unread: DataFrame  # rows.PROBLEMS
    files: DataFrame | None  # path of every file read


def _glob(suffixes: list[str]) -> str:
    return f"*.{{{','.join(suffixes)}}}"


def _read_files(spark: SparkSession, paths: list[str], max_bytes: int) -> _Inputs:
    """Raw documents of the files under `paths`, and the files left unread.

    The listing selects no content, and the glob filter keeps unknown files out of the
    content read, so unknown and oversized files are never read; web archives are
    listed only, and their stage streams them from their path.
    """
    reader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
    listing = reader.load(paths).select("path", "length")
    unread = listing.mapInArrow(
        stages.chain(partial(stages.unread_files, max_bytes=max_bytes)),
        from_arrow_schema(rows.PROBLEMS),
    )
    content = (
        reader.option("pathGlobFilter", _glob(stages.CONTENT_SUFFIXES))
        .load(paths)
        .where(F.col("length") <= max_bytes)
        .select("path", "content")
    )
    archives = reader.option("pathGlobFilter", _glob(stages.ARCHIVE_SUFFIXES)).load(paths)
    docs_schema = from_arrow_schema(rows.DOCS)
    docs = content.mapInArrow(
        stages.chain(partial(stages.extract_files, max_bytes=max_bytes)), docs_schema
    ).unionByName(
        archives.select("path").mapInArrow(
            stages.chain(partial(stages.extract_archives, max_bytes=max_bytes)), docs_schema
        )
    )
    files = content.select("path").unionByName(archives.select("path"))
    return _Inputs(docs, unread, files)


def _read_tables(spark: SparkSession, paths: list[str]) -> DataFrame:
    """Raw documents of Parquet record tables; a record is named `FILE:URL` (or row id)."""
    table = spark.read.parquet(*paths)
    label = F.col("url").cast("string") if "url" in table.columns else F.lit(None)
    where = F.concat_ws(
        ":",
        F.input_file_name(),
        F.coalesce(label, F.concat(F.lit("#"), F.monotonically_increasing_id())),
    )
    return table.withColumn("_where", where).mapInArrow(
        stages.chain(stages.extract_records), from_arrow_schema(rows.DOCS)
    )


def _read(spark: SparkSession, inputs: list[str], max_bytes: int) -> _Inputs:
    missing = [p for p in inputs if _is_local(p) and not Path(urlsplit(p).path).exists()]
    present = [p for p in inputs if p not in missing]
    if not present:
        raise ContrastaError(_("none of the inputs exists"), _("check the paths"))
    tables = [p for p in present if p.rstrip("/").endswith(".parquet")]
    files = [p for p in present if p not in tables]
    gone = spark.createDataFrame(
        [(p, _(NO_SUCH_PATH), _(CHECK_PATH), False, False) for p in missing],
        from_arrow_schema(rows.PROBLEMS),
    )
    if files:
        found = _read_files(spark, files, max_bytes)
        found.unread = gone.unionByName(found.unread)
    else:
        found = _Inputs(spark.createDataFrame([], from_arrow_schema(rows.DOCS)), gone, None)
    if tables:
        found.docs = found.docs.unionByName(_read_tables(spark, tables))
    return found


def _remove(spark: SparkSession, path: str) -> None:
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    hadoop_path.getFileSystem(conf).delete(hadoop_path, True)


def run_job(
    spark: SparkSession,
    inputs: list[str],
    out: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    partitions: int | None = None,
    now: datetime | None = None,
) -> JobResult:
    """Run the whole job; bad input ends up in `out/problems`, never as an exception."""
    started = time.perf_counter()
    now = now or datetime.now().replace(microsecond=0)
    if _is_local(out):
        out = str(Path(urlsplit(out).path).resolve())
    found = _read(spark, inputs, max_bytes)
    staging = f"{out}/_keyed"
    partitions = partitions or spark.sparkContext.defaultParallelism * 4
    found.docs.repartition(partitions).mapInArrow(
        stages.keyed_articles(now), from_arrow_schema(rows.KEYED)
    ).write.mode("overwrite").parquet(staging)
    keyed = spark.read.parquet(staging)
    good = keyed.where(F.col("reason").isNull())
    _write_articles(good, out)
    _write_problems(found, keyed, out)
    keys = _chosen_keys(spark, good, out).persist(StorageLevel.MEMORY_AND_DISK)
    rounds, common_keys = _write_links(spark, keys, out)
    result = _summary(spark, out, found, good, rounds, common_keys)
    result.duplicates = result.found - result.articles
    keys.unpersist()
    _remove(spark, staging)
    result.seconds = round(time.perf_counter() - started, 1)
    return result


def _write_articles(good: DataFrame, out: str) -> None:
    """The same content from several inputs is stored once, as the store's unique hash
    does; the first source in path order names it."""
    first = Window.partitionBy("id").orderBy("source")
    unique = good.withColumn("_n", F.row_number().over(first)).where("_n = 1").drop("_n")
    unique.select(*_ARTICLE_COLUMNS).write.mode("overwrite").parquet(f"{out}/articles")


def _write_problems(found: _Inputs, keyed: DataFrame, out: str) -> None:
    """Inputs that could not be read, and articles that could not be keyed, with why."""
    problems = found.unread.unionByName(
        keyed.where(F.col("reason").isNotNull()).select(
            "source",
            "reason",
            "hint",
            F.lit(False).alias("skipped"),
            F.coalesce(F.col("warning"), F.lit(False)).alias("warning"),
        )
    )
    problems.write.mode("overwrite").parquet(f"{out}/problems")


def _chosen_keys(spark: SparkSession, good: DataFrame, out: str) -> DataFrame:
    """The keys of the articles stored, one row an article."""
    chosen = spark.read.parquet(f"{out}/articles").select("id", "source")
    return (
        good.join(chosen, ["id", "source"], "left_semi")
        .dropDuplicates(["id"])
        .select(*(name for name, _ in rows.DEDUP_FIELDS + rows.STORY_FIELDS), "id")
    )


def _write_links(spark: SparkSession, keys: DataFrame, out: str) -> tuple[int, DataFrame]:
    """Copy links, then the story candidates they leave; the connected components' rounds
    and the shared keys counted in the summary."""
    edges = graph.confirmed_edges(keys)
    links, rounds = graph.copy_links(keys, edges)
    links.write.mode("overwrite").parquet(f"{out}/copy_links")
    links = spark.read.parquet(f"{out}/copy_links")
    candidates = graph.story_candidates(keys, links)
    candidates.pairs.write.mode("overwrite").parquet(f"{out}/story_candidates")
    return rounds, candidates.common_keys


def _summary(
    spark: SparkSession,
    out: str,
    found: _Inputs,
    good: DataFrame,
    rounds: int,
    common_keys: DataFrame,
) -> JobResult:
    """The counts, read back from what was written."""
    written = {name: spark.read.parquet(f"{out}/{name}") for name in OUTPUTS}
    skipped, warning = F.col("skipped"), F.coalesce(F.col("warning"), F.lit(False))
    return JobResult(
        out=out,
        files=found.files.count() if found.files is not None else 0,
        found=good.count(),
        articles=written["articles"].count(),
        problems=written["problems"].where(~skipped & ~warning).count(),
        skipped=written["problems"].where(skipped).count(),
        warnings=written["problems"].where(warning).count(),
        copy_links=written["copy_links"].count(),
        copy_groups=written["copy_links"].select("origin_id").distinct().count(),
        component_rounds=rounds,
        story_candidates=written["story_candidates"].count(),
        common_keys=common_keys.count(),
    )


def main(argv: list[str] | None = None) -> int:
    """`spark-submit` / `python -m` entry point; prints the summary as JSON."""
    parser = argparse.ArgumentParser(prog="contrasta.spark.job", description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--out", required=True, help="folder (or URI) for the Parquet outputs")
    parser.add_argument("--master", help="Spark master; spark-submit's when not given")
    parser.add_argument("--partitions", type=int, help="partitions for the Python stages")
    parser.add_argument("--max-size", type=int, default=20, help="largest file to read, in MB")
    args = parser.parse_args(argv)
    try:
        spark = start_session(args.master)
        try:
            result = run_job(
                spark,
                args.inputs,
                args.out,
                max_bytes=args.max_size * MB,
                partitions=args.partitions,
            )
        finally:
            spark.stop()
    except ContrastaError as exc:
        print(f"error: {exc}\nhint: {exc.hint}", file=sys.stderr)
        return 2
    print(json.dumps(asdict(result), indent=2))
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
