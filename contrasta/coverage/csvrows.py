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
    reader = csv.reader(_read_text(path).splitlines())
    header: list[str] | None = None
    rows = []
    for cells in reader:
        line = reader.line_num
        if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = _header(cells, f"{path}:{line}", columns, required)
        else:
            rows.append((line, _row(cells, header, f"{path}:{line}", columns, required)))
    if header is None:
        raise InputError(
            f"{path}: " + _("no header row"),
            _("columns: {columns}").format(columns=",".join(columns)),
        )
    return rows


def _read_text(path: Path) -> str:
    """The file's text, a byte-order mark dropped; InputError when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(
            f"{path}: " + _("no such file"), _("check the path"), source=str(path)
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path}: " + _("cannot read it ({reason})").format(reason=exc),
            _("save it as UTF-8 CSV"),
        ) from exc


def _header(
    cells: list[str], where: str, columns: tuple[str, ...], required: tuple[str, ...]
) -> list[str]:
    """The header row's column names, lowercased; InputError when one required is missing
    or one is unknown. `where` is "path:line"."""
    header = [c.strip().lower() for c in cells]
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in columns]
    if missing or unknown:
        raise InputError(
            f"{where}: "
            + _("header must name the columns (missing: {missing}; unknown: {unknown})").format(
                missing=", ".join(missing) or "-", unknown=", ".join(unknown) or "-"
            ),
            _("columns: {columns}").format(columns=",".join(columns)),
            source=where,
        )
    return header


def _row(
    cells: list[str],
    header: list[str],
    where: str,
    columns: tuple[str, ...],
    required: tuple[str, ...],
) -> dict[str, str]:
    """One data row as every column's stripped cell ("" for the missing ones); InputError
    when it has more cells than the header or a required one is empty."""
    if len(cells) > len(header):
        raise InputError(
            f"{where}: "
            + _("{cells} cells for {columns} columns").format(
                cells=len(cells), columns=len(header)
            ),
            _('quote cells that contain commas: "a, b"'),
            source=where,
        )
    row = dict.fromkeys(columns, "") | {
        name: value.strip() for name, value in zip(header, cells, strict=False)
    }
    for name in required:
        if not row[name]:
            raise InputError(
                f"{where}: " + _("empty {column}").format(column=name),
                _("every row needs {columns}").format(columns=" + ".join(required)),
                source=where,
            )
    return row
