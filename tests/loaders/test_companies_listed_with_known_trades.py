"""Names listed beside a known company without any company cue: "attended by Toyota, Kestrel Foods
and Harbour Line" lists firms when a name ends on a trade ("Foods"), and "Hitachi Energy" beside
"Hitachi Corporation" is the group's firm. Bodies, people and places in such lists stay out."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

GAZETTEER = load_gazetteer()


def _names(sentence: str) -> list[str]:
    return [m.written_name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The forum in Accra was attended by Toyota, Volta Foods and Ridgeway Logistics.",
            ["Toyota", "Volta Foods", "Ridgeway Logistics"],
        ),
        (
            "Siemens, Andes Shipping and Condor Mining signed supply deals in Lima.",
            ["Siemens", "Andes Shipping", "Condor Mining"],
        ),
        (
            "Mitsubishi Corporation and Mitsubishi Electric opened offices in Hanoi.",
            ["Mitsubishi Corporation", "Mitsubishi Electric"],
        ),
    ],
)
def test_companies_listed_with_known_trades_are_companies(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a body: its name holds "of" and "and"
        ("Toyota and the Ghanaian Department of Trade and Industry signed.", ["Toyota"]),
        # two names only, the second of no family of the first: nothing lists firms
        ("The talks covered Toyota and Lake Energy, the ministry said.", ["Toyota"]),
        ("Toyota and Mary Power met in Tokyo.", ["Toyota"]),
        # a person with a title, a country and bodies in a list
        (
            "Siemens, Foreign Minister Ama Power and Ghana attended.",
            ["Siemens"],
        ),
        (
            "Delegates from Shell, the Gulf Cooperation Council and the World Bank attended.",
            ["Shell"],
        ),
    ],
)
def test_companies_listed_with_known_trades_leave_others_out(
    sentence: str, names: list[str]
) -> None:
    assert _names(sentence) == names


def test_companies_listed_with_known_trades_need_commas() -> None:
    # without commas an "and" may be a name's own: no list of three to read
    names = _names("Sony and the Kisumu City Water and Sewerage Company agreed.")
    assert "Kisumu City Water" not in names
