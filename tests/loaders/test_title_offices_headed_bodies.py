"""A post that heads a body the vocabulary has no post for keeps the body in the post, so a
reader learns which office is held, not only "Director"."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    document = PIPELINE(Document("t", "t", text))
    return {p.name: [(post.title, post.country) for post in p.posts] for p in document.people}


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Maria Gomez, Administrator of the Lakeland Port Authority, met President Ruto.",
            "Maria Gomez",
            "Administrator of the Lakeland Port Authority",
        ),
        (
            "Ana Ruiz, Director of the National Space Agency, spoke in Quito on Monday.",
            "Ana Ruiz",
            "Director of the National Space Agency",
        ),
        (
            "Peter Obi, Chairman of the Riverside Development Council, met the envoy.",
            "Peter Obi",
            "Chairman of the Riverside Development Council",
        ),
    ],
)
def test_title_offices_headed_bodies_stay_in_the_post(text: str, name: str, post: str) -> None:
    assert _posts(text)[name] == [(post, None)]


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # A body that names its country gives the post its country instead.
        (
            "Kamau Thugge, Governor of the Central Bank of Kenya, met the envoy.",
            "Kamau Thugge",
            ("Governor of the Central Bank", "KE"),
        ),
        # "the Republic" and a bare "the Office" are no named bodies.
        (
            "Emmanuel Macron, the President of the Republic, met the envoy.",
            "Emmanuel Macron",
            ("President", None),
        ),
        ("Ana Ruiz, Director of the Office, met the envoy.", "Ana Ruiz", ("Director", None)),
    ],
)
def test_title_offices_headed_bodies_other_of_phrases_stay_out(
    text: str, name: str, post: tuple[str, str | None]
) -> None:
    assert _posts(text)[name] == [post]


@pytest.mark.parametrize(
    "text",
    [
        # a body read from its shape, its short form in brackets before the holder's comma
        "The minister met the President of the Federation of Chilean Industry (SOFOFA), "
        "Ricardo Montalva, with whom he discussed investment.",
        # a body the recogniser knows as an organisation, with its short form
        "The minister met the Chairman of the Kenya Association of Manufacturers (KAM), "
        "Ricardo Montalva, on Monday.",
    ],
)
def test_title_offices_a_body_s_short_form_before_its_head_s_name(text: str) -> None:
    """ "President of <body> (ACRONYM), Name": the bracket ended the body before its comma,
    and the holder was lost."""
    assert "Ricardo Montalva" in _posts(text)


def test_title_offices_a_body_s_short_form_closing_the_clause_names_no_one() -> None:
    """Counter-example: after the bracket and its comma the clause goes on with no name."""
    text = (
        "The minister met the President of the Federation of Chilean Industry (SOFOFA), "
        "the ministry said on Monday."
    )
    assert _posts(text) == {}
