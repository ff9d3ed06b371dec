"""Two titles joined by "and" before a name are one person's posts: "Kazakh Deputy Prime
Minister and Foreign Minister X" holds both, for the country of the demonym before the first."""

from __future__ import annotations

from tests.loaders.reading import read


def _people(text: str) -> set[tuple[str, str | None, tuple[str, ...]]]:
    document = read("date 2024-05-19\n" + text)
    return {(p.name, p.country, tuple(post.title for post in p.posts)) for p in document.people}


def test_people_joined_titles_demonym_gives_both_posts_their_country() -> None:
    assert _people(
        "Omani Deputy Prime Minister and Minister of Defence Shihab bin Tarik landed."
    ) == {("Shihab bin Tarik", "OM", ("Deputy Prime Minister and Minister of Defence",))}


def test_people_joined_titles_royal_title_joined_to_an_office() -> None:
    people = _people("Bahraini Crown Prince and Prime Minister Salman bin Hamad Al Khalifa spoke.")
    assert people == {("Salman bin Hamad Al Khalifa", "BH", ("Crown Prince and Prime Minister",))}


def test_people_joined_titles_two_named_people_keep_their_own_titles() -> None:
    people = _people("President Gustavo Petro and Prime Minister Pedro Sanchez held talks.")
    assert {(name, posts) for name, _, posts in people} == {
        ("Gustavo Petro", ("President",)),
        ("Pedro Sanchez", ("Prime Minister",)),
    }


def test_people_joined_titles_a_comma_list_before_and_is_one_persons_posts() -> None:
    people = _people(
        "Jordanian Crown Prince, Deputy Prime Minister and Minister of Interior Faisal bin "
        "Zaid spoke."
    )
    assert people == {
        ("Faisal bin Zaid", "JO", ("Crown Prince, Deputy Prime Minister and Minister of Interior",))
    }


def test_people_joined_titles_a_list_of_named_people_keeps_each_title_its_own() -> None:
    people = _people(
        "Kenyan President Ali Saif, Prime Minister Huda Nasser and Minister of Interior Karim "
        "Said arrived."
    )
    assert {(name, posts) for name, _, posts in people} == {
        ("Ali Saif", ("President",)),
        ("Huda Nasser", ("Prime Minister",)),
        ("Karim Said", ("Minister of Interior",)),
    }


def test_people_joined_titles_the_republic_after_a_party_post_is_that_partys_country() -> None:
    people = _people(
        "The General Secretary of the Communist Party of Vietnam and President of the "
        "Republic, Hoang Minh Tuan, welcomed the guests."
    )
    assert {(name, country) for name, country, _ in people} == {("Hoang Minh Tuan", "VN")}


def test_people_joined_titles_the_peoples_republic_after_a_party_post() -> None:
    people = _people(
        "She was greeted by the Chairman of the Workers' Party of Laos and President of the "
        "People's Republic, Somsak Vongkham."
    )
    assert {(name, country) for name, country, _ in people} == {("Somsak Vongkham", "LA")}


def test_people_joined_titles_the_republic_alone_gives_no_country() -> None:
    # No earlier post names a country: "the Republic" stays the text's unnamed state.
    people = _people("The President of the Republic, Hoang Minh Tuan, welcomed the guests.")
    assert {(name, country) for name, country, _ in people} == {("Hoang Minh Tuan", None)}


def test_people_joined_titles_a_country_named_in_another_clause_is_not_the_republics() -> None:
    # The post naming Vietnam is a different person's, closed by a sentence of its own.
    people = _people(
        "The Ambassador of Vietnam left early; later the President of the Republic, Hoang "
        "Minh Tuan, spoke."
    )
    assert ("Hoang Minh Tuan", None) in {(name, country) for name, country, _ in people}


def test_people_joined_titles_that_country_after_a_party_post_is_that_partys_country() -> None:
    people = _people(
        "The premier met the General Secretary of the Workers' Party of Laos and President of "
        "that Asian country, To Lam Phon, who landed on Friday."
    )
    # "To" opens the name after the comma, and "that Asian country" is the party's Laos.
    assert people == {("To Lam Phon", "LA", ("President",))}


def test_people_joined_titles_the_country_alone_names_no_state_but_keeps_the_holder() -> None:
    people = _people("She met the President of the country, Ana Ruiz, in the capital.")
    assert people == {("Ana Ruiz", None, ("President",))}


def test_people_joined_titles_a_bare_lower_case_office_may_open_a_name_with_to() -> None:
    people = _people("Laos's party chief and state president To Lam Phon arrived in Paris.")
    assert {name for name, _, _ in people} == {"To Lam Phon"}


def test_people_joined_titles_a_headline_of_two_posts_names_no_one() -> None:
    assert _people("Chilean President, Peruvian President sign border accord") == set()


def test_people_joined_titles_a_name_with_its_own_post_ends_a_listed_portfolio() -> None:
    people = _people(
        "It was signed by Ana Ruiz, Minister of State for Foreign Trade, and Lee Kamau, Cabinet "
        "Secretary for Trade and Industry of Kenya."
    )
    assert {(name, posts) for name, _, posts in people} == {
        ("Ana Ruiz", ("Minister of State for Foreign Trade",)),
        ("Lee Kamau", ("Cabinet Secretary for Trade and Industry",)),
    }


def test_people_joined_titles_a_local_post_joins_two_portfolios() -> None:
    people = _people(
        "The Tánaiste and Minister for Foreign Affairs and Minister for Defence, Niamh Byrne, "
        "will travel to Canberra."
    )
    posts = {posts for name, _, posts in people if name == "Niamh Byrne"}
    assert posts == {("Tánaiste and Minister for Foreign Affairs and Minister for Defence",)}
