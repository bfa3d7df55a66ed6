"""The messages the code uses, and the .po files kept in step with them.

Babel's extractor finds `_()`, `ngettext()`, `N_()` and `N_plural()` in the package's Python
and templates; click's help texts (docstrings and `help=`) are read from the command tree. Run
`python -m contrasta.catalogue` after changing a message: it adds new ids to
`contrasta/locale/*.po` (English filled in, Spanish left empty for a translator), keeps every
translation made, drops ids the code no longer uses and compiles each .po into the .mo that
`contrasta.i18n` reads. The test suite fails while any id is untranslated or a .mo is stale.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import click
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from contrasta.i18n import LANGUAGES

PACKAGE = Path(__file__).parent
LOCALE = PACKAGE / "locale"
METHODS = [("**/templates/**.j2", "jinja2"), ("**.py", "python")]
KEYWORDS = {**DEFAULT_KEYWORDS, "N_plural": (1, 2)}  # click's plurals (`i18n.N_plural`)

Message = str | tuple[str, str]


def code_messages() -> list[Message]:
    """Every message id in the code, in order of first use; plurals as (singular, plural)."""
    found: dict[Message, None] = {}
    extracted = extract_from_dir(PACKAGE, METHODS, keywords=KEYWORDS)
    for _file, _line, message, _comments, _context in extracted:
        if isinstance(message, tuple):
            found[(message[0], message[1])] = None
        elif message:
            found[message] = None
    found.update(dict.fromkeys(help_messages()))
    return list(found)


def help_messages() -> list[str]:
    """The CLI's help texts and arguments' names as click shows them before translation."""
    from contrasta.cli import cli

    texts: list[str] = []

    from contrasta.cli import _argument_name

    def walk(command) -> None:
        for item in (command, *command.params):
            text = item.__dict__.get("help_id") or " ".join((item.help or "").split())
            if text:
                texts.append(text)
        texts.extend(_argument_name(p) for p in command.params if isinstance(p, click.Argument))
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(cli)
    return texts


def read(lang: str) -> Catalog:
    with (LOCALE / f"{lang}.po").open("rb") as po:
        return read_po(po, locale=lang)


def compiled(lang: str) -> bytes:
    """The .mo that the .po of `lang` compiles to."""
    out = BytesIO()
    write_mo(out, read(lang))
    return out.getvalue()


def update() -> None:
    messages = code_messages()
    for lang in LANGUAGES:
        path = LOCALE / f"{lang}.po"
        old = read(lang) if path.exists() else Catalog(locale=lang)
        new = Catalog(
            locale=lang,
            project="contrasta",
            fuzzy=False,
            creation_date=old.creation_date,
            header_comment=f"# contrasta's messages ({lang}): `python -m contrasta.catalogue`",
        )
        # Counts take two forms in both languages ("1 artículo", "2 artículos"); CLDR's
        # Spanish rule adds a third for round millions that no message here needs.
        new.mime_headers = [("Plural-Forms", "nplurals=2; plural=(n != 1);")]
        for message in messages:
            key = message[0] if isinstance(message, tuple) else message
            kept = old.get(key)
            string = (
                kept.string if kept is not None else ("", "") if isinstance(message, tuple) else ""
            )
            if lang == "en" and not any(string if isinstance(string, tuple) else (string,)):
                string = message
            new.add(message, string)
        with path.open("wb") as po:
            write_po(po, new, width=100, omit_header=False, sort_output=False)
        (LOCALE / f"{lang}.mo").write_bytes(compiled(lang))


if __name__ == "__main__":
    update()
