"""A name set off by a comma after a portfolio the vocabulary does not list ("Minister of
Lands and Mines, Dr Ama Boateng") is the holder, not one more part of the portfolio; a part
after a comma that an "and" closes ("Minister of Roads, Bridges and Ports") is the portfolio's."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2024, 9, 12)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "The accord was signed by the Minister of Lands and Mines, Dr Ama Boateng.",
            "Ama Boateng",
            "Minister of Lands and Mines",
        ),
        (
            "The accord was signed by the Minister of Fisheries and Blue Economy, Kwesi Ofori "
            "Atta.",
            "Kwesi Ofori Atta",
            "Minister of Fisheries and Blue Economy",
        ),
        (
            "The accord was signed by the Minister of Roads, Bridges and Ports, Kwesi Ofori Atta.",
            "Kwesi Ofori Atta",
            "Minister of Roads, Bridges and Ports",
        ),
        (
            # a trade portfolio whose first part (export promotion) is no single word
            "The forum heard the Minister of Export Promotion, Foreign Trade and Economic "
            "Development, Aiko Tanaka-Reid.",
            "Aiko Tanaka-Reid",
            "Minister of Export Promotion, Foreign Trade and Economic Development",
        ),
    ],
)
def test_portfolio_titles_comma_names_the_name_after_the_comma_holds_the_post(
    text: str, name: str, post: str
) -> None:
    assert {title for title, _ in people_posts(read(text, _DAY))[name]} == {post}
