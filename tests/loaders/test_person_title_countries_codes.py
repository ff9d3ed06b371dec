"""A capitalised code before a lower-case title is the country only when the country goes by
it ("US president", "UK foreign secretary"): English writes ISO codes for other things ("the TV
minister", "the IT minister"), which are no post of Tuvalu or Italy."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


def _countries(text: str, name: str) -> set[str | None]:
    return {country for _, country in people_posts(read(text))[name]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Warsaw, the TV minister Agata Lis opened the studio on Friday.", "Agata Lis"),
        ("The IT minister Ravi Menon launched the portal in Chennai.", "Ravi Menon"),
    ],
)
def test_person_title_countries_codes_of_other_things_name_no_country(text: str, name: str) -> None:
    assert _countries(text, name) == {None}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("US secretary of state Dana Hill flew to Seoul on Monday.", "Dana Hill", "US"),
        ("UK foreign secretary Tom Reed met the envoys in Accra.", "Tom Reed", "GB"),
        ("Tuvaluan prime minister Kofe Talia arrived in Suva.", "Kofe Talia", "TV"),
    ],
)
def test_person_title_countries_codes_a_country_goes_by_still_name_it(
    text: str, name: str, country: str
) -> None:
    assert _countries(text, name) == {country}
