"""A known person named again by title and given name ("Sheikh Salem said") is that person, not
a city of the same name; the same word without a title may still be the place."""

from __future__ import annotations

from tests.loaders.reading import read


def _places(text: str) -> list[str]:
    text = "date 2024-05-19\n" + text
    document = read(text)
    return [text[p.span.start : p.span.end] for p in document.places]


def test_resolve_titled_short_names_a_title_and_given_name_is_no_city() -> None:
    places = _places(
        "Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah spoke to reporters. The "
        "talks had gone well, Sheikh Salem added."
    )
    assert "Salem" not in places


def test_resolve_titled_short_names_the_bare_city_after_the_person_stays_a_place() -> None:
    places = _places(
        "Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah spoke to reporters before "
        "he flew on to Salem in India."
    )
    assert "Salem" in places
