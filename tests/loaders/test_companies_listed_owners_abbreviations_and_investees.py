"""Companies of a list whose items are set off by more than a comma: an item closed by its
abbreviation's dot ("Kanemori Corp. and Hoshino Kosan"), an item with the firm it owns in
apposition ("Telstra, owner of Telecel Samoa, and ..."), an item opened by its kind ("the
contractor Leighton Brooks"), a list "companies ... include"; and a firm told as invested in by
another ("the Mobifone-invested Laotel")."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import company_names, people_posts, read

_DAY = datetime.date(2025, 4, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japanese companies such as Kanemori Corp. and Hoshino Kosan were involved.",
            ["Kanemori Corp.", "Hoshino Kosan"],
        ),
        (
            "Firms such as Kanemori Co., Tanaka Inc. and Hoshino Kosan took part.",
            ["Kanemori Co.", "Tanaka Inc.", "Hoshino Kosan"],
        ),
    ],
)
def test_companies_an_abbreviation_s_dot_does_not_end_the_list(
    text: str, expected: list[str]
) -> None:
    """The second of "such as A Corp. and B" was lost: the dot after "Corp" ended the list."""
    assert company_names(read(text, _DAY)) == expected


def test_companies_include_a_list_with_an_owned_firm_and_a_kind() -> None:
    """ "Telstra" had become a person (an owner), and no firm of the list was read."""
    text = (
        "Australian companies in the Kingdom include Telstra, owner of Telecel Samoa, and "
        "the contractor Leighton Brooks."
    )
    document = read(text, _DAY)
    assert company_names(document) == ["Telstra", "Telecel Samoa", "Leighton Brooks"]
    assert people_posts(document) == {}


def test_companies_the_owner_of_a_firm_named_by_a_person_s_name_stays_a_person() -> None:
    """Counter-example: a person who owns a firm keeps the post."""
    text = "Anna Holt, owner of Kestrel Mobile, met Prime Minister Fiame Naomi on Monday."
    assert people_posts(read(text, _DAY))["Anna Holt"] == {("Owner", None)}


def test_companies_include_without_a_noun_of_firms_lists_none() -> None:
    """Counter-example: "include" lists firms only after a noun of firms."""
    text = "Guests of the summit included President Anna Holt and Minister Ravi Das."
    assert company_names(read(text, _DAY)) == []


def test_companies_invested_in_by_another_firm() -> None:
    text = "The Mobifone-invested Laotel was cited as an effective model of cooperation."
    assert company_names(read(text, _DAY)) == ["Laotel"]


def test_companies_invested_by_foreigners_names_no_firm() -> None:
    """Counter-example: "Foreign-invested Enterprises" is a kind of firm, capitalised."""
    text = "Foreign-invested Enterprises account for 70% of exports."
    assert company_names(read(text, _DAY)) == []


def test_companies_a_firm_after_its_kind_may_be_named_by_trade_words() -> None:
    """Counter-example: after its kind ("lithium miner") a name made of trade words is a firm."""
    text = "Australian lithium miner Mineral Resources and Tata Steel announced joint research."
    assert company_names(read(text, _DAY)) == ["Mineral Resources", "Tata Steel"]
