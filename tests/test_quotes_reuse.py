"""A text's quotes read twice in a run (alone by its reading, then with its story's people
by the dossier) share what does not depend on the people, and a text with no quoted
words is not read for quotes at all: the same quotes, less work."""

from __future__ import annotations

from contrasta.reading.quotes import find_quotes, quotes_and_people
from contrasta.reading.quotes.reader import _names_written
from contrasta.reading.roles import story_people

QUOTED = (
    "La alcaldesa de Villanúa, Rosa Bellido Sanz, presentó el plan de riego.\n\n"
    "«Llegaremos a todas las huertas antes de mayo», afirmó Bellido ante los vecinos.\n\n"
    "El concejal Tomás Urrea añadió que «faltan dos bombas»."
)
UNQUOTED = (
    "El Ayuntamiento de Villanúa aprobó ayer el plan de riego de la vega.\n\n"
    "Las obras empezarán en marzo y costarán 120.000 euros, según el pliego."
)


def test_the_dossier_reading_reuses_the_names_the_text_reading_found():
    _names_written.cache_clear()
    alone, people = quotes_and_people(QUOTED, "es")
    before = _names_written.cache_info()
    again = find_quotes(QUOTED, "es", story_people([people]))
    after = _names_written.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
    assert [q.speaker for q in alone] == ["Rosa Bellido Sanz", "Tomás Urrea"]
    _names_written.cache_clear()
    assert find_quotes(QUOTED, "es", story_people([people])) == again


def test_a_text_with_no_quoted_words_is_not_read_for_quotes():
    _names_written.cache_clear()
    assert find_quotes(UNQUOTED, "es", {}) == []
    assert _names_written.cache_info().misses == 0
