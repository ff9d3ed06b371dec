"""A spouse named beside a leader at talks ("received the President and First Lady X") goes
with the leader and is no party to the talks (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 10, 2)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, _DAY))


@pytest.mark.parametrize(
    "text",
    [
        "President Hugo Almagro of Peru arrived in Seoul on 1 October. President Min-jun Park "
        "received the President and First Lady Marta Ruiz at the Blue House.",
        "Prime Minister Tomas Halloran of Ireland began a visit to Ghana on 1 October. "
        "President Kofi Mensah hosted the Prime Minister and his wife, Aoife Halloran, for "
        "talks at Jubilee House.",
        "King Lars Eiken of Norway and Mrs Ingrid Eiken were received by President Ana "
        "Roldan of Chile on 1 October.",
    ],
)
def test_spouse_companions_spouse_is_no_party(text: str) -> None:
    found = _meetings(text)
    assert found, "the leader's talks are kept"
    assert all(
        not any(n in ("Marta Ruiz", "Aoife Halloran", "Ingrid Eiken") for n in m) for m in found
    )


def test_spouse_companions_spouse_alone_meets() -> None:
    """Counter-example: a spouse named on their own holds talks of their own."""
    text = (
        "President Hugo Almagro of Peru arrived in Seoul on 1 October. First Lady Marta Ruiz "
        "met Education Minister Hye-jin Han at a school."
    )
    assert ["Hye-jin Han", "Marta Ruiz"] in _meetings(text)


def test_spouse_companions_minister_and_partner_not_a_spouse() -> None:
    """Counter-example: a second leader joined by "and" is a party, not a spouse."""
    text = (
        "President Min-jun Park received President Rosa Almagro and Prime Minister Tomas "
        "Halloran in Seoul on 1 October."
    )
    found = _meetings(text)
    assert any("Tomas Halloran" in m for m in found)
