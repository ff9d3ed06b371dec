"""Issue 4: a story may name someone only as "Mr Ruto" or "Ms Ardern"; those forms of address
take a surname alone, so the name is a person, and the full name when the story tells it. A
form of address before a given name ("Sir Keir") or a surname two full names share names no
one of its own."""

from __future__ import annotations

from tests.loaders.reading import meetings, read


def test_people_surname_after_mr_or_ms_alone_is_a_person() -> None:
    document = read("Ms Okafor met Chancellor Lena Brandt in Vienna on 3 June 2024.")
    assert meetings(document) == [["Lena Brandt", "Okafor"]]
    document = read("Mr Haddad held talks with Mrs Lindqvist in Oslo on 5 May 2024.")
    assert meetings(document) == [["Haddad", "Lindqvist"]]


def test_people_surname_after_mr_is_the_full_name_told_later() -> None:
    document = read(
        "Mr Otieno arrived in Rome on 3 June 2024 for talks with Premier Carla Bruni. The "
        "Kenyan president, Samuel Otieno, is touring Europe."
    )
    assert {p.name for p in document.people} == {"Carla Bruni", "Samuel Otieno"}


def test_people_surname_shared_by_two_full_names_or_a_given_name_names_no_one_more() -> None:
    document = read(
        "President Samuel Otieno and Mrs Grace Otieno met the envoys. "
        "Mrs Otieno later toured a school."
    )
    assert {p.name for p in document.people} == {"Samuel Otieno", "Grace Otieno"}
    assert {p.name for p in read("Sir Keir thanked the envoys.").people} <= {"Sir Keir"}
