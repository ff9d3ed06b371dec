"""A host who "welcomed him on his first visit" speaks of the guest's trip: the guest is the
visitor, not the host who welcomes."""

from __future__ import annotations

from dkg.loaders import default_pipeline
from dkg.loaders.document import Document
from dkg.loaders.steps.read import make_document

PIPELINE = default_pipeline()


def _visits(text: str) -> set[tuple[str, str]]:
    document: Document = PIPELINE(make_document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    return {(names[v.visitor], v.host_country) for v in document.visits}


def test_visit_parties_guest_own_visit_welcomed_him_on_his_visit() -> None:
    visits = _visits(
        "DOHA, 3 March 2024 (QNA) -- The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, "
        "spoke with President Shavkat Mirziyoyev of Uzbekistan at the Amiri Diwan and "
        "welcomed him on his first visit abroad this year.\n"
    )
    assert visits == {("Shavkat Mirziyoyev", "QA")}


def test_visit_parties_guest_own_visit_his_visit_before_the_host_verb() -> None:
    visits = _visits(
        "TASHKENT, 3 March 2024 - During his first visit to Uzbekistan, Prime Minister "
        "Narendra Modi received a group of Uzbek scholars of Sanskrit.\n"
    )
    assert visits == {("Narendra Modi", "UZ")}
