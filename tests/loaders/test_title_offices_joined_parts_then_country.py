"""A joined portfolio's last part before a form of address or the country the office serves."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    document = PIPELINE(Document("t", "t", text))
    return [(p.name, [(q.title, q.country) for q in p.posts]) for p in document.people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dot of "Dr." closed the part, so "Expatriates Dr" was read as one
        (
            "Minister of Foreign Affairs and Expatriates Dr. Samir Haddad opened the forum.",
            [("Samir Haddad", [("Minister of Foreign Affairs and Expatriates", None)])],
        ),
        (
            "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Prof. Rana "
            "Khoury arrived in Oslo.",
            [
                (
                    "Rana Khoury",
                    [
                        (
                            "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates",
                            None,
                        )
                    ],
                )
            ],
        ),
        # near-miss: a known last part keeps the title as before
        (
            "Minister of Foreign Affairs and Trade Dr. Lena Varga met the envoy.",
            [("Lena Varga", [("Minister of Foreign Affairs and Trade", None)])],
        ),
    ],
)
def test_title_offices_address_after_the_last_part_opens_the_name(
    text: str, expected: list[tuple[str, list[tuple[str, str | None]]]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister of Investment, Industry and Trade of Kazakhstan Arman Seitkali met "
            "the delegation in Riga.",
            [("Arman Seitkali", [("Minister of Investment, Industry and Trade", "KZ")])],
        ),
        (
            "Minister of Energy and Mines of the Republic of Mali, Aliou Traore, spoke first.",
            [("Aliou Traore", [("Minister of Energy and Mines", "ML")])],
        ),
        (
            "He met the Minister of Foreign Affairs and Expatriates of Egypt Dr. Samir Haddad.",
            [("Samir Haddad", [("Minister of Foreign Affairs and Expatriates", "EG")])],
        ),
    ],
)
def test_title_offices_joined_portfolio_then_its_country_then_the_name(
    text: str, expected: list[tuple[str, list[tuple[str, str | None]]]]
) -> None:
    assert _people(text) == expected


def test_title_offices_an_of_phrase_naming_no_country_ends_the_portfolio_as_before() -> None:
    # "and Head of Delegation": "of Delegation" names no country, so the part is a second post,
    # which the one person holds beside the first, as "Crown Prince and Prime Minister X" does
    text = "Minister of Foreign Affairs and Head of Delegation Karim Nassar spoke."
    assert _people(text) == [
        ("Karim Nassar", [("Minister of Foreign Affairs and Head of Delegation", None)])
    ]
