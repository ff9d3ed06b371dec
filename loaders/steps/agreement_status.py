"""The words that tell whether a sentence's documents are signed, planned, drafted or past.

"signed", "adopted", "exchanged" sign; "will sign", "is to be inked" plan; "a draft treaty" is
planned too, but only in its own noun phrase; "the accord signed in 2016" is background, not a
document of the event the text reports.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.agreement_mentions import AgreementMention, AgreementStatus
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAME

_I = re.I
SIGNED = Prefiltered(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:e|es|ed)|adopt(?:s|ed)?|exchang(?:e|es|ed)|"
    r"approv(?:e|es|ed)|ratif(?:y|ies|ied)|initial(?:l?ed)|endors(?:e|es|ed)|issu(?:e|es|ed)|"
    r"updat(?:e|es|ed)|renew(?:s|ed)?|revis(?:e|es|ed)|upgrad(?:e|es|ed)|"
    r"subscrib(?:e|es|ed)(?!\s+(?:to|capital|shares?)\b)|signature(?=\s+of\b)|"
    r"(?:(?<=their\s)|(?<=his\s)|(?<=her\s))signatures?(?=\s+(?:to|on)\b))\b",
    _I,
)
"""Verbs that put a document into effect now: sign, ink, adopt, ratify, renew and the like; and
"subscribe", as translated Spanish and Portuguese copy writes "suscribir" ("the delegations
subscribed nine instruments"), but not "subscribe to" a view or a newspaper, nor subscribed
capital or shares. "The signature of" is the signing as French and Spanish releases name it
("proceeded to the signature of five instruments"), read as "the signing of" is; and "put
their signatures to" or "affixed his signature on" a document, as feature writers vary "signed"
(a petition's "10,000 signatures on" signs nothing)."""
BACKGROUND = Prefiltered(
    r"\b(?:signed|subscribed|concluded|adopted|reached|agreed)\s+(?:(?:in|during|back\s+in)\s+"
    r"(?:(?:the\s+)?"
    rf"(?:last|previous|past)\s+\w+|{FULL_MONTH_NAME}\b|"
    r"(?:19|20)\d\d|an?\s+(?:earlier|previous|past|\w+\s+)?visit)"
    r"|last\s+(?:year|month|week)|earlier|previously|(?:\w+\s+)?years?\s+ago)"
    r"|\b(?:signed|concluded)\s+(?:in|at)\s+[\w-]+\s+(?:(?:\w+\s+)?years?\s+ago|in\s+(?:19|20)\d\d)"
    r"|\b(?:first|second|third|only)\s+(?:[\w-]+\s+){0,2}?(?:country|nation|state|economy)\s+to\s+"
    r"(?:sign|conclude|ratify)\b",
    _I,
)
"""A participle that dates a document to the past: "the Agreement signed in August last year",
"which she signed in Manila five years ago", "signed in Hanoi in 2016" (a place before a year,
not before a month: "signed in Lima in May" is as often the news); or a rank in history:
"the first developed country to sign a free trade agreement with"."""
PLANNED = Prefiltered(
    r"\b(?:will(?:\s+\w+)?\s+(?:sign|conclude|adopt|subscribe)|(?:is|are)\s+(?:expected|set|due|"
    r"scheduled|going|planned)\s+to\s+(?:be\s+)?(?:\w+\s+)?(?:sign|conclude|adopt|ink|exchange|finali[sz]e|"
    r"produce|yield|see|result|bring)|(?<!\ba\s)(?<!\bthe\s)plan(?:s|ned)?\s+to|"
    r"(?:to|will|would|shall|should)\s+(?:(?:soon|also|then|only)\s+)?be\s+(?:signed|adopted|"
    r"concluded|inked|exchanged|subscribed)|"
    r"(?:prepared|finali[sz]ed|ready)\s+for\s+(?:signing|signature)|(?:being|been)\s+(?:prepared|"
    r"drafted)|intend\w*\s+to|"
    r"would\s+sign|will\s+(?:also\s+)?(?:witness|attend|oversee|preside\s+over)\s+the\s+signing|"
    r"agreed\s+to\s+(?:(?:swiftly|quickly|soon|speedily|rapidly|also)\s+)?"
    r"(?:sign|conclude|finali[sz]e)|upcoming)\b",
    _I,
)
"""A signing still to come, active ("will sign", "plan to", "agreed to swiftly finalise", "will
witness the signing of") or passive ("is to be inked",
"should be signed in the coming weeks", "will be signed next month")."""
DRAFT = Prefiltered(r"\bdrafts?\b", _I)
_DRAFT_OF = re.compile(r"\bdrafts?\s+(?:of\s+)?(?:an?\s+|the\s+)?$", _I)
"""A document still in draft ("a draft treaty on extradition", "the draft of a protocol") is
planned; the word marks its own noun phrase only, not a memorandum signed beside it."""


def as_draft(mention: AgreementMention, sentence: str, offset: int) -> AgreementMention:
    """The mention as planned when its own noun phrase calls it a draft."""
    start, end = mention.spans[0][0] - offset, mention.spans[0][1] - offset
    if DRAFT.search(sentence, start, end) or _DRAFT_OF.search(sentence, max(0, start - 30), start):
        return replace(mention, status=AgreementStatus.PLANNED)
    return mention


_SIGNED_NOW = re.compile(r"\b(?:signed|inked|subscribed|concluded|adopted|exchanged)\b", _I)
"""A finished signing; "signing" is left out, as in "at the signing ceremony the memorandum will be
signed", where nothing was signed yet."""
_PASSIVE = re.compile(r"\bbe\s+\w+ed\b", _I)


def as_signed_before_plan(
    mention: AgreementMention, sentence: str, offset: int
) -> AgreementMention:
    """The mention as signed when a finished signing names it before the sentence turns to plans:
    "signed a memorandum on tourism and agreed to conclude a trade agreement" signs the
    memorandum; only the trade agreement is still to come. A passive plan ("a trade agreement
    will be signed") follows the document it plans, so it keeps the sentence's status."""
    plan = PLANNED.search(sentence)
    if plan is not None and _PASSIVE.search(plan.group()):
        return mention
    signing = _SIGNED_NOW.search(sentence)
    start = mention.start - offset
    if plan is not None and signing is not None and signing.end() <= start < plan.start():
        return replace(mention, status=AgreementStatus.SIGNED)
    return mention
