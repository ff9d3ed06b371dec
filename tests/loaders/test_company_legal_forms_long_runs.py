"""A long run of capitalised words is read once by the legal-form reader, not again from each
of its words: "Acme Ltd met Alpha Alpha ... today" took 4.6 s of CPU for 3,000 words, as every
word of the run started a name that failed for want of a form after it. The name before a form
is now at most twelve words (the bench's longest has six), so each word starts a bounded read."""

from __future__ import annotations

import time

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

_RUN = " ".join(["Alpha"] * 3000)


def test_company_legal_forms_long_runs_name_a_bounded_name() -> None:
    """The words a name may take before its form are bounded: the last twelve of the run."""
    found = find_companies(f"Talks with {_RUN} Ltd were held.", 0, load_gazetteer())
    assert [m.text for m in found] == [" ".join(["Alpha"] * 12) + " Ltd"]


def test_company_legal_forms_long_runs_without_a_form_read_fast() -> None:
    sentence = f"Acme Ltd met {_RUN} today."
    gazetteer = load_gazetteer()
    find_companies("Acme Ltd met Alpha today.", 0, gazetteer)  # compiles the lazy patterns
    started = time.process_time()
    found = find_companies(sentence, 0, gazetteer)
    assert time.process_time() - started < 1  # 4.6 s of CPU when each word reread the run
    assert [m.text for m in found] == ["Acme Ltd"]


def test_company_legal_forms_long_runs_real_names_stay_whole() -> None:
    """Counter-example: a long real name keeps all its words before its form."""
    sentence = "Papua New Guinea Civil Engineering and Construction Ltd won the tender."
    found = find_companies(sentence, 0, load_gazetteer())
    assert [m.text for m in found] == ["Papua New Guinea Civil Engineering and Construction Ltd"]
