"""A named document followed by where it was signed ("a Partnership Agreement in Lima") or by
what it is for ("an agreement to build a 2.5 billion dollar plant") is read, with the figures
of its title whole."""

from __future__ import annotations

from dkg.loaders.steps.agreements import find_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_agreements(sentence, 0)]


def test_named_agreements_capitalised_title_before_the_signing_city() -> None:
    sentence = "Chile and Peru signed a Comprehensive Trade Agreement in Lima on 3 May."
    assert _titles(sentence) == ["Comprehensive Trade Agreement"]


def test_named_agreements_purpose_after_the_head_with_a_decimal_amount() -> None:
    sentence = "The utility signed an agreement to build a 2.5 billion dollar plant in Arica."
    assert _titles(sentence) == ["agreement to build a 2.5 billion dollar plant in Arica"]


def test_named_agreements_in_a_common_noun_is_no_place() -> None:
    assert _titles("The two sides reached an agreement in principle on fishing.") == []


def test_named_agreements_sentence_ending_after_a_number_still_ends() -> None:
    sentence = "They signed an agreement on 40 scholarships. Talks went on."
    assert _titles(sentence) == ["agreement on 40 scholarships"]


def test_named_agreements_title_case_words_after_in_stay_in_the_title() -> None:
    sentence = "They signed a Memorandum of Understanding on Cooperation in Renewable Energy."
    assert _titles(sentence) == ["Memorandum of Understanding on Cooperation in Renewable Energy"]
