"""Gazetteers for entity recognition and linking: countries, cities, venues, companies,
organisations and the vocabulary of posts.

Every table is complete for its kind rather than a list of what sample documents mention:
all 193 UN members and both observer states (plus Taiwan and Kosovo, flagged as partially
recognised) with demonyms and capitals; every capital and the world's large cities; the
residences and venues where talks happen; well-known companies of every major economy;
international bodies; and the posts, ranks and honorifics that introduce people.

The data are packaged files beside this module, read once per process by
:func:`load_gazetteer` (one row per entity, ``|`` between several values, ``#`` comments):

- ``countries.tsv``: ISO codes, names, aliases, demonyms, Wikidata item, UN status.
- ``cities.tsv``: name, former and alternate names, Wikidata item, and whether the city is
  the capital (``capital``) or another official capital or seat (``seat``).
- ``venues.tsv``: residences, palaces, ministries and conference venues, each in a city.
- ``companies.tsv``, ``organizations.tsv``: names, abbreviations, home country, kind.
- ``legal_suffixes.tsv``: legal forms stripped when looking companies up ("JSC", "GmbH").
- ``ambiguous_forms.tsv``: country forms that need context ("Jordan", "Congo", "us").
- ``context_forms.tsv``: other names that are ordinary words ("Total", "Shell", "State House").
- ``titles.json``: posts, ranks, portfolios, honorifics, role nouns, legislatures.

Wikidata items are given only where we are confident of them; an empty cell means unknown.

>>> from dkg.loaders.gazetteer import load_gazetteer
>>> gz = load_gazetteer()
>>> gz.country("Kazakh").name, gz.city("Nur-Sultan").name, gz.venue("Ak Orda").city.name
('Kazakhstan', 'Astana', 'Astana')
"""

from .entities import AmbiguousForm, City, Company, Country, Organization, Venue
from .gazetteer import Gazetteer, load_gazetteer
from .surface import fold
from .tables import GazetteerDataError
from .titles import Titles

__all__ = [
    "AmbiguousForm",
    "City",
    "Company",
    "Country",
    "Gazetteer",
    "GazetteerDataError",
    "Organization",
    "Titles",
    "Venue",
    "fold",
    "load_gazetteer",
]
