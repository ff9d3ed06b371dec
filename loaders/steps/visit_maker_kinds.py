"""The kind of visitor a visit is said to be made by: "the first visit by a New Zealand prime
minister since 2016", "a visit by an Emirati minister".

Such a phrase names no one, but it states the visitor's country. Among the people a sentence
names, the one from that country made the visit, not the sentence's subject: in "Chinh described
Luxon's trip ... as the first visit by a New Zealand Prime Minister since 2016", Chinh speaks of
the visit and Luxon made it. Someone whose country the text has not yet stated may still be meant
(first_visit_nationals.py gives them the country later), so they stay, after those of the
stated country; someone of another country is no candidate.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Person, PersonMention
from dkg.loaders.steps.context import SentenceView

_BY_A = re.compile(r"\s+by\s+an?\s+(?:(?:serving|sitting|incumbent|reigning)\s+)?", re.IGNORECASE)
"""Between the visit's noun and the country of the kind of visitor: " by a serving "."""


def maker_country(view: SentenceView, cue: re.Match[str]) -> str | None:
    """The country of the kind of visitor the cue is made by ("visit by a Kenyan minister"),
    if the words right after the cue say one."""
    by = _BY_A.match(view.text, cue.end())
    if by is None:
        return None
    for country in view.countries:
        if view.local(country.span)[0] == by.end():
            return country.iso2
    return None


def made_by_country(
    ranked: list[PersonMention], people: dict[str, Person], country: str
) -> list[PersonMention]:
    """The candidates who may be a visitor from ``country``: those of that country first,
    then those whose country is not known."""

    def country_of(mention: PersonMention) -> str | None:
        person = people.get(mention.person)
        return person.country if person else None

    return [m for m in ranked if country_of(m) == country] + [
        m for m in ranked if country_of(m) is None
    ]
