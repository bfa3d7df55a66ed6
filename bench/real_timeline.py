"""The story timeline on real text, checked against a reading of it.

The dates bench (bench/real_reading.py) scores date expressions, one by one, against the
day they denote; a journalist sees the timeline instead: each dated fact of a story on one
day, with its sources, a fact given different days by different outlets flagged as
disputed, and an event reported on or after the day another source said it was called off
flagged as a chronology conflict (contrasta/dossier/timeline.py). This bench takes those
from a run over every real text under ../shared/eval (bench/realcorpus.py's corpus,
default settings) and scores them against bench/real/timeline.json, labelled by reading:

- an entry (its cited sentence, the date expression it is placed by, the day shown) is
  `right` (the day the article gives that fact), `wrong-day` (the fact is the story's but
  its day is not that one: a relative day resolved the wrong way, a day of another clause
  of the sentence), `other-date` (the date is of something else: background, a
  publication day or a deadline named in passing, the fact itself has another day or
  none) or `not-a-fact` (no fact of the story: page furniture, an opinion, a headline
  fragment). Each reading also records `day`, the day the article gives the fact (ISO at
  the precision it is written, null when it gives none), so an entry a code change places
  elsewhere is scored without reading it again: right when its day is that one.
- a dispute (the group's entries, one per day) is `real` when the outlets give one fact
  different days, else `not-real` with why (different facts, one day misread).
- a chronology conflict (the event's sentence and the calling off) is `real` when the
  called-off thing is the event reported, else `not-real`.

Sentences are cited as bench/real_confirmed.py cites them (row id, field, offsets, the
field's length and sha256 prefix; never text), and located with its helpers. An entry is
annotated when an annotation's sentence and date expression overlap its own (or only its
sentence, when no entry is placed by the annotated expression: placed anew). Precision of
the entries: the share `right` of the annotated entries the run shows (and the share of
facts on their day, `background` too); the kinds of wrong are counted.

The sample was drawn with `SEED` and `DRAWN`, fixed and committed before any entry was
read (`--draw` prints it, rows and offsets only): entries of stories of more than one
article with a day (resolved), neither disputed nor flagged; every dispute and every
chronology conflict (a sample of `DRAWN` when more). The drawn units are split by story,
half dev, half held out (`split_by_story`). Only dev is scored; `--split heldout` is
refused unless `--i-am-the-lead` is given too (the lead scores it once).

Measured 2026-12-06 on the run of main at 16a2901 (2,469 articles, 1,876 stories, 4,253
timeline entries; 437 stories of more than one article, 1,899 entries, 1,122 of them with
a date placed): no dispute at all (only 5 claim groups hold days written with their number
in two articles; none differ), 4 chronology conflicts, all in one story and all false. Dev
(19 entries): a fact of the story's time on its day 3 (0.158); a fact on its day,
background too, 9 (0.474); wrong: 6 dates of something else (2 of another clause, 3
naming which thing is meant: "the 2020 tax demand", "a countdown to 2020"; 1 "Black
Friday" read as the nearest Friday), 2 relative days inside speech counted from
publication, 2 no fact. After "Black Friday" stopped being a Friday and an English active
"-ed" stopped being read as a passive (service RULES 6): 1,892 entries, no chronology
conflict; dev 3 of 18 (0.167) and 9 of 18 (0.500), no right entry lost. `--stories` gives
the same dev figures as the full run, before and after.

A second draw, all dev (`more_drawn`, `SEED_MORE`, fixed and committed before reading): 40
entries more from the run of main at fd83dd8 (1,892 entries), of stories sharing no
article with the held-out half. Dev then holds 58 entries shown: a fact of the story's
time on its day 17 (0.293), on its day, background too, 28 (0.483); wrong: 19 dates of
something else (7 of another clause, 7 naming which thing is meant, 3 bounding a period
with "desde"/"since", a deadline, a list of years), 8 wrong days (5 relative days inside
quoted or reported speech, "a few weeks ago" as one week, a decade as its first year, a
month of a masked year), 3 no fact. After `timeline._dates_its_act` (service RULES 8,
since removed: no date of a background, "desde que" or "since" clause, no year after
"de"/"para" nor written date before an English noun naming a thing, no relative day in
speech): 39 shown, 16 (0.410) and 26 (0.667), the same on `--stories` and on the whole run
(1,892 -> 1,565 entries, 1,116 -> 904 with a date placed); two read with a right day no
longer shown (a quote's "demand for 2020", "desde 2016" opening a sentence). Taken back
(service RULES 9) after the held-out half was scored once (2026-12-06, `--stories`): a
fact of the story's time on its day 7 of 21 (0.333) before the rule, 4 of 18 (0.222) with
it; on its day, background too, 10 of 21 -> 7 of 18: it left unplaced or unshown three
right entries (a year after "del"/"de" that was the fact's year, "esta mañana" in reported
speech said that day) for one wrong one. The round-one fixes (Black Friday, the active
"-ed") leave the held-out half as they found it (7 of 21).

The held-out half is used up (scored once). A new held-out set (`held_out_drawn`,
its seed in `SEED_HELD_OUT`, fixed and committed before any of its entries was read):
`HELD_OUT_DRAWN` entries, at most `PER_STORY` of one story, from the kept run of main at
1e64d19 (/work/runs/run-1e64d19, `--draw-heldout2` on a copy of its contrasta.db), of
stories sharing no article with any read before (`read_before`: the stories of the first
two draws, the dates bench's dev articles). `--split heldout2` scores only it and, like
`--split heldout`, is refused unless `--i-am-the-lead` is given too. Drawn and read
2026-12-06: 40 entries of 35 stories (the run: 437 stories of more than one article, 1,893
entries, 1,116 with a date placed), labelled and given their `day` in a commit of their
own, not scored.

A third dev round (2026-12-06), on conventions recurring across dev entries, each counted
on dev before it was kept (no right entry lost by any), in `timeline._dates_its_fact`
(service RULES 11; reading RULES 54): a relative day inside quotation marks ("ayer",
"today", "el próximo domingo") places no fact, as it counts from when the words were said
(5 entries out: 4 wrong days, 1 'today' meaning nowadays); an English date written with its
number between a determiner or possessive and a noun ("Trump's July 25 call", "the 2018
season") names which thing is meant (3: 2 out, 1 left unplaced); a year after "desde" or
"since", or in a "desde que"/"since" clause, bounds a period unless the sentence tells a
beginning (4 out; "Desde 2016 se dio inicio" kept); and "the 2000s" is a decade, no year
(dates; 1 out). Dev: 58 shown -> 46; a fact of the story's time on its day 17 (0.293) -> 17
(0.370); on its day, background too, 28 (0.483) -> 28 (0.609); the same on `--stories` and
on the whole run of 1e64d19 rebuilt (1,893 -> 1,793 entries, 1,116 -> 1,048 with a date
placed). Dates bench dev 0.970 (522/538) unchanged. Read on the whole run outside the
held-out stories (unannotated, 1,453 -> 1,373 entries: 88 gone, 8 placed by another date):
most gone were wrong (quoted "hoy"/"today" meaning nowadays or said the day before, "the
July 25 call" in testimony of November, "since 2014"), a few right ("hoy fue votada" in a
same-day quote, "the 2019 poll"); on the examples, 4 quoted "hoy" leave the timeline (2
nowadays, 2 said that day). Left as they were: a year after "de" naming a thing (the
held-out half's losses), dates of relative clauses (only the list-of-years entry moved on
dev), "hace una semanas" (one article's typo), "hoy" as nowadays outside quotes (one
caption on dev).

heldout2 being used up (scored once, by the lead), a third held-out set is drawn the
same way (`held_out_drawn`, `--draw-heldout3`, seed 20261217 fixed and committed before
any of its entries was read): 40 entries, at most `PER_STORY` of one story, from the kept
run of main at 76c4a2a (/work/runs/run-76c4a2a, on a copy of its contrasta.db), of stories
sharing no article with dev, the first held-out half, heldout2 or the dates bench's dev
articles. `--split heldout3` is refused unless `--i-am-the-lead` is given too. Drawn and
read 2026-12-06: 40 entries of 31 stories (74 articles; the run: 437 stories of more than
one article, 1,793 entries, 1,048 with a date placed), labelled and given their `day` in a
commit of their own, not scored. Doubtful calls, by the conventions of the readings before
(the reader can be wrong on these): a future thing on its own day is a fact there (a
player's expected absence from the next game: right; a first model not expected until next
year, as context: background; a fee rising from next year, in a headline: right), but a
hope's or a quoted warning's horizon year is other-date, as a forecast's was; a day in a
list of three days of one count (parties since a day) is other-date, as the first of a list
of years was; a weekday of an arrest named in a noun phrase of the sentence's subject
(the story's arrest) is right; "hace dos semanas" in a relative clause on the fall kept
two weeks before is other-date (the fact is the rise since); a launch weekday in a clause
of a few days before, also resolved to the coming weekday, is other-date, not wrong-day;
the year a market index ended, just ended in the story's days, is background, a
half-year's export figure of the story's year right; a magazine cover of six years before
that is the article's subject is right (its day as the article gives it, true or not).

A fourth dev round (2026-12-06), heldout2 being scored and so dev data too, on the run of
main at 76c4a2a (/work/runs/run-76c4a2a, a copy; 1,793 entries, 1,048 with a date placed):
nine more conventions in `timeline._dates_its_fact` (service RULES 14), each kept as it
removed more wrong entries than right ones; figures after each, added in this order (dev
right of shown, day right of shown; heldout2 the same; the whole run's entries): before,
dev 17/46 (0.370), 28/46 (0.609); heldout2 12/37 (0.324), 21/37 (0.568). A date in a
relative clause set off by a comma (", que", ", cuyo", ", who", ", which", up to the next
comma): dev 16/41, 27/41 (4 wrong out, one right lost: a paper published "today" told in
the clause); heldout2 13/36, 22/36 (one wrong out, one sentence placed anew on its right
day); 1,724 entries (1,012 placed). A deadline or horizon ("by", "before", "antes de";
"para", "hasta", "until" only before a year): dev 16/39, 27/39; heldout2 13/35, 22/35;
1,693 (984). A norm's date ("Ley 3/2018, de 5 de diciembre"): 1,692 (its dev entry went
at the range step, the norm's other year being a range's). A month whose written year was
not read (masked "de *NUMBER*") and a weekday resolved to another month than the one
written after it: dev 16/38; heldout2 13/33, 22/33; 1,683 (974). A year of a range
("2020-2025", "entre 2019 y 2022") or alone in parentheses (a birth after a name and its
town, a list's years): dev 16/36, 27/36; 1,661 (951). An English written date before a
capitalised noun too (a constitution named by its year): heldout2 13/32, 22/32; 1,651
(941). A date of a clause opening the sentence with "after" ("Tras ...,", "Después de
que ...,", "After ...,"): dev 16/35, 27/35; 1,645 (939). A month bounding a period as a
year does ("desde marzo", "entre enero y marzo", "since it opened in May") or in
parentheses: dev and heldout2 unchanged; 1,634 (932). A year after a capitalised noun and
"de"/"of" ("la Constitución de 1978", "the Class of 2025"): unchanged; 1,623 (922). After:
dev 16/35 (0.457), 27/35 (0.771); heldout2 13/32 (0.406), 22/32 (0.688); the same on
`--stories`; no entry read right lost but the one above. Read in stories not annotated
(entries a rule took away): relative clause 25 read, 15 wrong (a noun's background, a
deadline), 8 right (a death, a report of that week told in the clause), 2 background;
deadline 12 read, 12 wrong; range and parentheses 9 read, 9 wrong; "after" clause 3 read,
2 wrong, 1 right (the afternoon of the day the clause names); month periods 18 read (on
the whole run), 13 wrong, 3 right (an opening's month in a "since" clause, a change
taking effect "desde mediados de diciembre", a week in parentheses), 2 unclear; a
capitalised noun's year 9 read, 9 wrong (laws, a constitution, an agreement, a class); the
norm, the unread year and the English capitalised noun took none there (read on the whole
run: 2 norm dates; 10 masked years, 8 plainly guessed wrong; 12 capitalised, a laptop
model, a draft, an awards show named by their year). Examples: 53 -> 47 entries (relative
clauses: an arrival and a start of that day lost, 2 background out, a period's "desde el
martes" out, one sentence placed anew on its right day; "para este año" out). Dates bench
unchanged (no reading change). Tried and left out: "para" and "hasta" before a day or a
month (about half of those read right: a scheduled event's day, a count's day), a year
after a common noun and "de"/"del" (of 40 read after a noun and "de", a fact's day about
as often as a thing's name). Left: relative days in reported speech ("dijo que mañana",
too few on the run to tell), a headline naming a month's robbery, a countdown "to" a
year, Italian "dal"/"del" years.

heldout3 was scored once by the lead at the end of that round (2026-12-06): on the run of
main at 557079a (service RULES 15; 1,623 entries) 14 of 37 shown right (0.378), 23 of 37 on
their day, background too (0.622); at 76c4a2a, the code before the round, on its own run
(`PYTHONPATH` set to that tree; 1,793 entries) 14 of 40 (0.350) and 24 of 40 (0.600): the
round left out one date of another clause, one naming which thing is meant and one
background fact, and one entry read right is no longer shown while another sentence is
placed anew on its right day. Caveat: the round's helper read removed entries of stories
outside its copy of the annotations, a superset of 166 rows that holds the rows of 16 of
heldout3's 40 entries, and it read this docstring's list of heldout3's doubtful calls
(after its rules were written); the figure is an upper bound. heldout3 is now used up.

heldout3 being used up, a fourth held-out set is drawn the same way (`held_out_drawn`,
`--draw-heldout4`, seed 20261220 fixed and committed before any of its entries was read):
40 entries, at most `PER_STORY` of one story, from the kept run of main at a19270a
(/work/runs/run-a19270a, service RULES 15, the timeline rules of the fourth dev round; on
a copy of its contrasta.db), of stories sharing no article with dev, the first held-out
half, heldout2, heldout3 or the dates bench's dev articles. `--split heldout4` is refused
unless `--i-am-the-lead` is given too. Drawn and read 2026-12-06: 40 entries of 36 stories
(84 articles; the run: 437 stories of more than one article, 1,623 entries, 922 with a date
placed), labelled and given their `day` in a commit of their own, not scored. Doubtful
calls, by the conventions above (the reader can be wrong on these): "hoy" as now, in a
sentence that states a fact, is other-date, not not-a-fact; a launch's day in a "since"
clause is right when the launch is the story's news, a "desde que" clause's day before a
count other-date; a year is right when the fact falls in it as written (a headline's year
of a change taking effect), other-date when it is a forecast's or a purpose's; a thing's
year that is the article's subject is right, as the magazine cover's was.

A fifth dev round (2026-12-06, branch timeline4), heldout2 used as dev again, on a copy of
the kept run of main at 840ba5c (/work/runs/run-840ba5c; service RULES 16; 1,623 entries,
922 with a date placed). Before: dev 16 of 35 shown right (0.457), 27 of 35 on their day,
background too (0.771); heldout2 13 of 32 (0.406), 22 of 32 (0.688). The wrong entries,
by sentence (row/field, offsets) and why, with what the round did to each:
 1. dev semeval/1484189433es_1483999729/2/text2 591-774: unplaced; a month of another
    clause (an injury's season, then a signing in a month of a year the undated article
    does not write), shown as written. Left (its fact has no day to give).
 2. dev page/c00962aa.../articleBody 7537-7808: other-date; a year to come inside a quote,
    naming a planned thing. Out (a quoted year after the article's year).
 3. dev fakedes/train/635/TEXT 1951-2123: wrong-day; "el día de mañana" in speech reported
    in the past, counted from publication. Out ("el día de mañana" is a day to come).
 4. dev fakedes/development/128/TEXT 1264-1332: not-a-fact; "hoy" of how someone looks now,
    a caption. Out ("hoy" after a verb of looks).
 5. dev fakedes/train/610/TEXT 166-344: wrong-day; a typo ("una" before a plural unit) read
    as one week. Left (one article's typo).
 6. dev fakedes/test/301/TEXT 1367-1496: other-date; a relative day of a participle phrase
    on an object (a series made years before). Left: the same shape on a subject is the
    fact's day (heldout2 fakedes/test/139/TEXT 7229-7509, a study published that week).
 7. dev semeval/1484038302_1483809356/2/text2 671-759: other-date; a year after English
    "to", what a countdown was to. Out (a year after "to").
 8. dev semeval/1542888207es_1559322741it/2/text2 1-182: other-date; an Italian headline's
    year after a noun and "del" naming which thing. Left (a year after a common noun and
    "de"/"del" is as often the fact's).
 9. heldout2 fakedes/test/392/TEXT 1316-1547: other-date; a year of a relative clause holding
    commas of its own (a journal's volume and number). Left (where such a clause ends is
    not known without parsing).
10. heldout2 semeval/1521790737es_1548690307/1/text1 0-107: other-date; a headline's month
    naming which robbery. Left.
11. heldout2 fakedes/train/233/TEXT 681-1003: other-date; a weekday after "desde" bounding a
    recovery told in a present perfect (also resolved to the coming weekday). Out (a day
    after "desde"/"since" with a present perfect).
12. heldout2 page/7a457a4f.../articleBody 70-118: not-a-fact; a fragment cut at a title's
    abbreviation. Left (sentence splitting, not the timeline).
13-14. heldout2 fakedes/test/456/TEXT 0-383 (two entries): moved; a profile sentence (a name
    with its town and birth year in parentheses) listing career facts; read for its birth
    year (day none), now placed by two of its other dates, each on its own day but
    background. Left (a reading of the birth year, not of these dates).
15. heldout2 fakedes/test/139/TEXT 169-305: other-date; "para" before a part of a month, when
    a test was scheduled to be. Out ("para principios/mediados/finales de" a month).
16. heldout2 semeval/1483806568es_1484126601/2/text2 4636-4719: not-a-fact; a wish for a
    year in a quote of an undated article. Left (its year to come is unknown undated).
17. heldout2 semeval/1552656987es_1552546175it/2/text2 1172-1321: other-date; an Italian
    "dal" (since) before a month and year, the lowest price since then. Out (Italian "dal",
    "da quando" as "desde").
18. heldout2 semeval/1483803662es_1484149244it/1/text1 866-1038: other-date; a year in a ",
    cuando" clause after a period's opening month. Out (", cuando"/", when" as a relative
    clause).
By kind: dates of something else 11 (another clause 4, naming which thing 3, a period or a
countdown's bound 3, a horizon 1), wrong days 2 (a reported-speech "mañana", a typo), not a
fact 3 (a caption's nowadays, a fragment, a wish), background placed anew by a profile
sentence 2. Dated entries whose only anchor is the publication day (a relative day resolved
from it) are no worse than those written with their number (dev and heldout2 after the
round: 27 of 31 relative ones on their day, 22 of 28 written; all 4 placed on the
publication day itself right), so they are shown as before; entries whose date hangs on an
unknown publication day are already shown as written, "sin fecha de referencia", last and
off the chart (602 of the 1,205 entries of the run's stories outside every held-out set: of
30 read, about 20 a fact of the story's time, the rest a deadline, background or a day
counted from another event), left as they are. The rules (`timeline._dates_its_fact`,
service RULES 18), each tested on fictional text (tests/test_timeline.py): a date in a ",
cuando"/", when" clause; a year after English "to" (also ranges' "from ... to", as before);
Italian "dal"/"dalla"/"dai" (with a month the reader does not read) and a "da quando" clause
as "desde"; a day after "desde"/"since" in a sentence with a present perfect (what piled up
over the period), unless it tells a beginning, and never "desde hoy" (a change taking
effect) nor for a perfect of saying ("según ha informado": no entry of the run changes);
"para" before "principios/mediados/finales/fines de" a month (a target); inside quotation
marks, a year after "de"/"of" (a period or a thing's name) or after the article's own year
(a forecast, a plan, a wish); "hoy"/"today" after a verb of looks or an "as it is" (a
present state); "el día de mañana" (a day to come). After: dev 16 of 31 (0.516), 27 of 31
(0.871); heldout2 13 of 28 (0.464), 22 of 28 (0.786); no entry read right lost; the whole
run 1,623 -> 1,581 entries (922 -> 883 with a date placed). Read on the whole run outside
every held-out set (stories of heldout3, heldout4, the quotes and dates held-out articles
and real_confirmed's heldout5 left unread): 25 entries gone, 22 plainly wrong (quoted
periods and forecasts, counts since a day, a headline naming an awards show by its year, "as
it is today", "para finales de", ", when" clauses), one placed anew on its right day (a
headline fused with a first sentence), one placed anew on another wrong month (a quoted
month read as the coming one), and one "desde hoy" that a first version took and the "hoy"
exception keeps. Then, from samples of the run's placed entries read the same way (dev and
heldout2 unchanged by each): a year of a comparison's base ("con respecto a", "en
comparación con", "frente a", "than", "compared with"); a year closing a "through" range; a
yearless date opening a line and followed by a dash, a list's line (a tour's schedule: 46
entries of one story resolved to the year before the tour's, as the first held-out half's
reading of one of them says); "desde el año", "entre los años", "al" before a year (a
horizon); an English written date after "a"/"an" before a noun, as after "the" (Spanish "a"
is no determiner before a conjunction). 1,581 -> 1,513 entries (883 -> 818 placed); of the
66 gone outside the held-out sets all were read wrong but one arguable (a presentation named
by its day that is the fact's subject), three of their sentences are placed anew by another
of their dates, each on its right date, and one other sentence now stands for its claim
group (a tour planned for the year after). Last, a year after a sentence-opening day's
number and comma ("8, 2019, in ...", the tail of a date whose abbreviated month the splitter
took for a full stop): 3 fragments out, 1,513 -> 1,511 entries (818 -> 815 placed). In all,
1,623 -> 1,511 entries (922 -> 815 placed), dev and heldout2 as above. On the examples 47 ->
46 entries (a balance not updated "desde ayer", a period's bound). The dates bench
(bench/real_reading.py, dev) is unchanged: 0.962 (627/652). Tried and left out: a relative
day in speech reported after a past verb of saying (on the run 1 wrong of 6 such entries,
the others said that day); any year inside quotes (of 25 read on the run about 10 a fact's
year, and one of dev's right entries is one); any year to come outside quotes (forecasts,
but also scheduled things, which the readings count right).

heldout4 being the set in waiting (unscored), a fifth held-out set is drawn the same way
(`held_out_drawn`, `--draw-heldout5`, seed 20261221 fixed and committed before any of its
entries was read): 40 entries, at most `PER_STORY` of one story, from the kept run of main
at 0719574 (/work/runs/run-0719574, service RULES 18, the timeline rules of the fifth dev
round; on a copy of its contrasta.db), of stories sharing no article with dev, the first
held-out half, heldout2, heldout3, heldout4 or the dates bench's 202 dev articles (the
quotes bench's tenth split folded in). `--split heldout5` is refused unless
`--i-am-the-lead` is given too. Drawn and read 2026-12-06: 40 entries of 28 stories (65
articles, none of the quotes and dates held-out articles nor of real_confirmed's heldout5;
the run: 437 stories of more than one article, 1,511 entries, 815 with a date placed),
labelled and given their `day` in a commit of their own, not scored. One drawn story holds
an entry the fifth dev round took away (read, maybe, in that round's reading outside the
held-out sets); its drawn entry is another. Doubtful calls, by the conventions above (the
reader can be wrong on these): a year is right when the fact falls in it as written (an
official bulletin's year that is the claim the article makes; a quoted weakening over the
year just ended that is the article's headline; a present "ahora" of an alert in the
article's own "este 2020", though the year is written in a clause on something else), but
background for context of the year just ended (rate cuts over it); "hace casi dos meses" and
"hace poco más de dos meses" are given the month counted back (a hearing's October, a
positive test's August), background and right; a "desde que" clause telling a revelation
that began a scandal, not the story's news, is background (as a since-clause's opening was
right), where a count's bound was other-date; a participle clause on an object (a disease
discovered in a year) is other-date, as before; the end of a range of months in a schedule
list is other-date, its first stage's single month right; a conditional's outcome in a quote
(what would happen in a month if a test were passed) is other-date; a month to come in an
article of January that writes no year is the coming April (wrong-day, resolved to the past
one); "ayer" in an article published the day of the match it reports after the match is
the match's day (wrong-day, one day early), a call that leans on the match's day, which the
article does not write.

heldout4 scored once by the lead (2026-12-06, at the end of the session's rounds), each
side on a copy of a whole run of its code: at 840ba5c (before the fifth dev round) 19 of 40
shown right (0.475), 26 of 40 on their day with background (0.650); at 062ab37 (after it)
17 of 37 (0.459), 24 of 37 (0.649): the round's rules took away 1 wrong entry (a year that
names which thing is meant) and 2 read right. Its dev gain (16 of 35 -> 16 of 31, no right
entry lost) did not carry; the whole run lost 112 entries, which the round's reading of
about 91 of them called almost all wrong. heldout4 is used up; like heldout2 it may be read
as dev from now on (finding the 2 right entries the round removes is the next step).
heldout5 is the set in waiting.

heldout4 folded into dev (2026-12-06, branch timeline5), as the other benches fold a
scored held-out part: its 40 readings' split set to `dev`, their `seed` kept (`FOLDED`,
`draw_of`: the draw a reading comes from, so that `read_before` and the tests still know
it); `--split heldout4` is no longer a choice. The report gives dev's own draws and each
folded set apart too. On a copy of the kept run of 4cf26c5 (service RULES 20; 1,518
entries, 814 with a date placed) and on `--stories` alike: dev 68 shown, a fact of the
story's time on its day 33 (0.485), on its day, background too, 51 (0.750), 3 read right
lost; of them dev's own draws 16 of 31 (0.516), 27 (0.871), 1 lost; heldout4 17 of 37
(0.459), 24 (0.649), 2 lost.

A sixth dev round (2026-12-06, branch timeline5) on dev with heldout4, on copies of the kept
run of 4cf26c5 (service RULES 20; `--stories` gives the same figures), service RULES 21, in
`timeline._dates_its_fact`, each tested on fictional text (tests/test_timeline.py) and read
on the whole run outside every unscored held-out set (timeline heldout5, real_confirmed
heldout6, the quotes bench's twelfth draw and reserve). First the two heldout4 entries read
right that the fifth round took away (840ba5c against 4cf26c5: `lost` lists them): a year
after "be" and "a"/"an" opens a predicate classifying the subject ("was a 2013 top
seller"), no thing's name, and "since introduced on Monday" tells a beginning
(introduction, unveiling, debut, premiere; "inaugurated" tried and left out: a count since a
president's inauguration, 2 wrong back); on the run only those 2 come back. Dev 33 of 68
(0.485), 51 on their day (0.750), 3 lost -> 35 of 70 (0.500), 53 (0.757), 1 lost. Then, by
the 17 wrong entries' kinds (dates of another clause 7, "hoy" as now 2, a period's bound
2, a thing's name 2, a forecast, advice for a year, a typo, an embedded post): "hoy"
between a determiner and a noun ("la hoy llamada"), in an apposition before "de" ("hoy de
56 años") or after "ser" before a noun phrase ("es hoy la economía") names a thing or tells
a present state (run 1,520 -> 1,514, all 6 gone wrong; dev 35/68, 53/68); a date with its
year within six words of a restrictive relative clause (no comma: "a man who saw his
doctor in November 2016", "el lugar donde la noche del ... de 2014") says which one is
meant (2 wrong gone, one of their claim groups now stood for by another article's
sentence; unbounded to the sentence's end it took 3 more, a norm's year among them: kept
to six words; dev 35/66, 53/66); a year opening a period to now or to another year ("de
1988 a la fecha", "from 2009 to 2019") and a date in apposition closing a "desde que"
clause ("desde que ganó, en mayo, según") bound a period (3 wrong gone; dev 35/64, 53/64);
a year of a list of years joined by a conjunction (3 wrong gone; dev's list entry is now
placed by the sentence's other date, still wrong, "moved"; "desde 1991 y en 2017" is no
list); an English written date after a demonstrative or "our"/"your"/"my" names a thing
(3 wrong gone); a change's base ("pasó de 127 en junio de 2012 a 208 en junio de 2018" is
placed by its end), a year before ";" in parentheses (a citation), "para el año 2030", "by
the year 2025" (4 wrong gone, 3 placed by their end year). After: dev 35 of 64 shown
right (0.547), 53 on their day (0.828), 1 lost; of them dev's own draws 16 of 31 (0.516),
27 (0.871) as before, heldout4 17 of 37 (0.459), 24 (0.649) -> 19 of 33 (0.576), 26
(0.788); the whole run 1,518 -> 1,500 entries (814 -> 797 placed). Left: a restrictive
"que" ("el accidente que el 3 de julio de 2006 costó", not told from "dijo que el ..."
without parsing), purpose clauses ("para hacerse públicas en septiembre de 2020", "to
collect more funds in 2020": on the run as often a plan the readings count right), "for"
before a year (dev reads "the taxation demand for 2020" right and "for fiscal 2019"
wrong), "donde" clauses after a comma (often the story's: "donde murió este domingo"), a
headline run into a paywall's text, an embedded post, "hace una semanas" (a typo the
dates reader reads as one week), Italian "del" years.

heldout5 scored once by the lead (2026-12-06, at the end of the session's rounds), each
side on a copy of a whole run of its code: at 4cf26c5 (the session's start, service RULES
20) and at 3d768bf (after the sixth dev round, service RULES 23) identical: 17 of 40 shown
right (0.425), 27 of 40 on their day with background (0.675). The other 23: background 10
(on their day), other-date 9 (a byline's day run into a sentence 2, a schedule range's end
2, a conditional inside a quote, a year bounding a period inside a quote, a year of what an
opinion says is needed, a date of another clause, the first of a list of years: the sixth
round's rules reached none of them), not-a-fact 2, wrong-day 2.

heldout5 folded into dev (2026-12-06, branch fold12) as heldout4 was (`FOLDED`): its 40
readings' split set to `dev`, their `seed` kept; `--split heldout5` is no longer a choice.
On a copy of the kept run of 3d768bf (service RULES 23; 1,502 entries, 798 with a date
placed) and on `--stories` alike: dev 64 shown, 35 right (0.547), 53 on their day (0.828),
1 lost -> 104 shown, 52 (0.500), 80 (0.769), 1 lost; of them dev's own draws 16 of 31
(0.516), 27 (0.871), 1 lost; heldout4 19 of 33 (0.576), 26 (0.788); heldout5 17 of 40
(0.425), 27 (0.675), none lost. No unscored held-out set of this bench is left.

heldout5 being folded, a sixth held-out set is drawn the same way (`held_out_drawn`,
`--draw-heldout6`, seed 20261226 fixed and committed before any of its entries was read):
40 entries, at most `PER_STORY` of one story, from a copy of the kept run of main at
d61a74d (/work/runs/run-d61a74d, service RULES 24; no change under contrasta/ since), of
stories sharing no article with dev (its own draws, heldout4 and heldout5 folded in), the
first held-out half, heldout2, heldout3 or the dates bench's 233 dev articles (the quotes
bench's eleventh and twelfth splits folded in). `--split heldout6` is refused unless
`--i-am-the-lead` is given too. Counted before any was read: by that rule only 7 entries
of 7 stories are left (the dates bench's dev articles sit in nearly every story no timeline
reading holds), so, before drawing, the rule was amended (`DATES_BY_ARTICLE`): stories
sharing no article with a timeline reading drawn before, leaving out the entries of the
dates bench's 233 dev articles themselves (not their stories): 37 entries of 22 stories,
33 under the cap of 3 a story, all drawn (fewer than 40: `HELD_OUT_TAKEN`). The drawn
list (rows and offsets) was committed before any entry was read. Drawn and read 2026-12-06
(branch timeline6): 33 entries of 22 stories (57 articles), labelled and given their `day`
in a commit of their own, before any figure. Doubtful calls, by the conventions above (the
reader can be wrong on these): in a list of a hoax's accusations, the acts of years before
the story's are background and the one of its own year right; in an anniversary article
retelling a death, the earlier acts of the case are background; "la madrugada del 6 al 7"
is the 7th (the article says so against first reports of the 6th); a scheduled start
("a partir del 5 de octubre comenzará") is right, as scheduled things were; a caption whose
words say nothing as written is not-a-fact; "as 2020 dawned" is the fact's year;
"durante todo este año" of auditions going on is right; a deadline that "hoy vencía", the
story's registration day, is right.

heldout6 scored once (2026-12-06, branch timeline6, at the lead's request, after all 33
were read), on a copy of the kept run of d61a74d (service RULES 24; 1,502 entries, 798
with a date placed): 12 of 33 shown right (0.364), 21 of 33 on their day with background
(0.636), none read right lost. The other 12: other-date 6 (a year naming which thing is
meant 3: elections, a law, a figure's base year; a period's first day; a horizon; "hoy" as
nowadays), wrong-day 3 (two weekdays of a week gone by, one resolved to the coming week
and one to the publication day; a night's first day for its early hours), not-a-fact 3 (a
related-link headline, a garbled caption, a quoted speculation on the year to come).
heldout6 is used up: dev material for the next round.

heldout6 folded into dev (2026-12-06, branch timeline7) as heldout4 and heldout5 were
(`FOLDED`): its 33 readings' split set to `dev`, their `seed` kept; `--split heldout6` is
no longer a choice. On a copy of the kept run of d61a74d (service RULES 24; the bench
rebuilt it: 1,500 entries, 797 with a date placed): dev 104 shown, 52 right (0.500), 80 on
their day (0.769), 1 lost -> 137 shown, 64 (0.467), 101 (0.737), 1 lost; of them heldout6
12 of 33 (0.364), 21 (0.636), none lost.

A seventh dev round (2026-12-06, branch timeline7) on dev with heldout6, on fresh copies
of the kept run of d61a74d (dev right of shown, day right of shown, lost; the whole run's
entries, placed): before (service RULES 24) 64/137 (0.467), 101/137 (0.737), 1; 1,500
(797). The first day of a night written as two ("la madrugada del 6 al 7", "la noche del
sábado al domingo") leaves the later day to place the fact; a year naming a numbered norm
("la Ley 845 del 2003") or elections placed against now ("las pasadas elecciones de
2022") places nothing (service RULES 26): 65/135 (0.481), 102/135 (0.756), 1; 1,498
(795). Lines with no final stop after a related-articles heading on a line of its own
("Relacionados", "Noticias relacionadas", "Lee también") are other articles' headlines,
no claims (reading RULES 63; real_reading dev unchanged, dates 0.965): 65/134 (0.485),
102/134 (0.761), 1; 1,497 (794). A date inside a period named by its bounds ("el periodo
comprendido entre el 3 de febrero ... y el 30 de mayo ..."), a year a conditional guesses
about ("2020 podría ser"), a comparative's base ("más ... que el año pasado"): 65/132
(0.492), 102/132 (0.773), 1; 1,493 (792) (the 4 gone: the 2 annotated wrong ones and 2
unplaced comparisons' bases). heldout6's part: 12 of 33 (0.364), 21 (0.636) -> 13 of 28
(0.464), 22 (0.786). Left: two weekdays of a week gone by (one in hard-wrapped text,
where a line break cuts the tense reader off from the verb; one a past weekday that is the
publication's weekday, which the dates reader reads as the publication day, as agencies
write), a figure's base year ("del PIB de Colombia en 2018"), a horizon inside an
infinitive clause, "hoy" as nowadays in a relative clause, a garbled caption.

heldout6 being folded, a seventh held-out set is drawn as the sixth was (`held_out_drawn`,
`--draw-heldout7`, seed 20261228 fixed and committed before any of its entries was read):
up to 40 entries, at most `PER_STORY` of one story, from a copy of the kept run of main at
8967e3d (/work/runs/run-8967e3d, service RULES 26, reading RULES 63), of stories sharing
no article with any timeline reading drawn before (dev with heldout4, heldout5 and heldout6
folded in, the first held-out half, heldout2, heldout3), the entries of the dates bench's
233 dev articles themselves left out (`DATES_BY_ARTICLE`); if fewer than 40 are left, all
are taken (`HELD_OUT_TAKEN`). `--split heldout7` is refused unless `--i-am-the-lead` is
given too; it measures the code of 8967e3d on a whole run, blind. Counted before any was
drawn or read, on a copy of that run (1,493 entries, 792 with a date placed; 788 placed
plain entries of 221 stories of more than one article): by that rule none is left (every
story with a placed entry now holds an article of a timeline reading, heldout6 having taken
33 of the last 37), so, before drawing, the rule was amended (`TIMELINE_BY_ARTICLE`): the
entries of the articles holding a timeline reading drawn before (or a flag's sentence) and
of the dates bench's 233 dev articles left out, the articles themselves, not their stories:
174 entries of 65 stories, 119 under the cap of 3 a story, 40 drawn. Less blind than the
earlier sets: other articles of the same stories were read, and tuned on, before.
Drawn and read 2026-12-06 (branch timeline8): 40 entries of 27 stories (all 27 stories
already in `stories`, read before), labelled and given their `day` in a commit of their
own, before any figure. Doubtful calls, by the conventions above (the reader can be wrong
on these): a quoted "this year" of a claim on the year's elections is right, as scheduled
things were; a subtitle's second clause telling a vote scheduled "this month" is right; a
headline fused with the first sentence and placed by the year of a guess is other-date,
given the day of the fact the sentence tells; a fragment cut after a month's abbreviation
whose whole second clause tells a choice expected early next year is background, not
not-a-fact; a design's history placed by the year of the model it first shipped in is
background; a closure in force "from this Friday" (the publication day) to a later day is
right, a change taking effect, where a count's bound was other-date; a headline cut by the
splitter at a hyphen that still tells the day's figures is right; a year's first baby is
right in that year; a plan "established early this year" in a quoted reply is background
of its year; the old and new year a New Year message names are other-date; a yearless day
of a tour stop resolved to the past one is wrong-day (the tour is of the next year).

heldout7 scored once (2026-12-06, branch timeline8, at the lead's request, after all 40
were read), on a copy of the kept run of 8967e3d (service RULES 26; 1,493 entries, 792 with
a date placed): 19 of 40 shown right (0.475), 31 of 40 on their day with background
(0.775), none read right lost. The other 9: other-date 6 (a date of a relative clause 2,
one restrictive naming which thing is meant; a year after "since" bounding a period; a
year closing a period; a guess's year in a headline fused with the first sentence; the
years a New Year message names), not-a-fact 2 (related-article headlines in a page's
markup), wrong-day 1 (a yearless day of a tour to come resolved to the past one).
heldout7 is used up: dev material for the next round.

heldout7 folded into dev (2026-12-06, branch timeline8) as heldout4, heldout5 and heldout6
were (`FOLDED`): its 40 readings' split set to `dev`, their `seed` kept; `--split heldout7`
is no longer a choice. On a copy of the kept run of 8967e3d (service RULES 26; 1,493
entries, 792 with a date placed) and on `--stories` alike: dev 132 shown, 65 right
(0.492), 102 on their day (0.773), 1 lost -> 172 shown, 84 (0.488), 133 (0.773), 1 lost;
of them heldout6 13 of 28 (0.464), 22 (0.786), heldout7 19 of 40 (0.475), 31 (0.775),
none lost. The 39 wrong: other-date 25, not-a-fact 6, wrong-day 6, moved 1, unplaced 1.

An eighth dev round (2026-12-06, branch timeline8) on dev with heldout7, on fresh copies of
the kept run of 8967e3d (`--stories` gives the same dev figures), service RULES 27, in
`timeline._dates_its_fact`, each tested on fictional text (tests/test_timeline.py): no fact
is placed by a date after a modal of possibility in its clause (`speculation.POSSIBLE`:
"which states could follow suit in 2020", "podría aprobar el martes"; not "would", a plan
in reported speech) or followed, a comma and two words at most on, by one ("Come February
4, 2020, we might"), in or after a clause-opening "si"/"if" (not "si bien", not "sí"), a
date written with its number and set off by a vertical bar (a byline run into the text; a
kicker's "hoy |" keeps its day: a first version took a right headline), a year after
"fiscal"/"FY", a month opening or closing a range of months ("de febrero a abril de
2021"), a year inside a list of three or more (ranges among them) or joined to another by
words of a part of a year ("el final de 2019 y el comienzo del año 2020"), a year a period
runs into ("and into 2020", "hasta bien entrado"), "desde 2013 hasta ahora"; and a
"since" year bounds its period unless its own clause (to a quote's mark, a semicolon, a
colon or a conjunction) tells a beginning: "since 2014 and Microsoft launched" is no
beginning of 2014. `timeline._GUESSED_YEAR` is now built from `speculation.GUESS` (the
cross-check's list of guessing modals; its own list had "sería", which that one leaves
out as the hearsay conditional): the whole run's figures are the same either way. Before:
dev 84/172 (0.488), 133/172 (0.773), 1 lost; heldout6 13/28, 22/28; heldout7 19/40
(0.475), 31/40 (0.775); the whole run 1,493 entries (792 placed). Without the modal
after a date: dev 84/164 (0.512), 133/164 (0.811); the whole run 1,463 (768). After: dev
84/162 (0.519), 133/162 (0.821), 1 lost (the same old one); heldout6 unchanged; heldout7
19/37 (0.514), 31/37 (0.838); the whole run 1,457 (763 placed). Wrong before -> after:
other-date 25 -> 13, not-a-fact 6 -> 5, wrong-day 6 -> 6, moved 1 -> 2 (a "since" sentence
now placed by its other clause's "this year", read with no day), unplaced 1 -> 3 (two
bylines' sentences now shown as written, "este mes" of an undated article); no entry read
right lost. Whether a background fact could be shown apart: the model's own background
(`Claim.background`, the clauses the parse says name which thing is meant) holds none of
dev's 49 background entries (6 shown entries have their date there: 3 right, 2
other-date, 1 wrong-day), so it does not tell them. Their day does: of dev's entries of
stories with a dated article, those placed more than 31 days before the story's last
article are 25 background, 4 right and 4 wrong (with the round's rules but the modal after
a date), those within a month or
later 57 right, 5 background, 11 wrong; the 58 of stories with no dated article (19
background) cannot be told so. On the whole run (the same) 184 of the 768 placed entries
would be marked so (208 more in stories with no dated article). Left: related-article headlines in
a page's markup (a paragraph that is a link alone: the extractor's), a restrictive "que"/
"that" clause ("the commitments that he showcased last month", "una demanda que acusó ...
en 2016"), purpose infinitives ("to collect more funds in 2020"), a conditional's month to
come resolved to the past ("saldría en abril"), a yearless tour stop to come, weekdays of
hard-wrapped text, "hoy"/"today" as nowadays in a relative clause, a figure's base year.
Tried and left out: a written year after a participle set off by a comma after the
sentence's first (", descubierta en 1998 entre ..."): on `--stories` 1 wrong entry out, 2
background ones (on their day) lost.

heldout7 being used up (not folded yet: another branch folds it), an eighth held-out set is
drawn as the seventh was (`held_out_drawn`, `--draw-heldout8`, seed 20261230 fixed and
committed before any of its entries was drawn or read): up to 40 entries, at most
`PER_STORY` of one story, from a copy of the kept run of main at 8967e3d
(/work/runs/run-8967e3d; main at 4fe437c gives the same readings and dossiers), by
heldout7's rule (`TIMELINE_BY_ARTICLE`): the entries of the articles holding a timeline
reading drawn before (dev with heldout4, heldout5 and heldout6 folded in, the first
held-out half, heldout2, heldout3 and heldout7) or a flag's sentence, and of the dates
bench's 233 dev articles, left out, the articles themselves, not their stories; if fewer
than 40 are left, all are taken (`HELD_OUT_TAKEN`). `--split heldout8` is refused unless
`--i-am-the-lead` is given too; the lead scores it once, on the start code and the end code
of a session side by side. Less blind than the earlier sets, as heldout7 was: other
articles of the same stories were read, and tuned on, before. Counted on that copy (1,493
entries, 792 with a date placed; 788 placed plain entries of 221 stories of more than one
article): the rule leaves 88 entries of 45 stories, 75 under the cap of 3, so no amendment;
40 drawn, of 27 stories (all 27 already in `stories`, read before) and 28 articles; the
drawn list (rows and offsets) committed before any entry was read. Read 2026-12-06 (branch
timeblind8), labelled and given their `day` in a commit of their own, not scored: right 18,
background 9, other-date 10, wrong-day 2, not-a-fact 1. Doubtful calls, by the conventions
above (the reader can be wrong on these): a date read only by its year (an Italian full date
whose day and month were not read; a death on the new year's first day) is wrong-day, its
`day` the full date the article writes, since `right` asks the day shown to be that day (no
reading before had a day placed only by its year); a yearless date of an object clause (the
night an interviewer asked about, an alleged act of years before) and a year of a relative
clause on what a document shows are other-date, the sentence's fact being the asking or the
presenting, while an absolute day inside a witness's direct quote telling what he did or
feared then (learning of a hold, the time of a call) is background on that day; a planned
year in a reduced relative clause describing a rover names which rover, other-date, but a
launch's later tier due early next year is right, as scheduled things were; "ring in 2020"
in a headline is what a celebration welcomes, other-date as heldout7's New Year message; a
count's year in a headline whose fact is a reply to it is other-date, given the reply's day;
a year-review's own year (its subject, the year called challenging too) is right; a month's
two cases and a third confirmed, placed by "earlier this month", is right at the month; a
vote of "mañana jueves" named in a purpose phrase is right, the story's scheduled vote; a
"this month" statement that is the crux of the story's talks is right, a rating agency's
statement of the month before, as context, background.

heldout8 being read and unscored (another branch folds it into dev once the lead has scored
it; here it is left as it is, a held-out set, and counts as read for the next draw), a
ninth held-out set is drawn as the eighth was (`held_out_drawn`, `--draw-heldout9`, seed
20270102 fixed and committed before any of its entries was drawn or read): up to 40
entries, at most `PER_STORY` of one story, from a copy of the kept run of main at 66136dd
(/work/runs/run-66136dd, service RULES 27, reading RULES 65), by heldout7's rule
(`TIMELINE_BY_ARTICLE`): the entries of the articles holding a timeline reading drawn
before (dev with heldout4, heldout5, heldout6 and heldout7 folded in, the first held-out
half, heldout2, heldout3 and heldout8) or a flag's sentence, and of the dates bench's 233
dev articles, left out, the articles themselves, not their stories; if fewer than 40 are
left, all are taken (`HELD_OUT_TAKEN`); if none, nothing is drawn. `--split heldout9` is
refused unless `--i-am-the-lead` is given too; the lead scores it once, on two code versions
side by side. Less blind than the earlier sets, as heldout7 and heldout8 were: other
articles of the same stories were read, and tuned on, before. Counted on that copy before
any entry was read (1,457 entries, 763 with a date placed; 759 placed plain entries of 217
stories of more than one article): the rule leaves 27 entries of 22 stories, 26 under the
cap of 3, so all 26 are taken (`HELD_OUT_TAKEN`), of 22 stories (all 22 already in
`stories`, read before) and 22 articles; no amendment. The drawn list (rows and offsets)
committed before any entry was read. Read 2026-12-06 (branch timeblind9), labelled and given
their `day` in a commit of their own, not scored: right 11, background 6, other-date 7,
not-a-fact 2, wrong-day 0. Doubtful calls, by the conventions above (the reader can be wrong
on these): the three entries of the golf-days jab (the headline fused with the first
sentence, the sentence quoting the post, the embedded post's own text) are other-date as
heldout8's reading of the same jab was, each given the jab's day (the new year's first day,
from the article's weekday and the report's day), though the post alone could be read as a
claim about the year it names; a fourth-quarter fundraising haul placed by the year of a
phrase naming that year's last quarter is right at the year, the haul being the headline's
fact (as a half-year's export figure was), not the release a day or two later; a hunger
strike under way
for the fourth time in a year is right at that year; a year-in-pictures gallery's headline
is right at its year (heldout8's year-review) and a year's first births are right at the
year (heldout4's reading of the same story), the article writing no full date; an opening
sentence retelling the Capitol's storming, a month before the claims the article is about,
is background; a conviction in the month of a two-day trial it followed, recalled in an
article on the sentencing, is background at that month; a chip designer sidelined in a year,
named in a restrictive relative clause of a fused headline, is other-date (the deal's day is
a weekday of an undated article: none), as heldout3's reading of the same story's other
article; a byline's publication day fused with a headline and a first sentence is other-date,
its `day` the Sunday the sentence tells, the day before the byline's; a byline with a reading
time and a disclaimer alone, and a columnist's bet on what readers are doing, are
not-a-fact.

heldout8 scored once by the lead (2026-12-06), each side on a copy of a whole run of its
code: at 8967e3d (the session's start, service RULES 26) 18 of 40 shown right (0.450), 27
of 40 on their day with background (0.675); at 66136dd (after the eighth dev round, service
RULES 27) 18 of 38 (0.474), 27 of 38 (0.711): the round's rules took away 2 wrong entries
and no right one. heldout8 folded into dev (2026-12-06, branch timeline9) as heldout4-7
were (`FOLDED`): its 40 readings' split set to `dev`, their `seed` kept; `--split heldout8`
is no longer a choice. On a copy of the kept run of 66136dd (service RULES 27; 1,457
entries, 763 with a date placed) and on `--stories` alike: dev 162 shown, 84 right
(0.519), 133 on their day (0.821), 1 lost -> 200 shown, 102 (0.510), 160 (0.800), 1 lost;
of them heldout6 13 of 28 (0.464), 22 (0.786), heldout7 19 of 37 (0.514), 31 (0.838),
heldout8 18 of 38 (0.474), 27 (0.711), none lost. The 40 wrong: other-date 21, wrong-day
8, not-a-fact 6, unplaced 3, moved 2.

Background shown apart (2026-12-06, branch timeline9; service RULES 29). The eighth round
measured that an entry's day tells background where the parse does not; on the enlarged
dev (heldout8 folded), on a copy of the kept run of 66136dd, among the 160 entries of
stories with a dated article, those whose date (the last day of the year or month it is
written with) ends more than 31 days before the story's last article were read background
30, right 4, wrong 7; those within a month or later right 69, background 8, wrong 15 (the
other 67, of stories with no dated article, cannot be told so: background 20, right 29,
wrong 18). With 14 days 31, 6 and 8 apart; with 62 days 26, 2 and 7; with 92 days 25, 2,
7: a month is kept. Counted from the story's first dated article instead of its last, the
same on dev and on the whole run (no story of the run spans a month); the first is kept,
so that the early facts of a story covered for months stay its own. So
`TimelineEntry.background` is set by the dossier's timeline (`timeline.BACKGROUND_DAYS`),
and the reports (HTML, Markdown: the story's own entries, then "Antecedentes"/"Background"
apart; JSON: each entry's `background`), `contrasta show` and the web story page (its chart
only the story's own) show them apart, from one `report.page.StoryPage`. Nothing is taken
away: dev 200 shown, 102 right (0.510), 160 on their day (0.800), 1 lost, as before; the
story's own entries 159, right 98 (0.616), on their day 126 (0.792); the background
section 41, read background 30 (0.732), right 4, on their day 34 (0.829). By draw, own
entries right / background section (read background, right): dev's own draws 16 of 24
(0.667) / 7 (6, 0); heldout4 18 of 28 (0.643) / 3 (2, 1); heldout5 15 of 25 (0.600) / 10
(6, 2); heldout6 12 of 22 (0.545) / 6 (5, 1); heldout7 19 of 29 (0.655) / 8 (7, 0);
heldout8 18 of 31 (0.581) / 7 (4, 0). The whole run: 181 of its 763 placed entries shown
as background. The report prints both parts beside the old figures.

A ninth dev round (2026-12-06, branch timeline9) on what the eighth left, each rule tested on
fictional text (tests/test_timeline.py, tests/test_tense.py, tests/test_dates_conventions.py),
on fresh copies of the kept run of 66136dd (`--stories` gives the same dev figures), judged
on the whole dev and on each fold apart (dev right of shown, day right of shown, lost; the
story's own entries right of shown; the whole run's entries, placed). Before: 102/200
(0.510), 160/200 (0.800), 1; own 98/159 (0.616); 1,457 (763). A written year in a "que"/
"that" clause on a noun phrase (an article, at most two words, the noun, maybe "de" and a
name; not after a verb of saying or thinking nor a conjunction; up to 12 words on with no
comma: a suit named by the year of what it alleged, an accident by its day, a figure by its
base year, as in "una demanda que acusó al alcalde ... en 2019 terminó") dates the noun's
event (service RULES 29, `timeline._restrictive_that`): 102/197
(0.518), 160/197 (0.812), 1; own 98/157 (0.624); 1,445 (750); 4 wrong out on dev (heldout4
1, heldout6 1, heldout8 1 in the background section, heldout7's suit sentence now unplaced,
still wrong), no right one; with 6 words, as the other restrictive clauses, 2 (1,449). A
Spanish conditional ("saldría en abril") looks ahead as the future does unless a past verb of
its sentence sets it back; a conditional perfect ("habría perdido") looks back (reading
RULES 67, `reading.tense`): 103/197 (0.523), 161/197 (0.817), 1; own 99/158 (0.627);
heldout5's planned premiere now on the coming April (right, out of the background section);
on the whole run 2 entries placed on another day; the dates bench dev unchanged, 0.969
(718/741) (without the past-verb guard 0.964: speculation and plans told in the past, "se
rumoreaba que en diciembre volvería la calma"). "hoy"/"today" with a generic "we" in the
present ("los prejuicios que hoy arrastramos", "the valleys we see today") is nowadays
(service RULES 29, `timeline._now_state`): 103/195 (0.528), 161/195 (0.826), 1; own 99/156
(0.635); 1,441 (748); heldout5 and heldout6 each lose their wrong entry of that kind. After,
by fold (right of shown, on their day; own entries right of shown): heldout6 13/26 (0.500),
22 (0.846); own 12/20 (0.600); heldout7 19/37 (0.514), 31 (0.838); own 19/29 (0.655);
heldout8 18/37 (0.486), 27 (0.730); own 18/31 (0.581); background section 39, read
background 30 (0.769), right 4. Left: purpose infinitives ("to collect more funds in 2020":
as often a plan the readings count right), the English "would" (not tried alone), a
yearless tour stop to come, related-article headlines in a page's markup, weekdays of
hard-wrapped text, a relative day of a "that" clause ("the commitments that he showcased
last month": a relative day in a clause on a noun is as often the story's own).

A tenth dev round (2026-12-06, branch tlabstain): abstention by class, the classes chosen
on the labels that were blind when made. Each held-out sample (the first held-out half,
heldout2 to heldout8; heldout9 left out before anything is read) is a set of entries the
code of its time showed, labelled before any rule was tuned on it, so its labels give the
precision of a kind of shown entry on text no rule had seen; dev's own two draws were tuned
on since. `bench/timeline_features.py` reads each labelled sentence and date expression
with the current code and tabulates them (right of labelled, then-blind sets | dev's own
draws; "day": right or background); on a copy of the kept run of fb830fa (service RULES 32):
    all                              119/294 (0.40, day 188) | 17/59 (0.29, day 28)
    form: weekday                     46/57  (0.81, day 46)  |  4/6
          relative day                29/56  (0.52, day 42)  |  4/14
          day and month, no year       5/10  (0.50, day 7)   |  1/5
          year alone                  29/116 (0.25, day 60)  |  4/21
          full date with year          5/20  (0.25, day 10)  |  2/3
          month and year               4/21  (0.19, day 16)  |  0/1
          month alone                  1/13  (0.08, day 7)   |  2/9
    where: later paragraph            94/217 (0.43) | 16/45; headline 9/21 (0.43) | 0/2;
          lead 12/37 (0.32) | 0/3; quote 4/19 (0.21) | 1/9
    tense at the date (reading.tense): past 61/152 (0.40) | 7/30; none 49/128 (0.38) |
          7/25; future 9/14 (0.64) | 3/4; the claim's predicate: present 27/52 (0.52),
          past 39/105 (0.37), none 48/124 (0.39), future 5/11
    clause: main 106/244 (0.43) | 15/44; subordinate ("que"/"that") 10/38 (0.26) | 1/10;
          relative 0/8 | 1/5
    distance (the date's end to its article's publication): the day 34/45 (0.76); 1-7 days
          before 32/39 (0.82); after 18/35 (0.51); 8-31 days before 0/6; 32-365 days
          0/24 (day 17); over a year 0/19 (day 11); no publication day 33/126 (0.26, day 69)
    the story's year (no dated article: the year most of the story's entries are placed
          in, the latest on a tie): before it 1/16 (day 11) | 0/2; in it 24/57 (0.42) | 5/8
    the claim's subject the story's most named actor 19/42 (0.45) | 3/9; another 50/131
          (0.38) | 7/26; none read 50/119 (0.42) | 7/23; cited by 2+ articles 1/11 | 1/2
    a written year two or more years after its article's publication year: 0/5 (all
          other-date: missions and a market launch planned years ahead) | 0/2
    the current code shows as the story's own 108/190 (0.57, day 143) | 16/24; as
          background 5/44 (day 37) | 0/7; no longer shows 6/60 | 1/28
The classes with clearly low precision and enough cases that the timeline could still tell:
dated facts more than a month before the story (already "Antecedentes"), and in stories with
no dated article the entries placed before the story's year (background-like: 11 of 16 on
their day as background); a written year two or more years ahead (a horizon). Rules
(service RULES 33, each tested on fictional text, tests/test_timeline.py): with no dated
article, an entry placed before the year most of the story's entries are placed in is
background (`timeline._undated_background`); a date written with a year two or more years
after its article's publication year places no fact (`timeline._years_ahead`). Dev, on
fresh copies of the kept run of fb830fa, before -> after: shown 195 -> 193, right 103 ->
103 (0.528 -> 0.534), on their day 161 -> 161 (0.826 -> 0.834), 1 lost as before; the
story's own entries 156 -> 144, right 99 -> 98 (0.635 -> 0.681), read background 28 -> 20;
the background section 39 -> 49, read background 30 -> 38 (0.769 -> 0.776), right 4 -> 5;
by draw, own entries right: dev's own 16/24 -> 16/23, heldout4 18/27 -> 17/25, heldout5
16/25 -> 16/24, heldout6 12/20 -> 12/18, heldout7 19/29 -> 19/28, heldout8 18/31 -> 18/26.
The whole run 1,443 -> 1,434 entries (749 -> 740 placed), 174 -> 219 of them shown as
background. On the then-blind labels, the entries the code shows as the story's own 108/190
(0.568, day 143) -> 107/173 (0.618, day 132), the background section 44 (5 right, 37 on
their day) -> 58 (6, 48). Tried and left
out: a month written with its year in a story with no dated article as background too
(then-blind 1 right of 9 shown as own, 5 background): own 144 -> 137, right 98 -> 97
(0.708), but the background section's share read background 0.776 -> 0.750, under its floor
(0.76); the story's year counted over every date of its claims rather than its entries
(with that month rule, before the horizon rule): own 139 -> 136, right 97 -> 95. Left:
month and month-and-year entries of undated stories (mostly background, not told from the
story's own by their day), subordinate and relative clauses (0.26, 0.00 on few), entries
ending 8-31 days before their article (0 of 6, half background), entries two articles share
(1 of 11: copies and translations of one text), the year-alone entries of undated stories
whose entries agree on no year (then-blind 10 right of 27, 11 background: neither shown
apart nor left out without losing as many right as wrong).

heldout9 being read and unscored (another branch folds it into dev; here it is left as it
is and counts as read for the next draw), a tenth held-out set is drawn as the ninth was
(`held_out_drawn`, `--draw-heldout10`, seed 20270107 fixed and committed before any of its
entries was drawn or read): up to 40 entries, at most `PER_STORY` of one story, from a copy
of the kept run of main at 218e0bf (/work/runs/run-218e0bf, service RULES 34, reading RULES
76, this session's start code), by heldout7's rule (`TIMELINE_BY_ARTICLE`): the entries of
the articles holding a timeline reading drawn before (dev with heldout4 to heldout8 folded
in, the first held-out half, heldout2, heldout3 and heldout9) or a flag's sentence, and of
the dates bench's 250 dev articles (`DATES_DEV_READ`: the 250 in dev at 218e0bf), left out,
the articles themselves, not their stories; if fewer than 40 are left, all are taken
(`HELD_OUT_TAKEN`); if none, nothing is drawn. `--split heldout10` is refused unless
`--i-am-the-lead` is given too; the lead scores it once. Less blind than the earlier sets,
as heldout7 to heldout9 were: other articles of the same stories were read, and tuned on,
before. Counted on that copy before any entry was drawn or read (1,437 entries, 741 with a
date placed; 737 placed plain entries of 214 stories of more than one article, 436 stories
in all): the rule leaves 1 entry of 1 story (heldout9 took 26 of the 27 left before), none
of it in an article another bench holds out (the Spanish heldout4 and heldout5 draw and
reserve, English heldout2, entities heldout2 and English entities heldout). So, before
drawing, the rule was amended (`DATES_WIDENED`, `widened_drawn`): the entries of the dates
bench's 250 dev articles are no longer left out (those of an article holding a timeline
reading still are); the entry the rule leaves comes first, then those, shuffled with the
seed, under the cap: 66 entries of 31 stories, 55 under the cap of 3, 40 to draw, none in
an article another bench holds out. Less blind again: the dates bench's dev articles were
read, their date expressions given their days and the dates reader tuned on them (the
timeline's rules were not tuned on their entries, which no timeline reading holds), so
wrong days may be fewer there; the lead can score the rule's own entry apart
(`HELD_OUT_STRICT`: how many of the draw are of articles outside the dates bench's dev).
Drawn: 40 entries of 25 stories (10 of them already in `stories`) and 27 articles; the
drawn list (rows and offsets) committed before any entry was read. Read 2026-12-06 (branch
tl10), each entry by its article's text alone, labelled and given its `day` in a commit of
its own, not scored: right 21, background 9, other-date 8, wrong-day 2, not-a-fact 0 (the
rule's own entry, the first drawn: other-date). Doubtful calls, by the conventions above
(the reader can be wrong on these): the golf-days count's year in a headline fused with a
caption and a first sentence telling criticism after a report is other-date, as heldout8's
and heldout9's readings of the jab were, with no day (the undated article writes none for
the criticism); a forged text's "viernes 20 de abril" in an article published in March,
with no year, is wrong-day with no day (resolved to the April of the year before, which the
pandemic it is about rules out; the weekday fits a Friday in March three days before
publication, likely meant, which the article does not write); a hoax's "el lunes" retold
from a satirical site in the past is the last Monday before publication, right, as dev's
readings of the same hoax give it; "este año" of a government's repeated demand in an
article of the year's fourth day is right at the new year, as written; a year in a party
campaign's slogan, the campaign being the article's subject and of that year, is right, as
a year-review's own year was; an interview on two days placed on the first, the interview
being the article's substance, is right; a count of deaths "hasta" the last day a study
covers is right on that day (a count's day); a plan's announcement the day before, in a
participle clause on the plan, is other-date with the day of the minister's remark; a
study's publication in a participle clause is right where that publication is the story's
news; "el año pasado" and "en 2020" of a year's migrant arrivals in an article of the next
year's first days are background (context of the year just ended), as are a month's rise
in cases before a ruling and a January study of a disease recalled after a death in March;
a quoted "en este año 2020" and "En 2020" of legislative elections are right, as a quoted
"this year" of the year's elections was.

heldout9 folded into dev (2026-12-06, branch tlfix) as heldout4-8 were (`FOLDED`): its 26
readings' split set to `dev`, their `seed` kept; `--split heldout9` is no longer a choice
(bench/timeline_features.py counts it among the then-blind sets). Blind, at the end of the
session before, the timeline's own entries of heldout9 were right 11 of 21. On a copy of
the kept run of 218e0bf (service RULES 34, reading RULES 76; 1,437 entries, 741 with a date
placed) and on `--stories` alike: dev 191 shown, 103 right (0.539), 161 on their day
(0.843), 1 lost -> 216 shown, 114 (0.528), 177 (0.819), 2 lost; the story's own entries
142 -> 163, right 98 -> 109 (0.669); the background section 49 -> 53, read background 38 ->
41 (0.774), right 5; of them heldout9 11 of 25 (0.440), 16 on their day (0.640), 1 lost (a
right entry the code of 218e0bf no longer shows); own entries 11 of 21 (0.524), background
section 4 (3 read background).

An eleventh dev round (2026-12-06, branch tlfix) on dev with heldout9, on fresh copies of
the kept run of 218e0bf (`--stories` gives the same dev figures), by the then-blind labels'
kinds (bench/timeline_features.py; heldout..heldout9 shown by the code of 218e0bf as the
story's own: 118 right of 192, 0.615). No class of the brief's leftovers (a year alone, a
month alone or with its year, quotes, "que" clauses, purpose infinitives, "would") is wrong
more often than right among the entries now shown as the story's own, or could be shown
apart without losing as many right ones or the background section's share (month and year
in undated stories: 1 right, 6 background, 3 wrong; moved apart the section falls to
0.75); purpose infinitives before a year 2 right, 2 background, 3 wrong; "would" before a
shown date none. Instead, conventions the wrong ones share, each tested on fictional text
(tests/test_timeline.py, tests/test_tense.py, tests/test_dates_conventions.py): service
RULES 35 (`timeline._dates_its_fact`): no fact is placed by a page's or a post's stamp run
into the text (a written date before a reading time, "4 min read"; after a capitalised
"By"/"Por" credit; after an embedded post's link or handle), a year a percentage change
counts from ("a 4% decrease from 2025"), a weekday before an abbreviated month ending its
sentence ("opens on Friday, Dec.", the splitter's cut), a date of a Spanish "después de
que"/"a pocos días de que" clause anywhere in the sentence (the earlier event), a named
deadline ("a deadline of Friday", "el plazo hasta el lunes"), a condition after a
conjunction ("But if", "Pero si"). Reading RULES 77 (`reading.tense`): a plan told in the
present looks ahead ("planea abrir el 15 de marzo", "plans to open in April", "is scheduled
to stop in Lugo on July 22", "slated for March 15"; an "-ed" without "to"/"for" stays past) and
English "would" is the conditional ("would have" its perfect): on this run no timeline
entry moves and the dates bench is unchanged (dev 0.968, 750/775; English dev 29/29,
folded heldout 30/30), kept for the yearless plans the brief names. Dev before -> after
(right of shown, on their day; the story's own entries right of shown): 114/216 (0.528),
177 (0.819) -> 114/212 (0.538), 177 (0.835), 2 lost as before; own 109/163 (0.669) ->
109/160 (0.681); background section 53 -> 52, read background 41 (0.774 -> 0.788), right 5.
By fold: heldout6 13/26 -> 13/25, own 12/18 -> 12/17; heldout7 19/36, own 19/27 and
heldout8 18/34, own 18/25 unchanged; heldout9 11/25 -> 11/23, own 11/21 -> 11/20 (two
bylines out; a not-a-fact entry of an undated story moves from the background section to
the story's own, its story's year changed by another entry gone), lost 1 as before;
heldout4 19/30 -> 19/29, own 17/25 -> 17/24; heldout5 and dev's own draws unchanged. No
entry read right is lost. The then-blind sets: own 118/192 (0.615) -> 118/184 (0.641), 9
wrong out (the first held-out half's cut weekday, heldout3's post stamp, base year,
deadline and "a pocos días de que", heldout4's "But if", heldout6's "después de que",
heldout9's two bylines), 1 moved in. The whole run 1,437 -> 1,423 entries (741 -> 732 with
a date placed); real_confirmed's output unchanged. Tried and left out: the nearer of the
two occurrences for a yearless day with no tense (the past one up to 182 days back, not
300): dates bench dev 750 -> 749; a past verb of saying not setting back a conditional
("said it would open on Friday" as the coming Friday): no bench case changed, and a
saying days old makes the coming weekday wrong ("dijo el lunes que votaría el martes");
a "que" clause on a noun after "durante"/"during" dating the fact's time (heldout9's lost
entry, a protest's day in such a clause, back): the only entry it moves on the whole run,
read background and shown as the story's own, own 109/160 (0.681) -> 109/161 (0.677), lost
2 -> 1. Left: a year of a count's period (days spent somewhere in a year;
the labels call yearly figures right elsewhere), headlines fused with a first sentence naming
a year (as often right), a contact clause with no "that" on a noun, English present-tense
schedules (a tour's stop told in the present: not told from plural nouns by shape), Italian
full dates read by their year alone.

heldout10 being read and unscored (another branch folds it into dev once the lead has
scored it; here it is left as it is and counts as read for the next draw), an eleventh
held-out set is drawn as the tenth was (`held_out_drawn`, `--draw-heldout11`, seed 20270111
fixed and committed before any of its entries was drawn or read): up to 40 entries, at most
`PER_STORY` of one story, from a copy of the kept run of main at 77a6c99
(/work/runs/run-77a6c99, service RULES 37, reading RULES 85, this session's start code), by
heldout10's widened rule (`DATES_WIDENED`, `widened_drawn`): the entries of the articles
holding a timeline reading drawn before (dev with heldout4 to heldout9 folded in, the first
held-out half, heldout2, heldout3 and heldout10) or a flag's sentence left out, the articles
themselves, not their stories; the entries of articles outside the dates bench's 250 dev
articles (`DATES_DEV_READ`) first, then those of the dates bench's dev articles, each part
shuffled with the seed; if fewer than 40 are left, all are taken (`HELD_OUT_TAKEN`); if
none, nothing is drawn. `--split heldout11` is refused unless `--i-am-the-lead` is given
too; the lead scores it once. Less blind than heldout7 to heldout9, as heldout10 was: other
articles of the same stories were read, and tuned on, before, and the widened part's
articles were read by the dates bench. Counted on that copy before any entry was drawn or
read (1,443 entries, 744 with a date placed; 739 placed plain entries of 212 stories of
more than one article, 436 stories in all; no dispute, no chronology conflict): the rule
leaves 10 entries of 8 stories and 8 articles, all of the dates bench's dev articles, none
outside them (heldout10 took 40 of the 55 under the cap). The widenings first thought
of give nothing: of the 84 articles of the dates bench's folded splits heldout to heldout5
(none of them in its dev), 23 are in stories of more than one article and 2 of those have
placed entries, both articles holding a timeline reading already; and of the 32 articles
of the quotes and dates benches' lead-only heldout6 and heldout7 (their draw17 reserves
too) 6 are in stories of more than one article, with no placed entry. So, before drawing,
the rule was amended (`READ_WIDENED`, `widened_read`): after the rule's 10, the entries of
the 27 articles heldout10 read first (a reading of heldout10, none of a draw before it),
outside every sentence of heldout10's readings: 16 entries of 8 stories and 9 articles
(all of them of the dates bench's dev articles too); 26 in all, of 16 stories, all under
the cap, all to be taken (`HELD_OUT_TAKEN`). How blind: none of the 26 entries holds a
timeline reading (tuning rounds did read entries their rules took away across the run
outside the held-out sets, which may have touched some); but all 26 are in articles the
dates bench read and tuned its date reader on, the
widened 16 in articles heldout10's annotator read (for other sentences) and that the fold
of heldout10 (branch tlfix2, in parallel) opens to tuning, and every story holds articles
read and tuned on before. So a code tuned after heldout10's fold is less blind on the 16
than the start code; the lead can score the rule's 10 apart (`HELD_OUT_STRICT` counts the
draw's first entries: for heldout11 the rule's 10, before `widened_read`'s articles).
Drawn: 26 entries of 16 stories (12 of them already in `stories`) and 17 articles (the
rule's 10 of 8 articles, then 16 of heldout10's 9); the drawn list (rows and offsets)
committed before any entry was read. Read 2026-12-07 (branch tlann), each entry by its
article's text alone, labelled and given its `day` in a commit of its own; not scored (no
tally of labels given here: the draw being of entries the start code shows, it would be
that code's score; the lead scores it once). Doubtful calls, by the conventions above (the
reader can be wrong on these): an episode's airing decades before, told in an embedded
post's own words, is right at the year the post gives, the episode (a "prediction") being
the article's subject as a magazine cover was, though the article's own count of years
gives another; a fragment cut by the splitter at a programme's hyphen, still telling the
part of a transfer scheduled for the article's year, is right at that year, as scheduled
things were; a contact placed "in the hours from Friday 20 to Saturday 21" and hedged as a
guess is right on the later day; a child to be born in a coming month, in an interview's
answer, is right at that month, as a future thing on its own day was; a count over the
first months of the article's year, told as context, is right at the year, as a
half-year's export figure was, while a law passed a fortnight before the story's news and
recalled as what that news is the first of since, and projects begun "desde" the year's
first day (a beginning, not a count's bound) named as context of a minister's remarks,
are background; a date of an attribution clause (what a local paper reported that morning)
is other-date, given the day of the events the article gives.

heldout10 folded into dev (2026-12-07, branch tlfix2) as heldout4-9 were (`FOLDED`): its 40
readings' split set to `dev`, their `seed` kept; `--split heldout10` is no longer a choice
(bench/timeline_features.py counts it among the then-blind sets). Scored twice by the lead,
blind, at the start and the end code of the session before (218e0bf and after the eleventh
dev round), alike: 21 of 40 shown right, the timeline's own entries right 20 of 34: that
round moved nothing there. On a copy of the kept run of 77a6c99 (service RULES 37, reading
RULES 85; 1,443 entries, 744 with a date placed) and on `--stories` alike: dev 212 shown,
114 right (0.538), 177 on their day (0.835), 2 lost -> 252 shown, 135 (0.536), 207 (0.821),
2 lost; the story's own entries 160 -> 194, right 109 -> 129 (0.665); the background section
52 -> 58, read background 41 -> 45 (0.776), right 5 -> 6; of them heldout10 21 of 40
(0.525), 30 on their day (0.750), none lost; own entries 20 of 34 (0.588), background
section 6 (4 read background, 1 right).

A twelfth dev round (2026-12-07, branch tlfix2) on dev with heldout10, on fresh copies of
the kept run of 77a6c99 (`--stories` gives the same dev figures): "when unsure, say less".
The wrong entries of every dev reading, by what the sentence and the date looked like, on
the code of 77a6c99 (service RULES 37, reading RULES 85): 252 shown, right 135 (0.536),
background 72, wrong 45: a date of another clause 10 (relative, participle, concessive,
restrictive or "que" clauses on a noun); a horizon, forecast, hope or purpose 8 (5 years of
undated articles, 3 of them in a headline fused with the first sentence); a date naming
which thing is meant 6 (elections 2, an edition in parentheses, a body's founding year in
parentheses, a tax demand's year, a chip designer sidelined in a year); a day resolved to
the wrong side 6 (2 past weekdays with no verb near enough read as the coming ones, a
weekday and day of April no nearby year fits, a yearless tour stop to come read as the past
one, "ayer" counted from a match's day, "hace una semanas"); a count's year 4 (one story's
count and its translation); no fact 4 (a quoted joke, an opinion's bet, a related link, a
garbled caption); a year welcomed 2 (a New Year parade, "ring in"); a written day placed by
its year alone 2 (an Italian day and month unread, "primer día del nuevo año"); a byline's
day run into an undated sentence 2; a range's end in a schedule 1. heldout10's 10 (blind
until its fold): other-date semeval/1484126688_1483843734/2/text2 389-438 (a year welcomed),
fakedes/test/12/TEXT 0-332 (a year to come in a "que" clause on doses),
semeval/1484398446es_1484259965it/1/text1 1-395 (a count's year), fakedes/test/377 /TEXT
0-107 and semeval/1495791012_1500215267/1/text1 659-931 (elections named by their date),
fakedes/test/300/TEXT 946-1362 (a participle clause on a plan), 1363-1492 (a hope),
fakedes/test/246/TEXT 2790-2908 (an edition in parentheses); wrong-day fakedes/test/181/TEXT
202-497 (a weekday and day no nearby year fits), fakedes/test/115/TEXT 436-606 (a past
weekday with no verb near, read as the coming one). By form, the shown entries wrong more
often than right: a year alone in a text's opening sentence (right 6, wrong 10), a month
with its year in an undated story (own: right 1, background 5, wrong 2), a year alone in the
background section of a dated story (background 5, wrong 2), a relative day of an undated
article (wrong 2); every other form is right more often than wrong. Rules (service RULES 38,
`timeline._dates_its_fact`, each tested on fictional text in tests/test_timeline.py; reading
RULES 86 on the branch, 88 on main, in tests/test_dates.py): no fact is placed by a weekday
written with a day it does not fall on in the year placed (the year guessed is not the
writer's: `_read_whole`), a year after a day and a month the reader does not read (Italian
"dal 1 gennaio 2027": `_UNREAD_DAY_MONTH`), a year welcomed ("ring in 2027", "dar la
bienvenida a 2027": the celebration is on the eve; `_WELCOMED`; "recibió 2020", read right,
is not touched), a hope told by its holder ("espera poder presentar ... en marzo", "hopes to
open ... in May"; not the impersonal "se espera", a schedule: `_HOPED`), a year in
parentheses after a name and a semicolon or after "el de" (`_PARENTHESIS_BEFORE`), elections
a campaign is for named by their date ("la campaña para las elecciones ... del 14 de
febrero": `_ELECTIONS_NAMED`); with no dated article, a month written with its year is
background (`_month_named`); and a weekday with no tense near is the coming one only up to
two days ahead, not three (`dates._weekday`: news reports more than it announces). Dev
before -> after: shown 252 -> 246, right 135 -> 138 (0.536 -> 0.561), on their day 207 ->
210 (0.821 -> 0.854), wrong 45 -> 36, lost 2 as before (the same two); wrong by kind:
another clause 10 -> 10, horizon 8 -> 7, which thing 6 -> 3, wrong side 6 -> 3, count's year
4 -> 4, no fact 4 -> 4, welcomed 2 -> 1, year alone of a written day 2 -> 1, byline 2 -> 2,
range's end 1 -> 1; the story's own entries 194 -> 183, right 129 -> 131 (0.665 -> 0.716);
the background section 58 -> 63, read background 45 -> 49 (0.776 -> 0.778), right 6 -> 7; by
fold, right of shown (own entries right of shown): heldout10 21/40 -> 23/37 (wrong 10 -> 5;
own 20/34 -> 22/32; its edition sentence now placed by the day it writes, right), heldout6
13/25 -> 14/25 (12/17 -> 13/17), heldout8 18/34 -> 18/31 (18/25 -> 18/23), heldout4 19/29
(17/24 -> 17/22), heldout5 18/34 (16/24 -> 15/22: a schedule's first stage, read right,
moves to the background section), heldout7 19/36 (19/27 -> 19/25), heldout9 11/23 (11/20)
and dev's own draws 16/31 (16/23 -> 16/22). The whole run 1,443 -> 1,438 entries (744 -> 738
with a date placed): the first five rules 1,443 -> 1,439, the elections 1 more, the dates
change moves entries without removing any. Dates bench (bench/real_reading.py) dev 0.969
(751/775) -> 0.970 (752/775); English dev 29/29 and folded heldout 30/30 unchanged. Tried
and left out: elections named by any date written with its number ("las elecciones del año
2016"): 1 more dev wrong out and 7 more entries off the run, but it takes elections that are
the sentence's subject ("las elecciones de 2022 dieron la alcaldía a", a fact's year); a
year alone in a text's opening sentence or its headline (the fused headline's topic year):
right 138 -> 130, wrong 36 -> 28 (0.561 -> 0.570; own 0.716 -> 0.737), the run 1,438 ->
1,407 entries: as many right lost as wrong (a year's first births, a year-review, a year's
new routes), so not kept. Left: a date of another clause (10, no shape beyond the rules in
place), a year to come in an undated article (no publication year to measure the horizon
from), a count's year (yearly figures are read right elsewhere), bylines run into undated
sentences, "hace una semanas".

The first held-out half, heldout2 and heldout3 (scored once by the lead, used up) are open
to tuning as the folded sets are (`USED_UP`; their readings keep their split, so each is
scored apart with `--split heldout`, `heldout2`, `heldout3`, no longer refused); only
heldout11 is the lead's.

A thirteenth dev round (2026-12-07, branch tl3) on dev and the used-up halves, on fresh
copies of the kept run of be26e87 (service RULES 39, reading RULES 92; 1,438 entries, 738
with a date placed), heldout8 (folded) chosen before anything was read as a pseudo-blind
check, left out of every listing read (its figures print with dev's). Before: dev 246
shown, right 138 (0.561), on their day 210 (0.854), wrong 36; own entries 183, right 131
(0.716); background section 63, read background 49 (0.778), right 7, wrong 7; heldout 4 of
11 right, heldout2 12 of 26, heldout3 13 of 28. The wrong entries of dev but heldout8 and
of the three halves (48), by cause: a date of another clause 14 (relative clauses holding
commas or chained with "y que", participle appositions, a restrictive "that" clause's
relative day, an English "that"-less clause, a clause after Italian "dopo" or under "se",
a "que" clause on a noun opened by a number, an attribution clause's weekday, a signing's
month after an opening participle clause); a horizon, forecast, hope or purpose 7 (4 of
them in headlines of undated articles); a year naming which thing is
meant 5 (a film title, a debate, a tax demand, elections, a robbery); a count's year 4 (one
story and its translation); "hoy"/"today" as nowadays 3; no fact 4; wrong days 3 (a tour
stop to come, "ayer" from a match's day, "hace una semanas"); moved 3 (a profile's birth
year, a "since" sentence); bylines run in 2; a list's or a range's day 2; a welcome with a
typo 1. By section: the story's own entries 36 wrong of 204 (right 141), the background
section 12 wrong of 76 (read background 56, right 8). The background section holds an
entry by its day alone: with a dated article, placed more than `BACKGROUND_DAYS` before
the story's first one (51: background 39, right 6, wrong 6); with none, placed before the
year most of the story's entries are placed in (11: background 8, right 1, wrong 2), a
month written with its year (12: background 7, right 1, wrong 4) or a day so placed (2,
background); its wrong entries are dates of other clauses naming old things, not facts
recalled. A year alone in a text's opening sentence (its headline, often fused with the
first sentence): right 7, background 5, wrong 10, 9 of the wrong in undated articles (the
lead's figure on all dev: 10 wrong, 6 right); their kinds (forecasts in headlines, a
count, a contact clause, a quoted purpose) are each one or two, and the right ones are
headlines of the same shape ("kicks off 2020", "beep cards in 2020"), so only the clause
kinds below reach them. Rules (service RULES 40, `timeline._dates_its_fact`, `_placed`,
each tested on fictional text in tests/test_timeline.py): no fact is placed by a page's
publication or update stamp run into the text ("Publicado: ...", "Updated ...", the
capitalised stamp word, then a time, a bar, nothing or run-in text:
`_STAMP_WORD_BEFORE`), a date in an apposition telling a thing's first stage (", first
announced on ...,", ", anunciado por primera vez en": `_FIRST_STAGE`), a year opening a
work's title inside a sentence ("from 2001: A Space Odyssey"; not a chronology's line nor
a quoted slogan: `_TITLE_AFTER`), a written year of an English relative clause with no
"that" on a noun ("the chip maker it dropped in 2019"; not after a verb of saying:
`_contact_clause`), a date of an Italian clause opening with "dopo" (`_AFTER_CLAUSE`), a
written year of a "que" clause on a noun opened by a number ("40.000 dosis que serán
aplicadas en 2027": `_NOUN_THAT`), a date of a participle with its agent on an object,
after the sentence's own verb ("se refirió al plan, anunciado el lunes por el consejero",
"la serie grabada por la televisión hace tres años"; not on the subject, "Un estudio
publicado el lunes por ... revela", nor a full passive, nor what words were said in,
"según expresó en una entrevista publicada el martes por": `_object_participle`); and the
day an anniversary or a count of time since recalls yields to the sentence's other date
("se reunieron el sábado en el aniversario de la riada del 12 de octubre":
`_commemorated`; none on the readings, a convention of the brief). After: dev 242 shown,
right 138 (0.570), on their day 210 (0.868), wrong 32, lost 2 as before; own entries 180,
right 131 (0.728); background section 62, read background 49 (0.790), right 7; heldout 4
of 10, heldout2 12 of 26 (unchanged), heldout3 13 of 26; 7 wrong entries out in all
(heldout9's contact clause, heldout10's doses and plan announced by its agent, dev's
series made years before, heldout3's "dopo" and first stage, the first half's film title),
none read right or background lost; the whole run 1,438 -> 1,427 entries (738 -> 728 with
a date placed). heldout8, scored at the end: 18 of 31 right, 27 on their day, own entries
18 of 23, before and after. Tried and left out: an undated
article's written years measured from its story's first publication day (the horizon and
the quoted year to come): dev 1 wrong out (heldout10's quoted welcome) for 1 background
lost (in heldout8: seen in its printed figure mid-round, which is why it went); with no
dated article, a year two or more after the story's year as a horizon: 1 wrong out, 1
background lost and 1 unplaced; a written day after a common noun and "de"/"of" yielding
to the sentence's other date (an event named by its day): 2 right entries unplaced; a
participle apposition set off by a comma, with no agent: 4 wrong, 3 right, 3 background; a bare year
after a lowercase word: 1 wrong, 7 right; "hoy"/"today" entries are 13 right of 16, the 3
wrong ("today's landscape", an aside's "hoy en fase de", "parece que hoy tiene") too few
for a shape; a count of days in a year is one story's (yearly figures are read right
elsewhere). Left: relative clauses with commas of their own, "y que" chained relative
clauses (1 wrong, 1 right), Italian "se" and "del" years (the claim holds no language),
headline forecasts of undated articles, bylines run into undated sentences.

A fourteenth dev round (2026-12-07, branch tl4) on dev and the used-up halves, on fresh
copies of the kept run of a2c07cd (service RULES 45, reading RULES 96; 1,427 entries, 728
with a date placed; `--stories` gives the same dev figures), precision first (an entry left
out is better than a wrong one), after heldout11's blind scoring showed the background
section right 1 time in 7 (bench/real/README.md item 122 tallies dev's 32 wrong entries
by label and cause). Before: dev 242 shown, right 138 (0.570), on their day 210 (0.868),
wrong 32 (other-date 18, wrong-day 4, not-a-fact 4, unplaced 4, moved 2), 2 lost; own
entries 180, right 131 (0.728); background section 62, read background 49 (0.790), right
7, wrong 6. Rules (service RULES 46, `timeline.timeline`, each tested on fictional text in
tests/test_timeline.py): a fact the article gives only by a month or a year before the
month or the year of the story's first dated article ("en 2020", "el año pasado" in a story
of January 2021; "in October" in one of November) is background (`_past_period`): placed
at the end of its month or year it passed for one of the story's own facts (9 moved: 7
read background, 1 right, 1 other-date; own entries 180 -> 171, right 131 -> 130); a
background entry whose date is of a relative clause on a noun (a "que"/"that" clause with
any date, a restrictive "donde"/"where" one up to 12 words, one chained by "y que") is
left out (`_names_which`: 4 wrong out, 3 of dev and heldout3's one, none read right or
background; in the story's own days such a clause is as often the news, and stays); a
participle with its agent on the noun a past "fue"/"era" predicates places no fact
(`_object_participle`: 1 wrong out). After: dev 238 shown, right 138 (0.580), on their day
210 (0.882), wrong 28, 2 lost as before; own entries 171, right 130 (0.760); background
section 67, read background 56 (0.836), right 8, wrong 3; heldout3 other-date 3 -> 2. The
whole run 1,427 -> 1,419 entries (728 -> 720 placed), 243 -> 259 of them background.
Tried and left out: a written year alone in the opening sentence (a headline, often fused
with the first sentence) of an undated article: 7 wrong out but 8 read right lost (a year's
first births, a year in pictures, "kicks off 2020", new routes "En 2019"): dev 0.570 ->
0.573, own 0.760 -> 0.774, right 138 -> 130; with no publication day the year of a
headline is a forecast's or a fact's alike. Checked and left as they are: a past
anniversary (the day recalled yields to the sentence's other date, alone it is
background), a law named by its year or number (no entry), a dateline opening an undated
article (one on the whole run).

heldout11 being read and scored once by the lead, not folded (it counts as read for the
next draw), a twelfth held-out set is drawn as the eleventh was (`held_out_drawn`,
`--draw-heldout12`, seed 20270112 fixed and committed before any of its entries was drawn or
read): up to 40 entries, at most `PER_STORY` of one story, from a copy of the kept run of
main at e85e33c (/work/runs/run-e85e33c, service RULES 50, reading RULES 98), by heldout11's
rule (`DATES_WIDENED`, `READ_WIDENED`, `widened_drawn`): the entries of the articles holding
a timeline reading drawn before (dev with heldout4 to heldout10 folded in, the first
held-out half, heldout2, heldout3 and heldout11) or a flag's sentence left out, the articles
themselves, not their stories; the entries of articles outside the dates bench's 250 dev
articles first, then those of the dates bench's dev articles, then those of the articles
heldout11 read first (none read by a draw before it), outside every sentence of heldout11's
readings, each part shuffled with the seed; and, new to this draw (`QUOTES_DRAWS_OUT`),
none of the articles of the quotes and dates benches' FakeDeS train/development rounds
(bench/real/draw15.txt to draw20.txt, reserves too: the lead-only heldout13 among them, and
tests/test_real_reading_train_dev_draws.py forbids another bench to name them); if fewer
than 40 are left, all are taken (`HELD_OUT_TAKEN`); if none, nothing is drawn. `--split
heldout12` is refused unless `--i-am-the-lead` is given too; the lead scores it once.
Counted on that copy before any entry was drawn or read (436 stories, 1,419 entries, 720
with a date placed; 715 placed plain entries of 209 stories of more than one article; no
dispute, no chronology conflict): by story (`read_before`, no article of a story read
before) nothing is left; the rule leaves 1 entry (of 1 story and 1 article, outside the
dates bench's dev articles; none of the quotes rounds' articles was left to take out), and
the articles heldout11 read first (8) give none outside its readings' sentences. So, before
drawing, the rule was amended (`SENTENCES_WIDENED`, `widened_read`, in place of
`READ_WIDENED`): after the rule's entry, the entries of every article holding a timeline
reading drawn before (heldout11's included) or a flag's sentence, outside every sentence of
those readings and flags and of the quotes rounds' articles: 390 entries of 117 stories and
156 articles (26 of them in the dates bench's dev articles, last), shuffled with the seed;
40 drawn under the cap, of 27 stories and 31 articles. How blind: the rule's 1 entry as
heldout11's rule's were (`HELD_OUT_STRICT`: the lead can score it apart); the widened 39 hold
no timeline reading and no flag, but are in articles annotators of the timeline bench (and
some of the dates bench) read for other sentences, most of them dev or folded sets tuned
on, and tuning rounds read entries across the run outside the held-out sets: less blind
than heldout11's widened part (of articles read by an unscored set only).
Drawn: 40 entries of 27 stories and 31 articles (the rule's 1, then 39 of the articles read
before); the drawn list (rows and offsets) committed before any entry was read. Read
2026-12-07 (branch tlann12), each entry by its article's text alone (a script outside the
repository), labelled and given its `day` in a commit of its own; not scored (no tally of
labels given here, as for heldout11; the lead scores it once); no story added to `stories`
(every drawn story's articles are in one already; the gift guide's story, two of a story of
three read before, is left as it was recorded, so that `--stories` builds no story twice).
Doubtful calls, by the conventions above (the reader can be wrong on these): a legal
survey's state-by-state milestones (a reform's month, a court's year, a first ruling's year
told as what came "before"), in an undated article with no news of its own, are right at
the day written, the milestones being the article's subject, as the magazine cover's year
was, not background; a century-old history feature's years (a health network's founding, a
wage figure's year), in a piece pegged to the present pandemic, are background; a medical
case report's clinical months years before the report, the case being the news, are right
(and the same month with no year, resolved to the last one before publication, wrong-day);
the day a hoax's quoted text gives for a confession it invents is right (its day as the
article gives it, true or not: the hoax is the story); a crowd ushering in a year is
other-date, as 'ring in' was, its day the year's last day as the article names the eve; a
TV station's channel number read as the day of a report named by its month is other-date
(the date names which report, the sentence's fact, a screenshot, has none); a company's
full-year guidance year is a forecast's, other-date, its day the publication day the lead
gives; a year naming which laptop model ("the 2016", "the mid-2019 refresh") other-date; a
reviewer's aside that a product was received for testing "this year" is right at the year;
a photo caption's early-month installation, within the story's weeks, is right at the
month; a headcount "on" a day months before is background.

A fifteenth dev round (2026-12-07, branch tl5) on dev and the used-up halves, on fresh
copies of the kept run of e85e33c (service RULES 50, reading RULES 98; 1,419 entries, 720
with a date placed; `--stories` gives the same dev figures), heldout8 set aside as a
pseudo-blind check (bench/real/README.md item 135 tallies dev's 28 wrong entries by cause).
Before: dev 238 shown, right 138 (0.580), on their day 210 (0.882), wrong 28, 2 lost; own
entries 171, right 130 (0.760); background section 67, read background 56 (0.836), right
8. Rules (service RULES 52, each tested on fictional text in tests/test_timeline.py): no
fact is placed by a year or a month of a Spanish purpose clause (`_PURPOSE`), a written
year of an apposition on a body's origin (`_ORIGIN`) or a date after an adverb of
possibility (`_MAYBE`); a relative clause's past act of "hoy"/"today" (`_told_today`) and
a "que" clause on what a fact fell "durante" (`_DURING`) place it; the early part of a
year recalled late in it (`_early`) and an unplaced date counting back by itself past the
line (`_counted_back`) are background. After: dev 236 shown, right 139 (0.589), on their
day 212 (0.898), wrong 24, none lost; own entries 169, right 132 (0.781); background
section 67, read background 58 (0.866), right 7; heldout 4 of 9, heldout2 12 of 26,
heldout3 13 of 25; heldout8 18 of 29 before and after. The whole run 1,419 -> 1,407
entries (720 -> 715 placed).

heldout12 being read and unscored and heldout11 scored once (both the lead's, neither
folded; both count as read for the next draw), a thirteenth held-out set is drawn as the
twelfth was (`held_out_drawn`, `--draw-heldout13`, seed 20270113 fixed and committed before
any of its entries was drawn or read), so that heldout11 can be folded into dev with a blind
set still in waiting: up to 40 entries, at most `PER_STORY` of one story, from a copy of the
kept run of main at 9f41e8b (/work/runs/run-9f41e8b, service RULES 58, reading RULES 110),
by heldout12's rule (`DATES_WIDENED`, `SENTENCES_WIDENED`, `widened_drawn`): the entries of
the articles holding a timeline reading drawn before (dev with heldout4 to heldout10 folded
in, the first held-out half, heldout2, heldout3, heldout11 and heldout12) or a flag's
sentence left out, the articles themselves, not their stories; the entries of articles
outside the dates bench's 250 dev articles first, then those of the dates bench's dev
articles, then those of the articles read before, outside every sentence of a reading or a
flag, each part shuffled with the seed; none of the articles of the quotes and dates
benches' FakeDeS train/development rounds (`QUOTES_DRAWS_OUT`: bench/real/draw15.txt to
draw22.txt now, reserves too, the lead-only quotes heldout16 and heldout17 and entities
heldout7 among them); and, new to this draw (`WIDENED_BLIND`), the widening stops short of
the articles holding a reading of heldout11 or heldout12: lead-only when drawn, their
articles are left out whole (not read by this draw's annotator, and a fold of heldout11
opens none of heldout13's articles to tuning). If fewer than 40 are left, all are taken
(`HELD_OUT_TAKEN`); if none, nothing is drawn. `--split heldout13` is refused unless
`--i-am-the-lead` is given too; the lead scores it once. Counted on that copy before any
entry was drawn or read (437 stories, 1,423 entries, 715 with a date placed; 710 placed
plain entries of 211 stories of more than one article; no dispute, no chronology conflict):
the rule leaves 4 entries (of 3 stories and 4 articles, outside the dates bench's dev
articles), the dates bench's dev articles none more; the widening 256 entries of 102
stories and 124 articles (26 of them in the dates bench's dev articles, last), shuffled with
the seed; 260 in all, 203 under the cap, so no amendment. Left out by `WIDENED_BLIND`: 90
entries of the 22 articles holding a heldout11 or heldout12 reading; by `QUOTES_DRAWS_OUT`
none (no placed plain entry of the quotes rounds' articles). How blind: the rule's 4 (3
after the amendment below) as heldout12's rule's 1 (`HELD_OUT_STRICT`: the lead can score
them apart); the widened 36 (37 after it) hold no timeline reading and no flag, but are in
articles annotators of the timeline bench (and some of the dates bench) read for other
sentences, all of them dev, folded or used-up sets tuned on, and tuning rounds read entries
across the run outside the held-out sets: as blind as heldout12's widened part; none is in
an article holding a heldout11 or heldout12 reading (7 entries are of stories holding one),
so folding either opens none of their articles.
Drawn: 40 entries of 35 stories and 36 articles (the rule's 4, then 36 of the articles read
before); the drawn list (rows and offsets) committed before any entry was read. Read
2026-12-07 (branch tl13), each entry by its article's text alone (a script outside the
repository), labelled and given its `day` in a commit of its own; not scored (no tally of
labels given here, as for heldout11 and heldout12; the lead scores it once). Then, the full
suite finding one of the rule's 4 entries in a SemEval pair of the English quotes and dates
bench's draws, which no other bench may name (tests/test_real_reading_en3.py:
bench/real/en/draw3.txt), the rule was amended (`EN_DRAWS_OUT`: none of the pairs of
bench/real/en/draw*.txt), the filter applied after the shuffle so that the recorded order
stands: that entry (read already) taken out, the next entry in the order (of the widened
part) drawn in its place and read; the rule's own entries 4 -> 3 (`HELD_OUT_STRICT`), still
40 entries of 35 stories and 36 articles. 2 stories added to `stories` (two articles each,
none of whose articles was in a recorded story; the other 33 drawn stories' articles are in
one already, left as recorded). Doubtful calls, by the conventions above (the reader can be
wrong on these): a photo caption of the fires a story is about, two days before it, is right
at its day, though the code shows it apart as background; a coming summit named as what an
interview's climate remarks look to is right at its month, not background; a year-review
headline fused with its first sentence ("the year 2019 was successful") is right at the
year, but a preview series' opening line ("promises to be a busy 2020") is not-a-fact; a
festival's opening, its name holding the year and the festival being the article's subject,
and an opinion headline on the year's debates named by their year are right at the year, as
a campaign slogan's was; games released "this year", context of a launch roster, are right
at the year, as a count of the article's year told as context was, while an editor's
recollection of what she wore in a year of a decade review is background; "last year" of a
yearly count in an article of the next year's second day is background, as the migrant
arrivals were; an observation night years before the study that reports it, the observation
being the finding, is right at its day, as the case report's months were; "almost five years
ago" in a writer's "as if" aside on a design the article dates 2015 is wrong-day (resolved
to 2014), not not-a-fact; a hoax's "hoy tendría N años" is other-date (a hypothetical age);
a year naming which investigations or which elections are meant is other-date, with the day
of the fact where the article gives it (a meeting the sentence before names); the first of
two years a clause lists ("spiked last year and this year") is other-date; a minister's
horizon "hacia finales de marzo" is other-date, its day the publication day the lead gives
the saying; "ayer" of an attribution ("según aseguró ayer la policía") is other-date, given
the month of the advice reported, as an attribution clause's morning was; a page's meta
description summing up the article itself (not a related article's) is read for its fact;
"will begin receiving notice Monday" in an article of a Monday that says the layoffs begin
this week is right on that Monday.

heldout11 folded into dev (2026-12-07, the lead) as heldout4-10 were (`FOLDED`): its 26
readings' split set to `dev`, their `seed` kept; `--split heldout11` is no longer a choice
(bench/timeline_features.py counts it among the then-blind sets). Scored 13 times by the
lead, blind, from 77a6c99 to 9f41e8b: 17 of 26 right every time (the story's own entries
16 of 19), no round having moved it; heldout13 now holds its place as a lead-only set. On
the annotated stories rebuilt (`--stories`, reading RULES 111, service RULES 58): dev 233
shown, 139 right (0.597), 212 on their day (0.910) -> 259, 156 (0.602), 232 (0.896), none
lost; the story's own entries 163 -> 182, right 135 -> 151 (0.830); the background section
70 -> 77, read background 64 -> 66 (0.857), right 4 -> 5.

heldout12 being scored 11 times by the lead and heldout13 read (both the lead's, neither
folded; heldout11 folded after heldout13 was drawn; all three count as read for the next
draw), a fourteenth held-out set is drawn as the thirteenth was (`held_out_drawn`,
`--draw-heldout14`, seed 20270114 fixed and committed before any of its entries was drawn or
read), so that heldout12 can be folded into dev with blind sets still in waiting: up to 40
entries, at most `PER_STORY` of one story, from a copy of the kept run of main at df43640
(/work/runs/run-df43640, service RULES 59, reading RULES 113), by heldout13's rule
(`DATES_WIDENED`, `SENTENCES_WIDENED`, `widened_drawn`): the entries of the articles holding
a timeline reading drawn before (dev with heldout4 to heldout11 folded in, the first
held-out half, heldout2, heldout3, heldout12 and heldout13) or a flag's sentence left out,
the articles themselves, not their stories; the entries of articles outside the dates
bench's 250 dev articles first, then those of the dates bench's dev articles, then those of
the articles read before, outside every sentence of a reading or a flag, each part shuffled
with the seed; none of the articles of the quotes and dates benches' FakeDeS
train/development rounds (`QUOTES_DRAWS_OUT`: bench/real/draw15.txt to draw23.txt now,
reserves too, the lead-only quotes heldout18 and heldout19 among them); none of the SemEval
pairs of the English quotes and dates bench's draws (`EN_DRAWS_OUT`, fixed before this draw,
applied after the shuffle as for heldout13); and the widening stops short of the articles
holding a reading of heldout11, heldout12 or heldout13 (`WIDENED_BLIND`, heldout13 new to
it: lead-only when drawn, its articles are left out whole, not read by this draw's
annotator, and a fold of heldout12 or heldout13 opens none of heldout14's articles to
tuning; heldout11's kept out as heldout13's rule kept them, folded only after that draw).
If fewer than 40 are left, all are taken (`HELD_OUT_TAKEN`); if none, nothing is drawn.
`--split heldout14` is refused unless `--i-am-the-lead` is given too; the lead scores it
once. Counted on that copy before any entry was drawn or read (435 stories, 1,421 entries,
714 with a date placed; 709 placed plain entries of 210 stories of more than one article; no
dispute, no chronology conflict): the rule leaves 1 entry (outside the dates bench's dev
articles), in a pair of an English draw, so `EN_DRAWS_OUT` leaves it out (no entry of the
rule's own: `HELD_OUT_STRICT` 0); the dates bench's dev articles none more; the widening 168
entries of 76 stories and 91 articles (8 of them in the dates bench's dev articles, last),
shuffled with the seed; 142 under the cap, so no amendment. Left out by `WIDENED_BLIND`: 141
entries (outside the read sentences) of 44 of the 84 articles holding a heldout11,
heldout12 or heldout13 reading; by `QUOTES_DRAWS_OUT` none (no placed plain entry of the
quotes rounds' articles). How blind: all 40 of the widened part, as blind as heldout13's:
they hold no timeline reading and no flag, but are in articles annotators of the timeline
bench (and some of the dates bench) read for other sentences, all of them dev, folded or
used-up sets tuned on, and tuning rounds read entries across the run outside the held-out
sets; none is in an article holding a heldout11, heldout12 or heldout13 reading (10 entries
are of stories holding one, 6 of them of stories holding a heldout13 reading), so folding
heldout12 or heldout13 opens none of their articles. Drawn: 40 entries of 31 stories and 34
articles, none of the dates bench's dev articles; the drawn list (rows and offsets)
committed before any entry was read. Read 2026-12-07 (branch tl14), each entry by its
article's text alone (a script outside the repository), labelled and given its `day` in a
commit of its own; not scored (no tally of labels given here, as for heldout11 to heldout13;
the lead scores it once); no story added to `stories` (every drawn story's articles are in
one already). Doubtful calls, by the conventions above (the reader can be wrong on these): a
head of government's recollection, in a July interview, of the deaths at the end of March,
resolved to the next March, is wrong-day (the March just past); a hoax's list of a
philanthropist's deeds by year is right at the year written (the hoax is the story, its days
as it gives them, true or not); studies and estimates an explainer or a hoax cites,
published or projected months before, are background (evidence recalled), while a magazine's
edition six years before that is the article's subject is right at its month, as the
magazine cover was; a virus's first appearance, in an explainer pegged to the pandemic, is
background at the year as written; a photo caption of a player at a training camp months
before an end-of-season article is background; a count of deportations reported at the end
of the year, the crackdown being the article's news, and a GDP figure of the year before
that is a ranking's news are right at the year; smaller weapons tests late in the year
before a leader's threat are background, as a law's approval month is in an article on its
coming into force; a month of a relative clause naming which deal, which product or who (a
death in custody) is meant is other-date, the sentence's fact having no day or another; a
year naming which results a press conference presented is other-date (read as the results'
year, not the conference's); the year a quoted conclusion says a population entered with
immunity is other-date (a state, not an act); a year naming which election or which edition
of a data set is other-date; a word for today meaning nowadays is other-date (twice); a
coming event of the next month is right at the month, though the next sentence gives its
day; a use of new coins allowed from the publication's year is right at the year; a
visitor's arrival on the day of an interview, at its venue, is right.

heldout12 folded into dev (2026-12-07's eighth session, the lead) as heldout4-11 were
(`FOLDED`): its 40 readings' split set to `dev`, their `seed` kept; `--split heldout12` is no
longer a choice (bench/timeline_features.py counts it among the then-blind sets). Scored 12
times by the lead, blind, from its draw to df43640: 17 of 40 right every time (the story's
own entries 13 of 22), no round having moved it; heldout13 and heldout14 stay lead-only. On
the annotated stories rebuilt (`--stories`, reading RULES 113, service RULES 59): dev 259
shown, 156 right (0.602), 232 on their day (0.896) -> 299, 173 (0.579), 263 (0.880), none
lost; the story's own entries 182 -> 204, right 151 -> 164 (0.804); the background section
77 -> 95, read background 66 -> 75 (0.789), right 5 -> 9.

heldout13 folded into dev (2026-12-07's ninth session, branch tl15, as the lead decided) as
heldout4-12 were (`FOLDED`): its 40 readings' split set to `dev`, their `seed` kept;
`--split heldout13` is no longer a choice (bench/timeline_features.py counts it among the
then-blind sets). Scored six times by the lead, blind: 22 of 40 right every time (the story's
own entries 19 of 26); heldout14 stays lead-only. On the annotated stories rebuilt
(`--stories`, reading RULES 115, service RULES 60, main at b3653b2): dev 299 shown, 173 right
(0.579), 263 on their day (0.880) -> 339, 195 (0.575), 292 (0.861), none lost; the story's
own entries 204 -> 230, right 164 -> 183 (0.796); the background section 95 -> 109, read
background 75 -> 81 (0.743), right 9 -> 12. heldout13 alone: 22 of 40 right, 29 on their
day; own entries 19 of 26; background section 14, read background 6, right 3.

heldout14 being read and scored by the lead and heldout13 folded (heldout11 to heldout14 all
count as read for the next draw), a fifteenth held-out set is drawn as the fourteenth was
(`held_out_drawn`, `--draw-heldout15`, seed 20270115 fixed and committed before any of its
entries was drawn or read), so that heldout14 can be folded into dev with a blind set still
in waiting: up to 40 entries, at most `PER_STORY` of one story, from a copy of the kept run
of main at b3653b2 (/work/runs/run-b3653b2, service RULES 60, reading RULES 115), by
heldout14's rule (`DATES_WIDENED`, `SENTENCES_WIDENED`, `widened_drawn`): the entries of the
articles holding a timeline reading drawn before (dev with heldout4 to heldout13 folded in,
the first held-out half, heldout2, heldout3 and heldout14) or a flag's sentence left out,
the articles themselves, not their stories; the entries of articles outside the dates
bench's 250 dev articles first, then those of the dates bench's dev articles, then those of
the articles read before, outside every sentence of a reading or a flag, each part shuffled
with the seed; none of the articles of the quotes and dates benches' FakeDeS
train/development rounds (`QUOTES_DRAWS_OUT`: bench/real/draw15.txt to draw23.txt, every
such list on main when this rule was fixed, reserves too, the lead-only quotes heldout18 and
heldout19 among them); none of the SemEval pairs of the English quotes and dates bench's
draws (`EN_DRAWS_OUT`: bench/real/en/draw.txt to draw3.txt, every such list on main, applied
after the shuffle as for heldout13 and heldout14); and the widening stops short of the
articles holding a reading of heldout11 to heldout14 (`WIDENED_BLIND`, heldout14 new to it:
lead-only when drawn, its articles are left out whole, not read by this draw's annotator,
and a fold of heldout14 opens none of heldout15's articles to tuning; heldout11's to
heldout13's kept out as heldout14's rule kept them, heldout13 folded just before this draw).
If fewer than 40 are left, all are taken (`HELD_OUT_TAKEN`); if none, nothing is drawn.
`--split heldout15` is refused unless `--i-am-the-lead` is given too; the lead scores it
once. Counted on that copy before any entry was drawn or read (435 stories, 1,421 entries,
714 with a date placed; 709 placed plain entries of 210 stories of more than one article; no
dispute, no chronology conflict): the rule leaves 1 entry (outside the dates bench's dev
articles), heldout14's rule's 1, in a pair of an English draw, so `EN_DRAWS_OUT` leaves it
out (no entry of the rule's own: `HELD_OUT_STRICT` 0); the dates bench's dev articles none
more; the widening 92 entries of 52 stories and 57 articles (26 of them in the dates bench's
dev articles, last), shuffled with the seed; 87 under the cap, so no amendment. Left out by
`WIDENED_BLIND`: 177 entries (outside the read sentences) of 64 of the 118 articles holding a
heldout11, heldout12, heldout13 or heldout14 reading; by `QUOTES_DRAWS_OUT` none (no placed
plain entry of the quotes rounds' articles). How blind: all 40 of the widened part, as blind
as heldout14's: they hold no timeline reading and no flag, but are in articles annotators of
the timeline bench (and some of the dates bench) read for other sentences, all of them dev,
folded or used-up sets tuned on, and tuning rounds read entries across the run outside the
held-out sets; none is in an article holding a heldout11 to heldout14 reading (12 entries
are of stories holding one, 8 of them of stories holding a heldout14 reading), so folding
heldout14 opens none of their articles. Drawn: 40 entries of 29 stories and 31 articles,
none of the dates bench's dev articles; the drawn list (rows and offsets) committed before
any entry was read. Read 2026-12-07 (branch tl15), each entry by its article's text alone (a
script outside the repository), labelled and given its `day` in a commit of its own; not
scored (no tally of labels given here, as for heldout11 to heldout14; the lead scores it
once); no story added to `stories` (every drawn story is recorded already, with the same
articles). Doubtful calls, by the conventions above (the reader can be wrong on these): an
asteroid's pass on this week's Friday, with a future verb, in an article dated the Saturday
after (its text telling another pass on the Tuesday of the same week) is wrong-day, at the
Friday of that week (twice: the headline and the lead), as a weekday counted from a
publication day given after the events was; a press conference put off to a Friday, after a
past verb, resolved to the Friday before, is wrong-day at the coming Friday; a game story's
closing lines on the next game (its weekday) are right at that day, as a scheduled tour stop
was; a tax credit's scheduled step in the next year is right at the year, as a fee rising
from next year was; a month a hoax says a naming takes effect from is right at the month; a
past record price, a professional body's advisory two months before an article on what it
warned of, a couple's decision in a feature's opening anecdote, a year's homicide record
cited by a report and an agency's statistic of years before are background; a summit left
abruptly months before, given as an example of what a government fears (a present state),
and a prize won years before, in a relative clause naming the one exception to a period, are
other-date, as are a relative clause on a company's sale years before, a participle clause
naming which tariff or which official list is meant, a dateline run into the first sentence,
a deadline's year, a forecast's year (twice), a hope's horizon (twice, New Year messages), a
day naming which elections a condition is on, a year naming which pay scale a demand is for
and a month of a clause bounding a period from then.

    PYTHONPATH=$PWD python bench/realcorpus.py --only default --keep DIR
    PYTHONPATH=$PWD python bench/real_timeline.py --db DIR/default/contrasta.db
    PYTHONPATH=$PWD python bench/real_timeline.py --stories  # only the annotated stories
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from dataclasses import field as default
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaldata import EVAL, FAKEDES
from real_confirmed import (
    Sentence,
    article_rows,
    check_spans,
    cited_in,
    field_texts,
    rebuilt_dossiers,
    row_of,
    run_corpus,
    stored_dossiers,
)

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "bench" / "real" / "timeline.json"
SEED = 20261207  # fixed and committed before any drawn entry was read
# A second draw of entries, all to dev, to tune on more than 19: fixed and committed before
# any of its entries was read (`more_drawn`).
SEED_MORE = 20261208
MORE = 40
# Held-out sets of their own, each drawn when the one before was used up (scored once):
# split -> seed, in the order drawn, each fixed and committed before any of its entries was
# read (`held_out_drawn`: heldout2 from the run of main at 1e64d19, heldout3 from 76c4a2a,
# heldout4 from a19270a, heldout5 from 0719574, heldout6 from d61a74d, heldout7 and
# heldout8 from 8967e3d, heldout9 from 66136dd); each scored once, by the lead.
SEED_HELD_OUT = {
    "heldout2": 20261214,
    "heldout3": 20261217,
    "heldout4": 20261220,
    "heldout5": 20261221,
    "heldout6": 20261226,
    "heldout7": 20261228,
    "heldout8": 20261230,
    "heldout9": 20270102,
    "heldout10": 20270107,  # from the kept run of main at 218e0bf
    "heldout11": 20270111,  # from the kept run of main at 77a6c99
    "heldout12": 20270112,  # from the kept run of main at e85e33c
    "heldout13": 20270113,  # from the kept run of main at 9f41e8b
    "heldout14": 20270114,  # from the kept run of main at df43640
    "heldout15": 20270115,  # from the kept run of main at b3653b2
}
HELD_OUT_DRAWN = 40  # entries of each
# Sets that drew fewer, all the pool gave under `PER_STORY` (`DATES_BY_ARTICLE`; heldout9 by
# `TIMELINE_BY_ARTICLE`; heldout11 by `READ_WIDENED`).
HELD_OUT_TAKEN = {"heldout6": 33, "heldout9": 26, "heldout11": 26}
# Held-out sets scored once by the lead and then folded into dev: their readings' split is
# `dev`, their `seed` (that of `SEED_HELD_OUT`) tells which draw they are (`draw_of`).
FOLDED = ("heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9")
FOLDED += ("heldout10", "heldout11", "heldout12", "heldout13")
# How many of the dates bench's dev articles (in their order: each fold is appended) count
# as read before each set's draw. Articles folded in after a draw (the quotes bench's tenth
# split, bench/real/README item 53) were held out, never tuned on, when it was drawn. heldout2
# was drawn with 165 in dev; counting the 180 of later draws gives it the same draw.
# heldout5 was drawn with the tenth split folded in (202: read since, tuned on as dev).
# The eleventh split (README item 57) was appended after all four draws: none counts it;
# nor the twelfth (README item 63), appended later still. heldout6 was drawn with both
# folded in (233: read since, tuned on as dev); heldout7, heldout8 and heldout9 with the
# same 233.
DATES_DEV_READ = {
    "heldout2": 180,
    "heldout3": 180,
    "heldout4": 180,
    "heldout5": 202,
    "heldout6": 233,
    "heldout7": 233,
    "heldout8": 233,
    "heldout9": 233,
    "heldout10": 250,  # the 250 in dev at 218e0bf (the thirteenth split folded in)
    "heldout11": 250,  # the same 250 in dev at 77a6c99
    "heldout12": 250,  # the same 250 in dev at e85e33c
    "heldout13": 250,  # the same 250 in dev at 9f41e8b
    "heldout14": 250,  # the same 250 in dev at df43640
    "heldout15": 250,  # the same 250 in dev at b3653b2
}
# Draws whose dates-bench exclusion is by article, not by story: by story, only 7 entries of
# 7 stories were left for heldout6 on the run of d61a74d (counted, none read), the dates
# bench's 233 dev articles touching nearly every story no timeline reading holds.
DATES_BY_ARTICLE = ("heldout6", "heldout7", "heldout8", "heldout9")
# Draws whose timeline exclusion is by article too, not by story: by story, no entry was left
# for heldout7 on the run of 8967e3d (counted, none read); heldout8 and heldout9 drawn the
# same way.
TIMELINE_BY_ARTICLE = ("heldout7", "heldout8", "heldout9")
# heldout10 drawn the same way, from the kept run of main at 218e0bf.
DATES_BY_ARTICLE += ("heldout10",)
TIMELINE_BY_ARTICLE += ("heldout10",)
# Draws widened, before drawing, to the entries of the dates bench's dev articles too, their
# rule leaving too few (heldout10: 1 entry, counted, none read): the entries the rule leaves
# first, then those (`widened_drawn`). HELD_OUT_STRICT: how many of the draw the rule left.
DATES_WIDENED = ("heldout10",)
HELD_OUT_STRICT = {"heldout10": 1}
# heldout11 drawn as heldout10 was (its widened rule, heldout10 counted as read), from the
# kept run of main at 77a6c99.
DATES_BY_ARTICLE += ("heldout11",)
TIMELINE_BY_ARTICLE += ("heldout11",)
DATES_WIDENED += ("heldout11",)
# Draws widened again, before drawing, their rule (heldout10's widened one) leaving too few
# (heldout11: 10 entries of 8 stories, counted, none read): after the rule's entries, the
# entries of the articles holding a reading of the held-out set named (read by its annotator
# only, never scored nor tuned on when the draw was made), outside every sentence of its
# readings (`widened_drawn`).
READ_WIDENED = {"heldout11": "heldout10"}
HELD_OUT_STRICT["heldout11"] = 10  # the rule's, before those of heldout10's articles
# heldout12 drawn as heldout11 was (its rule, heldout11 counted as read), from the kept run
# of main at e85e33c.
DATES_BY_ARTICLE += ("heldout12",)
TIMELINE_BY_ARTICLE += ("heldout12",)
DATES_WIDENED += ("heldout12",)
# Draws widened, before drawing, to every article read before (heldout12: the rule left 1
# entry and the articles heldout11 read first none outside its sentences, counted, none
# read): after the rule's entries, the entries of the articles holding a timeline reading
# drawn before or a flag's sentence, outside every sentence of those readings and flags
# (`widened_read`); the articles outside the dates bench's dev ones first.
SENTENCES_WIDENED = ("heldout12",)
HELD_OUT_STRICT["heldout12"] = 1  # the rule's, before those of the articles read before
# Draws leaving out, whatever their stories, the articles of the quotes and dates benches'
# FakeDeS train/development rounds (these lists, reserves too): read by those benches'
# annotators, the last round's second split (heldout13) and its reserve lead-only, and no
# other bench may name them (tests/test_real_reading_train_dev_draws.py).
QUOTES_DRAWS_OUT = {"heldout12": tuple(f"draw{n}.txt" for n in range(15, 21))}
# heldout13 drawn as heldout12 was (its rule and widening, heldout11 and heldout12 counted as
# read), from the kept run of main at 9f41e8b; the quotes rounds' lists up to draw22.txt.
DATES_BY_ARTICLE += ("heldout13",)
TIMELINE_BY_ARTICLE += ("heldout13",)
DATES_WIDENED += ("heldout13",)
SENTENCES_WIDENED += ("heldout13",)
QUOTES_DRAWS_OUT["heldout13"] = tuple(f"draw{n}.txt" for n in range(15, 23))
# Draws whose widening (`SENTENCES_WIDENED`) leaves out whole the articles holding a reading
# of these sets, lead-only when the draw was made: only their annotators read them, and a
# fold of one would open the draw's entries there to tuning.
WIDENED_BLIND = {"heldout13": ("heldout11", "heldout12")}
HELD_OUT_STRICT["heldout13"] = 3  # the rule's (4 counted, 1 then in `EN_DRAWS_OUT`), first
# Draws leaving out, whatever their stories, the SemEval pairs of the English quotes and
# dates bench's draws (bench/real/en/draw*.txt), which no other bench may name
# (tests/test_real_reading_en3.py). heldout13: amended after it was read, the full suite
# finding one of its entries in such a pair; applied after the shuffle (`widened_drawn`), so
# that the recorded order stands and the next entry in it takes the place left.
EN_DRAWS_OUT = {"heldout13": ("draw.txt", "draw2.txt", "draw3.txt")}
# heldout14 drawn as heldout13 was (its rule, widening and filters, `EN_DRAWS_OUT` fixed
# before the draw; heldout11 to heldout13 counted as read), from the kept run of main at
# df43640; the quotes rounds' lists up to draw23.txt (quotes heldout18 and heldout19, lead-only,
# among them); heldout13's articles left out whole too, heldout11's and heldout12's still
# (heldout11 folded only after heldout13 was drawn).
DATES_BY_ARTICLE += ("heldout14",)
TIMELINE_BY_ARTICLE += ("heldout14",)
DATES_WIDENED += ("heldout14",)
SENTENCES_WIDENED += ("heldout14",)
QUOTES_DRAWS_OUT["heldout14"] = tuple(f"draw{n}.txt" for n in range(15, 24))
WIDENED_BLIND["heldout14"] = ("heldout11", "heldout12", "heldout13")
EN_DRAWS_OUT["heldout14"] = EN_DRAWS_OUT["heldout13"]
HELD_OUT_STRICT["heldout14"] = 0  # the rule's 1, counted, in an English draw's pair
# heldout15 drawn as heldout14 was (its rule, widening and filters, fixed before the draw;
# heldout11 to heldout14 counted as read), from the kept run of main at b3653b2; the quotes
# rounds' lists up to draw23.txt and the English draws' up to draw3.txt (all of each on main
# then); heldout14's articles left out whole too, heldout11's to heldout13's still (heldout13
# folded just before this draw, its articles read by its annotator only, never tuned on).
DATES_BY_ARTICLE += ("heldout15",)
TIMELINE_BY_ARTICLE += ("heldout15",)
DATES_WIDENED += ("heldout15",)
SENTENCES_WIDENED += ("heldout15",)
QUOTES_DRAWS_OUT["heldout15"] = tuple(f"draw{n}.txt" for n in range(15, 24))
WIDENED_BLIND["heldout15"] = ("heldout11", "heldout12", "heldout13", "heldout14")
EN_DRAWS_OUT["heldout15"] = EN_DRAWS_OUT["heldout13"]
HELD_OUT_STRICT["heldout15"] = 0  # the rule's 1, counted, in an English draw's pair
PER_STORY = 3  # at most this many of one story, so that a few long stories do not fill it
ENTRY, DISPUTE, CALLED_OFF = "entry", "dispute", "called-off"
# Units drawn of each kind (all of them when the run shows fewer).
DRAWN = {ENTRY: 40, DISPUTE: 20, CALLED_OFF: 20}
ENTRY_LABELS = ("right", "background", "wrong-day", "other-date", "not-a-fact")
DAY_RIGHT = ("right", "background")
FLAG_LABELS = ("real", "not-real")
HALVES = ("dev", "heldout")  # the first draw's split (`split_by_story`)
SPLITS = (*HALVES, *(s for s in SEED_HELD_OUT if s not in FOLDED))
# The first held-out half, heldout2 and heldout3, each scored once by the lead and used up,
# are open to tuning like the sets folded into dev (their readings keep their split, so each
# is scored apart: `--split heldout` and so on); only the later ones are the lead's.
USED_UP = ("heldout", "heldout2", "heldout3")
HELD_OUT = tuple(s for s in SPLITS[1:] if s not in USED_UP)  # scored only with --i-am-the-lead
DATES_DEV = ROOT / "bench" / "real" / "dev" / "dates.json"


@dataclass(frozen=True)
class ShownEntry:
    """A timeline entry as a run shows it, located in the eval data."""

    story: int  # index of its dossier among those of the run
    sentence: Sentence | None
    date: Sentence | None  # the date expression it is placed by
    iso: str | None
    published: str | None  # its article's publication day, to read relative dates by
    group: int | None  # its claim group in the story when disputed
    called_off: tuple[Sentence | None, ...]
    background: bool = False  # shown apart, as background (`TimelineEntry.background`)


@dataclass
class Shown:
    entries: list[ShownEntry] = default(default_factory=list)
    stories: list[tuple[str, ...]] = default(default_factory=list)  # rows, in the run's order

    def disputes(self) -> dict[tuple[int, int], list[ShownEntry]]:
        """The disputed entries by (story, group): one unit per disputed fact."""
        found: dict[tuple[int, int], list[ShownEntry]] = {}
        for entry in self.entries:
            if entry.group is not None:
                found.setdefault((entry.story, entry.group), []).append(entry)
        return found

    def conflicts(self) -> list[tuple[ShownEntry, Sentence | None]]:
        return [(e, said) for e in self.entries for said in e.called_off]


def within(sentence: Sentence | None, text: str, where: float, texts: dict[str, str]):
    """A date expression inside its located sentence, whitespace aside."""
    if sentence is None:
        return None
    words = text.split()
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    span = texts[sentence.field][sentence.start : sentence.end]
    found = list(pattern.finditer(span))
    if not found:
        return None
    best = min(found, key=lambda m: abs(m.start() / max(len(span), 1) - where))
    return Sentence(sentence.field, sentence.start + best.start(), sentence.start + best.end())


def located(text: str, start: int, field: str, article, rows, texts) -> Sentence | None:
    row = row_of(article.source, rows)
    return cited_in(text, start, field, article, row, texts) if row else None


def shown(dossiers, rows: dict[int, str], texts: dict[str, str]) -> Shown:
    """Every timeline entry of these dossiers, in their order."""
    found = Shown()
    for number, dossier in enumerate(dossiers):
        articles = {a.id: a for a in dossier.articles}
        found.stories.append(tuple(row_of(a.source, rows) or a.id for a in dossier.articles))
        group_of = {
            (c.article_id, c.field, c.cited()[1]): g
            for g, group in enumerate(dossier.check.groups)
            for c in group.claims
        }

        for e in dossier.timeline:
            sentence = located(e.text, e.start, e.field, articles[e.article_id], rows, texts)
            where = (e.when.start - e.start) / max(e.end - e.start, 1)
            published = articles[e.article_id].published
            called = tuple(
                located(c.text, c.start, c.field, articles[c.article_id], rows, texts)
                for c in e.called_off
            )
            found.entries.append(
                ShownEntry(
                    story=number,
                    sentence=sentence,
                    date=within(sentence, e.when.text, where, texts),
                    iso=e.when.iso,
                    published=published.date().isoformat() if published else None,
                    group=group_of.get((e.article_id, e.field, e.start)) if e.disputed else None,
                    called_off=called,
                    background=getattr(e, "background", False),
                )
            )
    return found


# The draw


def drawn_units(found: Shown) -> dict[str, list]:
    """The units of each kind, in a fixed order of their sentences, shuffled with `SEED`,
    the first `DRAWN[kind]` of each."""
    rng = random.Random(SEED)

    def take(units: list, key, kind: str) -> list:
        units = sorted(units, key=key)
        rng.shuffle(units)
        return units[: DRAWN[kind]]

    plain = [
        e
        for e in found.entries
        if e.iso and e.sentence and e.group is None and not e.called_off
        if len(found.stories[e.story]) > 1
    ]
    disputes = [u for u in found.disputes().values() if all(e.sentence for e in u)]
    conflicts = [(e, said) for e, said in found.conflicts() if e.sentence and said]
    return {
        ENTRY: take(plain, lambda e: (e.sentence, e.date or e.sentence), ENTRY),
        DISPUTE: take(disputes, lambda u: tuple(e.sentence for e in u), DISPUTE),
        CALLED_OFF: take(conflicts, lambda p: (p[0].sentence, p[1]), CALLED_OFF),
    }


def more_drawn(found: Shown, annotated: dict) -> list[ShownEntry]:
    """`MORE` entries more, for dev: drawn as `drawn_units` draws entries (shuffled with
    `SEED_MORE`) from those of stories sharing no article with the held-out half, not
    already read."""
    held = {r["sentence"][0].rsplit("/", 1)[0] for r in annotated["entries"] if draw_of(r) != "dev"}
    read = readings(found, annotated)
    plain = [
        e
        for i, e in enumerate(found.entries)
        if e.iso and e.sentence and e.group is None and not e.called_off and i not in read
        if len(found.stories[e.story]) > 1 and not held & set(found.stories[e.story])
    ]
    plain.sort(key=lambda e: (e.sentence, e.date or e.sentence))
    random.Random(SEED_MORE).shuffle(plain)
    return plain[:MORE]


def draw_of(reading: dict) -> str:
    """The draw a reading comes from: its held-out set by its `seed` (a set folded into dev
    keeps its seed), else its split."""
    for split, seed in SEED_HELD_OUT.items():
        if reading.get("seed") == seed:
            return split
    return reading["split"]


def read_before(annotated: dict, split: str) -> set[str]:
    """The rows read before the `split` draw (one of `SEED_HELD_OUT`): every article of a
    story holding a timeline reading of dev, of the first held-out half or of a held-out
    set drawn before it, and the dates bench's dev articles then (its date rules are tuned
    on them; `DATES_DEV_READ`)."""
    return timeline_read_before(annotated, split) | dates_read_before(split)


def dates_read_before(split: str) -> set[str]:
    """The dates bench's dev articles when the `split` draw was made (`DATES_DEV_READ`)."""
    dates = json.loads(DATES_DEV.read_text(encoding="utf-8"))["articles"][: DATES_DEV_READ[split]]
    return {
        f"fakedes/test/{a['id']}"
        if a["source"] == "fakedes"
        else f"semeval/{a['pair_id']}/{a['side']}"
        for a in dates
    }


def timeline_read_articles(annotated: dict, split: str) -> set[str]:
    """The articles holding a timeline reading drawn before `split` (or a flag's sentence)."""
    later = list(SEED_HELD_OUT)
    earlier = {*HALVES, *later[: later.index(split)]}
    cited = {
        r["sentence"][0].rsplit("/", 1)[0] for r in annotated["entries"] if draw_of(r) in earlier
    }
    flagged = {s[0].rsplit("/", 1)[0] for flag in annotated["flags"] for s in flag["sentences"]}
    return cited | flagged


def timeline_read_before(annotated: dict, split: str) -> set[str]:
    """Every article of a story holding a timeline reading drawn before `split`."""
    cited = timeline_read_articles(annotated, split)
    rows = {row for story in annotated["stories"] if cited & set(story) for row in story}
    return rows | cited


def _capped(plain: list[ShownEntry]) -> list[ShownEntry]:
    """`plain`'s entries in order, at most `PER_STORY` of one story, up to `HELD_OUT_DRAWN`."""
    taken: Counter = Counter()
    chosen = []
    for e in plain:
        if len(chosen) < HELD_OUT_DRAWN and taken[e.story] < PER_STORY:
            taken[e.story] += 1
            chosen.append(e)
    return chosen


def held_out_drawn(found: Shown, annotated: dict, split: str) -> list[ShownEntry]:
    """`HELD_OUT_DRAWN` entries of the held-out set `split`: drawn as `drawn_units` draws
    entries (shuffled with its seed in `SEED_HELD_OUT`, at most `PER_STORY` of one story)
    from the stories sharing no article with any read before (`read_before`); for a split
    of `DATES_BY_ARTICLE`, from the stories sharing no article with a timeline reading,
    leaving out only the entries of the dates bench's dev articles themselves; for a split of
    `TIMELINE_BY_ARTICLE`, leaving out only the entries of the articles holding a timeline
    reading before and of the dates bench's dev articles, whatever their stories."""
    if split in DATES_WIDENED:
        return widened_drawn(found, annotated, split)
    if split in TIMELINE_BY_ARTICLE:
        before = set()
        articles = timeline_read_articles(annotated, split) | dates_read_before(split)
    elif split in DATES_BY_ARTICLE:
        before, articles = timeline_read_before(annotated, split), dates_read_before(split)
    else:
        before, articles = read_before(annotated, split), set()
    plain = [
        e
        for e in found.entries
        if e.iso and e.sentence and e.group is None and not e.called_off
        if len(found.stories[e.story]) > 1 and not before & set(found.stories[e.story])
        if e.sentence.field.rsplit("/", 1)[0] not in articles
    ]
    plain.sort(key=lambda e: (e.sentence, e.date or e.sentence))
    random.Random(SEED_HELD_OUT[split]).shuffle(plain)
    return _capped(plain)


def widened_drawn(found: Shown, annotated: dict, split: str) -> list[ShownEntry]:
    """The draw of a split of `DATES_WIDENED`: the entries `TIMELINE_BY_ARTICLE`'s rule
    leaves, then those of the dates bench's dev articles then (`dates_read_before`), none of
    an article holding a timeline reading drawn before (`timeline_read_articles`); for a
    split of `READ_WIDENED`, then those of the articles the set it names read first, outside
    that set's read sentences (`widened_read`; for one of `SENTENCES_WIDENED`, of every
    article read before, outside every read sentence); all of them sorted and shuffled with the
    split's seed as `held_out_drawn` does, the rule's first (a stable sort), taken in that
    order, at most `PER_STORY` of one story, up to `HELD_OUT_DRAWN`; for a split of
    `QUOTES_DRAWS_OUT`, none of those rounds' articles (`quotes_draws_rows`); for a split of
    `EN_DRAWS_OUT`, none of those pairs' (`en_draws_pairs`), left out after the shuffle."""
    read, dates = timeline_read_articles(annotated, split), dates_read_before(split)
    also, cited = widened_read(annotated, split)
    others = quotes_draws_rows(split)

    def article(e: ShownEntry) -> str:
        return e.sentence.field.rsplit("/", 1)[0]

    plain = [
        e
        for e in found.entries
        if e.iso and e.sentence and e.group is None and not e.called_off
        if len(found.stories[e.story]) > 1
        if article(e) not in read - also and article(e) not in others
        if not any(e.sentence.overlaps(s) for s in cited)
    ]
    plain.sort(key=lambda e: (e.sentence, e.date or e.sentence))
    random.Random(SEED_HELD_OUT[split]).shuffle(plain)
    plain.sort(key=lambda e: (article(e) in also, article(e) in dates))
    english = en_draws_pairs(split)
    return _capped([e for e in plain if article(e).split("/")[1] not in english])


def quotes_draws_rows(split: str) -> set[str]:
    """For a split of `QUOTES_DRAWS_OUT`: the rows of the quotes and dates benches' FakeDeS
    train/development rounds its lists name (fakedes/<file>/<id>, reserves too); else none."""
    rows = set()
    for name in QUOTES_DRAWS_OUT.get(split, ()):
        for line in (ROOT / "bench" / "real" / name).read_text(encoding="utf-8").splitlines():
            _, file, row, *_ = line.split("\t")
            rows.add(f"fakedes/{file}/{row}")
    return rows


def en_draws_pairs(split: str) -> set[str]:
    """For a split of `EN_DRAWS_OUT`: the SemEval pair ids its English draw lists name; else
    none."""
    pairs = set()
    for name in EN_DRAWS_OUT.get(split, ()):
        for line in (
            (ROOT / "bench" / "real" / "en" / name).read_text(encoding="utf-8").splitlines()
        ):
            pairs.add(line.split("\t")[1])
    return pairs


def widened_read(annotated: dict, split: str) -> tuple[set[str], list[Sentence]]:
    """For a split of `READ_WIDENED`: the articles first read by the held-out set it names
    (holding one of its readings, none of a draw before it), whose entries the draw may take
    too, and the sentences of that set's readings, which it may not; for a split of
    `SENTENCES_WIDENED`, every article holding a timeline reading drawn before or a flag's
    sentence (but those holding a reading of a set of `WIDENED_BLIND`), and the sentences of
    those readings and flags; else nothing."""
    if split in SENTENCES_WIDENED:
        later = list(SEED_HELD_OUT)
        earlier = {*HALVES, *later[: later.index(split)]}
        cited = [Sentence(*r["sentence"]) for r in annotated["entries"] if draw_of(r) in earlier]
        cited += [Sentence(*s) for flag in annotated["flags"] for s in flag["sentences"]]
        blind = WIDENED_BLIND.get(split, ())
        shut = {
            r["sentence"][0].rsplit("/", 1)[0] for r in annotated["entries"] if draw_of(r) in blind
        }
        return timeline_read_articles(annotated, split) - shut, cited
    last = READ_WIDENED.get(split)
    if last is None:
        return set(), []
    own = [r for r in annotated["entries"] if draw_of(r) == last]
    also = {r["sentence"][0].rsplit("/", 1)[0] for r in own}
    return also - timeline_read_articles(annotated, last), [Sentence(*r["sentence"]) for r in own]


def story_of(unit) -> int:
    if isinstance(unit, ShownEntry):
        return unit.story
    return unit[0].story


def split_by_story(units: dict[str, list], found: Shown) -> dict[tuple[str, ...], str]:
    """Each story of the drawn units to one split: the stories (by their rows) shuffled
    with `SEED`, each to the split holding fewer drawn units so far, dev first."""
    stories = sorted({found.stories[story_of(u)] for kind in units.values() for u in kind})
    random.Random(SEED).shuffle(stories)
    count = Counter(found.stories[story_of(u)] for kind in units.values() for u in kind)
    held = dict.fromkeys(HALVES, 0)
    split = {}
    for story in stories:
        chosen = min(HALVES, key=lambda s: held[s])
        split[story] = chosen
        held[chosen] += count[story]
    return split


# Annotations


def annotations(path: Path = ANNOTATIONS) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def spans(annotated: dict) -> list[list]:
    found = []
    for entry in annotated["entries"]:
        found += [entry["sentence"], entry["date"]]
    for flag in annotated["flags"]:
        found += flag["sentences"]
    return found


def check(annotated: dict, texts: dict[str, str]) -> list[str]:
    wrong = check_spans(annotated["fields"], spans(annotated), texts)
    for entry in annotated["entries"]:
        if entry["label"] not in ENTRY_LABELS or entry["split"] not in SPLITS:
            wrong.append(f"{entry['sentence']}: label or split")
    for flag in annotated["flags"]:
        if flag["label"] not in FLAG_LABELS or flag["kind"] not in (DISPUTE, CALLED_OFF):
            wrong.append(f"{flag['sentences']}: label or kind")
    return wrong


def overlap(a: Sentence | None, cited: list) -> int:
    if a is None:
        return 0
    b = Sentence(*cited)
    return min(a.end, b.end) - max(a.start, b.start) if a.overlaps(b) else 0


def readings(found: Shown, annotated: dict) -> dict[int, dict]:
    """Entry index -> its reading: the one whose sentence and date expression overlap the
    entry's; else, for an entry whose sentence only overlaps a reading's, that reading
    when no entry is placed by its date expression (the fact placed anew within its
    sentence). A sentence of two clauses may give two entries, one read."""
    found_readings: dict[int, dict] = {}
    placed = set()
    for i, entry in enumerate(found.entries):
        for reading in annotated["entries"]:
            if overlap(entry.sentence, reading["sentence"]) and overlap(
                entry.date, reading["date"]
            ):
                found_readings[i] = reading
                placed.add(id(reading))
                break
    for i, entry in enumerate(found.entries):
        if i in found_readings:
            continue
        for reading in annotated["entries"]:
            if id(reading) not in placed and overlap(entry.sentence, reading["sentence"]):
                found_readings[i] = reading
                break
    return found_readings


def judged(entry: ShownEntry, reading: dict) -> str:
    """The reading's label when the entry is placed as it was read; else, for a fact, its
    day's label when placed on the fact's day, "moved" (placed anew, wrongly) when on
    another, "unplaced" when shown as written on no day (its date hangs on one unknown)."""
    if overlap(entry.date, reading["date"]) and entry.iso == reading["shown"]:
        return reading["label"]
    if reading["label"] == "not-a-fact":
        return reading["label"]
    if reading["day"] is not None and entry.iso == reading["day"]:
        return "background" if reading["background"] else "right"
    return "moved" if entry.iso else "unplaced"


@dataclass
class Score:
    shown: int = 0
    annotated: int = 0  # of any split
    labels: Counter = default(default_factory=Counter)  # the split's
    kinds: Counter = default(default_factory=Counter)  # (label, why) of the split's
    lost: list[dict] = default(default_factory=list)  # right when read, no longer shown

    def precision(self, right: tuple[str, ...] = ("right",)) -> float:
        """The share of the entries shown of a fact of the story's time on its day; with
        `DAY_RIGHT`, of a fact on its day, background or not."""
        total = sum(self.labels.values())
        return sum(self.labels[label] for label in right) / total if total else 0.0


def score_entries(
    found: Shown,
    annotated: dict,
    split: str,
    draw: str | None = None,
    background: bool | None = None,
) -> Score:
    """The split's entries scored; with `draw`, only those of that draw (`draw_of`: dev's
    own draws are "dev", a held-out set folded into dev its name); with `background`, only
    the entries shown as background (True) or as the story's own (False)."""
    result = Score(shown=len(found.entries))
    seen = set()

    def counted(r: dict) -> bool:
        return r["split"] == split and r["kind"] == ENTRY and draw in (None, draw_of(r))

    for i, reading in sorted(readings(found, annotated).items()):
        entry = found.entries[i]
        result.annotated += 1
        seen.add(id(reading))
        if counted(reading) and background in (None, entry.background):
            label = judged(entry, reading)
            result.labels[label] += 1
            why = reading.get("why", "-").split(" (")[0] if label not in DAY_RIGHT else "-"
            result.kinds[(label, why)] += 1
    result.lost = [
        r
        for r in annotated["entries"]
        if counted(r) and r["label"] in DAY_RIGHT and id(r) not in seen
    ]
    return result


def flag_of(sentences: list[Sentence | None], kind: str, annotated: dict) -> dict | None:
    for flag in annotated["flags"]:
        if flag["kind"] == kind and all(
            any(overlap(s, cited) for cited in flag["sentences"]) for s in sentences
        ):
            return flag
    return None


def score_flags(found: Shown, annotated: dict, split: str) -> dict[str, Counter]:
    units = {
        DISPUTE: [[e.sentence for e in unit] for unit in found.disputes().values()],
        CALLED_OFF: [[e.sentence, said] for e, said in found.conflicts()],
    }
    result = {}
    for kind, shown_units in units.items():
        counts: Counter = Counter()
        for sentences in shown_units:
            flag = flag_of(sentences, kind, annotated)
            counts["shown"] += 1
            if flag is not None:
                counts["annotated"] += 1
                if flag["split"] == split:
                    counts[flag["label"]] += 1
        result[kind] = counts
    return result


def report(found: Shown, annotated: dict, split: str) -> None:
    multi = [e for e in found.entries if len(found.stories[e.story]) > 1]
    print(
        f"{len(found.stories)} stories, {len(found.entries)} timeline entries"
        f" ({sum(e.iso is not None for e in found.entries)} with a date placed);"
        f" {len(found.disputes())} disputes ({sum(e.group is not None for e in found.entries)}"
        f" entries); {len(found.conflicts())} chronology conflicts"
        f" ({sum(bool(e.called_off) for e in found.entries)} entries);"
        f" entries of stories of more than one article: {len(multi)}"
    )
    result = score_entries(found, annotated, split)
    total = sum(result.labels.values())
    print(f"entries annotated {result.annotated} of {result.shown}")
    print(f"{split}: {total} annotated entries shown, {dict(sorted(result.labels.items()))}")
    if total:
        print(
            f"{split} precision: a fact of the story's time on its day {result.precision():.3f},"
            f" a fact on its day (background too) {result.precision(DAY_RIGHT):.3f} ({total})"
        )
        for key, count in sorted(result.kinds.items()):
            print(f"    {key}: {count}")
    for apart, name in ((False, "the story's own entries"), (True, "the background section")):
        part = score_entries(found, annotated, split, background=apart)
        n = sum(part.labels.values())
        day_right = sum(part.labels[label] for label in DAY_RIGHT)
        print(
            f"    {name}: {n} shown, right {part.labels['right']} ({part.precision():.3f}),"
            f" background {part.labels['background']}"
            f" ({part.precision(('background',)):.3f}), on their day {day_right}"
            f" ({part.precision(DAY_RIGHT):.3f})"
        )
    if split == "dev":
        for draw in ("dev", *FOLDED):
            part = score_entries(found, annotated, split, draw)
            name = "dev's own draws" if draw == "dev" else f"{draw} (folded)"
            day_right = sum(part.labels[label] for label in DAY_RIGHT)
            print(
                f"    of them {name}: right {part.labels['right']} of {sum(part.labels.values())}"
                f" ({part.precision():.3f}), on their day {day_right}"
                f" ({part.precision(DAY_RIGHT):.3f}), {len(part.lost)} lost"
            )
            own = score_entries(found, annotated, split, draw, background=False)
            apart = score_entries(found, annotated, split, draw, background=True)
            print(
                f"        own entries right {own.labels['right']} of {sum(own.labels.values())}"
                f" ({own.precision():.3f}); background section {sum(apart.labels.values())},"
                f" read background {apart.labels['background']}, right {apart.labels['right']}"
            )
    print(f"{split}: {len(result.lost)} entries read right no longer shown")
    for reading in result.lost:
        print(f"    lost: {reading['sentence']} ({reading['label']}, day {reading.get('day')})")
    for kind, counts in score_flags(found, annotated, split).items():
        read = counts["real"] + counts["not-real"]
        figure = f", precision {counts['real'] / read:.3f}" if read else ""
        print(
            f"{kind}: shown {counts['shown']}, annotated {counts['annotated']};"
            f" {split} real {counts['real']} of {read}{figure}"
        )


def show_draw(found: Shown, texts: dict[str, str], text: bool) -> None:
    """The drawn units with their split (rows and offsets; with `text`, on the terminal
    only, their sentences to read them)."""
    units = drawn_units(found)
    split = split_by_story(units, found)

    def line(sentence: Sentence | None) -> str:
        if sentence is None:
            return "-"
        return texts[sentence.field][sentence.start : sentence.end] if text else ""

    for kind, chosen in units.items():
        for unit in chosen:
            entries = [unit] if kind == ENTRY else unit if kind == DISPUTE else [unit[0]]
            story = found.stories[story_of(unit)]
            print(kind, split[story], "story", list(story))
            for e in entries:
                date = e.date.cited() if e.date else None
                print(
                    f"  entry {e.sentence.cited()} date {date} shown {e.iso}"
                    f" published {e.published}"
                )
                if text:
                    print(f"    date: {line(e.date)}\n    | {line(e.sentence)}")
            if kind == CALLED_OFF:
                print(f"  called off {unit[1].cited()}")
                if text:
                    print(f"    | {line(unit[1])}")


def show_entries(
    split: str, entries: list, found: Shown, texts: dict[str, str], text: bool
) -> None:
    """A later draw (`more_drawn` for dev, `held_out_drawn`), as `show_draw` prints entries:
    to annotate it, once."""
    for e in entries:
        date = e.date.cited() if e.date else None
        print(f"entry {split} story", list(found.stories[e.story]))
        print(f"  entry {e.sentence.cited()} date {date} shown {e.iso} published {e.published}")
        if text:
            print(f"    date: {texts[e.date.field][e.date.start : e.date.end] if e.date else '-'}")
            print(f"    | {texts[e.sentence.field][e.sentence.start : e.sentence.end]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a kept bench/realcorpus.py run's contrasta.db")
    parser.add_argument("--stories", action="store_true", help="only the annotated stories")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--i-am-the-lead", action="store_true", help="allow a held-out split")
    parser.add_argument("--draw", action="store_true", help="print the drawn units (rows only)")
    parser.add_argument("--draw-more", action="store_true", help="print the second draw")
    for split in SEED_HELD_OUT:
        parser.add_argument(f"--draw-{split}", action="store_true", help=f"print the {split} draw")
    parser.add_argument("--show", action="store_true", help="with --draw, their text too")
    args = parser.parse_args()
    if args.split in HELD_OUT and not args.i_am_the_lead:
        print("a held-out split is scored once, by the lead (--i-am-the-lead)", file=sys.stderr)
        return 2
    if not (FAKEDES / "test.xlsx").exists():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    texts = field_texts()
    annotated = (
        annotations() if ANNOTATIONS.exists() else {"fields": {}, "entries": [], "flags": []}
    )
    wrong = check(annotated, texts)
    if wrong:
        print("annotations do not fit the data:\n  " + "\n  ".join(wrong), file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="contrasta-timeline-run-")) if not args.db else None
    try:
        if args.stories:
            found = shown(*rebuilt_dossiers(annotated["stories"]), texts)
        else:
            db = args.db or run_corpus(work)
            corpus = db.parent.parent / "corpus" / "real.jsonl"
            found = shown(stored_dossiers(db), article_rows(corpus), texts)
        if args.draw:
            show_draw(found, texts, args.show)
        if args.draw_more:
            show_entries("dev", more_drawn(found, annotated), found, texts, args.show)
        for split in SEED_HELD_OUT:
            if getattr(args, f"draw_{split}"):
                drawn = held_out_drawn(found, annotated, split)
                show_entries(split, drawn, found, texts, args.show)
        report(found, annotated, args.split)
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
