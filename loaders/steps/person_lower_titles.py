"""People named with a lower-case title, as wire and British style write them.

A lower-case title is opened by a demonym ("Chinese premier Li Qiang", "Japanese education
minister Masahito Moriyama") or by the seat of an office ("Kremlin spokesman Dmitry Peskov",
"White House spokesperson Karine Jean-Pierre"), or it follows the name in apposition ("Donald
Tusk, the Polish prime minister"). Capitalised titles are people.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dkg.loaders.document import Document, Post
from dkg.loaders.gazetteer import Gazetteer
from dkg.loaders.letters import UPPER
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.envoy_postings import posting_end
from dkg.loaders.steps.firm_heads import firm_before
from dkg.loaders.steps.headline_verbs import HEADLINE_VERBS
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import (
    NAME,
    RELATIVE_POST,
    after_title,
    trim_name,
    without_nickname,
)
from dkg.loaders.steps.person_title_countries import (
    APPOSITION_CLOSE,
    country_of_phrase,
    name_start_after,
    possessive_country,
)
from dkg.loaders.steps.title_offices import COMMITTEE
from dkg.loaders.steps.titled_names import titled_name
from dkg.loaders.trie import trie_pattern

SPEECH_TAG = re.compile(
    r"\s+(?:said|says|noted|notes|added|adds|stressed|stresses|told|emphasi[sz]ed|underlined|"
    r"pointed out|explained|recalled|remarked|observed|wrote|announced)\b"
)
"""A speech verb right after a title: "..., among them Lotte Confectionery, the deputy minister
noted" tells who spoke, so the name before the comma is what was said, not the title's holder
(an apposition closes with a comma: "X, the deputy minister, noted")."""
_DEMONYM_BEFORE = re.compile(
    rf"(?P<demonym>[{UPPER}][\w'\u2019]*)\s+"
    r"(?:(?!(?:[a-z]+ed|is|was|has|had|will|and|or|the|a|an|of|to)\s)[a-z][\w-]*\s+){0,2}$"
)
"""A demonym before a lower-case title, maybe with its portfolio: "Japanese education "; not
before a verb or a small word, which end the demonym's phrase ("The Czech delegation included
chief of staff X" names no "delegation included chief of staff")."""
_PLACE_PREPOSITION = re.compile(
    r"\b(?:at|in|into|inside|outside|to|from|near)\s+(?:the\s+)?$", re.I
)
"""A preposition before a seat makes it the place of what follows, not an office's opener:
"talks at the Kremlin president ..." does not make the president the Kremlin's."""


class LowerTitleReader:
    """Finds the people a lower-case title introduces in a sentence."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        heads: list[str],
        title: re.Pattern[str],
        post: Callable[[str, str | None], Post],
    ) -> None:
        self.gazetteer = gazetteer
        self.title = title
        self._post = post
        self.lower_title = re.compile(rf"\b(?:{trie_pattern(h.lower() for h in heads)})\b")
        # Offices of state only: "its Greek partner GEK Terna" names a firm, not a partner.
        self._state_titles = frozenset(h.lower() for h in gazetteer.titles.head_titles)
        self._opening_words = frozenset(t.split(" ")[0] for t in self._state_titles if " " in t)
        """The first words of the titles of several words ("foreign" of "foreign minister"):
        a sentence that opens with none of them opens with no such title."""
        self._joined_title = re.compile(
            rf"\s+and\s+{_PORTFOLIO_WORDS}(?:{trie_pattern(sorted(self._state_titles))})\b"
        )
        self._company_posts = frozenset(p.lower() for p in gazetteer.titles.company_posts)
        self._legal_forms = frozenset(
            f.rstrip(".").casefold() for f in gazetteer.company_legal_suffixes
        )
        # "X, the head of the Senate": the chamber a lower-case title heads is its office.
        self._of_chamber = re.compile(
            rf"\s+of\s+(?:the\s+)?(?:{trie_pattern(gazetteer.titles.legislatures)})\b"
        )
        # "X, minister for trade of Finland": a known portfolio after the title is its office.
        portfolios = gazetteer.titles.portfolio_forms
        self._portfolio_after = re.compile(
            rf"\s+for\s+(?:{trie_pattern(sorted(portfolios))})(?=\s+of\b|[,;.])"
        )
        # "the foreign minister of Chile, X": the known portfolio right before the title.
        named = portfolios | {p.lower() for p in gazetteer.titles.portfolios}
        self._portfolio_before = re.compile(rf"\b(?:{trie_pattern(sorted(named))})\s+$")
        self.appositive = SkipAheadPattern(
            rf"(?P<name>{NAME.pattern})(?:{RELATIVE_POST}|,\s+(?:(?:the|its|our|their)\s+)?"
            r"|\s+(?:returned|served|took office|"
            rf"was (?:re-?)?elected|became|was sworn in|was appointed)?\s+as\s+(?:the\s+)?"
            rf"(?:new\s+)?|,\s+who\s+is\s+(?:also\s+|now\s+)?(?=[{UPPER}]))"
            rf"(?:(?P<demonym>[{UPPER}][\w'\u2019]*(?:\s+[{UPPER}][\w'\u2019]*){{0,2}})\s+)?"
            r"(?P<portfolio>(?:[a-z][\w-]*\s+){0,2})$"
        )

    def candidates(
        self,
        text: str,
        base: int,
        document: Document,
        cover: tuple[frozenset[int], frozenset[int]],
        seen: set[int],
    ) -> Iterator[Candidate]:
        """The people of one sentence (``text`` at offset ``base``) that a lower-case title
        names; ``cover`` is (blocked, firm): the offsets no name may run over, with and
        without cities. Start offsets of names read are added to ``seen``."""
        blocked, firm = cover
        opening = self._sentence_opening(text, base, firm)
        if opening is not None and opening.name_span.start not in seen:
            seen.add(opening.name_span.start)  # "Foreign minister Anna Kovacs said"
            yield opening
        for title in self.lower_title.finditer(text):
            named = self._opened(text, title, base, firm, document)
            if named is not None and named.name_span.start not in seen:
                seen.add(named.name_span.start)  # "Chinese premier Li Qiang"
                yield named
                continue
            # "Donald Tusk, the Polish prime minister", "... returned as prime minister"
            before = self.appositive.search(text, max(0, title.start() - 120), title.start())
            if before is None or SPEECH_TAG.match(text, title.end()):
                continue
            if _joint_subjects(text, before, title):
                continue  # "Yoon, Czech president agree to ...": a headline's "and"
            start = after_title(text, before.start("name"), before.end("name"), self.title)
            found = trim_name(text[start : before.end("name")], base + start, blocked)
            if (
                found is None
                or found[1] != without_nickname(text[start : before.end("name")])
                or found[0].start in seen
            ):
                continue
            if self.lower_title.fullmatch(found[1].lower()):
                continue  # "the President became the first Philippine leader": a title, no name
            if title.group() in self._company_posts and self.gazetteer.company(found[1]):
                continue  # "Optus, owner of Telecel Samoa": a firm the gazetteer knows owns it
            if before["portfolio"] and _BARE_COMMA.fullmatch(
                text, before.end("name"), before.start("portfolio")
            ):
                continue  # "Lima, where trade minister X": a clause, not a post in apposition
            seen.add(found[0].start)
            post_start = before.start("portfolio")
            after = self._portfolio_after.match(text, title.end())  # "minister for trade"
            after = after or _OF_COMMITTEE.match(text, title.end())  # "chairman of the X Committee"
            after = after or self._of_chamber.match(text, title.end())  # "head of the Senate"
            post_end = after.end() if after else title.end()
            home = self._home(before, text, (title.start(), post_end), base, document)
            yield Candidate(found[0], found[1], self._post(text[post_start:post_end], home))

    def _home(
        self,
        before: re.Match[str],
        text: str,
        title: tuple[int, int],
        base: int,
        document: Document,
    ) -> str | None:
        """The country of a post in apposition, from its demonym ("X, the Qatari foreign
        minister"), its country's possessive ("X, Saudi Arabia's foreign minister", "X, who
        is also Oman's trade minister") or an "of" phrase after it."""
        title_start, title_end = title
        if not before["demonym"]:
            after = country_of_phrase(text, title_end, base, document)
            return after[1] if after else None  # "X, the trade minister of Oman"
        owned = possessive_country(text, title_start, base, document)
        if owned is not None and owned[0] == before.start("portfolio"):
            return owned[1]
        home = self.gazetteer.country_named(before["demonym"])
        return home.iso2 if home else None

    def _sentence_opening(self, text: str, base: int, firm: frozenset[int]) -> Candidate | None:
        """The name after a lower-case title of several words that opens the sentence, where
        only its first letter is capitalised: "Foreign minister Anna Kovacs said",
        "Presidential aide Yury Ushakov said". A one-word title there ("President X") is
        written capitalised anyway and read by people.py."""
        if not text[:1].isupper():
            return None
        # The title's first word is the sentence's (its lower-case first letter and the rest
        # up to the first space): one set lookup instead of a match of the titles' trie.
        space = text.find(" ", 1, 80)
        if space < 0 or text[0].lower() + text[1:space] not in self._opening_words:
            return None
        title = self.lower_title.match(text[0].lower() + text[1:80])
        if title is None or " " not in title.group() or title.group() not in self._state_titles:
            return None
        name = (
            NAME.match(text, title.end() + 1)
            if text[title.end() : title.end() + 1] == " "
            else None
        )
        found = (
            titled_name(name.group(), base + name.start(), firm, text, name.end()) if name else None
        )
        if found is None or len(found[1].split()) < 2:
            return None
        return Candidate(found[0], found[1], self._post(text[: title.end()], None))

    def _opened(
        self,
        text: str,
        title: re.Match[str],
        base: int,
        firm: frozenset[int],
        document: Document,
    ) -> Candidate | None:
        """The name after a lower-case title that a demonym, an office's seat, a country's
        possessive or a word of time ("then", "former") opens, or that an "of Country" phrase
        closes (person_title_countries.py)."""
        if title.group() not in self._state_titles:
            return None
        post_end = title.end()
        opener = (
            self._demonym(text, title)
            or _seat(document, base, title)
            or possessive_country(text, title.start(), base, document)
            or _country_left_to_the_story(text, title)
            or _acronym_before(text, title)
            or firm_before(text, title, self.gazetteer)  # "Acme Motors chairman X"
        )
        if opener is None:  # "the prime minister of Japan, Fumio Kishida"
            after = country_of_phrase(text, title.end(), base, document)
            if after is None:
                return (
                    self._officer(text, title, base, firm)
                    or self._after_the(text, title, base, firm)
                    or _bare_office(text, title, base, firm, self._post)
                )
            portfolio = self._portfolio_before.search(
                text, max(0, title.start() - 60), title.start()
            )
            opener = (portfolio.start() if portfolio else title.start(), after[1])
            post_end = after[0]
        # "Spain's deputy prime minister and economy minister Ana Ruiz": one person, two posts
        joined = self._joined_title.match(text, post_end) if post_end == title.end() else None
        title_end = joined.end() if joined else title.end()
        post_end = joined.end() if joined else post_end
        post_end = posting_end(title.group(), text, post_end, base, document) or post_end
        start = name_start_after(text, post_end)
        if start is None:
            return None
        name = NAME.match(text, start[0])
        if name is None:
            return None
        found = titled_name(name.group(), base + name.start(), firm, text, name.end())
        if found is None or len(found[1].split()) < 2:
            return None
        close = found[0].end - base
        own = country_of_phrase(text, close, base, document) if start[1] else None
        if own is not None:  # "the visiting minister, Vikram Misri of India, held talks"
            close, opener = own[0], (opener[0], opener[1] or own[1])
        if start[1] and not APPOSITION_CLOSE.match(text, close):
            return None  # "the French president, Paris Hilton said": no apposition
        return Candidate(found[0], found[1], self._post(text[opener[0] : title_end], opener[1]))

    def _officer(
        self, text: str, title: re.Match[str], base: int, firm: frozenset[int]
    ) -> Candidate | None:
        """The name in apposition after a company's post and its firm: "the chief executive of
        Dassault Aviation, Eric Trappier, signed". The firm must be one: a company the gazetteer
        knows or a name with a legal form ("Acme Robotics Ltd"), so that "the chairman of the
        Senate, X" is not read as a company's chairman. The post is the company's, with no
        country (post_countries.py)."""
        if title.group() not in self._company_posts:
            return None
        body = _OF_FIRM.match(text, title.end())
        if body is None or not self._is_firm(body["firm"]):
            return None
        name = NAME.match(text, body.end())
        found = trim_name(name.group(), base + name.start(), firm) if name else None
        if found is None or len(found[1].split()) < 2:
            return None
        if not APPOSITION_CLOSE.match(text, found[0].end - base):
            return None  # "the chief executive of Airbus, Paris said": no apposition
        return Candidate(found[0], found[1], self._post(title.group(), None))

    def _after_the(
        self, text: str, title: re.Match[str], base: int, firm: frozenset[int]
    ) -> Candidate | None:
        """The full name right after "the" and a head's lower-case title, as translations
        write it: "the chancellor Maria Lopez" (a Latin American foreign minister, whose post
        is recorded as written), "the president Ana Ruiz", or set off by commas as British
        papers write it: "the premier, Mark Holloway, said". The country is left to the text."""
        the = _THE_BEFORE.search(text, max(0, title.start() - 48), title.start())
        if the is None or _OTHER_PERSON_OF.search(text, max(0, the.start() - 30), the.start()):
            return None
        start = name_start_after(text, title.end())
        name = NAME.match(text, start[0]) if start else None
        if start is None or name is None:
            return None
        found = titled_name(name.group(), base + name.start(), firm, text, name.end())
        if found is None or len(found[1].split()) < 2 or found[1] != without_nickname(name.group()):
            return None
        if start[1] and not APPOSITION_CLOSE.match(text, name.end()):
            return None  # "after meeting the president, Ana Ruiz flew home": the subject
        post = text[the.start("portfolio") : title.end()]
        return Candidate(found[0], found[1], self._post(post, None))

    def _is_firm(self, name: str) -> bool:
        last = name.split()[-1].rstrip(".").casefold()
        return (
            self.gazetteer.company(name) is not None
            or last in self._legal_forms
            or _ACRONYM.fullmatch(name) is not None  # "the president of YPFB, X"
        )

    def _demonym(self, text: str, title: re.Match[str]) -> tuple[int, str] | None:
        """Where the title starts after its demonym, and the demonym's country: "Japanese
        education minister" starts at "education"."""
        before = _DEMONYM_BEFORE.search(text, max(0, title.start() - 40), title.start())
        home = self.gazetteer.country_named(before["demonym"]) if before else None
        if before is None or home is None:
            return None
        return before.end("demonym") + 1, home.iso2


_OF_FIRM = re.compile(
    rf"\s+of\s+(?P<firm>[{UPPER}][\w'\u2019&.-]*(?:\s+(?:&\s+)?[{UPPER}][\w'\u2019&.-]*){{0,4}}),\s+"
)
"""The firm a company's post heads and the comma that opens its holder's name: " of Dassault
Aviation, ". A firm is named by capitalised words only; "of the Senate" names no firm."""
_PORTFOLIO_WORDS = r"(?:(?!(?:the|a|an|his|her|its|their|our|other|former)\s)[a-z][\w-]*\s+){0,2}"
"""The lower-case portfolio before a second joined title ("and economy minister"); a
determiner or a word of time there opens another person's title ("and his foreign minister
X", "and former foreign minister X")."""
_OF_COMMITTEE = re.compile(rf"\s+of\s+(?:the\s+)?{COMMITTEE.pattern}")
"""The committee a lower-case chair heads: " of the Senate Foreign Relations Committee"."""
_THE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:country|nation|kingdom|republic)['\u2019]s\s+)?"
    rf"(?P<portfolio>{_PORTFOLIO_WORDS})$"
)
""""The" before a title and its portfolio, or the possessive of a state named earlier: "the
premier, X,", "the country's foreign minister, X, said"; "its" of a body named before it
("the bank, where she was received by its president, X")."""
_OTHER_PERSON_OF = re.compile(
    r"\b(?:widow(?:er)?|wife|husband|spouse|son|daughter|mother|father|brother|sister|"
    r"successor|predecessor|spokes(?:man|woman|person)|advis[eo]r|aide|deputy)\s+of\s+$",
    re.IGNORECASE,
)
"""A person named by their tie to the title's holder: in "the widow of the president, X," X is
the widow, not the president."""
_BARE_COMMA = re.compile(r",\s+")
"""A comma alone before a lower-case portfolio and title: the words after it open a clause
("Lima, where trade minister X") unless a determiner or a country opens the post."""
_VERB_AFTER = re.compile(r"\s+(?:(?:also|jointly)\s+)?(?P<verb>[a-z]+)\b")
"""The word after a title, which may be the verb the title shares with the name before it."""


def _joint_subjects(text: str, before: re.Match[str], title: re.Match[str]) -> bool:
    """Whether the name and the title before a verb in the plural are two subjects, as a
    headline writes "and" with a comma: "Yoon, Czech president agree to expand ties" (not
    "Yoon, the Czech president" nor "Yoon, Czech president, said")."""
    verb = _VERB_AFTER.match(text, title.end())
    if verb is None or not _BARE_COMMA.fullmatch(
        text, before.end("name"), before.start("demonym" if before["demonym"] else "portfolio")
    ):
        return False
    return f"{verb['verb']}s" in HEADLINE_VERBS or f"{verb['verb']}es" in HEADLINE_VERBS


_TIME_OF_OFFICE = re.compile(r"(?:\b(?:then|former|outgoing|incoming|late)[\s-]|\bex-)$", re.I)
"""A word that dates an office before its title: "then prime minister Shinzo Abe", "former
foreign minister X", "then-president X", as retrospectives and obituaries write them."""
_OFFICE_WORD = re.compile(
    r"\b(?:[Pp]residential|[Gg]overnment|[Pp]alace|his|her|their|[Vv]isiting)\s+$"
)
"""A word that ties a lower-case title to an office without naming its country:
"presidential spokesman X", "government spokeswoman X", "his spokesman X said", "the visiting
minister, X of India" (the guest's country, when the text names it, follows the name)."""


_BARE_BEFORE = re.compile(r"\b(?:by|with|and|including|included|includes)\s+$")
"""A word after which a lower-case title stands with no article, opening a name that follows:
"joined by chief of staff X", "accompanied by head of the Presidential Office X"."""
_OFFICE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,4}?"
    r"(?:Office|Secretariat|Administration|Ministry|Department|Cabinet|Bureau|Agency|Presidency"
    r"|Chancellery|Commission|Committee|Council|Service)(?=\s)"
)
"""The office a head's title heads, ending at its noun so that the name after it stays apart:
" of the Prime Minister's Office", " of the Presidential Office"."""


def _bare_office(
    text: str,
    title: re.Match[str],
    base: int,
    firm: frozenset[int],
    post: Callable[[str, str | None], Post],
) -> Candidate | None:
    """The full name right after a lower-case title with no article, as a list of a
    delegation writes it: "joined by chief of staff X", "with head of the Prime Minister's
    Office Y". A title of several words stands alone; "head" or "chief" needs the office it
    heads. The country is left to the story (a delegation's leader, a publisher)."""
    if _BARE_BEFORE.search(text, max(0, title.start() - 12), title.start()) is None:
        return None
    office = _OFFICE_AFTER.match(text, title.end())
    if office is None and " " not in title.group():
        return None  # "with head X", "and chief Y": no office, no post
    end = office.end() if office else title.end()
    name = NAME.match(text, end + 1) if text[end : end + 1] == " " else None
    if name is None:
        return None
    found = titled_name(name.group(), base + name.start(), firm, text, name.end())  # "To Lam"
    if found is None or len(found[1].split()) < 2 or found[1] != without_nickname(name.group()):
        return None
    return Candidate(found[0], found[1], post(text[title.start() : end], None))


def _country_left_to_the_story(text: str, title: re.Match[str]) -> tuple[int, str | None] | None:
    """Where a title starts that a word of time ("held talks with then prime minister Shinzo
    Abe") or of office ("presidential spokesman X") opens: the post is the title alone, its
    country left to the story."""
    before = text[max(0, title.start() - 16) : title.start()]
    if _TIME_OF_OFFICE.search(before) is None and _OFFICE_WORD.search(before) is None:
        return None
    return title.start(), None


def _acronym_before(text: str, title: re.Match[str]) -> tuple[int, None] | None:
    """Where a title starts that a body's acronym opens: "ACME director general Lea Brun",
    "FIFA president X". The post is the title alone; the body may be any country's or none's,
    so the country is left to the story (a country's own code, "US president", is a demonym's
    case and read before)."""
    if _ACRONYM_BEFORE.search(text, max(0, title.start() - 12), title.start()) is None:
        return None
    return title.start(), None


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
"""A body's acronym, the name of a firm or an institution, never of a chamber ("the Senate")."""
_ACRONYM_BEFORE = re.compile(r"(?<![\w.&-])[A-Z][A-Z0-9&]{1,9}\s$")
"""A body's acronym right before a lower-case title: "ONEE ", "KPLC "."""


def _seat(document: Document, base: int, title: re.Match[str]) -> tuple[int, str] | None:
    """Where the title starts with the seat of the office that opens it, and the seat's
    country: "Kremlin spokesman" (a residence), "State Department spokesman" (a ministry).
    The seat stands for its government, so its holder serves that country."""
    at = base + title.start() - 1
    if document.text[at : at + 1] != " ":
        return None
    seats = [
        *((p.span, p.country) for p in document.places if p.kind == "venue"),
        *((o.span, o.country) for o in document.organizations),
    ]
    for span, country in seats:
        if span.end == at and country is not None:
            if _PLACE_PREPOSITION.search(document.text, max(0, span.start - 12), span.start):
                return None
            return span.start - base, country
    return None
