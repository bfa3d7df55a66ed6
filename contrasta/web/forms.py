"""A posted form, read only as far as it deserves.

Starlette's form reader takes the whole body (spooling files to disk) before anything can
be checked, so a 200 MB upload without the token cost 170 MB of disk before its refusal.
Here the refusals come first: write mode and the request's origin before a byte of the
body, a declared Content-Length over the cap before a byte either, the token as soon as
it arrives (the header, or the form's first field, which is where our forms put it), and
every file and the whole body capped while streaming.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from fastapi import Request
from python_multipart.multipart import MultipartParser, parse_options_header

from contrasta.i18n import N_, _
from contrasta.web.errors import WebError
from contrasta.web.security import check_origin, check_token, require_write_mode
from contrasta.web.settings import TOKEN_FIELD, TOKEN_HEADER, Settings
from contrasta.web.upload import Upload

FIELD_BYTES = 4 * 1024 * 1024  # a text field: a pasted article
SMALL_FORM_BYTES = 64 * 1024  # a form without files: merge and split
TOKEN_FIRST = N_(
    "send the token first: in the {header} header or as the form's first field, `{field}`"
)


@dataclass
class Form:
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: list[Upload] = field(default_factory=list)

    def get(self, name: str) -> str:
        values = self.fields.get(name)
        return values[0] if values else ""

    def getlist(self, name: str) -> list[str]:
        return self.fields.get(name, [])


def _no_token() -> WebError:
    return WebError(
        403,
        _("the write token is missing or wrong"),
        _(TOKEN_FIRST).format(header=TOKEN_HEADER, field=TOKEN_FIELD),
    )


def _too_large(what: str, limit: int) -> WebError:
    return WebError(
        413,
        _("{what}: too large").format(what=what),
        _("send at most {n} MB").format(n=limit // 2**20 or 1),
    )


class _Parts:
    """The multipart callbacks: collect fields and files, refuse as early as possible."""

    def __init__(self, settings: Settings, verified: bool) -> None:
        self.settings, self.verified = settings, verified
        self.form = Form()
        self._headers: dict[bytes, bytes] = {}
        self._field = b""
        self._name, self._filename = "", None
        self._data = bytearray()

    def callbacks(self) -> dict:
        return {
            "on_part_begin": self._begin,
            "on_header_field": self._header_field,
            "on_header_value": self._header_value,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
            "on_part_end": self._end,
        }

    def _begin(self) -> None:
        self._headers, self._field, self._data = {}, b"", bytearray()

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        key = self._field.lower()
        self._headers[key] = self._headers.get(key, b"") + data[start:end]
        if len(self._headers[key]) > 4096:
            raise WebError(400, _("header of a form part too long"))

    def _headers_finished(self) -> None:
        self._field = b""
        _value, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        self._filename = filename.decode("utf-8", "replace") if filename is not None else None
        if not self.verified and self._name != TOKEN_FIELD:
            raise _no_token()
        if self._filename is not None and len(self.form.files) >= self.settings.max_files:
            raise WebError(
                400,
                _("too many files"),
                _("send {n} or fewer at once").format(n=self.settings.max_files),
            )

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        self._data += data[start:end]
        if self._filename is not None and len(self._data) > self.settings.max_bytes:
            raise _too_large(_("file {name}").format(name=self._filename), self.settings.max_bytes)
        if self._filename is None and len(self._data) > FIELD_BYTES:
            raise _too_large(_("field {name}").format(name=f"«{self._name}»"), FIELD_BYTES)

    def _end(self) -> None:
        if self._filename is not None:
            if self._filename:  # a file input left empty sends a part with no name
                self.form.files.append(Upload(self._filename, bytes(self._data)))
            return
        value = self._data.decode("utf-8", "replace")
        if self._name == TOKEN_FIELD and not self.verified:
            check_token(self.settings, value)
            self.verified = True
        self.form.fields.setdefault(self._name, []).append(value)


async def _body(request: Request, limit: int):
    """The body in chunks, refused once it passes `limit` (declared or counted)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(_("request"), limit)
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(_("request"), limit)
        yield chunk


async def read_form(request: Request, settings: Settings) -> Form:
    """The posted form of a write, after every check that can come before it."""
    require_write_mode(settings)
    check_origin(request)
    header_token = request.headers.get(TOKEN_HEADER)
    if header_token is not None:
        check_token(settings, header_token)
    kind, options = parse_options_header(request.headers.get("content-type"))
    if kind == b"multipart/form-data" and options.get(b"boundary"):
        parts = _Parts(settings, verified=header_token is not None)
        parser = MultipartParser(options[b"boundary"], parts.callbacks())
        async for chunk in _body(request, settings.max_upload):
            parser.write(chunk)
        parser.finalize()
        if not parts.verified:
            raise _no_token()
        return parts.form
    if kind != b"application/x-www-form-urlencoded":
        raise WebError(415, _("not a form"), _("send an HTML form (urlencoded or multipart)"))
    body = b"".join([chunk async for chunk in _body(request, SMALL_FORM_BYTES)])
    form = Form()
    for name, value in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
        form.fields.setdefault(name, []).append(value)
    if header_token is None:
        check_token(settings, form.get(TOKEN_FIELD))
    return form
