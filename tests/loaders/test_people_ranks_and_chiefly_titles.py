"""Caribbean, Pacific and African papers keep an officer's rank, a retirement mark and chiefly
titles before a minister's name ("Prime Minister Brigadier (Ret'd) ...", "Governor-General Grand
Chief Sir ...", "Ratu ..."); the person is the name after them. A second title after a titled
name ("Prime Minister X, chairman of the bloc") adds no second person."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> list[str]:
    return sorted(p.name for p in PIPELINE(Document("t", "t", text)).people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He was greeted by Prime Minister Brigadier (Ret'd) Owen Castellano at the airport.",
            "Owen Castellano",
        ),
        ("Defence Minister Major General (rtd) Kofi Asante signed the pact.", "Kofi Asante"),
        ("Governor-General Grand Chief Sir Tau Moresi opened the session.", "Tau Moresi"),
        ("The guests were received by President Ratu Seru Naivalu.", "Seru Naivalu"),
        ("Minister of Defence Air Vice Marshal Ravi Menon attended.", "Ravi Menon"),
    ],
)
def test_people_ranks_and_chiefly_titles_are_not_part_of_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Counter-examples: the same words as names or as a plain title stay what they are.
        ("Foreign Minister Colin Brigadier met the envoy.", ["Colin Brigadier"]),
        ("Trade Minister Andrew Major met the envoy.", ["Andrew Major"]),
    ],
)
def test_people_ranks_after_a_given_name_are_surnames(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The summit was co-chaired by Prime Minister Lena Dorsett, chairman of the bloc.",
        "He held talks with Prime Minister Lena Dorsett, the chair of the regional body, and left.",
        "Talks were held with Prime Minister Lena Dorsett, Chairwoman of the Community.",
    ],
)
def test_people_a_second_title_after_a_titled_name_adds_no_person(text: str) -> None:
    assert _names(text) == ["Lena Dorsett"]


def test_people_a_name_before_a_title_without_a_title_of_its_own_is_still_read() -> None:
    text = "The summit was co-chaired by Lena Dorsett, chairman of the bloc."
    assert _names(text) == ["Lena Dorsett"]
