"""Documents listed as bullets under a lead-in: "The following documents were signed:".

Ministry outcome pages name each document on a line of its own ("- Memorandum of Understanding
between ...") with the verb only in the lead-in above the list. Read line by line, no item says
it was signed, so none was counted. An item is a document when it opens with a document's head
noun; "- Launch of an action plan" or "- Decision to set up a council" are not.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.agreement_mentions import AgreementMention, AgreementStatus
from dkg.loaders.steps.agreement_values import valued
from dkg.loaders.steps.amounts import AmountKind, find_amounts
from dkg.loaders.steps.list_markers import ITEM
from dkg.loaders.steps.named_agreements import find_named_agreements

_LEAD = Prefiltered(
    r"\b(?:signed|signing|exchanged|concluded|adopted|inked|outcomes?|deliverables|documents|"
    r"agreements|memoranda|instruments|accords|protocols|mous|among\s+(?:them|these|those))\b"
    r"[^:]{0,80}:\s*$|"
    r"\b(?:list\s+of\s+)?outcomes?\s*:\s*$",
    re.IGNORECASE,
)
"""A lead-in that announces a list of signed documents or outcomes, ending with a colon:
"witnessed the signing of three instruments:" as well as "The following were signed:", and the
parts of a package counted before picked out of it ("Five agreements were signed. Among
them:")."""
_HEADING = re.compile(
    r"(?:(?:key|main)\s+)?(?:outcomes?|deliverables)(?:\s+of\s+the\s+(?:\w+\s+)?(?:visit|talks|"
    r"summit|meeting))?|(?:list\s+of\s+)?(?:outcomes?|documents\s+signed)|"
    r"(?:documents|agreements|memoranda|instruments)\s+(?:signed|exchanged|concluded|adopted)",
    re.IGNORECASE,
)
"""The same lead-in written as a heading, a line of its own without a colon ("Key outcomes",
"Documents signed", "Outcomes of the visit"); "Topics discussed" heads no documents."""
_HEADING_LENGTH = 40
"""No heading above is longer: a longer sentence is spared the match."""
_BARE_MARKER = re.compile(r"\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)])\s*")
"""A number or letter standing alone: the sentence splitter cuts "1." off the item it opens, so
the item itself then arrives as the next sentence without a marker."""
_DOCUMENT_FIRST = re.compile(
    r"(?:[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}?(?i:memorandum|mou|agreement|arrangement|treaty|"
    r"protocol|accord|contract|declaration|convention|charter|road\s*map)\b|"
    r"(?:(?:[A-Z][\w'-]*|of|on|the|and)\s+){0,6}?(?:Joint\s+Declaration|Joint\s+Statement|"
    r"Memorandum|MoU|Treaty|Convention|Agreement|Arrangement|Accord|Protocol|Exchange\s+of\s+"
    r"(?:Notes|Letters)|Letter\s+of\s+Intent|Declaration|Charter|Contract|Road\s*[Mm]ap)\b)"
)
"""An item whose first words are a document's name: "Joint Declaration on ...", "Framework
Agreement on ...", "Memorandum of Understanding between ...", or a document told with its
article: "an MoU on cooperation in the hydrocarbon sector"."""


_UNMARKED_ITEM = Prefiltered(
    rf"\s*(?:{_DOCUMENT_FIRST.pattern})(?:(?!\b(?:was|were|is|are|will|has|have|had|would)\b)"
    r"[^.:!?])*[.;]?\s*"
)
"""An item a list writes with no marker: a document's name and nothing more, with no verb
("Memorandum of Understanding on Cooperation in Health"); "Memorandum of Understanding on
health was discussed." is a sentence after the list, which closes it."""


class OutcomeList:
    """Reads the sentences of a document in order, remembering whether a list is open."""

    def __init__(self) -> None:
        self._open = False
        self._marked = False  # the previous sentence was a bare "1."

    def read(self, sentence: str, offset: int) -> list[AgreementMention]:
        """The document a list item names under a lead-in; nothing for other sentences."""
        if _BARE_MARKER.fullmatch(sentence):
            self._marked = True
            return []
        marked, self._marked = self._marked, False
        item = ITEM.match(sentence)
        if item is None and self._open and _UNMARKED_ITEM.fullmatch(sentence):
            marked = True  # "Memorandum of Understanding on X" on a line of its own, no marker
        if item is None and not marked:
            # A lead-in ends with its colon, a heading is short: bare tests spare the patterns
            # most sentences.
            line = sentence.strip()
            self._open = (line.endswith(":") and _LEAD.search(sentence) is not None) or (
                len(line) <= _HEADING_LENGTH and _HEADING.fullmatch(line) is not None
            )
            return []
        start = item.end() if item else 0
        if not self._open or _DOCUMENT_FIRST.match(sentence, start) is None:
            return []
        # the lead-in signed what the item names: a joint statement too, with no verb of its own
        found = find_named_agreements(sentence, offset, AgreementStatus.SIGNED, enacted=True)
        money = [a for a in find_amounts(sentence) if a.kind is AmountKind.MONEY] if found else []
        # "- the Memorandum of Understanding on exploration, worth 150 million US dollars;"
        return [valued(a, sentence, offset, money) for a in found[:1]]
