"""A full name that a story shortens by its last surname: "Gabriel Boric Font", then
"Gabriel Boric".

Spanish and Portuguese names carry two surnames; an official first mention gives both and
every later one, and other documents, only the first. Where the text writes the name without
its last word as a name of its own (not followed by another capitalised word), that shorter
form is a mention of the same person, and person_clusters.py keys the person by it, as it does
"Mohammed bin Salman" beside the longer "Mohammed bin Salman bin Abdulaziz Al Saud".

A short name the story itself introduces for a full name ("Joko Widodo, known as Jokowi",
"Joko Widodo (Jokowi)") is that person too, wherever it is written (``introduced_aliases``);
without such an introduction a one-word name that is no word of a full name stays apart, as no
list of nicknames can say who goes by what.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from dkg.loaders.document import TextSpan
from dkg.loaders.letters import UPPER
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import PARTICLE_WORD, without_suffix


def shorter_forms(candidates: list[Candidate], text: str) -> Iterator[Candidate]:
    """Mentions of a name of three words or more written without its last surname elsewhere
    in ``text``, the document; spans already read as names are left out."""
    taken = {c.name_span.start for c in candidates}
    done: set[str] = set()
    for candidate in candidates:
        words = candidate.name.split()
        if len(words) < 3 or without_suffix(candidate.name) != candidate.name:
            continue  # "Joseph R. Biden Jr.": a suffix is no surname
        short = " ".join(words[:-1])
        if short in done or any(PARTICLE_WORD.fullmatch(w) for w in words[-2:]):
            continue  # "Tamim bin Hamad", "Zayed Al Nahyan": a patronymic or a particle
        done.add(short)
        for span in _alone(short, text):
            if span.start not in taken:
                yield Candidate(span, short, None)


_WORD_CHAR = re.compile(r"[\w'\u2019-]")
_GOES_ON = re.compile(rf"[\w'\u2019-]|\s+[{UPPER}]")
"""What continues a name past its end: more of a word, or another capitalised word."""


def _alone(short: str, text: str) -> Iterator[TextSpan]:
    """Where ``text`` writes ``short`` as a whole name: no word runs into it on the left, and
    neither a word nor another capitalised word follows it. A plain search with two fixed
    patterns, not a pattern compiled for each name of each document."""
    start = text.find(short)
    while start != -1:
        end = start + len(short)
        if not (start and _WORD_CHAR.match(text, start - 1)) and not _GOES_ON.match(text, end):
            yield TextSpan(start, end)
            start = text.find(short, end)
        else:
            start = text.find(short, start + 1)


_INTRODUCED = re.compile(
    r"\s*(?:,\s*(?:(?:also|better|popularly|widely|commonly|affectionately)\s+)?known\s+as\s+|"
    rf"\(\s*)[\"\u201c\u2018']?(?P<alias>[{UPPER}][\w'\u2019-]+)[\"\u201d\u2019']?\s*[,)]"
)
"""A short name introduced right after a full one: ", known as Jokowi,", " (Jokowi)"."""


def introduced_aliases(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates with every short name that the text introduces for one full name read
    as that full name: "Joko Widodo (Jokowi) ... President Jokowi" is one person. An alias
    introduced for two different names is left alone."""
    aliases: dict[str, set[str]] = {}
    for candidate in candidates:
        if len(candidate.name.split()) < 2:
            continue
        found = _INTRODUCED.match(text, candidate.name_span.end)
        if found is not None and found["alias"] not in candidate.name.split():
            aliases.setdefault(found["alias"], set()).add(candidate.name)
    if not aliases:
        return candidates
    return [
        replace(c, name=next(iter(aliases[c.name]))) if len(aliases.get(c.name, ())) == 1 else c
        for c in candidates
    ]
