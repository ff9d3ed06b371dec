"""Aid told without the word "aid" is a figure of kind other: a donation, an envelope, a grant
notes are exchanged on, aid "valued at" a sum, money "as budget support", and a sum a government
allocates, earmarks or commits for a purpose. A loan in notes, a grant only listed among what
notes hold, a bank's or a firm's money for a project, money allocated with no purpose and a
donation of blood stay out."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2025 = FigureContext(document_year=2025)


def _figures(sentence: str) -> list[tuple[str, Decimal, str, int | None]]:
    return [(f.kind.value, f.value, f.unit, f.year) for f in find_figures(sentence, 0, DATED_2025)]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The two governments exchanged notes on a grant of ¥1.6 billion for the renovation "
            "of the fishing harbour.",
            ("other", Decimal("1.6e9"), "JPY", None),
        ),
        (
            "Beijing announced a donation of 180 million yuan to Vanuatu.",
            ("other", Decimal("180e6"), "CNY", None),
        ),
        (
            "Rabat handed over a donation of 120 million Comorian francs destined to the "
            "equipping of the clinic.",
            ("other", Decimal("120e6"), "KMF", None),
        ),
        (
            "An envelope of 80 million euros under the Indicative Cooperation Programme was "
            "agreed.",
            ("other", Decimal("80e6"), "EUR", None),
        ),
        (
            "Australia's assistance to Fiji for 2025 is valued at about US$12 million.",
            ("other", Decimal("12e6"), "USD", 2025),
        ),
        (
            "The Government will allocate EC$3.1 million in the 2025/26 budget towards the new "
            "clinic.",
            ("other", Decimal("3.1e6"), "XCD", 2025),
        ),
        (
            "The EU will provide around €38 million for border management in Mauritania.",
            ("other", Decimal("38e6"), "EUR", None),
        ),
        (
            "Brussels has earmarked €12 million for the reintegration of returnees.",
            ("other", Decimal("12e6"), "EUR", None),
        ),
        (
            "Ottawa pledged 25 million dollars to help Haiti's farmers recover.",
            ("other", Decimal("25e6"), "USD", None),
        ),
        (
            "Germany will give €30 million as budget support to Niger.",
            ("other", Decimal("30e6"), "EUR", None),
        ),
    ],
)
def test_figure_aid_without_the_word_aid_is_a_figure(
    sentence: str, figure: tuple[str, Decimal, str, int | None]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two governments exchanged notes on a loan of ¥16 billion for the bypass.",
        "The leaders witnessed the exchange of two sets of notes: a yen loan of 9 billion yen "
        "for roads and a grant of 700 million yen for rice storage.",
        "Japan and Ghana signed a memorandum on a grant of $5 million for the clinic.",
        "The development bank will provide $40 million for the port.",
        "The ministry released $3 million, the minister said.",
        "The donation of blood by 300 volunteers was praised.",
    ],
)
def test_figure_aid_near_misses_stay_out(sentence: str) -> None:
    assert _figures(sentence) == []


def test_figure_aid_a_firm_allocating_money_to_a_factory_stays_investment() -> None:
    found = _figures("The company allocated $3 million for the new factory.")
    assert [kind for kind, *_ in found] == ["investment"]
