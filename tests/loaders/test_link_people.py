"""The linker describes a person once per graph, however often visits and meetings name them."""

from __future__ import annotations

from dkg.loaders.document import Person
from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.link import EntityLinker


def test_link_people_described_once_and_every_name_kept() -> None:
    linker = EntityLinker(load_gazetteer(), {})
    person = Person("jane-roe", "Jane Roe", (), ())
    node = linker.person(person)
    assert linker.person(person) == node
    assert len(linker.terms) == 2  # its type and its name, once
    # A second name under the same key is still told (both name the one node).
    assert linker.person(Person("jane-roe", "J. Roe", (), ())) == node
    assert [str(o) for _, _, o in linker.terms[1:]] == ['"Jane Roe"', '"J. Roe"']
