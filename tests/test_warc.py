"""WARC input: archives written here with warcio's own writer, read through read_file and
the pipeline."""

from __future__ import annotations

import io
import zlib
from datetime import datetime
from pathlib import Path

import pytest
from loopback import ARTICLES, article_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from contrasta.errors import InputError
from contrasta.ingest import discover, read_file
from contrasta.model import Captured
from contrasta.pipeline import ingest
from contrasta.store import open_store

pytestmark = pytest.mark.usefixtures("english")  # reasons checked in English

FIRE, PORT = ARTICLES["incendio-desalojo"], ARTICLES["puerto-terminal"]
CRAWLED = "2026-03-10T09:00:00Z"


def _response(writer, url, body, status="200 OK", kind="text/html; charset=utf-8", date=CRAWLED):
    http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


def write_warc(path: Path, gzip: bool = True) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "faro.example")], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record("http://faro.example/", "request", http_headers=request)
        )
        _response(writer, "http://faro.example/incendio", article_page(FIRE, dated=False))
        _response(writer, "http://faro.example/logo.png", b"\x89PNG....", kind="image/png")
        _response(writer, "http://faro.example/viejo", b"", status="301 Moved Permanently")
        _response(writer, "http://faro.example/portada", b"<html><body><nav>Inicio</nav></body>")
        latin = article_page(PORT).decode().replace('<meta charset="utf-8">\n', "")
        _response(
            writer,
            "http://valdemora.example/puerto",
            latin.encode("latin-1"),
            kind="text/html; charset=iso-8859-1",
            date="2026-03-10T13:30:00Z",
        )
    return path


def test_reads_html_responses_and_reports_bad_records(tmp_path):
    for name, gzip in (("crawl.warc.gz", True), ("crawl.warc", False)):
        items = list(read_file(write_warc(tmp_path / name, gzip)))
        documents = [i for i in items if isinstance(i, Captured)]
        errors = [i for i in items if isinstance(i, InputError)]
        assert [d.url for d in documents] == [
            "http://faro.example/incendio",
            "http://valdemora.example/puerto",
        ]
        assert documents[0].fetched_at == datetime(2026, 3, 10, 9, 0)
        assert documents[0].published is None
        assert documents[1].published == PORT.published
        assert "Julián Castañeda" in documents[1].text
        assert [str(e) for e in errors] == ["HTML page with no article text"]
        assert errors[0].source.startswith(f"{tmp_path / name}@")


def test_offsets_name_the_records(tmp_path):
    for path in (write_warc(tmp_path / "a.warc", gzip=False), write_warc(tmp_path / "a.warc.gz")):
        data = path.read_bytes()
        for item in read_file(path):
            record = data[int(item.source.rsplit("@", 1)[1]) :]
            if path.suffix == ".gz":
                record = zlib.decompressobj(wbits=31).decompress(record)
            assert record.startswith(b"WARC/1.0\r\nWARC-Date: ")


def test_size_limit_applies_per_record(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz")
    limit = max(len(article_page(PORT)), len(article_page(FIRE, dated=False)))
    assert path.stat().st_size > limit  # the whole file is over the limit
    items = list(read_file(path, max_bytes=limit))
    assert sum(isinstance(i, Captured) for i in items) == 2
    small = [str(i) for i in read_file(path, max_bytes=1024)]
    over = "record over the 1 KB limit"
    assert small == [over, "HTML page with no article text", over]


def test_truncated_archive_keeps_what_came_before(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz")
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    items = list(read_file(cut))
    assert isinstance(items[0], Captured)
    last_record = data.rindex(b"\x1f\x8b\x08")
    assert str(items[-1]) == (
        f"WARC file cut or broken at byte {last_record} (the file ends inside the record there)"
    )


def test_garbage_is_one_problem(tmp_path):
    path = tmp_path / "roto.warc.gz"
    path.write_bytes(b"esto no es un archivo web" * 10)
    assert [str(i) for i in read_file(path)] == ["not a WARC record at byte 0"]


def test_pipeline_places_undated_pages_at_crawl_time(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_warc(folder / "crawl.warc.gz")
    assert [p.name for p in discover([folder]).files] == ["crawl.warc.gz"]
    store = open_store(tmp_path / "c.db")
    result = ingest(store, [folder])
    assert (result.files, result.added, len(result.problems)) == (1, 2, 1)
    fire = next(a for a in store.iter_articles() if a.url == "http://faro.example/incendio")
    assert fire.published is None
    assert fire.when == datetime(2026, 3, 10, 9, 0)
    store.close()
