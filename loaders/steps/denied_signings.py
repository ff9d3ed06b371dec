"""Documents a sentence says were not signed: "did not endorse the draft declaration", "failed
to sign the roadmap", "the memorandum was not signed".

A signing verb is what makes a sentence report a document as signed, so a verb under "not",
"never", "failed to" or "refused to" would otherwise store the very document the sentence says
is missing. When every signing verb of the sentence is denied, it reports no document at all:
neither signed nor planned, since a draft left unendorsed is no plan anyone announced.
"""

from __future__ import annotations

import re

_DENIED = re.compile(
    r"(?:\b(?:not|never|no\s+longer|(?:failed|refused|declined)\s+to)|n['\u2019]t)\s+"
    r"(?:(?:yet|be|been|being|formally|officially|actually|even|also)\s+){0,2}$",
    re.IGNORECASE,
)
"""What denies the signing verb right after it: "did not endorse", "didn't sign", "was not yet
signed", "failed to sign", "has never been ratified"."""
_REACH = 40


def only_denied_signings(text: str, signings: list[re.Match[str]]) -> bool:
    """Whether the sentence has signing verbs and every one of them is denied."""
    return bool(signings) and all(
        _DENIED.search(text, max(0, m.start() - _REACH), m.start()) is not None for m in signings
    )
