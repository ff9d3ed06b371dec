"""A first-person release whose author is named on a heading line ("The Hon X MP") has its
"I" and "my" read as that author, as a signed one has; a headline that says something names no
author."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read, visits


def _visits(text: str) -> set[tuple[str, str]]:
    return visits(read(text, datetime.date(2024, 7, 10)))


def test_release_authors_the_heading_names_the_writer_of_i() -> None:
    text = (
        "MEDIA RELEASE\n"
        "The Hon Christopher Luxon MP\n"
        "Prime Minister of New Zealand\n\n"
        "A stronger partnership with Japan\n\n"
        "Today I arrived in Tokyo on my first visit to Japan as Prime Minister.\n"
    )
    assert ("Christopher Luxon", "JP") in _visits(text)


def test_release_authors_a_headline_that_says_something_names_no_author() -> None:
    text = (
        "Prime Minister Christopher Luxon praises ties with Japan\n\n"
        "Today I arrived in Tokyo on my first visit to Japan, a student said.\n"
    )
    assert ("Christopher Luxon", "JP") not in _visits(text)


def test_release_authors_a_title_case_headline_about_someone_names_no_author() -> None:
    text = (
        "Talks With President William Ruto\n\n"
        "NAIROBI, 12 March 2024 - I was at State House when President William Ruto received "
        "President Yoweri Museveni of Uganda on Tuesday. Later I met Foreign Minister Jeje "
        "Odongo of Uganda at the gates.\n"
    )
    met = meetings(read(text, datetime.date(2024, 3, 12)))
    assert met == [["William Ruto", "Yoweri Museveni"]]  # the writer's "I met" is not Ruto's


def test_release_authors_a_senators_style_with_the_names_the_writer_of_i() -> None:
    # Australian senators write "Senator the Hon X" on the heading line.
    text = (
        "Media release\n"
        "Senator the Hon Maria Kellett\n"
        "Minister for Foreign Affairs\n\n"
        "Today in Tokyo I held talks with Foreign Minister Hayashi Kenji.\n"
    )
    assert meetings(read(text, datetime.date(2024, 7, 10))) == [["Hayashi Kenji", "Maria Kellett"]]


def test_release_authors_a_headline_with_the_about_someone_names_no_author() -> None:
    text = (
        "Talks with the Hon Maria Kellett\n\n"
        "Today in Tokyo I held talks with Foreign Minister Hayashi Kenji, a student said.\n"
    )
    assert "Maria Kellett" not in {
        name for meeting in meetings(read(text, datetime.date(2024, 7, 10))) for name in meeting
    }


def test_release_authors_a_heading_with_the_post_after_a_comma_names_the_writer_of_i() -> None:
    text = (
        "Media release\n"
        "Senator the Hon Maria Kellett, Minister for Foreign Affairs\n\n"
        "10 July 2024\n\n"
        "Today in Tokyo I held the fourth Annual Strategic Dialogue with Foreign Minister "
        "Hayashi Kenji.\n"
    )
    assert meetings(read(text)) == [["Hayashi Kenji", "Maria Kellett"]]


def test_release_authors_a_title_case_headline_with_a_comma_is_still_a_headline() -> None:
    # The words after its comma say something: no post, so no author line.
    text = (
        "Minister Maria Kellett Receives Envoy, Signs Grain Accord\n\n"
        "Today in Tokyo I held talks with Foreign Minister Hayashi Kenji, a student said.\n"
    )
    assert "Maria Kellett" not in {p.name for p in read(text, datetime.date(2024, 7, 10)).people}
