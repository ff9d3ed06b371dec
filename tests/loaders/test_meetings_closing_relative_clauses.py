"""A relative clause that ends the sentence tells about the guest, not about the talks: the
king at whose invitation the guest came is not at the prime minister's table."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

FILED = datetime.date(2024, 3, 6)


def test_meetings_closing_relative_clauses_the_inviter_takes_no_part() -> None:
    text = (
        "Prime Minister Mette Frederiksen today held talks with President Hakainde Hichilema "
        "of Zambia, who is paying a state visit to Denmark at the invitation of King Frederik."
    )
    assert meetings(read(text, FILED)) == [["Hakainde Hichilema", "Mette Frederiksen"]]


def test_meetings_closing_relative_clauses_people_after_the_clause_take_part() -> None:
    text = (
        "Prime Minister Mette Frederiksen held talks with President Hakainde Hichilema, who "
        "came with Foreign Minister Mulambo Haimbe, and King Frederik in Copenhagen."
    )
    assert meetings(read(text, FILED)) == [["Frederik", "Hakainde Hichilema", "Mette Frederiksen"]]
