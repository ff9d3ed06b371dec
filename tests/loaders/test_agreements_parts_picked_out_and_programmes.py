"""Packages whose count comes after "in the presence of ...", their parts picked out in the next
sentence ("Among them are the Memorandum ... and the Memorandum ...", "Among them:" and a list),
and programmes only talked about next to a signing."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from dkg.loaders.steps.agreements import find_agreements
from tests.loaders.reading import read

_DAY = datetime.date(2025, 6, 10)


def _agreements(text: str) -> list[tuple[str | None, int | None, Decimal | None]]:
    document = read("KIGALI, June 10, 2025 - " + text, _DAY)
    return [(a.title, a.count, a.value) for a in document.agreements]


def test_agreements_count_after_in_the_presence_of_heads_of_state() -> None:
    text = (
        "The Ministers in charge of Foreign Affairs, Ambassador Jean Ndayi for Rwanda and "
        "Ambassador Paul Okello for Uganda, signed in the presence of the two Heads of State "
        "nine memoranda of understanding."
    )
    assert (None, 9, None) in _agreements(text)


def test_agreements_model_numbers_stay_no_count() -> None:
    text = "The airline signed an order for Boeing 737 aircraft on Tuesday."
    assert all(count != 737 for _, count, _ in _agreements(text))


@pytest.mark.parametrize(
    "opening",
    ["Among them are", "These include", "Among these are"],
)
def test_agreements_parts_named_after_among_them(opening: str) -> None:
    text = (
        "The two sides signed nine memoranda of understanding. "
        f"{opening} the Memorandum of Understanding on the construction of the Kigali-Kampala "
        "pipeline and the Memorandum of Understanding on cooperation in the fields of youth "
        "and sport."
    )
    found = _agreements(text)
    assert (None, 9, None) in found
    titles = {title for title, count, _ in found if count == 1}
    assert {
        "Memorandum of Understanding on the construction of the Kigali-Kampala pipeline",
        "Memorandum of Understanding on cooperation in the fields of youth and sport",
    } <= titles


def test_agreements_among_them_before_people_names_no_document() -> None:
    text = (
        "The two sides signed nine memoranda of understanding. Among them were ministers who "
        "had drafted a trade agreement last year."
    )
    assert _agreements(text) == [(None, 9, None)]


def test_agreements_markdown_list_after_among_them() -> None:
    text = (
        "Three agreements were signed during the visit. Among them:\n\n"
        "- the General Agreement of Cooperation between the Republic of Rwanda and the Republic "
        "of Zambia;\n"
        "- the Memorandum of Understanding between Rwanda Mines and Zambia Copper on joint "
        "exploration, worth 80 million US dollars;\n"
        "- the Agreement on the exemption of visas for holders of diplomatic passports.\n"
    )
    found = _agreements(text)
    assert (None, 3, None) in found
    named = {(title, value) for title, count, value in found if count == 1}
    assert (
        "Memorandum of Understanding between Rwanda Mines and Zambia Copper on joint exploration",
        Decimal("80000000"),
    ) in named
    assert ("Agreement on the exemption of visas for holders of diplomatic passports", None) in (
        named
    )
    assert any(title and title.startswith("General Agreement of Cooperation") for title, _ in named)


def test_agreements_list_after_among_them_of_people_names_no_document() -> None:
    text = (
        "Several ministers attended the talks. Among them:\n\n"
        "- the Minister of Trade;\n"
        "- the Minister of Mining.\n"
    )
    assert _agreements(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers signed an agreement on tourism and discussed a cooperation programme "
        "for young people.",
        "Under the new pact, a programme of student exchanges will be established.",
        "The two sides signed a trade accord and agreed to continue the cultural exchange "
        "programme.",
    ],
)
def test_agreements_programme_talked_about_is_no_document(sentence: str) -> None:
    kinds = [a.kind.value for a in find_agreements(sentence, 0)]
    assert "programme" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers signed an agreement on tourism and adopted an executive programme for "
        "cultural cooperation.",
        "The parties signed a programme of cooperation in culture for 2025-2027.",
        "The two sides signed the Programme of Cultural Cooperation, which will be carried "
        "out by the ministries.",
    ],
)
def test_agreements_programme_signed_stays_a_document(sentence: str) -> None:
    kinds = [a.kind.value for a in find_agreements(sentence, 0)]
    assert "programme" in kinds
