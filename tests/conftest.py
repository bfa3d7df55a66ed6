"""Shared fixtures: the example corpus analysed once, through the real command line, and
a throwaway PostgreSQL server for the store tests."""

from __future__ import annotations

import itertools
import json
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from contrasta import cache
from contrasta.model import Article

pytest.register_assert_rewrite("real_draws")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SLOW_FIXTURES = frozenset({"pg_server", "spark_run", "analysed"})
"""Fixtures that start PostgreSQL or PySpark, or run the example corpus through the command
line: tests that use them are `slow`."""


def story_article(
    key: str, outlet: str, paragraphs: list[str], published: datetime | None, lang: str = "es"
) -> Article:
    """An article of a story written in a test: the key is its id and hash, the outlet
    names its title."""
    return Article(
        id=key,
        source=f"{key}.txt",
        fmt="text",
        content_hash=key,
        title=f"Titular de {outlet}",
        text="\n\n".join(paragraphs),
        outlet=outlet,
        published=published,
        lang=lang,
    )


def claim_of(sentence: str, key: str, lang: str = "es", when: datetime = datetime(2026, 5, 4, 9)):
    """The claim a one-sentence article of the outlet "Medio KEY" makes of its sentence:
    the cross-check's tests set two such claims side by side."""
    from contrasta.crosscheck.claims import extract_claims

    article = story_article(key, f"Medio {key}", [sentence], when, lang)
    (claim,) = [c for c in extract_claims(article) if c.sentence.startswith(sentence[:20])]
    return claim


def entity_mentions(text: str, lang: str = "es") -> list:
    """The names one article's text gives, as the entity reader finds them: the entity
    tests read invented sentences through it."""
    from contrasta.reading.entities import Reader
    from contrasta.reading.nlp import load_pipeline

    return Reader(load_pipeline(lang)).mentions(text)


def entity_labels(text: str, lang: str = "es") -> dict[str, str]:
    """Each name's type, by the mention's text."""
    return {m.text: m.label for m in entity_mentions(text, lang)}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Marks `slow` (pyproject.toml) every test that starts PostgreSQL or PySpark, by the
    fixtures it uses, so a new such test is marked without anyone remembering to."""
    for item in items:
        call = getattr(item, "callspec", None)
        postgres = call is not None and call.params.get("store_location") == "postgres"
        if postgres or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def contrasta(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "contrasta", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
        timeout=300,
    )


@dataclass
class Analysed:
    db: Path
    out: Path
    run: subprocess.CompletedProcess


def broken_utf8(text: str) -> bytes:
    """UTF-8 with the second byte of two multi-byte characters in three lost (a file cut
    and pasted through a tool that drops bytes): mostly broken, some sequences whole."""
    data, out, i, seen = text.encode("utf-8"), bytearray(), 0, 0
    while i < len(data):
        if data[i] >= 0xC0:
            seen += 1
            if seen % 3:
                out.append(data[i])
                i += 2
                continue
        out.append(data[i])
        i += 1
    return bytes(out)


def written_stories(out: Path) -> list[dict]:
    """Every story a run wrote, in full, in the index's order: stories.json lists them and
    each one's dossier is stories/ID.json."""
    index = json.loads((out / "stories.json").read_text(encoding="utf-8"))
    return [
        json.loads((out / "stories" / f"{s['id']}.json").read_text(encoding="utf-8"))
        for s in index["stories"]
    ]


def written_pages(out: Path, suffix: str) -> str:
    """The index (report.html or report.md) and every story's page, one after another."""
    pages = [out / f"report{suffix}", *sorted((out / "stories").glob(f"*{suffix}"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


@pytest.fixture
def english():
    """Messages in English for the test (problems are written in the active language,
    Spanish by default): for tests that check what a reason says, not its language."""
    from contrasta import i18n

    with i18n.using("en"):
        yield


@pytest.fixture(autouse=True, scope="session")
def cache_folder(tmp_path_factory) -> Path:
    """The copies built to load fast (`contrasta.cache`) go to a folder of the test session,
    not to the user's cache, unless $CONTRASTA_CACHE names one; commands run as child
    processes inherit it."""
    os.environ.setdefault(cache.ENV, str(tmp_path_factory.mktemp("cache")))
    return Path(os.environ[cache.ENV])


@pytest.fixture(scope="session")
def truth() -> dict:
    return json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def analysed(tmp_path_factory) -> Analysed:
    work = tmp_path_factory.mktemp("analysed")
    db, out = work / "c.db", work / "out"
    run = contrasta("analyze", str(EXAMPLES), "--out", str(out), "--db", str(db))
    return Analysed(db=db, out=out, run=run)


@dataclass
class PgServer:
    """A PostgreSQL cluster of our own on 127.0.0.1, trusted logins, no fsync."""

    port: int
    admin: str  # superuser URL on the maintenance database
    user: str  # the ordinary role that owns each test database

    def url(self, database: str, user: str | None = None) -> str:
        return f"postgresql://{user or self.user}@127.0.0.1:{self.port}/{database}"


def _pg_binaries() -> tuple[Path, Path] | None:
    """initdb and pg_ctl: on PATH, or in Debian's versioned folder (which is not on PATH)."""
    on_path = shutil.which("initdb"), shutil.which("pg_ctl")
    if all(on_path):
        return Path(on_path[0]), Path(on_path[1])
    folders = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in folders:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder / "initdb", folder / "pg_ctl"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """initdb into a temporary folder and start it; PostgreSQL refuses to run as root, so
    as root the server runs as the `postgres` user."""
    pytest.importorskip("psycopg", reason="psycopg not installed: pip install -e '.[dev]'")
    import psycopg

    binaries = _pg_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql")
    initdb, pg_ctl = binaries
    as_user: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="contrasta-pg-"))
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            owner = None
        if owner is None or runuser is None:
            shutil.rmtree(root)
            pytest.skip("running as root without a `postgres` user and runuser to start the server")
        os.chown(root, owner.pw_uid, owner.pw_gid)
        as_user = [runuser, "-u", "postgres", "--"]
    data, log = root / "data", root / "server.log"
    setup = [initdb, "-D", data, "-U", "contrasta", "--auth=trust", "-E", "UTF8", "--no-locale"]
    subprocess.run([*as_user, *setup, "--no-sync"], check=True, capture_output=True)
    port = _free_port()
    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1"
        " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    start = [*as_user, pg_ctl, "-D", data, "-l", log, "-w", "-t", "30", "-o", options, "start"]
    started = subprocess.run(start, capture_output=True, text=True)
    if started.returncode != 0:
        detail = log.read_text() if log.exists() else started.stderr
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start:\n{detail}")
    server = PgServer(
        port=port, admin=f"postgresql://contrasta@127.0.0.1:{port}/postgres", user="app"
    )
    try:
        with psycopg.connect(server.admin, autocommit=True) as conn:
            conn.execute("CREATE ROLE app LOGIN")
        yield server
    finally:
        subprocess.run(
            [*as_user, pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)


_databases = itertools.count()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database owned by an ordinary (not super) user, dropped afterwards."""
    import psycopg

    name = f"test_{next(_databases)}"
    with psycopg.connect(pg_server.admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} OWNER {pg_server.user}")
    yield pg_server.url(name)
    with psycopg.connect(pg_server.admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def store_location(request, tmp_path) -> str | Path:
    """Where a store lives, once per back end: the same tests hold for both."""
    if request.param == "sqlite":
        return tmp_path / "store.db"
    return request.getfixturevalue("pg_url")


CITE = re.compile(
    r'<(?:a|span) class="(?:cite|chip)"(?: href="[^"]*?(?:/articles/|#a-)([0-9a-f]{12})[^"]*")?'
    r' title="([^"]*)">([^<]*)</(?:a|span)>'
)


def citation_chips(page: str, titles: dict[str, str]) -> dict[str, set[str]]:
    """Each citation chip's words on a story page -> the articles chips so worded cite;
    every chip's title attribute starts with its article's headline (`titles`)."""
    import html

    cited: dict[str, set[str]] = {}
    for article_id, title, text in CITE.findall(page):
        if article_id:
            assert html.unescape(title).startswith(titles[article_id][:20]), (article_id, title)
            cited.setdefault(html.unescape(text), set()).add(article_id)
    return cited
