"""Prefiltered patterns find exactly what their bare patterns find, only faster."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import pytest

import dkg.loaders.steps
from dkg.loaders import Document, read_documents
from dkg.loaders.case_blind import fold
from dkg.loaders.prefilter import Prefiltered, required_literals
from dkg.loaders.steps.segment import split_sentences
from dkg.samples import __file__ as samples_init


@pytest.mark.parametrize(
    ("pattern", "strings", "folded"),
    [
        (r"\b(?:state|official) visits?\b", {"state visit", "official visit"}, False),
        (r"[Hh]is\s+(?:visit|trip)", {"visit", "trip"}, False),
        (r"(?i:Talks)\s+with", {"talks"}, True),
        (r"(?i)President|Premier", {"president", "premier"}, True),
        (r"such\s+as", {"such"}, False),
        (r"x(?:ab|cd)y", {"xaby", "xcdy"}, False),
        (r"(?:met)+\s+with", {"with"}, False),
    ],
)
def test_prefilter_reads_the_words_every_match_needs(
    pattern: str, strings: set[str], folded: bool
) -> None:
    found = required_literals(re.compile(pattern))
    assert found is not None
    assert (set(found.strings), found.folded) == (strings, folded)


@pytest.mark.parametrize("pattern", [r"[A-Z]\w+", r"ab|c*", r"(?:visit)?\s+", r"\d+(?:bn)?"])
def test_prefilter_knows_no_words_where_a_match_needs_none(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None


def test_prefilter_folds_what_ignorecase_matches_to_ascii() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert len(fold(everything)) == len(everything)  # offsets stay true
    for match in re.finditer(r"[a-z0-9]", everything, re.IGNORECASE):
        folded = fold(match.group())
        assert folded.isascii()
        assert re.fullmatch(re.escape(folded), match.group(), re.IGNORECASE)


def test_prefilter_matches_a_case_insensitive_cue_in_any_case() -> None:
    pattern = Prefiltered(r"(?i)\bstate visit\b")
    assert [m.group() for m in pattern.finditer("A STATE Visit, a \u017ftate vi\u017fit.")] == [
        "STATE Visit",
        "\u017ftate vi\u017fit",  # re.IGNORECASE matches a long s to "s"
    ]
    assert pattern.search("a working visit") is None


def test_prefilter_honours_pos_and_endpos() -> None:
    pattern = Prefiltered(r"talks")
    text = "talks; later, more talks"
    assert pattern.search(text, 1) is not None and pattern.search(text, 1).start() == 19
    assert pattern.search(text, 1, 18) is None
    assert pattern.match(text, 19) is not None


def _prefiltered_patterns() -> list[tuple[str, Prefiltered]]:
    found = []
    for info in pkgutil.iter_modules(dkg.loaders.steps.__path__):
        module = importlib.import_module(f"dkg.loaders.steps.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Prefiltered):
                found.append((f"{info.name}.{name}", value))
    return found


def _sample_sentences() -> list[str]:
    sentences = []
    for path in sorted(Path(samples_init).parent.iterdir()):
        if path.suffix in {".txt", ".jsonl", ".html"}:
            for document in read_documents(path):
                if isinstance(document, Document):
                    sentences += [s.text for s in split_sentences(document.text)]
    return sentences


def test_prefiltered_patterns_find_what_their_bare_patterns_find() -> None:
    patterns = _prefiltered_patterns()
    assert patterns
    for sentence in _sample_sentences():
        middle = len(sentence) // 2
        for name, pattern in patterns:
            expected = [(m.span(), m.groupdict()) for m in pattern.compiled.finditer(sentence)]
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(sentence)] == expected, name
            found, bare = (
                pattern.search(sentence, middle),
                pattern.compiled.search(sentence, middle),
            )
            assert (found and found.span()) == (bare and bare.span()), name


def test_prefilter_scans_alternatives_apart_with_the_matches_of_the_whole() -> None:
    # Each alternative needs its own word; where two start at one place the first one wins,
    # and a match hides the ones that overlap it, as in the bare pattern.
    pattern = Prefiltered(r"(?P<a>talks with \w+)|(?P<b>\w+'s visit)|(?P<c>with \w+'s)")
    text = "He held talks with Ruto's visit team; Ali's visit with Bo's aide; with Xi's"
    expected = [(m.span(), m.groupdict()) for m in pattern.compiled.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == expected
    assert len(pattern._branches) == 3  # the alternatives were indeed scanned apart
    assert pattern.findall(text) == pattern.compiled.findall(text)
    assert pattern.search(text, 20).span() == pattern.compiled.search(text, 20).span()
    assert pattern.search("no cue here") is None
