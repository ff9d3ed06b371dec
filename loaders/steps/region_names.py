"""The names of the world's regions and continents, which are places and never someone's name.

"his first mission to Central Asia as Prime Minister" reads like "the swearing-in of X as
Prime Minister", so the words before "as" would be taken for the minister unless a region is
known for what it is. The list is complete for its kind: the continents and the United Nations
Statistics Division's M49 regions and subregions
(https://unstats.un.org/unsd/methodology/m49/), each also in the shorter form the press writes
("West Africa" for "Western Africa"), plus the groupings the press names that M49 does not
(the Middle East, the Gulf, the Balkans, the Sahel ...).
"""

from __future__ import annotations

_COMPASS = ("North", "South", "East", "West", "Central")
COMPASS_WORDS = frozenset(
    ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western")
)
"""The words of the compass that qualify a region or its people ("West African")."""
_M49_AND_PRESS = (
    # Continents and M49 regions.
    "Africa", "Americas", "Asia", "Europe", "Oceania", "Antarctica",
    "Australasia", "Eurasia", "Sub-Saharan Africa", "Latin America",
    "Latin America and the Caribbean", "Northern America", "Middle Africa",
    "Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia",
    "Northern Africa", "Eastern Africa", "Southern Africa", "Western Africa",
    "Eastern Asia", "Southern Asia", "Western Asia", "South-eastern Asia", "South-East Asia",
    "Southeast Asia", "Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe",
    # Groupings the press names that M49 does not.
    "Middle East", "Near East", "Far East", "Gulf", "Persian Gulf", "Arabian Gulf", "Caribbean",
    "Balkans", "Western Balkans", "Caucasus", "South Caucasus", "Sahel", "Maghreb", "Levant",
    "Horn of Africa", "Great Lakes", "Scandinavia", "Nordics", "Baltics", "Indo-Pacific",
    "Asia-Pacific", "Asia Pacific", "Pacific", "South Pacific", "Arctic", "Himalayas",
    "Central Europe", "Central Africa", "Southern Cone",
)  # fmt: skip
REGIONS = (
    *_M49_AND_PRESS,
    *(f"{point} {part}" for point in _COMPASS for part in ("Africa", "Asia", "America")),
)
"""Every region's name, as the press capitalises it."""
REGION_NAMES = frozenset(name.casefold() for name in REGIONS)
"""Every region's name, folded."""


def is_region(name: str) -> bool:
    """Whether ``name`` is a region or continent ("Central Asia", "the Middle East")."""
    folded = name.casefold()
    return folded in REGION_NAMES or folded.removeprefix("the ") in REGION_NAMES


_CONTINENT_ADJECTIVES = ("African", "Asian", "European", "American")
_REGION_ADJECTIVES = (
    "African", "Asian", "European", "Oceanian", "Eurasian", "Australasian", "Sub-Saharan African",
    "Latin American", "Melanesian", "Micronesian", "Polynesian", "South-East Asian",
    "Southeast Asian", "Middle Eastern", "Near Eastern", "Far Eastern", "Caribbean", "Balkan",
    "Caucasian", "Sahelian", "Maghrebi", "Levantine", "Scandinavian", "Nordic", "Baltic",
    "Pacific", "Arctic", "Himalayan", "Arab", "Pan-African", "Pan-Arab", "Asia-Pacific",
    "Indo-Pacific", "Gulf", "Central European", "Eastern European", "Western European",
    "Northern European", "Southern European",
    *(
        f"{point.capitalize()} {part}"
        for point in COMPASS_WORDS
        for part in _CONTINENT_ADJECTIVES
    ),
)  # fmt: skip
REGION_ADJECTIVE_NAMES = frozenset(name.casefold() for name in _REGION_ADJECTIVES)
"""The adjectives of the regions above, which describe a people or its firms and name no one
("African and Asian exporters", "West African lenders"); the plain "American" is the United
States' and left to the country gazetteer."""


def is_region_adjective(name: str) -> bool:
    """Whether ``name`` is a region's or continent's adjective ("African", "Southeast Asian").

    >>> is_region_adjective("West African"), is_region_adjective("Africell")
    (True, False)
    """
    return name.strip().casefold() in REGION_ADJECTIVE_NAMES
