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
            "Unas 80 asociaciones y cofradías firmaron el lunes un escrito dirigido al Consejo "
            "Comarcal para reclamar dinero para las fiestas.\n\nEntre ellas están la peña Los "
            "Tercos y la cofradía del Cristo de Lindares. «Sin ayudas, la romería de agosto "
            "no podrá celebrarse», señalan.",
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
            "estudiantes de la Facultad de Letras protestaron por los cortes de calefacción. "
            "«Quieren vaciar el edificio por cansancio», escribieron en un comunicado.",
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
        "Unas 80 asociaciones firmaron un escrito dirigido al Consejo Comarcal.\n\nTeresa "
        "Obiols y Marcos Ledo contaron en la radio que el escrito se perdió. Añadieron que "
        "«nadie lo ha abierto todavía».",
        "Unas 80 asociaciones firmaron un escrito dirigido al Consejo Comarcal.\n\nLos "
        "convocados se reunieron después con la alcaldesa. En la cita hubo "
        "tensión. «No nos escuchan», lamentan.",
        "Unas 80 asociaciones firmaron un escrito dirigido al Consejo Comarcal.\n\nLa "
        "Cooperativa Vinícola de Lindares respondió con una nota. «Las cuentas están "
        "claras», aseguran.",
    ],
)
def test_another_subject_since_stops_the_group(text: str) -> None:
    assert speakers(text) == [None]


# A name after a preposition and a demonstrative ("de este Gobierno") is a complement in
# a lead-in, not the subject of the verb the sentence's own subject governs.
def test_a_name_after_a_demonstrative_is_no_subject() -> None:
    text = (
        "El presidente Tomás Arbeloa visitó ayer las obras del puerto de Almedo.\n\nAsí, "
        "cuando falta una semana para el segundo aniversario de este Ejecutivo, el "
        'presidente prometió "mano dura con los especuladores del suelo".'
    )
    assert speakers(text) == ["Tomás Arbeloa"]


# A sentence that opens on a verb of saying with its subject dropped ("Detalló que X …",
# "En entrevista aseguró que X …") goes on with the speaker before: the name in its "que"
# clause is what is said of someone, not who says the next quote.
@pytest.mark.parametrize(
    "text",
    [
        "La cantante Lidia Morán presentó su disco en Oviedo.\n\nDetalló que Ramón Pazos "
        "compuso la mitad de las canciones. «Será un disco para bailar», apuntó.",
        "La cantante Lidia Morán presentó su disco en Oviedo.\n\nEn entrevista aseguró que "
        "Ramón Pazos firmará las letras del próximo álbum. «Escribe mejor que nadie», "
        "aseguró.",
        "La cantante Lidia Morán presentó su disco en Oviedo. También destacó que Ramón "
        "Pazos «es el productor más paciente del país».",
    ],
)
def test_a_name_reported_after_a_dropped_subject_is_not_the_speaker(text: str) -> None:
    assert speakers(text) == ["Lidia Morán"]


# A singular verb after a sentence opening on a plural singles out the one person named
# there only when the plural is people ("Los investigadores entrevistaron a X"); a plural
# of things ("Los reproches del tertuliano alcanzan a X") singles out no one.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El programa de la radio dedicó la tarde a la selección.\n\nLos reproches del "
            "tertuliano alcanzan también a Lucas Prieto y a la junta directiva. Y añade que "
            "el extremo vive agobiado. «Lucas juega con una mochila de piedras».",
            None,
        ),
        (
            "El programa de la radio dedicó la tarde a la selección.\n\nLos reproches del "
            "tertuliano alcanzan también a Lucas Prieto. «Lucas juega con una mochila de "
            "piedras», añade.",
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
# the same company named since ("X de Chile") is kept.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tras quince años en el país, la automotriz Rendal lidera la venta de "
            "furgonetas.\n\nEn marzo, la compañía anunció que los Motores Híbridos (MH) "
            "serán su prioridad.\n\n«Vamos a duplicar la producción en Valdemora», expuso "
            "la empresa en una nota.",
            "Rendal",
        ),
        (
            "Tras quince años en el país, la automotriz Rendal lidera la venta de "
            "furgonetas.\n\nRendal de Chile informó en su memoria anual que sus fábricas "
            "reciclan el agua.\n\n«Somos el mayor exportador de la región», añadió la "
            "empresa.",
            "Rendal de Chile",
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
        ("La protesta arrancó a mediodía en la plaza mayor.", "vecina del barrio"),
        (
            "La protesta arrancó a mediodía en la plaza mayor.\n\nLas tiendas bajaron la "
            "persiana antes de hora.\n\nHubo carreras junto al mercado y en el paseo del "
            "puerto.\n\nLa tensión siguió hasta la noche y dejó diez heridos.",
            None,
        ),
    ],
)
def test_the_last_speaker_goes_on_only_a_few_paragraphs(between: str, speaker: str | None) -> None:
    text = (
        f"«Se lo llevaron sin decir adónde», dijo una vecina del barrio.\n\n{between}\n\n"
        "«Conviene no acercarse a las concentraciones», advirtió."
    )
    assert speakers(text) == ["vecina del barrio", speaker]


# Someone unnamed whom the press presents by how they identified themselves ("otra mujer
# que se identificó como tía de X") is that identification, kept as an anonymous source.
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("lamentó otra mujer que se identificó como hermana de Ismael", "hermana de Ismael"),
        ("relató un hombre identificado como el encargado del almacén", "encargado del almacén"),
    ],
)
def test_someone_identified_as_is_that_identification(cue: str, speaker: str) -> None:
    text = f"Las familias esperaron la tarde frente al juzgado.\n\n«Nadie explica nada», {cue}."
    assert speakers(text) == [speaker]


# "Jr." and "Sr." end a name with their full stop, as the text writes it.
def test_a_name_ending_in_jr_keeps_its_full_stop() -> None:
    text = (
        "Para el excorredor Marcus Dalton Jr., la carrera debe volver a Segovia.\n\nDalton "
        "Jr. cree que el circuito nuevo es peligroso. «Prefiero correr en casa que hablar de "
        "rivales», comentó en una entrevista radiofónica."
    )
    assert speakers(text) == ["Marcus Dalton Jr."]


# "rectificar", to correct what one said, is a verb of saying: "«…», rectificó X".
def test_rectifying_is_saying() -> None:
    text = (
        "El portavoz vecinal borró el mensaje una hora después.\n\n«Me expresé mal y lo "
        "siento», rectificó Aurelio Páez."
    )
    assert speakers(text) == ["Aurelio Páez"]


# "el también novillero" with no subject named before it is the last speaker, a person
# of the article's gender who spoke a few paragraphs back; of the other gender, no one.
@pytest.mark.parametrize(("article", "speaker"), [("el", "Jorge Solís Prado"), ("la", None)])
def test_the_also_titled_is_the_last_speaker(article: str, speaker: str | None) -> None:
    text = (
        "En una charla con la agencia, el sobrino del torero, Jorge Solís Prado, anunció: "
        "«Abriremos un pequeño museo».\n\n«Quiero que el público lo disfrute», dijo "
        "emocionado.\n\nEl anuncio salió en su blog personal.\n\nContó que busca un local "
        "en el barrio de Arenales.\n\n«Me imagino un edificio con patio», agregó "
        f"{article} también novillero retirado."
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
        "Unas 80 asociaciones y cofradías firmaron el lunes un escrito dirigido al Consejo "
        "Comarcal.\n\n«Sin ayudas no habrá romería», señalan.\n\nLos firmantes expresan su "
        "«hartazgo» por los recortes.\n\n«Necesitamos un plan para diez años», indican."
        f"\n\n{between}\n\n«La comarca no puede perder su fiesta», concluyen."
    )
    assert speakers(text) == [group, group, group, last]
