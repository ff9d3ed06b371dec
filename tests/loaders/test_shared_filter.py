"""A shared filter rejects only texts that none of its patterns can match."""

from __future__ import annotations

import re

import pytest

from dkg.loaders.shared_filter import SharedFilter
from dkg.loaders.steps.companies import _KIND_WORDS
from dkg.loaders.steps.company_cue_lists import KINDS_BEFORE_LIST
from dkg.loaders.steps.company_descriptions import DESCRIBED
from dkg.loaders.steps.company_kind_names import APPOSITIVE


def test_shared_filter_keeps_the_shortest_of_nested_strings() -> None:
    shared = SharedFilter(re.compile(r"\b(?:banks|lenders)\b"), re.compile(r"(?i:bank)\s+\w+"))
    assert shared.strings == ("bank", "lenders")


def test_shared_filter_finds_a_case_sensitive_word_in_capitals() -> None:
    """A case-sensitive pattern's word is looked for in the fold: a filter that only may be
    wrong the safe way ("BANKS" cannot match ``banks`` but passes)."""
    shared = SharedFilter(re.compile(r"\bbanks\b"), re.compile(r"\bfirms\b"))
    assert shared.may_match("Two BANKS merged.")
    assert not shared.may_match("Two ministers met.")


def test_shared_filter_refuses_what_it_cannot_test() -> None:
    with pytest.raises(ValueError, match="needs no string"):
        SharedFilter(re.compile(r"[A-Z]\w+"))
    with pytest.raises(ValueError, match="ASCII"):
        SharedFilter(re.compile(r"\bsoci\u00e9t\u00e9\b"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Lenders Absa and Equity Bank joined.",
        "dairy cooperatives Arla and Fonterra",
        "the state company Sonatrach said",
        "the Toronto-listed Barrick Mining",
        "Zespri, the kiwifruit exporter, grew.",
        "Granja Azul, the largest shrimp farmer, said",
        "A and B are among the Japanese firms investing.",
        "The STARTUP Acme, a Kenyan start-up, grew.",
    ],
)
def test_company_kind_words_pass_every_sentence_their_patterns_match(sentence: str) -> None:
    matched = [
        p.compiled.search(s)
        for p in (KINDS_BEFORE_LIST, APPOSITIVE, DESCRIBED)
        for s in (sentence, sentence.lower())
    ]
    assert any(matched)
    assert _KIND_WORDS.may_match(sentence)
    assert not _KIND_WORDS.may_match("The minister met his counterpart in Nairobi.")
