"""Money one country gives or earns with another, told without the cues aid had: a grant with
no giver named ("a grant of ¥950 million for the rehabilitation of the port"), goods handed
over with their worth after their destination, a project funded with its price before its
noun, aid told as an estimated total, funding arrangements priced together, and what two
countries earn from a pipeline; a grant told in a clause of its own beside a signed document
is aid too. A bank's grant, a loan notes are exchanged on ("exchanged notes on a loan of"), a
grant only listed among what notes hold, bought goods, a company's earnings, agreements priced
together and a range stay as they were."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2025 = FigureContext(document_year=2025)


def _figures(sentence: str) -> list[tuple[str, Decimal, str, int | None]]:
    return [
        (f.kind.value, f.value, f.unit, f.year)
        for f in find_figures(sentence, 0, DATED_2025)
        if not f.is_range and f.unit != "count"
    ]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The clinic follows a grant of ¥950 million for the rehabilitation of the port.",
            ("other", Decimal("950e6"), "JPY", None),
        ),
        (
            "Under a grant of RMB 80 million, Chinese engineers rebuilt the stadium in Apia.",
            ("other", Decimal("80e6"), "CNY", None),
        ),
        (
            "The new terminal was built with a Korean grant of US$14 million.",
            ("other", Decimal("14e6"), "USD", None),
        ),
        (
            "Fiji and India signed a development cooperation agreement, under which India will "
            "provide a grant of US$7 million.",
            ("other", Decimal("7e6"), "USD", None),
        ),
        (
            "After the signing of the accord, the envoy announced a Korean grant of US$3 million "
            "for schools.",
            ("other", Decimal("3e6"), "USD", None),
        ),
        (
            "Japan handed over three fisheries patrol vessels to Palau worth 2.1 billion yen.",
            ("other", Decimal("2.1e9"), "JPY", None),
        ),
        (
            "The ambulances, valued at 400 million won, were donated by Korea.",
            ("other", Decimal("400e6"), "KRW", None),
        ),
        (
            "India will fund a US$5 million solar mini-grid in Kiribati.",
            ("other", Decimal("5e6"), "USD", None),
        ),
        (
            "Ireland's total development assistance to Malawi in 2024 is estimated at €38 million.",
            ("other", Decimal("38e6"), "EUR", 2024),
        ),
        (
            "The ministers signed three grant agreements worth a combined €27 million.",
            ("other", Decimal("27e6"), "EUR", None),
        ),
        (
            "Azerbaijan and Georgia earned more than 600 million US dollars from the pipeline in "
            "2023.",
            ("other", Decimal("600e6"), "USD", 2023),
        ),
        (
            "Panama earned $40 million from transit fees paid by Chilean ships in 2024.",
            ("other", Decimal("40e6"), "USD", 2024),
        ),
    ],
)
def test_figure_aid_told_otherwise_is_a_figure(
    sentence: str, figure: tuple[str, Decimal, str, int | None]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Asian Development Bank announced a grant of $12 million for the water works.",
        "The ministers exchanged notes on a loan of 700 million yen for a fisheries school.",
        "The agreement provides for an Indian grant of US$7 million for the hospital.",
        "The leaders witnessed an exchange of notes: a loan of 9 billion yen for the bypass and "
        "a grant of 800 million yen for rice storage.",
        "Chile bought two patrol vessels worth $90 million from Spain.",
        "The airline earned $25 million from its operations last year.",
        "The ministers signed three agreements worth a combined €27 million.",
        "With the assistance of the chamber, the fair drew buyers from 20 countries.",
        "Ireland will give Malawi between $10 million and $15 million a year in aid.",
    ],
)
def test_figure_aid_told_otherwise_near_misses_stay_out(sentence: str) -> None:
    assert _figures(sentence) == []
