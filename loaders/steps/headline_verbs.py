"""The verbs a headline in title case writes after the name of the one who acts.

Ministries and agencies capitalise every long word of a headline ("Prime Minister Mottley
Welcomes President of Ghana on State Visit"), so the verb after the name looks like one more
name word, and the name read after the title ran on into the verb and the next title ("Mottley
Welcomes President"). These are the verbs of diplomatic headlines in the third person singular,
the tense headlines use for what just happened; none of them is a family name, so such a word
ends a name wherever it stands. ("Marks", "Leads" and "Sees" are left out: "Marks" is a family
name, and the others open few headlines.)
"""

from __future__ import annotations

HEADLINE_VERBS = frozenset(
    {
        # receiving and meeting
        *("welcomes", "receives", "meets", "hosts", "greets", "holds", "visits", "calls"),
        *("arrives", "departs", "leaves", "returns", "travels", "embarks", "concludes"),
        *("begins", "starts", "wraps", "pays", "attends", "joins", "invites", "accepts"),
        *("agrees",),
        # talks and statements
        *("discusses", "talks", "speaks", "says", "tells", "addresses", "chairs", "urges"),
        *("stresses", "reaffirms", "affirms", "underscores", "highlights", "emphasizes"),
        *("emphasises", "expresses", "conveys", "extends", "pledges", "vows", "thanks"),
        *("hails", "lauds", "praises", "commends", "congratulates", "condoles", "mourns"),
        *("announces", "confirms", "denies", "rejects", "condemns", "warns", "seeks"),
        *("offers", "proposes", "reviews", "explores", "backs", "supports", "outlines"),
        # signing and opening
        *("signs", "inks", "seals", "launches", "opens", "inaugurates", "unveils"),
        *("witnesses", "presents", "confers", "awards", "lays", "bids", "appoints"),
    }
)
"""Third-person verbs of headlines, folded: a capitalised one ends a name."""
