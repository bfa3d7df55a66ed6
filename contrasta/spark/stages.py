"""The pipeline's stages as functions from one Arrow record batch to another.

Each stage calls the single-machine code (the readers, `prepare`, the shingles and rensa
settings of `dedup.minhash`, `salient_names`), so a process pool, Spark's `mapInArrow`
and `contrasta analyze` produce the same articles, ids and signatures. Rows are handled
one at a time inside a batch because a bad record must become a problem row, never an
exception that fails the task: Spark would retry it and then kill the whole job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import partial
from itertools import chain as flatten
from operator import eq
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import numpy as np
import pyarrow as pa
from rensa import RMinHash

from contrasta import ingest
from contrasta.dedup.links import moment
from contrasta.dedup.minhash import ARTICLE_THRESHOLD, BANDS, MIN_WORDS, NUM_PERM, SEED
from contrasta.dedup.shingles import hash_shingles, paragraph_shingles
from contrasta.errors import InputError, InputWarning
from contrasta.i18n import _
from contrasta.ingest import KNOWN_SUFFIXES, file_suffix
from contrasta.ingest.decode import check_text_bytes
from contrasta.ingest.files import too_large
from contrasta.ingest.html import read_html
from contrasta.ingest.jsonl import _document as jsonl_record
from contrasta.ingest.warc import WARC_SUFFIXES, read_warc
from contrasta.limits import DEFAULT_MAX_BYTES
from contrasta.model import RawDocument
from contrasta.prepare import prepare, settle
from contrasta.reading.rarity import rarity
from contrasta.spark import rows
from contrasta.stories.fitted import WINDOW
from contrasta.stories.online import salient_names

Stage = Callable[[pa.RecordBatch], pa.RecordBatch]
ROWS_PER_BAND = NUM_PERM // BANDS
EPOCH = datetime(1970, 1, 1)
BUCKET_DAYS = WINDOW.days
"""Story keys are (week bucket, name): two articles within the clustering window of each
other always share the key of the later one's bucket (see `add_story_keys`)."""


def source_of(path: str) -> str:
    """A local path as the single-machine reader names it; other URIs stay as they are."""
    parts = urlsplit(path)
    return unquote(parts.path) if parts.scheme == "file" else path


def _spellings(suffixes: Iterable[str]) -> list[str]:
    return sorted({s[1:] for s in suffixes} | {s[1:].upper() for s in suffixes})


CONTENT_SUFFIXES = _spellings(KNOWN_SUFFIXES - set(WARC_SUFFIXES))
ARCHIVE_SUFFIXES = _spellings(WARC_SUFFIXES)
"""Suffixes read in lower or upper case: on a cluster Hadoop's glob filter keeps other
files from being read at all, and it is case-sensitive. Web archives are streamed from
their path instead of read whole."""


def written_suffix(source: str) -> str:
    """The suffix that picks the reader (`.warc.gz` is one), as written, without the dot."""
    path = PurePosixPath(source)
    size = len(file_suffix(path))
    return path.name[-size:][1:] if size else ""


def _too_large(source: str, size: int, max_bytes: int) -> dict:
    problem = too_large(size, max_bytes)
    return rows.problem_row(source, str(problem), problem.hint)


def unread_files(batch: pa.RecordBatch, max_bytes: int = DEFAULT_MAX_BYTES) -> pa.RecordBatch:
    """A file listing (`path`, `length`) to the files that will not be read (`rows.PROBLEMS`).

    Unknown types are skipped, as `contrasta analyze` skips them; oversized files are
    problems (a web archive's limit is per record, so its size does not count).
    """
    out = []
    for row in batch.select(["path", "length"]).to_pylist():
        source = source_of(row["path"])
        suffix = written_suffix(source)
        if suffix not in CONTENT_SUFFIXES and suffix not in ARCHIVE_SUFFIXES:
            out.append({**rows.problem_row(source, _("unknown file type")), "skipped": True})
        elif suffix in CONTENT_SUFFIXES and row["length"] > max_bytes:
            out.append({**_too_large(source, row["length"], max_bytes), "skipped": False})
    return pa.RecordBatch.from_pylist(out, schema=rows.PROBLEMS)


def read_bytes(source: str, data: bytes) -> Iterator[RawDocument | InputError]:
    """One file's documents, chosen by suffix as `ingest.read_file` chooses for a path."""
    try:
        yield from ingest.read_bytes(source, data, PurePosixPath(source).suffix.lower())
    except InputError as exc:
        yield InputError(str(exc), exc.hint, source=exc.source or source)


def _internal(source: str, exc: Exception) -> dict:
    return rows.problem_row(
        source,
        _("internal error: {reason}").format(reason=repr(exc)),
        _("please report this input"),
    )


def _docs(items: Iterable[RawDocument | InputError], source: str) -> Iterator[dict]:
    try:
        for item in items:
            if isinstance(item, InputError):
                warning = isinstance(item, InputWarning)
                yield rows.problem_row(item.source or source, str(item), item.hint, warning)
            else:
                yield rows.doc_row(item)
    except Exception as exc:  # a reader's bug must cost this input, not the task
        yield _internal(source, exc)


def extract_files(batch: pa.RecordBatch, max_bytes: int = DEFAULT_MAX_BYTES) -> pa.RecordBatch:
    """Files (`path`, `content`) to raw documents (`rows.DOCS`), JSON Lines to one per line."""
    out: list[dict] = []
    for row in batch.to_pylist():
        source, data = source_of(row["path"]), row["content"]
        if len(data) > max_bytes:
            out.append(_too_large(source, len(data), max_bytes))
            continue
        out.extend(_docs(read_bytes(source, data), source))
    return pa.RecordBatch.from_pylist(out, schema=rows.DOCS)


def extract_archives(batch: pa.RecordBatch, max_bytes: int = DEFAULT_MAX_BYTES) -> pa.RecordBatch:
    """Web archives (`path`) to raw documents, one per HTML response record.

    `read_warc` streams the file record by record, which a 1 GB crawl segment needs, so
    the file must be at a path every worker can open (local or a shared mount).
    """
    out: list[dict] = []
    for path in batch.column("path").to_pylist():
        if urlsplit(path).scheme not in ("", "file"):
            out.append(
                rows.problem_row(
                    path,
                    _("web archives are read from a file path, not from this storage"),
                    _("put WARC files on a file system every executor mounts"),
                )
            )
            continue
        source = source_of(path)
        out.extend(_docs(read_warc(Path(source), max_bytes), source))
    return pa.RecordBatch.from_pylist(out, schema=rows.DOCS)


def _record_document(where: str, record: dict) -> RawDocument:
    """A table row read as a JSON Lines record, or as an HTML page when it has `html`.

    Metadata the row states (a crawler knows the URL it fetched) wins over the page's.
    """
    record = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in record.items()}
    html = record.get("html")
    if not html:
        return jsonl_record(where, record)
    data = html.encode("utf-8") if isinstance(html, str) else html
    check_text_bytes(data)
    raw = read_html(where, data)
    stated = jsonl_record(where, {**record, "text": raw.text})
    for name in ("title", "outlet", "url", "author", "published", "lang"):
        value = getattr(stated, name)
        if value is not None:
            setattr(raw, name, value)
    return raw


def extract_records(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Table rows (Parquet) to raw documents; `_where` names the row in problems.

    Columns are those of a JSON Lines record (`text`, `title`, `url`, `outlet`,
    `published`, `lang`...) or `html` for a stored page.
    """
    out: list[dict] = []
    for row in batch.to_pylist():
        where = row.pop("_where", None) or row.get("url") or "record"
        try:
            out.append(rows.doc_row(_record_document(where, row)))
        except InputError as exc:
            out.append(rows.problem_row(where, str(exc), exc.hint))
        except Exception as exc:
            out.append(_internal(where, exc))
    return pa.RecordBatch.from_pylist(out, schema=rows.DOCS)


def prepare_docs(batch: pa.RecordBatch, now: datetime | None = None) -> pa.RecordBatch:
    """Raw documents to cleaned articles (`rows.ARTICLES`) with `prepare`; what `prepare`
    warns of (a stated date dropped) follows its article as a warning row.

    `now` is fixed by the caller so that every partition dates undated articles alike.
    """
    now = now or datetime.now().replace(microsecond=0)
    out: list[dict] = []
    for row in batch.to_pylist():
        if row["reason"] is not None:
            out.append(
                rows.problem_row(row["source"], row["reason"], row["hint"], bool(row["warning"]))
            )
            continue
        raw = rows.doc_from_row(row)
        warnings: list[InputWarning] = []
        try:
            prepared = prepare(raw, raw.fetched_at or now, warnings=warnings)
            out.append(rows.article_row(settle(prepared, raw)))
            out.extend(rows.problem_row(w.source, str(w), w.hint, True) for w in warnings)
        except InputError as exc:
            out.append(rows.problem_row(row["source"], str(exc), exc.hint))
        except Exception as exc:
            out.append(_internal(row["source"], exc))
    return pa.RecordBatch.from_pylist(out, schema=rows.ARTICLES)


def order_key(article_id: str, published: datetime | None) -> str:
    """Strings that sort like `links.timeline_key`: earliest first, undated last, then id.

    The single-machine index breaks ties by indexing order, which a cluster does not
    have; the id stands in for it.
    """
    when = moment(published)
    return f"1|{article_id}" if when is None else f"0{when:%Y-%m-%dT%H:%M:%S.%f}|{article_id}"


_MIX = (np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a bijection on 64 bits that scatters every input bit."""
    x = (x ^ (x >> np.uint64(30))) * _MIX[0]
    x = (x ^ (x >> np.uint64(27))) * _MIX[1]
    return x ^ (x >> np.uint64(31))


def band_keys(digests: list[list[int]]) -> np.ndarray:
    """One 64-bit key per LSH band and article, from the band's index and its rows.

    rensa's `RMinHashLSH` buckets consecutive slices of the digest by a 64-bit hash of
    them, so two articles share a key here when the single-machine index makes them
    candidates (both sides agree up to 64-bit hash collisions, about one in 10^19).
    """
    rows = np.asarray(digests, dtype=np.uint64).reshape(len(digests), BANDS, ROWS_PER_BAND)
    band = np.arange(BANDS, dtype=np.uint64) << np.uint64(32)
    key = _mix(band | rows[:, :, 0])  # rows are 32-bit: band and first row side by side
    for row in range(1, ROWS_PER_BAND):
        key = _mix(key ^ rows[:, :, row])
    return key.view(np.int64)


def _append(
    batch: pa.RecordBatch, fields: list[tuple[str, pa.DataType]], columns: list
) -> pa.RecordBatch:
    arrays = [
        *batch.columns,
        *(pa.array(c, type=t) for (_, t), c in zip(fields, columns, strict=True)),
    ]
    return pa.RecordBatch.from_arrays(arrays, schema=pa.schema([*batch.schema, *fields]))


def add_dedup_keys(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Append the order key, word count, exact shingle set and LSH band keys.

    The shingle set is the low 32 bits of rensa's token hashes, as `DuplicateIndex`
    keeps it for exact confirmation; articles under `MIN_WORDS` words get no band keys,
    as the single-machine index does not index them.
    """
    texts, ids, published = (batch.column(n).to_pylist() for n in ("text", "id", "published"))
    flat: list[list[str]] = []
    words: list[int | None] = []
    for text in texts:
        if text is None:
            flat.append([])
            words.append(None)
            continue
        shingled, counts = paragraph_shingles(text)
        flat.append(list(flatten.from_iterable(shingled)))
        words.append(sum(counts))
    hashed = hash_shingles(flat)
    indexed = [i for i, n in enumerate(words) if n is not None and n >= MIN_WORDS]
    digests = (
        RMinHash.digest_matrix_from_token_hash_sets(
            [hashed[i] for i in indexed], NUM_PERM, SEED
        ).to_rows()
        if indexed
        else []
    )
    keys: list[np.ndarray | list | None] = [None if n is None else [] for n in words]
    for i, row in zip(indexed, band_keys(digests) if indexed else [], strict=True):
        keys[i] = row
    shingles = [
        None
        if n is None
        else np.unique(np.array(h, dtype=np.uint64) & 0xFFFFFFFF).astype(np.uint32).view(np.int32)
        for h, n in zip(hashed, words, strict=True)
    ]
    orders = [None if i is None else order_key(i, p) for i, p in zip(ids, published, strict=True)]
    return _append(batch, rows.DEDUP_FIELDS, [orders, words, shingles, keys])


def story_keys(title: str, text: str, when: datetime, lang: str | None) -> list[dict]:
    """(week bucket, salient name, rarity) for the article's bucket and the next one.

    Two articles at most `WINDOW` apart sit in the same or adjacent buckets, so they
    share the key of the later one's bucket; pairs up to two buckets apart also meet,
    and the caller drops those further apart than the window.
    """
    bucket = (when - EPOCH).days // BUCKET_DAYS
    found = salient_names(f"{title}. {text}")
    return [
        {"bucket": b, "name": name, "weight": rarity(name, lang)}
        for name in sorted(found)
        for b in (bucket, bucket + 1)
    ]


def add_story_keys(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Append the article's time (`Article.when`, in epoch seconds) and its story keys."""
    seconds: list[int | None] = []
    keys: list[list[dict] | None] = []
    for row in batch.select(["title", "text", "published", "ingested_at", "lang"]).to_pylist():
        when = moment(row["published"] or row["ingested_at"])
        if row["text"] is None or when is None:
            seconds.append(None)
            keys.append(None)
            continue
        seconds.append(int((when - EPOCH).total_seconds()))
        keys.append(story_keys(row["title"], row["text"], when, row["lang"]))
    return _append(batch, rows.STORY_FIELDS, [seconds, keys])


def confirm_buckets(batch: pa.RecordBatch) -> pa.RecordBatch:
    """LSH buckets (`band`, `band_index`, `members`: id, shingles, band_keys) to the
    confirmed copy pairs among their members (`rows.EDGES`).

    A pair that shares several bands sits in several buckets; it is compared only in the
    bucket of the first band it shares, so each candidate is confirmed once, on the exact
    shingle sets as `DuplicateIndex` confirms it, and no pair list with the shingles of
    both sides (which grows with the square of a bucket) ever crosses the network.
    """
    members = batch.column("members")
    ids, shingles, keys = members.flatten().flatten()
    ids = ids.to_pylist()
    bucket_at = _offsets(members)
    hashes, hash_at = shingles.flatten().to_numpy(), _offsets(shingles)
    band_keys, key_at = keys.flatten().to_numpy(), _offsets(keys)
    out: list[dict] = []
    for bucket, band in enumerate(batch.column("band_index").to_pylist()):
        inside = sorted(range(bucket_at[bucket], bucket_at[bucket + 1]), key=ids.__getitem__)
        earlier = [band_keys[key_at[m] : key_at[m] + band].tolist() for m in inside]
        sets = [set(hashes[hash_at[m] : hash_at[m + 1]].tolist()) for m in inside]
        for i, mine in enumerate(inside):
            for j in range(i + 1, len(inside)):
                if any(map(eq, earlier[i], earlier[j])):
                    continue
                a, b = sets[i], sets[j]
                common = len(a & b)
                similarity = common / (len(a) + len(b) - common)
                if similarity >= ARTICLE_THRESHOLD:
                    out.append({"a": ids[mine], "b": ids[inside[j]], "similarity": similarity})
    return pa.RecordBatch.from_pylist(out, schema=rows.EDGES)


def _offsets(lists: pa.ListArray) -> np.ndarray:
    """Where each list starts in `lists.flatten()` (and where the last one ends)."""
    offsets = lists.offsets.to_numpy()
    return offsets - offsets[0]


def keyed_articles(now: datetime) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """Raw documents to articles with every key (`rows.KEYED`), one pass per batch."""
    return chain(partial(prepare_docs, now=now), add_dedup_keys, add_story_keys)


def chain(*stages: Stage) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """Stages run one after another on each batch, in the shape `mapInArrow` calls."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            for stage in stages:
                batch = stage(batch)
            yield batch

    return run
