"""Long lists and runs are read once by the company readers, not again from each of their
words: "A, B, C ... have invested" started a list after each comma and read the rest of it
again (1,200 names: 2.2 s of CPU), the look-back over the capitalised words before a known
name read the run again from each of its words (1,200 words: 0.11 s), and "the X Group" and
"X plans to produce" read a long dotted word again from each of its initials (0.05 s)."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps import known_companies
from dkg.loaders.steps.companies import find_companies
from dkg.loaders.steps.company_cue_lists import investing_subjects
from dkg.loaders.steps.company_directory import NAME, NAME_BEFORE_SPACE
from dkg.loaders.steps.company_kind_names import _GROUP, _PLANS_TO_PRODUCE
from dkg.loaders.steps.sentence_tokens import SentenceTokens

GAZETTEER = load_gazetteer()


def _cpu(read: Callable[[str], object], sentence: str) -> tuple[float, object]:
    read("Siemens and Gazprom have invested; the Adani Group. Vinfast plans to produce cars.")
    started = time.process_time()
    found = read(sentence)
    return time.process_time() - started, found


def _names(sentence: str) -> list[str]:
    return [m.written_name for m in find_companies(sentence, 0, GAZETTEER)]


def test_company_long_lists_of_investors_read_fast() -> None:
    firms = ", ".join(f"Firm{i}" for i in range(2000))
    sentence = f"{firms} and Siemens have invested in Kenya."
    spent, found = _cpu(_names, sentence)
    assert spent < 1  # 6 s when each comma started a read of the rest of the list
    assert found == ["Firm1999", "Siemens"]  # the last two make a list of two, half known


def test_company_long_lists_of_investors_hold_forty_names() -> None:
    """A list of subjects is read whole up to forty names; a longer one is read from where
    forty are left."""
    names = [f"Firm{i}" if i % 2 else "Siemens" for i in range(41)]
    sentence = f"{', '.join(names)} have invested in Kenya."
    found = [m.text for m in investing_subjects(sentence, 0, GAZETTEER)]
    assert found[:40] == names[1:]
    shorter = f"{', '.join(names[1:])} have invested in Kenya."
    assert [m.text for m in investing_subjects(shorter, 0, GAZETTEER)][:40] == names[1:]


def test_company_long_lists_real_investors_stay_listed() -> None:
    """Counter-example: a real list of investors, most of them known, names them all."""
    sentence = "Siemens, Gazprom, Alstom, Kestrel and Zorba have invested in Kenya."
    assert _names(sentence) == ["Siemens", "Gazprom", "Alstom", "Kestrel", "Zorba"]


def _known(sentence: str) -> list[str]:
    index = known_companies.index_for(GAZETTEER)
    tokens = SentenceTokens(sentence)
    return [m.text for m in known_companies.from_gazetteer(sentence, 0, GAZETTEER, index, tokens)]


def test_company_long_runs_before_a_known_name_read_fast() -> None:
    run = " ".join(["Alpha"] * 6000)
    spent, found = _cpu(_known, f"Siemens, {run} and Gazprom signed.")
    assert spent < 0.5  # 2.7 s when each word of the run read the rest of it again
    assert found == ["Siemens", "Gazprom"]


def test_company_long_runs_before_a_known_name_still_extend_it() -> None:
    """Counter-example: capitalised words right before a known name make a longer name, which
    is no mention of the known company; a run that stops short of it does not."""
    assert _known("Talks with Alpha Beta Siemens ended.") == []
    assert _known("Talks with Alpha Beta and Siemens ended.") == ["Siemens"]


_OLD_RUN_BEFORE = re.compile(r"(?:[A-Z][\w&'-]*(?<!'s)\s+)+$")
_PIECES = ("A", "Ab", "eB", "A.", "B.", "B'", "'s", "-", "&", " ", "  ", "\n", ",", ".", "x")


def test_company_long_runs_before_a_known_name_start_where_they_did() -> None:
    """The run's start is that of the search for a run ending at the name, on any text."""
    shuffled = random.Random(7)  # noqa: S311 - reproducible test input, not a secret
    for _ in range(5000):
        text = "".join(shuffled.choices(_PIECES, k=shuffled.randint(0, 14)))
        start = shuffled.randint(0, len(text))
        floor = shuffled.randint(0, start)
        old = _OLD_RUN_BEFORE.search(text, floor, start)
        new = known_companies._run_before(text, floor, start)
        assert new == (old.start() if old else start), (text, floor, start)


def test_company_long_dotted_words_before_group_and_plans_read_fast() -> None:
    dots = "A." * 6000
    for pattern, sentence in (
        (_GROUP, f"Talks with the {dots} Group ended."),
        (_PLANS_TO_PRODUCE, f"{dots} plans to produce cars."),
    ):
        spent, found = _cpu(lambda s, p=pattern: list(p.finditer(s)), sentence)
        assert spent < 0.25  # 1.3 s when the name gave its initials back one by one
        assert found == []  # a word ends on a letter, not on a dot
    found = _names(f"Talks with the {dots}A Group ended.")
    assert found == [f"{dots}A Group"]


_NAME_PIECES = (
    *("A.", "B. ", "A", "Ab", "Kestrel", "Group", "group", "the ", "The ", " ", "  ", ", "),
    *(".", "x", "&", "'s", " of ", " plans to produce", " for ", "that ", "d'"),
)


def test_company_long_dotted_words_names_match_as_they_did() -> None:
    """The names before "Group" and "plans to produce" keep their initials, and match where
    ``NAME`` did, on any text."""
    olds = [
        re.compile(p.pattern.replace(NAME_BEFORE_SPACE, NAME)) for p in (_GROUP, _PLANS_TO_PRODUCE)
    ]
    shuffled = random.Random(11)  # noqa: S311 - reproducible test input, not a secret
    for _ in range(5000):
        text = "".join(shuffled.choices(_NAME_PIECES, k=shuffled.randint(0, 12)))
        for new, old in zip((_GROUP, _PLANS_TO_PRODUCE), olds, strict=True):
            expected = [(m.span(), m.span("name")) for m in old.finditer(text)]
            assert [(m.span(), m.span("name")) for m in new.finditer(text)] == expected, text
    assert _names("Talks with the A. P. Kestrel Group ended.") == ["A. P. Kestrel Group"]
    assert _names("Officials said that A.B.C.D.E.F. Kestrel plans to produce cars.") == [
        "A.B.C.D.E.F. Kestrel"
    ]
