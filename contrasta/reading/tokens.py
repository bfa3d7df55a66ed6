"""Function words of Spanish and English: never names, never evidence on their own."""

from __future__ import annotations

STOPWORDS = frozenset(
    """
    a al algo algunos ante antes aquel aquella así aun aunque bajo bien cada casi como
    con contra cual cuando de del desde donde dos durante e el ella ellas ellos en entre
    era es esa ese eso esta este esto estos estas fue fueron ha había han hasta hay la
    las le les lo los más me mi muy ni no nos o otra otro otros para pero poco por
    porque que qué se sea según ser si sí sin sino sobre son su sus también tan te tiene
    todo todos tras tu un una uno unos unas y ya yo él está están estaba ser haber estar
    tener hacer decir the of and to in is that for on with as was by at from it an be
    this are were has have had not but or which who will would their its they he she his
    her been than also said
    """.split()
)
