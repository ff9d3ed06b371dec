"""PeopleRecognizer: people from their posts and context, with the posts they hold.

News introduces a person with a post ("President of France Emmanuel Macron", "Sadyr Japarov,
President of the Kyrgyz Republic", "Deputy Minister Vassilenko", "Donald Tusk, the Polish prime
minister"), an honorific ("H.E. Sheikh ...") or a role in a visit ("... was made by Jacques
Chirac"). No list of known names is used: a person is recognised only where the text itself
says who they are. How a name is written is person_names.py's; person_clusters.py groups name
variants into one person ("Xi", "Xi Jinping"); later references by surname, role or pronoun are
``ReferenceResolver``'s (resolve.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from dkg.loaders.document import (
    Document,
    PersonMention,
    Post,
    Sentence,
    TextSpan,
)
from dkg.loaders.gazetteer import Gazetteer, fold, load_gazetteer
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.capital_headings import heading_names, in_title_case
from dkg.loaders.steps.person_clusters import Candidate, cluster, drop_lead, key_for
from dkg.loaders.steps.person_context import (
    OF_PHRASE,
    country_at_of,
    country_ending_at,
    covered_offsets,
    unblocked_offsets,
)
from dkg.loaders.steps.person_lower_titles import SPEECH_TAG, LowerTitleReader
from dkg.loaders.steps.person_names import NAME, UPPER, short_names, trim_name
from dkg.loaders.steps.portfolio_titles import PortfolioReader
from dkg.loaders.steps.predecessor_names import predecessors
from dkg.loaders.steps.title_patterns import honorifics_pattern, title_pattern
from dkg.loaders.steps.untitled_leaders import untitled_parties
from dkg.loaders.steps.untitled_leads import untitled_leads
from dkg.loaders.trie import trie_pattern

_BODY_WORDS = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+|(?:of|the|and|for)\s+)+")
_VISITOR_SLOT = Prefiltered(
    r"\b(?:visit|trip|tour)\b[^.;:]{0,60}?\b(?:(?:made|paid|undertaken) by|since that of)\s+"
    rf"(?P<name>{NAME.pattern})"
    rf"|\b(?:since|when|after)\s+(?P<past>{NAME.pattern})\s+(?:came|went|travel+ed|flew)\s+to\b"
    rf"|\b(?:since|when|after)\s+(?P<past2>{NAME.pattern})\s+visited\b"
    rf"|(?<![\w'\u2019.-])(?P<owner>{NAME.pattern})['\u2019]s\s+(?:[a-z][\w-]*\s+){{0,3}}(?:visit|trip|tour)\s+to\b"
    rf"|^(?P<maker>{NAME.pattern})\s+(?:wrapped up|began|started|ended|concluded|kicked off|"
    r"paid|made|undertook|(?:is|was) on)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:visit|trip|tour)\b"
    rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:predecessor|successor)\s+(?P<kin>{NAME.pattern})"
)
"""Whoever a visit "was made by" is a person, titled or not, and so is the owner of a
"first trip to Nigeria", the one who made an earlier one ("since Shinzo Abe came to Warsaw") and
the subject who opens a sentence on a visit ("Emmanuel Macron wrapped up a state visit"), and
someone's predecessor or successor named without a title ("his predecessor Jair Bolsonaro")."""
_PLURAL_TITLE = Prefiltered(
    r"\b(?i:(?:their|the two|both)\s+(?:[a-z]+\s+){0,2}?(?:ministers|presidents|"
    r"prime ministers|ambassadors|envoys|counterparts|chancellors|premiers)),\s+"
    rf"(?P<a>{NAME.pattern})(?:\s+of\s+(?:the\s+)?[{UPPER}][\w'\u2019-]*(?:\s+[{UPPER}][\w'\u2019-]*){{0,2}})?"
    rf"\s+and\s+(?P<b>{NAME.pattern})"
)
"""Two people named after a plural title: "their foreign ministers, A and B", also with each
one's country ("A of Colombia and B of Venezuela")."""
_LAST_OF = re.compile(r".*\bof\s+(?:the\s+)?")
"""A body's name up to its last "of (the)", after which a country may close it."""
_BODY_THEN_COMMA = re.compile(
    r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'\u2019-]*){0,5}(?=,)"
)
_NAME_BEFORE_TITLE = re.compile(
    rf"({NAME.pattern})(?:,\s+(?:the\s+)?|\s+as\s+(?:the\s+)?(?:new\s+)?)"
    rf"(?:[{UPPER}][\w'\u2019]*\s+)?$"
)
"""A name right before a title: "Sadyr Japarov, President of ...", "X, the French President",
"the swearing-in of X as President of Ghana"."""
_AS_POST = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}\s+as\s+(?:the\s+)?(?:new\s+)?")
"""The post a visit is made in, after its destination: "... to Nigeria as Chancellor"."""
_WORDS_BEFORE = re.compile(rf"(?P<w2>[{UPPER}][\w-]*\s)?(?P<w1>[{UPPER}][\w-]*\s)$")
"""One or two capitalised words right before a title's head, which may be its portfolio."""
_APPOSITION = re.compile(r",\s+(?:the\s+)?")
"""The comma after a name that opens the posts written after it."""
_NEXT_POST = re.compile(r",\s+|\s+and\s+")
"""What joins the posts one person holds: "Crown Prince, Deputy Prime Minister and ..."."""
_INNER_OF = re.compile(r"\s(?:of|for)\s+(?:the\s+)?(?=\S+$)")
"""The last "of (the)" inside a title, where a chamber's name may start ("Speaker of the House")."""
_PART = rf"[{UPPER}][\w'\u2019-]*(?:\s+[{UPPER}][\w'\u2019-]*){{0,2}}"
_LISTED_PART = re.compile(
    rf",\s+(?P<inner>{_PART})(?=\s+and\s+[{UPPER}]|,\s+[{UPPER}][^,]*\s+and\s+[{UPPER}])"
    rf"|,?\s+and\s+(?:the\s+)?(?P<last>{_PART})(?=[,.;:)]|\s*$)"
)
"""A further part of a combined portfolio: ", African Cooperation" before "and ...", or
"and Moroccan Expatriates" ("and the Pacific") that ends the list at punctuation. A
comma-joined part with no "and" after it is a name in apposition ("Minister of Foreign
Affairs, Retno Marsudi, said")."""
_COUNTERPART = Prefiltered(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:(?P<demonym>[{UPPER}][\w'\u2019]*)\s+)?counterparts?,?\s+"
    r"(?:the\s+)?(?:(?:Rt\.?\s+)?Hon(?:ourable|orable|\.)?\s+)?"
    rf"(?P<name>{NAME.pattern})"
)


class PeopleRecognizer:
    """Finds people where the text says who they are: a post, an honorific, a visit's maker."""

    name = "recognize-people"
    requires = frozenset({"sentences", "countries", "places", "organizations"})
    provides = frozenset({"people", "person_mentions"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self._posts: dict[str, str] = {}
        one_word = (*self.gazetteer.titles.honorifics, *self.gazetteer.titles.head_titles)
        self._lead = frozenset(fold(w) for w in one_word if " " not in w.strip())
        titles = self.gazetteer.titles
        heads = sorted({*titles.head_titles, *titles.company_posts}, key=lambda t: (-len(t), t))
        self.title = re.compile(title_pattern(titles.rank_prefixes, heads))
        # "H.E." is also written "HE" and "H.E": every dotted honorific in each spelling.
        spellings = {f for h in titles.honorifics for f in (h, h.replace(".", ""), h.rstrip("."))}
        self.honorific = re.compile(honorifics_pattern(spellings))
        # A title that is also a form of address ("Prince", "Sheikh") gives way to the office
        # written after the name.
        self._ranks = frozenset(fold(h) for h in titles.honorifics)
        styles = trie_pattern(sorted(titles.style_countries))
        self._style = re.compile(rf"(?i:(?P<style>{styles})),\s+$")
        self.lower = LowerTitleReader(self.gazetteer, heads, self._post)
        bodies = {
            *(f for forms in titles.portfolios.values() for f in forms),
            *(fold(b) for b in titles.legislatures),
        }
        # "Minister of Foreign Affairs and Trade", "Speaker of the House of Representatives":
        # the office a title heads, so that the name after it is read as the name.
        self.body = re.compile(rf"(?:{trie_pattern(sorted(bodies))})(?!\w)", re.IGNORECASE)
        self.unlisted = PortfolioReader(
            (w for form in (*titles.portfolio_spellings, *bodies) for w in form.split()),
            (d for c in self.gazetteer.countries for d in c.demonyms),
        )

    def __call__(self, document: Document) -> Document:
        """Return the document with its people and every mention of them."""
        candidates: list[Candidate] = []
        blocked = covered_offsets(document, cities=True)
        firm = covered_offsets(document, cities=False)
        for sentence in document.sentences:
            if not sentence.boilerplate:
                cased = in_title_case(sentence)  # "BY THEIR MAJESTIES KING CHARLES III"
                found = self._candidates(cased, document, blocked, firm)
                candidates.extend(
                    found if cased is sentence else heading_names(found, cased, document)
                )
                candidates.extend(predecessors(sentence, document, firm))  # "since A B in 2011"
        # "Office of the Prime Minister, Port Moresby": a name that is a whole place is the place.
        places = {p.span for p in document.places}
        candidates = [drop_lead(c, self._lead) for c in candidates if c.name_span not in places]
        people = cluster(candidates)
        short = short_names(people)
        mentions = sorted(
            (
                PersonMention(c.name_span, key_for(c.name, people, short), "name")
                for c in candidates
            ),
            key=lambda m: m.span,
        )
        spans: dict[str, list[TextSpan]] = {}
        for mention in mentions:
            spans.setdefault(mention.person, []).append(mention.span)
        people_out = tuple(replace(p, mentions=tuple(spans.get(p.key, ()))) for p in people)
        return replace(document, people=people_out, person_mentions=tuple(mentions))

    def _candidates(
        self, sentence: Sentence, document: Document, blocked: frozenset[int], firm: frozenset[int]
    ) -> Iterable[Candidate]:
        text = sentence.text
        base = sentence.span.start
        seen: set[int] = set()
        for match in self.title.finditer(text):
            head_start, head_end = match.start(), match.end()
            if not text[head_start].isupper() or text[head_end : head_end + 1] == "s":
                continue
            unlisted = self.unlisted.span(text, head_end)
            head_end = self._body_after(text, head_start, head_end)
            if (
                unlisted
                and unlisted[1] > head_end
                and not any(
                    c.span.start == base + unlisted[0] and c.form == "name"
                    for c in document.countries
                )
            ):
                head_end = unlisted[1]  # "Minister of Roads and Urban Development X"
            country, cursor = self._country_after(text, head_end, base, document)
            title_start = self._portfolio_before(text, head_start)
            before_country = country_ending_at(document, base + title_start)
            country = country or before_country or self._styled(text, title_start)
            title_text = text[title_start:head_end]
            tail = re.match(r",?\s+", text[cursor:])
            name_start = cursor + (tail.end() if tail else 0)
            honorific = self.honorific.match(text, name_start)
            if honorific:
                name_start = honorific.end()
            name = NAME.match(text, name_start) if tail else None
            if name and tail and "," in tail.group() and self.title.match(text, name_start):
                name = None  # "X, the King of Malaysia, President Y": Y's title is his own
            if name is not None:
                free = unblocked_offsets(firm, document, base + head_start, base + name.start())
                found = trim_name(name.group(), base + name.start(), free)
                if found is not None:
                    seen.add(found[0].start)
                    # "Deputy Prime Minister Winston Peters of New Zealand", "Prince X, Crown
                    # Prince and Minister of Defence of the Kingdom of Saudi Arabia"
                    country = country or country_at_of(document, found[0].end)
                    listed = _APPOSITION.match(text, found[0].end - base)
                    office = self.title.match(text, listed.end()) if listed else None
                    if country is None and office is not None:
                        country = self._listed_country(text, office.start(), base, document)
                    if office is not None and fold(title_text) in self._ranks:
                        title_text = office.group()  # "Prince X, Crown Prince": the office
                    yield Candidate(found[0], found[1], self._post(title_text, country))
                    continue
            left = _NAME_BEFORE_TITLE.search(text, max(0, head_start - 80), head_start)
            if left is not None and not SPEECH_TAG.match(text, head_end):
                found = trim_name(left.group(1), base + left.start(1), blocked)
                if found is not None and self.title.fullmatch(found[1]):
                    found = None  # "X, Crown Prince, Deputy Prime Minister": a title, no name
                if found is not None and found[0].start not in seen:
                    seen.add(found[0].start)
                    if country is None and name is None and tail and "," in tail.group():
                        country = self._listed_country(text, name_start, base, document)
                    yield Candidate(found[0], found[1], self._post(title_text, country))
        yield from self.lower.candidates(text, base, document, (blocked, firm), seen)
        for match in self.honorific.finditer(text):
            if self.title.match(text, match.end()):
                continue  # "His Majesty King Charles III": the title loop reads it
            name = NAME.match(text, match.end())
            if name is None:
                continue
            found = trim_name(name.group(), base + name.start(), firm)
            if found is not None and found[0].start not in seen and len(found[1].split()) > 1:
                seen.add(found[0].start)
                yield Candidate(found[0], found[1], None)
        for match in _COUNTERPART.finditer(text):
            # "his Tanzanian counterpart Samia Suluhu Hassan": a person of that country;
            # "his counterpart James Marape": a person, of the country the story tells.
            home = self.gazetteer.country(match["demonym"]) if match["demonym"] else None
            if match["demonym"] and home is None:
                continue  # "his Pacific counterparts": no country, and maybe no person
            titled = self.title.search(text, match.start("name"), match.end("name"))
            if titled is not None and titled.end() == match.end("name"):
                titled = None  # "the Hon. Anthony Albanese MP": letters after the name
            if titled is not None:
                # "his Egyptian counterpart, Foreign Minister Sameh Shoukry": the name follows.
                name = NAME.match(text, self._body_after(text, titled.start(), titled.end()) + 1)
                if name is None or text[titled.end() : name.start()].strip():
                    continue
                match_name, name_at = name.group(), name.start()
            else:
                match_name, name_at = match["name"], match.start("name")
            # Like a title, "counterpart" is followed by a first name that may be a city's. It
            # also tells the country of a name an honorific read first ("the Hon. X MP").
            found = trim_name(match_name, base + name_at, firm)
            if found is not None and (home is not None or len(found[1].split()) > 1):
                seen.add(found[0].start)
                yield Candidate(found[0], found[1], None, home.iso2 if home else None)
        for match in _PLURAL_TITLE.finditer(text):
            # "their foreign ministers, Santiago Cafiero and Antonia Urrejola": each is a person.
            for group in ("a", "b"):
                found = trim_name(match[group], base + match.start(group), firm)
                if found is not None and found[0].start not in seen and len(found[1].split()) > 1:
                    seen.add(found[0].start)
                    yield Candidate(found[0], found[1], None)
        for match in _VISITOR_SLOT.finditer(text):
            # "the visit ... was made by Jacques Chirac": who makes a visit is a person.
            group = next(g for g in ("name", "past", "past2", "owner", "maker", "kin") if match[g])
            if group != "name" and self.title.search(match[group]):
                continue  # "President Ruto's visit": the title loop reads a titled owner
            found = trim_name(match[group], base + match.start(group), firm)
            if found is not None and found[0].start not in seen and len(found[1].split()) > 1:
                seen.add(found[0].start)
                # "X's first trip to Nigeria as Chancellor": the post the trip is made in.
                held = _AS_POST.match(text, match.end(), match.end() + 40)
                titled = self.title.match(text, held.end()) if held else None
                yield Candidate(
                    found[0], found[1], self._post(titled.group(), None) if titled else None
                )
        yield from untitled_parties(text, base, document.text, firm, self.title, seen)
        yield from untitled_leads(text, base, document.text, firm, self.title, seen)

    def _portfolio_before(self, text: str, head_start: int) -> int:
        """Where a title starts with the portfolio written before its head: "German Foreign
        Minister", "Moroccan Minister" (no portfolio: the head itself)."""
        words = _WORDS_BEFORE.search(text, max(0, head_start - 40), head_start)
        if words is None:
            return head_start
        for start in (words.start(m) for m in ("w2", "w1") if words[m]):
            if self.body.fullmatch(text, start, head_start - 1):
                return start
        return head_start

    def _body_after(self, text: str, head_start: int, head_end: int) -> int:
        """Where a title ends once the office it heads is read: "Minister of Foreign Affairs,
        African Cooperation and Moroccan Expatriates", "Speaker of the House of
        Representatives". Portfolios and chambers come from the vocabulary; further parts of a
        combined portfolio are the capitalised words listed after a known one."""
        starts = [m.end() for m in [OF_PHRASE.match(text, head_end)] if m]
        inner = _INNER_OF.search(text, head_start, head_end)
        if inner is not None:
            starts.append(inner.end())  # "Speaker of the House" + " of Representatives"
        end = head_end
        for start in starts:
            known = self.body.match(text, start)
            if known is not None and known.end() > end:
                end = known.end()
        if end == head_end:
            return head_end
        while True:
            listed = _LISTED_PART.match(text, end)
            if listed is None:
                return end
            end = listed.end()
            if listed["last"]:
                return end  # "..., African Cooperation and Moroccan Expatriates": the last part

    def _styled(self, text: str, title_start: int) -> str | None:
        """The country of a monarch's style written before the title: "the Custodian of the
        Two Holy Mosques, King Salman" is Saudi Arabia's king, wherever the story is set."""
        start = max(0, title_start - 60)
        blank = title_start
        while blank > start and text[blank - 1].isspace():
            blank -= 1
        if blank in (title_start, start) or text[blank - 1] != ",":
            return None  # a style ends in ", " right before the title: tested before the scan
        style = self._style.search(text, start, title_start)
        return self.gazetteer.titles.style_countries.get(fold(style["style"])) if style else None

    def _listed_country(self, text: str, at: int, base: int, document: Document) -> str | None:
        """The country that closes a list of posts held by one person: "X, Crown Prince,
        Deputy Prime Minister and Minister of Defence of the Kingdom of Saudi Arabia" holds
        every one of them for that kingdom."""
        while (title := self.title.match(text, at)) is not None:
            end = self._body_after(text, title.start(), title.end())
            country, _ = self._country_after(text, end, base, document)
            joint = _NEXT_POST.match(text, end)
            if country is not None or joint is None:
                return country
            at = joint.end()
        return None

    def _country_after(
        self, text: str, head_end: int, base: int, document: Document
    ) -> tuple[str | None, int]:
        """The country of an "of Country" phrase after a title, and where the phrase ends."""
        of = re.match(r"\s+(?:of|for)\s+(?:the\s+)?", text[head_end:])
        if of is None:
            return None, head_end
        at = base + head_end + of.end()
        for mention in document.countries:
            if mention.span.start == at and mention.form == "name":
                return mention.iso2, mention.span.end - base
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
        # "the President of the Republic, Emmanuel Macron": a body we do not know, then a name.
        body = _BODY_THEN_COMMA.match(document.text, at)
        if body is not None:
            return None, body.end() - base
        # "General Secretary of the Communist Party of Viet Nam X": a body we do not know,
        # named by capitalised words, that ends in a country.
        for mention in document.countries:
            gap = document.text[at : mention.span.start]
            if 0 < len(gap) <= 60 and mention.form == "name" and _BODY_WORDS.fullmatch(gap):
                return mention.iso2, mention.span.end - base
        return None, head_end

    def _post(self, title: str, country: str | None) -> Post:
        country = country or self.gazetteer.titles.style_countries.get(fold(title))
        canonical = self._posts.get(title)
        if canonical is None:
            canonical = self._posts[title] = self.gazetteer.titles.normalize_post(title)
        return Post(canonical, country)
