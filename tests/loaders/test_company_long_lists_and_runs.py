"""Long lists and runs are read once by the company readers, not again from each of their
words: "A, B, C ... have invested" started a list after each comma and read the rest of it
again (1,200 names: 2.2 s of CPU), the look-back over the capitalised words before a known
name read the run again from each of its words (1,200 words: 0.11 s), and "the X Group" and
"X plans to produce" read a long dotted word again from each of its initials (0.05 s)."""

from __future__ import annotations

import time
from collections.abc import Callable

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies
from dkg.loaders.steps.company_cue_lists import investing_subjects

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
