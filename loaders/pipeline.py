"""A pipeline of small steps that declare what they need and what they add (after spaCy).

``Pipeline`` refuses, at construction, a step whose ``requires`` is not provided by an earlier
step, so a mis-ordered pipeline fails when it is built rather than producing a thin graph.
``default_pipeline`` is where the architecture reads top to bottom.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from dkg.loaders.document import Document
from dkg.loaders.gazetteer import Gazetteer, load_gazetteer


class Step(Protocol):
    """One stage: reads the Document fields named in ``requires``, fills those in ``provides``."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, document: Document) -> Document:
        """Return a copy of ``document`` with the ``provides`` fields filled in."""
        ...


BASE_FIELDS = frozenset({"text", "date", "name"})
"""What every Document has when it is read, before any step runs."""


class PipelineError(ValueError):
    """A pipeline was assembled in an order where some step lacks its inputs."""


class Pipeline:
    """Runs steps in order; checks at construction that every requirement is met."""

    def __init__(self, steps: Iterable[Step]) -> None:
        self.steps = tuple(steps)
        available = set(BASE_FIELDS)
        for step in self.steps:
            missing = step.requires - available
            if missing:
                raise PipelineError(
                    f"step {step.name!r} requires {sorted(missing)}, which no earlier step "
                    f"provides; put a step that provides them before it"
                )
            available |= step.provides
        self.provides = frozenset(available)

    def __call__(self, document: Document) -> Document:
        """Run every step on the document, in order."""
        for step in self.steps:
            document = step(document)
        return document

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(step.name for step in self.steps)


@dataclass(frozen=True)
class Settings:
    """Knobs of the default pipeline; the defaults are what ``dkg ingest`` uses."""

    gazetteer: Gazetteer | None = None
    """The gazetteer the recognizers use; ``None`` loads the packaged one."""


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """The extraction pipeline from segmented text to facts, in reading order."""
    from dkg.loaders.steps.account_posts import AccountPosts
    from dkg.loaders.steps.annotate import FactAnnotator
    from dkg.loaders.steps.capital_references import CapitalReferences
    from dkg.loaders.steps.companion_countries import CompanionCountries
    from dkg.loaders.steps.consorts import ConsortVisits
    from dkg.loaders.steps.country_references import CountryReferences
    from dkg.loaders.steps.dateline_officials import DatelineOfficials
    from dkg.loaders.steps.first_visit_nationals import FirstVisitNationals
    from dkg.loaders.steps.guest_references import GuestReferences
    from dkg.loaders.steps.host_countries import HostCountries
    from dkg.loaders.steps.kingdom_references import KingdomReferences
    from dkg.loaders.steps.meetings import MeetingExtractor
    from dkg.loaders.steps.normalize import DateNormalizer
    from dkg.loaders.steps.people import PeopleRecognizer
    from dkg.loaders.steps.post_countries import PostCountries
    from dkg.loaders.steps.publisher_countries import PublisherCountries
    from dkg.loaders.steps.recognize import EntityRecognizer
    from dkg.loaders.steps.resolve import ReferenceResolver
    from dkg.loaders.steps.segment import Segmenter
    from dkg.loaders.steps.state_form_references import StateFormReferences
    from dkg.loaders.steps.talks_partners import TalksPartnerRecognizer
    from dkg.loaders.steps.tour_legs import TourLegs
    from dkg.loaders.steps.two_country_stories import TwoCountryStories
    from dkg.loaders.steps.visit_cities import VisitCities
    from dkg.loaders.steps.visit_departures import VisitDepartures
    from dkg.loaders.steps.visits import VisitExtractor

    gazetteer = (settings or Settings()).gazetteer or load_gazetteer()
    return Pipeline(
        [
            Segmenter(),
            DateNormalizer(),
            EntityRecognizer(gazetteer),
            KingdomReferences(gazetteer),
            StateFormReferences(gazetteer),
            PeopleRecognizer(gazetteer),
            TalksPartnerRecognizer(gazetteer),
            PostCountries(gazetteer),
            ReferenceResolver(gazetteer),
            CapitalReferences(gazetteer),
            CountryReferences(),
            VisitExtractor(),
            FirstVisitNationals(),
            CompanionCountries(gazetteer),
            GuestReferences(),
            MeetingExtractor(),
            VisitCities(),
            VisitDepartures(),
            TourLegs(),
            AccountPosts(),
            ConsortVisits(),
            PublisherCountries(gazetteer),
            HostCountries(),
            TwoCountryStories(),
            DatelineOfficials(),
            FactAnnotator(gazetteer),
        ]
    )
