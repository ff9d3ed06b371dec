"""Titles that name the office they head, counterparts with titles, Arabic family names, and
the post a trip is made in: how news introduces ministers and speakers."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, list[tuple[str, str | None]]]:
    document = PIPELINE(Document("t", "t", text))
    return {p.name: [(q.title, q.country) for q in p.posts] for p in document.people}


def _countries(text: str) -> dict[str, str | None]:
    document = PIPELINE(Document("t", "t", text))
    return {p.name: p.country for p in document.people}


def test_minister_of_a_portfolio_before_the_name() -> None:
    people = _people("Chilean Minister of Foreign Affairs Alberto van Klaveren flew to Lima.")
    assert people == {"Alberto van Klaveren": [("Minister of Foreign Affairs", "CL")]}


def test_combined_portfolio_is_part_of_the_title_not_a_name() -> None:
    text = (
        "The talks were attended by Ms. Amina Diallo, Minister of Foreign Affairs, Regional "
        "Integration and Senegalese Abroad, and by Mr. Tomas Berg, Minister for Foreign Trade "
        "and Development Cooperation, Lars Holm, and the Minister of Foreign Affairs, Eva Lind."
    )
    people = _people(text)
    assert set(people) == {"Amina Diallo", "Tomas Berg", "Lars Holm", "Eva Lind"}
    assert people["Amina Diallo"] == [
        ("Minister of Foreign Affairs, Regional Integration and Senegalese Abroad", "SN")
    ]  # the portfolio for Senegalese abroad is Senegal's (post_countries.py)


def test_portfolio_with_and_then_the_name() -> None:
    people = _people("Minister of Foreign Affairs and Trade Anna Kovacs met the envoy.")
    assert people == {"Anna Kovacs": [("Minister of Foreign Affairs and Trade", None)]}


def test_speaker_of_a_chamber_before_the_name() -> None:
    people = _people(
        "He met Speaker of the House of Representatives Joan Mills and President of the "
        "Senate Ravi Kumar."
    )
    assert set(people) == {"Joan Mills", "Ravi Kumar"}


def test_counterpart_with_a_title_and_a_first_name_that_is_a_city() -> None:
    text = (
        "Prime Minister Ana Brnabić met her Russian counterpart, Prime Minister Mikhail "
        "Mishustin. Minister Petr Fiala also met his Uzbek counterpart Vladimir Norov."
    )
    countries = _countries(text)
    assert "Prime Minister Mikhail Mishustin" not in countries
    assert countries["Mikhail Mishustin"] == "RU"
    assert countries["Vladimir Norov"] == "UZ"


def test_family_name_without_the_arabic_article_is_the_same_person() -> None:
    document = PIPELINE(
        Document("t", "t", "President Abdel Fattah al-Sisi spoke first. President Sisi then left.")
    )
    assert [p.name for p in document.people] == ["Abdel Fattah al-Sisi"]


def test_owner_of_a_trip_is_a_person_with_the_post_it_is_made_in() -> None:
    people = _people("Karl Weber's first trip to Ghana as Chancellor was short.")
    assert people == {"Karl Weber": [("Chancellor", None)]}


def test_the_national_leader_is_the_head_of_state_not_a_minister() -> None:
    text = (
        "Hungarian Prime Minister Viktor Orbán met President Shavkat Mirziyoyev. Orbán's "
        "minister also met his Uzbek counterpart Bakhtiyor Saidov. The Uzbek leader spoke last."
    )
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    roles = [names[m.person] for m in document.person_mentions if m.via == "role"]
    assert "Shavkat Mirziyoyev" in roles
    assert "Bakhtiyor Saidov" not in roles


def test_demonym_and_portfolio_before_minister_give_post_and_country() -> None:
    people = _people("Moroccan Foreign Minister Nasser Bourita landed in Lisbon.")
    assert people == {"Nasser Bourita": [("Minister of Foreign Affairs", "MA")]}


def test_country_after_a_titled_name() -> None:
    text = "Deputy Prime Minister Winston Peters of New Zealand visited Manila."
    assert _countries(text) == {"Winston Peters": "NZ"}


def test_combined_portfolio_ending_with_the_and_a_name() -> None:
    people = _people(
        "Australian Prime Minister Anthony Albanese was accompanied by the Minister for "
        "International Development and the Pacific, Pat Conroy."
    )
    # accompanying the Australian prime minister, he serves Australia (host_countries.py)
    assert people["Pat Conroy"] == [("Minister of International Development and the Pacific", "AU")]
    people = _people(
        "The Ghanaian envoy met the Minister of Foreign Affairs and the Diaspora, Raymond "
        "Tshibanda, in Kinshasa."
    )
    assert people["Raymond Tshibanda"] == [("Minister of Foreign Affairs and the Diaspora", None)]
