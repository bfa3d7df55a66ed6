"""Line rules: each removes its boilerplate, Spanish and English, and nothing else."""

from __future__ import annotations

import pytest

from contrasta.clean import RULES, clean
from contrasta.clean.rules import LINE_RULES, match_line

RULE_IDS = [
    "header",
    "reference-trailer",
    "date-line",
    "published-line",
    "coverage-meter",
    "apa-reference",
    "source-line",
    "byline",
    "dateline",
    "photo-credit",
    "caption-agency",
    "mobile-link",
    "masthead",
    "share-subscribe",
    "cookie-notice",
    "ad-label",
    "copyright",
    "staff-credit",
    "tag-list",
    "repeated-title",
    "related-link",
    "photo-caption",
    "reference-label",
    "repeated-paragraph",
    "above-headline",
    "content-class",
]


def test_rule_table_lists_every_rule_once_in_the_order_tried():
    assert [rule.id for rule in RULES] == RULE_IDS


def test_every_rule_explains_itself():
    for rule in RULES:
        assert rule.description.strip() and rule.description[0].isupper()
        assert rule.action in {"drop", "extract", "drop-trailer", "dedupe", "position"}
        assert rule.patterns or rule.action in {"dedupe", "position"}


def test_line_rules_are_the_drop_rules():
    assert {rule.action for rule in LINE_RULES} == {"drop"}


REMOVED = {
    "photo-credit": [
        "(Credit: Tomás Heredia / Diario del Valle)",
        "(Crédito: Lucía Fermín)",
        "Foto: Reuters.",
        "Foto: via REUTERS",
        "Fotografía: EFE/Juan Pérez",
        "Imagen: EFE",
        "Imágenes: Agencia Uno",
        "(AFP)",
        "(Foto: EFE)",
        "Foto de archivo",
        "Fotografía de archivo.",
        "Foto EFE",
        "Photo: AP",
        "Image: Getty Images",
        "Photograph: Jane Doe/The Guardian",
        "File photo",
        "Courtesy: City Hall",
        "  Foto: Reuters  ",
        "Juan Pérez/EFE",
        "EFE/Juan Pérez",
        "Luisa González / REUTERS",
        "Cortesía",
        "Vídeo: así fue el rescate en el puerto",
        "(Archivo)",
    ],
    "caption-agency": [
        "Vecinos retiran escombros tras el sismoEFE",
        "Un buque atraca en el puerto de ValparaísoAFP",
        "Manifestantes frente al Parlamento en BruselasReutersREUTERS",
        "Rescatistas trabajan entre los restos de la iglesiaAP",
        "Vista aérea de la zona afectada en 2026Europa Press",
        "Protesters gather outside the courthouseGetty Images",
    ],
    "mobile-link": [
        "Salir de la versión móvil",
        "Salir de la version movil",
        "Ver versión completa",
        "Versión AMP",
        "Ir a la versión móvil",
        "View full site",
        "Exit mobile version",
        "Switch to desktop version",
    ],
    "masthead": [
        "Fundado en 1910",
        "Fundada en 1898 por Juan Pérez",
        "Diario independiente de la mañana",
        "Diario independiente de la mañana desde 1921",
        "Decano de la prensa nacional",
        "Fundado en 1910 | Diario independiente de la mañana",
        "Año CXIV · N° 38.412",
        "El periódico de Cataluña",
        "Founded in 1901",
        "Est. 1887",
        "Edición impresa",
    ],
    "share-subscribe": [
        "Compartir en Facebook",
        "Compartir en X",
        "Compartir en WhatsApp",
        "Compartir en LinkedIn",
        "Compartir",
        "Compartir:",
        "Facebook Twitter WhatsApp",
        "Suscríbete a nuestro boletín",
        "Suscríbete",
        "Síguenos en WhatsApp",
        "Síguenos en Instagram y TikTok",
        "Recibe nuestro boletín",
        "Copiar enlace",
        "Lee también: El Gobierno aprueba la reforma laboral",
        "Te puede interesar:",
        "También te puede interesar",
        "Share this article",
        "Share on Facebook",
        "Subscribe to our newsletter",
        "Subscribe to the Harbor Ledger on YouTube for more videos",
        "Sign up for our free morning newsletter",
        "Sign up for breaking news alerts",
        "Sign up now",
        "Follow us on Twitter",
        "Copy link",
        "Read more: Markets fall after the announcement",
        "• Compartir en Facebook",
        "Compartir nota:",
        "0 Facebook 0 Twitter 0 WhatsApp",
        "Compartir Tweet Correo electrónico Copiar enlace",
        "Guardar",
        "Escuchar nota",
        "Temas relacionados",
        "Más noticias",
        "Únete a nuestro canal de WhatsApp",
        "Al hacer clic en enviar quedarás registrado en nuestro boletín.",
    ],
    "ad-label": ["Publicidad", "PUBLICIDAD", "- Publicidad -", "Anuncios", "Advertisement"],
    "copyright": [
        "Todos los derechos reservados",
        "© 2026 Diario del Valle. Todos los derechos reservados.",
        "Copyright 2025-2026 El Heraldo",
        "Prohibida su reproducción total o parcial",
    ],
    "staff-credit": [
        # fictional names; the wire's closing credit, in its English and Spanish forms
        "(Reporting by Marta Quiroga in Villa Serena; Editing by Tomás Heredia)",
        "Additional reporting by Lucía Fermín; Editing by Ana J. Varela and Pedro Olmos",
        "Reporting by Marta Quiroga",
        "(Reporte de Marta Quiroga; editado en español por Tomás Heredia)",
        "Reporte de Marta Quiroga; Edición de Tomás Heredia",
    ],
    "tag-list": [
        # invented keywords of an invented story
        "Etiquetas: incendios, Valdelora, bomberos, desalojos, ...",
        "Etiquetas: incendios",
        "Archivado en: Incendios forestales · Valdelora · Protección Civil",
        "Tags: wildfires, Valdelora, evacuations",
        "Temas: Incendios | Valdelora | Sucesos",
        "Palabras clave: desalojo; incendio forestal",
    ],
    "cookie-notice": [
        "Utilizamos cookies para mejorar su experiencia de navegación. Si continúa "
        "navegando, consideramos que acepta su uso.",
        "Usamos cookies propias y de terceros.",
        "Este sitio web utiliza cookies",
        "Aceptar cookies",
        "Aceptar todas las cookies",
        "Configurar cookies",
        "Política de cookies",
        "We use cookies to improve your experience.",
        "This website uses cookies to ensure you get the best experience.",
        "Accept all cookies",
        "Cookie settings",
    ],
}


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, lines in REMOVED.items() for line in lines]
)
def test_boilerplate_line_is_removed_by_its_rule(rule, line):
    cleaned = clean(["El ministro presentó el plan ante la prensa este lunes.", line])
    assert cleaned.paragraphs == ["El ministro presentó el plan ante la prensa este lunes."]
    assert [(r.rule, r.text, r.position) for r in cleaned.removed] == [(rule, line.strip(), 1)]


KEPT = [
    # mentions mid-sentence
    "Una foto del presidente circuló en redes sociales durante la noche.",
    "La foto: un símbolo de la crisis que vive el país desde hace meses.",
    "Foto, vídeo y texto conviven hoy en cualquier redacción.",
    "El regulador multó al portal porque utilizaba cookies sin consentimiento.",
    "La empresa, fundada en 1910, anunció despidos.",
    "Fundado en 1910, el club celebra este año su centenario con una gran fiesta.",
    "El periódico de mayor circulación cerró sus puertas este lunes tras cien años.",
    "Los usuarios pueden compartir en Facebook sus fotos del evento.",
    "Suscribirse a la plataforma cuesta cinco euros al mes, según la compañía.",
    "The court heard that the company used cookies to track minors.",
    # a step the article tells, not the site's call
    "Sign up for a Tidewave ad-free plan for $8.99 a month",
    "Sign up for the family bundle using the same email as your account",
    "Founded in 1901, the firm is the oldest shipyard in the region.",
    # agency-looking endings that are not glued captions
    "Así lo indicó un informe reciente de la CEPAL.",
    "Así lo indicó un informe reciente de la CEPAL",
    "La alianza fue criticada por la OTAN",
    "El acuerdo fue firmado por la UE y la AP",
    "Vecinos retiran escombros tras el sismo, informó EFE.",
    "La agencia confirmó la cifra a EFE",
    # quotes
    "«Compartir es vivir», dijo el ministro.",
    '"Utilizamos cookies para todo", admitió el directivo.',
    "“Síguenos en esta lucha”, pidió la dirigente sindical.",
    # short, ordinary paragraphs
    "El alcalde llegó tarde.",
    "Sí.",
    "—",
    "Fuentes cercanas al ministerio confirmaron la reunión.",
    "Fuentes",
    "Versión oficial del Gobierno: todo está bajo control.",
    "Guardar los documentos fue su prioridad.",
    "El concejal pidió compartir la nota con los vecinos.",
    "Más noticias llegarán mañana desde el frente.",
    "Facebook y Twitter suspendieron las cuentas.",
    "Al hacer clic en enviar el formulario, el usuario aceptó las condiciones.",
    "La publicidad institucional creció un 20 % este año.",
    "Según una encuesta Reuters/Ipsos, el 40 % apoya la medida.",
    "Los derechos reservados a los autores se respetarán, dijo el juez.",
    # a role word opening a sentence, not a credit
    "Reporting by phone is allowed, the court said.",
    "Reporting by local media showed that the bridge had closed.",
    "Edición de 2026 del festival de cine de Villa Serena",
    "Redacción de la ley por el Congreso",
    # a label that also opens prose
    "Temas: la reforma fiscal y el empleo dominaron el debate de la noche.",
    "Etiquetas: el Gobierno quiere prohibirlas en los alimentos procesados antes de 2027.",
]


@pytest.mark.parametrize("line", KEPT)
def test_article_text_is_kept(line):
    cleaned = clean([line])
    assert cleaned.paragraphs == [line]
    assert cleaned.removed == []


def test_long_lines_skip_the_rules():
    long_caption = "Vecinos retiran escombros " + "en la avenida " * 30 + "tras el sismoEFE"
    assert match_line(long_caption) is None


def test_rule_ids_in_removed_are_in_the_table():
    ids = {rule.id for rule in RULES}
    lines = [line for group in REMOVED.values() for line in group]
    assert {r.rule for r in clean(lines).removed} <= ids
