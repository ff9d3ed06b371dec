"""Names without a family name ("Haitham bin Tarik") are shortened to the given name, and a
particle alone ("Al") names no one."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visitors(text: str) -> list[tuple[str, str]]:
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    return [(names[v.visitor], v.host_country) for v in document.visits]


def _mentioned(text: str, word: str) -> list[str]:
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    return [
        names[m.person] for m in document.person_mentions if text[m.span.start : m.span.end] == word
    ]


def test_people_patronymic_the_given_name_is_the_father_not_the_son() -> None:
    text = (
        "Sultan Haitham bin Tarik of Oman and his son, Crown Prince Theyazin bin Haitham, "
        "attended the ceremony. Sultan Haitham later travelled to Kuwait in June 2023."
    )
    assert _visitors(text) == [("Haitham bin Tarik", "KW")]


def test_people_patronymic_a_malay_name_is_shortened_to_the_given_name() -> None:
    text = (
        "Malaysian Prime Minister Muhyiddin bin Yassin and his deputy, Ismail bin Muhyiddin, "
        "were in Kuala Lumpur. Muhyiddin flew to Jakarta in February 2021."
    )
    assert _visitors(text) == [("Muhyiddin bin Yassin", "ID")]


def test_people_patronymic_al_alone_is_no_surname() -> None:
    text = (
        "Sheikh Mohamed bin Zayed Al Nahyan arrived in Muscat. The talks were held at "
        "Al Alam Palace."
    )
    assert _mentioned(text, "Al") == []


def test_people_patronymic_a_russian_patronymic_makes_a_city_a_first_name() -> None:
    text = (
        "The guest held talks with Vladimir Sergeyevich Orlov, Governor of the Amur Region, "
        "on Wednesday."
    )
    document = PIPELINE(Document("t", "t", text))
    assert [p.name for p in document.people] == ["Vladimir Sergeyevich Orlov"]
    assert [p.name for p in document.places] == []


def test_people_patronymic_a_city_before_another_name_stays_a_city() -> None:
    text = "In Vladimir Governor Anna Petrova opened the forum on Wednesday."
    document = PIPELINE(Document("t", "t", text))
    assert [p.name for p in document.places] == ["Vladimir"]
