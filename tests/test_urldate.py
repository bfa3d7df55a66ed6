"""The publication date a news URL carries, used only when nothing states one."""

from __future__ import annotations

import json
import sys
from datetime import datetime

import pytest

from conftest import ROOT
from contrasta.ingest.jsonl import read_jsonl
from contrasta.ingest.urldate import date_from_url
from contrasta.prepare import prepare

sys.path.insert(0, str(ROOT / "bench"))

import evaldata

NOW = datetime(2026, 3, 1, 12, 0)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://diario.example/internacional/2021/03/03/cumbre-en-la-frontera/", (2021, 3, 3)),
        ("https://diario.example/nacional/2017/12/18/1208479", (2017, 12, 18)),
        ("https://diario.example/espana/2021-02-02/la-comunidad-denuncia.html", (2021, 2, 2)),
        ("http://diario.example/articulo/deporte/2017/03/7/la-final", (2017, 3, 7)),
        ("https://diario.example/deporte/final-de-copa-20180201-0027.html", (2018, 2, 1)),
        ("https://diario.example/recreo/abci-pueblo-201512151416_noticia.html", (2015, 12, 15)),
        ("https://diario.example/salud/vacunas-20210302143913-nt.html", (2021, 3, 2)),
        ("https://diario.example/notas/2018-06-18-07-56/final", (2018, 6, 18)),
        ("https://web.archive.org/web/20200301000000/https://d.example/2020/02/07/a", (2020, 2, 7)),
    ],
)
def test_full_dates_in_a_path(url, expected):
    assert date_from_url(url, NOW) == datetime(*expected)


@pytest.mark.parametrize(
    "url",
    [
        "https://diario.example/es/story/2021/03/1489602",  # year and month only
        "https://diario.example/2018/05/nasa-explosion",
        "https://diario.example/2030/01/01/futuro",  # later than the ingestion
        "https://diario.example/1985/06/10/archivo",  # before 1990
        "https://diario.example/2021/02/30/no-existe",
        "https://diario.example/nota/2019123456",  # an id, not a date
        "https://diario.example/elpais/1517511795_861317.html",
        "https://diario.example/nota?fecha=2021-02-12",  # not in the path
        "https://web.archive.org/web/20200207092603/https://diario.example/espana/nota.html",
        None,
    ],
)
def test_no_date_without_a_full_plausible_one(url):
    assert date_from_url(url, NOW) is None


def article(record: dict):
    return prepare(next(read_jsonl("f.jsonl", json.dumps(record))), now=NOW)


BODY = (
    "El Ayuntamiento aprobó este martes el nuevo plan de movilidad, que restringirá el "
    "tráfico en el centro a partir de junio."
)


def test_url_dates_an_article_that_states_no_date():
    found = article({"text": BODY, "url": "https://diario.example/local/2026/02/10/plan"})
    assert (found.published, found.published_from) == (datetime(2026, 2, 10), "url")


def test_a_stated_date_wins_over_the_url():
    found = article(
        {"text": BODY, "url": "https://diario.example/2026/02/10/plan", "date": "2026-02-11"}
    )
    assert (found.published, found.published_from) == (datetime(2026, 2, 11), "jsonl")
    in_text = article(
        {
            "text": f"Publicado: 9 de febrero de 2026\n{BODY}",
            "url": "https://d.example/2026/02/10/a",
        }
    )
    assert (in_text.published, in_text.published_from) == (datetime(2026, 2, 9), "published-line")


URL_DATE_FLOOR = 0.27
"""Measured: 156 of 527 URLs (0.296) in FakeDeS test.xlsx carry a full, plausible date."""


def test_real_news_urls_floor():
    """Real Spanish news URLs: how many yield a date, and none a date after ingestion."""
    reason = evaldata.missing(evaldata.FAKEDES, xlsx=True)
    if reason:
        pytest.skip(reason)
    links = (row["LINK"] for row in evaldata.fakedes_rows())
    urls = [link for link in links if str(link or "").startswith("http")]
    dates = [date_from_url(url, NOW) for url in urls]
    found = [d for d in dates if d is not None]
    assert len(found) / len(urls) >= URL_DATE_FLOOR
    assert all(datetime(1990, 1, 1) <= d <= NOW for d in found)
