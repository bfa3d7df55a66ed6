"""A story's members, and the reports built from them, come in an order the input decides:
the same articles give byte-identical stories and reports whatever batches they came in,
in whatever order, at whatever time. Undated articles used to be ordered by ingestion time,
which differs between runs (issue 13, point 4)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from test_grouping_order import SEMEVAL, real_files

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from same_reports import report_files  # the writing time blanked, as the bench compares

from contrasta.embed import load_embedder
from contrasta.service import Service
from contrasta.store import open_store

BODY = """El desbordamiento del río Almendral anegó el martes el casco antiguo de Villaverde del \
Campo, donde unas trescientas familias tuvieron que abandonar sus casas durante la madrugada.

La alcaldesa, Rosario Quintanilla, pidió a los vecinos que no regresen a sus viviendas hasta \
que los técnicos de la Confederación Hidrográfica revisen los muros de contención del puente \
viejo, dañados por la crecida.

"El agua llegó a un metro y medio en la plaza Mayor; no recordábamos nada igual desde 1987", \
explicó Quintanilla ante el polideportivo municipal, convertido en albergue provisional.

Los bomberos de la Diputación rescataron a 42 personas atrapadas en bajos y garajes. No hubo \
que lamentar víctimas, aunque dos agentes de la Guardia Civil sufrieron heridas leves.

La Junta estudia declarar la zona catastrófica. El consejero de Medio Ambiente, Tomás Bermejo, \
visitará el municipio el jueves para evaluar los daños en cultivos y carreteras comarcales."""

LATER = """La cooperativa aceitera San Isidro de Torrealba cerrará su almazara el próximo mes \
de mayo después de 61 años de actividad, según anunció el viernes su presidente, Anselmo Rubiales, \
ante una asamblea de socios celebrada en el salón parroquial.

"Con los precios del transporte y la falta de relevo no salen las cuentas", explicó Rubiales, \
que cifró las pérdidas de la última campaña en 180.000 euros.

Los 230 socios podrán llevar su aceituna a la almazara de Fuentecilla, a 14 kilómetros, que se \
ha comprometido a mantener las tarifas actuales durante dos campañas. El Ayuntamiento estudia \
comprar el edificio para convertirlo en un museo del aceite."""

ARTICLES = {
    "origen.txt": (
        "title: El Almendral se desborda y obliga a desalojar a 300 familias en Villaverde\n"
        "outlet: Diario del Páramo\ndate: 2026-03-10\n\n" + BODY
    ),
    "copia-a.txt": (
        "title: Trescientas familias desalojadas por la crecida del Almendral\n"
        "outlet: La Gaceta Comarcal\n\n" + BODY
    ),
    "sin-fecha-a.txt": (
        "title: La cooperativa de Torrealba cierra su almazara tras 61 años\n"
        "outlet: La Gaceta Comarcal\n\n" + LATER
    ),
    "sin-fecha-b.txt": (
        "title: Torrealba se queda sin almazara\n"
        "outlet: Noticias del Valle\n\n" + LATER + "\n\nCon información de agencias."
    ),
    "copia-b.txt": (
        "title: Villaverde del Campo, bajo el agua tras la riada\n"
        "outlet: Noticias del Valle\n\n" + BODY + "\n\nCon información de agencias."
    ),
}


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("use")


def run(inputs: Path, work: Path, batches: list[list[str]], embedder) -> tuple[list, dict]:
    """Each batch analysed in turn, a second apart (ingestion times tick in seconds);
    the stories' member ids and every report file."""
    store = open_store(work / "store.db")
    service = Service(store)
    for i, batch in enumerate(batches):
        if i:
            time.sleep(1.1)
        result, _ = service.analyze([inputs / name for name in batch], embedder)
        assert result.ok, result.problems
    service.write_reports(work / "out")
    members = sorted(story.article_ids for story in store.list_stories())
    store.close()
    return members, report_files(work / "out")


def test_members_and_reports_are_the_same_whatever_the_batches(tmp_path, embedder):
    """Two undated copies join a dated story and two undated articles make a story of
    their own; ingested in other batches, in another order, seconds later, the stories
    list their members alike and every report file is the same."""
    (inputs := tmp_path / "inputs").mkdir()
    for name, text in ARTICLES.items():
        (inputs / name).write_text(text, encoding="utf-8")
    (one := tmp_path / "one").mkdir()
    (two := tmp_path / "two").mkdir()
    first = run(
        inputs,
        one,
        [["origen.txt"], ["copia-a.txt", "sin-fecha-a.txt"], ["copia-b.txt", "sin-fecha-b.txt"]],
        embedder,
    )
    second = run(
        inputs,
        two,
        [["sin-fecha-b.txt", "copia-b.txt"], ["copia-a.txt", "origen.txt"], ["sin-fecha-a.txt"]],
        embedder,
    )
    assert sorted(len(m) for m in first[0]) == [2, 3], first[0]
    assert first[0] == second[0]
    assert first[1].keys() == second[1].keys()
    assert [name for name in first[1] if first[1][name] != second[1][name]] == []


def test_real_undated_articles_come_in_one_order_whatever_the_batches(tmp_path, embedder):
    """Real Spanish texts with no date (SemEval pairs, read at run time and never kept), in
    two batches, in both orders: the same stories, members and report files."""
    if not SEMEVAL.exists():
        pytest.skip(f"{SEMEVAL} not found (set CONTRASTA_EVAL)")
    (inputs := tmp_path / "inputs").mkdir()
    names = [p.name for p in real_files(inputs)]
    half = len(names) // 2
    (one := tmp_path / "one").mkdir()
    (two := tmp_path / "two").mkdir()
    first = run(inputs, one, [names[:half], names[half:]], embedder)
    second = run(inputs, two, [names[half:][::-1], names[:half][::-1]], embedder)
    assert any(len(m) > 1 for m in first[0])  # some real articles share a story
    assert first[0] == second[0]
    assert first[1] == second[1]
