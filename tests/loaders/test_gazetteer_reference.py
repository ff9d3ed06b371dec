"""The country and capital tables agree with the Wikidata reference in ../shared/reference.

The reference is data for checking, not an authority: deliberate deviations are listed below
with the reason, and every other difference fails the test.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from dkg.loaders.gazetteer import fold, load_gazetteer


def _shared_dir() -> Path | None:
    configured = os.environ.get("DKG_SHARED")
    candidates = [Path(configured)] if configured else []
    # tests/loaders/ -> repository root -> the shared folder beside the checkout.
    candidates.append(Path(__file__).resolve().parents[2] / ".." / "shared")
    for candidate in candidates:
        if (candidate / "reference" / "wikidata-countries.csv").is_file():
            return candidate
    return None


SHARED = _shared_dir()
pytestmark = pytest.mark.skipif(
    SHARED is None,
    reason="reference tables not found: set DKG_SHARED to the shared/ folder "
    "(the one holding reference/wikidata-countries.csv) or place it beside the checkout",
)

# Where our item deliberately differs from the reference, and why.
COUNTRY_QID_DEVIATIONS = {
    # The reference uses the region item Q23792; the UN observer state is the State of Palestine.
    "PS": ("Q219060", "Q23792"),
    # The reference uses the constituent country (Q55); the UN member is the Kingdom (Q29999).
    "NL": ("Q29999", "Q55"),
    # The reference uses Vatican City (Q237); the UN observer is the Holy See (Q159583). The
    # Vatican City item is our Holy See capital instead.
    "VA": ("Q159583", "Q237"),
}


def _reference_rows() -> dict[str, dict[str, str]]:
    assert SHARED is not None
    path = SHARED / "reference" / "wikidata-countries.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["iso_alpha2"]: row for row in csv.DictReader(handle)}


def _cell(value: str) -> list[str]:
    return [v.strip() for v in value.split(" | ") if v.strip()]


def test_gazetteer_reference_lists_the_same_un_states() -> None:
    ours = {c.iso2 for c in load_gazetteer().countries if c.is_un_state}
    assert ours == set(_reference_rows())


def test_gazetteer_reference_country_names_are_known_forms() -> None:
    gz = load_gazetteer()
    differ = {
        iso2: row["name"]
        for iso2, row in _reference_rows().items()
        if (found := gz.country(row["name"])) is None or found.iso2 != iso2
    }
    assert differ == {}


def test_gazetteer_reference_iso3_codes_agree() -> None:
    gz = load_gazetteer()
    differ = {
        iso2: (country.iso3, row["iso_alpha3"])
        for iso2, row in _reference_rows().items()
        if (country := gz.country(iso2)) is not None and country.iso3 != row["iso_alpha3"]
    }
    assert differ == {}


def test_gazetteer_reference_country_qids_agree_except_deliberate_deviations() -> None:
    gz = load_gazetteer()
    differ = {}
    for iso2, row in _reference_rows().items():
        country = gz.country(iso2)
        assert country is not None
        if country.wikidata != row["qid"]:
            differ[iso2] = (country.wikidata, row["qid"])
    assert differ == COUNTRY_QID_DEVIATIONS


def test_gazetteer_reference_capitals_agree() -> None:
    """Our capital is one of the reference's (by QID where both have one, else by name)."""
    gz = load_gazetteer()
    differ = {}
    for iso2, row in _reference_rows().items():
        country = gz.country(iso2)
        assert country is not None
        capital = country.capital
        ref_qids = _cell(row["capital_qid"])
        ref_names = {fold(n) for n in _cell(row["capital_name"])}
        our_names = {fold(n) for n in (capital.name, *capital.aliases)}
        if capital.wikidata and ref_qids:
            if capital.wikidata not in ref_qids:
                differ[iso2] = (capital.name, capital.wikidata, row["capital_qid"])
        elif ref_names and not our_names & ref_names:
            differ[iso2] = (capital.name, capital.wikidata, row["capital_name"])
    assert differ == {}


def test_gazetteer_reference_capital_qids_are_not_country_qids_by_mistake() -> None:
    """A capital's QID is never a country's QID, except for city-states (Singapore)."""
    gz = load_gazetteer()
    country_qids = {c.wikidata: c.iso2 for c in gz.countries}
    clashes = {
        c.iso2: c.capital.wikidata
        for c in gz.countries
        if c.capital.wikidata in country_qids and country_qids[c.capital.wikidata] != c.iso2
    }
    assert clashes == {}
