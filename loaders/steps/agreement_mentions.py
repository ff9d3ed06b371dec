"""What the agreement finders report: kinds, statuses, levels and the mention of an agreement.

Shared by the readers of packages (``agreements``), of named documents (``named_agreements``),
by ``agreement_merging`` and by the emitter, which writes them as ``dip:Agreement`` nodes.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # document.py imports the agreement types from here
    from dkg.loaders.document import DateMention, PartialDate


class AgreementKind(StrEnum):
    """The ``dipv:agreement-kind`` code."""

    TREATY = "treaty"
    AGREEMENT = "agreement"
    JOINT_DECLARATION = "joint-declaration"
    JOINT_STATEMENT = "joint-statement"
    MEMORANDUM = "memorandum"
    CONTRACT = "contract"
    ROADMAP = "roadmap"
    PROGRAMME = "programme"
    PACKAGE = "package"


class AgreementStatus(StrEnum):
    """The ``dipv:agreement-status`` code: signed in the reported event, or still to be signed."""

    SIGNED = "signed"
    PLANNED = "planned"


class AgreementLevel(StrEnum):
    """The ``dipv:agreement-level`` code of a part of a package."""

    INTERGOVERNMENTAL = "intergovernmental"
    INTERDEPARTMENTAL = "interdepartmental"
    COMMERCIAL = "commercial"
    INTERREGIONAL = "interregional"


@dataclass(frozen=True)
class AgreementCount:
    """One line of a package's breakdown: "21 interdepartmental", "14 commercial ... worth $X"."""

    level: AgreementLevel
    count: int
    value: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class AgreementContext:
    """What the sentence cannot tell: the document's countries (ISO2), the parties when two,
    and the document's date, before which a sentence's documents are background."""

    countries: tuple[str, ...] = ()
    document_date: datetime.date | None = None
    dates: tuple[DateMention, ...] = ()
    """The document's normalised dates, which tell when a sentence's documents were signed."""


@dataclass(frozen=True)
class AgreementMention:
    """A package or a named document; ``spans`` are document offsets of every mention of it.

    ``count`` is the number of documents of a package (None for "multiple agreements") and 1
    for a named document; ``value``/``currency`` the money it is worth, as written.
    """

    kind: AgreementKind
    status: AgreementStatus
    spans: tuple[tuple[int, int], ...]
    title: str | None = None
    count: int | None = None
    value: Decimal | None = None
    currency: str | None = None
    breakdown: tuple[AgreementCount, ...] = ()
    parties: tuple[str, ...] = ()
    date: PartialDate | None = None
    """When it was (or will be) signed: set once the talks are known (``agreement_dates``)."""

    @property
    def start(self) -> int:
        """Where the first mention starts in the document."""
        return self.spans[0][0]

    @property
    def end(self) -> int:
        """Where the first mention ends in the document."""
        return self.spans[0][1]
