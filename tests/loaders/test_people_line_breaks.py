"""A country at the end of a headline or line is not the country of the next line's title."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "READOUT: Chancellor's trip to Nairobi, Kenya\n\n"
            "Chancellor Olaf Scholz travelled to Nairobi on 5 May 2023.",
            "Olaf Scholz",
            None,
        ),
        (
            "Summit opens in Lima, Peru\n\nPresident Gabriel Boric arrived for talks.",
            "Gabriel Boric",
            None,
        ),
        (
            "The visit of Egyptian President Abdel Fattah el-Sisi began on Monday.",
            "Abdel Fattah el-Sisi",
            "EG",
        ),
    ],
)
def test_people_line_breaks_stop_a_country_before_a_title(
    text: str, name: str, country: str | None
) -> None:
    people = {p.name: p.country for p in PIPELINE(Document("t", "t", text)).people}
    assert people[name] == country


def test_people_line_breaks_keep_the_visit_of_a_person_after_a_headline() -> None:
    text = (
        "FACT SHEET: the Prime Minister's visit to Canberra, Australia\n\n"
        "Prime Minister Christopher Luxon travelled to Canberra on 20-21 June 2024."
    )
    visits = PIPELINE(Document("t", "t", text)).visits
    assert [(v.host_country, v.start and v.start.lexical) for v in visits] == [("AU", "2024-06-20")]
