"""Several guests received together and told by one plural relative clause ("received A, B
and C, who are on a working visit") each make the visit, not only the nearest to the clause."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 4, 11)


@pytest.mark.parametrize(
    ("sentence", "guests"),
    [
        (
            "President Bola Tinubu received on Thursday at the villa Prime Minister Ousmane"
            " Sonko of Senegal, President Umaro Embalo of Guinea-Bissau and President Joseph"
            " Boakai of Liberia, who are on a working visit to Nigeria.",
            {"Ousmane Sonko", "Umaro Embalo", "Joseph Boakai"},
        ),
        (
            "President Bola Tinubu of Nigeria welcomed Foreign Minister Ana Costa of Portugal"
            " and Foreign Minister Jose Albares of Spain, who were in Abuja on an official"
            " visit.",
            {"Ana Costa", "Jose Albares"},
        ),
        (
            # long titles with their country before each name
            "President Bola Tinubu received on Sunday at the villa Prime Minister of Ghana"
            " Kofi Mensah, President of the African Union Commission Mahmoud Youssouf and"
            " Prime Minister of the Kingdom of Lesotho Sam Matekane, who are on a working"
            " visit to Nigeria.",
            {"Kofi Mensah", "Mahmoud Youssouf", "Sam Matekane"},
        ),
        (
            # each title set before its name by a comma, the last joined by ", and"
            "President Bola Tinubu received on Monday the Prime Minister of Ghana, Kofi"
            " Mensah, and the Foreign Minister of Portugal, Ana Costa, who are on a working"
            " visit to Nigeria.",
            {"Kofi Mensah", "Ana Costa"},
        ),
    ],
)
def test_joint_visitors_listed_before_plural_clause_each_visit(
    sentence: str, guests: set[str]
) -> None:
    assert {(name, "NG") for name in guests} <= visits(read(sentence, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        # a singular clause is about its nearest name only
        "President Bola Tinubu of Nigeria welcomed Foreign Minister Ana Costa of Portugal and"
        " Foreign Minister Jose Albares of Spain, who is on an official visit to Nigeria.",
        # the clause's trip is another one
        "President Bola Tinubu of Nigeria welcomed Foreign Minister Ana Costa of Portugal and"
        " Foreign Minister Jose Albares of Spain, who had visited Nigeria in 2019.",
        # a name before a verb of its own is no member of the list
        "President Bola Tinubu of Nigeria thanked Foreign Minister Ana Costa of Portugal for"
        " her letter and received Prime Minister of the Kingdom of Spain Jose Albares and"
        " President of the Republic of Ghana John Mahama, who are on a working visit to Nigeria.",
        # a comma-set title after a clause of its own: no list
        "President Bola Tinubu of Nigeria spoke with Foreign Minister Ana Costa of Portugal,"
        " while the Foreign Minister of Spain, Jose Albares, and the President of Ghana, John"
        " Mahama, who are on a working visit to Nigeria, looked on.",
    ],
)
def test_joint_visitors_listed_only_for_a_plural_clause(sentence: str) -> None:
    assert ("Ana Costa", "NG") not in visits(read(sentence, FILED))
