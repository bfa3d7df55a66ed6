"""The line rules: boilerplate recognised by the shape of one whole line.

Scraped news carries the same debris on every page: photo credits, share buttons, cookie
banners, links to the mobile site, the masthead. Each rule below is data (an id, the
sentence shown to the user next to every line it removed, anchored patterns, and a length
limit) so that what the cleaner does can be read, listed and tested rule by rule.

Patterns are written once, in Spanish first and then English, and go through `_line`, which
is what keeps them conservative: a pattern must cover the whole line (a sentence that only
mentions "cookies" or "foto" is never touched), a line may only carry bullets before it and
punctuation after it, a space stands for any run of whitespace, and an accented letter also
matches its bare form because scrapers often lose accents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from contrasta.agencies import CREDIT_SPELLINGS
from contrasta.i18n import N_
from contrasta.patterns import word_tree

DROP = "drop"
EXTRACT = "extract"
DROP_TRAILER = "drop-trailer"
DEDUPE = "dedupe"
POSITION = "position"


@dataclass(frozen=True)
class Rule:
    """One way a line can leave an article.

    `action` says what happens to a matching line: `drop` (removed), `extract` (turned into
    metadata, then removed), `drop-trailer` (removed with the reference list that follows),
    `dedupe` (removed as a repetition) or `position` (removed for where it stands); the last
    two need context, not patterns. `max_len`
    is the cheap prefilter: longer lines are never tried against the patterns.
    """

    id: str
    description: str
    patterns: tuple[re.Pattern[str], ...] = field(repr=False)
    action: str
    max_len: int | None = None

    def matches(self, line: str) -> bool:
        if self.max_len is not None and len(line) > self.max_len:
            return False
        return any(pattern.match(line) for pattern in self.patterns)


_ACCENT_TOLERANT = str.maketrans(
    {"á": "[aá]", "é": "[eé]", "í": "[ií]", "ó": "[oó]", "ú": "[uú]", "ñ": "[nñ]"}
)
_LEAD = r"[\s•·|>»*]*"
_TAIL = r"[\s.,;:!?¡¿|·•»>→…-]*"
_ACCENT_IN_CLASS = re.compile(r"\[[^\]]*[áéíóúñ]")


def loosen(body: str) -> str:
    """Make a readable pattern tolerant (accents optional, a space any whitespace)."""
    if _ACCENT_IN_CLASS.search(body):
        raise ValueError(f"accented letter inside [...] would be mangled: {body!r}")
    return body.translate(_ACCENT_TOLERANT).replace(" ?", r"\s*").replace(" ", r"\s+")


def _line(*alternatives: str) -> re.Pattern[str]:
    body = "|".join(loosen(alternative) for alternative in alternatives)
    return re.compile(rf"{_LEAD}(?:{body}){_TAIL}$", re.IGNORECASE)


# Trees of the spellings' letters (`patterns.word_tree`): a credit is sought at every
# position of every line, and an alternation of a hundred spellings is tried one by one.
_AGENCY = word_tree({spelling.lower() for spelling in CREDIT_SPELLINGS}, space=" ")
"""Agencies in a credit, any case and accents optional (`loosen`ed with the line)."""
_PICTURE = r"(?:foto(?:grafía)?s?|imagen|imágenes|vídeos?|photo(?:graph)?s?|images?|pictures?)"

AGENCY_AS_WRITTEN = word_tree({form for s in CREDIT_SPELLINGS for form in (s, s.upper())})
"""Agencies as credits print them, as spelt or in capitals (`contrasta.agencies`); case
matters where a credit is told from prose by it."""
_CAPITALISED = r"[A-ZÁÉÍÓÚÑ](?:[\w'’-]*|\.)"
_PHOTOGRAPHER = rf"{_CAPITALISED}(?: (?:(?:de|del|la) )?{_CAPITALISED}){{0,4}}"
PHOTOGRAPHER_CREDIT = rf"{_PHOTOGRAPHER} ?/ ?{AGENCY_AS_WRITTEN}"
AGENCY_CREDIT = rf"(?:{PHOTOGRAPHER_CREDIT}|{AGENCY_AS_WRITTEN} ?/ ?{_PHOTOGRAPHER})"
"""A photographer and an agency with a slash between (Juan Pérez/EFE, EFE/Juan Pérez)."""

PHOTO_CREDIT = Rule(
    id="photo-credit",
    description=N_("Photo credit or caption label (Foto: EFE, Imagen: Reuters, Photo: AP)."),
    patterns=(
        _line(rf"{_PICTURE} ?[:|] ?.{{1,100}}"),
        _line(r"(?:crédito|créditos|credits?|cortesía|courtesy) ?: ?.{1,100}"),
        # the same credit in parentheses under a chart or photo: "(Credit: Ana Gil / Grist)"
        _line(r"\( ?(?:crédito|créditos|credits?|cortesía|courtesy) ?: ?[^()]{1,100}\)"),
        _line(r"(?:foto )?cortesía(?: de .{1,60})?"),
        _line(rf"\( ?(?:{_PICTURE} ?: ?)?{_AGENCY}(?: ?/ ?[^()]{{1,60}})? ?\)"),
        _line(rf"\( ?{_PICTURE} ?: ?[^()]{{1,80}}\)"),
        _line(rf"{_PICTURE}(?: (?:de|vía|via|by|por))? {_AGENCY}(?: ?/ ?.{{1,60}})?"),
        _line(rf"{_PICTURE} (?:by|por) .{{1,60}}"),
        _line(
            r"\(?(?:foto(?:grafía)?|imagen) (?:de archivo|ilustrativa|referencial)(?: .{1,60})?\)?",
            r"\(?(?:file|archive|stock) (?:photo|image|picture)(?: .{1,60})?\)?",
            r"\(archivo\)",
        ),
        re.compile(rf"{_LEAD}{AGENCY_CREDIT}{_TAIL}$"),
    ),
    action=DROP,
    max_len=140,
)


CAPTION_AGENCY = Rule(
    id="caption-agency",
    description=N_(
        "Photo caption with the agency glued to its last word (…tras el sismoEFE): "
        "scraped from an image, not written as article text."
    ),
    patterns=(
        # Case matters here: the glue is only visible as a lowercase letter or digit
        # running into the agency's capitals, so "…de la CEPAL" or "…la OTAN" never match.
        # Captions are short, have a space and no final punctuation.
        re.compile(
            r"(?=.{12,200}$)(?=.*\s)(?!.*[.!?:;\"'»”)]$)"
            rf".*[a-záéíóúüñ0-9]{AGENCY_AS_WRITTEN}$"
        ),
    ),
    action=DROP,
    max_len=200,
)

MOBILE_LINK = Rule(
    id="mobile-link",
    description=N_("Link to another version of the page (mobile, AMP, desktop, full site)."),
    patterns=(
        _line(
            r"salir de la versión móvil",
            r"(?:ir|volver|cambiar) a la versión (?:móvil|de escritorio|completa|clásica|web)",
            r"ver (?:la )?versión (?:completa|de escritorio|web|original|móvil|clásica)",
            r"versión (?:amp|móvil|de escritorio|completa|clásica)",
            r"(?:view|switch to|go to) (?:the )?(?:full|desktop|mobile|classic|non-amp) "
            r"(?:site|version)",
            r"exit mobile version",
            r"(?:amp|mobile|desktop) version",
        ),
    ),
    action=DROP,
    max_len=60,
)

_MASTHEAD_PHRASE = (
    r"(?:fundad[oa] en \d{4}(?: por [^|·•]{1,40})?"
    r"|founded in \d{4}(?: by [^|·•]{1,40})?"
    r"|(?:established|est\.) \d{4}"
    r"|diario (?:independiente|matutino|vespertino|digital|regional|nacional)"
    r"(?: de la (?:mañana|tarde|noche))?"
    r"|decano de la prensa(?: [^|·•]{1,40})?"
    r"|edición (?:impresa|de papel)"
    r"|año [ivxlcdm]{1,8}|(?:n[º°o.]{1,2}|número) ?[\d.]{1,8})"
    r"(?: (?:desde|since) \d{4})?"
)

# A Spanish-language newspaper's name in capitals, alone on its line, as its masthead
# prints it: an article or none, a noun papers are named with ("EL FARO DE ALMAGRO",
# "LA VOZ DEL PUERTO", "DIARIO DE SELENE"), then at most four words naming where or what.
# Case-sensitive: the same words in lower case are a subheading or a sentence's start.
_PAPER_NOUN = (
    r"(?:DIARIO|CORREO|CR[OÓ]NICA|HERALDO|GACETA|OBSERVADOR|PERI[OÓ]DICO|VOZ|TRIBUNA"
    r"|NOTICIAS|FARO|PRENSA|INFORMADOR|MERCURIO|IMPARCIAL|ECO|PROGRESO|NORTE|COMERCIO)"
)
_PAPER_WORD = r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'-]*"
PAPER_NAME = re.compile(rf"\s*(?:(?:EL|LA|LOS|LAS) )?{_PAPER_NOUN}(?: {_PAPER_WORD}){{0,4}}\s*$")

MASTHEAD = Rule(
    id="masthead",
    description=N_(
        "The newspaper's masthead or motto (Fundado en 1910, Decano de la prensa…), or its "
        "name alone on a line."
    ),
    patterns=(
        _line(rf"{_MASTHEAD_PHRASE}(?: ?[|·•,–—-] ?{_MASTHEAD_PHRASE})*"),
        _line(r"(?:el|the) (?:periódico|newspaper) (?:de|of) [^.]{1,40}"),
        PAPER_NAME,
    ),
    action=DROP,
    max_len=90,
)

_NETWORK = (
    r"(?:facebook|x|twitter|whatsapp|linkedin|telegram|e-?mail|correo(?: electrónico)?"
    r"|pinterest|reddit|messenger|threads|bluesky|instagram|tumblr|youtube|tiktok|flipboard"
    r"|menéame|google (?:noticias|news))"
)
_SHARE = (
    r"(?:compart(?:ir|e)(?: (?:esta|la|el|este) )?(?: ?(?:noticia|nota|publicación|artículo))?"
    r"|share(?: (?:this|the) (?:article|story|post|page))?|share this|tuitear|tweet"
    r"|enviar por (?:correo|e-?mail)|imprimir|print|guardar|save)"
)
# One button of a share bar, with the count some bars print before it.
_BUTTON = (
    rf"(?:\d{{1,6}} ?)?(?:{_NETWORK}|compartir|tweet|tuitear|copiar (?:el )?enlace|imprimir"
    r"|guardar|comentar|comentarios)"
)

# Headings and labels that point to other articles of the site, defined once for the
# cleaner (`RELATED_LABEL`, `SHARE_SUBSCRIBE`) and the claims reader (`crosscheck.claims`,
# for articles stored before the cleaner knew one). Each is (a word every spelling holds,
# lower case and unaccented, for a cheap test; the heading as a page prints it, in sentence
# case with its accents, no accented letter inside [...]: `loosen` and `printed` make the
# accents optional). A heading names a list and may stand before a headline with no colon
# ("Noticias relacionadas La Junta regula ..."); a label points to one article and ends in
# a colon when glued to its headline ("Lee también: ...").
RELATED_HEADINGS: tuple[tuple[str, str], ...] = (
    ("te puede interesar", "(?:También te|Te) puede interesar"),
    ("puede interesarte", "Puede interesarte"),
    ("ti potrebbe interessare", "Ti potrebbe interessare"),
    ("relacionad", "(?:Noticias?|Contenidos?|Artículos?) relacionad[ao]s?|Relacionad[ao]s?"),
    ("noticias", "Más noticias|Últimas noticias"),
    ("mas le", "(?:Lo )?más leíd[ao]s?"),
    ("no te pierdas", "No te pierdas"),
)
READ_MORE: tuple[tuple[str, str], ...] = (("mas", "Le[ae]r? más"), ("read more", "Read more"))
"""A link's text to the rest of an article ("Leer más"): a teaser of another one ends so."""
RELATED_LABELS: tuple[tuple[str, str], ...] = (
    ("related", "Related(?: stories| articles?| news)?"),
    ("recomendamos", "Te recomendamos|Recomendamos"),
    ("tambi", "Le[ae]r? también|También le[ae]"),
    ("adem", "Le[ae]r? además"),
    ("also", "(?:Read|See) also"),
    ("to read more", "To read more"),
    ("leggi anche", "Leggi anche"),
    *READ_MORE,
)
_CAPITAL_ACCENTS = str.maketrans(
    {"Á": "[AÁ]", "É": "[EÉ]", "Í": "[IÍ]", "Ó": "[OÓ]", "Ú": "[UÚ]", "Ñ": "[NÑ]"}
)


def printed(label: str) -> str:
    """A heading as pages print it, as written or in capitals, its accents optional (for a
    case-sensitive pattern)."""
    upper = label.upper().translate(_CAPITAL_ACCENTS)
    return f"{label.translate(_ACCENT_TOLERANT)}|{upper}"


_RELATED = "(?:" + "|".join(label for _, label in (*RELATED_HEADINGS, *RELATED_LABELS)) + ")"
RELATED_LABEL = _line(_RELATED)
"""A "read also" label alone on its line: the headlines of other articles follow it."""

SHARE_SUBSCRIBE = Rule(
    id="share-subscribe",
    description=N_(
        "Share, follow, subscribe, listen or 'read also' widget: a call to action, not "
        "article text."
    ),
    patterns=(
        _line(
            rf"{_SHARE}(?: ?:? ?(?:(?:en|por|vía|via|con|on|to|in) )?{_NETWORK}"
            rf"(?: ?[,|·•/]? ?{_NETWORK})*)?",
            rf"{_BUTTON}(?: ?[,|·•/]? ?{_BUTTON})+",
        ),
        _line(
            r"suscríb(?:ete|ase)(?: .{1,100})?",
            # "Sign up for a streaming plan for $9.99" is a step an article tells; the
            # site's call names its own letter, channel or alerts, or says "our".
            r"(?:subscribe|sign up)(?: (?:now|today|here)(?: .{0,100})?)?",
            r"subscribe (?:to|for) .{1,100}",
            r"sign up (?:to|for) (?:our .{1,100}|.{0,80}\b(?:newsletters?"
            r"|channel|podcast|youtube|alerts|updates|mailing list|briefing)\b.{0,80})",
            r"(?:síguenos|síganos|follow us)(?: (?:en|on|in) .{1,80})?",
            r"sigue (?:toda la información|toda la actualidad|las últimas noticias|la última hora)"
            r" .{1,200}",
            r"(?:recibe|recibí|apúntate a|suscríbete a) (?:nuestro|nuestra|el|la) "
            r"(?:boletín|newsletter).{0,100}",
            r"recibe (?:las|nuestras|todas las) (?:noticias|novedades|últimas noticias)"
            r"(?: .{0,80})?",
            r"(?:únete|súmate|suscríbete) a (?:nuestro|nuestra) (?:canal|comunidad|grupo)"
            r"(?: .{0,80})?",
            r".{0,120}\b(?:click|clic) en (?:enviar|suscribir(?:me|se)?|registrar(?:me|se)?)\b"
            r"[^.]{0,120}\b(?:boletín|newsletter|suscripción|registrad[oa])\b.{0,200}",
            r"(?:get|receive) our (?:newsletter|daily briefing).{0,100}",
            r"copiar (?:el )?(?:enlace|link|url)|enlace copiado|copy link|link copied",
        ),
        _line(
            rf"{_RELATED}(?: ?:.{{0,240}})?",
            r"temas? relacionados?(?: ?:.{0,140})?",
            r"(?:escuchar|escucha) (?:la |esta )?(?:nota|noticia|artículo|audio)"
            r"|listen to (?:this|the) (?:article|story)",
            r"(?:ver|leave a|deja (?:tu|un)) comentarios?|ver comentarios|comments",
        ),
    ),
    action=DROP,
    max_len=260,
)

# The site's tags under an article: a label, then short keywords (at most four words each)
# separated by commas, bars or dots, no sentence. "Temas" also opens prose ("Temas: la
# reforma y el empleo dominaron."), so under it two keywords at least are needed.
_KEYWORD = r"[\w'’()-]+(?: [\w'’()-]+){0,3}"
_KEYWORDS = rf"{_KEYWORD}(?: ?[,|·•;/] ?{_KEYWORD}){{0,40}}"
TAG_LIST = Rule(
    id="tag-list",
    description=N_(
        "The site's tags for the article (Etiquetas: incendios, Valdelora; Archivado en: …; "
        "Tags: …): a list of keywords, not text."
    ),
    patterns=(
        _line(
            rf"(?:etiquetas|tags|palabras clave|keywords|archivado en|filed under) ?: ?{_KEYWORDS}",
            rf"temas ?: ?{_KEYWORD}(?: ?[,|·•;/] ?{_KEYWORD}){{1,40}}",
        ),
    ),
    action=DROP,
    max_len=400,
)

_COOKIES = r"cookies\b.{0,400}"

COOKIE_NOTICE = Rule(
    id="cookie-notice",
    description=N_("Cookie consent banner text."),
    patterns=(
        _line(
            rf"(?:utilizamos|usamos|empleamos) {_COOKIES}",
            rf"(?:este|nuestro) (?:sitio|portal)(?: web)? (?:utiliza|usa|emplea) {_COOKIES}",
            rf"esta (?:web|página)(?: web)? (?:utiliza|usa|emplea) {_COOKIES}",
            r"(?:aceptar|rechazar|configurar|gestionar|personalizar) (?:todas )?(?:las )?cookies",
            r"(?:política|configuración|aviso|ajustes|preferencias) de cookies",
            rf"(?:we|this (?:web)?site|our (?:web)?site) uses? {_COOKIES}",
            r"(?:accept|reject|manage|customi[sz]e|allow) (?:all )?cookies",
            r"cookie (?:settings|policy|preferences|notice)",
        ),
    ),
    action=DROP,
    max_len=500,
)

AD_LABEL = Rule(
    id="ad-label",
    description=N_("Label of an advertising slot (Publicidad, Anuncio, Advertisement)."),
    patterns=(
        _line(
            r"[-–—]* ?(?:publicidad|anuncios?|contenido (?:patrocinado|promocionado)"
            r"|advertisement|advertising|sponsored(?: content)?)",
        ),
    ),
    action=DROP,
    max_len=30,
)

RELATED_LINK = Rule(
    id="related-link",
    description=N_(
        "Headline of another article listed under a 'read also' label (Lee también, Más noticias)."
    ),
    patterns=(RELATED_LABEL,),
    action=DROP,
)

COPYRIGHT = Rule(
    id="copyright",
    description=N_("Rights notice of the page's footer (Todos los derechos reservados, © 2026 …)."),
    patterns=(
        _line(
            r"(?:©|\(c\)|copyright) ?(?:\d{4}(?: ?[-–] ?\d{4})?)?.{0,100}",
            r"(?:todos los )?derechos reservados(?: .{0,60})?",
            r"all rights reserved(?: .{0,60})?",
            r"prohibida (?:su|la) reproducción(?: total o parcial)?[^.]{0,80}",
        ),
    ),
    action=DROP,
    max_len=120,
)

# Wire copy ends with the staff who reported, wrote and edited it, roles and names joined by
# semicolons: "(Reporting by A in B; Editing by C)", "(Reporte de A; editado en español por
# B)". The line credits the newsroom; it reports nothing.
_STAFF_ROLE_EN = (
    r"(?:additional |further )?(?:reporting|writing|editing|compiled|research|graphics"
    r"|fact-checking) by"
)
_STAFF_ROLE_ES = (
    r"(?:reporte|reportaje|redacción|escrito|edición|editado(?: en español)?|traducido"
    r"|traducción|información adicional|reporte adicional) (?:de|por)"
)
# Names: a capital first (case kept under the rule's IGNORECASE), no full stop but an
# initial's ("Reporting by phone is allowed." is a sentence).
_STAFF_NAMES = r"(?-i:[A-Z\u00C0-\u00DE])(?:[^;().]|(?<=\b(?-i:[A-Z]))\.){1,120}?"
_STAFF_NOT_A_SENTENCE = (
    r"(?!.*\b(?:that|showed|shows|found|finds|said|says|was|were|is|are|has|have|had|will"
    r"|que|dijo|dice|fue|es|son|mostró|reveló|halló)\b)"
)
STAFF_CREDIT = Rule(
    id="staff-credit",
    description=N_(
        "The wire's staff credit closing a story (Reporting by …; Editing by …, Reporte de "
        "…; editado por …): who worked on it, not what happened."
    ),
    patterns=(
        _line(
            rf"{_STAFF_NOT_A_SENTENCE}\(? ?{_STAFF_ROLE_EN} {_STAFF_NAMES}"
            rf"(?: ?[;,] ?{_STAFF_ROLE_EN} {_STAFF_NAMES})* ?\)?",
            # Spanish role words also open sentences ("Edición de 2026 del festival"): a
            # credit is in parentheses or chains two roles.
            rf"{_STAFF_NOT_A_SENTENCE}\( ?{_STAFF_ROLE_ES} {_STAFF_NAMES}"
            rf"(?: ?; ?{_STAFF_ROLE_ES} {_STAFF_NAMES})* ?\)",
            rf"{_STAFF_NOT_A_SENTENCE}{_STAFF_ROLE_ES} {_STAFF_NAMES}"
            rf"(?: ?; ?{_STAFF_ROLE_ES} {_STAFF_NAMES})+",
        ),
    ),
    action=DROP,
    max_len=300,
)

LINE_RULES: tuple[Rule, ...] = (
    PHOTO_CREDIT,
    CAPTION_AGENCY,
    MOBILE_LINK,
    MASTHEAD,
    SHARE_SUBSCRIBE,
    COOKIE_NOTICE,
    AD_LABEL,
    COPYRIGHT,
    STAFF_CREDIT,
    TAG_LIST,
)
_LONGEST = max(rule.max_len or 0 for rule in LINE_RULES)


def match_line(line: str) -> Rule | None:
    """The first line rule that removes `line` (stripped), if any.

    Most article paragraphs are longer than any boilerplate line, so they leave after a
    single length comparison.
    """
    if len(line) > _LONGEST:
        return None
    for rule in LINE_RULES:
        if rule.matches(line):
            return rule
    return None
