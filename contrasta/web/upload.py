"""Articles sent from the browser go through the same pipeline as `contrasta analyze`.

Each upload is written to a folder next to the database (`FILE.uploads/`) and analysed
from there, so every article's `source` names a real file that can be read again, as
with articles analysed from disk.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from contrasta.dates import parse_date, refusal
from contrasta.embed import Embedder, load_embedder
from contrasta.errors import InputError
from contrasta.i18n import N_, _
from contrasta.ingest import KNOWN_SUFFIXES, file_suffix, read_file
from contrasta.pipeline import RunResult
from contrasta.prepare import prepare
from contrasta.service import Service
from contrasta.store import Store
from contrasta.web.errors import WebError
from contrasta.web.settings import Settings

PASTED = "pegado.txt"
MAX_NAME = 80
NOTHING = N_("nothing to analyse")
_UNSAFE = re.compile(r"[^\w.-]+")
ACCEPTED = sorted(KNOWN_SUFFIXES)
"""The file types an upload may carry (`check`), as the form's file picker offers them."""


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


@dataclass
class UploadResult:
    folder: Path
    article_ids: list[str]  # every article found in the upload, new or already stored
    run: RunResult


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _nothing() -> WebError:
    return WebError(400, _(NOTHING), _("paste an article's text or choose files"))


def pasted(text: str, title: str = "", outlet: str = "", date: str = "") -> Upload:
    """Pasted text as a `.txt` file whose header lines carry the optional fields."""
    if not text.strip():
        raise _nothing()
    header = []
    if title.strip():
        header.append(f"title: {_one_line(title)}")
    if outlet.strip():
        header.append(f"outlet: {_one_line(outlet)}")
    if date.strip():
        if parse_date(_one_line(date)) is None:
            why = refusal(_one_line(date))
            raise WebError(
                400,
                _("date {date} refused: {why}").format(date=f"«{date}»", why=why)
                if why
                else _("date not understood: {date}").format(date=f"«{date}»"),
                _("write e.g. {example}").format(example="2026-01-12 10:30"),
            )
        header.append(f"date: {_one_line(date)}")
    body = "\n".join([*header, "", text]) if header else text
    return Upload(PASTED, body.encode("utf-8"))


def safe_name(name: str) -> str:
    """A browser-sent file name reduced to one harmless path component of at most
    MAX_NAME characters; a long name loses the end of its stem, never its type."""
    whole = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip("._")
    suffix = whole[len(whole) - len(file_suffix(Path(whole))) :]
    stem = whole[: len(whole) - len(suffix)][: max(MAX_NAME - len(suffix), 1)]
    return f"{stem}{suffix}" if stem else "subida.txt"


def check(uploads: list[Upload], settings: Settings) -> None:
    if not uploads:
        raise _nothing()
    if len(uploads) > settings.max_files:
        raise WebError(
            400,
            _("too many files ({n})").format(n=len(uploads)),
            _("send {n} or fewer").format(n=settings.max_files),
        )
    for upload in uploads:
        if file_suffix(Path(safe_name(upload.name))) not in KNOWN_SUFFIXES:
            raise WebError(
                400,
                f"{upload.name[:MAX_NAME]}: " + _("unknown file type"),
                _("accepted: {suffixes}").format(suffixes=", ".join(ACCEPTED)),
            )


def save(uploads: list[Upload], root: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = root / f"{stamp}-{secrets.token_hex(3)}"
    folder.mkdir(parents=True)
    taken: set[str] = set()
    for upload in uploads:
        name = safe_name(upload.name)
        while name in taken:
            name = f"_{name}"
        taken.add(name)
        (folder / name).write_bytes(upload.data)
    return folder


@cache
def embedder(choice: str) -> Embedder:
    """Loaded on the first upload, then kept: loading the model costs seconds."""
    return load_embedder(choice)


def article_ids(folder: Path, max_bytes: int) -> list[str]:
    """Ids of the articles in the saved files: ids are content hashes, so reading the
    files again gives them whether the article was new or already stored."""
    ids = []
    for path in sorted(folder.iterdir()):
        for item in read_file(path, max_bytes):
            if isinstance(item, InputError):
                continue
            try:
                ids.append(prepare(item).id)
            except InputError:
                continue
    return list(dict.fromkeys(ids))


def analyse(store: Store, uploads: list[Upload], settings: Settings) -> UploadResult:
    check(uploads, settings)
    folder = save(uploads, settings.uploads)
    service = Service(store, settings.registry, settings.lexicon)
    run, _ = service.analyze([folder], embedder(settings.embedder), max_bytes=settings.max_bytes)
    return UploadResult(folder, article_ids(folder, settings.max_bytes), run)
