"""An arrival with no destination in a story filed from a third country is an arrival there,
even when the sentence names a foreign leader the guest met: that leader is another guest, not
the host (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2025, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA - UN Secretary-General Antonio Guterres, who arrived from Abuja, held talks"
        " with Togo's President Faure Gnassingbe on Tuesday.\n",
        "ACCRA, June 3 (Wire) - UN Secretary-General Antonio Guterres arrived on Monday and"
        " met Togo's President Faure Gnassingbe on Tuesday.\n",
    ],
)
def test_visit_hosts_guest_met_abroad_is_no_host(text: str) -> None:
    assert visits(read(text, _DAY)) == {("Antonio Guterres", "GH")}


@pytest.mark.parametrize(
    "text",
    [
        # the host country is named as the trip's destination
        "ACCRA - UN Secretary-General Antonio Guterres arrived on Monday for talks in Togo"
        " with President Faure Gnassingbe of Togo.\n",
        "ACCRA - UN Secretary-General Antonio Guterres arrived on Monday to meet Togo's"
        " President Faure Gnassingbe, on a visit to Togo that ends on Thursday.\n",
    ],
)
def test_visit_hosts_destination_named_keeps_its_host(text: str) -> None:
    """Counter-example: the country is named as where the guest went, not only as a leader's."""
    assert visits(read(text, _DAY)) == {("Antonio Guterres", "TG")}
