"""A role or "the two leaders" refers back to a holder the story has already named, not to a
former holder it names only further down ("since Japanese Prime Minister X visited in 2018")."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, people_posts, read

DAY = datetime.date(2024, 6, 12)


def test_meetings_a_role_with_a_demonym_is_the_holder_named_before_it() -> None:
    text = (
        "Prime Minister Mark Rutte held talks in The Hague on Tuesday with Chilean President "
        "Gabriel Boric, who is on an official visit to the Netherlands. The Dutch Prime "
        "Minister then met Boric again at the Catshuis. Ties have deepened since Dutch Prime "
        "Minister Wim Kok visited Santiago in 1998."
    )
    document = read(text, DAY)
    found = meetings(document)
    assert ["Gabriel Boric", "Mark Rutte"] in found
    assert not any("Wim Kok" in m for m in found)
    assert ("Prime Minister", "NL") in people_posts(document)["Mark Rutte"]


def test_meetings_a_role_named_only_later_with_no_one_before_it_keeps_its_holder() -> None:
    # near-miss: nobody told before fits, so the holder the story names next is meant
    text = (
        "The Dutch Prime Minister arrived in Santiago on Tuesday. Dutch Prime Minister Mark "
        "Rutte then held talks with President Gabriel Boric."
    )
    assert meetings(read(text, DAY)) == [["Gabriel Boric", "Mark Rutte"]]


def test_meetings_the_two_leaders_are_not_a_former_leader_named_later() -> None:
    text = (
        "Georgian President Salome Zourabichvili arrived in Valletta on Tuesday for a state "
        "visit to Malta. Following the talks, the two leaders adopted a joint statement. "
        "Maltese President George Vella had paid a state visit to Georgia in May 2019."
    )
    found = meetings(read(text, DAY))
    assert ["George Vella", "Salome Zourabichvili"] not in found


def test_meetings_the_two_leaders_named_before_still_met() -> None:
    # near-miss: the host was named before the sentence
    text = (
        "Georgian President Salome Zourabichvili arrived in Valletta on Tuesday for a state "
        "visit to Malta at the invitation of Maltese President Myriam Spiteri Debono. "
        "Following the talks, the two leaders adopted a joint statement. "
        "Maltese President George Vella had paid a state visit to Georgia in May 2019."
    )
    found = meetings(read(text, DAY))
    assert ["Myriam Spiteri Debono", "Salome Zourabichvili"] in found
    assert ["George Vella", "Salome Zourabichvili"] not in found


def test_meetings_a_role_restated_by_a_name_in_its_own_sentence_is_that_name() -> None:
    # near-miss: the name after the role, in its sentence, restates it
    text = (
        "President Bernardo Arevalo received on Monday at the National Palace the President of "
        "the Republic of Ecuador, Daniel Noboa, who is on a state visit to Guatemala."
    )
    assert meetings(read(text, DAY)) == [["Bernardo Arevalo", "Daniel Noboa"]]
