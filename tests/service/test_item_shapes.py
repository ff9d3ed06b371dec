"""How the items of /api/... fold what several documents say of one fact."""

from __future__ import annotations

from dkg.service.item_shapes import SHAPES

VISIT = "https://w3id.org/diplomatic-kg/id/visit/v1"
TYPES = "https://w3id.org/diplomatic-kg/vocab/visit-type/"


def _visit_type(*types: str) -> object:
    rows = [
        {"id": VISIT, "visit_type": TYPES + kind, "source_document": f"doc{n}"}
        for n, kind in enumerate(types)
    ]
    return SHAPES["visits"].assemble(rows)[0]["type"]


def test_a_visit_one_source_calls_a_state_visit_is_a_state_visit() -> None:
    # One report says "paid a state visit", another only "visited": the qualified type wins.
    assert _visit_type("unspecified", "state") == "state"
    assert _visit_type("state", "unspecified") == "state"


def test_a_visit_no_source_qualifies_stays_unspecified() -> None:
    assert _visit_type("unspecified", "unspecified") == "unspecified"
    assert _visit_type("unspecified") == "unspecified"


def test_two_qualified_types_keep_the_fold_of_every_field() -> None:
    # Sources that disagree on two real types: the same choice as before (longest name), so
    # that a filter table and SPARQL fold alike.
    assert _visit_type("working", "official") == "official"
