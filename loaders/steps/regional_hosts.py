"""A host named by a regional description: "an official visit to the Gulf state", "arrived in
the Nordic country", "the Central Asian republic", "the island nation".

News names the host once and then describes it. The description names the host when exactly
one country the story has named so far fits it; otherwise the visit keeps no host from it.

The table is built from the UN Statistics Division's M49 standard ("geoscheme") subregions,
https://unstats.un.org/unsd/methodology/m49/, with the sovereign states (and Kosovo, Taiwan,
Palestine, which news treats as parties) of each, plus the descriptors the press uses for
groups that M49 does not name: Gulf (the six GCC members), Nordic, Scandinavian, Baltic,
Balkan, Andean (the states the Andes cross), Caucasus (the South Caucasus), Sahel (the states
the belt crosses), Horn of Africa, Himalayan, Pacific island (Melanesia, Micronesia and
Polynesia), island (states wholly on islands) and landlocked (states without a sea coast).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dkg.loaders.document import CountryMention

_SUBREGIONS = {
    "north african": "DZ EG LY MA SD TN",
    "east african": "BI KM DJ ER ET KE MG MW MU MZ RW SC SO SS TZ UG ZM ZW",
    "central african": "AO CM CF TD CG CD GQ GA ST",
    "southern african": "BW SZ LS NA ZA",
    "west african": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG",
    "caribbean": "AG BS BB CU DM DO GD HT JM KN LC VC TT",
    "central american": "BZ CR SV GT HN MX NI PA",
    "south american": "AR BO BR CL CO EC GY PY PE SR UY VE",
    "north american": "CA US",
    "central asian": "KZ KG TJ TM UZ",
    "east asian": "CN KP JP MN KR TW",
    "southeast asian": "BN KH ID LA MY MM PH SG TH TL VN",
    "south asian": "AF BD BT IN IR MV NP PK LK",
    "west asian": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    "eastern european": "BY BG CZ HU PL MD RO RU SK UA",
    "northern european": "DK EE FI IS IE LV LT NO SE GB",
    "southern european": "AL AD BA HR GR VA IT MT ME MK PT SM RS SI ES XK",
    "western european": "AT BE FR DE LI LU MC NL CH",
    "melanesian": "FJ PG SB VU",
    "micronesian": "KI MH FM NR PW",
    "polynesian": "WS TO TV",
}
"""M49 subregions by the adjective the press uses for them."""
_PRESS = {
    "gulf": "BH KW OM QA SA AE",
    "nordic": "DK FI IS NO SE",
    "scandinavian": "DK NO SE",
    "baltic": "EE LV LT",
    "balkan": "AL BA BG HR GR XK ME MK RO RS SI",
    "andean": "AR BO CL CO EC PE VE",
    "caucasus": "AM AZ GE",
    "caucasian": "AM AZ GE",
    "sahel": "BF TD ER GM ML MR NE NG SN SD",
    "sahelian": "BF TD ER GM ML MR NE NG SN SD",
    "horn of africa": "DJ ER ET SO",
    "himalayan": "BT NP",
    "pacific": "FJ PG SB VU KI MH FM NR PW WS TO TV",
    "pacific island": "FJ PG SB VU KI MH FM NR PW WS TO TV",
    "island": (
        "AG BS BH BB CV KM CU CY DM DO FJ GD HT IS ID IE JM JP KI MG MV MT MH MU FM NR NZ PW "
        "PG PH KN LC VC WS ST SC SG SB LK TW TL TO TT TV VU GB"
    ),
    "landlocked": (
        "AF AD AM AT AZ BY BT BO BW BF BI CF TD CZ ET HU KZ XK KG LA LS LI LU MW ML MD MN NP "
        "NE MK PY RW SM RS SK SS SZ CH TJ TM UG UZ VA ZM ZW"
    ),
}
"""The groups the press names that M49 does not."""
DESCRIBED: dict[str, frozenset[str]] = {
    name: frozenset(codes.split()) for name, codes in {**_SUBREGIONS, **_PRESS}.items()
}
"""Each descriptor with the ISO codes of the countries it fits."""
COUNTRY_NOUN = "state|country|nation|republic|kingdom|emirate|monarchy|sultanate|archipelago"
"""The nouns a region's adjective describes one country with: "the Gulf state"."""
_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"[\s-]+") for name in sorted(DESCRIBED, key=len, reverse=True)
)
DESCRIBED_COUNTRY = re.compile(
    rf"\bthe\s+(?P<descriptor>{_NAMES})(?:[\s-]+island)?\s+(?:{COUNTRY_NOUN})\b",
    re.IGNORECASE,
)
"""A country described by its region: "the Gulf state", "the Pacific island nation"."""


_TO = re.compile(r"\s+(?:(?:(?:on\s+)?to|in|into)\s+)?(?=the\s)", re.IGNORECASE)
"""What joins a visit cue to its destination: "a visit to", "arrived in"; nothing when the cue
ends in its own "to" ("flew to", "a trip to")."""


def described_host(
    text: str, at: int, named: Sequence[CountryMention], visitor_country: str | None
) -> str | None:
    """The host a cue ending at ``at`` describes ("a visit to the Gulf state"): the one country
    the story has named (``named``) that fits the description, other than the visitor's own.
    "arrived in the Nordic country" after "Finland" is Finland; after "Finland" and "Sweden"
    it is no one."""
    to = _TO.match(text, at)
    description = DESCRIBED_COUNTRY.match(text, to.end()) if to is not None else None
    if description is None:
        return None
    fits = DESCRIBED[re.sub(r"[\s-]+", " ", description["descriptor"].lower())]
    candidates = {c.iso2 for c in named if c.iso2 in fits and c.iso2 != visitor_country}
    return next(iter(candidates)) if len(candidates) == 1 else None
