"""The verbs a relative clause makes a visit with: "X, who realized a state visit to Chile".

Wire English says "who is on" or "who arrived"; translated releases say what the source language
says, and Spanish "realizó", Portuguese "realizou", French "a effectué" come out as "realized",
"carried out", "effected", "effectuated", "undertook" or "performed". The visitor is the person
the clause is about whichever of them is used, so a host named first ("received ... X, who
realized a state visit") is not taken for the visitor.
"""

from __future__ import annotations

VISIT_MADE = (
    r"(?:realized|realised|realizes|realises|is\s+realizing|is\s+realising|made|makes|"
    r"is\s+making|paid|pays|is\s+paying|undertook|undertakes|is\s+undertaking|carried\s+out|"
    r"carries\s+out|is\s+carrying\s+out|effected|effects|performed|performs|conducted|"
    r"conducts|effectuated|effectuates|is\s+effectuating|began|begins|started|starts|concluded|"
    r"concludes|landed|lands|"
    r"travell?ed|flew)"
)
"""Verbs after "who" that tell the person made, makes or is making the visit."""

MADE_BY = (
    r"(?:made|paid|undertaken|conducted|carried\s+out|realized|realised|performed|effected)"
    r"\s+by"
)
"""The passive that names the maker of a visit after it: "the visit ... was made by X", "was
carried out by X", as wire and translated English write it."""

WELCOMED = r"(?:received|welcomed|greeted|hosted)"
"""The verbs a host receives a guest with; with "by" after them, the one named next is the host
("was received by President X"), never the visitor."""
