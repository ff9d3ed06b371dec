"""Issue 4: the Kalenjin "arap" ("son of") stands inside a name as "bin" and "van der" do, so
"Daniel arap Moi" is one person, whom a later "Mr Moi" names again; capitalised, or with no name
before it, it is no particle."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_people_name_with_arap_is_one_person_named_again_by_surname() -> None:
    document = read(
        "President Samuel arap Kiprono opened the session. Mr Kiprono then thanked the envoys."
    )
    assert people_posts(document) == {"Samuel arap Kiprono": {("President", None)}}


def test_people_arap_without_a_name_before_it_joins_no_name() -> None:
    document = read("Vice President Joseph Langat said the arap Kiprono years were over.")
    assert set(people_posts(document)) == {"Joseph Langat"}
