"""A name written again without its first given names ("Sousa Mendes" after "Joana Maria
Sousa Mendes", the usual short form of many Portuguese and Spanish names) is the same person,
so talks told with the short name are hers; a short name after "bin" names the father."""

from __future__ import annotations

from dkg.loaders.document import TextSpan
from dkg.loaders.steps.person_clusters import Candidate, cluster
from tests.loaders.reading import meetings, read


def _people(names: list[str]) -> list[str]:
    candidates = [
        Candidate(TextSpan(40 * n, 40 * n + 5), name, None) for n, name in enumerate(names)
    ]
    return sorted(p.key for p in cluster(candidates))


def test_people_given_names_left_out_short_form_is_the_same_person() -> None:
    document = read(
        "LUANDA, 9 May 2024 - President Joana Maria Sousa Mendes of Portugal arrived in Luanda "
        "on Thursday for a two-day state visit.\n\n"
        "President Sousa Mendes told reporters that both countries want more trade.\n\n"
        "On the same day, President Sousa Mendes also met separately with Prime Minister "
        "Carlos Ngola and Speaker Rosa Kiala.\n"
    )
    assert len([p for p in document.people if p.name.endswith("Mendes")]) == 1
    assert sorted(meetings(document)) == [
        ["Carlos Ngola", "Sousa Mendes"],
        ["Rosa Kiala", "Sousa Mendes"],
    ]


def test_people_given_names_left_out_one_longer_name_takes_the_short_one() -> None:
    assert _people(["Ana Lucia Costa Rocha", "Costa Rocha"]) == ["costa-rocha"]


def test_people_given_names_left_out_two_longer_names_keep_the_short_one_apart() -> None:
    """Counter-example: "Costa Rocha" may be either of two people named in full."""
    names = ["Ana Lucia Costa Rocha", "Pedro Costa Rocha", "Costa Rocha"]
    assert _people(names) == ["ana-lucia-costa-rocha", "costa-rocha", "pedro-costa-rocha"]


def test_people_given_names_left_out_words_after_bin_name_the_father() -> None:
    """Counter-example: "Khalid Al Mansour" after "Faisal bin Khalid Al Mansour" is his father."""
    names = ["Faisal bin Khalid Al Mansour", "Khalid Al Mansour"]
    assert _people(names) == ["faisal-bin-khalid-al-mansour", "khalid-al-mansour"]


def test_people_given_names_left_out_another_surname_is_another_person() -> None:
    """Counter-example: sharing the last word only is no shortened name."""
    assert _people(["Ana Lucia Costa Rocha", "Paulo Rocha"]) == [
        "ana-lucia-costa-rocha",
        "paulo-rocha",
    ]
