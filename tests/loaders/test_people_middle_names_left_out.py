"""A name written again without its patronymic or middle names ("Ivan Petrov" after "Ivan
Sergeyevich Petrov") is the same person, with one key; a shorter name two longer ones fit
stays apart."""

from __future__ import annotations

from dkg.loaders.document import TextSpan
from dkg.loaders.steps.person_clusters import Candidate, cluster
from tests.loaders.reading import dated_visits, read


def test_people_middle_names_left_out_patronymic_dropped_later() -> None:
    document = read(
        "MINSK, 4 March 2025 - The President of Kazakhstan Askar Nurlanovich Bekov arrived in "
        "Minsk on Tuesday on a state visit.\n\n"
        "Askar Bekov visited Minsk the last time in May 2019, when he attended a summit.\n\n"
        "During the visit the Kazakh leader will also meet students of the state university.\n"
    )
    assert [p.name for p in document.people] == ["Askar Bekov"]
    assert dated_visits(document) == {
        ("Askar Bekov", "BY", "2025-03-04"),
        ("Askar Bekov", "BY", "2019-05"),
    }


def test_people_middle_names_left_out_two_longer_names_keep_the_short_one_apart() -> None:
    """Counter-example: "Maria Silva" may be either of two Marias named in full."""
    names = ["Maria Helena Silva", "Maria Clara Silva", "Maria Silva"]
    people = cluster(
        [Candidate(TextSpan(10 * n, 10 * n + 5), name, None) for n, name in enumerate(names)]
    )
    assert sorted(p.name for p in people) == sorted(names)


def test_people_middle_names_left_out_one_longer_name_takes_the_short_one() -> None:
    names = ["Maria Helena Silva", "Maria Silva"]
    people = cluster(
        [Candidate(TextSpan(10 * n, 10 * n + 5), name, None) for n, name in enumerate(names)]
    )
    assert [p.key for p in people] == ["maria-silva"]


def test_people_middle_names_left_out_another_first_name_is_another_person() -> None:
    """Counter-example: the same family name with another first name is someone else."""
    document = read("President Ivan Sergeyevich Petrov met Foreign Minister Oleg Petrov in Minsk.")
    assert len([p for p in document.people if p.name.endswith("Petrov")]) == 2
