"""A real HTTP server on 127.0.0.1 for the live-source tests, and what it serves: fictional
Spanish articles written for these tests, as HTML pages, RSS 2.0 and Atom feeds, plus
pages that misbehave (slow, failing, huge, redirecting, not HTML)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CET = timezone(timedelta(hours=1))


@dataclass(frozen=True)
class Story:
    slug: str
    outlet: str
    title: str
    published: datetime
    paragraphs: tuple[str, ...]


ARTICLES = {
    story.slug: story
    for story in (
        Story(
            "incendio-desalojo",
            "El Faro de Levante",
            "Un incendio forestal obliga a desalojar tres aldeas en la sierra de Montesclaros",
            datetime(2026, 3, 10, 8, 15),
            (
                "Un incendio forestal declarado a última hora del lunes en la sierra de "
                "Montesclaros obligó durante la madrugada a desalojar las aldeas de Robledal, "
                "Las Cañadas y Fuentehonda, según informó la Agencia Autonómica de Emergencias.",
                "Unos 340 vecinos pasaron la noche en el pabellón municipal de Villanueva del "
                "Campo, donde Cruz Roja instaló camas y un punto de atención sanitaria. "
                "«Salimos con lo puesto, solo nos dio tiempo a coger a los perros», contó una "
                "vecina de Robledal.",
                "El consejero de Medio Ambiente, Tomás Ferrando, explicó que el fuego avanza "
                "empujado por rachas de viento de hasta 60 kilómetros por hora y que trabajan "
                "en la zona nueve medios aéreos y más de 200 efectivos.",
                "La alcaldesa de Robledal, Marta Olivares, pidió a los vecinos que no intenten "
                "regresar a sus casas hasta que los bomberos lo autoricen.",
            ),
        ),
        Story(
            "incendio-estabilizado",
            "Crónica del Sureste",
            "Los bomberos dan por estabilizado el incendio de Montesclaros tras arrasar "
            "1.200 hectáreas",
            datetime(2026, 3, 11, 9, 40),
            (
                "El incendio de la sierra de Montesclaros quedó estabilizado a primera hora "
                "del martes después de calcinar unas 1.200 hectáreas de pinar y matorral, "
                "según el último parte de la Agencia Autonómica de Emergencias.",
                "El consejero de Medio Ambiente, Tomás Ferrando, atribuyó la mejora al cambio "
                "de viento y a las descargas de los medios aéreos durante la noche, aunque "
                "advirtió de que el perímetro todavía no está controlado.",
                "Los 340 vecinos desalojados de Robledal, Las Cañadas y Fuentehonda siguen "
                "alojados en Villanueva del Campo. La alcaldesa de Robledal, Marta Olivares, "
                "confía en que puedan volver a sus casas antes del fin de semana.",
                "La Guardia Civil investiga el origen del fuego, que se inició junto a una "
                "pista forestal cercana a Fuentehonda.",
            ),
        ),
        Story(
            "incendio-regreso",
            "El Faro de Levante",
            "Los vecinos desalojados por el incendio de Montesclaros regresan a sus casas",
            datetime(2026, 3, 12, 18, 5),
            (
                "Los 340 vecinos de Robledal, Las Cañadas y Fuentehonda desalojados por el "
                "incendio de la sierra de Montesclaros regresaron este jueves a sus casas, "
                "después de que la Agencia Autonómica de Emergencias diera el fuego por "
                "controlado.",
                "La alcaldesa de Robledal, Marta Olivares, recibió a los primeros autobuses "
                "en la plaza del pueblo. «Hemos tenido mucha suerte: ninguna casa ha ardido», "
                "dijo.",
                "El consejero de Medio Ambiente, Tomás Ferrando, anunció que la Junta "
                "estudiará ayudas para los ganaderos que perdieron pastos en las 1.200 "
                "hectáreas calcinadas.",
            ),
        ),
        Story(
            "puerto-terminal",
            "Diario de Valdemora",
            "El puerto de Valdemora amplía su terminal de contenedores con una inversión de "
            "80 millones",
            datetime(2026, 3, 10, 12, 0),
            (
                "La Autoridad Portuaria de Valdemora aprobó este martes la ampliación de la "
                "terminal de contenedores del muelle norte, una obra de 80 millones de euros "
                "que permitirá atender buques de hasta 400 metros de eslora.",
                "El presidente del organismo, Julián Castañeda, explicó que las obras "
                "comenzarán en otoño y durarán tres años, y que la capacidad de la terminal "
                "pasará de 900.000 a 1,4 millones de contenedores al año.",
                "Las asociaciones vecinales del barrio de San Telmo reclamaron un estudio de "
                "ruido antes de adjudicar el proyecto y anunciaron alegaciones.",
            ),
        ),
    )
}


def article_page(story: Story, *, dated: bool = True, titled: bool = True) -> bytes:
    """The page as a news site serves it: metadata in the head, menus around the article."""
    meta = f'<meta property="og:site_name" content="{escape(story.outlet)}">\n'
    if titled:
        meta += f"<title>{escape(story.title)} | {escape(story.outlet)}</title>\n"
    if dated:
        stamp = story.published.isoformat()
        meta += f'<meta property="article:published_time" content="{stamp}">\n'
    body = "".join(f"<p>{escape(p)}</p>\n" for p in story.paragraphs)
    heading = f"<h1>{escape(story.title)}</h1>" if titled else ""
    return (
        '<!DOCTYPE html>\n<html lang="es">\n<head>\n<meta charset="utf-8">\n'
        f"{meta}</head>\n<body>\n"
        '<nav><a href="/">Portada</a> <a href="/local">Local</a></nav>\n'
        f"<article>{heading}\n{body}</article>\n"
        "<footer>Todos los derechos reservados.</footer>\n</body>\n</html>\n"
    ).encode()


def rss(title: str, items: list[tuple[str, Story]]) -> bytes:
    """(link, story) items as RSS 2.0, dates in RFC 822 with the outlet's offset."""
    entries = "".join(
        f"<item><title>{escape(s.title)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid>"
        f"<pubDate>{format_datetime(s.published.replace(tzinfo=CET))}</pubDate></item>\n"
        for link, s in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.invalid/</link>"
        f"<description>Portada</description>\n{entries}</channel></rss>\n"
    ).encode()


def atom(title: str, items: list[tuple[str, Story]]) -> bytes:
    entries = "".join(
        f'<entry><title>{escape(s.title)}</title><link href="{escape(link)}"/>'
        f"<id>urn:nota:{s.slug}</id><updated>{s.published.isoformat()}+01:00</updated>"
        "</entry>\n"
        for link, s in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:feed:{escape(title)}</id>"
        f"<updated>2026-03-12T18:05:00+01:00</updated>\n{entries}</feed>\n"
    ).encode()


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    fail_first: int = 0  # answer 500 to this many requests first
    etag: str | None = None
    last_modified: str | None = None
    stream: int = 0  # bytes of filler sent with no Content-Length
    trickle: float = 0.0  # seconds between two bytes of the status line and headers


class Site:
    """Routes by path; counts every request and keeps its headers, for the assertions."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.requests: dict[str, list[dict[str, str]]] = defaultdict(list)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: bytes = b"", **options) -> str:
        self.routes[path] = Route(body=body, **options)
        return self.url(path)

    def add_article(self, story: Story, **page_options) -> str:
        return self.add(f"/noticias/{story.slug}.html", article_page(story, **page_options))

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            site.hits[path] += 1
            site.requests[path].append(dict(self.headers))
            route = site.routes.get(path)
            # The client hangs up on purpose after a timeout or at the size cap.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._answer(route, site.hits[path])

        def _answer(self, route: Route | None, hit: int) -> None:
            if route is None:
                self._send(404, b"no existe", "text/plain")
                return
            if route.delay:
                time.sleep(route.delay)
            if hit <= route.fail_first:
                self._send(500, b"error interno", "text/plain")
                return
            if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
            ):
                self._send(304, b"", None, route)
                return
            if route.trickle:
                head = (
                    f"HTTP/1.1 {route.status} OK\r\nContent-Type: {route.content_type}\r\n"
                    f"Content-Length: {len(route.body)}\r\n\r\n"
                ).encode()
                for byte in head:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(route.trickle)
                self.wfile.write(route.body)
                return
            if route.stream:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.end_headers()
                chunk = b"<p>relleno</p>" * 4096
                for _ in range(route.stream // len(chunk) + 1):
                    self.wfile.write(chunk)
                return
            self._send(route.status, route.body, route.content_type, route)

        def _send(self, status: int, body: bytes, kind: str | None, route: Route | None = None):
            self.send_response(status)
            if kind:
                self.send_header("Content-Type", kind)
            if route:
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler
