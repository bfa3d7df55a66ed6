"""Direct quotes and who said them, for comparing what each source actually said.

Rule-based on purpose: every attribution can be explained by the cue it came from, and
the press conventions it relies on are few and stable. Each rule below is a general
habit of Spanish reporting; when none applies, or two answers fit as well, the quote
keeps no speaker: a wrong name is worse than none.

- Marks: «» (with “” and ‹› nested inside), “” (with ‘’ nested inside; a double prime
  "″" typed for its closing mark), straight ""; a quote opened and never closed runs to
  the end of its paragraph (the Spanish convention for quotes that go on in the next
  paragraph), never further, or to its last full stop before the same mark opens again
  ("«Habrá elecciones. «En mayo…», remarcó"). A straight mark glued to a full stop opens
  a quote when a capital follows it ('la agencia."Habrá'). A closing mark no mark opened,
  followed by a verb of saying ("…», dijo X": the opening mark lost in a translation),
  ends a quote that opens with its sentence, or with the sentences before it in the
  first person.
- Dialogue dashes: a paragraph that opens with "—" is speech up to the narrator's dash.
  The narrator's words between dashes inside a quote, with a verb of saying, split it in
  two quotes ("«En mayo -expuso-, abriremos»").
- Attribution, in order: a verb of saying (the table in `contrasta.reading.speech`,
  shared with claims; "le dijo", "ha asegurado", "rezaba", "llegó a decir" included;
  never a noun after a determiner, "la denuncia", a participle without "ha", "el
  mencionado", nor a capitalised word inside a name, "Ochoa Reza") right after the quote
  («…», afirmó X); a cue earlier in the same sentence (X afirmó que «…», Según X, "Para
  la vicepresidenta, …" opening it with a person or an organisation, A decir de X, "…,
  afirmó Lavrov: «…»", "En su opinión, …"); one later in it, set off by commas ("«…» que
  hay que corregir, afirma su directora, X"); for a quote that opens its sentence, the
  sentence before it when that one announces it ("…, afirmó Lavrov:" ending the previous
  paragraph, "X lo explicó así."; by the verb that opens its report, if one does:
  "Explica que los socios han pedido créditos."), or the one after it when that one
  credits it ("«…».
  Así lo aseguró X", "Con estas palabras ha reaccionado X", "Son palabras de X", "Estas
  son las palabras con las que X abre su carta"). A verb after the quote whose "que" opens
  a report of its own ("«…» Agregó que el huracán X…") is not its cue. An infinitive of
  saying after "en"/"al" is how the subject said it ("fue enfático en afirmar que"). A quote
  with no cue
  continues the attributed quote before it in the same paragraph when no one else is
  named in between (an addressee aside: "le dijo X a Ana Ruiz"), or, being its own
  paragraph, the full quote whose attribution closed the paragraph before ("«…», comenta
  X. ⏎ «…»."), or, being a sentence of its own a few paragraphs after the last
  attributed quote, that quote when the words between only report speech or talk
  ("Subraya que …", "En la entrevista habló de …") or name that speaker, and name no one
  else, no organisation and no title opening a sentence (an interview, a profile), or,
  being a sentence of its own in a paragraph that opens with a person's full name and
  names no other person nor an organisation as a subject before it, that person's (a
  profile: "Ana Lucero, de 34 años, llegó con sus hijos. «Estamos agotadas»."); an
  unclosed quote continues into the next paragraph's. Words quoted inside a sentence
  with no cue, right after a sentence of the same paragraph that reports someone's
  speech ("X anticipó que … . El objetivo es «…»"), are that speaker's. A verb opens
  reported speech past an adverbial ("dijo este viernes que … «…»"). A headline credits
  its quote after a colon ("«…»: Sánchez", "“…”: Trump – El Diario").
- The speaker phrase after the cue: past an addressee ("a BBC Mundo la doctora X", the
  outlet never part of the name) and adverbials ("por su parte", "este lunes", the means:
  "por teléfono", "en un comunicado"; also set
  off by commas: ", subrayó por su parte la decana X,"), a name; "fue el comentario de X";
  a name in single quotes ("señala ‘Marea Verde’"), an account ("@vecinos") or a portal
  with its domain ("Maldita.es"); the name
  in apposition to a title, titles joined by "y" included ("el cantante y actor X", "el
  arquitecto y cofundador, X"); a bare plural of people ("reclaman vecinas del barrio",
  "adelantan fuentes del regulador"); what someone said or wrote is theirs ("la versión
  de X", "el comunicado del Ministerio", "la declaración atribuida a X").
- The subject before the verb: in a relative clause, its antecedent ("la jurisprudencia
  del Tribunal X, que sostiene", "un medio digital que aseguraba", "X, de Banco Y, quien
  advierte"; a thing carrying someone's words, "una entrevista con X en la que dice"; a
  thing issued "en el que" with no owner, its issuer: "X ha publicado un informe en el que
  advierte", "remitió una carta a los vecinos en la que"; its second verb after a first
  one past or present: "a X, quien permanece en casa y afirmó"; a title before "quien" as
  before a verb: "El médico, quien asegura"; not after "ya que", not a place, not a
  kinsman's name, and "hay quienes" is no one);
  else the name right before the verb past the asides that separate it ("Al preguntarle
  por X, Nadella aclaró", "Ciudadanos, que ha virado, ha insistido"; a title and a name
  there: "Tras reunirse con el ministro X, la portavoz sindical Y dijo" is Y; never a
  name closing an aside as its title's apposition: "El estudio, presentado por su
  director, X, concluye" is the study's); else the first
  name that is not after a preposition or an article and not inside a relative aside
  (nor joined by "y" to one after a preposition: "del Instituto de Virus y
  Enfermedades Raras"; nor in apposition to a title after one: "a la candidata,
  Rosa Pardo,", "contra el presidente del consejo, X,"): "Kim, tras reunirse con Putin,
  dijo" is Kim, "la Champions" is no one, "la Organización Mundial de la Salud" and "La
  Fiscalía General de X" are, being organisations (with the place they are of: "el
  Ayuntamiento de la localidad"; "La Asociación de Vecinos de X" though a role is inside
  it; past a lowercase word after an organisation's noun: "la plataforma Vecinos por
  Lugo"; with its reach: "el Gobierno regional"; English, with its "of": "the Ministry of
  Water"; one word with an acronym: "la Revista PYM"); an acronym ("la OMS", "el
  sindicato CCOO", "the EPA", after a verb too: "señaló el DSI") or a short name the text
  gave in brackets ("la Agencia Estatal de Meteorología (Aemet)", opening with its
  initial; never a place: "(Lugo)") as the text spells it out, before the quote or else
  after it, joined over "y" when the initials say so ("Comisión Nacional de los Mercados
  y la Competencia (CNMC)"), else as written, a listed place's ("EEUU") no one. "Fuentes
  del Ministerio" ("Officials at X") are an anonymous source, whatever the verb's number,
  not the ministry. A clause reported with "que" has its own subject right before its
  verb ("…señaló que el Acuerdo indica"). A lone capitalised word opening the
  sentence is a name only before a singular verb. Before a colon with no verb of saying,
  a clause with a subject of its own names the speaker or no one ("la respuesta fue
  contundente:").
- Descriptions: a title ("el mandatario ruso", "la canciller", "el especialista", "el
  exfuncionario") is the one person whose title fits it (`contrasta.reading.roles`:
  role, country, gender), among those this text introduced and those of the story
  (`known`; an introduction with two titles gives both, "el doctor X, director del IER"
  is "el director del IER" later; a title reaches its name past an acronym's aside, "El
  presidente de Unión Cívica (UC), X", and never titles an organisation nor a name
  listed after its complement, "La exjugadora de Sevilla, Bilbao, Girona"); a
  nationality ("el mexicano") the one of that country; two fitting as well is no answer,
  and the previous subject is taken only for a title without a country that neither
  their known title nor their first name's gender contradicts ("la también periodista"
  adds a title; "El también vicepresidente de X" before a verb too). A portfolio's
  holder ("el titular de Sanidad", "la responsable de Educación"; "responsable" only as
  a noun after an article) is the one person introduced with that area whatever their
  title ("la consejera de Educación"), else the one just spoken of when no area of
  theirs says otherwise, else as written ("el responsable de la planta"); alone ("el
  máximo responsable"), the one official named. A noun the text introduced a name with
  names it again ("la plataforma separatista ‘X’" … "señala la plataforma separatista");
  an organisation's common noun ("el consistorio", "la compañía", "el organismo", a
  venue: "la discoteca", "el hospital") is the organisation named before (by acronym
  too: "la OMS"; in English "the company", "the ministry"); a noun the text put before a
  name after "del"/"al" ("del papa Francisco") names it again. A capitalised epithet
  ("El Nobel") is no anaphor. "El portavoz de la compañía" when no one named so far is a
  spokesperson, and the press as a whole ("la prensa local"), are sources kept as
  written. A statement or a letter named again by a bare noun ("el comunicado", "el
  texto", "la carta", "the letter") speaks for who issued it: its writer named with it
  ("una carta del poeta X", "escrita por X", "a letter by X", in an aside: "El
  comunicado, firmado por X,"; a resolution "aprobada por" a body, named again as "la
  resolución"; a study introduced with its own name "elaborado por X"; "se informa en el
  comunicado difundido por X"), else the subject of the verb that brought it in ("X
  emitió un comunicado", "X firmó la carta") or of the clause it is the means of ("A
  través de una circular …, el Ministerio exigió", "mediante un comunicado difundido por
  la federación"; "se dio a conocer" is no one), and a dropped subject reading on from
  it ("-dice la circular- … Y señala que") is that issuer too; a bare thing ("según
  datos del informe") names no one. A blog, an outlet, speaks for itself ("el blog
  afirma"). A person's name right after a place noun ("el hospital del IESS X", "el
  estadio X") is the place's, never who a dropped subject refers to. A plural subject or
  a plural verb without one is a group ("los manifestantes", a bare plural of people:
  "Fuentes de la empresa explicaron", "Desde el comité aseguran", "…», explicaron desde
  la Consejería de Salud" (an organisation or people, not a place: "desde la orilla"), a
  campaign's team: "Desde la campaña de X aseguran", "las vecinas que … exigían",
  organisations in the plural: "Los ministerios de Cultura de ambos países", "las
  universidades públicas"), never one person. A bare definite noun no table knows
  ("explicó el galerista") is the last speaker when they are also the subject named last
  and of the article's gender, unless the text made the noun another's title ("el autor,
  X"). A definite noun for a person that resolved to no one ("el oyente", "según la
  científica de datos") is the one person in view, of the noun's gender: the only person
  the text has named (whose first name may say no gender), or the last speaker when no
  other person is named since their quote; not when the noun is another's title, a title
  someone named bears, or the person has a title of their own. A title no person named
  before the quote could bear is read as written ("confesó el alcalde": "alcalde"),
  short, and then not shown (see "Unsure" below); a plural one is a group ("gritaban
  los vecinos"), and a collective noun ("la oposición", "la defensa") speaks as one. An
  indefinite description is an anonymous source kept as written ("un portavoz del
  departamento", also before a relative clause:
  "Una vecina que prefiere no dar su nombre relata"); "Un estudio de X concluye" is X's;
  a pronoun ("uno de ellos") or a thing ("un cartel", "el anuncio", "las exploraciones",
  a statement no one issued) names no one, save a complaint, which speaks for who filed
  it ("la denuncia": whoever "ha denunciado" first in the text), a ruling, which speaks
  for the court named last ("la sentencia", "el fallo"), a placard, which speaks for who
  carried it ("una pancarta que portaban las vecinas"), and an ordinal standing for
  items counted before, which speaks for who published them ("La cuenta @X publicó tres
  tuits. ⏎ El primero afirma"; a few paragraphs back).
- Pro-drop ("afirmó.", "he said"): the first person named in this sentence before the
  quote, else in the nearest earlier sentences (a name counts as a person when a first
  name opens it, it has a title, or it has spoken), else the source the sentence right
  before credits ("Según la fuente de X, … ⏎ «…», dijo por teléfono": "fuente de X"),
  else one in a paragraph since the last attributed quote (who came in after it), else
  an organisation the sentence before, or this one, says spoke as the subject of its verb
  of saying ("El Ministerio informó ayer de … ⏎ Añadió que «…»", "…, informó en un
  comunicado el Departamento de X"), else the last speaker; in a sentence opening inside
  a document ("En la carta, afirma"), its writer. An anonymous source is kept as written,
  and an apposition after it names what it is a source of ("una fuente de Aeropuertos del
  Sur, Asur,": not "Asur"). A singular verb after a sentence whose subject is plural goes
  on with the one person that sentence names ("Los investigadores entrevistaron a X. «…»,
  relató."). Where
  that cannot be checked, no one: a person found in a sentence that names them after a
  title as a complement ("El club despidió al entrenador X", "La muerte del actor X") or
  that credits another source ("X votó, según Marta Gil"), unless they spoke last; a
  person named paragraphs back, further than the nearest, once a sentence since opens
  with a subject of its own ("Los investigadores lo comparan…").
- Evidence: each quote's `how` says what its speaker rests on, the cue's place ("after"
  the quote, the verb's "subject" before it, "according to", "para", a "headline" colon,
  "announced" by the sentence before, …) or the context that carried it ("continued",
  "next paragraph", "still speaking", "presented", "unclosed"), then the resolvers its
  name went through ("dropped subject > previous subject > title > name"): a speaker
  written in the quote's sentence can be checked there, one resolved across sentences
  only by reading back.
- Unsure (Spanish): two kinds of speaker read are not shown, as on held-out text they
  were almost never right (bench/real/README.md item 76): one capitalised word that is
  no first name, no organisation and nowhere presented by what it is (`_stray_word`:
  "señaló Redacción"), and a singular description in lower case left unresolved
  (`_unresolved_description`: "confesó el alcalde", "dijo el canal del club"), save an
  anonymous source introduced as one ("un damnificado", "uno de los vecinos"), a
  group, an organisation's noun that refers back, a spokesperson or a source.
- A bare plural that names again (Spanish, `named_groups.py`, bench/real/README.md item
  144): "los artistas" after "los artistas X y Y" is X y Y; "los periodistas" where the
  text names an outlet, and "los socialistas" with a party named in its paragraph or the
  one before (by an acronym; a party written out is found by `_fullest_body`), speak for
  that body, and are not shown; a plural that brings a group in by its noun alone ("los
  manifestantes", "fuentes", "los investigadores") is kept.
- Short forms: "Ferrán" becomes the fullest name in the same text it shortens
  (`names.is_short_form`: last words, the first of two surnames, the name without its
  second surname, "José Mena" of "José Mena Abud", a Korean or Chinese
  family name, "Kim" of "Kim Jong-un"), else the one person of the story it shortens,
  and a first name alone ("dijo Jessica") the one person of the text it begins. Place
  and organisation words run into a name are cut ("Estados Unidos John F. Kennedy", "de
  Obras Públicas del Estado Fermín Larrea"), not an organisation's own name
  ("Universidad Carlos III", "Colegio de San Ildefonso"); a place word after a first
  name is a surname ("Carmen Villa", "Luis del Valle"). A short form two people of the
  text bear as much ("Peral" of Luis Peral and Marta Peral, each named once) is no one;
  the one named most is meant, and a first name shortened is the same person ("Rafa",
  "Rafael"). Names take any Latin letter ("Helga Sørensen" is not cut at "ø").
- Terms are not speech: a quoted string right after "la llamada", "el lema", "esa frase
  de", "bajo el título", "significa"... is never a quote, nor a short one after "la
  película", "la ley", "como"..., nor a short one of capitalised words (a name:
  «Silenciadas», "DY2K20"), nor a word inside a source phrase ("Según el «filántropo»",
  whose quoted epithet is the previous subject), nor a fragment of fewer than eight
  words set in a sentence with no cue and no speaker (a scare quote; a longer one is a
  quotation, kept without speaker); one of 1–3 words is dropped unless a cue stands
  within a few words before it ("se limitó a pedir «paciencia»") or opens the reported
  speech it is part of ("aseguró que … «cuanto antes»"), and then it is a partial quote,
  or it is an exclamation alone in its paragraph. A quote in capitals alone in its
  paragraph is a crosshead, said by no one.

Sentence boundaries come from `contrasta.reading.sentences` (the previous-sentence and
pro-drop rules read them).
"""

from contrasta.reading.quotes.find import find_quotes, people, quotes_and_people
from contrasta.reading.quotes.layout import LAYOUTS, PARAGRAPHS
from contrasta.reading.quotes.quote import Quote

__all__ = ["LAYOUTS", "PARAGRAPHS", "Quote", "find_quotes", "people", "quotes_and_people"]
