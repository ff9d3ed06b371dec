"""A capitalised kind of firm before a firm's name ("the State Corporation 'Hydroprom'") is no
company of its own; a name that only contains such words ("China State Construction
Engineering Corporation") still is one."""

from __future__ import annotations

import pytest

from tests.loaders.reading import company_names, read


def _companies(text: str) -> set[str]:
    return set(company_names(read(text)))


@pytest.mark.parametrize(
    "text",
    [
        'The talks covered a dam to be built by the State Corporation "Hydroprom".',
        'Gas will come from the National Company "Qazaq Neft" under a new contract.',
        'A plant will be built by Joint Stock Company "Uralmash" in the region.',
    ],
)
def test_company_lookalikes_descriptors_name_no_firm(text: str) -> None:
    assert not any(
        name in {"State Corporation", "National Company", "Joint Stock Company"}
        for name in _companies(text)
    )


def test_company_lookalikes_descriptors_inside_a_real_name() -> None:
    """Counter-example: the words inside a longer name leave it a company."""
    text = "Contracts went to China State Construction Engineering Corporation and National Grid."
    assert "National Grid" in _companies(text)
    assert any(name.startswith("China State Construction") for name in _companies(text))
