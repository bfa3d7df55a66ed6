"""Coverage and leaning: registry, meter, blindspots, loaded words, and the CLI on examples/."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, contrasta, written_pages, written_stories
from contrasta.coverage import (
    LEANINGS,
    UNRATED,
    article_loaded,
    blindspot,
    coverage_meter,
    highlight_segments,
    load_lexicon,
    load_registry,
    parse_bands,
    story_coverage,
)
from contrasta.coverage.loaded import fold
from contrasta.coverage.meter import apportion
from contrasta.dedup.links import ARTICLE, ATTRIBUTION, PARAGRAPHS, CopyLink
from contrasta.errors import InputError
from contrasta.i18n import using
from contrasta.model import Article, CoverageMeter

HEADER = (
    "name,aliases,domains,country,language,leaning,owner,rating_source,rating_url,rating_date,note"
)


def write(path: Path, *rows: str, header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def article(
    id: str, outlet: str | None = None, url: str | None = None, text: str = "", title: str = "T"
) -> Article:
    return Article(
        id=id,
        source=f"{id}.txt",
        fmt="text",
        content_hash=id,
        title=title,
        text=text or f"Texto del artículo {id}.",
        outlet=outlet,
        url=url,
        lang="es",
    )


# --- registry -------------------------------------------------------------------------


def test_every_shipped_rating_names_its_source_address_and_date():
    registry = load_registry()
    assert len(registry.outlets) >= 25
    for outlet in registry.outlets:
        assert outlet.leaning in (*LEANINGS, UNRATED)
        if outlet.rated:
            assert outlet.rating_source and outlet.rating_date, outlet.name
            assert outlet.rating_url.startswith("http"), outlet.name
        else:
            assert outlet.note, f"{outlet.name}: unrated rows say what was found"
    rated = [o for o in registry.outlets if o.rated]
    assert {o.leaning for o in rated} == set(LEANINGS)


def test_user_rows_override_shipped_rows_by_name_alias_or_domain(tmp_path):
    mine = write(
        tmp_path / "mine.csv",
        "El Pais,,,ES,es,centro,,mi estudio,https://example.org/estudio,2026-01-10,",
        "Diario de Otro Nombre,,elmundo.es,ES,es,unrated,,,,,recalificar",
        "Medio Local,,mediolocal.example,ES,es,izquierda,,mi estudio,,,",
    )
    shipped = load_registry()
    merged = load_registry([mine])
    assert shipped.by_name("El País").leaning == "centro-izquierda"
    assert merged.by_name("El País").leaning == "centro"  # alias "El Pais" matched the row
    assert merged.by_name("El País").origin == f"{mine}:2"
    assert merged.by_url("https://www.elmundo.es/x").name == "Diario de Otro Nombre"
    assert merged.by_name("El Mundo") is None  # the shipped row it replaced is gone
    assert merged.by_name("medio local").leaning == "izquierda"
    assert len(merged.outlets) == len(shipped.outlets) + 1
    later = write(tmp_path / "later.csv", "Medio Local,,,ES,es,derecha,,otro estudio,,,")
    assert load_registry([mine, later]).by_name("Medio Local").leaning == "derecha"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Medio,,,ES,es,izquierdista,,x,,,", "orientación desconocida"),
        ("Medio,,,ES,es,derecha,,,,,", "sin rating_source"),
        ("Medio,,,ES,es,derecha,,x,,12/01/2026,", "no es una fecha"),
        ("Medio,,https://medio.example/,ES,es,unrated,,,,,", "no es un nombre de dominio"),
        (",,,ES,es,unrated,,,,,", "name vacío"),
        ("Medio,,,ES,es,unrated,,,,,nota,de más", "celdas para"),
    ],
)
def test_a_bad_row_is_an_input_error_naming_file_and_line(tmp_path, row, reason):
    path = write(tmp_path / "bad.csv", "Bueno,,bueno.example,ES,es,unrated,,,,,", row)
    with pytest.raises(InputError) as error:
        load_registry([path])
    assert f"{path}:3" in str(error.value)
    assert reason in str(error.value)
    assert error.value.hint


def test_a_header_without_the_columns_is_refused(tmp_path):
    path = write(tmp_path / "h.csv", "Medio,izquierda", header="nombre,orientacion")
    with pytest.raises(InputError, match=r"h\.csv:1: la cabecera"):
        load_registry([path])


def test_comment_lines_are_skipped_and_lines_still_counted(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(f"# comentario\n{HEADER}\n# otro\nMedio,,,ES,es,rojo,,x,,,\n", "utf-8")
    with pytest.raises(InputError, match=r"c\.csv:4: orientación desconocida"):
        load_registry([path])


def test_matching_by_folded_name_alias_then_url_domain():
    registry = load_registry()
    assert registry.match(article("a", outlet="EL PAIS")).name == "El País"
    assert registry.match(article("a", outlet="Agencia EFE")).name == "EFE"
    assert registry.match(article("a", outlet="Agence France Presse")).name == "AFP"
    by_url = article("a", outlet="Redacción", url="https://www.lanacion.com.ar/politica/x-nid1/")
    assert registry.match(by_url).name == "La Nación (Argentina)"
    assert registry.match(article("a", url="https://english.elpais.com/a")).name == "El País"
    # the name the article states wins over a syndicating site's domain
    assert registry.match(article("a", outlet="EFE", url="https://elmundo.es/x")).name == "EFE"
    assert registry.match(article("a", outlet="La Nación")) is None  # ambiguous bare name
    assert registry.match(article("a", url="https://notelpais.com/x")) is None
    assert registry.match(article("a")) is None


# --- meter ----------------------------------------------------------------------------


@pytest.fixture
def registry(tmp_path):
    return load_registry(
        [
            write(
                tmp_path / "r.csv",
                "Izq Diario,,izq.example,,es,izquierda,,prueba,,,",
                "CI Noticias,,ci.example,,es,centro-izquierda,,prueba,,,",
                "Centro Hoy,,centro.example,,es,centro,,prueba,,,",
                "CD Gaceta,,cd.example,,es,centro-derecha,,prueba,,,",
                "Der Heraldo,,der.example,,es,derecha,,prueba,,,",
                "Der Dos,,der2.example,,es,derecha,,prueba,,,",
                "Sin Nota,,sinnota.example,,es,unrated,,,,,no calificado",
            )
        ],
        shipped=False,
    )


def test_meter_counts_outlets_collapses_copies_and_adds_to_100(registry):
    articles = [
        article("a1", "Izq Diario"),
        article("a2", "Izq Diario"),  # a second piece: still one voice
        article("b1", url="https://cd.example/x"),  # matched by domain
        article("c1", "Sin Nota"),
        article("d1", "Medio Desconocido"),
        article("e1", "Der Heraldo"),  # whole-article copy of a1: not a voice
        article("f1", "Centro Hoy"),  # copy of a1 plus an own piece: a voice
        article("f2", "Centro Hoy"),
        article("g1", "CI Noticias"),  # copies e1, which copies a1: a copy of Izq Diario
        article("x1"),  # no outlet, no URL: left out
    ]
    links = [
        CopyLink("e1", "a1", ARTICLE, 0.9),
        CopyLink("f1", "a1", ARTICLE, 0.9),
        CopyLink("g1", "e1", ARTICLE, 0.9),
        CopyLink("a2", "a1", ARTICLE, 0.95),  # same outlet: never a copy of another outlet
    ]
    meter = coverage_meter(articles, links, registry)
    names = {o.name: o for o in meter.outlets}
    assert len(meter.outlets) == 7 and len(meter.voices) == 5
    assert names["Der Heraldo"].copy_of == "Izq Diario"
    assert names["CI Noticias"].copy_of == "Izq Diario"
    assert names["Centro Hoy"].voice and names["Izq Diario"].voice
    assert names["Medio Desconocido"].outlet is None
    assert meter.unidentified == ["x1"]
    shares = {s.label: (s.count, s.percent) for s in meter.shares}
    assert shares == {
        "Progresista": (1, 20),
        "Centro": (1, 20),
        "Conservador": (1, 20),
        "Sin calificar": (2, 40),
    }
    assert [s.key for s in meter.shares] == ["left", "centre", "right", "unrated"]  # stored
    assert sum(s.percent for s in meter.shares) == 100
    text = meter.arithmetic
    assert text.startswith("7 medios, 2 copias agrupadas (")
    assert "Der Heraldo reproduce a Izq Diario" in text
    assert "→ 5 voces: Progresista 1/5 = 20% · Centro 1/5 = 20%" in text
    assert "Sin calificar 2/5 = 40%" in text
    assert "1 artículo sin medio identificado queda fuera" in text
    with using("en"):  # the count is written in the reader's language
        english = meter.arithmetic
    assert english.startswith("7 outlets, 2 copies grouped (")
    assert "Der Heraldo republishes Izq Diario" in english
    assert "→ 5 voices: Progressive 1/5 = 20% · Centre 1/5 = 20%" in english
    assert "Unrated 2/5 = 40%" in english and "Progresista" not in english
    assert "1 article without an identified outlet is left out" in english
    assert "medios" not in english and "voces" not in english


def test_only_whole_article_copies_are_collapsed(registry):
    articles = [article("a", "Izq Diario"), article("b", "Der Heraldo"), article("c", "CD Gaceta")]
    links = [CopyLink("b", "a", PARAGRAPHS, 0.3, ((0, 0),)), CopyLink("c", "a", ATTRIBUTION, 0.4)]
    meter = coverage_meter(articles, links, registry)
    assert len(meter.voices) == 3 and not meter.copies
    assert "sin copias agrupadas" in meter.arithmetic


def test_percentages_always_add_to_100():
    rng = random.Random(7)
    assert apportion([1, 1, 1]) == [34, 33, 33]
    assert apportion([0, 0]) == [0, 0]
    for _ in range(500):
        counts = [rng.randint(0, 9) for _ in range(rng.randint(1, 6))]
        shares = apportion(counts)
        if not sum(counts):
            assert shares == [0] * len(counts)
            continue
        assert sum(shares) == 100
        assert all(abs(s - 100 * c / sum(counts)) < 1 for s, c in zip(shares, counts, strict=True))


def test_bands_are_configurable_and_must_cover_the_scale(registry):
    five = parse_bands(";".join(f"{x.title()}={x}" for x in LEANINGS))
    articles = [article("a", "Izq Diario"), article("b", "Der Heraldo"), article("c", "Otro")]
    meter = coverage_meter(articles, [], registry, five)
    assert [s.label for s in meter.shares] == [*(x.title() for x in LEANINGS), "Sin calificar"]
    assert [s.percent for s in meter.shares] == [34, 0, 0, 0, 33, 33]
    with pytest.raises(InputError):
        parse_bands("Izquierda=izquierda;Derecha=derecha")
    with pytest.raises(InputError):
        parse_bands("Todo=izquierda+centro-izquierda+centro+centro-derecha+derecha+derecha")


# --- blindspot ------------------------------------------------------------------------


def _spot(registry, *outlets: str, links=()):
    articles = [article(f"a{i}", name) for i, name in enumerate(outlets)]
    return blindspot(coverage_meter(articles, list(links), registry))


def test_blindspot_rule(registry):
    spot = _spot(registry, "CD Gaceta", "Der Heraldo", "Der Dos")
    assert spot and spot.side == "right" and (spot.count, spot.rated) == (3, 3)
    assert spot.side_label == "conservador" and "del lado conservador" in spot.text
    with using("en"):
        assert spot.side_label == "conservative" and "on the conservative side" in spot.text
    assert "3 de 3 medios calificados" in spot.text and "80%" in spot.text
    with using("en"):  # in the reader's language
        assert spot.text.startswith("Blindspot: 3 of 3 rated outlets (100%)")
    # centre outlets count in the denominator: 3 of 4 is 75%, below 80%
    assert _spot(registry, "CD Gaceta", "Der Heraldo", "Der Dos", "Centro Hoy") is None
    assert _spot(registry, "CD Gaceta", "Der Heraldo", "Der Dos", "Izq Diario") is None
    # two rated outlets are too few; unrated ones do not count either way
    assert _spot(registry, "CD Gaceta", "Der Heraldo", "Sin Nota", "Otro") is None
    assert _spot(registry, "Izq Diario", "CI Noticias", "Izq Diario", "Sin Nota") is None
    left = _spot(registry, "Izq Diario", "CI Noticias", "Centro Hoy", "Sin Nota", "Otro")
    assert left is None  # 2 of 3 rated
    # a collapsed copy is not a voice: two conservative voices only
    copy = [CopyLink("a2", "a1", ARTICLE, 0.9)]
    assert _spot(registry, "CD Gaceta", "Der Heraldo", "Der Dos", links=copy) is None


# --- loaded words ---------------------------------------------------------------------

TEXT = (
    "El Régimen de Caracas respondió a los regímenes vecinos.\n\n"
    "Los daños colaterales del bombardeo y la castaña asada.\n\n"
    "«Es un régimen», afirmó el portavoz Juan Pérez. Los separatistas votaron."
)


def test_loaded_words_with_offsets_accents_plurals_and_boundaries():
    a = article("l1", text=TEXT, title="Los regimenes del sur")
    found = article_loaded(a)
    in_text = [m for m in found if m.field == "text"]
    for m in in_text:
        assert TEXT[m.start : m.end] == m.text
    assert [m.text for m in in_text] == [
        "Régimen",
        "regímenes",
        "daños colaterales",
        "régimen",
        "separatistas",
    ]
    assert [m.text for m in found if m.field == "title"] == ["regimenes"]
    assert {m.term for m in in_text} == {"régimen", "daño colateral", "separatista"}
    assert all(m.neutral and m.note for m in found)
    assert not any(m.term == "casta" for m in found)  # "castaña" is another word
    quoted = [m.quoted for m in in_text]
    assert quoted == [False, False, False, True, False]
    rebuilt = "".join(piece for piece, _ in highlight_segments(TEXT, in_text))
    assert rebuilt == TEXT


def test_fold_keeps_offsets():
    text = "ÁÉÍÓÚ Ñandú İstanbul ß"
    assert len(fold(text)) == len(text)
    assert fold("Régimen") == "regimen"


def test_user_lexicon_extends_and_overrides(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text(
        "term,variants,category,neutral,note\n"
        "huelga salvaje,,lenguaje emocional,huelga sin preaviso,prueba\n"
        "régimen,,otra categoría,gobierno,mi nota\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon([path])
    found = lexicon.find("Una HUELGA SALVAJE contra el régimen; dos huelgas salvajes.")
    assert [(m.term, m.category) for m in found] == [
        ("huelga salvaje", "lenguaje emocional"),
        ("régimen", "otra categoría"),
        ("huelga salvaje", "lenguaje emocional"),
    ]
    assert len([t for t in lexicon.terms if fold(t.term) == "regimen"]) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("term,category\nvaliente,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.csv:2: category vacío"):
        load_lexicon([bad])


def test_story_coverage_keeps_publisher_meters_apart(registry):
    meter = CoverageMeter({"Progresista": 30.0, "Conservador": 70.0}, "Progresista 30%")
    a = article("p1", "Centro Hoy")
    a.meter = meter
    coverage = story_coverage([a, article("p2", "Izq Diario")], [], registry)
    assert [(p.article_id, p.outlet, p.meter) for p in coverage.publisher_meters] == [
        ("p1", "Centro Hoy", meter)
    ]
    assert {s.label: s.percent for s in coverage.meter.shares}["Centro"] == 50


# --- end to end -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def with_outlets(analysed, tmp_path_factory):
    """`analyze examples/ --outlets examples/outlets.csv` plus an extra lexicon, on a copy of
    the analysed database: nothing new to store, so only the reports are written again."""
    work = tmp_path_factory.mktemp("coverage")
    db = work / "c.db"
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{analysed.db}{suffix}").exists():
            shutil.copy(f"{analysed.db}{suffix}", f"{db}{suffix}")
    lexicon = work / "lexicon.csv"
    lexicon.write_text(
        "term,variants,category,neutral,note\n"
        "huelga indefinida,,prueba,huelga sin fecha de fin,término de prueba\n",
        encoding="utf-8",
    )
    out = work / "out"
    outlets = str(EXAMPLES / "outlets.csv")
    options = ["--embedder", "use", "--outlets", outlets, "--lexicon", str(lexicon)]
    run = contrasta("analyze", str(EXAMPLES), "--db", str(db), "--out", str(out), *options)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"artículos añadidos\s+0\b", run.stdout), run.stdout
    return db, out, lexicon, written_stories(out)


def _story_of(stories, truth, story_key):
    wanted = {truth["articles"][k]["url"] for k in truth["stories"][story_key]["articles"]}
    wanted.discard(None)
    for story in stories:
        if wanted & {a["url"] for a in story["articles"]}:
            return story
    raise AssertionError(story_key)


def test_cli_reports_meter_copies_blindspot_and_publisher_meters(with_outlets, truth):
    _, out, _, stories = with_outlets
    for story in stories:
        cov = story["coverage"]
        assert sum(s["percent"] for s in cov["shares"]) == 100
        assert sum(s["count"] for s in cov["shares"]) == cov["voices"]
        assert cov["article_leaning_score"] is None and cov["article_leaning_note"]
    strike = _story_of(stories, truth, "huelga-puerto")["coverage"]
    assert (
        "1 copia agrupada (Noticias Ribera reproduce a Agencia Andina de Noticias)"
        in (strike["arithmetic"])
    )
    assert [p["outlet"] for p in strike["publisher_meters"]] == ["El Observador Digital"]
    assert strike["publisher_meters"][0]["shares"] == {"Progresista": 30, "Conservador": 70}
    quake = _story_of(stories, truth, "sismo-quimal")["coverage"]
    coastal = next(o for o in quake["outlets"] if o["name"] == "The Coastal Post")
    assert not coastal["in_registry"] and coastal["band"] == "unrated"
    flagged = [s for s in stories if s["coverage"]["blindspot"]]
    assert [s["id"] for s in flagged] == [_story_of(stories, truth, "sismo-quimal")["id"]]
    assert quake["blindspot"]["side"] == "right"
    html = written_pages(out, ".html")
    assert "Punto ciego" in html and "Medidor del propio editor" in html
    assert "<mark " in html and "huelga indefinida" in html.lower()
    assert "ficticio — corpus de ejemplo" in written_pages(out, ".md")


def test_english_reports_say_the_coverage_in_english(with_outlets, tmp_path):
    """`--lang en`: the meter's count, the blindspot and the publisher's own meter are
    written in English like the rest of the page, none of them left in Spanish."""
    db, _, lexicon, _ = with_outlets
    out = tmp_path / "en"
    options = ["--outlets", str(EXAMPLES / "outlets.csv"), "--lexicon", str(lexicon)]
    run = contrasta(
        "--lang", "en", "analyze", str(EXAMPLES), "--db", str(db), "--out", str(out), *options
    )
    assert run.returncode == 0, run.stdout + run.stderr
    pages = written_pages(out, ".html") + written_pages(out, ".md")
    assert "Blindspot: " in pages and "The publisher’s own meter" in pages
    assert "copy grouped (" in pages and " voices: " in pages
    for spanish in ("Punto ciego", "Medidor del propio editor", "copia agrupada", " voces: "):
        assert spanish not in pages, spanish


def test_cli_loaded_words_carry_offsets_into_the_text(with_outlets):
    _, _, _, stories = with_outlets
    hits = [(a["text"], m) for s in stories for a in s["articles"] for m in a["loaded"]]
    assert hits
    for text, m in hits:
        if m["field"] == "text":
            assert text[m["start"] : m["end"]] == m["text"]
        assert fold(m["text"]) == "huelga indefinida"


def test_cli_stories_and_show(with_outlets, truth):
    db, _, lexicon, stories = with_outlets
    outlets = str(EXAMPLES / "outlets.csv")
    listed = contrasta("stories", "--db", str(db), "--outlets", outlets)
    assert listed.returncode == 0, listed.stderr
    quake = _story_of(stories, truth, "sismo-quimal")
    row = next(line for line in listed.stdout.splitlines() if quake["id"] in line)
    assert "conservador 3/3" in row
    shown = contrasta("show", quake["id"], "--db", str(db), "--outlets", outlets)
    assert quake["coverage"]["arithmetic"] in shown.stdout.replace("\n", "")
    assert "Punto ciego" in shown.stdout
    strike = _story_of(stories, truth, "huelga-puerto")
    target = next(a for a in strike["articles"] if a["loaded"])
    one = contrasta(
        "show", target["id"], "--db", str(db), "--outlets", outlets, "--lexicon", str(lexicon)
    )
    assert one.returncode == 0, one.stderr
    assert "calificación del medio:" in one.stdout and "palabras cargadas (" in one.stdout
    m = target["loaded"][0]
    assert f"[{m['start']}-{m['end']}" in one.stdout or m["field"] == "title"
    plain = contrasta("show", target["id"], "--db", str(db))
    assert "no está en el registro de medios" in plain.stdout


@pytest.mark.parametrize("command", ["analyze", "report", "show", "stories"])
def test_cli_commands_refuse_a_bad_registry_row_with_file_and_line(command, tmp_path):
    bad = write(tmp_path / "bad.csv", "Medio,,,ES,es,muy-derecha,,x,,,")
    args = {"analyze": [str(EXAMPLES)], "show": ["s0"]}.get(command, [])
    run = contrasta(command, *args, "--db", str(tmp_path / "none.db"), "--outlets", str(bad))
    assert run.returncode == 2
    assert f"{bad}:2: orientación desconocida" in run.stderr.replace("\n", "")
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "none.db").exists()


def test_without_a_user_registry_the_fictional_outlets_are_unrated(analysed):
    for story in written_stories(analysed.out):
        shares = {s["key"]: s["percent"] for s in story["coverage"]["shares"]}
        assert shares["unrated"] == 100
        assert story["coverage"]["blindspot"] is None


def test_shipped_files_are_named_by_their_place_in_the_package(tmp_path):
    """Stored dossiers are keyed by the registry and lexicon used, and reports show them:
    the folders contrasta is installed in must not enter either."""
    mine = tmp_path / "mis_medios.csv"
    mine.write_text("name,leaning\nDiario del Valle,unrated\n", encoding="utf-8")
    registry = load_registry([mine])
    assert registry.sources == ("contrasta/coverage/outlets.csv", str(mine))
    lexicon = load_lexicon()
    assert lexicon.sources == ("contrasta/coverage/loaded.csv",)
    assert {term.origin.split(":")[0] for term in lexicon.terms} == {lexicon.sources[0]}
