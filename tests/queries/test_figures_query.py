"""queries/figures.rq returns the reporter and the partner of a figure when the graph has them."""

from __future__ import annotations

from pyoxigraph import RdfFormat, Store

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
