"""People named by where they stand in a sentence rather than by a title.

Beside a title ("President X"), news tells that a name is a person by an honorific ("H.E.
Sheikh ..."), by "his counterpart X", by a plural title ("their foreign ministers, A and B")
or by the part the name plays in a visit ("... was made by Jacques Chirac", "X's first trip
to Nigeria"). PeopleRecognizer (people.py) reads titled names first; these slots add the
names no title introduced.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dkg.loaders.document import Post
from dkg.loaders.gazetteer import Gazetteer, fold
from dkg.loaders.letters import UPPER
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import NAME, trim_name
from dkg.loaders.steps.title_offices import TitleOffices
from dkg.loaders.steps.visit_verbs import MADE_BY

_VISITOR_SLOT = Prefiltered(
    rf"(?:\b(?:visit|trip|tour)\b[^.;:]{{0,60}}?\b(?:{MADE_BY}|since that of)"
    r"|\bsince\s+the\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+(?:of|by))\s+"
    rf"(?P<name>{NAME.pattern})"
    rf"|\b(?:since|when|after)\s+(?P<past>{NAME.pattern})\s+(?:(?:came|went|travel+ed|flew)\s+to"
    r"|(?:stopped(?:\s+over)?|arrived|landed)\s+in)\b"
    rf"|\b(?:since|when|after)\s+(?P<past2>{NAME.pattern})\s+visited\b"
    rf"|(?<![\w'\u2019.-])(?P<owner>{NAME.pattern})['\u2019]s\s+(?:[a-z][\w-]*\s+){{0,3}}(?:visit|trip|tour)\s+to\b"
    rf"|^(?P<maker>{NAME.pattern})\s+(?:wrapped up|began|started|ended|concluded|kicked off|"
    r"paid|made|undertook|(?:is|was) on)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:visit|trip|tour)\b"
    r"|(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|(?<=\w['\u2019]s))\s+(?:predecessor|successor),?\s+"
    rf"(?P<kin>{NAME.pattern})"
    rf"|^(?P<last>{NAME.pattern})\s+was\s+the\s+(?:last|first|previous)\s+"
    r"(?P<last_role>(?:[\w-]+\s+){0,4}?)to\s+(?:make|pay|visit|travel|come|go)\b"
    r"|\b[Tt]he\s+(?:last|first|previous)\s+(?P<before_role>(?:[\w-]+\s+){0,4}?)to\s+"
    rf"(?:make|pay|visit|travel|come|go)\b[^,.;]{{0,40}}?\s+was\s+(?P<before>{NAME.pattern})"
)
"""Whoever a visit "was made by" is a person, titled or not ("the first since the visit of
Jacques Chirac"), and so is the owner of a
"first trip to Nigeria", the one who made an earlier one ("since Shinzo Abe came to Warsaw",
"since X stopped in Accra") and the subject who opens a sentence on a visit ("Emmanuel Macron
wrapped up a state visit"),
someone's predecessor or successor named without a title ("his predecessor Jair Bolsonaro",
"Lula's predecessor, Jair Bolsonaro"),
and the one who made the trip before or first ("X was the last to make the trip", "the last
Indian leader to visit was X", "the first Kenyan president to come was X"), of the country a
demonym there names."""


def _of_country(group: str) -> str:
    """An optional "of Country" after a name, the country's words in ``group``."""
    word = rf"[{UPPER}][\w'\u2019-]*"
    return rf"(?:\s+of\s+(?:the\s+)?(?P<{group}>{word}(?:\s+{word}){{0,2}}))?"


_PLURAL_TITLE = Prefiltered(
    r"\b(?i:(?:their|the two|both)\s+(?P<plural>(?:[a-z]+\s+){0,2}?(?:ministers|presidents|"
    r"prime ministers|ambassadors|envoys|counterparts|chancellors|premiers))),\s+"
    rf"(?P<a>{NAME.pattern}){_of_country('a_of')}"
    rf"\s+and\s+(?P<b>{NAME.pattern}){_of_country('b_of')}"
)
"""Two people named after a plural title: "their foreign ministers, A and B", also with each
one's country ("A of Colombia and B of Venezuela"). Each holds the post the title names in the
singular ("foreign minister"); "counterparts" names none."""
_AS_POST = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}\s+as\s+(?:the\s+)?(?:new\s+)?")
"""The post a visit is made in, after its destination: "... to Nigeria as Chancellor"."""
_COUNTERPART = Prefiltered(
    rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Mm]y|[Oo]ur)\s+|(?P<bare>\b(?=[{UPPER}])))"
    rf"(?:(?P<demonym>[{UPPER}][\w'\u2019]*(?:\s+[{UPPER}][\w'\u2019]*)?)\s+)?"
    r"(?P<noun>counterparts?|homologues?|peers?|hosts?),?\s+"
    r"(?:the\s+)?(?:(?:Rt\.?\s+)?Hon(?:ourable|orable|\.)?\s+)?"
    rf"(?P<name>{NAME.pattern})"
)
"""A counterpart named after the word ("his Tanzanian counterpart, X", a first-person op-ed's
"my Brazilian counterpart, X", or "homologue", as sources translated from French, Spanish or
Portuguese write it), and a host or a peer named after a demonym ("his Lithuanian host,
President X", "his Japanese peer, X"): without one, "the host" is as often a city or a company
as a person, and "a peer" a member of a house of lords. A demonym may take two words ("his
Costa Rican counterpart", "her New Zealand counterpart"). News style drops the determiner
before a counterpart's demonym ("he and Kyrgyz counterpart X signed"): the demonym alone then
opens the slot, for a counterpart or homologue only ("Chinese peer Huawei" is a firm)."""


_AND = re.compile(r"\s+and\s+")
"""What joins two posts one counterpart holds: "Deputy Prime Minister and Minister of ..."."""
_POSSESSIVE_WORD = re.compile(r"\w['\u2019]s\b")
"""A possessive between a title and "his counterpart": the counterpart is the owned one's."""

_OBJECT_OF = re.compile(r"\b(?:of|to|for|by|with|from)\s+(?:the\s+)?$", re.IGNORECASE)
"""A preposition before the title: its holder is not the subject whose counterpart is named."""


class SlotReader:
    """Finds the people an honorific, a counterpart, a plural title or a visit names."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        honorific: re.Pattern[str],
        offices: TitleOffices,
        post: Callable[[str, str | None], Post],
    ) -> None:
        self.gazetteer = gazetteer
        self.title = offices.title
        self.honorific = honorific
        self.offices = offices
        self.post = post
        self._ranks = frozenset(fold(h) for h in gazetteer.titles.honorifics)

    def candidates(
        self, text: str, base: int, firm: frozenset[int], seen: set[int]
    ) -> Iterator[Candidate]:
        """The people of one sentence (``text`` at ``base``) named by a slot; the starts of
        their names are added to ``seen``, and names already there are left out."""
        yield from self._honorifics(text, base, firm, seen)
        yield from self._counterparts(text, base, firm, seen)
        for match in _PLURAL_TITLE.finditer(text):
            # "their foreign ministers, Santiago Cafiero and Antonia Urrejola": each is a person.
            title = match["plural"].removesuffix("s")
            for group in ("a", "b"):
                found = trim_name(match[group], base + match.start(group), firm)
                if found is not None and found[0].start not in seen and len(found[1].split()) > 1:
                    seen.add(found[0].start)
                    home = self.gazetteer.country_named(match[f"{group}_of"] or "")
                    iso2 = home.iso2 if home is not None else None
                    post = None if title.endswith("counterpart") else self.post(title, iso2)
                    yield Candidate(found[0], found[1], post, iso2)
        yield from self._visitors(text, base, firm, seen)

    def _honorifics(
        self, text: str, base: int, firm: frozenset[int], seen: set[int]
    ) -> Iterator[Candidate]:
        for match in self.honorific.finditer(text):
            if self.title.match(text, match.end()):
                continue  # "His Majesty King Charles III": the title loop reads it
            name = NAME.match(text, match.end())
            if name is None:
                continue
            found = trim_name(name.group(), base + name.start(), firm)
            if found is None or found[0].start in seen:
                continue
            # "Mr Ruto arrived": these forms of address take a surname alone; "Sir Keir" or
            # "Sheikh Tamim" may be followed by a given name, which names no one by itself.
            address = match.group().split()[-1].rstrip(".").casefold()
            if len(found[1].split()) > 1 or address in _SURNAME_ADDRESSES:
                seen.add(found[0].start)
                yield Candidate(found[0], found[1], None)

    def _counterparts(
        self, text: str, base: int, firm: frozenset[int], seen: set[int]
    ) -> Iterator[Candidate]:
        for match in _COUNTERPART.finditer(text):
            # "his Tanzanian counterpart Samia Suluhu Hassan": a person of that country;
            # "his counterpart James Marape": a person, of the country the story tells.
            home = self.gazetteer.country_named(match["demonym"]) if match["demonym"] else None
            if match["bare"] is not None:
                if not match["noun"].startswith(("counterpart", "homologue")):
                    continue  # "Chinese peer Huawei", "French host TF1": firms as often
                if home is None and " " in match["demonym"]:
                    # "on Monday Kyrgyz counterpart X": the word before is no part of it
                    home = self.gazetteer.country_named(match["demonym"].split()[-1])
            if match["demonym"] and home is None:
                continue  # "his Pacific counterparts": no country, and maybe no person
            if home is None and match["noun"].startswith(("host", "peer")):
                continue  # "the host, Kenya Airways": no demonym says it is a person
            titled = self.title.search(text, match.start("name"), match.end("name"))
            if (
                titled is not None
                and titled.end() == match.end("name")
                and titled.start() > match.start("name")
            ):
                titled = None  # "the Hon. Anthony Albanese MP": letters after the name
            if titled is not None:
                # "his Egyptian counterpart, Foreign Minister Sameh Shoukry": the name follows,
                # also after further posts ("Deputy Prime Minister and Minister of Trade X").
                after = self.offices.body_after(text, titled.start(), titled.end())
                title_end = titled.end()
                while (joined := _AND.match(text, after)) and (
                    further := self.title.match(text, joined.end())
                ):
                    after = title_end = self.offices.body_after(
                        text, further.start(), further.end()
                    )
                name = NAME.match(text, after + 1)
                if name is None or text[title_end : name.start()].strip():
                    continue
                match_name, name_at = name.group(), name.start()
            else:
                match_name, name_at = match["name"], match.start("name")
                addressed = self.honorific.match(text, name_at)
                if addressed is not None:
                    # "his Italian counterpart, Mr. X": the form of address is not the name.
                    name = NAME.match(text, addressed.end())
                    if name is None:
                        continue
                    match_name, name_at = name.group(), name.start()
            # Like a title, "counterpart" is followed by a first name that may be a city's. It
            # also tells the country of a name an honorific read first ("the Hon. X MP").
            found = trim_name(match_name, base + name_at, firm)
            if found is not None and (home is not None or len(found[1].split()) > 1):
                seen.add(found[0].start)
                iso2 = home.iso2 if home else None
                shared = self._subject_post(text, match.start())
                post = self.post(shared, iso2) if shared and titled is None else None
                yield Candidate(found[0], found[1], post, iso2)

    def _subject_post(self, text: str, before: int) -> str | None:
        """The post of the one whose counterpart a sentence names: "Foreign Minister A met his
        Pakistani counterpart, B" makes B Pakistan's foreign minister, as "counterpart" says.
        The post is the last capitalised title before the word, unless a possessive comes
        between ("President A's envoy met his counterpart": the envoy's), a preposition makes
        its holder an object ("the envoy of President A") or it is a form of address ("Sheikh
        A"), which names no office."""
        last = None
        for title in self.title.finditer(text, 0, before):
            if text[title.start()].isupper():
                last = title
        if last is None or fold(last.group()) in self._ranks:
            return None
        if _POSSESSIVE_WORD.search(text, last.end(), before):
            return None
        start = self.offices.portfolio_before(text, last.start())
        if _OBJECT_OF.search(text, max(0, start - 12), start):
            return None  # "the envoy of President A met his counterpart": the envoy's
        return text[start : self.offices.body_after(text, last.start(), last.end())]

    def _visitors(
        self, text: str, base: int, firm: frozenset[int], seen: set[int]
    ) -> Iterator[Candidate]:
        for match in _VISITOR_SLOT.finditer(text):
            # "the visit ... was made by Jacques Chirac": who makes a visit is a person.
            groups = ("name", "past", "past2", "owner", "maker", "kin", "last", "before")
            group = next(g for g in groups if match[g])
            if self.title.search(match[group]):
                # "President Ruto's visit", "was made by Foreign Minister X": the title loop
                # reads a titled name
                continue
            found = trim_name(match[group], base + match.start(group), firm)
            if found is not None and found[0].start not in seen and len(found[1].split()) > 1:
                seen.add(found[0].start)
                # "X's first trip to Nigeria as Chancellor": the post the trip is made in.
                held = _AS_POST.match(text, match.end(), match.end() + 40)
                titled = self.title.match(text, held.end()) if held else None
                yield Candidate(
                    found[0],
                    found[1],
                    self.post(titled.group(), None) if titled else None,
                    self._role_country(match[f"{group}_role"]) if group in _ROLED else None,
                )

    def _role_country(self, role: str) -> str | None:
        """The country a demonym names in the role of "the last Kenyan leader to come": the
        one who made that trip was of that country (the role may be one no longer held, so
        it gives no post)."""
        for word in role.split():
            country = self.gazetteer.country_named(word)
            if country is not None:
                return country.iso2
        return None


_ROLED = frozenset({"last", "before"})
"""The visitor slots whose role words ("the last Polish president to visit") are captured."""


_SURNAME_ADDRESSES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "pr"})
"""The English forms of address written before a surname alone ("Mr Ruto", "Ms Ardern", "Dr
Tedros" as the WHO chief is called, "Pr TOUADERA" as French-speaking Africa writes Professor):
the name after them is a person even without a given name. Other forms of address may precede
a given name alone ("Sir Keir", "Sheikh Tamim")."""
