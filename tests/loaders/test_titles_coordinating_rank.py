""" "Coordinating Minister", a rank of Indonesia's and Singapore's cabinets, is the post the text
gives, not a plain "Minister"."""

from __future__ import annotations

from dkg.loaders import default_pipeline
from dkg.loaders.steps.read import make_document

PIPELINE = default_pipeline()


def test_titles_coordinating_rank_is_kept_in_the_post() -> None:
    document = PIPELINE(
        make_document(
            "t",
            "t",
            "JAKARTA, 3 May 2023 - Coordinating Minister for Economic Affairs Airlangga "
            "Hartarto received Singapore's Coordinating Minister for National Security Teo Chee "
            "Hean in Jakarta today.\n",
        )
    )
    posts = {p.name: [post.title for post in p.posts] for p in document.people}
    assert posts == {
        "Airlangga Hartarto": ["Coordinating Minister of Economic Affairs"],
        "Teo Chee Hean": ["Coordinating Minister of National Security"],
    }


def test_titles_coordinating_rank_word_alone_is_no_title() -> None:
    document = PIPELINE(
        make_document(
            "t",
            "t",
            "JAKARTA, 3 May 2023 - Coordinating Agency chief Budi Santoso spoke to reporters.\n",
        )
    )
    assert all(
        not post.title.startswith("Coordinating") for p in document.people for post in p.posts
    )
