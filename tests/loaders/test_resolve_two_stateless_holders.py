"""A role with a demonym ("the Cambodian Prime Minister") is not given to one of two people of
unknown country who both hold that post: the guest is as likely as the host."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[list[str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 6)))
    names = {p.key: p.name for p in document.people}
    return [sorted(names[k] for k in m.participants) for m in document.meetings]


def _countries(text: str) -> dict[str, str | None]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 6)))
    return {p.name: p.country for p in document.people}


TWO_PREMIERS = (
    "Prime Minister Khamsay Vongphachanh arrived in Bangkok on 4 June. He held talks with Prime "
    "Minister Anan Rattanakorn. The Lao Prime Minister also paid a courtesy call on Speaker "
    "Wan Muhamad Noor Matha."
)


def test_resolve_two_stateless_holders_the_host_premier_is_not_made_the_guests() -> None:
    assert _countries(TWO_PREMIERS)["Anan Rattanakorn"] != "LA"
    assert ["Anan Rattanakorn", "Wan Muhamad Noor Matha"] not in _meetings(TWO_PREMIERS)


def test_resolve_two_stateless_holders_one_holder_still_takes_the_demonym() -> None:
    text = (
        "Prime Minister Khamsay Vongphachanh arrived in Bangkok on 4 June. He held talks with "
        "President Surangel Whipps. The Lao Prime Minister also paid a courtesy call on "
        "Speaker Wan Muhamad Noor Matha."
    )
    assert _countries(text)["Khamsay Vongphachanh"] == "LA"
