"""How the server was started, and what that allows: read-only unless `--write`.

A write token always exists in write mode. Bound to loopback without `--token`, the
server makes one up and puts it in its own forms: that is only CSRF protection, since a
page from another site can neither read our forms nor guess it. Bound beyond loopback,
the token is the password for writes, so it is never put in a page: the user types it.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from contrasta.coverage import Lexicon, Registry, default_lexicon, default_registry
from contrasta.limits import MB

TOKEN_FIELD = "token"
TOKEN_HEADER = "X-Contrasta-Token"


def is_loopback(host: str) -> bool:
    """True for names and addresses that only this machine can reach."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Settings:
    db: str  # a SQLite file, or whatever URL `open_store` accepts
    uploads: Path
    host: str = "127.0.0.1"
    write: bool = False
    token: str | None = None
    token_in_forms: bool = False
    embedder: str = "auto"
    registry: Registry = field(default_factory=default_registry)
    lexicon: Lexicon = field(default_factory=default_lexicon)
    max_bytes: int = 20 * MB  # one uploaded file
    max_files: int = 50
    max_upload: int = 50 * MB  # one upload request, all its files and fields

    @property
    def local(self) -> bool:
        return is_loopback(self.host)


def make_settings(
    db: str | Path,
    host: str = "127.0.0.1",
    write: bool = False,
    token: str | None = None,
    embedder: str = "auto",
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
) -> Settings:
    """Settle the token (given, made up for our own forms on loopback, or made up to
    print) and where uploads go: next to a database file, else in the working folder.
    `registry` and `lexicon` (the user's `--outlets` and `--lexicon` merged over the
    shipped ones, as for `analyze`) default to the shipped ones."""
    token = token or None
    db = str(db)
    generated = write and token is None
    if generated:
        token = secrets.token_urlsafe(24)
    return Settings(
        db=db,
        uploads=Path("contrasta-uploads") if "://" in db else Path(f"{db}.uploads"),
        host=host,
        write=write,
        token=token if write else None,
        token_in_forms=generated and is_loopback(host),
        embedder=embedder,
        registry=registry or default_registry(),
        lexicon=lexicon or default_lexicon(),
    )
