"""A "He"/"She" that goes on with the story's events ("He was then to fly to Quito") is the
person those events were about, not someone named since only to report what was said; a
pronoun that goes on with the speaker's words is still the speaker (issue 4)."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

FILED = datetime.date(2024, 10, 8)


def test_pronoun_sequels_next_leg_is_the_visitors() -> None:
    text = (
        "President Bernardo Arevalo of Guatemala arrived in Santiago on Monday for a state"
        " visit to Chile. He was received by President Gabriel Boric. Foreign Minister Alberto"
        " van Klaveren said the talks dealt with lithium. He was then to fly to Buenos Aires."
    )
    assert visits(read(text, FILED)) == {("Bernardo Arevalo", "CL"), ("Bernardo Arevalo", "AR")}


def test_pronoun_sequels_spokesman_between_in_apposition() -> None:
    text = (
        "Queen Mathilde of Belgium began a visit to Senegal on Tuesday. Her spokesman,"
        " Pierre Dumont, told reporters the programme was full. She later travelled to Mali."
    )
    assert ("Pierre Dumont", "ML") not in visits(read(text, FILED))
    assert ("Mathilde", "ML") in visits(read(text, FILED))


def test_pronoun_sequels_speakers_next_words_stay_the_speakers() -> None:
    # Counter-example: the pronoun reports the speaker again, so it is the speaker.
    text = (
        "President Bernardo Arevalo of Guatemala arrived in Chile on Monday. Foreign Minister"
        " Alberto van Klaveren said the talks dealt with lithium. He later told reporters he"
        " would visit Peru in May."
    )
    assert ("Bernardo Arevalo", "PE") not in visits(read(text, FILED))


def test_pronoun_sequels_an_actor_who_is_not_reporting_takes_the_pronoun() -> None:
    # Counter-example: the minister named in between acts, so "He then" is the minister.
    text = (
        "President Bernardo Arevalo of Guatemala arrived in Chile on Monday. Foreign Minister"
        " Alberto van Klaveren of Chile signed a water accord with him. He then flew to Peru."
    )
    assert ("Alberto van Klaveren", "PE") in visits(read(text, FILED))
