"""A form of address of several words before a name ("Samdech Techo", Cambodia's conferred
titles) is no part of the name, wherever the name is read: after a verb or before its post."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> set[str]:
    return {p.name for p in PIPELINE(Document("t", "t", text)).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The envoy called on Samdech Techo Sok Vanna, Chairman of the Senate.", "Sok Vanna"),
        ("Samdech Techo Sok Vanna, Chairman of the Senate, received the envoy.", "Sok Vanna"),
        (
            "At the invitation of Samdech Moha Borvor Thipadei Chea Dara, Prime Minister of "
            "Cambodia, the envoy arrived in Phnom Penh.",
            "Chea Dara",
        ),
        (
            "Samdech Akka Moha Sena Padei Techo Chea Dara, President of the Senate, spoke.",
            "Chea Dara",
        ),
        ("Oknha Lim Sophal, a rice exporter, met the trade minister.", "Lim Sophal"),
    ],
)
def test_people_long_forms_of_address_are_not_part_of_the_name(text: str, name: str) -> None:
    assert _names(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Techo" or "Moha" alone, without "Samdech", may be someone's own name
        ("Techo Vanna, Chairman of the Senate, received the envoy.", "Techo Vanna"),
        ("Moha Dara, Minister of Commerce, received the envoy.", "Moha Dara"),
    ],
)
def test_people_long_forms_of_address_keep_their_words_as_names_alone(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The crowd filled the Sheikh Hamad Al-Rashid Indoor Sports Complex on Saturday.",
        "The rally was held at the Sir Kofi Mensah Auditorium on Friday.",
        "Traffic crossed the King Abdulaziz Al Faisal Causeway again.",
    ],
)
def test_people_named_venues_are_places_not_people(text: str) -> None:
    assert not _names(text)


def test_people_named_venues_keep_a_person_met_at_a_venue() -> None:
    text = "Sheikh Hamad Al-Rashid welcomed the minister at the sports complex on Saturday."
    assert "Hamad Al-Rashid" in _names(text)
