"""EntityRecognizer: countries, cities, venues and organizations named in the text.

Names come from the gazetteer, matched token by token (longest form first) through an index
keyed by the first folded token, which costs a dictionary look-up per capitalised word instead
of a scan with a thousand-way regex. Compounds ("Kazakh-French") split on the hyphen and
yield one country each. Organizations the gazetteer does not know are also recognised from
their shape: a capitalised name with a head noun ("... University", "Agency for ...").

The form index lives in gazetteer_forms, the shaped organizations in shaped_organizations;
this module decides where a form is a mention (not a currency, a given name or a surname).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain
from typing import Literal

from dkg.loaders.document import (
    CountryMention,
    Document,
    OrganizationMention,
    PlaceMention,
    Sentence,
    TextSpan,
)
from dkg.loaders.gazetteer import City, Gazetteer, Organization, Venue, fold, load_gazetteer
from dkg.loaders.letters import UPPER
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.dateline_agencies import agency_slot, names_agency
from dkg.loaders.steps.envoy_postings import names_a_posting
from dkg.loaders.steps.gazetteer_forms import TOKEN, Entity, Form, build_index, fold_token
from dkg.loaders.steps.name_initials import open_a_name
from dkg.loaders.steps.organization_acronyms import spelt_out
from dkg.loaders.steps.shaped_organizations import ShapedOrganizationReader
from dkg.loaders.steps.shared_country_names import settle_shared_forms
from dkg.loaders.steps.water_bodies import water_body_length

_CAP_WORD = rf"(?:(?:[A-Z]\.){{2,}}|[{UPPER}][\w'\u2019]*|d['\u2019][A-Z]\w*)"
_FIRST_CAP_WORD = (
    rf"[{UPPER}d](?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[{UPPER}])[\w'\u2019]*"
    r"|(?<=d)['\u2019][A-Z]\w*)"
)
"""``_CAP_WORD`` with its first character read before the alternatives: a pattern that starts
with a character class lets ``re`` skip, at C speed, the positions that cannot start a match
(most of a sentence) instead of trying the pattern at each one; the matches are the same."""
CAPITALISED_RUN = re.compile(
    rf"{_FIRST_CAP_WORD}(?:(?:[\s-]+(?:(?:of|and|the|de|da|do|dos|das|du|del|es|la|le|el|al|y|et|on|upon|for"
    rf"|am|los|las)[\s-]+)*|-[a-z]{{1,4}}[\s-]+|\s+[a-z]{{1,4}}-|\s*[-\u2013]\s*|(?<=\bSt)\.\s+)"
    rf"{_CAP_WORD})*"
)
"""Capitalised words with the small words that join them: where every name form can occur.

A small word tied to a name by a hyphen is part of it whatever its language ("Port-au-Prince",
"Mazar-i-Sharif", "Aix-en-Provence", "Deir ez-Zor"); a run longer than a name costs nothing,
as the forms are looked up inside it ("a Paris-to-London flight" still names both cities).
"St." (Saint) goes on to the word it abbreviates, so the dotted forms of the gazetteer ("St.
Lucia", "St. Kitts and Nevis", "St. George's") are runs of their own: the dot ended the run."""
_CAPITAL_OF = Prefiltered(rf"\b[Tt]he\s+(?P<demonym>[{UPPER}][\w'\u2019-]*)\s+capital\b")
"""A capital named by its country's demonym: "the Kazakh capital"."""
_CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|\$|cents?)\b", re.IGNORECASE)
""""US dollars", "Hong Kong dollar": a currency, not a mention of the country."""

_PLACE_BEFORE = re.compile(
    r"\b(?:to|in|into|from|of|with|and|for|between|across|toward|towards|visit|visited|visiting)"
    r"\s+$",
    re.IGNORECASE,
)
"""What comes before a country's name and not its adjective: "a state visit to Myanmar",
which is also the demonym in "the Myanmar capital"."""

_ARTICLES = frozenset({"The", "A", "An"})
"""Words that open a sentence in capitals before a form ("The Polish envoy"): no name."""
_NEXT_WORD = re.compile(r" ([A-Z][a-z\u00c0-\u024f'\u2019-]+)\b")
"""The capitalised word right after a form, on the same line: a surname after a given name."""
_THING_AFTER_CITY = re.compile(
    r"Airport|Harbou?r|Port|Bay|City|Province|Region|Oblast|Metro|Oval|Cathedral|Street|Road|"
    r"Avenue|Square|Station|Stadium|Arena|Declaration|Agreement|Accord|Summit|Forum|Process|"
    r"Convention|Protocol|Conference|Dialogue|University|Club|Stock|Exchange|Festival|Games|"
    r"Opera|Museum|Palace|Centre|Center|Hall|Hotel|Bridge|River|Lake|Falls|Times|Post|Herald|"
    r"Morning"
)
"""Words that follow a city's name in the names of places, events, papers and bodies."""
_NAMED_AFTER = re.compile(r" (?:Street|Avenue|Boulevard|Road|Square|Lane|Highway|Bridge)\b")
"""A street, square or bridge named after a country or city ("Egypt Street", "Moscow Avenue")
lies elsewhere, most often in the country of the story: the name mentions no place. An airport,
port or station after a city's name is that city's own ("Sofia Airport") and stays a mention."""


class EntityRecognizer:
    """Finds countries, cities, venues and organizations in content sentences."""

    name = "recognize"
    requires = frozenset({"sentences"})
    provides = frozenset({"countries", "places", "organizations"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.index = build_index(self.gazetteer)
        self._countries = {c.iso2: c for c in self.gazetteer.countries}
        self._names = {
            c.iso2: frozenset(fold(n) for n in (c.name, c.official_name, *c.aliases))
            for c in self.gazetteer.countries
        }
        self._shaped_organizations = ShapedOrganizationReader(
            self.gazetteer, frozenset(chain.from_iterable(self._names.values()))
        )
        titles = self.gazetteer.titles
        # "Polish Foreign Minister", "Polish Deputy Prime Minister": a post follows a demonym.
        self._post_words = frozenset(
            fold(t.split()[0])
            for t in (*titles.head_titles, *titles.rank_prefixes, *titles.portfolio_spellings)
        )
        # The forms of a run depend on its words alone, and news repeats its runs ("President",
        # "the United States"): remember them per recognizer, whose index they come from.
        self._run_forms = functools.lru_cache(maxsize=16384)(self._forms_of_run)

    def __call__(self, document: Document) -> Document:
        """Return the document with its country, place and organization mentions."""
        countries: list[CountryMention] = []
        places: list[PlaceMention] = []
        organizations: list[OrganizationMention] = []
        # "the Inter-American Development Bank (IDB)": the acronym a story introduces is the
        # body it spells out, here and later, whatever other body the gazetteer gives it.
        introduced: dict[str, OrganizationMention] = {}
        for sentence in document.sentences:
            if sentence.boilerplate:
                continue
            found_orgs = list(self._shaped_organizations(sentence))
            first_country = len(countries)
            first_place = len(places)
            taken = [o.span for o in found_orgs]
            slot = agency_slot(sentence.text) if sentence.dateline else None
            for span, (kind, entry) in self._gazetteer_matches(sentence):
                if slot is not None and self._names_agency(
                    document.text, span, (kind, entry), slot, sentence, places[first_place:]
                ):
                    continue  # "Damascus, SANA -": the agency, not the Yemeni capital
                if kind == "organization" and isinstance(entry, Organization):
                    if open_a_name(document.text, span.start, span.end):
                        continue  # "E.P. Dalton Pierre, is ...": his initials, no parliament
                    if not any(t.contains(span) or span.contains(t) for t in taken):
                        written = document.text[span.start : span.end]
                        spelt = spelt_out(document.text, span, found_orgs)
                        if spelt is not None:
                            introduced[written] = spelt
                        spelt = spelt or introduced.get(written)
                        found_orgs.append(
                            replace(spelt, span=span)
                            if spelt is not None
                            else OrganizationMention(
                                span, entry.name, entry.kind, entry.country, entry.wikidata
                            )
                        )
                    continue
                if any(t.contains(span) for t in taken):
                    continue  # "Abai Kazakh National University" is not a mention of Kazakhstan
                if kind in ("country", "demonym") and isinstance(entry, str):
                    form_kind: Literal["name", "demonym"] = (
                        "name"
                        if kind == "country"
                        or (
                            fold(document.text[span.start : span.end]) in self._names[entry]
                            and _PLACE_BEFORE.search(
                                document.text, max(0, span.start - 12), span.start
                            )
                        )
                        else "demonym"
                    )
                    countries.append(CountryMention(span, entry, form_kind))
                elif kind == "city" and isinstance(entry, City):
                    places.append(
                        PlaceMention(
                            span, "city", entry.name, entry.country, entry.name, entry.wikidata
                        )
                    )
                elif kind == "venue" and isinstance(entry, Venue):
                    places.append(
                        PlaceMention(
                            span,
                            "venue",
                            entry.name,
                            entry.country,
                            entry.city.name,
                            entry.wikidata,
                        )
                    )
            if len(countries) > first_country:  # most sentences name no country
                countries[first_country:] = settle_shared_forms(
                    document.text,
                    countries[first_country:],
                    self.gazetteer.ambiguous_country_forms,
                )
            organizations.extend(sorted(found_orgs, key=lambda o: o.span))
            places.extend(self._capitals(sentence, countries))
        return replace(
            document,
            countries=tuple(countries),
            places=tuple(places),
            organizations=tuple(organizations),
        )

    def _gazetteer_matches(self, sentence: Sentence) -> Iterator[tuple[TextSpan, Entity]]:
        """Gazetteer forms inside the runs of capitalised words (every form is such a run).

        One loop over the runs, not a generator per run: most runs hold no form ("The",
        "On Monday"), and starting a generator for each cost more than looking the run up."""
        text = sentence.text
        for run in CAPITALISED_RUN.finditer(text):
            forms = self._run_forms(run.group())
            if not forms:
                continue
            run_start = run.start()
            base = sentence.span.start + run_start
            for start, end, best in forms:
                if not self._ambiguous_reading(
                    text, run_start + start, run_start + end, best
                ) and not (
                    best.entity[0] in ("country", "demonym")
                    and _CURRENCY_AFTER.match(text, run_start + end)
                ):
                    yield TextSpan(base + start, base + end), best.entity

    def _forms_of_run(self, run: str) -> tuple[tuple[int, int, Form], ...]:
        """The longest forms, left to right, in the text of one run, with offsets into it; a
        body of water named after a country ("the Gulf of Guinea") hides the country, while a
        longer form that opens with it ("Bay of Bengal Initiative ...") is still read."""
        tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(run)]
        folded = [fold_token(t) for _, _, t in tokens]
        found = []
        i = 0
        while i < len(tokens):
            start, _, word = tokens[i]
            candidates = self.index.get(folded[i]) if word[0].isupper() else None
            best: Form | None = None
            for form in candidates or ():
                n = len(form.tokens)
                if tuple(folded[i : i + n]) != form.tokens:
                    continue
                if form.acronym and not word.isupper():
                    continue
                best = form
                break
            water = water_body_length(folded, i)
            if water and (best is None or water >= len(best.tokens)):
                i += water  # "the Gulf of Guinea" is the sea, not the country
                continue
            if best is None:
                i += 1
                continue
            found.append((start, tokens[i + len(best.tokens) - 1][1], best))
            i += len(best.tokens)
        return tuple(found)

    def _names_agency(
        self,
        text: str,
        span: TextSpan,
        entity: Entity,
        slot: tuple[int, int],
        sentence: Sentence,
        cities: list[PlaceMention],
    ) -> bool:
        """Whether a place found in the agency's slot of a dateline is the agency's name."""
        start, end = sentence.span.start + slot[0], sentence.span.start + slot[1]
        if not (start <= span.start and span.end <= end):
            return False
        kind, entry = entity
        forms: tuple[str, ...]
        if isinstance(entry, City):
            forms, country = (entry.name, *entry.aliases), None
        elif kind in ("country", "demonym") and isinstance(entry, str):
            known = self._countries[entry]
            forms = (known.name, known.official_name, known.iso2, known.iso3, *known.aliases)
            forms += known.demonyms
            country = entry
        else:
            return False
        own = country is not None and any(c.country == country for c in cities)
        return names_agency(text[span.start : span.end], forms, own)

    def _capitals(
        self, sentence: Sentence, countries: list[CountryMention]
    ) -> Iterator[PlaceMention]:
        """The capital city of the country a demonym names: "the Ghanaian capital"."""
        for match in _CAPITAL_OF.finditer(sentence.text):
            at = sentence.span.start + match.start("demonym")
            iso2 = next((c.iso2 for c in reversed(countries) if c.span.start == at), None)
            country = self._countries.get(iso2) if iso2 else None
            if country is None:
                continue
            city = country.capital
            span = TextSpan(at, sentence.span.start + match.end())
            yield PlaceMention(span, "city", city.name, city.country, city.name, city.wikidata)

    def _ambiguous_reading(self, text: str, start: int, end: int, form: Form) -> bool:
        """True when a form that is also a first or family name reads as one here, or when
        it names a street or square ("Cairo Street")."""
        if form.entity[0] in ("city", "country") and _NAMED_AFTER.match(text, end):
            return True
        if form.entity[0] == "city":
            return self._given_name(text, end, form)
        if (
            form.entity[0] not in ("country", "demonym")
            or " ".join(form.tokens) not in self.gazetteer.ambiguous_country_forms
        ):
            return False
        if names_a_posting(text, start):
            return False
        after = text[end:].lstrip(" ")
        before = text[:start].rstrip(" ")
        next_word = after.split(maxsplit=1)[0] if after else ""
        next_is_name = next_word[:1].isupper() and fold(next_word) not in self._post_words
        previous = before.split()[-1] if before else ""
        previous_is_name = (
            previous[:1].isupper() and before[-1].isalpha() and previous not in _ARTICLES
        )
        return next_is_name or previous_is_name

    def _given_name(self, text: str, end: int, form: Form) -> bool:
        """Whether a city that is also a given name ("Vladimir", "Santiago", "Sofia") opens a
        person's name here: a surname follows it, a capitalised word that is no post, no
        name in the gazetteer and no word that names a place or thing after a city
        ("Sofia Airport", "the Santiago Declaration")."""
        if self.gazetteer.needs_context(" ".join(form.tokens)) is None:
            return False
        after = _NEXT_WORD.match(text, end)
        if after is None:
            return False
        word = fold(after.group(1))
        return (
            word not in self._post_words
            and word not in self.index
            and _THING_AFTER_CITY.fullmatch(after.group(1)) is None
        )
