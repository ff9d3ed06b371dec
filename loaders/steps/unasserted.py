"""Trips and talks a sentence names without saying they happened or will happen.

Analysis, opinion and retrospective pieces talk about visits and talks that are only denied
("officials denied reports that he would hold talks with X"), only possible ("Kristersson could
travel to Paris", "he might meet X"), only weighed ("Clinton, who had weighed flying to
Pyongyang") or only talked about ("a visit to Ankara by X has been discussed for months", "a
visit by the Emperor was discussed but never took place"). A reader takes none of them for a
fact: not a visit with any status, not a meeting. Plain futures ("will travel", "is expected to
land") are announcements and stay with visit_status.py.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern

_DENIED = Prefiltered(
    r"\b(?:den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|rejected|refuted|ruled\s+out|"
    r"played\s+down|downplayed)\s+(?:(?:the\s+|any\s+)?(?:[\w-]+\s+)?(?:reports?|rumou?rs?|"
    r"speculation|claims?|suggestions?)\b[^.;:]{0,80}?\s)?that\s",
    re.IGNORECASE,
)
"""A denial that governs a clause: "denied reports in the press that", "dismissed speculation
that", "ruled out that". A denied object that is no report ("was denied a visa") governs none."""
_DENIED_REACH = 160
"""How far back from a cue a denial still governs it: one long reported clause."""
_POSSIBLE = SkipAheadPattern(
    r"(?:\b(?-i:[Cc]ould|[Mm]ight|may)|\b(?:weigh|consider|contemplat|mull|ponder)(?:ed|es|s|"
    r"ing)?(?:\s+the\s+idea\s+of)?)\s+(?:(?:still|also|yet|well|even|possibly|soon|then|"
    r"later)\s+)?(?:(?:not|himself|herself)\s+)?$",
    re.IGNORECASE,
)
"""A cue right after a modal of possibility ("could travel", "might still meet") or a verb of
weighing ("had weighed flying to", "considered the idea of visiting"). "may" is lower case so
that the month ("In May visited ...") is never read as one."""
_POSSIBLE_REACH = 40
_NOR = Prefiltered(
    r"(?:^|[;:]\s+)(?:Nor|Neither)\s+(?:did|does|do|will|would|has|have|had|was|were|is|are|"
    r"could|can)\b[^;:]*$"
)
"""A clause that "Nor" or "Neither" negates as a whole: "Nor did Macron commit to a date for a
return visit", up to the colon or semicolon that opens the next clause."""
_ONLY_DISCUSSED = Prefiltered(
    r"^[^,;:.]{0,80}?\b(?:(?:has|have|had)\s+(?:long\s+)?been|was|were|is|are)\s+(?:being\s+)?"
    r"(?:discussed|mooted|floated|talked\s+about|considered|under\s+discussion|proposed|"
    r"suggested)\b"
    r"(?![^.;]{0,60}\b(?:finally|eventually|at\s+last)\b)"
    r"|^[^,;:.]{0,120}?\b(?:never|not)\s+(?:took|take|taken)\s+place\b"
    r"|^[^,;:.]{0,120}?\b(?:never\s+(?:happened|materiali[sz]ed)|did\s+not\s+(?:happen|"
    r"materiali[sz]e))\b",
    re.IGNORECASE,
)
"""The predicate of a visit or talks named as a noun, in its own clause: "A visit to Ankara by
X has been discussed for months", "A meeting between X and Y had been proposed", "A visit by
the Emperor was discussed but never took place". A comma ends the clause, so "X visited Kyiv,
a trip that had been discussed for months" keeps its visit, and "finally" or "at last" turns
a long-discussed trip into one made."""
_CONDITIONAL = Prefiltered(
    r"(?:^|[,;:(\"\u201c]\s*|\s)(?:[Ii]f|[Uu]nless|[Hh]ad\s+(?:he|she|they))\s[^,;:]*$"
)
"""A clause that only supposes what it tells, up to its comma: "If the water agreement is
signed and honoured, ...", "Had he gone, ...", "unless the leaders meet"."""
_CONDITIONAL_ANSWER = re.compile(
    r"[\"\u201c]?(?P<supposition>(?:If|Unless|Had\s+(?:he|she|they))\s[^,;:]*,)\s[^;:]*?"
    r"\b(?:would|could|might)\b"
)
"""A sentence that opens with a supposition and answers it in the conditional: "If X travels
to Kyiv, it would be his first visit there". "If anything, the mood was warm" answers in no
conditional and tells what happened."""
_NOUN_CUE = re.compile(
    r"(?:[\w-]+[\s-]+)*(?:visits?|trip|journey|tour|meetings?|talks|summit|call|conversation)"
    r"\b.*",
    re.IGNORECASE,
)


def only_discussed(text: str, cue: re.Match[str]) -> bool:
    """Whether a visit or talks named as a noun are said to have been only discussed or
    proposed, or never to have taken place: "A visit by X to Y was discussed but never took
    place", "A meeting between X and Y had been proposed"."""
    if not _NOUN_CUE.fullmatch(cue.group().strip()):
        return False
    return _ONLY_DISCUSSED.search(text[cue.end() :]) is not None


def unasserted(text: str, at: int) -> bool:
    """Whether the cue at ``at`` of a sentence is denied ("officials denied reports that he
    would travel on to Kuwait") or only possible or weighed ("could travel", "had weighed
    flying to") or in a clause "Nor" negates or "If" supposes, so that no fact comes of it."""
    return (
        _DENIED.search(text, max(0, at - _DENIED_REACH), at) is not None
        or _POSSIBLE.search(text, max(0, at - _POSSIBLE_REACH), at) is not None
        or _NOR.search(text, 0, at) is not None
        or supposed(text, at)
    )


def supposed(text: str, at: int) -> bool:
    """Whether the words at ``at`` lie in a clause that only supposes them ("If the water
    agreement is signed, ...", "If X visits Kyiv next month, ...") or in the conditional
    answer to such a clause (", it would be his first visit there")."""
    if _CONDITIONAL.search(text, 0, at) is not None:
        return True
    answer = _CONDITIONAL_ANSWER.match(text)
    return answer is not None and answer.end("supposition") <= at
