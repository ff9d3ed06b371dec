"""A presidency or prime minister's office writes of its own leader with the bare title: the
masthead or the page's address gives the country."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.read import make_document
from tests.loaders.reading import PIPELINE, people_posts, read


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "Office of the President of Ghana\n\nPresident Kwame Asante received the trade "
            "delegation at Jubilee House on Monday.\n",
            "Kwame Asante",
            ("President", "GH"),
        ),
        (
            "Prime Minister's Office, Singapore\n\nThe Prime Minister, Hon. Lee Wen, said the "
            "talks with Malaysian officials were productive.\n",
            "Lee Wen",
            ("Prime Minister", "SG"),
        ),
        (
            "The Presidency, Republic of South Africa\n\nPresident Thabo Nkosi hosted Chinese "
            "Foreign Minister Wang Li in Pretoria on Monday.\n",
            "Thabo Nkosi",
            ("President", "ZA"),
        ),
    ],
)
def test_publisher_countries_the_masthead_gives_its_leader_the_country(
    text: str, person: str, post: tuple[str, str]
) -> None:
    assert post in people_posts(read(text))[person]


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.presidency.gov.gh/news/terminal", "GH"),
        # Counter-example: a vice-president's site is not the president's office.
        ("https://www.vicepresidencia.gob.ec/news/terminal", None),
    ],
)
def test_publisher_countries_a_presidency_address_gives_its_leader_the_country(
    url: str, country: str | None
) -> None:
    text = "President Ama Owusu opened the new terminal on Monday. She thanked the builders.\n"
    document = PIPELINE(make_document("t", "t", text, date=datetime.date(2024, 5, 1), url=url))
    assert people_posts(document)["Ama Owusu"] == {("President", country)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Two bare presidents: the guest's could be either.
        (
            "Office of the President of Ghana\n\nPresident Kwame Asante received President "
            "Ali Bongo at Jubilee House on Monday.\n",
            "Ali Bongo",
        ),
        # The presidency named in the story is no masthead.
        (
            "News from Accra\n\nThe talks took place at the Presidency in Ghana. President "
            "Kwame Asante said they went well.\n",
            "Kwame Asante",
        ),
    ],
)
def test_publisher_countries_no_country_when_the_publisher_is_not_certain(
    text: str, person: str
) -> None:
    assert all(country is None for _, country in people_posts(read(text))[person])


def test_publisher_countries_a_guest_of_the_country_is_not_its_leader() -> None:
    text = (
        "Prime Minister's Office, Singapore\n\nPrime Minister Ravi Menon arrived in Singapore "
        "on Monday for an official visit.\n"
    )
    assert people_posts(read(text))["Ravi Menon"] == {("Prime Minister", None)}
