"""A firm named after its kind and then "for" another firm ("aircraft from the manufacturer A
for B Airlines") is two firms, the maker and its client; a name that "for" joins, which no word
for a firm closes, stays one name. Who speaks for a firm ("Representatives of A") is no part
of its name."""

from __future__ import annotations

from tests.loaders.reading import company_names, read


def test_a_maker_for_another_firm_is_two_firms() -> None:
    document = read(
        "Nairobi wants to buy regional jets from the Canadian manufacturer Bombardier for Kenya "
        "Airways, the minister said."
    )
    assert company_names(document) == ["Bombardier", "Kenya Airways"]


def test_a_name_joined_by_for_stays_whole() -> None:
    """Counter-example: the words after "for" close with no word for a firm."""
    document = read("The deal was financed by the lender Fund for Export Promotion, he said.")
    assert "Stadler" not in company_names(document)
    assert company_names(document) == ["Fund for Export Promotion"]


def test_the_people_of_a_firm_opening_a_sentence_are_no_part_of_its_name() -> None:
    document = read(
        "Representatives of Hyundai Engineering Corporation and Doosan Corporation briefed the "
        "minister on their projects."
    )
    names = company_names(document)
    assert names[0] == "Hyundai Engineering Corporation"
    assert len(names) == 2
