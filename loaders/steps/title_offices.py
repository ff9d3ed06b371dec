"""TitleOffices: how far a title runs and which country it serves.

A title heads an office that news writes in many ways: a portfolio before it ("German Foreign
Minister"), a body after it ("Minister of Foreign Affairs, African Cooperation and Moroccan
Expatriates", "Speaker of the House of Representatives"), an "of Country" phrase ("President
of the Kyrgyz Republic"), a monarch's style ("the Custodian of the Two Holy Mosques, King
Salman") or a list of posts one person holds that one country closes. PeopleRecognizer
(people.py) asks these questions of every title it reads, before it reads the name.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document
from dkg.loaders.gazetteer import Gazetteer, fold
from dkg.loaders.letters import UPPER
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.person_context import OF_PHRASE
from dkg.loaders.steps.portfolio_titles import PortfolioReader
from dkg.loaders.steps.restated_countries import restated_end
from dkg.loaders.steps.shaped_organizations import ORGANIZATION_HEAD
from dkg.loaders.steps.state_portfolios import joined_portfolio_start
from dkg.loaders.trie import trie_pattern

_BODY_WORDS = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+|(?:of|the|and|for)\s+)+")
_OF_THE = re.compile(r"\s+(?:of|for)\s+the\s+")
"""The "of the" that joins a post to the body it heads."""
_LAST_OF = re.compile(r".*\bof\s+(?:the\s+)?")
"""A body's name up to its last "of (the)", after which a country may close it."""
_BODY_THEN_COMMA = re.compile(
    r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'\u2019-]*){0,5}"
    r"(?:\s+\([A-Z][A-Za-z&.-]{1,11}\))?(?=,)"
)
"""A body's name before the comma that closes a post ("President of the Republic, X"), with the
short form the text gives it in brackets ("President of the Federation of Industry (FOI), X")."""
_LISTED_FIELDS = re.compile(
    rf"(?:,\s+[{UPPER}][\w'\u2019-]*)+,?\s+and\s+[{UPPER}][\w'\u2019-]*(?=\s*[,.;:(]|\s*$)"
)
"""The fields a body's name lists after a comma, one word each, the last after "and":
", Culture and Sport" in "the Department of Home Affairs, Culture and Sport"; a holder's name
after the comma has two words at least, or no "and" and punctuation closing it."""
_REPUBLIC_THEN_NAME = re.compile(
    rf"(?:(?:People's\s+)?Republic|Nation)(?=\s+[{UPPER}][\w'\u2019-]*\s+[{UPPER}])"
)
"""The text's own republic or nation with its head's name right after, no comma between:
"President of the Republic Kais Saied received ...", "Leader of the Nation X"; the name is two
capitalised words at least, so "the Republic Day parade" names no one."""
_WORDS_BEFORE = SkipAheadPattern(rf"(?P<w2>[{UPPER}][\w-]*\s)?(?P<w1>[{UPPER}][\w-]*)$")
"""One or two capitalised words right before a title's head, which may be its portfolio."""
_JOINT_BEFORE = re.compile(r"(?:\s+and|\s*,|\s*&)\s+$")
"""What joins a portfolio to the one before it: "Foreign Affairs and International Trade"."""
_NAME_AFTER = re.compile(rf"\s+[{UPPER}][\w'\u2019-]*\s+[{UPPER}]")
"""Two capitalised words right after a title's country: the name of the one who holds it."""
_NEXT_POST = re.compile(r",\s+|\s+and\s+")
"""What joins the posts one person holds: "Crown Prince, Deputy Prime Minister and ..."."""
_INNER_OF = re.compile(r"\s(?:of|for)\s+(?:the\s+)?(?=\S+$)")
"""The last "of (the)" inside a title, where a chamber's name may start ("Speaker of the House")."""
_PART = rf"[{UPPER}][\w'\u2019-]*(?:\s+[{UPPER}][\w'\u2019-]*){{0,2}}"
COMMITTEE = re.compile(
    rf"(?:[{UPPER}][\w'\u2019-]*\s+(?:(?:and|on|for)\s+)?){{0,6}}"
    r"(?:Committee|Subcommittee|Commission|Caucus)\b(?!\s+of\b)"
)
"""A committee an office heads, named by its capitalised words: "Senate Foreign Relations
Committee", "Defence and Security Committee"; the chair's post keeps it, as a minister's keeps
the ministry. A committee "of" a further body ("the Standing Committee of the
National Assembly") is left to the reading of named bodies."""
_LISTED_PART = re.compile(
    rf",\s+(?P<inner>{_PART})(?=\s+and\s+[{UPPER}]|,\s+[{UPPER}][^,]*\s+and\s+[{UPPER}])"
    rf"|,?\s+and\s+(?:(?:of|for)\s+)?(?:the\s+)?(?P<last>{_PART})"
    rf"(?=[,.;:)]|\s*$|(?P<of>\s+of\s+(?:the\s+)?)[{UPPER}])"
)
"""A further part of a combined portfolio: ", African Cooperation" before "and ...", or
"and Moroccan Expatriates" ("and the Pacific", "and of Energy") that ends the list at
punctuation or at the country the office serves ("Investment, Industry and Trade of Uzbekistan
X"). A comma-joined part with no "and" after it is a name in apposition ("Minister of
Foreign Affairs, Retno Marsudi, said")."""

_APPOSED = re.compile(r",\s+(?:the\s+)?")
"""The comma before a post in apposition to the words before it."""

_STATE_WORDS = re.compile(
    rf"[{UPPER}][\w'\u2019-]*(?:\s+(?:(?:of|the)\s+){{0,2}}[{UPPER}][\w'\u2019-]*){{0,4}}"
)
"""The capitalised words after an office's "of", with the small words of a state's long name
("Republic of Mali"), which may name the country the office serves."""
_LATER_WORD = re.compile(r"\s+(\S)")
"""A word after the first of a portfolio's part, where a form of address may open a name."""

_OF_BODIES = re.compile(
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{UPPER}][\w'\u2019-]*(?:\s+[{UPPER}][\w'\u2019-]*)*)*?"
    r"\s+(?:(?:of|for)\s+(?:the\s+)?|at\s+the\s+)$"
)
"""The "of" phrases between a title and the body it closes with: " of the Presidium of the "
before "Supreme Assembly", " of the Communist Party of " before "Laos Central Committee"; the
last may be an "at the", as governments title their state secretaries ("State Secretary at
the Ministry of Finance")."""

_STAFF_HEAD = re.compile(
    r"(?:Advis[eo]r|Assistant|Aide|Counsel+or|Secretary|Spokes(?:person|man|woman)|"
    r"Chief\s+of\s+Staff)$"
)
"""Titles of those who serve another office holder: "Special Adviser to the President"."""
_TO_THE = re.compile(r"\s+to\s+the\s+")
_ON = re.compile(r"\s+on\s+")
_ON_FIELD = re.compile(
    rf"\s+on\s+[{UPPER}][\w'\u2019-]*(?:\s+(?:and\s+)?[{UPPER}][\w'\u2019-]*)*(?=,)"
)
"""The field an adviser serves in, closed by the comma before the name: "on Media and
Publicity, X"; with no comma the capitalised words may run into the name, and stay out."""

THE_STATE_ITSELF = re.compile(
    r"\s+of\s+(?:the\s+(?:People's\s+)?(?:Republic|Nation|State|Federation)"
    r"|(?:the|that|this)\s+(?:[A-Z][\w-]*\s+){0,2}(?:country|nation|republic|kingdom))\b"
    r"(?!\s+(?:of\b|[A-Z]))"
)
""""the President of the Republic" ("of the People's Republic"): the text's own state, named by
no country (a role of no country, like "the President"); "the Republic of Kenya" names a country
and "the State Duma" a body. "President of that Asian country" refers back to a state told
before, as translated agency copy writes a second post."""

_OF_WORDS = re.compile(
    rf"\b(?:of|for)\s+(?:the\s+)?(?P<words>[{UPPER}][\w'\u2019-]*(?:\s+[{UPPER}][\w'\u2019-]*){{0,2}})"
)
"""The capitalised words after an "of" inside a body's name, which may begin with a country."""


class TitleOffices:
    """Reads the office around a title the people recognizer found: portfolio, body, country."""

    def __init__(self, gazetteer: Gazetteer, title: re.Pattern[str]) -> None:
        self.gazetteer = gazetteer
        self.title = title
        titles = gazetteer.titles
        styles = trie_pattern(sorted(titles.style_countries))
        self._style = re.compile(rf"(?i:(?P<style>{styles}))(?:,|\s+and)\s+$")
        bodies = {
            *titles.portfolio_forms,
            *(fold(b) for b in titles.legislatures),
            # as written too: folding drops accents the text keeps ("Dáil", "Türkiye")
            *titles.legislatures,
        }
        # "Minister of Foreign Affairs and Trade", "Speaker of the House of Representatives":
        # the office a title heads, so that the name after it is read as the name.
        self.body = re.compile(rf"(?:{trie_pattern(sorted(bodies))})(?!\w)", re.IGNORECASE)
        # "Minister of Trade, and Mr. X, Minister of Health": a part opened by a form of
        # address is the next person, not the last part of the portfolio.
        self._addressed = re.compile(rf"(?:{trie_pattern(titles.honorifics)})(?![\w'\u2019-])")
        self.unlisted = PortfolioReader(
            (w for form in (*titles.portfolio_spellings, *bodies) for w in form.split()),
            (d for c in gazetteer.countries for d in c.demonyms),
            titles.honorifics,
        )

    def portfolio_before(self, text: str, head_start: int) -> int:
        """Where a title starts with the portfolio written before its head: "German Foreign
        Minister", "Moroccan Minister" (no portfolio: the head itself), "Foreign Affairs and
        International Trade Minister" (every part of a joined portfolio)."""
        if not text[head_start - 1 : head_start].isspace():
            return head_start
        start = self._part_before(text, head_start - 1)
        if start is None:
            return head_start
        while (joint := _JOINT_BEFORE.search(text, max(0, start - 8), start)) is not None and (
            earlier := self._part_before(text, joint.start())
        ) is not None:
            start = earlier
        return start

    def _part_before(self, text: str, part_end: int) -> int | None:
        """Where a known portfolio of one or two capitalised words ending at ``part_end``
        starts, if one does."""
        words = _WORDS_BEFORE.search(text, max(0, part_end - 39), part_end)
        if words is None:
            return None
        for start in (words.start(m) for m in ("w2", "w1") if words[m]):
            if self.body.fullmatch(text, start, part_end):
                return start
        return None

    def body_after(self, text: str, head_start: int, head_end: int) -> int:
        """Where a title ends once the office it heads is read: "Minister of Foreign Affairs,
        African Cooperation and Moroccan Expatriates", "Speaker of the House of
        Representatives". Portfolios and chambers come from the vocabulary; further parts of a
        combined portfolio are the capitalised words listed after a known one."""
        starts = [m.end() for m in [OF_PHRASE.match(text, head_end)] if m]
        inner = _INNER_OF.search(text, head_start, head_end)
        if inner is not None:
            starts.append(inner.end())  # "Speaker of the House" + " of Representatives"
        joined = joined_portfolio_start(text, head_start, head_end)
        if joined is not None and self._lone_portfolio(text, joined):
            starts.append(joined)  # "Minister of State" + " and Foreign Affairs"
        end = head_end
        for start in starts:
            known = self.body.match(text, start)
            if known is not None and known.end() > end:
                end = known.end()
            committee = COMMITTEE.match(text, start)
            if committee is not None and committee.end() > end:
                return committee.end()  # "Chairman of the Senate Foreign Relations Committee"
        if end == head_end:
            return head_end
        while True:
            listed = _LISTED_PART.match(text, end)
            if listed is None:
                return end
            if listed["last"] and self._addressed.match(text, listed.start("last")):
                return end
            apposed = _APPOSED.match(text, listed.end()) if listed["last"] else None
            if apposed is not None and self.title.match(text, apposed.end()):
                # "X, Minister of State for Foreign Trade, and Lee Kinyanjui, Cabinet Secretary":
                # a name with its own post after it, not a further portfolio
                return end
            if listed["of"] and not self._country_at(text, listed.end("of")):
                return end  # "and Head of Delegation": the part closes at no country
            address = self._address_inside(text, listed) if listed["last"] else None
            if address is not None:
                return address  # "... and Expatriates Dr. X": the form of address opens X
            end = listed.end()
            if listed["last"]:
                # "..., African Cooperation and Moroccan Expatriates": the last part; a known
                # portfolio there ends it before a name ("Trade and Development Ville Tavio")
                known = self.body.match(text, listed.start("last"))
                rest = text[known.end() : end].split() if known is not None else []
                if known is not None and len(rest) >= 2 and text[known.end()].isspace():
                    return known.end()  # two words or more left: a name, not "... Affairs"
                return end

    def _country_at(self, text: str, at: int) -> bool:
        """Whether the capitalised words at ``at`` begin with a country's name: "Uzbekistan
        X", "Republic of Mali X"."""
        words = _STATE_WORDS.match(text, at)
        if words is None:
            return False
        parts = words.group().split()
        return any(
            parts[count - 1][0].isupper() and self.gazetteer.country(" ".join(parts[:count]))
            for count in range(len(parts), 0, -1)
        )

    def _address_inside(self, text: str, listed: re.Match[str]) -> int | None:
        """Where the last part of a joined portfolio ends when a form of address follows its
        first word: in "Minister of Foreign Affairs and Expatriates Dr. X" the dot of "Dr."
        closes the words read as the part, but "Dr." opens the holder's name."""
        for word in _LATER_WORD.finditer(text, listed.start("last"), listed.end("last")):
            if self._addressed.match(text, word.start(1)):
                return word.start()
        return None

    def _lone_portfolio(self, text: str, at: int) -> bool:
        """Whether a known portfolio at ``at`` is no title's, nor a second title itself:
        "and Foreign Affairs, X", not "and Deputy Prime Minister X" or "and Foreign Affairs
        Minister X", which are second posts."""
        known = self.body.match(text, at)
        if known is None or self.title.match(text, at) is not None:
            return False
        return self.title.match(text, known.end() + 1) is None

    def principal_end(self, text: str, head_start: int, head_end: int) -> int:
        """Where a staff title ends once the office holder it serves is read: "Special Adviser
        to the President on Media and Publicity, X" is one post, whose "President" is not X's
        title; "Adviser to the Minister" too. Other titles end where they are."""
        if _STAFF_HEAD.search(text, head_start, head_end) is None:
            return head_end
        to = _TO_THE.match(text, head_end)
        principal = self.title.match(text, to.end()) if to else None
        if principal is None or not text[principal.start()].isupper():
            return self._known_field_end(text, head_end)
        field = _ON_FIELD.match(text, principal.end())
        return field.end() if field else self._known_field_end(text, principal.end())

    def _known_field_end(self, text: str, at: int) -> int:
        """Where a field the vocabulary knows ends after "on": "Adviser on National Security
        X", with no comma before the name; ``at`` when none follows."""
        on = _ON.match(text, at)
        if on is None or not text[on.end() : on.end() + 1].isupper():
            return at
        known = self.body.match(text, on.end())
        return known.end() if known is not None else at

    def styled(self, text: str, title_start: int) -> str | None:
        """The country of a monarch's style written before the title: "the Custodian of the
        Two Holy Mosques, King Salman" and "... Mosques and King Salman" are Saudi Arabia's
        king, wherever the story is set."""
        start = max(0, title_start - 60)
        blank = title_start
        while blank > start and text[blank - 1].isspace():
            blank -= 1
        if blank in (title_start, start) or not text[:blank].endswith((",", " and")):
            return None  # a style ends in ", " or " and " right before the title
        style = self._style.search(text, start, title_start)
        return self.gazetteer.titles.style_countries.get(fold(style["style"])) if style else None

    def listed_country(self, text: str, at: int, base: int, document: Document) -> str | None:
        """The country that closes a list of posts held by one person: "X, Crown Prince,
        Deputy Prime Minister and Minister of Defence of the Kingdom of Saudi Arabia" holds
        every one of them for that kingdom. A list that ends in a name is that person's own
        ("Premier Li Qiang, Prime Minister of New Zealand Chris Hipkins"): no country of the
        first."""
        while (title := self.title.match(text, at)) is not None:
            end = self.body_after(text, title.start(), title.end())
            country, cursor = self.country_after(text, end, base, document)
            if country is not None and _NAME_AFTER.match(text, cursor):
                return None
            joint = _NEXT_POST.match(text, end)
            if country is not None or joint is None:
                return country
            at = joint.end()
        return None

    def organization_end(
        self, text: str, head_end: int, base: int, document: Document
    ) -> tuple[int, str | None]:
        """Where a title ends that heads a body the text names as an organization, through the
        "of" phrases that lead to it ("Chairman of the Presidium of the Supreme Assembly",
        "General Secretary of the Communist Party of Laos Central Committee"), and the country
        one of those phrases names. The name of its holder follows, so the title must not stop
        at its head ("Chairman") with the holder out of reach."""
        for organization in document.organizations:
            start = organization.span.start - base
            if start <= head_end or start - head_end > 80:
                continue
            if _OF_BODIES.fullmatch(text, head_end, start):
                end = organization.span.end - base
                return end, self._country_of_phrases(text, head_end, end)
        return head_end, None

    def _country_of_phrases(self, text: str, start: int, end: int) -> str | None:
        """The country an "of" phrase inside a body's name names: "of Laos" in "of the
        Communist Party of Laos Central Committee", whose name reads the country as its own."""
        for of in _OF_WORDS.finditer(text, start, end):
            words = of["words"].split()
            for count in range(len(words), 0, -1):
                country = self.gazetteer.country(" ".join(words[:count]))
                if country is not None:
                    return country.iso2
        return None

    def headed_body_end(
        self, text: str, head_end: int, cursor: int, base: int, document: Document
    ) -> int:
        """Where a post ends that heads a body the vocabulary has no post for: "Administrator
        of the Lakeland Port Authority" keeps its body, as the listed "Governor of the Central
        Bank" does, since "Administrator" alone tells no reader which office X holds. Only a
        body read from its shape and ending in its head word ("Authority", "Court") counts: a
        known body or one that names its country stays out of the post, as before."""
        of = _OF_THE.match(text, head_end)
        if of is None or cursor <= of.end():
            return head_end
        span = (base + of.end(), base + cursor)
        for organization in document.organizations:
            if (organization.span.start, organization.span.end) != span:
                continue
            if organization.country is None and organization.wikidata is None:
                last = organization.name.split()[-1]
                if ORGANIZATION_HEAD.fullmatch(last):
                    return cursor
        return head_end

    def joined_state(
        self, text: str, title_start: int, base: int, document: Document
    ) -> str | None:
        """The country of "the Republic" in a second post joined to a first that names it:
        "General Secretary of the Workers' Party of Ruritania and President of the Republic, X"
        holds both posts for Ruritania, as party-state styles write them; the second post names
        no country of its own, so the first one's is the only one the text gives."""
        for earlier in self.title.finditer(text, max(0, title_start - 150), title_start):
            end = self.body_after(text, earlier.start(), earlier.end())
            country, cursor = self.country_after(text, end, base, document)
            if country is not None and _NEXT_POST.fullmatch(text, cursor, title_start):
                return country
        return None

    def country_after(
        self, text: str, head_end: int, base: int, document: Document
    ) -> tuple[str | None, int]:
        """The country of an "of Country" phrase after a title, and where the phrase ends."""
        of = OF_PHRASE.match(text, head_end)
        if of is None:
            return None, head_end
        at = base + of.end()
        for mention in document.countries:
            if mention.span.start == at and mention.form == "name":
                return mention.iso2, restated_end(document, mention) - base
        for organization in document.organizations:
            start, end = organization.span.start, organization.span.end
            if not start <= at < end:
                continue
            # "Governor of the Central Bank of Egypt X", "Chair of the National Bank of Georgia
            # X": a body read from its shape ends at the country its "of" part names.
            last_of = _LAST_OF.match(document.text, at, end)
            named = self.gazetteer.country(document.text[last_of.end() if last_of else at : end])
            country = organization.country or (named.iso2 if named else None)
            if start == at or country is not None:
                return country, end - base
        # "General Secretary of the Communist Party of Viet Nam X": a body we do not know,
        # named by capitalised words, that ends in a country; also before a comma ("President
        # of the Co-operative Republic of Guyana, X": a style the gazetteer does not spell).
        for mention in document.countries:
            gap = document.text[at : mention.span.start]
            if 0 < len(gap) <= 60 and mention.form == "name" and _BODY_WORDS.fullmatch(gap):
                return mention.iso2, mention.span.end - base
        # "the President of the Republic, Emmanuel Macron": a body we do not know, then a name.
        body = _BODY_THEN_COMMA.match(document.text, at) or _REPUBLIC_THEN_NAME.match(
            document.text, at
        )
        if body is not None:
            end = body.end()
            if " of " in body.group():
                # "Head of the Federal Department of Home Affairs, Culture and Sport, X": the
                # fields a department lists, one word each, go on with its name.
                fields = _LISTED_FIELDS.match(document.text, end)
                end = fields.end() if fields is not None else end
            return None, end - base
        return None, head_end
