"""PublisherCountries: a leader's own office writes of them without naming their country.

A presidency's release says "President X met ..." and a prime minister's office "The Prime
Minister, Hon. Y, said ...": the publisher is the office, and its country is stated once, in
the masthead ("Office of the President of Ghana", "Prime Minister's Office, Singapore") or in
the page's address (a JSONL ``url`` on a presidency's government domain). The holder of that
office whom the story names with the bare title serves that country. Only when exactly one
person holds the bare title with no country: a second bare "President" may be the guest. The
ministers and the vice president it names with a bare post serve that country too: a release
names the guest's with their country ("the Angolan Minister of External Relations").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final
from urllib.parse import urlsplit

from dkg.loaders.document import Document, Person, Post
from dkg.loaders.gazetteer import Gazetteer, fold
from dkg.loaders.steps.person_placing import placed

_OFFICE_LINE: Final = re.compile(
    r"\b(?:(?:the\s+)?Office\s+of\s+the\s+(?P<of>President|Prime\s+Minister)\b"
    r"|(?P<own>President|Prime\s+Minister)['\u2019]s\s+Office\b"
    r"|(?P<presidency>(?:the\s+)?Presidency|Presidential\s+Office|State\s+House)\b"
    r"|(?P<government>(?:the\s+)?(?:Ministry|Department)\s+(?:of|for)\s|Government\s+of\s"
    r"|^\s*(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+Government\s*$))",
    re.IGNORECASE,
)
"""A masthead naming the office that publishes: "Office of the President of Ghana", "Prime
Minister's Office, Singapore", "The Presidency, Republic of South Africa", or a ministry or
government: "Ministry of Foreign Affairs of Colombia", "Government of Fiji", "Portuguese
Government" (a line of its own)."""
_GOVERNMENT: Final = "government"
"""The publisher a ministry's or a government's masthead names: the whole cabinet, so each
minister it names with a bare post ("The Minister of Finance, X, attended") serves it, as a
government's release names the ministers of other states with their country."""
_PRIME_MINISTER: Final = "prime minister"
_VICE_PRESIDENT: Final = "vice president"
_HEADER_LINES: Final = 6
"""How many first lines may hold a masthead: a title, a dateline and blank lines come first."""
_HEADER_LENGTH: Final = 100
"""A masthead is one of the first few lines, short and no sentence: one naming the presidency
("He spoke at State House in Accra.") is the story, not its publisher."""
_OFFICE_HOST: Final = (
    (re.compile(r"(?<!vice)(?<!vice-)presiden|statehouse|state-house"), "president"),
    (re.compile(r"\bpmo\b|primeminister|prime-minister|\bpm\b"), "prime minister"),
)
"""Words of a government host naming the office: "presidency.gov.gh", "www.pmo.gov.sg"; not a
vice-president's ("vicepresidencia.gob.ec")."""
_GOVERNMENT_HOST: Final = re.compile(r"\.(?:gov|go|gob|gouv|govt)\.(?P<tld>[a-z]{2})$")
_TLD_COUNTRY: Final = {"uk": "GB"}
"""Top-level domains that are not the ISO code of their country."""


class PublisherCountries:
    """Gives the holder of the publishing office the country of its masthead or address."""

    name = "publisher-countries"
    requires = frozenset({"sentences", "countries", "people", "visits"})
    provides = frozenset({"people"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._iso2 = frozenset(c.iso2 for c in gazetteer.countries)

    def __call__(self, document: Document) -> Document:
        """Return the document with the publishing office's holder placed in its country."""
        office = _masthead(document) or self._address(document.url)
        if office is None:
            return document
        title, country = office
        # A guest of that country is not its office's holder: "the visiting Prime Minister".
        guests = {v.visitor for v in document.visits if v.host_country == country}
        hosts = [p for p in document.people if p.key not in guests]
        holders = [p for p in hosts if _bare_holder(p, title, country)]
        keys = {p.key for p in holders} if title == _GOVERNMENT or len(holders) == 1 else set()
        if title != _GOVERNMENT:
            # "The Minister of State for Foreign Affairs, X, and the Angolan Minister ..." in
            # a president's or prime minister's release: the unmarked minister is the issuing
            # government's, as the guest's are named with their country or as companions.
            keys |= {p.key for p in hosts if _cabinet_member(p, country)}
        if not keys:
            return document

        def held(post: Post) -> bool:
            return any(_holds(post, t) for t in (title, _GOVERNMENT, _VICE_PRESIDENT))

        return replace(
            document,
            people=tuple(placed(p, country, held) if p.key in keys else p for p in document.people),
        )

    def _address(self, url: str | None) -> tuple[str, str] | None:
        """The office and country of a government host: "www.presidency.gov.gh"."""
        host = (urlsplit(url).hostname or "") if url else ""
        found = _GOVERNMENT_HOST.search(host)
        if found is None:
            return None
        tld = found["tld"]
        iso2 = _TLD_COUNTRY.get(tld, tld.upper())
        if iso2 not in self._iso2:
            return None
        for words, title in _OFFICE_HOST:
            if words.search(host.replace(".", " ")):
                return title, iso2
        return None


def _masthead(document: Document) -> tuple[str, str] | None:
    """The office and country a masthead line names, if one of the first lines is one."""
    start = 0
    for line in document.text.split("\n", _HEADER_LINES)[:_HEADER_LINES]:
        end = start + len(line)
        if len(line.strip()) > _HEADER_LENGTH or line.rstrip().endswith("."):
            return None  # the story has begun: a sentence on the presidency is no masthead
        office = _OFFICE_LINE.search(line)
        if office is not None:
            named = {
                c.iso2 for c in document.countries if start <= c.span.start and c.span.end <= end
            }
            if len(named) == 1:
                kind = office["of"] or office["own"]
                title = " ".join(kind.lower().split()) if kind else "president"
                title = _GOVERNMENT if office["government"] else title
                return title, named.pop()
        start = end + 1
    return None


def _bare_holder(person: Person, title: str, country: str) -> bool:
    """Whether the person holds ``title`` itself (a minister's post, under a government's
    masthead), and the text gives them no other country."""
    if person.country not in (None, country) or any(post.country for post in person.posts):
        return False
    return any(_holds(post, title) for post in person.posts)


def _cabinet_member(person: Person, country: str) -> bool:
    """Whether the person holds a bare minister's or vice president's post and no head of
    government's: a second bare "Prime Minister" under a presidency's masthead may be the
    guest."""
    if not _bare_holder(person, _GOVERNMENT, country) and not _bare_holder(
        person, _VICE_PRESIDENT, country
    ):
        return False
    return not any(_holds(post, _PRIME_MINISTER) for post in person.posts)


def _holds(post: Post, title: str) -> bool:
    """Whether ``post`` is the publishing office's: its title, or any minister's post of the
    government that publishes."""
    folded = fold(post.title)
    return "minister" in folded.split() if title == _GOVERNMENT else folded == title
