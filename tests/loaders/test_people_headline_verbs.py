"""A capitalised verb of a title-case headline ends the name before it."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> list[str]:
    return [p.name for p in PIPELINE(Document("t", "t", text)).people]


def test_people_headline_verb_ends_the_name_of_a_repeated_headline() -> None:
    headline = "Prime Minister Holness Welcomes President of Chile on Official Visit"
    text = (
        f"{headline}\n\n{headline}\n\n"
        "The Prime Minister of Jamaica, Andrew Holness, received the President of Chile, "
        "Gabriel Boric, in Kingston today."
    )
    names = _names(text)
    assert "Holness Welcomes President" not in names
    assert {"Andrew Holness", "Gabriel Boric"} <= set(names)


def test_people_headline_verb_ends_a_name_in_a_run_on_headline() -> None:
    text = (
        "Government News. Foreign Minister Ortega Signs Accord With Estonia. Foreign Minister "
        "Lucia Ortega signed an accord with her Estonian counterpart on Friday."
    )
    names = _names(text)
    assert "Ortega Signs Accord With Estonia" not in names
    assert "Ortega Signs Accord" not in names
    assert "Lucia Ortega" in names


def test_people_lower_case_verb_or_surname_like_word_stays() -> None:
    # "Marks" is a family name, and a verb in lower case is prose, not a name word.
    assert _names("Minister of Trade Jonathan Marks met the Swedish delegation.") == [
        "Jonathan Marks"
    ]
    assert _names("President Nadia Holst welcomes the decision, her office said.") == [
        "Nadia Holst"
    ]
