"""A consort who travels with the sovereign makes no visit of their own."""

from __future__ import annotations

from dkg.loaders.document import (
    Document,
    Meeting,
    PartialDate,
    Person,
    Post,
    TextSpan,
    Visit,
)
from dkg.loaders.steps.consorts import ConsortVisits

SPAN = TextSpan(0, 10)


def _person(key: str, title: str) -> Person:
    return Person(key, key.title(), (Post(title, "BE"),), (SPAN,), "BE")


def _visit(who: str, host: str, day: int) -> Visit:
    start = PartialDate(2024, 3, day)
    return Visit(who, "BE", host, None, start, None, "state", "happened", (SPAN,))


def _run(people: tuple[Person, ...], visits: tuple[Visit, ...]) -> Document:
    talks = Meeting(("philippe", "srettha"), None, None, "in-person", (), (SPAN,), len(visits) - 1)
    document = Document("t", "t", "x" * 10, people=people, visits=visits, meetings=(talks,))
    return ConsortVisits()(document)


def test_consorts_queen_on_her_own_programme_is_no_visitor() -> None:
    # "The King and The Queen were received ..." / "The Queen visited a hospital" next day.
    people = (_person("philippe", "King"), _person("mathilde", "Queen"))
    visits = (_visit("mathilde", "TH", 13), _visit("philippe", "TH", 12))
    document = _run(people, visits)
    assert [v.visitor for v in document.visits] == ["philippe"]
    # The talks still point at the King's visit, renumbered.
    assert document.meetings[0].during_visit == 0


def test_consorts_empress_beside_the_emperor_is_no_visitor() -> None:
    people = (_person("naruhito", "Emperor"), _person("masako", "Empress"))
    visits = (_visit("naruhito", "ID", 17), _visit("masako", "ID", 17))
    assert [v.visitor for v in _run(people, visits).visits] == ["naruhito"]


def test_consorts_a_reigning_queen_and_another_country_still_visit() -> None:
    people = (_person("margrethe", "Queen"), _person("frederik", "Crown Prince"))
    visits = (_visit("margrethe", "NO", 12),)
    assert [v.visitor for v in _run(people, visits).visits] == ["margrethe"]
    # A Queen's visit to a country her King does not visit is her own trip.
    people = (_person("philippe", "King"), _person("mathilde", "Queen"))
    visits = (_visit("philippe", "TH", 12), _visit("mathilde", "VN", 20))
    assert len(_run(people, visits).visits) == 2


def test_consorts_the_royal_couple_alone_holds_no_talks() -> None:
    # "The King and The Queen were received by the Governor": the host is unnamed.
    people = (_person("philippe", "King"), _person("mathilde", "Queen"))
    couple = Meeting(("philippe", "mathilde"), None, None, "in-person", (), (SPAN,))
    host = Meeting(("philippe", "srettha"), None, None, "in-person", (), (SPAN,))
    document = Document("t", "t", "x" * 10, people=people, meetings=(couple, host))
    assert ConsortVisits()(document).meetings == (host,)
