"""Known companies are looked up by their first two words before their whole name: the word
"China" starts only longer names, so "China" alone names no company, while "China Railway"
and the longer "China Railway Construction Corporation" each name one."""

from __future__ import annotations

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps import known_companies
from dkg.loaders.steps.sentence_tokens import SentenceTokens

GAZETTEER = load_gazetteer()


def _known(sentence: str) -> list[str]:
    index = known_companies.index_for(GAZETTEER)
    tokens = SentenceTokens(sentence)
    return [m.text for m in known_companies.from_gazetteer(sentence, 0, GAZETTEER, index, tokens)]


def test_known_company_longest_name_of_its_first_two_words() -> None:
    assert _known("Talks with China Railway Construction Corporation ended.") == [
        "China Railway Construction Corporation"
    ]
    assert _known("Talks with China Railway ended.") == ["China Railway"]


def test_known_company_first_word_of_longer_names_alone_names_none() -> None:
    """Counter-example: a first word that starts only longer names, and its next word not
    theirs, is no mention; the name after it still is."""
    assert _known("Talks in China ended with Korea Zinc.") == ["Korea Zinc"]
    assert _known("Talks with China ended.") == []


def test_known_company_one_word_name_that_starts_longer_ones() -> None:
    assert _known("Talks with SK ended.") == ["SK"]
    assert _known("Talks with SK Telecom ended.") == ["SK Telecom"]


def test_known_company_second_word_in_lower_case() -> None:
    """A firm that styles a word in lower case ("SK hynix") is found as written, but only after
    its first word as the gazetteer writes it."""
    assert _known("Shares of SK hynix rose.") == ["SK hynix"]
    assert _known("Shares of Sk hynix rose.") == []
