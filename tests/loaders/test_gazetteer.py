"""The gazetteer: what a recognizer and linker can rely on when they look names up."""

from __future__ import annotations

import re

import pytest

from dkg.loaders.gazetteer import Gazetteer, fold, load_gazetteer

QID = re.compile(r"^Q[1-9][0-9]*$")


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return load_gazetteer()


def test_gazetteer_lists_every_un_member_and_observer(gz: Gazetteer) -> None:
    statuses = [c.status for c in gz.countries]
    assert statuses.count("member") == 193
    assert statuses.count("observer") == 2
    assert {c.iso2 for c in gz.countries if c.status == "observer"} == {"PS", "VA"}
    assert set(statuses) <= {"member", "observer", "partially-recognised"}


def test_gazetteer_every_country_is_complete(gz: Gazetteer) -> None:
    for country in gz.countries:
        assert re.fullmatch(r"[A-Z]{2}", country.iso2), country
        assert re.fullmatch(r"[A-Z]{3}", country.iso3), country
        assert country.name and country.official_name, country.iso2
        assert country.demonyms, f"{country.name} has no demonym"
        assert country.capital.is_capital, country.name
        assert country.capital.country == country.iso2, country.name
    assert len({c.iso2 for c in gz.countries}) == len(gz.countries)
    assert len({c.iso3 for c in gz.countries}) == len(gz.countries)


def test_gazetteer_every_wikidata_id_is_well_formed(gz: Gazetteer) -> None:
    entities = [*gz.countries, *gz.cities, *gz.venues, *gz.companies, *gz.organizations]
    bad = [e for e in entities if e.wikidata is not None and not QID.match(e.wikidata)]
    assert bad == []


def test_gazetteer_no_wikidata_id_is_given_to_two_entities_of_one_kind(gz: Gazetteer) -> None:
    for kind in (gz.countries, gz.cities, gz.venues, gz.companies, gz.organizations):
        qids = [e.wikidata for e in kind if e.wikidata]
        assert len(qids) == len(set(qids)), sorted(q for q in qids if qids.count(q) > 1)


def test_gazetteer_wikidata_ids_of_different_kinds_do_not_collide(gz: Gazetteer) -> None:
    """A company or organisation never carries a place's item, and vice versa."""
    places = {e.wikidata for e in (*gz.countries, *gz.cities, *gz.venues) if e.wikidata}
    bodies = {e.wikidata for e in (*gz.companies, *gz.organizations) if e.wikidata}
    assert places & bodies == set()
    countries = {c.wikidata for c in gz.countries}
    # Singapore is a city-state: its capital is the country item itself.
    shared = {c.wikidata for c in gz.cities if c.wikidata in countries}
    assert shared == {"Q334"}


@pytest.mark.parametrize(
    ("form", "iso2"),
    [
        ("Kyrgyz Republic", "KG"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Turkey", "TR"),
        ("Kazakh", "KZ"),
        ("Kazakhs", "KZ"),
        ("Emirati", "AE"),
        ("Emiratis", "AE"),
        ("French", "FR"),
        ("Frenchmen", "FR"),
        ("Germans", "DE"),
        ("U.S.", "US"),
        ("the United States", "US"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("South Korean", "KR"),
        ("South Koreans", "KR"),
        ("Republic of Korea", "KR"),
        ("Korea", "KR"),
        ("DPRK", "KP"),
        ("North Korean", "KP"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d\u2019Ivoire", "CI"),
        ("COTE D'IVOIRE", "CI"),
        ("Ivory Coast", "CI"),
        ("Ivorian", "CI"),
        ("Uzbeks", "UZ"),
        ("New Zealanders", "NZ"),
        ("Czechs", "CZ"),
        ("Guinea-Bissau", "GW"),
        ("Guinea Bissau", "GW"),
        ("Burma", "MM"),
        ("Swaziland", "SZ"),
        ("Democratic Republic of the Congo", "CD"),
        ("DRC", "CD"),
        ("Republic of the Congo", "CG"),
        # Official names with the adjective first ("Togolese Republic") also read the other way.
        ("Republic of Togo", "TG"),
        ("Republic of Gabon", "GA"),
        ("Republic of Kyrgyzstan", "KG"),
        ("Holy See", "VA"),
        ("Vatican", "VA"),
        ("State of Palestine", "PS"),
        ("Taiwan", "TW"),
        ("kaz", "KZ"),
        ("fr", "FR"),
    ],
)
def test_gazetteer_country_found_by_any_form(gz: Gazetteer, form: str, iso2: str) -> None:
    country = gz.country(form)
    assert country is not None, form
    assert country.iso2 == iso2


@pytest.mark.parametrize("form", ["Congo", "Congolese", "European", "Europe", "Asia", "Arab", ""])
def test_gazetteer_country_refuses_forms_with_no_safe_reading(gz: Gazetteer, form: str) -> None:
    assert gz.country(form) is None


def test_gazetteer_country_forms_map_to_one_country_or_are_declared_ambiguous(
    gz: Gazetteer,
) -> None:
    owners: dict[str, set[str]] = {}
    for country in gz.countries:
        for form in (country.name, country.official_name, *country.aliases, *country.demonyms):
            owners.setdefault(fold(form), set()).add(country.iso2)
    shared = {form for form, isos in owners.items() if len(isos) > 1}
    assert shared <= set(gz.ambiguous_country_forms)
    for form in shared:
        assert set(gz.ambiguous_country_forms[form].candidates) == owners[form]


def test_gazetteer_surface_forms_cover_names_and_demonyms_but_no_iso_codes(
    gz: Gazetteer,
) -> None:
    forms = gz.country_surface_forms()
    for form, iso2 in [
        ("kazakhstan", "KZ"),
        ("kazakhs", "KZ"),
        ("türkiye", "TR"),
        ("turkiye", "TR"),
        ("côte d'ivoire", "CI"),
        ("cote d'ivoire", "CI"),
        ("u.s.", "US"),
        ("jordan", "JO"),
        ("georgia", "GE"),
        ("korea", "KR"),
    ]:
        assert forms.get(form) == iso2, form
    assert all(form == form.lower() for form in forms)
    for word in ("in", "it", "no", "be", "is", "congo", "congolese"):
        assert word not in forms, word


@pytest.mark.parametrize("form", ["Jordan", "Georgia", "Chad", "Turkey", "us", "Niger", "Guinea"])
def test_gazetteer_country_forms_that_are_ordinary_words_are_flagged(
    gz: Gazetteer, form: str
) -> None:
    assert gz.needs_context(form)


@pytest.mark.parametrize("form", ["Total", "Shell", "Visa", "State House", "White House"])
def test_gazetteer_other_forms_that_are_ordinary_words_are_flagged(
    gz: Gazetteer, form: str
) -> None:
    assert gz.needs_context(form)


@pytest.mark.parametrize("form", ["Kazakhstan", "Uzbek", "Akorda", "KazMunayGas", "NATO"])
def test_gazetteer_distinctive_forms_need_no_context(gz: Gazetteer, form: str) -> None:
    assert gz.needs_context(form) is None


def test_gazetteer_flagged_forms_all_name_something(gz: Gazetteer) -> None:
    """No dead entries: every flagged form is a form of some listed entity."""
    named = {
        fold(form)
        for entity in (*gz.cities, *gz.venues, *gz.companies, *gz.organizations)
        for form in (entity.name, *entity.aliases)
    }
    country_forms = {
        fold(form)
        for c in gz.countries
        for form in (c.name, c.official_name, *c.aliases, *c.demonyms, c.iso2, c.iso3)
    }
    assert set(gz.context_forms) - named == set()
    assert set(gz.ambiguous_country_forms) - country_forms == set()


def test_gazetteer_has_hundreds_of_cities(gz: Gazetteer) -> None:
    assert len(gz.cities) >= 600


def test_gazetteer_every_capital_is_found_by_name(gz: Gazetteer) -> None:
    for country in gz.countries:
        assert gz.city(country.capital.name, country.iso2) is country.capital, country.name
        found = gz.city(country.capital.name)
        assert found is not None and found.is_capital, country.capital.name


@pytest.mark.parametrize(
    ("form", "name", "iso2"),
    [
        ("Nur-Sultan", "Astana", "KZ"),
        ("Akmola", "Astana", "KZ"),
        ("Bombay", "Mumbai", "IN"),
        ("Kiev", "Kyiv", "UA"),
        ("Peking", "Beijing", "CN"),
        ("Alma-Ata", "Almaty", "KZ"),
        ("Saigon", "Ho Chi Minh City", "VN"),
        ("Leningrad", "Saint Petersburg", "RU"),
        ("St. Petersburg", "Saint Petersburg", "RU"),
        ("Washington", "Washington, D.C.", "US"),
        ("Den Haag", "The Hague", "NL"),
        ("Geneva", "Geneva", "CH"),
        ("Davos", "Davos", "CH"),
        ("Samarkand", "Samarkand", "UZ"),
        ("Jeddah", "Jeddah", "SA"),
        ("Sochi", "Sochi", "RU"),
        ("Tripoli", "Tripoli", "LY"),
    ],
)
def test_gazetteer_city_found_by_current_or_former_name(
    gz: Gazetteer, form: str, name: str, iso2: str
) -> None:
    city = gz.city(form)
    assert city is not None, form
    assert (city.name, city.country) == (name, iso2)


def test_gazetteer_city_homonyms_resolved_by_country(gz: Gazetteer) -> None:
    lebanese = gz.city("Tripoli", "LB")
    pakistani = gz.city("Hyderabad", "PK")
    assert lebanese is not None and lebanese.country == "LB"
    assert pakistani is not None and pakistani.country == "PK"
    assert gz.city("Tripoli", "FR") is None


def test_gazetteer_venues_sit_in_listed_cities_of_listed_countries(gz: Gazetteer) -> None:
    assert len(gz.venues) >= 80
    cities = {id(c) for c in gz.cities}
    countries = {c.iso2 for c in gz.countries}
    for venue in gz.venues:
        assert id(venue.city) in cities, venue.name
        assert venue.country in countries, venue.name
        assert gz.venue(venue.name, venue.country) is not None, venue.name


@pytest.mark.parametrize(
    ("form", "city", "iso2"),
    [
        ("Akorda", "Astana", "KZ"),
        ("Ak Orda", "Astana", "KZ"),
        ("Élysée Palace", "Paris", "FR"),
        ("the Elysee", "Paris", "FR"),
        ("the Kremlin", "Moscow", "RU"),
        ("White House", "Washington, D.C.", "US"),
        ("Downing Street", "London", "GB"),
        ("No 10", "London", "GB"),
        ("Zhongnanhai", "Beijing", "CN"),
        ("Great Hall of the People", "Beijing", "CN"),
        ("Ak Saray", "Ankara", "TR"),
        ("Rashtrapati Bhavan", "New Delhi", "IN"),
        ("Blue House", "Seoul", "KR"),
        ("Kantei", "Tokyo", "JP"),
        ("Quirinal Palace", "Rome", "IT"),
        ("Chancellery", "Berlin", "DE"),
        ("Bundeskanzleramt", "Berlin", "DE"),
        ("Bellevue Palace", "Berlin", "DE"),
        ("Istana", "Singapore", "SG"),
        ("Malacañang", "Manila", "PH"),
        ("Malacanang Palace", "Manila", "PH"),
        ("Casa Rosada", "Buenos Aires", "AR"),
        ("Planalto", "Brasília", "BR"),
        ("Los Pinos", "Mexico City", "MX"),
        ("Palacio Nacional", "Mexico City", "MX"),
        ("Oksaroy", "Tashkent", "UZ"),
        ("Ala-Archa state residence", "Bishkek", "KG"),
        ("Lancaster House", "London", "GB"),
        ("Chequers", "Ellesborough", "GB"),
        ("Camp David", "Thurmont", "US"),
        ("Mar-a-Lago", "Palm Beach", "US"),
        ("Palace of Nations", "Geneva", "CH"),
        ("Palais des Nations", "Geneva", "CH"),
        ("UN headquarters", "New York City", "US"),
    ],
)
def test_gazetteer_venue_found_and_placed(gz: Gazetteer, form: str, city: str, iso2: str) -> None:
    venue = gz.venue(form)
    assert venue is not None, form
    assert (venue.city.name, venue.country) == (city, iso2)


def test_gazetteer_shared_venue_names_resolved_by_country(gz: Gazetteer) -> None:
    minsk = gz.venue("Palace of Independence", "BY")
    bishkek = gz.venue("White House", "KG")
    assert minsk is not None and minsk.city.name == "Minsk"
    assert bishkek is not None and bishkek.city.name == "Bishkek"


def test_gazetteer_has_hundreds_of_companies_from_listed_countries(gz: Gazetteer) -> None:
    assert len(gz.companies) >= 400
    countries = {c.iso2 for c in gz.countries}
    assert {c.country for c in gz.companies} <= countries
    assert len({c.country for c in gz.companies}) >= 60


@pytest.mark.parametrize(
    ("form", "name", "iso2"),
    [
        ("KazMunayGas", "KazMunayGas", "KZ"),
        ("JSC NC KazMunayGas", "KazMunayGas", "KZ"),
        ("KazMunayGas JSC", "KazMunayGas", "KZ"),
        ("\u00abKazMunayGas\u00bb", "KazMunayGas", "KZ"),
        ("Kazatomprom", "Kazatomprom", "KZ"),
        ("NAC Kazatomprom JSC", "Kazatomprom", "KZ"),
        ("Rosatom", "Rosatom", "RU"),
        ("PJSC Gazprom", "Gazprom", "RU"),
        ("Aramco", "Saudi Aramco", "SA"),
        ("ADNOC", "ADNOC", "AE"),
        ("Sinopec", "Sinopec", "CN"),
        ("CNPC", "China National Petroleum Corporation", "CN"),
        ("Petronas", "Petronas", "MY"),
        ("Total Energies", "TotalEnergies", "FR"),
        ("TotalEnergies SE", "TotalEnergies", "FR"),
        ("Siemens AG", "Siemens", "DE"),
        ("Huawei Technologies Co., Ltd.", "Huawei", "CN"),
        ("Koc Holding", "Koç Holding", "TR"),
    ],
)
def test_gazetteer_company_found_with_or_without_legal_form(
    gz: Gazetteer, form: str, name: str, iso2: str
) -> None:
    company = gz.company(form)
    assert company is not None, form
    assert (company.name, company.country) == (name, iso2)


def test_gazetteer_company_legal_suffixes_cover_common_forms(gz: Gazetteer) -> None:
    expected = {"LLC", "Ltd", "JSC", "PJSC", "plc", "GmbH", "AG", "SA", "S.A.", "SAS", "NV"}
    expected |= {"BV", "Inc.", "Corp.", "Co.", "KK", "AB", "ASA", "Oyj", "S.p.A.", "Sp. z o.o."}
    expected |= {"LLP", "TOO", "AO", "OOO"}
    assert expected <= set(gz.company_legal_suffixes)
    suffixes = gz.company_legal_suffixes
    assert len(suffixes) == len(set(suffixes))


def test_gazetteer_has_international_bodies_with_abbreviations(gz: Gazetteer) -> None:
    assert len(gz.organizations) >= 150
    kinds = {"international", "agency", "bank", "forum", "court", "university", "think tank"}
    kinds |= {"national agency", "ministry", "ngo"}
    assert {o.kind for o in gz.organizations} <= kinds
    for abbreviation, name in [
        ("UN", "United Nations"),
        ("EU", "European Union"),
        ("NATO", "North Atlantic Treaty Organization"),
        ("SCO", "Shanghai Cooperation Organisation"),
        ("CSTO", "Collective Security Treaty Organization"),
        ("EAEU", "Eurasian Economic Union"),
        ("CIS", "Commonwealth of Independent States"),
        ("OTS", "Organization of Turkic States"),
        ("Organisation of Turkic States", "Organization of Turkic States"),
        ("ASEAN", "Association of Southeast Asian Nations"),
        ("AU", "African Union"),
        ("OIC", "Organisation of Islamic Cooperation"),
        ("GCC", "Gulf Cooperation Council"),
        ("OPEC", "Organization of the Petroleum Exporting Countries"),
        ("IMF", "International Monetary Fund"),
        ("World Bank", "World Bank"),
        ("EBRD", "European Bank for Reconstruction and Development"),
        ("ADB", "Asian Development Bank"),
        ("AIIB", "Asian Infrastructure Investment Bank"),
        ("WTO", "World Trade Organization"),
        ("WHO", "World Health Organization"),
        ("IAEA", "International Atomic Energy Agency"),
        ("UNESCO", "UNESCO"),
    ]:
        found = gz.organization(abbreviation)
        assert found is not None, abbreviation
        assert found.name == name


def test_gazetteer_titles_cover_posts_ranks_and_honorifics(gz: Gazetteer) -> None:
    titles = gz.titles
    heads = set(titles.head_titles)
    for post in ("President", "Prime Minister", "Chancellor", "King", "Emir", "Crown Prince"):
        assert post in heads
    for post in ("Sultan", "Grand Duke", "Ambassador", "Akim", "Secretary-General", "CEO"):
        assert post in heads
    assert titles.head_titles.index("Prime Minister") < titles.head_titles.index("Minister")
    assert {"Deputy", "First Deputy", "Acting"} <= set(titles.rank_prefixes)
    for honorific in ("His Excellency", "H.E.", "Sheikh", "Dr", "Prof.", "Sir", "His Majesty"):
        assert honorific in titles.honorifics
    for noun in ("leader", "head of state", "counterpart", "prime minister", "ambassador"):
        assert noun in titles.role_nouns
    for chamber in ("Senate", "Mazhilis", "State Duma", "Bundestag", "Knesset"):
        assert chamber in titles.legislatures


@pytest.mark.parametrize(
    "portfolio",
    [
        "foreign affairs",
        "defence",
        "energy",
        "economy",
        "finance",
        "trade and integration",
        "industry",
        "agriculture",
        "health",
        "education",
        "science and higher education",
        "culture",
        "tourism",
        "transport",
        "digital development",
        "ecology",
        "emergency situations",
        "justice",
        "interior",
        "labour",
    ],
)
def test_gazetteer_portfolios_known(gz: Gazetteer, portfolio: str) -> None:
    assert gz.titles.portfolio(portfolio) is not None


@pytest.mark.parametrize(
    ("title", "canonical"),
    [
        ("Foreign Minister", "Minister of Foreign Affairs"),
        ("Minister for Foreign Affairs", "Minister of Foreign Affairs"),
        ("minister of foreign affairs", "Minister of Foreign Affairs"),
        ("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs"),
        ("Deputy Defense Minister", "Deputy Minister of Defence"),
        ("Minister of Defense", "Minister of Defence"),
        ("Energy Minister", "Minister of Energy"),
        ("Trade and Integration Minister", "Minister of Trade and Integration"),
        ("Minister of Ecology and Natural Resources", "Minister of Ecology and Natural Resources"),
        ("Minister of Industry, Trade, and Tourism", "Minister of Industry, Trade and Tourism"),
        ("Foreign Ministry", "Ministry of Foreign Affairs"),
        ("Premier", "Prime Minister"),
        ("Vice Premier", "Deputy Prime Minister"),
        ("First Vice Premier", "First Deputy Prime Minister"),
        ("First Deputy Prime Minister", "First Deputy Prime Minister"),
        ("Ambassador Extraordinary and Plenipotentiary", "Ambassador"),
        ("Chief Executive Officer", "CEO"),
        ("Home Secretary", "Home Secretary"),
        ("Secretary of State", "Secretary of State"),
        ("President", "President"),
    ],
)
def test_gazetteer_post_titles_normalised(gz: Gazetteer, title: str, canonical: str) -> None:
    assert gz.titles.normalize_post(title) == canonical


@pytest.mark.parametrize(
    ("text", "title", "iso2"),
    [
        ("Kazakh Foreign Minister", "Minister of Foreign Affairs", "KZ"),
        ("Japan's Prime Minister", "Prime Minister", "JP"),
        ("President of the Republic of Korea", "President", "KR"),
        ("Minister of Foreign Affairs of Kazakhstan", "Minister of Foreign Affairs", "KZ"),
        ("French President", "President", "FR"),
        ("Minister of Foreign Affairs", "Minister of Foreign Affairs", None),
        ("Minister of IT", "Minister of It", None),
    ],
)
def test_gazetteer_split_post_separates_the_country(
    gz: Gazetteer, text: str, title: str, iso2: str | None
) -> None:
    assert gz.split_post(text) == (title, iso2)
