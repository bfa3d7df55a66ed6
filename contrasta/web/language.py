"""Each request in its reader's language: pages and API error bodies follow the
Accept-Language header (Spanish when it names neither of ours); the JSON's field names and
codes stay English whatever the language."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contrasta import i18n


class LanguageMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = dict(scope["headers"]).get(b"accept-language", b"").decode("latin-1")
        lang = i18n.from_accept(header)

        async def send_marked(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", [])]
                headers += [(b"content-language", lang.encode()), (b"vary", b"Accept-Language")]
                message = {**message, "headers": headers}
            await send(message)

        with i18n.using(lang):
            await self.app(scope, receive, send_marked)
