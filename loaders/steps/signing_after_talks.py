"""Signatories after talks already told: "After the talks, ministers A and B signed three
agreements".

A sentence that opens on "after the talks" places what it tells after the talks the story has
just reported. When what it tells is a signing, the people it names are the signatories of the
ceremony that closed those talks, often ministers of the two delegations; read as a meeting
of their own they add talks the text never reports (the gold counts signatories in no meeting,
as ``talks_cues`` notes for "the texts were signed by X and Y").
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_AFTER_TOLD_TALKS = Prefiltered(
    r"^\s*(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of)\s+(?:the|their|these|"
    r"those|today['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|consultations)"
    r"\s*,\s+(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SIGNED = re.compile(
    r"\b(?:signed|exchanged|inked|initiall?ed)\b(?![^.;]{0,80}?\bwith\s+(?-i:[A-Z]))", re.I
)
"""The signing verb of the clause; "signed an accord with X" names a party to talks instead."""
_OTHER_TALKS = re.compile(r"\b(?:met|talks|meeting|discuss\w*|held|spoke|received)\b", re.I)


def may_sign_after_talks(text: str) -> bool:
    """False only when no sentence of ``text`` (a whole document) can open on "after the
    talks": then none needs ``signs_after_told_talks``."""
    return _AFTER_TOLD_TALKS.may_match(text)


def signs_after_told_talks(sentence: str) -> bool:
    """Whether the sentence tells only the signing that followed talks told before it."""
    found = _AFTER_TOLD_TALKS.search(sentence)
    if found is None:
        return False
    rest = found["rest"]
    return _SIGNED.search(rest) is not None and _OTHER_TALKS.search(rest) is None
