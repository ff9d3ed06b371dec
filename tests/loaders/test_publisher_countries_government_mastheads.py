"""Under a ministry's or a government's masthead, the ministers the release names with a bare
post serve that government; ministers it places elsewhere, and posts no cabinet holds, stay as
the text gives them."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_publisher_countries_government_mastheads_place_bare_ministers() -> None:
    text = (
        "Ministry of Foreign Affairs of Colombia\n\nBogota, 3 March 2025\n\n"
        "The Minister of Finance, Luis Ortega, attended the meeting in Madrid."
        " The Minister of Trade, Rosa Gil, also went."
    )
    posts = people_posts(read(text))
    assert posts["Luis Ortega"] == {("Minister of Finance", "CO")}
    assert posts["Rosa Gil"] == {("Minister of Trade", "CO")}


def test_publisher_countries_government_mastheads_keep_other_countries() -> None:
    """Counter-example: a minister the release places in another country keeps it."""
    text = (
        "Government of Fiji\n\nSuva, 3 March 2025\n\n"
        "The Minister of Finance, Luis Ortega, met the Minister of Trade of Japan, Ken Abe."
    )
    posts = people_posts(read(text))
    assert posts["Luis Ortega"] == {("Minister of Finance", "FJ")}
    assert posts["Ken Abe"] == {("Minister of Trade", "JP")}


def test_publisher_countries_government_mastheads_leave_envoys_and_officers() -> None:
    """Counter-example: an ambassador (maybe the guest's) and a company's officer are no
    minister of the publishing government."""
    text = (
        "Ministry of Foreign Affairs of Colombia\n\n"
        "The Ministry met Ambassador Tom Hale on Monday. Chief Executive Officer Ann Lee of Acme"
        " Ltd attended."
    )
    posts = people_posts(read(text))
    assert posts["Tom Hale"] == {("Ambassador", None)}
    assert posts["Ann Lee"] == {("CEO", None)}


def test_publisher_countries_government_mastheads_not_in_a_sentence() -> None:
    """Counter-example: a ministry named in the story's first sentence is no masthead."""
    text = "The Ministry of Foreign Affairs of Peru said the Minister of Finance, Ana Ruiz, left."
    assert people_posts(read(text))["Ana Ruiz"] == {("Minister of Finance", None)}
