"""A host who "welcomed him on his first visit" speaks of the guest's trip: the guest is the
visitor, not the host who welcomes."""

from __future__ import annotations

from tests.loaders.reading import read, visits


def test_visit_parties_guest_own_visit_welcomed_him_on_his_visit() -> None:
    document = read(
        "DOHA, 3 March 2024 (QNA) -- The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, "
        "spoke with President Shavkat Mirziyoyev of Uzbekistan at the Amiri Diwan and "
        "welcomed him on his first visit abroad this year.\n"
    )
    assert visits(document) == {("Shavkat Mirziyoyev", "QA")}


def test_visit_parties_guest_own_visit_his_visit_before_the_host_verb() -> None:
    document = read(
        "TASHKENT, 3 March 2024 - During his first visit to Uzbekistan, Prime Minister "
        "Narendra Modi received a group of Uzbek scholars of Sanskrit.\n"
    )
    assert visits(document) == {("Narendra Modi", "UZ")}
