"""Scraper noise around a real article, with the truth kept beside it.

The forms are written from what Spanish-language news pages print, as read on real pages
(trafilatura's test cache: eluniverso.com, infobae.com; the SemEval and FakeDeS texts, whose
scrapes kept some of it; newspaper mastheads and cookie notices as sites show them):
captions ending "Foto: AFP." then a second "Foto: AFP", "-crédito Nombre/REUTERS",
"Nombre Apellido/EFE", "(Foto: AP Photo/Nombre)", "Fotos: Nombre | Diario", print-style
capitals; dates as "24 Ago, 2026 06:28 p. m." with an "Actualizado:" line, "24 de agosto,
2026 - 23h23", "Vie, 17/10/2025 - 04:05", "02/01/2020 05:00 h", key-value scraper headers
("date 2026-01-12") with leading space and glued to the headline; "Por: Redacción" and the
newsroom e-mail; "Compartir nota:", "0 Facebook 0 Twitter 0 WhatsApp", "Guardar",
"PUBLICIDAD", "- Publicidad -", "Escuchar nota", "Lee también:", "Te puede interesar:",
"Temas relacionados", the newsletter notice, "Utilizamos cookies propias y de terceros…",
"Salir de la versión móvil", "Fuente: agencias", "Referencia:" with an APA line.
Outlets, people and captions are invented.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from noisy_sources import Source

OUTLETS = (
    ("El Heraldo del Sur", "heraldodelsur.com"),
    ("Diario La Frontera", "diariolafrontera.com"),
    ("La Voz del Valle", "lavozdelvalle.es"),
    ("Crónica de Levante", "cronicadelevante.es"),
    ("El Observador Atlántico", "observadoratlantico.com"),
    ("Noticias del Altiplano", "noticiasdelaltiplano.com.bo"),
    ("La Gaceta Pampeana", "gacetapampeana.com.ar"),
    ("El Correo de la Costa", "correodelacosta.com.mx"),
)
AGENCIES = ("EFE", "AFP", "Reuters", "AP", "Europa Press", "Xinhua", "ANSA", "Cuartoscuro")
FIRST_NAMES = ("Marta", "Luis", "Ana", "Javier", "Lucía", "Andrés", "Paula", "Sergio", "Elena")
SURNAMES = ("Ríos", "Ortega", "Beltrán", "Soler", "Quintana", "Márquez", "Villalba", "Ibarra")
ORGS = ("Ayuntamiento", "Gobierno regional", "Policía Nacional", "Presidencia", "Cruz Roja")
CAPTIONS = (
    "Vista general del acto celebrado en la capital.",
    "Agentes de la policía custodian el acceso al edificio.",
    "Varias personas observan la escena desde la calle.",
    "El encuentro se celebró a puerta cerrada durante la mañana.",
    "Decenas de personas se concentraron frente a la sede.",
    "Fotografía de archivo de una rueda de prensa.",
    "Los asistentes escuchan la intervención desde las primeras filas.",
    "Un grupo de voluntarios reparte ayuda en el lugar",
    "La comitiva a su llegada al palacio de gobierno",
)
MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
WEEKDAYS = "lunes martes miércoles jueves viernes sábado domingo".split()
SECTIONS = ("politica", "sociedad", "economia", "internacional", "local", "salud")

METERS = (
    "Progresista {a}%Conservador {b}%",
    "Progresista {a}% Conservador {b}%",
    "Progresista {a}% · Conservador {b}%",
    "Izquierda {a}% · Centro {b}% · Derecha {c}%",
    "Izquierda {a}%Centro {b}%Derecha {c}%",
    "Izquierda {a}% | Centro {b}% | Derecha {c}%",
    "Cobertura: Izquierda {a}% Centro {b}% Derecha {c}%",
)
MASTHEADS = (
    "Fundado en {year}",
    "Diario independiente de la mañana",
    "{OUTLET}",
    "Decano de la prensa regional",
    "Año {roman} · N.º {issue}",
    "Edición impresa",
)
MOBILE = (
    "Salir de la versión móvil",
    "Ver versión completa",
    "Versión AMP",
    "Ir a la versión de escritorio",
)
SHARE = (
    "Compartir en Facebook",
    "Compartir en Twitter",
    "Compartir nota:",
    "Compartir",
    "WhatsApp Facebook Twitter Pinterest Linkedin Tumblr",
    "Compartir Tweet Correo electrónico Copiar enlace",
    "0 Facebook 0 Twitter 0 WhatsApp",
    "Guardar",
    "Síguenos:",
    "Síguenos en Google Noticias",
)
SUBSCRIBE = (
    "Suscríbete a nuestro boletín",
    "Recibe las noticias más importantes en tu correo",
    "Al hacer click en enviar quedarás registrado a nuestro boletín, el cual podrás "
    "cancelar en cualquier momento",
    "Únete a nuestro canal de WhatsApp",
)
ADS = (
    "PUBLICIDAD",
    "Publicidad",
    "- Publicidad -",
    "Anuncios",
    "ADVERTISING",
    "Escuchar nota",
    "Temas relacionados",
)
RELATED = ("Lee también: {other}", "Te puede interesar: {other}", "Leer más: {other}")
RELATED_LABELS = ("LEE TAMBIÉN", "Lee también", "Te puede interesar", "Más noticias")
COOKIES = (
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa "
    "navegando, consideramos que acepta su uso.",
    "Este sitio web utiliza cookies para mejorar su experiencia. Más información",
    "Aceptar todas las cookies",
    "Configurar cookies",
)
SOURCE_LINES = ("Fuente: agencias", "Fuente: {agency}", "Con información de {agency} y {agency2}")

# What marks a text as already carrying furniture: used to keep such texts out of the
# truth. Derived from the tables above, plus the credit and reference labels.
_PHRASES = tuple(
    phrase.casefold()
    for phrase in (
        "lee también",
        "te puede interesar",
        "leer más",
        "compartir en",
        "compartir nota",
        "copiar enlace",
        "suscríbete",
        "síguenos",
        "escuchar nota",
        "cookies",
        "versión móvil",
        "versión amp",
        "- publicidad -",
        "con información de",
        "temas relacionados",
        "nuestro boletín",
    )
)
_WHOLE_LINES = {line.casefold() for line in (*MOBILE, *SHARE, *ADS, *RELATED_LABELS)}
_NETWORKS = "facebook|twitter|whatsapp|telegram|linkedin|pinterest|tumblr"
_LEFTOVERS = re.compile(
    r"[\W\d_]+"  # a date or a number alone, no words
    r"|ad|anuncios\.?|\w+_\w+_\w+"  # an ad label, an image file name
    rf"|.*({_NETWORKS})\W{{0,3}}({_NETWORKS}).*",  # share buttons run together
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\b(fotos?|imagen|im[aá]genes|cr[eé]ditos?|cortes[ií]a|fotograf[ií]a|referencias?|fuentes?)"
    r"\s*:|\b\w+ ?/ ?(" + "|".join(AGENCIES) + r")\b|\b(" + "|".join(AGENCIES) + r") ?/ ?\w",
    re.IGNORECASE,
)


def looks_like_furniture(text: str) -> bool:
    """True when a real text already holds a line of the kinds this bench adds."""
    folded = " ".join(text.split()).casefold()
    return (
        folded in _WHOLE_LINES
        or bool(_LEFTOVERS.fullmatch(folded))
        or any(phrase in folded for phrase in _PHRASES)
        or bool(_CREDIT.search(text))
    )


@dataclass(frozen=True)
class Noise:
    """One piece of noise: its family, its text, and what of it must not survive cleaning
    (the text itself, unless told: a title copy must not leave the headline behind)."""

    kind: str
    text: str
    probe: str = ""

    @property
    def mark(self) -> str:
        return self.probe or self.text


@dataclass
class Generated:
    """A noisy file's content and the truth about it."""

    key: str
    set: str
    suffix: str
    content: str
    title: str
    paragraphs: tuple[str, ...]
    published: date | None
    noise: list[Noise] = field(default_factory=list)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _slug(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", _ascii(title).lower())
    return "-".join(words[:8])


def _roman(number: int) -> str:
    out = ""
    for value, numeral in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX")):
        while number >= value:
            out, number = out + numeral, number - value
    return out + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII")[number]


def _shares(rng: random.Random, parts: int) -> list[int]:
    cuts = sorted(rng.sample(range(1, 20), parts - 1))
    bounds = [0, *cuts, 20]
    return [5 * (b - a) for a, b in itertools.pairwise(bounds)]


def meter(rng: random.Random) -> str:
    form = rng.choice(METERS)
    a, b, c = _shares(rng, 3) if "{c}" in form else (*_shares(rng, 2), 0)
    return form.format(a=a, b=b, c=c)


def masthead(rng: random.Random, outlet: str) -> str:
    return rng.choice(MASTHEADS).format(
        year=rng.randint(1880, 1990),
        OUTLET=outlet.upper(),
        roman=_roman(rng.randint(20, 140)),
        issue=f"{rng.randint(10, 45)}.{rng.randint(100, 999)}",
    )


def credit(rng: random.Random, outlet: str) -> str:
    """A photo credit alone, in one of the forms Spanish sites print."""
    agency, person = rng.choice(AGENCIES), _person(rng)
    forms = (
        f"Foto: {agency}.",
        f"Foto: {agency}",
        f"Foto: {person}",
        f"Foto: via {agency.upper()}",
        f"(Foto: {agency})",
        f"{person}/{agency}",
        f"{agency}/{person}",
        f"{person} / {agency}",
        "Imagen de archivo",
        f"Imagen: {agency}",
        f"Crédito: {rng.choice(ORGS)}",
        "Cortesía",
        f"Fotos: {person} | {outlet}",
        "Foto: Archivo",
        f"(Foto: AP Photo/{person})",
        f"Foto: @{_ascii(person).replace(' ', '').lower()}",
        "Foto: Captura de video",
    )
    return rng.choice(forms)


def glued_credit(rng: random.Random) -> str:
    """A credit as sites glue it to the end of a headline or a paragraph."""
    agency = rng.choice(AGENCIES)
    return rng.choice(
        (
            f"Foto: {agency}.",
            f"Foto: via {agency.upper()}",
            f"(Foto: {agency})",
            f"Foto: {_person(rng)}",
        )
    )


def captioned(rng: random.Random, outlet: str) -> list[Noise]:
    """A photo caption with its credit: on one line, doubled, or on the next line."""
    caption, agency, person = rng.choice(CAPTIONS), rng.choice(AGENCIES), _person(rng)
    same_line = (
        f"{caption} Foto: {agency}.",
        f"{caption} Foto: {agency}. Foto: {agency}",
        f"{caption.rstrip('.')} -crédito {person}/{agency.upper()}",
        f"{caption.rstrip('.')} - crédito {person} / {agency}",
        f"{caption} ({person}/{agency})",
        f"{caption} {_ascii(person).upper()}",
        f"{caption} Imagen de archivo.",
    )
    choice = rng.random()
    if choice < 0.5:
        return [Noise("caption", rng.choice(same_line))]
    if choice < 0.8:
        return [Noise("caption", caption), Noise("credit", credit(rng, outlet))]
    return [Noise("credit", credit(rng, outlet))]


def _spanish_date(moment: datetime) -> str:
    return f"{moment.day} de {MONTHS[moment.month - 1]} de {moment.year}"


def _twelve_hour(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour:02d}:{moment.minute:02d} {'a. m.' if moment.hour < 12 else 'p. m.'}"


def date_line(rng: random.Random, moment: datetime) -> str:
    """A stated publication date, as a header line, in one of the forms sites print."""
    key = rng.choice(("date", "Date", "DATE", "date:", "Date:"))
    short = MONTHS[moment.month - 1][:3]
    forms = (
        f"{key} {moment:%Y-%m-%d}",
        f"{key} {moment:%Y-%m-%dT%H:%M:%SZ}",
        f"Fecha: {moment:%d/%m/%Y}",
        f"Fecha: {moment:%d-%m-%Y}",
        f"Fecha de publicación: {_spanish_date(moment)}",
        f"Publicado: {_spanish_date(moment)}, {moment:%H:%M}",
        f"Publicado el {moment:%d/%m/%Y} a las {moment:%H:%M}",
        f"{moment.day} {short.capitalize()}, {moment.year} {_twelve_hour(moment)}",
        f"{moment.day} de {MONTHS[moment.month - 1]}, {moment.year} - {moment:%H}h{moment:%M}",
        f"{WEEKDAYS[moment.weekday()][:3].capitalize()}, {moment:%d/%m/%Y - %H:%M}",
        f"{WEEKDAYS[moment.weekday()]}, {_spanish_date(moment)} {moment:%H:%M}",
        f"{short.capitalize()} {moment:%d}, {moment.year}",
        f"{moment:%d/%m/%Y %H:%M} h",
    )
    line = rng.choice(forms)
    return (" " + line) if rng.random() < 0.15 else line


def updated_line(rng: random.Random, moment: datetime) -> str:
    short = MONTHS[moment.month - 1][:3].capitalize()
    return rng.choice(
        (
            f"Actualizado: {moment.day} {short}, {moment.year} {_twelve_hour(moment)} EST",
            f"Actualizado el {moment:%d/%m/%Y} a las {moment:%H:%M}",
            f"Última actualización: {_spanish_date(moment)}, {moment:%H:%M}",
        )
    )


def byline(rng: random.Random, outlet: str, domain: str) -> str:
    person = _person(rng)
    return rng.choice(
        (
            f"Por {person}",
            f"Por: {person}",
            "Por: Redacción",
            f"Autor: {person}",
            f"{person} | {outlet}",
            f"Redacción {outlet}",
            f"redaccion@{domain}",
            f"Por {rng.choice(AGENCIES)}",
        )
    )


def url_line(rng: random.Random, domain: str, title: str, moment: datetime | None) -> str:
    section = rng.choice(SECTIONS)
    if moment:
        url = f"https://www.{domain}/{section}/{moment:%Y/%m/%d}/{_slug(title)}/"
    else:
        url = f"https://www.{domain}/{section}/{_slug(title)}-n{rng.randint(10000, 99999)}.html"
    return f"{rng.choice(('URL:', 'url:', 'Link:', 'url'))} {url}"


def reference_block(rng: random.Random, others: list[str], moment: datetime | None) -> list[str]:
    """A reference label with its lines: an APA citation, or bare URLs under "Fuentes:"."""
    outlet, domain = rng.choice(OUTLETS)
    headline = rng.choice(others)
    if rng.random() < 0.5:
        when = "s. f."
        if moment:
            cited = moment - timedelta(days=rng.choice((0, 1)))
            when = f"{cited.year}, {cited.day} de {MONTHS[cited.month - 1]}"
        surname, initial = rng.choice(SURNAMES), rng.choice(FIRST_NAMES)[0]
        apa = f"{surname}, {initial}. ({when}). {headline}. {outlet}. https://www.{domain}/"
        return [rng.choice(("Referencia:", "Referencias:", "Fuente:")), apa + _slug(headline)]
    urls = [f"https://www.{d}/{_slug(rng.choice(others))}" for _, d in rng.sample(OUTLETS, 2)]
    return ["Fuentes:", *urls[: rng.randint(1, 2)]]


def _title_copy(rng: random.Random, title: str, outlet: str) -> str:
    return rng.choice((title, f"{title} | {outlet}", f"{title} - {outlet}", f"{title} – {outlet}"))


def _moment(rng: random.Random) -> datetime:
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    return datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(0, 59))


class _Page:
    """Lines around the title and between paragraphs, each noise line recorded."""

    def __init__(self, paragraphs: tuple[str, ...]) -> None:
        self.top: list[str] = []
        self.under_title: list[str] = []
        self.body = list(paragraphs)
        self.after: list[list[str]] = [[] for _ in paragraphs]
        self.end: list[str] = []
        self.noise: list[Noise] = []

    def put(self, where: list[str], kind: str, lines: list[str]) -> None:
        where.extend(lines)
        self.noise.extend(Noise(kind, line) for line in lines)

    def put_noise(self, where: list[str], items: list[Noise]) -> None:
        where.extend(item.text for item in items)
        self.noise.extend(items)

    def between(self, rng: random.Random) -> list[str]:
        return self.after[rng.randrange(len(self.after))]

    def lines(self, title_line: str | None) -> list[str]:
        out = [*self.top, *([title_line] if title_line is not None else []), *self.under_title]
        for paragraph, extra in zip(self.body, self.after, strict=True):
            out.extend([paragraph, *extra])
        return out + self.end


def generate(source: Source, rng: random.Random, others: list[str]) -> Generated:
    """Wrap one real article in a random subset of noise, at random places."""
    outlet, domain = rng.choice(OUTLETS)
    moment = _moment(rng) if rng.random() < 0.8 else None
    jsonl = rng.random() < 0.15
    page = _Page(source.paragraphs)
    title_line = source.title
    edge = (page.top, page.end)

    if moment:
        if not jsonl and rng.random() < 0.15:
            key = rng.choice(("date", "Date", "date:"))
            header = f"{key} {moment:%Y-%m-%d}"
            title_line = f"{rng.choice((' ', '  ', ''))}{header} {source.title}"
            page.noise.append(Noise("header-glued", header))
        else:
            page.put(rng.choice((page.top, page.under_title)), "date", [date_line(rng, moment)])
        if rng.random() < 0.2:
            later = moment + timedelta(hours=rng.randint(1, 30))
            page.put(page.under_title, "date", [updated_line(rng, later)])
    if rng.random() < 0.5:
        page.put(rng.choice((page.top, page.under_title)), "byline", [byline(rng, outlet, domain)])
    if rng.random() < 0.3:
        page.put(page.top, "url", [url_line(rng, domain, source.title, moment)])
    if rng.random() < 0.3:
        page.put(page.top, "masthead", [masthead(rng, outlet)])
    if rng.random() < 0.3:
        page.put(rng.choice(edge), "meter", [meter(rng)])
    if rng.random() < 0.35:
        for _ in range(rng.choice((1, 1, 2))):
            where = rng.choice((page.top, page.under_title, page.under_title, page.end))
            copy = Noise("title-copy", _title_copy(rng, source.title, outlet), source.title)
            page.put_noise(where, [copy])
    if rng.random() < 0.45:
        page.put_noise(page.under_title, captioned(rng, outlet))
    if rng.random() < 0.4:
        for _ in range(rng.choice((1, 2))):
            page.put_noise(page.between(rng), captioned(rng, outlet))
    if rng.random() < 0.2:
        index = rng.randrange(len(page.body))
        glued = glued_credit(rng)
        page.body[index] = f"{page.body[index]} {glued}"
        page.noise.append(Noise("credit-glued", glued))
    if not jsonl and rng.random() < 0.08:
        glued = glued_credit(rng)
        title_line = f"{title_line} {glued}"
        page.noise.append(Noise("credit-glued", glued))
    if rng.random() < 0.25:
        index = rng.randrange(len(page.body))
        target = page.after[rng.randrange(index, len(page.after))]
        page.put(target, "duplicate", [source.paragraphs[index]])
    if rng.random() < 0.2:
        page.put(rng.choice(edge), "mobile", [rng.choice(MOBILE)])
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 3)):
            line = rng.choice(rng.choice((SHARE, SUBSCRIBE, ADS)))
            page.put(rng.choice((page.between(rng), page.end, page.under_title)), "widget", [line])
    if rng.random() < 0.35:
        other = rng.choice(others)
        if rng.random() < 0.6:
            lines = [rng.choice(RELATED).format(other=other)]
        else:
            lines = [rng.choice(RELATED_LABELS), other]
        page.put(page.between(rng), "related", lines)
    if rng.random() < 0.2:
        page.put(rng.choice(edge), "cookie", [rng.choice(COOKIES)])
    if rng.random() < 0.25:
        if rng.random() < 0.6:
            lines = reference_block(rng, others, moment)
        else:
            agency, agency2 = rng.sample(AGENCIES, 2)
            lines = [rng.choice(SOURCE_LINES).format(agency=agency, agency2=agency2)]
        page.put(page.end, "reference", lines)

    separator = rng.choice(("\n", "\n\n"))
    if jsonl:
        record = {"title": source.title, "text": separator.join(page.lines(None))}
        if rng.random() < 0.7:
            record["url"] = url_line(rng, domain, source.title, moment).split()[-1]
        if moment:
            record["date"] = rng.choice((f"{moment:%Y-%m-%dT%H:%M:%S}", f"{moment:%Y-%m-%d}"))
        content = json.dumps(record, ensure_ascii=False) + "\n"
    else:
        content = separator.join(page.lines(title_line)) + "\n"
    return Generated(
        key=source.id,
        set=source.set,
        suffix=".jsonl" if jsonl else ".txt",
        content=content,
        title=source.title,
        paragraphs=source.paragraphs,
        published=moment.date() if moment else None,
        noise=page.noise,
    )
