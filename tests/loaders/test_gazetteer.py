"""The gazetteer API: look-ups a recognizer and linker rely on."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("form", "iso2"),
    [
        ("Kyrgyz Republic", "KG"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Kazakh", "KZ"),
        ("Kazakhs", "KZ"),
        ("Emirati", "AE"),
        ("French", "FR"),
        ("U.S.", "US"),
        ("the United States", "US"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("South Korean", "KR"),
        ("Republic of Korea", "KR"),
        ("DPRK", "KP"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d\u2019Ivoire", "CI"),
        ("Ivorian", "CI"),
        ("kaz", "KZ"),
        ("fr", "FR"),
    ],
)
def test_gazetteer_country_found_by_any_form(form: str, iso2: str) -> None:
    country = load_gazetteer().country(form)
    assert country is not None, form
    assert country.iso2 == iso2


def test_gazetteer_city_found_by_former_name() -> None:
    astana = load_gazetteer().city("Nur-Sultan")
    assert astana is not None
    assert (astana.name, astana.country, astana.is_capital) == ("Astana", "KZ", True)


def test_gazetteer_company_found_without_legal_form() -> None:
    gz = load_gazetteer()
    for form in ("JSC NC KazMunayGas", "KazMunayGas JSC", "KMG"):
        company = gz.company(form)
        assert company is not None, form
        assert company.name == "KazMunayGas"


@pytest.mark.parametrize(
    ("title", "canonical"),
    [
        ("Foreign Minister", "Minister of Foreign Affairs"),
        ("Minister for Foreign Affairs", "Minister of Foreign Affairs"),
        ("deputy foreign minister", "Deputy Minister of Foreign Affairs"),
        ("Deputy Defense Minister", "Deputy Minister of Defence"),
        ("Premier", "Prime Minister"),
    ],
)
def test_gazetteer_post_titles_normalised(title: str, canonical: str) -> None:
    assert load_gazetteer().titles.normalize_post(title) == canonical
