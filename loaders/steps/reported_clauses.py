"""A reported clause without "that": "Spokesman X said Putin had accepted an invitation".

Agency English drops the "that" after a reporting verb as often as it writes it. The clause
then opens right after the verb, on a capitalised name or title, and whoever it names is the
one it reports on, not the speaker.
"""

from __future__ import annotations

REPORTED_CLAUSE = (
    r"(?=\s+(?-i:(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*)\s+"
    r"(?:had|has|have|would|will|was|is|were|are|could|should|might|may|planned|plans|"
    r"intended|intends|accepted|accepts)\b)"
)
"""A clause opening on a name or title and its verb right after the reporting verb, so that
"said Putin had accepted" reports on Putin, while "said in Moscow" or "told reporters at the
airport" opens none."""
