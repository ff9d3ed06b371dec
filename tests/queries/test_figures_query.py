"""queries/figures.rq: a figure's reporter and partner when the graph has them; no ranges."""

from __future__ import annotations

from pyoxigraph import NamedNode, RdfFormat, Store

from dkg.loaders import build_graph
from dkg.loaders.steps.read import make_document
from dkg.service.binding import bind
from dkg.service.catalog import load_catalog
from tests.support import REPO

ID = "https://w3id.org/diplomatic-kg/id/"


def test_figures_query_returns_reporter_and_leaves_unknown_partner_unbound() -> None:
    store = Store()
    store.load(path=str(REPO / "tests" / "fixtures" / "sample.trig"), format=RdfFormat.TRIG)
    query = load_catalog(REPO / "queries")["figures"]
    # Bound as the endpoint binds it with no filter: the '#if' blocks are left out.
    rows = {
        row["id"].value: row
        for row in store.query(bind(query, {}))  # type: ignore[union-attr]
    }
    alpha = rows[ID + "figure/alpha-1"]
    assert alpha["reporter_id"].value == ID + "country/kz"
    assert alpha["reporter_name"].value == "Kazakhstan"
    assert alpha["partner_name"].value == "France"
    gamma = rows[ID + "figure/gamma-1"]
    assert gamma["reporter_id"].value == ID + "country/uz"
    assert gamma["partner_id"] is None


def test_a_range_keeps_both_ends_in_the_graph_and_stays_out_of_the_figures_list() -> None:
    # "between X and Y" is no single value a researcher could list, compare or sum; the
    # single value beside it is.
    text = (
        " date 2024-03-02\n"
        "Chile and Norway traded goods worth $1.8 billion in 2023, and officials expect "
        "investment of between $200 million and $450 million over the next five years.\n"
    )
    graph = build_graph(make_document("range-story", "range-story.txt", text))
    store = Store()
    store.load(graph.to_ntriples(), format=RdfFormat.N_TRIPLES, to_graph=NamedNode(ID + "g"))
    ranges = {
        (str(row["value"].value), str(row["upper"].value))
        for row in store.query(  # type: ignore[union-attr]
            "PREFIX dip: <https://w3id.org/diplomatic-kg/ontology#> SELECT ?value ?upper "
            "{ GRAPH ?g { ?f dip:isRange true ; dip:value ?value ; dip:upperValue ?upper } }"
        )
    }
    assert ranges == {("200000000", "450000000")}
    query = load_catalog(REPO / "queries")["figures"]
    listed = [row["value"].value for row in store.query(bind(query, {}))]  # type: ignore[union-attr]
    assert listed == ["1800000000"]
