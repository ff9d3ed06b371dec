"""An envoy with a capitalised title and the place of the posting before the name ("the
Ambassador of Chile to Kenya, Ana Sotomayor,") is recognised as the lower-case form is."""

from __future__ import annotations

from tests.loaders.reading import read


def _people(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in read(text).people}


def test_envoy_postings_capitalised_ambassador_of_a_country_to_another() -> None:
    text = (
        "NAIROBI, 3 June 2024 - Trade Minister Peter Kamau and the Ambassador of Chile to "
        "Kenya, Ana Sotomayor, signed a memorandum on wine exports."
    )
    assert ("Ana Sotomayor", "CL") in _people(text)


def test_envoy_postings_capitalised_demonym_ambassador_to_a_country() -> None:
    text = (
        "NAIROBI, 3 June 2024 - Trade Minister Peter Kamau and the Chilean Ambassador to "
        "Kenya, Ana Sotomayor, signed a memorandum on wine exports."
    )
    assert ("Ana Sotomayor", "CL") in _people(text)


def test_envoy_postings_capitalised_a_minister_to_a_place_is_no_posting() -> None:
    """Counter-example: only an envoy's post is held at a place; a minister who travelled "to
    Kenya" has no posting there, and the capital after it is no name."""
    text = (
        "NAIROBI, 3 June 2024 - The Trade Minister of Chile to Kenya, Nairobi, signed a "
        "memorandum on wine exports."
    )
    assert _people(text) == set()


def test_envoy_postings_capitalised_a_country_that_is_also_a_name_is_the_posting() -> None:
    # "Jordan" and "China" are also names; after "Ambassador to" they are the posting.
    text = (
        "AMMAN, 3 June 2024 - Trade Minister Peter Kamau met Kenya's Ambassador to Jordan "
        "Ruth Wanjiru on Monday."
    )
    assert ("Ruth Wanjiru", "KE") in _people(text)


def test_envoy_postings_capitalised_a_name_after_a_plain_to_stays_a_name() -> None:
    # Counter-example: with no envoy before "to", "Jordan Henderson" is a name, not Jordan.
    text = "NAIROBI, 3 June 2024 - Trade Minister Peter Kamau spoke to Jordan Henderson on Monday."
    assert "JO" not in {c.iso2 for c in read(text).countries}
