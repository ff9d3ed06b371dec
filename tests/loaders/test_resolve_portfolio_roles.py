"""A role told with its portfolio ("the Foreign Adviser", "the Trade Minister") means the one
named with a post in that portfolio, not whoever else holds a post of that noun: in a release
about a chief adviser and a foreign adviser, "the Foreign Adviser" is not the chief one."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2026, 3, 12)

_OPENING = (
    "At the invitation of Foreign Adviser Rashida Karim, Chilean Foreign Minister Alberto "
    "van Klaveren paid an official visit to Bangladesh. Chief Adviser Anwar Chowdhury "
    "welcomed him in Dhaka.\n\n"
)


def test_resolve_portfolio_roles_the_portfolio_picks_its_holder() -> None:
    text = (
        f"{_OPENING}2. The Foreign Minister held talks with the Foreign Adviser at the "
        "foreign ministry in Dhaka.\n"
    )
    assert ["Alberto van Klaveren", "Rashida Karim"] in meetings(read(text, _DAY))


def test_resolve_portfolio_roles_a_portfolio_no_one_holds_names_no_one() -> None:
    """Counter-example: an unnamed commerce adviser is neither adviser the text names."""
    text = (
        f"{_OPENING}3. The Foreign Minister also met the Commerce Adviser at her residence in "
        "Dhaka.\n"
    )
    document = read(text, _DAY)
    commerce = document.text.index("the Commerce Adviser")
    assert not any(m.span.start == commerce for m in document.person_mentions)


def test_resolve_portfolio_roles_a_bare_role_still_means_its_holder() -> None:
    """Counter-example: "the Chief Adviser" without a portfolio keeps its holder."""
    text = f"{_OPENING}2. The Foreign Minister called on the Chief Adviser in Dhaka.\n"
    assert ["Alberto van Klaveren", "Anwar Chowdhury"] in meetings(read(text, _DAY))
