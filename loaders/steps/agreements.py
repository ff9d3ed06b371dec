"""Find agreements in a sentence: packages of documents and named documents, signed or planned.

Two shapes appear in news. A package counts documents ("36 documents worth $2.2 billion were
signed", "one intergovernmental, 21 interdepartmental and 14 commercial agreements"); a named
document has a kind and a title ("Joint Declaration on Enhanced Strategic Partnership", "a
memorandum of understanding on water management"). Only documents the sentence signs, adopts or
plans to sign count: "the agreements reached last year" and "a joint statement to the media"
are not new documents. "Multiple agreements" with no number is a package whose count is None.

A headline and the body often restate one package; ``agreement_merging.merge_agreements``
folds such repeats into one mention that keeps every span as provenance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.steps.agreement_announcements import announces_document
from dkg.loaders.steps.agreement_bare_references import is_bare_reference
from dkg.loaders.steps.agreement_mentions import (
    AgreementContext,
    AgreementCount,
    AgreementKind,
    AgreementLevel,
    AgreementMention,
    AgreementStatus,
)
from dkg.loaders.steps.agreement_packages import find_packages
from dkg.loaders.steps.agreement_programmes import unsigned_programme
from dkg.loaders.steps.agreement_status import (
    BACKGROUND,
    DRAFT,
    PLANNED,
    SIGNED,
    as_draft,
    as_signed_before_plan,
)
from dkg.loaders.steps.agreement_values import valued
from dkg.loaders.steps.agreements_dated_earlier import (
    signed_before,
    signed_earlier,
    signed_on_earlier_trip,
    told_as_earlier,
)
from dkg.loaders.steps.amounts import Amount, AmountKind, find_amounts
from dkg.loaders.steps.denied_signings import only_denied_signings
from dkg.loaders.steps.elliptic_agreements import find_elliptic_agreements
from dkg.loaders.steps.exchanged_notes import exchanged_notes
from dkg.loaders.steps.named_agreements import CITED, find_named_agreements
from dkg.loaders.steps.package_parts import find_ordinal_parts, names_parts_of_package
from dkg.loaders.steps.replaced_agreements import without_ended
from dkg.loaders.steps.signed_partnerships import signed_partnerships
from dkg.loaders.steps.unasserted import supposed
from dkg.loaders.trie import trie_pattern

# The agreement types are re-exported: callers find everything about agreements here.
__all__ = [
    "AgreementContext",
    "AgreementCount",
    "AgreementKind",
    "AgreementLevel",
    "AgreementMention",
    "AgreementStatus",
    "find_agreements",
]
# fmt: off
_DOCUMENT_WORD = re.compile(
    trie_pattern(
        (
            "document", "agreement", "arrangement", "accord", "memorand", "mou", "contract",
            "deal", "treat", "protocol", "roadmap", "road map", "declaration", "statement",
            "communiq", "programme", "program", "plan", "vision", "convention", "governmental",
            "departmental", "commercial", "agency", "regional", "notes", "charter", "letter",
            "instrument", "partnership", "framework", "terms of reference", "pact",
        )
    )
)
# fmt: on
"""Words without which a sentence names no agreement; checked first because most have none.
A trie, as one search: testing the words one by one for a match costs more than its one scan."""


def find_agreements(
    sentence: str,
    offset: int,
    context: AgreementContext | None = None,
    amounts: Sequence[Amount] | None = None,
) -> list[AgreementMention]:
    """The packages and named documents one sentence reports as signed or planned.

    ``amounts`` are the sentence's :func:`find_amounts`, when the caller has read them already.

    >>> [(a.kind.value, a.count, a.value) for a in find_agreements(
    ...     "Chile and Peru signed 12 documents worth $800 million.", 0)]
    [('package', 12, Decimal('800000000'))]
    """
    partnerships = signed_partnerships(sentence, offset)  # "signed a ... Energy Partnership"
    if _DOCUMENT_WORD.search(sentence.lower()) is None and not partnerships:
        return []
    if context is not None and told_as_earlier(
        sentence, offset, context.dates, context.document_date
    ):
        return []  # "In March this year ... signed": an earlier trip's documents
    # Most sentences hold none of the participles a background phrase needs: no rewrite.
    undated = BACKGROUND.compiled.sub(" ", sentence) if BACKGROUND.may_match(sentence) else sentence
    if only_denied_signings(undated, list(SIGNED.finditer(undated))):
        return []  # "failed to sign the roadmap", "did not endorse the draft declaration"
    signed = SIGNED.search(undated) is not None
    signed = signed or announces_document(sentence)  # "announced a memorandum for 50 jets"
    planned = PLANNED.search(sentence) is not None
    drafted = DRAFT.search(sentence) is not None
    status = AgreementStatus.PLANNED if planned else AgreementStatus.SIGNED
    parties = context.countries if context is not None and len(context.countries) == 2 else ()
    if amounts is None:
        amounts = find_amounts(sentence)
    found = find_packages(sentence, offset, amounts, status, signed or planned or drafted)
    # "Among the 17 documents is a memorandum on ...": the parts of a package told before
    if signed or planned or drafted or CITED.search(sentence) or names_parts_of_package(sentence):
        money = [a for a in amounts if a.kind is AmountKind.MONEY]
        counted = [a.spans[0] for a in found]
        found += [
            valued(a, sentence, offset, money)
            for a in find_named_agreements(sentence, offset, status, parties)
            # "three Exchange of Notes on aid": the head of a counted package names no document
            if not any(start <= a.start < end for start, end in counted)
        ]
        found += find_elliptic_agreements(sentence, offset, status)
        found += [
            valued(a, sentence, offset, money) for a in exchanged_notes(sentence, offset, status)
        ]
        found += find_ordinal_parts(sentence, offset, status)  # "the second concerns a loan"
    if planned and signed:  # "signed a memorandum and agreed to conclude a trade agreement"
        found = [as_signed_before_plan(a, sentence, offset) for a in found]
    if drafted:
        found = [as_draft(a, sentence, offset) for a in found]
        if not (signed or planned):
            # "discussed a draft treaty and the existing trade agreement": only the draft is
            # told as a plan; nothing in the sentence signs the other
            found = [a for a in found if a.status is AgreementStatus.PLANNED]
    # "a Green Growth Partnership memorandum": the partnership names the memorandum found
    partnerships = [p for p in partnerships if not any(a.start <= p.start < a.end for a in found)]
    # "signed a pact and discussed a youth programme": the programme is only talked about
    found = [a for a in found if not unsigned_programme(sentence, a, offset)]
    # "If the water agreement is signed, ...": a supposed signing is none.
    found = [a for a in (*found, *partnerships) if not supposed(sentence, a.spans[0][0] - offset)]
    # "once the agreement enters into force": a document named again, or one still negotiated
    found = [a for a in found if not is_bare_reference(sentence, a.spans[0][0] - offset, a.title)]
    if context is not None:
        # "to bring into force a trade agreement signed in 2019": an earlier document.
        dated = signed_earlier(sentence, offset, context.dates, context.document_date)
        found = [a for a in found if not any(a.spans[0][1] - offset == n for n, _ in dated)]
        # "had already signed a water accord in 2018": documents of that year
        before = signed_before(sentence, offset, context.dates, context.document_date)
        # "travelled to Manila in 2019 to sign the communique": that trip's documents
        before += signed_on_earlier_trip(sentence, offset, context.dates, context.document_date)
        found = [a for a in found if not any(s <= a.start - offset < e for s, e in before)]
    # "the treaty replaces the 2006 Treaty on ...": the document it ends is background
    year = context.document_date.year if context is not None and context.document_date else None
    found = without_ended(found, sentence, offset, year)
    return [replace(a, parties=parties) for a in found]
