"""Issue 4: "the two leaders" of a visiting head of state are the visitor and the leader who
hosts them, not the host's minister whose country the text happens to state where the
monarch's is left unsaid."""

from __future__ import annotations

from tests.loaders.reading import meetings, read

_VISIT = (
    "President Rosa Quispe of Peru arrived in Muscat on Monday and was received by Sultan "
    "Haitham bin Tarik. "
)


def test_meetings_leading_host_is_the_monarch_not_the_minister_with_a_country() -> None:
    text = (
        f"{_VISIT}Khalid Al-Harthy, Oman's Foreign Minister, said the talks were warm. "
        "The two leaders held talks on trade and fisheries."
    )
    assert meetings(read(text)) == [["Haitham bin Tarik", "Rosa Quispe"]]


def test_meetings_leading_host_leaves_a_visiting_minister_with_the_minister() -> None:
    text = (
        "Foreign Minister Ana Torres of Peru arrived in Muscat on Monday. Khalid Al-Harthy, "
        "Oman's Foreign Minister, welcomed her. Sultan Haitham bin Tarik later received "
        "a delegation of farmers. The two ministers held talks on trade and fisheries."
    )
    assert ["Ana Torres", "Khalid Al-Harthy"] in meetings(read(text))


def test_meetings_leading_host_keeps_a_counterpart_whose_post_is_unsaid() -> None:
    text = (
        "President Rosa Quispe of Peru arrived in Quito on Monday. Her Ecuadorian counterpart "
        "Luis Arboleda greeted her. Prime Minister Marta Vega of Ecuador, whose country is "
        "named here, spoke later. The two leaders held talks on trade."
    )
    assert ["Luis Arboleda", "Rosa Quispe"] in meetings(read(text))
