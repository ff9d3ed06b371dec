"""A minister "who accompanied the King," serves the King's country even when the clause
names no delegation or trip; one who accompanies a visiting leader, or a leader to a place, may
be the host's escort and is not given the guest's country (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read

_VISIT = "Queen Ingrid of Denmark paid a state visit to Ireland on 3 March 2025. "


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            _VISIT + "The Foreign Minister, Lars Holm, who accompanied the Queen, met his"
            " counterpart.",
            "Lars Holm",
            ("Minister of Foreign Affairs", "DK"),
        ),
        (
            "President Amara Diallo of Senegal arrived in Rabat on 3 March 2025. The Minister of"
            " Trade, Fatou Sow, who travelled with the President, signed two agreements.",
            "Fatou Sow",
            ("Minister of Trade", "SN"),
        ),
    ],
)
def test_companion_countries_clause_ends_with_leader(
    text: str, name: str, post: tuple[str, str]
) -> None:
    assert people_posts(read(text))[name] == {post}


@pytest.mark.parametrize(
    "clause",
    [
        "who accompanied the visiting Queen, spoke to reporters.",
        "who accompanied the Queen to the cathedral, spoke to reporters.",
        "who met the Queen's guest, spoke to reporters.",
    ],
)
def test_companion_countries_clause_escort_not_placed(clause: str) -> None:
    """Counter-example: the host's escort is not the guest's companion."""
    text = _VISIT + "The Minister of Foreign Affairs, Aoife Byrne, " + clause
    countries = {country for _, country in people_posts(read(text))["Aoife Byrne"]}
    assert "DK" not in countries
