"""A blank pipeline with thousands of special cases (Indonesian) takes them in as texts
need them (`reading.lazy_rules`), and tokenizes as spaCy's own tokenizer with all of them.

Every sentence here is invented for the tests.
"""

from __future__ import annotations

from contrasta.reading import lazy_rules
from contrasta.reading.nlp import load_pipeline
from contrasta.reading.spacy_import import import_spacy

TEXTS = [
    "Warga Desa Sukamaju berbondong-bondong datang ke balai desa pada hari Senin.",
    "Langit abu-abu (abu -abu) menutupi kota; anak-anak bermain di jalan-jalan.",
    "Kepala desa, Budi Santoso, mengatakan bahwa rumah-rumah itu dibangun kembali.\n\n"
    "«Kami  bekerja sama-sama», katanya.\tSelesai.",
    "",
    "Harga beras naik 12 persen, kata-kata pejabat itu: sia-sia!",
]


def _tokens(nlp, text: str) -> list[tuple[str, str]]:
    return [(token.text, token.whitespace_) for token in nlp.make_doc(text)]


def test_indonesian_special_cases_wait_for_a_text_that_needs_them():
    tokenizer = load_pipeline("id").nlp.tokenizer
    assert len(import_spacy().blank("id").tokenizer.rules) > lazy_rules.LAZY_FROM
    assert len(tokenizer.rules) < lazy_rules.LAZY_FROM  # held back at load
    assert "rumah-rumah" not in tokenizer.rules
    load_pipeline("id").nlp.make_doc("Rumah-rumah warga rusak.")
    assert "Rumah-rumah" in tokenizer.rules


def test_the_tokens_are_spacys_with_every_special_case():
    ours, theirs = load_pipeline("id").nlp, import_spacy().blank("id")
    for text in TEXTS * 2:
        assert _tokens(ours, text) == _tokens(theirs, text)
    assert ("abu-abu", " ") in _tokens(ours, TEXTS[1])


def test_after_its_budget_every_case_is_in(monkeypatch):
    spacy = import_spacy()
    monkeypatch.setattr(lazy_rules, "BUDGET", 0)
    config = {"nlp": {"tokenizer": {"@tokenizers": lazy_rules.registered()}}}
    nlp = spacy.blank("id", config=config)
    theirs = spacy.blank("id")
    assert _tokens(nlp, TEXTS[0]) == _tokens(theirs, TEXTS[0])
    assert nlp.tokenizer.rules == theirs.tokenizer.rules
    assert _tokens(nlp, TEXTS[2]) == _tokens(theirs, TEXTS[2])


def test_languages_with_few_cases_build_them_all():
    tokenizer = load_pipeline("it").nlp.tokenizer
    assert not isinstance(tokenizer, type(load_pipeline("id").nlp.tokenizer))
    assert tokenizer.rules == import_spacy().blank("it").tokenizer.rules
