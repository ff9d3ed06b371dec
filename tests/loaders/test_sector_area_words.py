"""The cheap test that lets the sector matcher skip a sentence: no label's first word in it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dkg.loaders.case_blind import fold, folded
from dkg.loaders.steps.sector_labels import SectorLabels
from dkg.loaders.steps.sector_matcher import SectorMatcher
from dkg.loaders.steps.sector_tokens import to_tokens, word_keys
from tests.loaders.test_sectors import CONCEPTS

_WORD = re.compile(r"\w+")


def test_sector_area_words_folding_keeps_each_character_a_word_character_or_not() -> None:
    # word_keys reads the words of the fold: exact only while no character becomes a word
    # character by folding, or stops being one (nor folds to more than one character).
    changed = [
        code
        for code in range(0x110000)
        if not 0xD800 <= code <= 0xDFFF
        and (
            len(folded_char := fold(chr(code))) != 1
            or bool(_WORD.match(chr(code))) != bool(_WORD.match(folded_char))
        )
    ]
    assert changed == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Ab e\u00c9\u0130\u2019'-&,.\t_1\u00df\u0131", max_size=30))
def test_sector_area_words_are_the_keys_of_the_word_tokens(text: str) -> None:
    words = [t.key for t in to_tokens(text) if _WORD.fullmatch(t.text)]
    assert word_keys(folded(text)) == words


def test_sector_area_words_say_which_sentences_may_name_an_area() -> None:
    labels = SectorLabels(CONCEPTS)
    assert labels.may_name_area(folded("Talks covered Energy."))
    assert labels.may_name_area(folded("talks covered (energy)"))  # not between spaces
    assert labels.may_name_area(folded("a road rehabilitation deal"))  # a work on roads
    assert not labels.may_name_area(folded("The two leaders met in Paris on Monday."))


def test_sector_area_words_skip_no_sentence_that_names_an_area() -> None:
    matcher = SectorMatcher(CONCEPTS)
    sentence = "They agreed on cooperation in energy, road repairs and tourism."
    assert matcher.find(sentence, 0)
    assert matcher.find("They agreed on cooperation in many fields.", 0) == []
