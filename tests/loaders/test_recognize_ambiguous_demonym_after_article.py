"""A demonym that is also an English word ("Polish") is read as a country after a sentence's
opening article in capitals, as after a lower-case one; a name before it still blocks it."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_recognize_ambiguous_demonym_after_article_places_the_post() -> None:
    posts = people_posts(read("The Polish Prime Minister, Jan Nowak, spoke in Berlin."))
    assert posts["Jan Nowak"] == {("Prime Minister", "PL")}


def test_recognize_ambiguous_demonym_after_article_not_after_a_name() -> None:
    """Counter-examples: a given name before "Jordan" or a name after "Chad" is a person's."""
    assert read("Michael Jordan visited Madrid on Sunday.").countries == ()
    assert read("The Chad Smith trio played in Oslo.").countries == ()
