"""Whether a Spanish word is an inflected form ("consultado", "fuentes") or its own lemma
("puerto", "aquí"), as simplemma's Spanish dictionary says.

simplemma reads its whole Spanish dictionary before it answers once (~0.6 CPU s), and a run
asks about a few dozen words, all common ones or ones with a participle's ending
(`worth_asking`). For those words of wordfreq's Spanish list (rarity's table) its answers
are kept in `own_lemmas_es.txt`, which lists the ones that are their own lemma; simplemma is
loaded only for a word outside that list. `python -m contrasta.reading.inflection` writes
the file from simplemma and wordfreq as installed, and a test checks that it still agrees
with them.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from contrasta.reading.rarity import rarity_table, zipf_frequency

OWN_LEMMAS = Path(__file__).with_name("own_lemmas_es.txt")
OWN_NAMES = Path(__file__).with_name("own_names_es.txt")
PARTICIPLE_ENDINGS = ("ado", "ada", "ido", "ida", "ando", "iendo", "mos")
COMMON_ZIPF = 3.5


def worth_asking(word: str) -> bool:
    """A participle's ending, or a common word: the only words whose lemma is looked up (a
    rare word opening a sentence is taken for a name without one)."""
    return word.endswith(PARTICIPLE_ENDINGS) or zipf_frequency(word, "es") >= COMMON_ZIPF


@lru_cache(maxsize=20_000)
def is_inflected(word: str) -> bool:
    """For a lowercase word: worth asking about, and not its own lemma. What simplemma
    says, read from the kept list for every word of the Spanish word list."""
    if not worth_asking(word):
        return False
    if word in rarity_table("es"):
        return word not in _own_lemmas()
    return _simplemma_inflected(word)


def _simplemma_inflected(word: str) -> bool:
    """From simplemma's low-memory dictionary: the same lemmas as its default one, loaded
    in about half the time."""
    import simplemma

    return simplemma.lemmatize(word, lang="es", low_memory=True).lower() != word


@lru_cache(maxsize=20_000)
def is_common_word(word: str) -> bool:
    """For a capitalised word: a common word in its own lemma's form, as simplemma's Spanish
    dictionary has it in lower case ("Matrimonio" -> "matrimonio"), where a name's entry
    keeps its capital ("Vaticano", "Tierra", "Andes"), a form of an adjective is no noun's
    ("Antártica" -> "antártico") and a word it does not know is no common one ("Cauca").
    Read from the kept lists: one of `own_lemmas_es.txt` and not of `own_names_es.txt`;
    a word outside them is too rare to count as a common one (`worth_asking`)."""
    low = word.lower()
    return low in _own_lemmas() and low not in _own_names()


def _simplemma_name(word: str) -> bool:
    """For a lowercase word that is its own lemma: simplemma gives it a capital when written
    with one ("tierra" -> "Tierra"), or does not know it."""
    import simplemma

    capitalised = word[:1].upper() + word[1:]
    return simplemma.lemmatize(capitalised, lang="es", low_memory=True) != word or not (
        simplemma.is_known(word, lang="es", low_memory=True)
    )


@cache
def _own_lemmas() -> frozenset[str]:
    return _kept(OWN_LEMMAS)


def is_dictionary_name(word: str) -> bool:
    """Whether simplemma's Spanish dictionary holds a word as a name's entry, with its
    capital ("Vaticano", "Texas", "Oaxaca"; `own_names_es.txt`): a name a reader of Spanish
    knows, whatever it names."""
    return word.lower() in _own_names()


@cache
def _own_names() -> frozenset[str]:
    return _kept(OWN_NAMES)


def _kept(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if not line.startswith("#"))


def listing() -> str:
    """What `own_lemmas_es.txt` holds, from simplemma and wordfreq as installed: every word of
    the Spanish list worth asking about that is its own lemma, under a header naming them."""
    from importlib import metadata

    versions = ", ".join(f"{name} {metadata.version(name)}" for name in ("simplemma", "wordfreq"))
    words = sorted(w for w in rarity_table("es") if worth_asking(w) and not _simplemma_inflected(w))
    return (
        f"# Written by `python -m contrasta.reading.inflection` ({versions}): the words of\n"
        "# wordfreq's Spanish list (data CC BY-SA 4.0, Robyn Speer) down to rarity's RARE_ZIPF\n"
        "# worth a lemma look-up that simplemma (MIT, Adrien Barbaresi) gives as their own lemma.\n"
        + "".join(f"{w}\n" for w in words)
    )


def names_listing() -> str:
    """What `own_names_es.txt` holds: the words of `own_lemmas_es.txt` that simplemma gives
    a capital when written with one, or does not know (`_simplemma_name`)."""
    from importlib import metadata

    versions = ", ".join(f"{name} {metadata.version(name)}" for name in ("simplemma", "wordfreq"))
    words = sorted(w for w in _own_lemmas() if _simplemma_name(w))
    return (
        f"# Written by `python -m contrasta.reading.inflection` ({versions}): the words of\n"
        "# own_lemmas_es.txt that simplemma (MIT, Adrien Barbaresi) keeps with a capital when\n"
        "# written with one (a name's entry), or does not know: no common word.\n"
        + "".join(f"{w}\n" for w in words)
    )


if __name__ == "__main__":
    OWN_LEMMAS.write_text(listing(), encoding="utf-8")
    _own_lemmas.cache_clear()
    OWN_NAMES.write_text(names_listing(), encoding="utf-8")
