"""`dkg evaluate` takes a generational suffix for part of the name, not for the surname."""

from __future__ import annotations

from dkg.loaders.fact_matching import same_person


def test_fact_matching_a_suffixed_name_meets_the_same_name_without_it() -> None:
    assert same_person("Samuel T. Okafor", {"name": "Samuel T. Okafor Jr."})
    assert same_person("Daniel Whitcombe III", "Daniel Whitcombe")


def test_fact_matching_two_people_with_the_same_suffix_stay_apart() -> None:
    assert not same_person("Samuel T. Okafor Jr.", "Peter Mensah Jr.")
