"""A president's or prime minister's release names its own ministers and vice president with a
bare post: they serve the masthead's country, while the guest's ministers keep the guest's
(issue 4). A "<Nation> Government" line is a government's masthead."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read

_PRESIDENCY = "The Presidency, Republic of Zambia\n\nLusaka, 6 October 2025\n\n"


def test_publisher_countries_office_ministers_serve_the_masthead() -> None:
    text = _PRESIDENCY + (
        "President Mwila Phiri received President Jonas Berg of Sweden at State House."
        " Vice President Ruth Tembo and the Minister of Energy, Peter Zulu, attended."
    )
    posts = people_posts(read(text))
    assert posts["Ruth Tembo"] == {("Vice President", "ZM")}
    assert posts["Peter Zulu"] == {("Minister of Energy", "ZM")}


def test_publisher_countries_office_ministers_beside_a_marked_guest() -> None:
    text = "Prime Minister's Office, Fiji\n\nSuva, 6 October 2025\n\n" + (
        "The Minister for Fisheries, Semi Koroi, and the Samoan Minister of Agriculture,"
        " Tala Lemalu, opened the new wharf."
    )
    posts = people_posts(read(text))
    assert posts["Semi Koroi"] == {("Minister of Fisheries", "FJ")}
    assert posts["Tala Lemalu"] == {("Minister of Agriculture", "WS")}


def test_publisher_countries_office_ministers_guest_companions_keep_theirs() -> None:
    """Counter-example: the guest's minister, named as a companion, is the guest's."""
    text = _PRESIDENCY + (
        "President Mwila Phiri received President Jonas Berg of Sweden at State House."
        " President Berg was accompanied by Trade Minister Eva Lind."
    )
    assert people_posts(read(text))["Eva Lind"] == {("Minister of Trade", "SE")}


def test_publisher_countries_office_ministers_not_a_second_head() -> None:
    """Counter-example: a second bare "Prime Minister" may be the guest and is not placed."""
    text = "Prime Minister's Office, Fiji\n\nSuva, 6 October 2025\n\n" + (
        "Prime Minister Jone Rabuka spoke by telephone with Prime Minister Anna Kerr."
    )
    posts = people_posts(read(text))
    assert posts["Anna Kerr"] == {("Prime Minister", None)}


def test_publisher_countries_nation_government_line() -> None:
    text = "Chilean Government\n\nSantiago, 6 October 2025\n\n" + (
        "The Minister of Mining, Rosa Vidal, travelled to Canberra for talks."
    )
    assert people_posts(read(text))["Rosa Vidal"] == {("Minister of Mining", "CL")}


def test_publisher_countries_nation_government_headline_is_no_masthead() -> None:
    """Counter-example: a headline about a government, with more words after it, is no
    masthead."""
    text = "Chilean Government Opens Talks\n\nSantiago, 6 October 2025\n\n" + (
        "The Minister of Mining, Rosa Vidal, travelled to Canberra for talks."
    )
    assert people_posts(read(text))["Rosa Vidal"] == {("Minister of Mining", None)}
