"""A sentence that opens with the invitation ("At the invitation of his counterpart, President
A, B arrived in X for a state visit") tells B's trip: A, named in the opening phrase, is the
host who invited, neither a visitor of his own nor a fellow traveller of B's."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 4, 7)


def test_visit_visitors_inviter_after_a_possessive_counterpart() -> None:
    text = (
        "At the invitation of his counterpart, President Abdou Sarr, the President of Austria,"
        " Georg Huber, arrived in Dakar on Saturday 5 April for a state visit."
    )
    assert dated_visits(read(text, FILED)) == {("Georg Huber", "SN", "2025-04-05")}


def test_visit_visitors_inviter_is_no_joint_subject() -> None:
    text = (
        "At the invitation of her counterpart, Foreign Minister Abdou Sarr, Austrian Foreign"
        " Minister Eva Huber arrived in Dakar on Saturday 5 April for an official visit."
    )
    assert dated_visits(read(text, FILED)) == {("Eva Huber", "SN", "2025-04-05")}


def test_visit_visitors_inviter_in_a_titled_apposition() -> None:
    text = (
        "At the invitation of the President of the Republic, Mr. Abdou SARR, His Excellency Mr."
        " Georg HUBER, President of the Republic of Austria, arrived in Dakar on Saturday"
        " 5 April for a state visit of two days."
    )
    assert dated_visits(read(text, FILED)) == {("Georg Huber", "SN", "2025-04-05")}


def test_visit_visitors_inviter_behind_a_chain_of_posts() -> None:
    # Francophone presidencies give their head of state every post he holds before his name.
    text = (
        "At the invitation of the President of the Republic, Head of State, Head of Government,"
        " Mr. Abdou SARR, His Excellency Mr. Georg HUBER, President of the Republic of Austria,"
        " arrived in Dakar on Saturday 5 April for a state visit of two days."
    )
    assert dated_visits(read(text, FILED)) == {("Georg Huber", "SN", "2025-04-05")}


def test_visit_visitors_opening_time_still_joins_subjects() -> None:
    # Counter-example: an opening time phrase leaves a joint subject of two travellers.
    text = (
        "On Saturday, Foreign Minister Lars Dahl of Norway, Austrian Foreign Minister Eva Huber"
        " and Irish Foreign Minister Sean Byrne arrived in Geneva on an official visit."
    )
    assert {v for v, _, _ in dated_visits(read(text, FILED))} == {
        "Lars Dahl",
        "Eva Huber",
        "Sean Byrne",
    }


def test_visit_visitors_style_of_a_monarch_is_no_possessive() -> None:
    # Counter-example: "His Majesty King X, President Y" names the inviter, then the guest Y.
    text = (
        "At the invitation of His Majesty King Harald V, President Georg Huber will pay a state"
        " visit to Norway from 12 to 14 May."
    )
    assert dated_visits(read(text, FILED)) == {("Georg Huber", "NO", "2025-05-12")}
