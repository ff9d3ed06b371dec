"""The nouns that name a signed document: "agreement", "memorandum of understanding", "treaty".

The agreement finder counts documents by them ("eleven documents were signed"), the dating
of earlier agreements finds the document a date belongs to ("a trade pact signed in 2019") and
the sectors read the subjects of signed documents ("six contracts were signed, notably on
ports") and the figures leave out a document's price ("a pact worth $2 billion"); all read
the same documents, so one list serves them.
"""

from __future__ import annotations

DOCUMENT_NOUN = (
    r"documents?|agreements?|arrangements?|accords?|memorand(?:a|ums?)(?:\s+of\s+understanding)?|"
    r"mous?|contracts?|deals?|treat(?:y|ies)|pacts?|protocols?|conventions?|roadmaps?|"
    r"exchanges?\s+of\s+(?:notes|letters)|letters?\s+of\s+intent(?:ions?)?|"
    r"(?<!financial\s)(?<!debt\s)(?<!musical\s)(?<!monetary\s)instruments?"
)
"""Document nouns, as a regular expression alternation (group it); "instruments" is how
translated copy often counts documents ("eleven instruments of cooperation were signed"), but
not a bank's or an orchestra's instruments. The nouns of an "of" phrase are counted in either
number, as news writes them ("three Exchange of Notes", "two Letters of Intent", "letters of
intention", and "a letter of intentions" as translated copy writes it); plain "letters" are no
documents. Written in lower case ("mous", not "MoUs"), so that a pattern scanning a lower-cased
sentence (the sectors') reads it as a case-insensitive one does."""
