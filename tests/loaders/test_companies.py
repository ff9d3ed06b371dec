"""Companies from cue lists, legal forms and a directory of known companies."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies
from dkg.loaders.steps.segment import split_sentences
from tests.support import shared_folder


@dataclass(frozen=True)
class Company:
    name: str
    country: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class Country:
    iso2: str


@dataclass(frozen=True)
class Directory:
    """A small hand-made gazetteer with the same look-ups as the real one."""

    companies: tuple[Company, ...]
    company_legal_suffixes: tuple[str, ...] = ("LLC", "JSC", "GmbH", "AG", "S.A.", "plc", "LLP")
    countries: dict[str, str] = field(default_factory=dict)
    cities: frozenset[str] = frozenset()
    organizations: frozenset[str] = frozenset()

    def needs_context(self, form: str) -> str | None:
        return "an English word" if form in {"Total", "Continental"} else None

    def company(self, name: str) -> Company | None:
        key = name.casefold().replace(" ", "")
        return next(
            (
                c
                for c in self.companies
                if key in {f.casefold().replace(" ", "") for f in (c.name, *c.aliases)}
            ),
            None,
        )

    def country(self, key: str) -> Country | None:
        return Country(self.countries[key]) if key in self.countries else None

    def city(self, name: str, country_iso2: str | None = None) -> str | None:
        return name if name in self.cities else None

    def organization(self, name: str) -> str | None:
        return name if name in self.organizations else None


DIRECTORY = Directory(
    companies=(
        Company("Petrobras", "BR", wikidata="Q184009"),
        Company("TotalEnergies", "FR", ("Total Energies", "Total")),
        Company("Hyundai Engineering & Construction", "KR", ("Hyundai E&C",)),
        Company("Samsung", "KR"),
        Company("Continental", "DE"),
    ),
    countries={"Korean": "KR", "Brazilian": "BR", "German": "DE", "Germany": "DE", "Japan": "JP"},
    cities=frozenset({"Osaka"}),
    organizations=frozenset({"Norfund", "Khazna Capital"}),
)

CASES = [
    (
        "Korean companies such as Samsung, Hyundai E&C and Doosan Enerbility work in Poland.",
        [
            ("Samsung", "KR"),
            ("Hyundai Engineering & Construction", "KR"),
            ("Doosan Enerbility", "KR"),
        ],
    ),
    (
        "Brazilian firms, including giants such as Petrobras and Vale, invest in Angola.",
        [("Petrobras", "BR"), ("Vale", "BR")],
    ),
    (
        "Energy majors like Total and Equinor attended the forum.",
        [("TotalEnergies", "FR"), ("Equinor", None)],
    ),
    ("Total Energies will build a plant in Oman.", [("TotalEnergies", "FR")]),
    (
        "The deal was signed by Nordwind Logistik GmbH and JSC «Aral Salt».",
        [("Nordwind Logistik GmbH", None), ("JSC Aral Salt", None)],
    ),
    (
        "The Brazilian firm Embraer and the state company Sonangol signed a deal.",
        [("Embraer", "BR"), ("Sonangol", None)],
    ),
    (
        "Petrobras, Samsung and Acme Drilling have invested $3 billion in Ghana.",
        [("Petrobras", "BR"), ("Samsung", "KR"), ("Acme Drilling", None)],
    ),
    (
        "Output rose at Nordkap Melk, the German dairy exporter, after the deal.",
        [("Nordkap Melk", "DE")],
    ),
    (
        "Costa Azul, a state-owned power producer, will build the line.",
        [("Costa Azul", None)],
    ),
    (
        "The ministers met executives from Andes Copper and Petrobras in Osaka.",
        [("Andes Copper", None), ("Petrobras", "BR")],
    ),
    (
        "Samsung runs a plant through its subsidiary Vina Chips and plans a joint venture with "
        "Delta Cable.",
        [("Samsung", "KR"), ("Vina Chips", None), ("Delta Cable", None)],
    ),
    (
        "Chilean miners such as Andes Copper and lenders like Banco Austral expanded in Peru.",
        [("Andes Copper", None), ("Banco Austral", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_companies_from_cues_legal_forms_and_the_directory(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_companies(sentence, 0, DIRECTORY)
    assert [(c.name, c.country_iso2) for c in found] == expected


NOT_COMPANIES = [
    "Investors from countries such as Germany and Japan came to Osaka.",
    "Total trade between the two nations grew.",
    "Firms in sectors such as mining and energy expanded.",
    "The leaders, including President Lula, met in Brasilia.",
    "Trade within the African Continental Free Trade Area grew.",
    "It came soon after I was elected, just as I promised.",
    "The company Monday said profits rose.",
    "Investors such as Norfund and Khazna Capital LLC backed the wind farm.",
    "Osaka, the Japanese city that hosts the expo, welcomed the team.",
    "Mr Tanaka, the head of the company, spoke to the press.",
    "She met representatives of Germany's car industry and executives of the bank.",
    "Brazil signed a joint venture with Germany last year.",
    "Leaders such as Lula and Boric spoke, and visitors like Pedro Sanchez came.",
]


@pytest.mark.parametrize("sentence", NOT_COMPANIES)
def test_companies_skips_countries_lowercase_items_and_common_words(sentence: str) -> None:
    assert find_companies(sentence, 0, DIRECTORY) == []


def test_companies_offsets_and_surface_text() -> None:
    sentence = "Companies such as Petrobras opened offices."
    (found,) = find_companies(sentence, 40, DIRECTORY)
    assert (found.start, found.end, found.text, found.wikidata) == (58, 67, "Petrobras", "Q184009")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The port contract went to Constructora Andina S.A. after a tender.",
            "Constructora Andina S.A.",
        ),
        (
            "The port contract went to Constructora Andina S.A after a tender.",
            "Constructora Andina S.A",
        ),
        ("Builders such as Norte JSC bid for it.", "Norte JSC"),
    ],
)
def test_companies_legal_form_of_one_or_several_tokens(sentence: str, name: str) -> None:
    assert [m.name for m in find_companies(sentence, 0, DIRECTORY)] == [name]


def test_companies_legal_form_letters_inside_a_word_name_no_company() -> None:
    assert (
        find_companies("Officials from MEGAGROUP and the Plc Association spoke.", 0, DIRECTORY)
        == []
    )


def test_companies_with_the_project_gazetteer() -> None:
    found = find_companies("Chinese firms such as Huawei opened a plant.", 0, load_gazetteer())
    assert [(c.name, c.country_iso2) for c in found] == [("Huawei", "CN")]


def test_companies_on_the_shared_samples_match_the_gold() -> None:
    shared = shared_folder()
    if shared is None:
        pytest.skip("../shared (or $DKG_SHARED) with corpus/seeds.gold.json is not present")
    gold = json.loads((shared / "corpus" / "seeds.gold.json").read_text(encoding="utf-8"))
    gazetteer = load_gazetteer()
    hits = found = wanted = 0
    for document in gold["documents"]:
        text = (shared / "corpus" / document["file"]).read_text(encoding="utf-8")
        names = {
            c.name.casefold().replace(" ", "")
            for s in split_sentences(text)
            if not s.boilerplate
            for c in find_companies(s.text, s.span.start, gazetteer)
        }
        expected = {g.casefold().replace(" ", "") for g in document["companies"]}
        hits += len(names & expected)
        found += len(names)
        wanted += len(expected)
    assert hits == wanted, (hits, wanted)
    assert hits / found >= 0.9, (hits, found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Firms such as Grupo Nutresa and Avianca, President Petro said, will hire locally.",
            ["Grupo Nutresa", "Avianca"],
        ),
        ("Enterprises like Vinamilk and Masan expanded into Cambodia.", ["Vinamilk", "Masan"]),
        (
            "Companies including Safaricom and Equity Group opened offices.",
            ["Safaricom", "Equity Group"],
        ),
        (
            "Exporters, among them Arcelik and Vestel, showed appliances in Nairobi.",
            ["Arcelik", "Vestel"],
        ),
    ],
)
def test_companies_every_list_cue_and_no_person_after_the_list(
    sentence: str, expected: list[str]
) -> None:
    assert [c.name for c in find_companies(sentence, 0, DIRECTORY)] == expected


@pytest.mark.parametrize(
    "name",
    [
        "Public Investment Fund",
        "PIF",
        "Qatar Investment Authority",
        "Temasek",
        "Mubadala",
        "Agence Française de Développement",
        "French Development Agency",
        "Japan Bank for International Cooperation",
        "Export-Import Bank of Korea",
        "Norges Bank Investment Management",
        "KOTRA",
    ],
)
def test_state_funds_and_development_agencies_are_organisations(name: str) -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.company(name) is None
    assert gazetteer.organization(name) is not None
    sentence = f"Investors such as {name} and Equinor backed the project."
    assert [c.name for c in find_companies(sentence, 0, gazetteer)] == ["Equinor"]


def test_company_keeps_the_canonical_name_and_the_surface_form() -> None:
    sentence = "The French group Total Energies SE signed a supply deal."
    (found,) = find_companies(sentence, 0, load_gazetteer())
    assert (found.name, found.text) == ("TotalEnergies", "Total Energies SE")


def test_a_bank_in_a_company_list_is_a_company_and_a_wealth_fund_is_not() -> None:
    from dkg.loaders import Document, default_pipeline

    text = (
        "Ghanaian firms such as Fidelity Bank and Kasapreko have opened branches in Lome, "
        "while the Qatar Investment Authority and Mubadala backed a port in Tema."
    )
    document = default_pipeline()(Document("ghana-togo", "memory", text))
    assert [c.name for c in document.companies] == ["Fidelity Bank", "Kasapreko"]
    assert {"Qatar Investment Authority", "Mubadala"} <= {o.name for o in document.organizations}


@pytest.mark.parametrize(
    ("text", "name", "home"),
    [
        ("Texas Instruments", "Texas Instruments", "US"),
        ("Marvell", "Marvell Technology", "US"),
        ("MediaTek", "MediaTek", "TW"),
        ("Infineon", "Infineon Technologies", "DE"),
        ("Tokyo Electron", "Tokyo Electron", "JP"),
        ("NXP", "NXP Semiconductors", "NL"),
        ("Federal Electricity Commission", "CFE", "MX"),
    ],
)
def test_the_gazetteer_knows_the_major_chipmakers_and_english_names(
    text: str, name: str, home: str
) -> None:
    known = load_gazetteer().company(text)
    assert known is not None and (known.name, known.country) == (name, home)
