""" "The Norwegian head of government" means that country's prime minister (or chancellor),
and its president where the story names no prime minister of it: a visit told with the role
and a descriptive place ("arrived in the Danish capital") is that person's."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _visits(text: str) -> set[tuple[str, str, str | None]]:
    document = read("date 2024-05-22\n" + text)
    return {(v.visitor, v.host_country, v.place.name if v.place else None) for v in document.visits}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Prime Minister Ana Berg of Norway spoke of trade. The Norwegian head of "
            "government, who arrived in the Danish capital on Sunday, met Prime Minister Lars "
            "Holm on Monday.",
            ("ana-berg", "DK", "Copenhagen"),
        ),
        (
            "President Rosa Vidal of Chile spoke of trade. The Chilean head of government, who "
            "arrived in the Argentine capital on Sunday, met President Tomas Leal on Monday.",
            ("rosa-vidal", "AR", "Buenos Aires"),
        ),
    ],
)
def test_resolve_head_of_government_names_the_visitor(
    text: str, visit: tuple[str, str, str]
) -> None:
    assert _visits(text) == {visit}


def test_resolve_head_of_government_is_the_prime_minister_beside_a_president() -> None:
    text = (
        "President Ana Roux of France and Prime Minister Paul Morel of France spoke of trade. "
        "The French head of government arrived in the Polish capital on Sunday."
    )
    assert {visitor for visitor, _, _ in _visits(text)} == {"paul-morel"}


def test_resolve_head_of_government_of_another_country_is_nobody_named() -> None:
    text = (
        "Prime Minister Ana Berg of Norway spoke of trade. The Swedish head of government "
        "arrived in the Danish capital on Sunday."
    )
    assert _visits(text) == set()
