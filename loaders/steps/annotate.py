"""FactAnnotator: runs the sentence-level fact finders (figures, agreements, ...) on a Document.

The finders are pure text functions (``find_figures(sentence, offset, context)``); this step
gives them each content sentence with the document context they need and collects what they
return, so the finders stay testable on bare strings.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from dkg.loaders.document import CountryMention, Document
from dkg.loaders.gazetteer import Gazetteer, load_gazetteer
from dkg.loaders.steps.agreement_dates import dated_agreements, stated_day
from dkg.loaders.steps.agreement_merging import merge_agreements
from dkg.loaders.steps.agreements import AgreementContext, AgreementMention, find_agreements
from dkg.loaders.steps.amounts import find_amounts
from dkg.loaders.steps.companies import CompanyMention, find_companies
from dkg.loaders.steps.company_kind_names import state_bank
from dkg.loaders.steps.company_short_forms import with_short_forms, without_others_acronyms
from dkg.loaders.steps.country_references import story_setting
from dkg.loaders.steps.events import EventContext, EventMention, TextValue, find_events
from dkg.loaders.steps.figure_cues import FigureKind
from dkg.loaders.steps.figure_paragraphs import carry_year, last_sum_kind
from dkg.loaders.steps.figure_parties import CountryAt, ranked_countries
from dkg.loaders.steps.figure_repeats import fold_repeated_figures
from dkg.loaders.steps.figure_shares import find_fractions
from dkg.loaders.steps.figure_since_dates import with_since_years
from dkg.loaders.steps.figures import FigureContext, FigureMention, find_figures
from dkg.loaders.steps.headline_totals import without_restated_totals
from dkg.loaders.steps.list_markers import ITEM
from dkg.loaders.steps.outcome_lists import OutcomeList
from dkg.loaders.steps.outlet_names import names_outlet, opening_credit
from dkg.loaders.steps.sector_labels import SectorMention
from dkg.loaders.steps.sector_matcher import SectorMatcher
from dkg.loaders.steps.sentence_tokens import SentenceTokens
from dkg.loaders.steps.shared_currencies import settle_shared_currencies
from dkg.ontology.vocabulary import sector_concepts


class FactAnnotator:
    """Collects figures, agreements, sectors, companies and events of every content sentence."""

    name = "annotate-facts"
    requires = frozenset(
        {
            "sentences",
            "date",
            "dates",
            "filed",
            "countries",
            "places",
            "organizations",
            "visits",  # agreements take the day of the talks they were signed at
            "meetings",
        }
    )
    provides = frozenset({"figures", "agreements", "sectors", "companies", "events"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.sectors = SectorMatcher(sector_concepts())

    def __call__(self, document: Document) -> Document:
        """Return the document with what the finders found in it."""
        countries = tuple(dict.fromkeys(c.iso2 for c in document.countries))
        context = FigureContext(
            document_year=document.date.year if document.date else None,
            countries=ranked_countries([c.iso2 for c in document.countries]),
        )
        parties = AgreementContext(
            countries=countries, document_date=document.date, dates=document.dates
        )
        figures: list[FigureMention] = []
        agreements: list[AgreementMention] = []
        sectors: list[SectorMention] = []
        companies: list[CompanyMention] = []
        events: list[EventMention] = []
        known = EventContext(
            dates=[TextValue(d.span.start, d.span.end, d.start.lexical) for d in document.dates],
            cities=[TextValue(p.span.start, p.span.end, p.city) for p in document.places],
        )
        # A known body ("Qatar Investment Authority") is no company; a name only shaped like
        # one ("Zenith Bank") is, when a company cue or the company gazetteer says so.
        bodies = [o.span for o in document.organizations if self.gazetteer.organization(o.name)]
        # A person the text names ("Siemens, Gazprom and Olaf Scholz") is no company that a list
        # of firms merely carries along; a company the gazetteer knows, or one whose name only
        # begins with a person's ("Adebayo Holdings"), stays one.
        named_people = [m.span for m in document.person_mentions if m.via != "pronoun"]
        people_start = {span.start for span in named_people}
        people_end = {span.end for span in named_people}
        paragraph, carried = -1, None  # a year a paragraph's figures share (find_paragraph_figures)
        referent: FigureKind | None = None  # the kind of its last sum, which "it" refers to
        outcomes = OutcomeList()
        document_iso2 = {c.iso2 for c in document.countries}
        listing = False  # the sentence before was a sector list's lead-in or item
        countries_at = _CountryStarts(document.countries)
        setting = story_setting(document)  # whose currency a shared sign is, when two may be
        home = setting.country if setting is not None else None
        for sentence in document.sentences:
            if sentence.boilerplate:
                continue
            text, start = sentence.text, sentence.span.start
            amounts = find_amounts(text)  # read once: figures and agreements both need them
            inside = countries_at.within(start, sentence.span.end)
            # Only sentences with numbers (or "a third of") can state a figure: the others skip
            # the countries.
            named = (
                [CountryAt(c.span.start - start, c.span.end - start, c.iso2) for c in inside]
                if amounts or find_fractions(text)
                else []
            )
            # "Sh110 billion", "dirhams": the currency of the one country of the sign told
            amounts = settle_shared_currencies(
                amounts,
                text,
                ({c.iso2 for c in named}, context.main_pair or (), document_iso2),
                home,
            )
            if sentence.paragraph != paragraph:
                paragraph, carried, referent = sentence.paragraph, None, None
            found, carried = carry_year(
                find_figures(text, start, context, amounts, named, referent), text, carried
            )
            found = with_since_years(found, text, start, document.date)
            referent = last_sum_kind(found, referent)
            figures.extend(found)
            agreements.extend(find_agreements(text, start, parties, amounts))
            agreements.extend(outcomes.read(text, start))
            # "The areas of cooperation are:" then "- Agriculture and food security" lines.
            item = listing and ITEM.match(text) is not None
            places = frozenset(c.span.start - start for c in inside)
            tokens = SentenceTokens(text)  # read once, for the sectors and the companies
            sectors.extend(self.sectors.find(text, start, item, places, tokens))
            listing = item or self.sectors.opens_list(text)
            companies.extend(
                c
                for c in find_companies(text, start, self.gazetteer, tokens)
                # a state's bank told as a bank ("the development bank KfW") stays a company
                if (
                    not any(o.start <= c.start < o.end for o in bodies)
                    or state_bank(c.name, self.gazetteer) is not None
                )
                and (
                    c.wikidata is not None or c.start not in people_start or c.end not in people_end
                )
            )
            events.extend(find_events(text, start, known))
        credit = opening_credit(document)
        if credit is not None:
            # "Juba (SSBC) - ...": the broadcaster that files the story, under either name
            companies = [
                c
                for c in companies
                if not (names_outlet(c.name, credit) or names_outlet(c.written_name, credit))
            ]
        # The first sentence is the headline, whose figure the lead restates.
        headline_end = document.sentences[0].span.end if document.sentences else 0
        annotated = replace(
            document,
            figures=tuple(fold_repeated_figures(figures, headline_end)),
            agreements=tuple(
                merge_agreements(
                    # "A, B sign five MoUs" over "signed four ... Separately, ... a memorandum"
                    without_restated_totals(
                        agreements, headline_end, [s.span.start for s in document.sentences]
                    ),
                    lambda a: stated_day(a, document),
                )
            ),
            sectors=tuple(sectors),
            companies=tuple(
                # "X (XC)": one; "the Indian Ocean Commission (IOC)": no oil company
                with_short_forms(without_others_acronyms(companies, document.text), document.text)
            ),
            events=tuple(events),
        )
        # Dated once merged: a headline and the body's sentence are one agreement, one date.
        return replace(annotated, agreements=dated_agreements(annotated))


class _CountryStarts:
    """The document's country mentions indexed by start, so that each sentence finds its own
    by bisection instead of every sentence testing every mention of the document."""

    def __init__(self, countries: tuple[CountryMention, ...]) -> None:
        self.countries = countries
        self.order = sorted(range(len(countries)), key=lambda i: countries[i].span.start)
        self.starts = [countries[i].span.start for i in self.order]

    def within(self, start: int, end: int) -> list[CountryMention]:
        """The mentions starting in ``[start, end)``, in the document's order of mentions."""
        low = bisect_left(self.starts, start)
        high = bisect_left(self.starts, end, low)
        return [self.countries[i] for i in sorted(self.order[low:high])]
