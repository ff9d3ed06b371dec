"""A business group's units ("SK Ecoplant"), a name a firm styles in lower case ("SK
innovation"), a name joined by a spaced dash ("A.P. Moller - Maersk", an en dash), a known name
after a month ("from May Qatar Airways"), the other party of a pair that signs, a legal form
"E.P.", and the makers the gazetteer lists by kind; and the bodies that are no company: a news
agency whose acronym a firm shares, and associations."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies
from tests.loaders.reading import read

GAZETTEER = load_gazetteer()


def _names(sentence: str) -> list[str]:
    return [m.written_name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "SK Ecoplant in Szeged and Tata Elxsi in Pune are among the new investors.",
            ["SK Ecoplant", "Tata Elxsi"],
        ),
        ("Tata Sons chairman Ravi Menon met the minister.", ["Tata Sons"]),
        ("SK innovation will build a refinery unit in Gdansk.", ["SK innovation"]),
        (
            "The Danish group A.P. Moller \u2013 Maersk will run the terminal in Lobito.",
            ["A.P. Moller \u2013 Maersk"],
        ),
        ("From May Qatar Airways will fly to Almaty three times a week.", ["Qatar Airways"]),
        ("Officials said that from October Lufthansa will add flights.", ["Lufthansa"]),
        ("Eni and Zohrgas also signed a contract on the new field.", ["Eni", "Zohrgas"]),
        (
            "The state company Caminhos de Ferro de Timor, E.P. signed a contract.",
            ["Caminhos de Ferro de Timor, E.P."],
        ),
        ("Bridgestone has been producing tyres in Tatabanya since 2008.", ["Bridgestone"]),
        ("The city will buy its pumps from Xylem and Wilo.", ["Xylem", "Wilo"]),
        (
            "The lender signed with Zenith Bank and Access Bank in Lagos.",
            ["Zenith Bank", "Access Bank"],
        ),
    ],
)
def test_companies_units_styled_dashed_and_listed_names(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Samsung Chairman Lee Jae-yong met the minister.",
        "Korean air quality improved in spring.",
        "Eni and Egypt signed a contract on the new field.",
        "Eni and the ministry signed a contract on the new field.",
        "The European Parliament (E.P.) adopted a resolution on the contract.",
    ],
)
def test_companies_titles_countries_bodies_and_words_after_a_known_name_are_none(
    sentence: str,
) -> None:
    assert [n for n in _names(sentence) if n not in ("Samsung", "Eni")] == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The minister told the Iraqi News Agency (INA) that oil exports rose.", []),
        ("Croatia's oil firm INA will buy crude from Basra.", ["INA"]),
        (
            "Companies such as Siemens, the Nordic Near and Far East Association (NNFEA) and "
            "BASF attended.",
            ["Siemens", "BASF"],
        ),
        ("Firms such as Bosch and the Ghana Association of Bankers attended.", ["Bosch"]),
        ("Firms such as Western Union and MoneyGram attended.", ["Western Union", "MoneyGram"]),
    ],
)
def test_companies_news_agencies_and_associations_are_no_companies(
    sentence: str, names: list[str]
) -> None:
    assert _names(sentence) == names


def test_companies_a_short_form_in_brackets_names_the_company_before_it() -> None:
    text = "Nablus, 3 March 2025. Officials visited Aluminium Bahrain (Alba) on Monday.\n"
    document = read(text, datetime.date(2025, 3, 3))
    assert [c.name for c in document.companies] == ["Aluminium Bahrain"]
