"""Rows of the user-editable CSV files (outlet registry, loaded-words lexicon).

Both are edited by hand, so every error names the file and line to fix, and lines
whose first cell starts with "#" are comments for documenting the file in place.
"""

from __future__ import annotations

import csv
from pathlib import Path

from contrasta.errors import InputError
from contrasta.i18n import _

_PACKAGE = Path(__file__).resolve().parents[1]


def file_name(path: Path) -> str:
    """How a CSV file is named in what a run stores and shows: a file shipped inside the
    package by its place in the package ("contrasta/coverage/outlets.csv"), so stored
    dossiers stay valid wherever contrasta is installed and published reports never show
    the folders of the machine that made them; a user's file as it was given."""
    try:
        return (_PACKAGE.name / Path(path).resolve().relative_to(_PACKAGE)).as_posix()
    except ValueError:
        return str(path)


def read_rows(
    path: Path, columns: tuple[str, ...], required: tuple[str, ...]
) -> list[tuple[int, dict[str, str]]]:
    """(line, cells) for each data row of a UTF-8 CSV with a header naming `columns`."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(
            f"{path}: " + _("no such file"), _("check the path"), source=str(path)
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path}: " + _("cannot read it ({reason})").format(reason=exc),
            _("save it as UTF-8 CSV"),
        ) from exc
    reader = csv.reader(text.splitlines())
    header: list[str] | None = None
    rows = []
    for cells in reader:
        line = reader.line_num
        if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [c.strip().lower() for c in cells]
            missing = [c for c in required if c not in header]
            unknown = [c for c in header if c not in columns]
            if missing or unknown:
                raise InputError(
                    f"{path}:{line}: "
                    + _(
                        "header must name the columns (missing: {missing}; unknown: {unknown})"
                    ).format(missing=", ".join(missing) or "-", unknown=", ".join(unknown) or "-"),
                    _("columns: {columns}").format(columns=",".join(columns)),
                    source=f"{path}:{line}",
                )
            continue
        if len(cells) > len(header):
            raise InputError(
                f"{path}:{line}: "
                + _("{cells} cells for {columns} columns").format(
                    cells=len(cells), columns=len(header)
                ),
                _('quote cells that contain commas: "a, b"'),
                source=f"{path}:{line}",
            )
        row = dict.fromkeys(columns, "") | {
            name: value.strip() for name, value in zip(header, cells, strict=False)
        }
        for name in required:
            if not row[name]:
                raise InputError(
                    f"{path}:{line}: " + _("empty {column}").format(column=name),
                    _("every row needs {columns}").format(columns=" + ".join(required)),
                    source=f"{path}:{line}",
                )
        rows.append((line, row))
    if header is None:
        raise InputError(
            f"{path}: " + _("no header row"),
            _("columns: {columns}").format(columns=",".join(columns)),
        )
    return rows
