"""A page's lines the flattened text glued to the story (an ad's place, a widget's word, a
photo's credit line) are no claims, and are cut out of the sentence they were glued to;
the title before such a line is read as a line of its own. Lines saying only when, lines
to the reader and unanswered requests for comment are no claims either. Fictional
articles written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

import contrasta.crosscheck.claims as claims_module
from conftest import story_article
from contrasta.crosscheck import extract_claims


def _claims(text: str, lang: str) -> list[str]:
    article = story_article("p1", "Diario del Valle", [text], datetime(2026, 3, 10, 9), lang)
    return [claim.sentence for claim in extract_claims(article)]


CASES = [
    (
        "es",
        "Vecinos de Almagro piden más luz en el paseo Diario del Valle / Agencias Un grupo"
        " de vecinos del barrio del Faro se reunió el lunes con la alcaldesa.",
        ["Vecinos de Almagro piden más luz en el paseo", "Un grupo de vecinos"],
        ["Agencias", "Diario del Valle"],
    ),
    (
        "es",
        "El puerto de Almagro cambiará en 2027 05 de marzo de 2026 11:14 CET La"
        " alcaldesa Marta Ibarra presentó el lunes el plan del puerto.",
        ["El puerto de Almagro cambiará en 2027", "La alcaldesa Marta Ibarra"],
        ["11:14"],
    ),
    (
        "es",
        "Revive la polémica por el muelle de Almagro Compartir en: Puerto Almagro.- La"
        " alcaldesa Marta Ibarra anunció el lunes la reapertura del muelle.",
        ["Revive la polémica por el muelle", "La alcaldesa Marta Ibarra"],
        ["Compartir"],
    ),
    (
        "es",
        "Robos en el casco viejo de Almagro /Redacción/ La Policía Local detuvo el lunes a"
        " tres carteristas en el casco viejo.",
        ["La Policía Local detuvo"],
        ["Redacción"],
    ),
    (
        "es",
        "Vecinos de Puerto Almagro piden más luz en el paseo - Publicidad - Un grupo de"
        " vecinos del barrio del Faro se reunió el lunes con la alcaldesa Marta Ibarra.",
        ["Vecinos de Puerto Almagro piden más luz en el paseo", "Un grupo de vecinos"],
        ["Publicidad"],
    ),
    (
        "es",
        "Un rayo provocó cinco focos de incendio en la sierra de Almagro. Foto: Captura"
        " Vídeo Almagro 24 hs Bomberos de tres pueblos trabajaron toda la noche.",
        ["Un rayo provocó cinco focos", "Bomberos de tres pueblos trabajaron"],
        ["Foto", "Captura"],
    ),
    (
        "en",
        "Port Selene ferry strike ends after two weeks Advertisement The ferry crews of Port"
        " Selene went back to work on Monday after a two-week strike. Image copyright AAN"
        " Image caption Crews gathered at the terminal at dawn.",
        [
            "Port Selene ferry strike ends after two weeks",
            "The ferry crews of Port Selene went back",
        ],
        ["Advertisement", "Image copyright", "Image caption"],
    ),
    (
        "en",
        "The new harbour bridge opened to traffic on Monday morning. (Ana Ruiz / Selene"
        " Courier) @ana_ruiz Mayor Dora Kell cut the ribbon in front of 300 residents.",
        ["The new harbour bridge opened", "Mayor Dora Kell cut the ribbon"],
        ["Ana Ruiz", "@ana_ruiz"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "kept", "dropped"), CASES)
def test_a_page_line_glued_to_the_story_is_cut_out_of_it(lang, text, kept, dropped):
    claims = _claims(text, lang)
    for words in kept:
        assert any(claim.startswith(words) for claim in claims), (words, claims)
    for words in dropped:
        assert not any(words in claim for claim in claims), (words, claims)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "- Publicidad -",
        "Escuchar Nota",
        "Compartir en:",
        "Diario del Valle / Agencias",
        "/Redacción/",
        "Ana Ruiz/Getty Images",
        "05 de marzo de 2026 11:14 CET",
        "Por Ana Ruiz 2026-03-04 9:13:08",
        "Diario Valle Almagro Actualizado: 02/03/2026 12:27h",
        "— Port Selene Council (@SeleneCouncil) March 9, 2026",
        "Guardar Enviar noticia por correo electrónico Tu nombre *",
        "WhatsApp Facebook Twitter",
        "Image copyright AAN",
        "Foto: Ana Ruiz",
        "Text size",
        "Article continues below",
        "Free Sign Up",
    ],
)
def test_a_page_line_holds_a_mark_it_is_sought_by(line):
    """`_page_line` looks for a page line only in a sentence holding one of
    `_PAGE_LINE_MARKS`: each kind of line holds one, and is found as the pattern finds it."""
    text = f"El puerto de Almagro reabre el muelle {line} La alcaldesa lo anunció el lunes."
    found = claims_module._GLUED_PAGE_LINE.search(text)
    assert found is not None, line
    assert claims_module._page_line(text).span() == found.span()


STORY = "The council of Port Selene approved the harbour plan on Monday by 12 votes to 3."


def _claims_beside(paragraphs: list[str], lang: str) -> list[str]:
    """The claims of an article whose paragraphs hold one report beside a page's line."""
    article = story_article("p2", "Diario del Valle", paragraphs, datetime(2026, 3, 10, 9), lang)
    return [claim.sentence for claim in extract_claims(article)]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Dec. 24, 12:31 p.m."),
        ("en", "16:44 LOCAL TIME 13:44 GMT"),
        ("en", "March 9, 2026 4 min read"),
        ("en", "Wednesday, March 11, 2026"),
    ],
)
def test_a_line_saying_only_when_is_no_claim(lang, line):
    assert _claims_beside([line, STORY], lang) == [STORY]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Here is a timeline of the mayor's years in office."),
        ("en", "Below is a summary of the council's decisions this year."),
        ("es", "A continuación se muestra un extracto de la entrevista con la alcaldesa."),
        ("en", "Check out the rest of our coverage of the harbour works here."),
        ("en", "Sign up for the Selene Courier's morning newsletter to get more stories."),
        ("en", "Do not miss out on the latest news from the harbour."),
        ("en", "Share this: Twitter Facebook Print Like this: Like Loading.."),
        ("en", "Join us at Selene Daily if you want the news from the port first!"),
        ("en", "And thank you so much for reading my column all these years."),
        ("en", "Contact Dora Kell at dkell@selene.example or 555-201-3344."),
        ("en", "Anyone who saw the crash can call the harbour police at 555-201-3344."),
        (
            "en",
            "A spokesman for the ferry company did not immediately respond to a request for"
            " comment.",
        ),
        ("en", "The harbour master could not be reached for comment on Monday."),
        ("en", "Efforts to reach the port board for comment were futile."),
        ("en", "(This story corrects the mayor's surname in the second paragraph.)"),
        ("it", "Fai clic per condividere su Facebook (Si apre in una nuova finestra)"),
        ("it", "Visita la home page del Corriere di Valdoria per altre storie."),
        ("it", "La polizia chiede a chiunque abbia informazioni di farsi avanti."),
        ("it", "Un portavoce del sindaco non ha risposto alla richiesta di commento."),
        (
            "es",
            "Un portavoz de la naviera no respondió de inmediato a una solicitud de comentarios.",
        ),
    ],
)
def test_a_line_to_the_reader_or_on_an_unanswered_request_is_no_claim(lang, line):
    assert _claims_beside([STORY, line], lang) == [STORY]


def test_a_title_pointing_to_what_follows_stays_a_claim():
    title = "Here's how the council of Port Selene voted on the new harbour plan"
    article = story_article("p4", "Diario del Valle", [title], datetime(2026, 3, 10, 9), "en")
    assert [claim.sentence for claim in extract_claims(article)] == [title]


@pytest.mark.parametrize(
    ("lang", "text", "kept", "dropped"),
    [
        (
            "es",
            "El puerto de Almagro reabre tras la tormenta. REACCIONES Varios vecinos"
            " criticaron el retraso de las obras del muelle.",
            "Varios vecinos criticaron",
            "REACCIONES",
        ),
        (
            "en",
            "Port Selene ferry strike ends. BACKGROUND The ferry crews walked out two weeks"
            " ago over pay.",
            "The ferry crews walked out",
            "BACKGROUND",
        ),
        (
            "en",
            "NASA Administrator Ana Gil said the launch would go ahead on Tuesday.",
            "NASA Administrator Ana Gil",
            None,
        ),
        (
            "es",
            "MADRID El Gobierno aprobó el decreto de ayudas a los pescadores este martes.",
            "MADRID El Gobierno",
            None,
        ),
    ],
)
def test_a_section_label_in_capitals_is_cut_off_the_sentence_it_was_glued_to(
    lang, text, kept, dropped
):
    """A name in capitals before a title or a name stays with its sentence."""
    claims = _claims(text, lang)
    assert any(claim.startswith(kept) for claim in claims), claims
    assert dropped is None or not any(dropped in claim for claim in claims), claims


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Giovedì sarà piovoso con raffiche di vento e neve sulle colline di Valdoria."),
        ("es", "Mañana lloverá en todo el norte y habrá nevadas en la sierra de Almagro."),
        ("en", "Thursday will be breezy and damp with more snow in the mountains."),
        ("en", "Expect gusty winds and scattered showers across the valley this weekend."),
    ],
)
def test_a_weather_forecast_with_no_figure_and_no_source_is_no_claim(lang, line):
    assert _claims_beside([STORY, line], lang) == [STORY]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "La nieve obligó a cerrar 12 carreteras de la sierra de Almagro el martes."),
        ("es", "El temporal de viento dejó sin luz a 3.000 hogares de Puerto Almagro."),
        ("it", "La tempesta ha abbattuto decine di alberi a Valdoria nella notte di lunedì."),
        ("en", "Heavy rain flooded 40 homes in Port Selene on Monday, the fire service said."),
        ("en", "The company will wind down its operations in Port Selene next spring."),
        ("en", "David Frost will host the ceremony at the Port Selene harbour."),
        ("it", "Venti persone saranno ascoltate dal giudice di Valdoria la prossima settimana."),
    ],
)
def test_what_the_weather_did_stays_a_claim(lang, line):
    """So does a future whose words only look like the weather's (a verb, a name, a figure)."""
    assert _claims_beside([line], lang) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "El pleno aprobó el presupuesto el 5 de marzo de 2026 a las 11:14 con 12 votos a favor.",
        "La Agencia Estatal de Meteorología / AEMET activó la alerta naranja en Almagro el lunes.",
        "El tren salió a las 11:14 del 5 de marzo de 2026 hacia Puerto Almagro con 300 viajeros.",
    ],
)
def test_a_time_or_a_slash_inside_a_report_is_no_page_line(line):
    assert _claims_beside([line], "es") == [line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "RELATED: Port Selene harbour master resigns after the strike"),
        ("es", "Noticias relacionadas La Junta de Almagro regula los muelles deportivos"),
        ("es", "Recomendamos: la alcaldesa de Almagro presenta el nuevo plan del puerto"),
        ("en", "From harbours to ferries: the stories that defined the port's decade Read more"),
        ("it", "Leggi anche: Il sindaco di Valdoria firma il decreto sul porto"),
    ],
)
def test_a_pointer_to_a_related_article_is_no_claim(lang, line):
    assert _claims_beside([STORY, line], lang) == [STORY]
    glued = _claims_beside([f"{STORY} {line}"], lang)
    assert glued == [STORY], glued


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Related Companies bought the harbour building for 40 million dollars on Monday."),
        ("es", "Relacionados con el robo del muelle, la policía detuvo a tres vecinos de Almagro."),
        ("es", "El Gobierno detuvo a 12 personas relacionadas con el robo del puerto de Almagro."),
        ("en", "The mayor said she would read more reports before the vote on Tuesday."),
    ],
)
def test_a_report_naming_a_relation_stays_a_claim(lang, line):
    assert _claims_beside([line], lang) == [line]


@pytest.mark.parametrize(
    ("lang", "line", "claimed"),
    [
        ("es", "Top 10 de 2025: las columnas más leídas del Diario del Valle", False),
        ("en", "LIST: Notable deaths in Port Selene in 2025", False),
        ("it", "Top 10 del 2025: gli articoli più letti di Valdoria", False),
        ("en", "Top 10 seed Ana Gil lost to Mara Lind 6-3, 6-2 in Port Selene on Monday.", True),
        ("es", "La lista de espera del hospital de Almagro creció un 12% en marzo.", True),
    ],
)
def test_a_title_naming_only_a_list_is_no_claim(lang, line, claimed):
    assert (_claims_beside([STORY, line], lang) == [STORY, line]) is claimed


@pytest.mark.parametrize(
    ("line", "claimed"),
    [
        ("Ma siamo sulla buona strada per un domani più sicuro per Valdoria.", False),
        ("C'è un duro lavoro davanti a noi e non torneremo indietro.", False),
        ("La nostra città merita la sicurezza che i suoi abitanti chiedono da anni.", False),
        ("Abbiamo vinto la sfida del porto, ha detto il sindaco di Valdoria lunedì.", True),
        ("«Dobbiamo ricostruire il molo entro l'estate», ha dichiarato l'assessore Ana Gil.", True),
        ("Secondo il sindaco, abbiamo perso 3 milioni di euro con la tempesta.", True),
    ],
)
def test_the_italian_writers_own_we_is_no_claim(line, claimed):
    """Italian has no parser here: its first person plural is told by word shapes."""
    assert bool(_claims_beside([line], "it")) is claimed


@pytest.mark.parametrize(
    ("lang", "pointer", "report"),
    [
        (
            "es",
            "Noticias relacionadas La Junta de Almagro regula los muelles deportivos",
            "El puerto de Almagro recibirá 3 millones de euros para ampliar su muelle norte.",
        ),
        (
            "es",
            "Te puede interesar: Frente frío 12 podría traer nieve a la sierra",
            "Desde el pasado 15 de enero, 200 soldados reparten mantas en los pueblos altos.",
        ),
        (
            "es",
            "Recomendamos: la alcaldesa de Almagro presenta el nuevo plan del puerto",
            "Según la policía local, 40 coches fueron multados el lunes en el paseo marítimo.",
        ),
        (
            "en",
            "RELATED: Port Selene harbour master resigns after the strike",
            "The ferry company said 12 crossings were cancelled on Monday.",
        ),
        (
            "it",
            "Leggi anche: Il sindaco di Valdoria firma il decreto sul porto",
            "Il comune ha stanziato 2 milioni di euro per il nuovo molo.",
        ),
    ],
)
def test_a_report_glued_after_a_related_pointer_stays_a_claim(lang, pointer, report):
    claimed = _claims_beside([f"{STORY} {pointer} {report}"], lang)
    assert claimed[0] == STORY, claimed
    assert any(report[:-1] in claim for claim in claimed), claimed
    assert not any(pointer.split()[-1] in claim for claim in claimed), claimed


@pytest.mark.parametrize(
    ("lang", "pointer"),
    [
        ("es", "Noticias relacionadas Detienen en Madrid a dos hombres por el robo del muelle"),
        ("es", "Te puede interesar: Vecinos de Almagro piden más luz en el paseo"),
        ("en", "RELATED: Mayor of Port Selene opens the new ferry terminal"),
    ],
)
def test_a_related_pointer_ending_the_text_is_no_claim(lang, pointer):
    assert _claims_beside([f"{STORY} {pointer}"], lang) == [STORY]


@pytest.mark.parametrize(
    ("lang", "line", "claimed"),
    [
        ("es", "Por qué el puerto de Almagro cerrará sus muelles en verano", False),
        ("es", "Ayudas al alquiler: Cómo pedir la ayuda del Ayuntamiento de Almagro", False),
        ("es", "Qué se sabe del incendio de la sierra de Peñablanca", False),
        ("en", "Why Port Selene's ferry fares are rising again this spring", False),
        ("en", "Harbour Festival 2026: How to Watch, Live Stream and Tickets", False),
        ("it", "Perché il porto di Valdoria chiude ad agosto", False),
        ("es", "Como cada año, el Ayuntamiento de Almagro cerró el puerto el 1 de agosto", True),
        ("es", "El Gobierno de Almagro explica por qué cerró el puerto en agosto", True),
        ("en", "Mayor explains why Port Selene closed its harbour in August", True),
        ("en", "Howard Lind wins the Port Selene mayoral race by 12 votes", True),
        ("it", "Il sindaco spiega perché il porto di Valdoria chiude ad agosto", True),
    ],
)
def test_a_headline_asking_what_the_piece_explains_is_no_claim(lang, line, claimed):
    """A headline opening, after its kicker, with a question word and no question mark
    announces an explainer or a guide: the facts are told below, if at all."""
    assert (_claims_beside([STORY, line], lang) == [STORY, line]) is claimed


@pytest.mark.parametrize(
    ("lang", "text", "kept", "dropped"),
    [
        (
            "en",
            "Protesters gathered outside the town hall of Port Selene on Monday. Ana Ruiz/AP The"
            " mayor said the harbour would reopen in May.",
            ["Protesters gathered outside", "The mayor said the harbour"],
            ["Ana Ruiz", "AP"],
        ),
        (
            "es",
            "Vecinos de Almagro protestan por el cierre del muelle Marta Ibarra/EFE La alcaldesa"
            " de Almagro firmó el lunes el decreto del puerto.",
            ["Vecinos de Almagro protestan por el cierre del muelle", "La alcaldesa de Almagro"],
            ["Ibarra", "EFE"],
        ),
        (
            "es",
            "El alcalde visitó el muelle norte de Almagro con los pescadores Foto: Ana Ruiz/Diario"
            " del Valle",
            ["El alcalde visitó el muelle norte de Almagro con los pescadores"],
            ["Foto", "Ruiz"],
        ),
        (
            "es",
            "Foto: Ana Ruiz «No hay fecha para reabrir el muelle», dijo la alcaldesa de Almagro.",
            ["«No hay fecha para reabrir el muelle»"],
            ["Foto", "Ruiz"],
        ),
        (
            "en",
            "The company's shares rose 3% on Monday, Bloomberg/Reuters data showed.",
            ["The company's shares rose 3% on Monday, Bloomberg/Reuters data showed."],
            [],
        ),
        (
            "es",
            "La agencia EFE/Europa Press informó del cierre del puerto de Almagro el lunes.",
            ["La agencia EFE/Europa Press informó del cierre"],
            [],
        ),
    ],
)
def test_a_photo_credit_is_cut_out_of_the_sentence_it_was_glued_to(lang, text, kept, dropped):
    """A photographer's name and agency after a slash, with no bracket, and a credit line
    ending the sentence or followed by a quotation; a slash inside a report stays."""
    claims = _claims(text, lang)
    for words in kept:
        assert any(claim.startswith(words) for claim in claims), (words, claims)
    for words in dropped:
        assert not any(words in claim for claim in claims), (words, claims)


@pytest.mark.parametrize(
    ("lang", "line", "claimed"),
    [
        ("en", "This story originally appeared on Selene Business Daily.", False),
        ("es", "Este artículo se publicó originalmente en Diario del Valle.", False),
        ("es", "Con información de AAN y Diario del Valle", False),
        ("es", "Al hacer clic en enviar quedarás suscrito a nuestro boletín de noticias.", False),
        ("es", "Suscríbete a nuestro boletín para recibir las noticias de Almagro.", False),
        ("es", "¡Recibe notificaciones por correo electrónico sobre el puerto de Almagro!", False),
        (
            "en",
            "To stay up to date on the latest harbour news make sure to like the Selene Courier"
            " on Facebook",
            False,
        ),
        ("it", "Iscriviti alla nostra newsletter per ricevere le notizie di Valdoria.", False),
        (
            "es",
            "Con información de la policía, el juez ordenó el lunes detener a tres vecinos.",
            True,
        ),
        ("en", "The report originally appeared to show 12 deaths, the ministry said.", True),
        ("es", "El Ayuntamiento de Almagro enviará un boletín a 3.000 vecinos en marzo.", True),
        ("en", "The council will notify 12,000 residents by email about the harbour fees.", True),
        ("es", "El Boletín Oficial del Estado publicó el lunes el decreto del puerto.", True),
    ],
)
def test_a_source_credit_or_a_sign_up_line_is_no_claim(lang, line, claimed):
    """Where the piece first ran, whose information it used, and the outlet's newsletter and
    alerts offered to the reader: lines of the page, not of the story."""
    assert (_claims_beside([STORY, line], lang) == [STORY, line]) is claimed


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Almagro abre el centro de interpretación del puerto Guardar Enviar noticia por"
            " correo electrónico Tu nombre * Tu correo electrónico * La alcaldesa Marta Ibarra"
            " inauguró el lunes el centro.",
            ["Almagro abre el centro de interpretación del puerto", "La alcaldesa Marta Ibarra"],
            ["Guardar", "correo"],
        ),
        (
            "La alcaldesa de Almagro pidió enviar por correo electrónico las quejas del puerto.",
            ["La alcaldesa de Almagro pidió enviar por correo electrónico"],
            [],
        ),
    ],
)
def test_a_box_to_send_the_piece_by_mail_is_cut_out(text, kept, dropped):
    """The box to send the piece by e-mail, its fields marked as required: a page line, cut
    out of the title and lead it was glued to."""
    claims = _claims(text, "es")
    for words in kept:
        assert any(claim.startswith(words) for claim in claims), (words, claims)
    for words in dropped:
        assert not any(words in claim for claim in claims), (words, claims)


# A page's furniture the flattened text glued to a title or a lead, as the held-out splits
# showed it (bench/real/CLAIMS.md item 87): a share bar of the networks' names, a posting
# line with its byline, a posting date after its weekday, a byline with a timestamp, a
# photo credit in brackets after a title, an embedded post's signature, an agency photo's
# caption (PLACE - DATE: ...), a newsletter's sign-up.
FURNITURE = [
    (
        "es",
        "Vecinos de Almagro reclaman más autobuses al puerto WhatsApp Facebook Twitter"
        " Pinterest Linkedin Tumblr Email La alcaldesa Marta Ibarra prometió el lunes dos"
        " líneas nuevas.",
        ["Vecinos de Almagro reclaman más autobuses al puerto", "La alcaldesa Marta Ibarra"],
        ["WhatsApp", "Pinterest"],
    ),
    (
        "es",
        "El muelle de Almagro tendrá un centro de interpretación Diario Valle Almagro"
        " Actualizado: 02/03/2026 12:27h El Ayuntamiento aprobó el lunes la obra del muelle.",
        ["El muelle de Almagro tendrá un centro de interpretación", "El Ayuntamiento aprobó"],
        ["Actualizado", "Diario Valle"],
    ),
    (
        "es",
        "Detienen a un conductor por atropellar a un vecino en Almagro miércoles, 04 de marzo"
        " de 2026 17:29 La Policía Local detuvo el martes a un conductor de 40 años.",
        ["Detienen a un conductor por atropellar a un vecino en Almagro", "La Policía Local"],
        ["miércoles", "17:29"],
    ),
    (
        "es",
        "Por Ana Ruiz 2026-03-04 9:13:08 Un incendio destruyó el lunes tres naves del"
        " polígono de Almagro.",
        ["Un incendio destruyó"],
        ["Ana Ruiz", "9:13"],
    ),
    (
        "es",
        "Alertan por el aumento de robos en el puerto de Almagro (Foto: AAN/Marta Gil) A pesar"
        " de las cámaras, los robos en el puerto crecieron un 20% en febrero.",
        ["Alertan por el aumento de robos en el puerto de Almagro", "A pesar de las cámaras"],
        ["Foto", "Marta Gil"],
    ),
    (
        "en",
        "The mayor posted a video of the new pier on Monday. — Port Selene Council"
        " (@SeleneCouncil) March 9, 2026 The council voted 12 to 3 to rebuild the old pier.",
        ["The mayor posted a video", "The council voted 12 to 3"],
        ["@SeleneCouncil"],
    ),
    (
        "es",
        "El Almagro CF renueva a la defensa Ana Gil hasta 2028 ALMAGRO, VALDORIA - 17 DE NOVIEMBRE:"
        " Ana Gil #9 del Almagro CF sale del campo tras la derrota por 2-1 ante el Valdoria el"
        " 17 de noviembre de 2025 en Almagro.",
        ["El Almagro CF renueva a la defensa Ana Gil hasta 2028"],
        ["sale del campo", "NOVIEMBRE"],
    ),
    (
        "en",
        "Selene FC signs defender Tom Bell from Port Almagro PORT SELENE, VALDORIA - MARCH 6:"
        " Tom Bell #6 of Selene FC skates during a game against Port Almagro at the Harbour"
        " Arena on March 6, 2026 in Port Selene.",
        ["Selene FC signs defender Tom Bell from Port Almagro"],
        ["skates during", "MARCH 6"],
    ),
    (
        "en",
        "The ferry crews voted on Monday to end their two-week strike Get the best of the"
        " Selene Courier delivered to your inbox - subscribe to Harbour Daybreak.",
        ["The ferry crews voted on Monday"],
        ["subscribe", "inbox"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "kept", "dropped"), FURNITURE)
def test_the_pages_furniture_glued_to_a_report_is_cut_out(lang, text, kept, dropped):
    claims = _claims(text, lang)
    for words in kept:
        assert any(claim.startswith(words) for claim in claims), (words, claims)
    for words in dropped:
        assert not any(words in claim for claim in claims), (words, claims)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "es",
            "Siga Diario del Valle en Twitter, Instagram y Facebook, y manténgase al tanto de lo"
            " que sucede en Almagro.",
        ),
        ("es", "Síguenos en Instagram y entérate de las noticias del puerto de la semana."),
        ("en", "Follow the Selene Courier on Twitter, Instagram and Facebook for harbour news."),
        (
            "en",
            "Get the best of the Selene Courier delivered to your inbox - subscribe to Daybreak.",
        ),
        ("es", "Cerrar ¡Recibe notificaciones por correo electrónico sobre {{subject}} cada día!"),
        ("es", "Hubo un problema al guardar su notificación."),
        (
            "es",
            "Las notificaciones por correo electrónico solo se envían cuando el Diario del Valle"
            " publica algo del puerto.",
        ),
        ("en", "There was a problem saving your notification."),
        (
            "en",
            "Email notifications are only sent when the Selene Courier has new stories on the"
            " harbour.",
        ),
        ("es", "También lee: La alcaldesa de Almagro presenta el plan del puerto"),
        ("en", "[RELATED: Port Selene harbour master resigns after the strike]"),
        ("es", "Las causas que provocaron el incendio del almacén son investigadas."),
        ("es", "Tu nombre (obligatorio) Tu correo electrónico (obligatorio) Texto de tu mensaje."),
        ("en", "Your name (required) Your e-mail address (required) The text of your message."),
    ],
)
def test_the_pages_follow_sign_up_alert_and_pointer_lines_are_no_claims(lang, line):
    assert _claims_beside([STORY, line], lang) == [STORY]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "es",
            "La alcaldesa anunció el lunes que el Ayuntamiento abrirá cuentas en Twitter,"
            " Facebook e Instagram para avisar de las obras.",
        ),
        (
            "es",
            "El Ayuntamiento recibió 300 notificaciones por correo electrónico de vecinos"
            " afectados por las obras del puerto.",
        ),
        ("es", "Ana Gil siguió en Twitter la votación del pleno de Almagro el lunes."),
        ("en", "Follow-up inspections of the harbour found 12 faults on Monday."),
        ("en", "The mayor urged residents to follow the council on Twitter for news of the works."),
        ("es", "Por la tarde, el pleno de Almagro aprobó el plan del puerto con 12 votos a favor."),
    ],
)
def test_a_report_naming_networks_alerts_or_a_time_stays_a_claim(lang, line):
    assert _claims_beside([line], lang) == [line]


def test_a_dateline_is_no_agency_caption():
    line = "MADRID, 3 mar (AAN) - El Gobierno aprobó el lunes el plan de puertos de Almagro."
    assert _claims_beside([line], "es") == [line.split("- ", 1)[1]]


@pytest.mark.parametrize(
    ("line", "claimed"),
    [
        (
            "Port Selene's Best Harbour Walks For The Whole FamilyLooking for a walk by the sea"
            " this weekend with the kids?",
            False,
        ),
        (
            "Ferry Crews, Dock Workers And Other Top Stories Of 2025That time the ferry crews"
            " walked out for two weeks over their pay...",
            False,
        ),
        (
            "Weekend Guide: Fish Market, Lantern Parade And Harbour SkatingThe kids are off"
            " school and you will want to get everybody out of the house.",
            False,
        ),
        (
            "The council of Port Selene signed a deal with SoftBank on Monday for 3 new ferries.",
            True,
        ),
        ("Port Selene Mayor Joins YouTube Live To Answer Questions On The New Harbour Plan", True),
    ],
)
def test_a_related_headline_glued_to_its_teaser_is_no_claim(line, claimed):
    """A title-case headline the flattened page glued to its teaser with no space
    ("...Harbour SkatingThe kids are ...") lists another piece: neither half is a claim."""
    assert bool(_claims_beside([line], "en")) is claimed
