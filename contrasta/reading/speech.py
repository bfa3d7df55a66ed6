"""Verbs of saying and the cues that name a source, in one table for quotes and claims.

Quotes ("«…», afirmó X") and claims ("X estima que…", "…, según X") read the same press
conventions; one table keeps the two readers from drifting apart when a verb is added.
Regular Spanish verbs are listed by infinitive and expanded to the forms reported speech
uses (third person: preterite, present and the imperfect of "rezaba el cartel", and the
participle of "ha afirmado"); irregular ones list their forms, and their imperfect comes
from the infinitive, which is regular in all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

_REGULAR_ES = """
    afirmar señalar subrayar declarar asegurar explicar indicar denunciar lamentar
    recalcar apuntar agregar relatar resumir replicar ironizar matizar reprochar acusar
    criticar confesar aclarar precisar destacar comentar anunciar zanjar exclamar
    preguntar quejar alertar avisar insistir añadir reiterar enfatizar remarcar expresar
    comunicar informar narrar admitir apostillar espetar reclamar solicitar plantear
    justificar argumentar razonar opinar valorar lanzar sentenciar bromear
    confirmar asumir abogar estimar calcular detallar puntualizar ejemplificar
    celebrar garantizar proclamar vaticinar pronosticar rematar agradecer apelar rezar
    recriminar cuestionar reivindicar clamar gritar tuitear sintetizar cacarear
    finalizar revelar mencionar aseverar considerar abundar externar rememorar ampliar
    instar aconsejar culminar acotar reafirmar ratificar sincerar adelantar anticipar
    resaltar contestar exhortar rectificar
"""
# One verb a line: infinitive; preterite and present, singular then plural; participle.
# "-" leaves out a form that is mostly something else ("cuenta", "la cifra").
_IRREGULAR_ES = """
    manifestar manifestó manifiesta manifestaron manifiestan manifestado
    decir dijo dice dijeron dicen dicho
    sostener sostuvo sostiene sostuvieron sostienen sostenido
    reconocer reconoció reconoce reconocieron reconocen reconocido
    advertir advirtió advierte advirtieron advierten advertido
    pedir pidió pide pidieron piden pedido
    defender defendió defiende defendieron defienden defendido
    responder respondió responde respondieron responden respondido
    - contó - contaron - -
    recordar recordó recuerda recordaron recuerdan recordado
    concluir concluyó concluye concluyeron concluyen concluido
    prometer prometió promete prometieron prometen prometido
    sugerir sugirió sugiere sugirieron sugieren -
    exigir exigió exige exigieron exigen exigido
    describir describió describe - - -
    proseguir prosiguió prosigue - - -
    - cifró - cifraron - cifrado
    confesar confesó confiesa confesaron confiesan confesado
    continuar continuó continúa continuaron continúan continuado
    desmentir desmintió desmiente desmintieron desmienten desmentido
    escribir escribió escribe escribieron escriben -
    - refirió refiere refirieron - -
    exponer expuso expone expusieron exponen expuesto
    negar negó niega negaron niegan negado
"""
# Verbs of saying of more than one word ("dio a conocer que", "dejó claro que"), by their
# first word's forms as in `_IRREGULAR_ES`; the words after it are the same in each form.
_PHRASES_ES = """
    a conocer: dar dio da dieron dan dado
    claro: dejar dejó deja dejaron dejan dejado
"""
_FINITE_EN = """
    said says told tells added adds explained explains noted notes stated states warned
    warns insisted insists asked asks replied replies wrote writes argued argues claimed
    claims declared declares admitted admits acknowledged acknowledges recalled recalls
    continued continues urged urges stressed stresses announced announces confirmed
    confirms reported tweeted tweets commented comments remarked remarks suggested suggests
    observed observes emphasised emphasises emphasized emphasizes conceded concedes
    cautioned cautions predicted predicts joked jokes exclaimed exclaims responded responds
    answered vowed vows promised promises inquired inquires wondered revealed reveals
    concluded concludes asserted asserts complained complains pleaded whispered whispers
    shouted shouts recounted believes believed
"""
_BASE_EN = "say tell explain insist ask argue admit urge whisper"
# Cues that come before the source, who follows them ("Según X, «…»").
PREPOSITION_CUES: dict[str, tuple[str, ...]] = {
    "es": (
        "según",
        "en palabras de",
        "a juicio de",
        "en opinión de",
        "de acuerdo con",
        "de acuerdo a",
        "a decir de",
    ),
    "en": ("according to", "in the words of"),
}
# The same with a possessive: the source is whoever "su" refers to ("En su opinión, …").
POSSESSIVE_CUES: dict[str, tuple[str, ...]] = {
    "es": ("en su opinión", "a su juicio", "a su entender", "a su parecer", "en sus palabras"),
    "en": ("in his words", "in her words", "in his view", "in her view"),
}


@dataclass(frozen=True)
class SpeechVerbs:
    finite: frozenset[str]  # third person, preterite and present: "afirmó", "afirman"
    participles: frozenset[str]  # "ha afirmado que"
    forms: frozenset[str]  # everything, infinitives included: any of them cues a quote


def _imperfect(infinitive: str) -> tuple[str, str]:
    stem = infinitive[:-2]
    return (
        (stem + "aba", stem + "aban") if infinitive.endswith("ar") else (stem + "ía", stem + "ían")
    )


def _spanish() -> SpeechVerbs:
    finite: set[str] = set()
    participles: set[str] = set()
    infinitives: set[str] = set()
    for verb in _REGULAR_ES.split():
        stem, ending = verb[:-2], verb[-2:]
        infinitives.add(verb)
        finite.update(_imperfect(verb))
        if ending == "ar":
            finite.update({stem + "ó", stem + "a", stem + "aron", stem + "an"})
            participles.add(stem + "ado")
        else:
            finite.update({stem + "ió", stem + "e", stem + "ieron", stem + "en"})
            participles.add(stem + "ido")
    for line in _IRREGULAR_ES.strip().splitlines():
        infinitive, *tensed, participle = (None if w == "-" else w for w in line.split())
        infinitives.add(infinitive)
        if infinitive:
            finite.update(_imperfect(infinitive))
        finite.update(tensed)
        participles.add(participle)
    for line in _PHRASES_ES.strip().splitlines():
        rest, verb = (part.strip() for part in line.split(":"))
        infinitive, *tensed, participle = (f"{w} {rest}" for w in verb.split())
        infinitives.add(infinitive)
        finite.update(f"{w} {rest}" for w in _imperfect(verb.split()[0]))
        finite.update(tensed)
        participles.add(participle)
    finite.discard(None)
    participles.discard(None)
    infinitives.discard(None)
    return SpeechVerbs(
        frozenset(finite), frozenset(participles), frozenset(finite | participles | infinitives)
    )


def _english() -> SpeechVerbs:
    finite = frozenset(_FINITE_EN.split())
    return SpeechVerbs(finite, frozenset(), finite | frozenset(_BASE_EN.split()))


SPEECH_VERBS: dict[str, SpeechVerbs] = {"es": _spanish(), "en": _english()}

# Gerunds of the Spanish verbs above whose stem changes ("diciendo", "pidiendo"); the rest
# are regular ("afirmando", "sosteniendo", "concluyendo"). "considerando" is left out: it
# is mostly "given that".
_IRREGULAR_GERUNDS_ES = {
    "decir": "diciendo",
    "pedir": "pidiendo",
    "advertir": "advirtiendo",
    "sugerir": "sugiriendo",
    "proseguir": "prosiguiendo",
    "desmentir": "desmintiendo",
}
_NOT_GERUNDS_ES = frozenset({"considerar"})


def _gerund(infinitive: str) -> str:
    if infinitive in _IRREGULAR_GERUNDS_ES:
        return _IRREGULAR_GERUNDS_ES[infinitive]
    stem = infinitive[:-2]
    if infinitive.endswith("ar"):
        return stem + "ando"
    return stem + ("yendo" if stem[-1] in "aeiou" else "iendo")


SPEECH_GERUNDS_ES: frozenset[str] = frozenset(
    _gerund(verb)
    for verb in [
        *_REGULAR_ES.split(),
        *(line.split()[0] for line in _IRREGULAR_ES.strip().splitlines()),
    ]
    if verb != "-" and verb not in _NOT_GERUNDS_ES
)
"""The gerunds of the verbs of saying ("añadiendo", "recordando"): "…, recordando que
«…»" gives the words to the subject of the clause the gerund hangs on (quotes only)."""

# "diría" is left out: mostly a speaker's own hedge, first person ("diría yo", "yo diría
# que"), which the third person's form is too.
_IRREGULAR_CONDITIONALS_ES = {"sostener": "sostendr", "exponer": "expondr"}
_NOT_CONDITIONALS_ES = frozenset({"decir"})


def _conditional(infinitive: str) -> tuple[str, str]:
    stem = _IRREGULAR_CONDITIONALS_ES.get(infinitive, infinitive)
    return stem + "ía", stem + "ían"


SPEECH_CONDITIONALS_ES: frozenset[str] = frozenset(
    form
    for verb in [
        *_REGULAR_ES.split(),
        *(line.split()[0] for line in _IRREGULAR_ES.strip().splitlines()),
    ]
    if verb != "-" and verb not in _NOT_CONDITIONALS_ES
    for form in _conditional(verb)
)
"""The conditionals of the verbs of saying ("explicaría", "diría"): the press's
conditional of hearsay credits words it does not vouch for ("«…», explicaría la citada
X", reporting what other media wrote). Quotes only: in a claim, "indicaría que" is more
often evidence that suggests than someone who says."""


# Verbs that report words for quotes only: publishing or posting them ("X publicó en su
# cuenta que «…»", "«…», postearon") and an authority's ruling ("La Fiscalía dictaminó
# que … «…»"). In a claim, "publicó que" is mostly an outlet reporting, which the
# cross-check would credit as a source (bench/real/README.md item 100).
_QUOTES_ONLY_ES = "publicar postear dictaminar"
SPEECH_QUOTES_ONLY_ES: frozenset[str] = frozenset(
    form
    for verb in _QUOTES_ONLY_ES.split()
    for form in (
        verb,
        verb[:-2] + "ó",
        verb[:-2] + "a",
        verb[:-2] + "aron",
        verb[:-2] + "an",
        verb[:-2] + "ado",
        *_imperfect(verb),
    )
)
