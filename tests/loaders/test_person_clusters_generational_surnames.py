"""A surname written again with its "Jr." ("Mr Cooper Jr.") is the person the full name
introduced, named without the "Jr." as the conventions write names, not a second person with no
given name; a regnal number is part of a name."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, people_posts, read

DAY = datetime.date(2025, 3, 4)


def test_person_clusters_surname_with_jr_is_the_full_name_before() -> None:
    text = (
        "Secretary of State Daniel Cooper Jr. of the United States arrived in Hanoi on Monday. "
        "Mr Cooper Jr. held talks with President Luong Cuong of Vietnam."
    )
    document = read(text, DAY)
    assert set(people_posts(document)) == {"Daniel Cooper", "Luong Cuong"}
    assert meetings(document) == [["Daniel Cooper", "Luong Cuong"]]


def test_person_clusters_a_regnal_number_stays_part_of_the_name() -> None:
    text = (
        "King Abdullah II of Jordan met President Luong Cuong of Vietnam in Amman on Monday. "
        "King Abdullah II said the talks were useful."
    )
    document = read(text, DAY)
    assert "Abdullah II" in people_posts(document)
    assert meetings(document) == [["Abdullah II", "Luong Cuong"]]
