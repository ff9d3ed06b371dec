"""One reading of a sentence's tokens serves the company and the sector finders: the words as
written and the tokens with their offsets and folded keys, the same whichever is asked first."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dkg.loaders.case_blind import fold
from dkg.loaders.steps.sentence_tokens import SentenceTokens, Token

_TOKEN_AT = re.compile(r"\w+|[^\w\s]")
_WORD_OR_SPACE = re.compile(r"(\w)|(\s)")


def _kind(char: str) -> int:
    """1 for a word character, 2 for a space, 0 for anything else."""
    match = _WORD_OR_SPACE.match(char)
    return (match.lastindex or 0) if match else 0


def _matched(text: str) -> list[Token]:
    """The tokens as a match-by-match reading of the text gives them."""
    keys = fold(text).replace("\u2019", "'")
    return [
        Token(m.start(), m.end(), m.group(), keys[m.start() : m.end()])
        for m in _TOKEN_AT.finditer(text)
    ]


def test_sentence_tokens_folding_keeps_each_character_a_word_a_space_or_neither() -> None:
    # The tokens are read from the fold: exact only while folding keeps every character one
    # character, and a word character, a space or neither as it was.
    changed = [
        code
        for code in range(0x110000)
        if not 0xD800 <= code <= 0xDFFF
        and (len(folded := fold(chr(code))) != 1 or _kind(chr(code)) != _kind(folded))
    ]
    assert changed == []


def test_sentence_tokens_of_a_sentence() -> None:
    read = SentenceTokens("Siemens\u2019 E-commerce unit, İstanbul (Oil & Gas).")
    assert read.words == [
        "Siemens", "\u2019", "E", "-", "commerce", "unit", ",", "İstanbul", "(", "Oil", "&",
        "Gas", ")", ".",
    ]  # fmt: skip
    assert [t.key for t in read.tokens][:8] == [
        "siemens", "'", "e", "-", "commerce", "unit", ",", "istanbul",
    ]  # fmt: skip
    assert read.tokens[7] == Token(26, 34, "İstanbul", "istanbul")


def test_sentence_tokens_of_an_empty_or_blank_text() -> None:
    assert SentenceTokens("").tokens == []
    assert SentenceTokens(" \t\n").words == []


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet="Ab e\u00c9\u0130\u0131\u017f\u212a\u2019'-&,.\t\u00a0_1\u00df\u03a3\u0301",
        max_size=40,
    )
)
def test_sentence_tokens_are_the_matches_with_their_folded_keys(text: str) -> None:
    tokens_first, words_first = SentenceTokens(text), SentenceTokens(text)
    assert tokens_first.tokens == _matched(text)
    assert tokens_first.words == [t.text for t in _matched(text)]
    assert words_first.words == [t.text for t in _matched(text)]
    assert words_first.tokens == _matched(text)
