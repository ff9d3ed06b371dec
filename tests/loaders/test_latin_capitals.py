"""Names that start a word with a capital outside ASCII and Latin-1 ("Čaputová", "Šefčovič",
"Łódź", "İstanbul", "Đà Nẵng") are read whole: people keep their family names, and cities in
the gazetteer are found as written in their own language."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

_DAY = datetime.date(2024, 5, 6)


def _names(text: str) -> set[str]:
    return {p.name for p in read(text, _DAY).people}


def _cities(text: str) -> set[str]:
    return {p.city for p in read(text, _DAY).places if p.kind == "city"}


def test_central_european_family_names_are_kept_whole() -> None:
    text = (
        "President Zuzana Čaputová of Slovakia held talks in Prague with Prime Minister Petr "
        "Fiala, and Commissioner Maroš Šefčovič joined them later."
    )
    assert {"Zuzana Čaputová", "Petr Fiala", "Maroš Šefčovič"} <= _names(text)


def test_a_family_name_alone_later_is_the_same_person() -> None:
    text = (
        "President Zuzana Čaputová of Slovakia arrived in Warsaw on Monday on a state visit to "
        "Poland. Čaputová laid a wreath before the talks."
    )
    document = read(text, _DAY)
    assert [p.name for p in document.people] == ["Zuzana Čaputová"]
    assert visits(document) == {("Zuzana Čaputová", "PL")}


def test_turkish_and_vietnamese_capitals_start_names() -> None:
    text = "Foreign Minister Şule Çelik met Deputy Prime Minister Đỗ Văn Chiến in Hanoi on Monday."
    assert {"Şule Çelik", "Đỗ Văn Chiến"} <= _names(text)


def test_cities_written_in_their_own_letters_are_found() -> None:
    text = (
        "The Prime Minister of Japan arrived in Łódź on Monday after a day in İstanbul, and "
        "flies on to Đà Nẵng."
    )
    assert {"Łódź", "Istanbul"} <= _cities(text)


def test_an_all_capital_dateline_in_polish_letters_is_a_dateline() -> None:
    document = read("ŁÓDŹ, May 6 (PAP) - President Andrzej Duda met the Prime Minister of Japan.")
    assert "ŁÓDŹ" not in {p.name for p in document.people}
    assert {p.name for p in document.people} == {"Andrzej Duda"}


def test_small_letters_outside_ascii_start_no_name() -> None:
    """Counter-example: a word that starts with a small letter ("złoty", "ćevapi") is no name,
    whatever letters follow."""
    text = "President Andrzej Duda said the złoty was stable and praised the ćevapi at lunch."
    assert _names(text) == {"Andrzej Duda"}
