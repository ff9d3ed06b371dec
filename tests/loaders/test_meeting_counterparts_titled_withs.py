"""Meeting counterparts: "met with the President, A, and with the Foreign Minister, B" is a
meeting with each, not one table of three."""

from __future__ import annotations

import datetime

from dkg.loaders import Document
from tests.loaders.reading import PIPELINE, dated_meetings

DAY = datetime.date(2025, 3, 4)


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return sorted(dated_meetings(PIPELINE(Document("t", "t", text, date=DAY))))


def test_meeting_counterparts_titled_withs_are_met_in_turn() -> None:
    text = (
        "Minister Ivo Brandt today concluded a two-day visit to Peru, during which he met with "
        "the President, Lorena Vidales, and with the Foreign Minister, Carlos Ugarte."
    )
    assert _meetings(text) == [
        (["Carlos Ugarte", "Ivo Brandt"], "2025-03-04"),
        (["Ivo Brandt", "Lorena Vidales"], "2025-03-04"),
    ]


def test_meeting_counterparts_titled_withs_at_one_table_stay_one() -> None:
    text = (
        "Minister Ivo Brandt today held trilateral talks with the President, Lorena Vidales, "
        "and with the Foreign Minister, Carlos Ugarte."
    )
    assert _meetings(text) == [(["Carlos Ugarte", "Ivo Brandt", "Lorena Vidales"], "2025-03-04")]


_LONG_TITLES = (
    "President of Chile Gabriel Boric held talks with Prime Minister Shigeru Ishiba in Tokyo "
    "on Tuesday. On the same day, Gabriel Boric also met {how}with the Speaker of the House, "
    "Kenji Harada, and later with the Honorary Chairman of the Liberal Democratic Party, "
    "Ichiro Mori."
)


def test_meeting_counterparts_titled_withs_a_long_party_title_is_met_in_turn() -> None:
    assert _meetings(_LONG_TITLES.format(how="")) == [
        (["Gabriel Boric", "Ichiro Mori"], "2025-03-04"),
        (["Gabriel Boric", "Kenji Harada"], "2025-03-04"),
        (["Gabriel Boric", "Shigeru Ishiba"], "2025-03-04"),
    ]


def test_meeting_counterparts_titled_withs_a_long_title_at_one_table_stays_one() -> None:
    # near-miss: the same long title, the three met jointly
    assert _meetings(_LONG_TITLES.format(how="jointly ")) == [
        (["Gabriel Boric", "Ichiro Mori", "Kenji Harada"], "2025-03-04"),
        (["Gabriel Boric", "Shigeru Ishiba"], "2025-03-04"),
    ]


def test_meeting_counterparts_titled_withs_a_portfolio_list_is_met_in_turn() -> None:
    """A title listing its portfolio with a comma ("Minister of Economy, Trade and Industry")
    still follows its own "with"."""
    text = (
        "During the visit, President Lorena Vidales also held talks with Japan's Foreign "
        "Minister Kenji Arai and with the Minister of Economy, Trade and Industry Sota Ide."
    )
    assert _meetings(text) == [
        (["Kenji Arai", "Lorena Vidales"], "2025-03-04"),
        (["Lorena Vidales", "Sota Ide"], "2025-03-04"),
    ]


def test_meeting_counterparts_titled_withs_a_portfolio_list_at_one_table_stays_one() -> None:
    """Counter-example: the same titles at talks the sentence calls joint: one table of three."""
    text = (
        "During the visit, President Lorena Vidales also held joint talks with Japan's Foreign "
        "Minister Kenji Arai and with the Minister of Economy, Trade and Industry Sota Ide."
    )
    assert _meetings(text) == [(["Kenji Arai", "Lorena Vidales", "Sota Ide"], "2025-03-04")]
