"""Later mentions of a person by surname alone: "Tokayev emphasized", "Bin Salman said".

ReferenceResolver reads these before roles and pronouns, which then count them among the
people named before a role; a surname after another given name ("his son Hunter Biden") is
someone else who shares it.
"""

from __future__ import annotations

import re
from itertools import chain

from dkg.loaders.document import Document, Person, PersonMention, TextSpan
from dkg.loaders.gazetteer import fold
from dkg.loaders.letters import LOWER, UPPER
from dkg.loaders.mint import person_key
from dkg.loaders.steps.person_names import (
    PARTICLE_WORD,
    PARTICLES,
    plain_word,
    short_names,
)


def surname_mentions(
    document: Document, people: list[Person], taken: set[TextSpan], title_words: frozenset[str]
) -> list[PersonMention]:
    """Later mentions of a known person by surname alone ("Tokayev emphasized"); a surname
    after another given name ("his son Hunter Biden" beside "President Joe Biden") is a
    different person who shares it, not a mention of the one the text introduced."""
    found: list[PersonMention] = []
    if not people:
        return found
    surnames = short_names(people)
    covered = set(chain.from_iterable(range(t.start, t.end) for t in taken))
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        for match in _SURNAME_WORD.finditer(sentence.text):
            start = sentence.span.start + match.start()
            if start in covered:
                continue  # part of a name already read
            word = match.group().removesuffix("'s").removesuffix("\u2019s")
            # The particle test first, on short words (no particle has more than four letters):
            # few words are particles, and the tail is read for them only.
            if (
                len(word) <= _LONGEST_PARTICLE
                and PARTICLE_WORD.fullmatch(word)
                and (tail := _PARTICLE_TAIL.match(sentence.text, match.end()))
            ):
                # "Bin Salman", "Von der Leyen": one family name, not a particle and a name
                whole = (word + tail.group()).removesuffix("'s").removesuffix("\u2019s")
                if person_key(whole) in surnames:
                    word = whole
                    covered.update(range(start, start + len(word)))
            key = surnames.get(person_key(word))
            if (
                key is None
                and match.start()
                and sentence.text[match.start() - 1] == " "
                and may_end_in_particle(sentence.text, max(0, match.start() - 12), match.start())
            ):
                # "received Prime Minister bin Salem": a family name its lower-case particle
                # opens, which the capitalised word alone does not name.
                opened = _LOWER_PARTICLES_BEFORE.search(
                    sentence.text, max(0, match.start() - 12), match.start()
                )
                whole = f"{opened.group()}{word}" if opened else ""
                if opened and (key := surnames.get(person_key(whole))) is not None:
                    start -= len(opened.group())
                    word = whole
            if key is None:
                continue
            given = _GIVEN_NAME_BEFORE.search(
                sentence.text, max(0, match.start() - 30), match.start()
            )
            if given is not None and _other_given_name(given[1], key, people, title_words):
                continue
            found.append(PersonMention(TextSpan(start, start + len(word)), key, "surname"))
    return found


_LONGEST_PARTICLE = max(map(len, PARTICLES))
"""No longer word can be a particle: a case-blind match still takes one letter per letter."""
_PARTICLE_TAIL = re.compile(rf"(?:\s+{PARTICLE_WORD.pattern})?\s+[{UPPER}][\w'\u2019-]*")
"""The rest of a family name that a capitalised particle opens: "Bin| Salman", "Von| der Leyen"."""
_LOWER_PARTICLES_BEFORE = re.compile(rf"(?<![\w'\u2019.-])(?:{PARTICLE_WORD.pattern}\s+){{1,2}}$")
"""Lower-case particles right before a capitalised word: "bin |Salem", "van der |Berg"."""


def may_end_in_particle(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may end in lower-case particles before a capitalised word
    (``_LOWER_PARTICLES_BEFORE`` can match it only then): its last word, after the white space
    at its end, is a particle ("bin ") or holds a sign that may stand before one ("(bin ").
    Nine in ten words before a capitalised one are neither ("the", "of", "President"), and
    this test costs a fraction of the pattern's search, which starts at each of the twelve
    places before the word.

    >>> may_end_in_particle("met bin ", 0, 8), may_end_in_particle("met the ", 0, 8)
    (True, False)
    """
    words = text[start:end].split()
    return not words or words[-1] in _PARTICLE_SET or not words[-1].isalpha()


_PARTICLE_SET = frozenset(PARTICLES)
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019.-])([{UPPER}][{LOWER}]+)\s$")
"""A capitalised word right before a surname, where a given name would stand."""


def _other_given_name(
    word: str, key: str, people: list[Person], title_words: frozenset[str]
) -> bool:
    """Whether ``word`` before a surname is a given name of someone other than the person
    ``key``: no title ("President"), no ordinary word ("When") and none of that person's
    names, when the text gave that person a given name at all."""
    folded = fold(word)
    if folded in title_words or plain_word(word):
        return False
    names = next(p for p in people if p.key == key).name.split()
    # "Sauli Niinistö" for a person known only as "Niinistö": his own given name.
    return len(names) > 1 and folded not in {fold(w) for w in names}


_SURNAME_WORD = re.compile(rf"[{UPPER}](?<![\w'\u2019-].)[\w'\u2019-]*")
"""A capitalised word (its possessive "'s" is cut off after), where a surname can stand: one
not preceded by a word character, apostrophe or hyphen, tested after its capital so that ``re``
skips, at C speed, the positions without one."""
