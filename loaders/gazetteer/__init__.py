"""Gazetteers for entity recognition and linking: countries, cities, venues, companies,
organisations and the vocabulary of posts.

>>> from dkg.loaders.gazetteer import load_gazetteer
>>> gz = load_gazetteer()
>>> gz.country("Kazakh").name, gz.city("Nur-Sultan").name
('Kazakhstan', 'Astana')
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
