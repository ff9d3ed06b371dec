"""An acronym in brackets after a body the story spells out is that body, here and later in
the story (issue 4), whatever other body the gazetteer gives the same letters; without that
introduction the gazetteer's body stands."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _bodies(text: str) -> list[str]:
    return [o.name for o in read(text).organizations]


def test_organization_acronyms_spelt_out_body_owns_its_acronym() -> None:
    text = (
        "A loan from the Inter-American Development Bank (IDB) will pay for roads in Honduras. "
        "The IDB approved it on Monday."
    )
    assert set(_bodies(text)) == {"Inter-American Development Bank"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The IDB will fund a dam in Morocco.", "Islamic Development Bank"),
        (
            "The Islamic Development Bank (IDB) will fund a dam in Morocco.",
            "Islamic Development Bank",
        ),
    ],
)
def test_organization_acronyms_without_introduction_keep_the_gazetteers_body(
    text: str, body: str
) -> None:
    assert set(_bodies(text)) == {body}
