""" "the visiting <demonym> leader" is a role reference to the visitor from that country, and a
verb after it ends the guest's phrase: in "the visiting Malawian leader thanked President X",
X is the host thanked, no visitor of his own country."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 7, 2)
ARRIVED = (
    "MAPUTO, July 2, 2025 - Malawian President Lazarus Chakwera arrived in Maputo on Tuesday for a"
    " two-day state visit.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "MAPUTO, July 2, 2025 - President Daniel Chapo on Tuesday received the Speaker of the"
        " National Assembly of Malawi at the presidency in Maputo.\n\n"
        "For his part, the visiting Malawian leader thanked President Daniel Chapo for the warm"
        " hospitality.",
        ARRIVED + "For his part, the visiting Malawian leader thanked President Daniel Chapo for"
        " the warm hospitality.",
    ],
)
def test_visit_visitors_host_thanked_by_the_visiting_leader_is_no_visitor(text: str) -> None:
    assert not any(name == "Daniel Chapo" for name, _ in visits(read(text, FILED)))


def test_visit_visitors_visiting_leader_of_a_country_is_its_visitor() -> None:
    text = ARRIVED + (
        "For his part, the visiting Malawian leader thanked President Daniel Chapo for the warm"
        " hospitality."
    )
    document = read(text, FILED)
    names = {p.key: p.name for p in document.people}
    referred = {
        document.text[m.span.start : m.span.end]: names[m.person] for m in document.person_mentions
    }
    assert referred["the visiting Malawian leader"] == "Lazarus Chakwera"
    assert visits(document) == {("Lazarus Chakwera", "MZ")}


def test_visit_visitors_visiting_leader_of_another_country_is_not_the_visitor() -> None:
    # Counter-example: the story's visitor is Malawian, so "the visiting Zambian leader" is
    # someone else, whom the story does not name.
    text = ARRIVED + "Later, the visiting Zambian leader met President Daniel Chapo."
    document = read(text, FILED)
    spans = {document.text[m.span.start : m.span.end] for m in document.person_mentions}
    assert "the visiting Zambian leader" not in spans
    assert visits(document) == {("Lazarus Chakwera", "MZ")}
