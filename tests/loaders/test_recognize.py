"""Countries by name, alias, demonym and compound; cities, venues and organizations."""

from __future__ import annotations

from dkg.loaders import Document
from dkg.loaders.steps.recognize import EntityRecognizer
from dkg.loaders.steps.segment import Segmenter


def _recognize(text: str) -> Document:
    return EntityRecognizer()(Segmenter()(Document("t", "t", text)))


def _forms(document: Document) -> list[tuple[str, str, str]]:
    return [(document.text[m.span.start : m.span.end], m.iso2, m.form) for m in document.countries]


def test_recognize_countries_by_name_alias_and_demonym() -> None:
    document = _recognize("Emirati and Kyrgyz Republic officials met in Türkiye with Peruvians.")
    assert _forms(document) == [
        ("Emirati", "AE", "demonym"),
        ("Kyrgyz Republic", "KG", "name"),
        ("Türkiye", "TR", "name"),
        ("Peruvians", "PE", "demonym"),
    ]


def test_recognize_compound_gives_both_countries() -> None:
    document = _recognize("The Mongolian-Japanese forum opened.")
    assert [m.iso2 for m in document.countries] == ["MN", "JP"]


def test_recognize_currency_is_not_a_country() -> None:
    document = _recognize("Trade reached 3 billion US dollars.")
    assert document.countries == ()


def test_recognize_venue_is_placed_in_its_city() -> None:
    document = _recognize("The talks took place at the Kremlin and then in Hanoi.")
    places = [(p.kind, p.name, p.city, p.country) for p in document.places]
    assert ("venue", "Kremlin", "Moscow", "RU") in places
    assert ("city", "Hanoi", "Hanoi", "VN") in places


def test_recognize_organization_by_shape_hides_the_country_inside_it() -> None:
    document = _recognize("A branch of the Seoul National University opened in Tashkent.")
    assert [o.name for o in document.organizations] == ["Seoul National University"]
    assert [p.name for p in document.places] == ["Tashkent"]


def test_recognize_the_demonym_capital_is_that_country_s_capital() -> None:
    document = _recognize("The delegation arrived in the Ghanaian capital on Monday.")
    assert [(p.name, p.country) for p in document.places] == [("Accra", "GH")]
