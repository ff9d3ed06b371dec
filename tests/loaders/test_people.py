"""People from posts and context; surnames, roles and pronouns resolved to them."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    document = PIPELINE(Document("t", "t", text))
    return [(p.name, [(q.title, q.country) for q in p.posts]) for p in document.people]


def _mentions(text: str) -> list[tuple[str, str, str]]:
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    return [
        (text[m.span.start : m.span.end], names[m.person], m.via) for m in document.person_mentions
    ]


def test_people_title_before_and_after_the_name() -> None:
    text = (
        "President of Finland Alexander Stubb met Mette Frederiksen, Prime Minister of Denmark, "
        "and Deputy Minister Okafor."
    )
    assert _people(text) == [
        ("Alexander Stubb", [("President", "FI")]),
        ("Mette Frederiksen", [("Prime Minister", "DK")]),
        ("Okafor", [("Deputy Minister", None)]),
    ]


def test_people_demonym_title_and_accented_hyphenated_names() -> None:
    assert _people("Hungarian Prime Minister Viktor Orbán hosted Czech President Petr Pavel.") == [
        ("Viktor Orbán", [("Prime Minister", "HU")]),
        ("Petr Pavel", [("President", "CZ")]),
    ]


def test_people_honorifics_introduce_a_person() -> None:
    people = _people("His Excellency Sheikh Tamim bin Hamad Al Thani opened the session.")
    assert [name for name, _ in people] == ["Tamim bin Hamad Al Thani"]


def test_people_surname_role_and_pronoun_refer_back() -> None:
    text = (
        "Azerbaijani President Ilham Aliyev received Armenian Prime Minister Nikol Pashinyan. "
        "Aliyev stressed the peace agenda. The Armenian leader agreed. He thanked his host."
    )
    mentions = _mentions(text)
    assert ("Aliyev", "Ilham Aliyev", "surname") in mentions
    assert ("The Armenian leader", "Nikol Pashinyan", "role") in mentions
    assert ("He", "Nikol Pashinyan", "pronoun") in mentions


def test_people_monument_and_street_names_are_not_people() -> None:
    assert _people("A monument to Charles de Gaulle stands on Abai Avenue in Astana.") == []


def test_people_city_names_after_a_title_are_first_names() -> None:
    text = "Russian President Vladimir Putin met Chilean President Gabriel Boric in Santiago."
    document = PIPELINE(Document("t", "t", text))
    assert [p.name for p in document.people] == ["Vladimir Putin", "Gabriel Boric"]
    assert [p.name for p in document.places] == ["Santiago"]


def test_people_the_role_without_country_is_the_protagonist_not_the_inviting_host() -> None:
    text = (
        "At the invitation of the Prime Minister of Spain, Pedro Sanchez, Prime Minister Luis "
        "Montenegro will visit Spain next week. From Madrid, the Prime Minister will travel to "
        "France."
    )
    mentions = _mentions(text)
    assert ("the Prime Minister", "Luis Montenegro", "role") in mentions


def test_people_object_pronouns_follow_the_sentence() -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva arrived in Luanda. "
        "Angolan President Joao Lourenco received him at the palace. "
        "Later Lourenco spoke with Italian Prime Minister Giorgia Meloni and invited her to Angola."
    )
    mentions = _mentions(text)
    assert ("him", "Luiz Inacio Lula da Silva", "pronoun") in mentions
    assert ("her", "Giorgia Meloni", "pronoun") in mentions


def test_the_untitled_subject_who_opens_a_sentence_on_a_visit_is_a_person() -> None:
    from dkg.loaders import Document, default_pipeline

    text = (
        "Maria Lindqvist wrapped up a three-day state visit to Chile on Friday. "
        "Santiago Harbour began a new season."
    )
    document = default_pipeline()(Document("t", "t", text))
    assert [p.name for p in document.people] == ["Maria Lindqvist"]
