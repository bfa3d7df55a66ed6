"""The Spark path: the stage functions on their own and under a process pool, then one
real `contrasta spark` run in local[2] on loopback, checked against the single-machine
pipeline on the same input, and its output loaded into a store.

The stage tests need only pyarrow (the `spark` extra); the job tests also need PySpark 4
and Java 17, and are skipped with the reason when either is missing.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path

import pytest

from conftest import EXAMPLES, contrasta
from contrasta.dedup import find_copies
from contrasta.dedup.links import ARTICLE
from contrasta.dedup.minhash import BANDS, NUM_PERM, SEED
from contrasta.dedup.shingles import paragraph_shingles
from contrasta.ingest import discover
from contrasta.pipeline import ingest
from contrasta.store import open_store

pa = pytest.importorskip(
    "pyarrow", reason="the spark extra is not installed: pip install -e '.[spark]'"
)
pq = pytest.importorskip("pyarrow.parquet")

from contrasta.spark import rows, stages  # noqa: E402
from contrasta.spark.load import load_articles  # noqa: E402

NOW = datetime(2026, 3, 15, 12, 0)


def _java_major() -> int:
    java = shutil.which("java")
    if java is None:
        return 0
    shown = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    found = re.search(r'version "(?:1\.)?(\d+)', shown)
    return int(found.group(1)) if found else 0


def _spark_missing() -> str:
    if importlib.util.find_spec("pyspark") is None:
        return "PySpark is not installed: pip install -e '.[spark]'"
    if _java_major() < 17:
        return "Spark needs Java 17 and none was found (apt-get install openjdk-17-jre-headless)"
    return ""


needs_spark = pytest.mark.skipif(bool(_spark_missing()), reason=_spark_missing() or "ok")


def _files_batch(paths: list[Path]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pylist(
        [{"path": str(p), "content": p.read_bytes()} for p in paths], schema=rows.FILES
    )


def _example_files() -> list[Path]:
    found = discover([EXAMPLES]).files
    return [p for p in found if stages.written_suffix(str(p)) in stages.CONTENT_SUFFIXES]


def _articles(batch: pa.RecordBatch) -> dict:
    return {r["id"]: rows.article_from_row(r) for r in batch.to_pylist() if r["reason"] is None}


# --- the stages on their own ---------------------------------------------------------


def test_stages_give_the_articles_the_pipeline_stores(tmp_path):
    files = _example_files()
    keyed = next(stages.keyed_articles(NOW)([stages.extract_files(_files_batch(files))]))
    store = open_store(tmp_path / "single.db")
    ingest(store, files, now=NOW)
    stored = {a.id: a for a in store.iter_articles()}
    store.close()
    assert keyed.schema == rows.KEYED
    assert _articles(keyed) == stored
    assert len(stored) >= 20


def _variant(words: list[str], changed: float, seed: int) -> str:
    """The text with every n-th word replaced: lower Jaccard the more is changed."""
    step = max(1, round(1 / changed)) if changed else 0
    out = [
        f"cambio{seed}x{i}" if step and i % step == seed % step else w for i, w in enumerate(words)
    ]
    return " ".join(out)


def test_band_keys_are_exactly_the_buckets_of_rensas_lsh():
    """Two articles share a band key iff the single-machine index makes them candidates."""
    from rensa import RMinHash, RMinHashLSH

    base = (EXAMPLES / "text" / "heraldo-sismo.txt").read_text("utf-8").split()[:120]
    texts = [_variant(base, rate, seed) for seed in range(4) for rate in (0, 0.08, 0.15, 0.3, 0.5)]
    batch = pa.RecordBatch.from_pylist(
        [{"id": f"a{i}", "text": t, "published": None} for i, t in enumerate(texts)],
        schema=pa.schema([("id", pa.string()), ("text", pa.string()), ("published", rows.TIME)]),
    )
    keyed = stages.add_dedup_keys(batch).to_pylist()
    lsh = RMinHashLSH(0.5, NUM_PERM, BANDS)
    sketches = []
    for i, text in enumerate(texts):
        shingled, _ = paragraph_shingles(text)
        sketch = RMinHash.from_token_sets([[s for p in shingled for s in p]], NUM_PERM, SEED)[0]
        lsh.insert(i, sketch)
        sketches.append(sketch)
    by_lsh = {(i, j) for i, s in enumerate(sketches) for j in lsh.query(s) if i < j}
    by_keys = {
        (i, j)
        for i, j in combinations(range(len(texts)), 2)
        if set(keyed[i]["band_keys"]) & set(keyed[j]["band_keys"])
    }
    assert by_keys == by_lsh
    assert 0 < len(by_keys) < len(texts) * (len(texts) - 1) // 2


def test_bad_records_become_problem_rows(tmp_path):
    broken = tmp_path / "feed.jsonl"
    broken.write_text('{"title": "Sin cuerpo"}\n{roto\n', "utf-8")
    empty_page = tmp_path / "portada.html"
    empty_page.write_text("<html><body><nav>Inicio · Deportes</nav></body></html>", "utf-8")
    binary = tmp_path / "foto.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40)
    docs = stages.extract_files(_files_batch([broken, empty_page, binary]))
    records = pa.RecordBatch.from_pylist(
        [
            {"_where": "t.parquet:1", "title": "Sin texto", "text": None, "html": None},
            {"_where": "t.parquet:2", "title": None, "text": None, "html": "<p>menú</p>"},
        ]
    )
    noise = pa.RecordBatch.from_pylist(
        [
            {
                "source": "solo-ruido.txt",
                "fmt": "text",
                "text": "Foto: EFE",
                "paragraphs": ["Foto: EFE"],
            }
        ],
        schema=rows.DOCS,
    )
    found = [
        r
        for batch in (docs, stages.extract_records(records), stages.prepare_docs(noise, NOW))
        for r in batch.to_pylist()
    ]
    problems = {r["source"]: r["reason"] for r in found if r["reason"]}  # Spanish by default
    assert problems[f"{broken}:1"] == "falta el campo 'text'"
    assert problems[f"{broken}:2"].startswith("JSON no válido")
    assert problems[str(empty_page)] == "página HTML sin texto de artículo"
    assert str(binary) in problems
    assert "t.parquet:1" in problems and "t.parquet:2" in problems
    assert problems["solo-ruido.txt"] == "no queda texto de artículo tras la limpieza"
    assert all(r["hint"] for r in found if r["reason"])


FUTURE_TEXT = (
    "title: Robledal de Arriba cierra la piscina municipal\ndate: 3000-05-12\n\n"
    "El ayuntamiento de Robledal de Arriba cerró este lunes la piscina municipal por una fuga"
    " en el vaso principal, que los técnicos tardarán al menos tres semanas en reparar.\n"
    "La concejala de Deportes, Amparo Villanueva, pidió disculpas a los abonados."
)


def test_stages_say_what_ingest_warns_of(tmp_path):
    """A stated date dropped (a header line, a meta tag) and an encoding guessed are the
    warnings `ingest` gives, beside their kept article, not problems; a load takes them as
    warnings."""
    futuro = tmp_path / "futuro.txt"
    futuro.write_text(FUTURE_TEXT, "utf-8")
    page = tmp_path / "pagina.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in FUTURE_TEXT.split("\n")[2:])
    page.write_text(
        "<html lang='es'><head><title>La piscina, cerrada</title><meta"
        " property='article:published_time' content='1850-03-02T10:00:00Z'></head>"
        f"<body><article><h1>La piscina, cerrada</h1>{paragraphs}</article></body></html>",
        "utf-8",
    )
    keyed = next(stages.keyed_articles(NOW)([stages.extract_files(_files_batch([futuro, page]))]))
    found = keyed.to_pylist()
    articles = [r for r in found if r["reason"] is None]
    warned = {r["source"]: r for r in found if r["reason"] is not None}
    assert len(articles) == 2 and all(r["published"] is None for r in articles)
    assert set(warned) == {str(futuro), str(page)} and all(r["warning"] for r in warned.values())
    store = open_store(tmp_path / "single.db")
    single = ingest(store, [futuro, page], now=NOW)
    store.close()
    assert {(w.source, w.reason, w.hint) for w in single.warnings} == {
        (r["source"], r["reason"], r["hint"]) for r in warned.values()
    }
    assert warned[str(futuro)]["reason"].startswith("fecha de publicación 3000-05-12 descartada")
    out = tmp_path / "salida"
    (out / "articles").mkdir(parents=True)
    (out / "problems").mkdir()
    pq.write_table(
        pa.Table.from_pylist([r for r in found if r["reason"] is None], schema=keyed.schema).select(
            [n for n, _ in rows.ARTICLE_FIELDS]
        ),
        out / "articles" / "part-0.parquet",
    )
    pq.write_table(
        pa.Table.from_pylist(
            [{**r, "skipped": False} for r in warned.values()], schema=rows.PROBLEMS
        ),
        out / "problems" / "part-0.parquet",
    )
    loaded = load_articles(open_store(tmp_path / "cargado.db"), out)
    assert loaded.ok and loaded.added == 2
    assert {w.source for w in loaded.warnings} == set(warned)


def test_stages_run_unchanged_under_a_process_pool():
    files = _example_files()
    batches = [_files_batch(files[i::3]) for i in range(3)]
    run = stages.keyed_articles(NOW)
    with ProcessPoolExecutor(2) as pool:
        docs = list(pool.map(stages.extract_files, batches))
        pooled = list(pool.map(_keyed_one, docs))
    here = [next(run([stages.extract_files(b)])) for b in batches]
    assert [b.to_pylist() for b in pooled] == [b.to_pylist() for b in here]


def _keyed_one(batch: pa.RecordBatch) -> pa.RecordBatch:
    return next(stages.keyed_articles(NOW)([batch]))


def test_story_keys_meet_within_the_window_only():
    first = datetime(2026, 1, 1, 8)
    names = "El alcalde Julián Ortega y Julián Ortega de nuevo."
    near = {k["bucket"] for k in stages.story_keys("t", names, first, "es")}
    within = {k["bucket"] for k in stages.story_keys("t", names, first + timedelta(days=7), "es")}
    apart = {k["bucket"] for k in stages.story_keys("t", names, first + timedelta(days=15), "es")}
    assert near & within and not near & apart


# --- one real Spark run ----------------------------------------------------------------


def _write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in pages:
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": "2026-02-06T10:00:00Z"},
                )
            )


def _planted_copies(folder: Path) -> Path:
    """Two republications of the agency's earthquake wire, the second copied from the first."""
    line = (EXAMPLES / "feeds" / "agencia.jsonl").read_text("utf-8").splitlines()[2]
    wire = json.loads(line)
    first = dict(wire, outlet="Diario del Valle", published="2026-02-04T09:00:00")
    first["text"] = wire["text"].replace("sacudió", "estremeció", 1) + "\nSeguiremos informando."
    second = dict(first, outlet="El Eco Regional", published="2026-02-04T11:30:00")
    second["title"] = "Fuerte sismo en el Valle del Quimal"
    second["text"] = first["text"].replace("Seguiremos informando.", "Más información en breve.")
    path = folder / "copias.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (first, second)), "utf-8")
    return path


RECORD_TEXT = (
    "El ayuntamiento de Robledal de Arriba inauguró este sábado la nueva biblioteca municipal, "
    "un edificio de dos plantas levantado sobre el antiguo mercado de abastos que albergará "
    "más de 30.000 volúmenes y una sala de estudio abierta hasta la medianoche.\n"
    "La alcaldesa, Nieves Carrascal, explicó que la obra costó 2,4 millones de euros y que "
    "la biblioteca abrirá también los domingos durante la temporada de exámenes."
)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("spark-in")
    bad = work / "malos"
    bad.mkdir()
    (bad / "feed.jsonl").write_text('{"title": "Sin cuerpo"}\n{roto\n', "utf-8")
    (bad / "portada.html").write_text("<html><body><nav>Inicio</nav></body></html>", "utf-8")
    (bad / "logo.bin").write_bytes(b"\x00\x01")
    (bad / "futuro.txt").write_text(FUTURE_TEXT, "utf-8")  # kept, its date dropped and said
    warc = work / "captura.warc.gz"
    page = (EXAMPLES / "html" / "cronica-sismo.html").read_bytes()
    _write_warc(warc, [("http://cronica.example/sismo", page), ("http://x.example/", b"<p>x</p>")])
    table = work / "registros.parquet"
    pq.write_table(
        pa.Table.from_pylist(
            [
                {
                    "url": "https://robledal.example/biblioteca",
                    "title": "Nueva biblioteca en Robledal de Arriba",
                    "text": RECORD_TEXT,
                    "published": "2026-02-07T10:00:00",
                },
                {
                    "url": "https://robledal.example/vacia",
                    "title": "Vacía",
                    "text": None,
                    "published": None,
                },
            ]
        ),
        table,
    )
    files = [str(EXAMPLES), str(bad), str(_planted_copies(work)), str(warc)]
    return {"work": work, "files": files, "table": str(table), "missing": str(work / "no-existe")}


@pytest.fixture(scope="module")
def spark_run(inputs) -> tuple[subprocess.CompletedProcess, Path]:
    out = inputs["work"] / "salida"
    run = contrasta(
        "spark",
        *inputs["files"],
        inputs["table"],
        inputs["missing"],
        "--out",
        str(out),
        "--master",
        "local[2]",
    )
    return run, out


@pytest.fixture(scope="module")
def single(inputs, tmp_path_factory) -> dict:
    """The single-machine pipeline on the same files (it cannot read Parquet tables)."""
    store = open_store(tmp_path_factory.mktemp("single") / "single.db")
    result = ingest(store, [*inputs["files"], inputs["missing"]], now=NOW)
    articles = {a.id: a for a in store.iter_articles()}
    store.close()
    return {"articles": articles, "result": result}


def _table(out: Path, name: str) -> list[dict]:
    return pq.read_table(out / name).to_pylist()


@needs_spark
def test_spark_run_finishes_and_reports_problems(spark_run):
    run, out = spark_run
    assert run.returncode == 1, run.stderr[-3000:]
    assert "contrasta spark" in run.stdout
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "articles",
        "copy_links",
        "problems",
        "story_candidates",
    ]


@needs_spark
def test_spark_articles_are_the_single_machine_articles(spark_run, single):
    _, out = spark_run
    found = {r["id"]: rows.article_from_row(r) for r in _table(out, "articles")}
    record = [a for a in found.values() if a.url == "https://robledal.example/biblioteca"]
    assert len(record) == 1 and record[0].title.startswith("Nueva biblioteca")
    assert set(found) == set(single["articles"]) | {record[0].id}
    same = dataclasses.replace
    for article_id, expected in single["articles"].items():
        assert same(found[article_id], source="", ingested_at=None) == same(
            expected, source="", ingested_at=None
        ), article_id


@needs_spark
def test_spark_copy_groups_are_the_single_machine_copies(spark_run, single, truth):
    _, out = spark_run
    links = {(r["copy_id"], r["origin_id"]) for r in _table(out, "copy_links")}
    ordered = sorted(single["articles"].values(), key=lambda a: (a.when, a.id))
    expected = {
        (link.copy_id, link.origin_id)
        for link in find_copies(ordered, paragraphs=False)
        if link.kind == ARTICLE
    }
    assert links == expected
    id_of = {a.source.removeprefix(f"{EXAMPLES}/"): a.id for a in single["articles"].values()}
    syndicated = {
        (id_of[key], id_of[a["syndicated_from"]])
        for key, a in truth["articles"].items()
        if a.get("syndicated_from")
    }
    assert syndicated <= links
    wire = id_of["feeds/agencia.jsonl:3"]
    assert sum(1 for _, origin in links if origin == wire) == 2  # a copy of a copy included


@needs_spark
def test_spark_problems_name_every_bad_input(spark_run, inputs):
    _, out = spark_run
    problems = {r["source"]: r for r in _table(out, "problems")}
    bad = inputs["work"] / "malos"
    # In the user's language (Spanish by default), in Spark's Python workers too.
    assert problems[f"{bad}/feed.jsonl:1"]["reason"] == "falta el campo 'text'"
    assert problems[f"{bad}/feed.jsonl:2"]["reason"].startswith("JSON no válido")
    assert problems[f"{bad}/portada.html"]["reason"] == "página HTML sin texto de artículo"
    assert problems[inputs["missing"]]["reason"] == "no existe el archivo o la carpeta"
    assert any(s.startswith(str(inputs["work"] / "captura.warc.gz@")) for s in problems)
    assert any(s.endswith(":https://robledal.example/vacia") for s in problems)
    skipped = {s for s, r in problems.items() if r["skipped"]}
    assert {f"{bad}/logo.bin", f"{EXAMPLES}/otros/nota.xyz"} <= skipped
    warned = {s for s, r in problems.items() if r["warning"]}
    assert warned == {f"{bad}/futuro.txt"}
    assert problems[f"{bad}/futuro.txt"]["reason"].startswith("fecha de publicación 3000-05-12")
    assert all(r["hint"] for r in problems.values() if not r["skipped"])


@needs_spark
def test_story_candidates_pair_stories_within_the_window(spark_run, single, truth):
    _, out = spark_run
    candidates = {(r["a"], r["b"]): r for r in _table(out, "story_candidates")}
    articles = single["articles"]
    id_of = {a.source.removeprefix(f"{EXAMPLES}/"): a.id for a in articles.values()}
    story_pairs = {
        tuple(sorted((id_of[x], id_of[y])))
        for story in truth["stories"].values()
        for x, y in combinations(story["articles"], 2)
    }
    when = {i: a.when for i, a in articles.items()}
    for (a, b), row in candidates.items():
        assert row["copy"] or abs(when[a] - when[b]) <= timedelta(days=7)
        assert row["copy"] or row["names"]
    found = story_pairs & set(candidates)
    assert len(found) >= 0.85 * len(story_pairs), (len(found), len(story_pairs))
    copies = {tuple(sorted((r["copy_id"], r["origin_id"]))) for r in _table(out, "copy_links")}
    assert {p for p, row in candidates.items() if row["copy"]} == copies


@needs_spark
def test_loaded_output_works_with_the_usual_commands(spark_run, tmp_path, truth):
    _, out = spark_run
    db = tmp_path / "cargado.db"
    run = contrasta("load-parquet", str(out), "--db", str(db), "--embedder", "use")
    assert run.returncode == 0, run.stderr[-2000:]
    assert "contrasta load-parquet" in run.stdout
    store = open_store(db)
    stored = {a.id for a in store.iter_articles()}
    assert stored == {r["id"] for r in _table(out, "articles")}
    assert any(p.source.endswith("feed.jsonl:2") for p in store.run_problems())
    assert not any(p.source.endswith("futuro.txt") for p in store.run_problems())
    kept = store.get_run()  # the load's warnings are kept with its run, beside its problems
    assert any(w.source.endswith("futuro.txt") for w in kept.warnings)
    assert kept.warning_count == len(kept.warnings) and kept.problem_count == len(kept.problems)
    assert "aviso" in run.stdout and "futuro.txt: fecha de publicación 3000-05-12" in " ".join(
        run.stdout.split()
    )
    stories = store.list_stories()
    story_of = {m.article_id: s.id for s in stories for m in s.members}
    store.close()
    assert set(story_of) == stored
    by_source = {r["source"]: r["id"] for r in _table(out, "articles")}
    wire = by_source[f"{EXAMPLES}/feeds/agencia.jsonl:1"]
    copy = by_source[f"{EXAMPLES}/text/ribera-huelga.txt"]
    assert story_of[wire] == story_of[copy]
    again = load_articles(open_store(db), out)
    assert (again.added, again.duplicates) == (0, len(stored))
    listed = contrasta("search", "estibadores", "--db", str(db))
    assert listed.returncode == 0 and "Puerto Almagro" in listed.stdout


def test_spark_command_without_pyspark_says_how_to_install(tmp_path):
    """A stand-in that fails to import, as a missing package does."""
    shadow = tmp_path / "shadow"
    (shadow / "pyspark").mkdir(parents=True)
    (shadow / "pyspark" / "__init__.py").write_text("raise ImportError('No module named pyspark')")
    env = {**os.environ, "PYTHONPATH": f"{shadow}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    run = subprocess.run(
        [sys.executable, "-m", "contrasta", "spark", str(EXAMPLES), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 2
    assert "pip install 'contrasta[spark]'" in run.stderr
    assert "Traceback" not in run.stderr
