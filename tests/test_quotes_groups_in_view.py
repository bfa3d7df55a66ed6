"""Speakers chosen on the folded splits' then-blind output (bench/real/README.md item 82).
Invented Spanish texts, fictional people, places and bodies."""

from __future__ import annotations

import pytest

from contrasta.reading.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "es")]


# A plural verb of saying with no subject goes on with the group in view: the group that
# opens the latest earlier sentence (counted, or a bare plural after a lead), past
# sentences with no subject of their own, as the press keeps a group the subject of its
# plural verbs until another subject opens a sentence.
@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Unas 80 asociaciones y cofradías han enviado una carta al Consejo Comarcal en "
            "la que piden más fondos para las fiestas.\n\nEntre los firmantes figuran la "
            "peña Los Tercos y la cofradía del Cristo de Lindares. «Sin ayudas, la romería "
            "de agosto no podrá celebrarse», señalan.",
            "80 asociaciones y cofradías",
        ),
        (
            "Más de 200 agricultores han firmado un manifiesto contra el nuevo canal de "
            "riego.\n\nEl documento llegó el martes a la consejería. Durante semanas se "
            "recogieron firmas en la comarca.\n\n«El agua de la cuenca no puede salir de "
            "aquí sin un estudio serio», advierten.",
            "200 agricultores",
        ),
        (
            "La huelga cumple su tercer día en el campus de Ribalta.\n\nPor otro lado, "
            "estudiantes de la Facultad de Letras denunciaron cortes de luz en el "
            "edificio. «Nos quieren echar por agotamiento», expusieron en sus redes.",
            "estudiantes de la Facultad de Letras",
        ),
    ],
)
def test_a_plural_verb_goes_on_with_the_group_in_view(text: str, group: str) -> None:
    assert speakers(text) == [group]


# ...but a sentence opening with another subject since stops it: a name, or two joined,
# or a plural subject the code does not read as a group.
@pytest.mark.parametrize(
    "text",
    [
        "Unas 80 asociaciones han enviado una carta al Consejo Comarcal.\n\nTeresa Obiols "
        "y Marcos Ledo explicaron a la prensa que la carta llegó tarde. Añadieron que "
        "«nadie la ha leído todavía».",
        "Unas 80 asociaciones han enviado una carta al Consejo Comarcal.\n\nLos firmantes "
        "se reunieron después con el alcalde. Durante la cita hubo tensión. «No nos "
        "escuchan», lamentan.",
        "Unas 80 asociaciones han enviado una carta al Consejo Comarcal.\n\nLa Cooperativa "
        "Vinícola de Lindares respondió con un comunicado. «Las cuentas están claras», "
        "aseguran.",
    ],
)
def test_another_subject_since_stops_the_group(text: str) -> None:
    assert speakers(text) == [None]


# A name after a preposition and a demonstrative ("de este Gobierno") is a complement in
# a lead-in, not the subject of the verb the sentence's own subject governs.
def test_a_name_after_a_demonstrative_is_no_subject() -> None:
    text = (
        "El presidente Tomás Arbeloa recibió a los alcaldes de la provincia.\n\nAsí, a "
        "pocos días de que se cumpla el primer año de este Gobierno, el presidente "
        'reafirmó su compromiso de ser "implacable con la corrupción".'
    )
    assert speakers(text) == ["Tomás Arbeloa"]


# A sentence that opens on a verb of saying with its subject dropped ("Detalló que X …",
# "En entrevista aseguró que X …") goes on with the speaker before: the name in its "que"
# clause is what is said of someone, not who says the next quote.
@pytest.mark.parametrize(
    "text",
    [
        "La cantante Lidia Morán presentó su disco en Oviedo.\n\nDetalló que Ramón Pazos "
        "ha producido varias canciones del álbum. «No quiero un disco triste», apuntó.",
        "La cantante Lidia Morán presentó su disco en Oviedo.\n\nEn entrevista aseguró que "
        "Ramón Pazos termina la gira empatado con ella en ventas. «Seguiremos avanzando», "
        "aseguró.",
        "La cantante Lidia Morán presentó su disco en Oviedo. También destacó que Ramón "
        "Pazos «ha hecho un trabajo extraordinario».",
    ],
)
def test_a_name_reported_after_a_dropped_subject_is_not_the_speaker(text: str) -> None:
    assert speakers(text) == ["Lidia Morán"]


# A singular verb after a sentence opening on a plural singles out the one person named
# there only when the plural is people ("Los investigadores entrevistaron a X"); a plural
# of things ("Las críticas del comentarista van más allá de X") singles out no one.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El programa de la radio dedicó la tarde a la selección.\n\nLas críticas del "
            "comentarista van más allá de Lucas Prieto e involucran a la directiva del club. "
            "Y apunta que el delantero sufre el entorno. «Lucas está en un manicomio, no "
            "puede divertirse».",
            None,
        ),
        (
            "El programa de la radio dedicó la tarde a la selección.\n\nLas críticas del "
            "comentarista van más allá de Lucas Prieto. «Lucas está en un manicomio, no "
            "puede divertirse», apunta.",
            None,
        ),
        (
            "Los investigadores entrevistaron a Pedro Lanza en su casa de Teruel. «Nunca vi "
            "nada igual», relató.",
            "Pedro Lanza",
        ),
    ],
)
def test_a_plural_of_things_singles_out_no_one(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


# "la automotriz X" presents a company as "la aerolínea X" does: "la empresa" later is X,
# not a capitalised thing named nearer ("los Motores Híbridos (MH)"); a longer name of
# the same company named since ("X de México") is kept.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A veinte años de su llegada al país, la automotriz Rendal se ha colocado como "
            "líder en camiones ligeros.\n\nEn diciembre, la compañía dio a conocer que los "
            "Motores Híbridos (MH) representan otra área de crecimiento.\n\n«Estamos "
            "acelerando el desarrollo de nuestros eléctricos», expuso la empresa en un "
            "comunicado.",
            "Rendal",
        ),
        (
            "A veinte años de su llegada al país, la automotriz Rendal se ha colocado como "
            "líder en camiones ligeros.\n\nRendal de México señaló en su informe que sus "
            "plantas no generan residuos.\n\n«Somos la segunda fuente de patentes del "
            "país», añadió la empresa.",
            "Rendal de México",
        ),
    ],
)
def test_a_company_presented_by_its_trade_is_the_company_later(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# A verb of saying with its subject dropped and no one named since goes on with the last
# speaker only while they spoke a few paragraphs back; paragraphs later it is no one's.
@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("La marcha salió a mediodía de la plaza mayor.", "vecina del barrio"),
        (
            "La marcha salió a mediodía de la plaza mayor.\n\nLos comercios cerraron antes "
            "de hora.\n\nHubo carreras en la calle del Río y en la avenida del puerto.\n\n"
            "Los disturbios siguieron hasta la noche y dejaron diez heridos.",
            None,
        ),
    ],
)
def test_the_last_speaker_goes_on_only_a_few_paragraphs(between: str, speaker: str | None) -> None:
    text = (
        f"«Lo golpearon entre cinco policías», dijo una vecina del barrio.\n\n{between}\n\n"
        "«Aun las marchas pacíficas pueden volverse violentas», advirtió."
    )
    assert speakers(text) == ["vecina del barrio", speaker]


# Someone unnamed whom the press presents by how they identified themselves ("otra mujer
# que se identificó como tía de X") is that identification, kept as an anonymous source.
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("dijo por su parte otra mujer que se identificó como tía de Ismael", "tía de Ismael"),
        ("contó un hombre identificado como el dueño del taller", "dueño del taller"),
    ],
)
def test_someone_identified_as_is_that_identification(cue: str, speaker: str) -> None:
    text = f"Los familiares pasaron la noche en la fiscalía.\n\n«Nadie nos dice nada», {cue}."
    assert speakers(text) == [speaker]


# "Jr." and "Sr." end a name with their full stop, as the text writes it.
def test_a_name_ending_in_jr_keeps_its_full_stop() -> None:
    text = (
        "Para el exboxeador Floyd Mayweather Jr., la pelea debe celebrarse.\n\nMayweather "
        "Jr. consideró que podría hacerse en otra ciudad. «No estoy aquí para hablar mal de "
        "nadie», comentó en declaraciones a una radio."
    )
    assert speakers(text) == ["Floyd Mayweather Jr."]


# "rectificar", to correct what one said, is a verb of saying: "«…», rectificó X".
def test_rectifying_is_saying() -> None:
    text = (
        "El dirigente vecinal borró el mensaje poco después.\n\n«Mi comentario nunca se "
        "refirió a nadie en particular. Ofrezco una disculpa», rectificó Aurelio Páez."
    )
    assert speakers(text) == ["Aurelio Páez"]


# "el también luchador" with no subject named before it is the last speaker, a person of
# the article's gender who spoke a few paragraphs back; of the other gender, no one.
@pytest.mark.parametrize(("article", "speaker"), [("el", "Jorge Solís Prado"), ("la", None)])
def test_the_also_titled_is_the_last_speaker(article: str, speaker: str | None) -> None:
    text = (
        "En entrevista con una agencia, el hijo del luchador, Jorge Solís Prado, indicó: "
        "«Estamos preparando una casa museo».\n\n«No quiero disfrutar esto solo», expresó "
        "con gran emoción.\n\nLa noticia la dio a conocer en su columna de un diario.\n\n"
        "Expuso que le gustaría una casa antigua en la colonia Condesa.\n\n«Me gustaría una "
        f"casona de tres pisos», agregó {article} también luchador profesional."
    )
    assert speakers(text)[-1] == speaker


# A definite plural naming the group again by what it did ("Los firmantes") is that
# group, as the subject and for the plural verbs after it; the group stays in view over
# paragraphs with no other subject, and a plural subject between stops it.
@pytest.mark.parametrize(
    ("between", "last"),
    [
        (
            "La romería se celebra desde hace dos siglos.\n\nEl pueblo recibe cada verano a "
            "miles de visitantes.",
            "80 asociaciones y cofradías",
        ),
        ("Las fiestas de agosto atraen a miles de visitantes.", None),
    ],
)
def test_the_signatories_are_the_group_in_view(between: str, last: str | None) -> None:
    group = "80 asociaciones y cofradías"
    text = (
        "Unas 80 asociaciones y cofradías han enviado una carta al Consejo Comarcal.\n\n"
        "«Sin ayudas no habrá romería», señalan.\n\nLos firmantes manifiestan su «profunda "
        "preocupación» por los recortes.\n\n«Necesitamos un plan para diez años», indican."
        f"\n\n{between}\n\n«La comarca no puede perder su fiesta», concluyen."
    )
    assert speakers(text) == [group, group, group, last]
