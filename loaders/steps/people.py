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
from dkg.loaders.gazetteer.surface import strip_diacritics
from dkg.loaders.letters import UPPER
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.body_posts import body_post_holders
from dkg.loaders.steps.building_names import named_building
from dkg.loaders.steps.capital_headings import (
    capital_title_words,
    heading_names,
    in_title_case,
)
from dkg.loaders.steps.commentator_names import commentators
from dkg.loaders.steps.company_name_joins import names_a_trade
from dkg.loaders.steps.envoy_postings import posting_end
from dkg.loaders.steps.heading_offices import heading_offices
from dkg.loaders.steps.member_labels import member_labels
from dkg.loaders.steps.monument_names import commemorated
from dkg.loaders.steps.name_variants import introduced_aliases, shorter_forms
from dkg.loaders.steps.park_names import named_park
from dkg.loaders.steps.person_clusters import (
    Candidate,
    cluster,
    drop_lead,
    key_for,
    without_shared_surnames,
)
from dkg.loaders.steps.person_context import (
    country_at_of,
    country_ending_at,
    covered_offsets,
    unblocked_offsets,
)
from dkg.loaders.steps.person_lower_titles import SPEECH_TAG, LowerTitleReader
from dkg.loaders.steps.person_names import (
    NAME,
    RELATIVE_POST,
    after_openers,
    after_title,
    short_names,
    trim_name,
)
from dkg.loaders.steps.person_slots import SlotReader
from dkg.loaders.steps.plural_titles import PluralTitleReader
from dkg.loaders.steps.predecessor_names import predecessors
from dkg.loaders.steps.rank_posts import rank_in, referred_to
from dkg.loaders.steps.regnal_styles import mentions_the_late, of_the_late
from dkg.loaders.steps.role_clauses import role_clause_holders
from dkg.loaders.steps.state_portfolios import portfolio_end
from dkg.loaders.steps.surname_first_names import in_given_name_order
from dkg.loaders.steps.title_offices import THE_STATE_ITSELF, TitleOffices
from dkg.loaders.steps.title_patterns import honorifics_pattern, title_pattern
from dkg.loaders.steps.titled_names import (
    address_part,
    clock_time,
    given_title_word,
    titled_name,
)
from dkg.loaders.steps.untitled_names import untitled_names
from dkg.loaders.trie import trie_pattern

_NAME_BEFORE_TITLE = SkipAheadPattern(
    rf"({NAME.pattern})(?:{RELATIVE_POST}|,\s+(?:the\s+)?|\s+(?:as|is)\s+(?:the\s+)?"
    rf"(?:(?:[{UPPER}][\w-]*\s+){{0,2}}[{UPPER}][\w-]*['\u2019]s\s+)?"
    r"(?:new\s+|\d+(?:st|nd|rd|th)\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)\s+)?)"
    rf"(?:[{UPPER}][\w'\u2019]*\s+)?$"
)
"""A name right before a title: "Sadyr Japarov, President of ...", "X, the French President",
"the swearing-in of X as President of Ghana", "X, who served as the 64th Secretary of State",
"the inauguration of X as Chile's 40th President", "X is Germany's Foreign Minister"."""
_CLAUSE_VERB = re.compile(
    r"\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|met|held|paid|made|took|gave|went|flew|left|"
    r"came|spoke|sent|began|led|saw|has|had|was|is|will|would|meets|visits|holds|pays)\b"
)
"""A verb right after a title: "Before his speech in Ballina, the President visited ..." opens a
clause whose subject is the title, so the capitalised word before the comma (a place, a
company) is not the title's holder; an apposition closes with a comma ("X, the President,
visited") or goes on with its office ("X, the President of Ireland"). Only after a comma: in
"the inauguration of X as President took place" the name is the subject of no clause."""
_CHOSEN = re.compile(r"-(?:designate|elect)\b")
_SHORT_FORM = re.compile(r"\s*\([A-Z][A-Za-z&.-]{1,11}\)(?=,)")
"""The short form of a known body a post heads, in brackets before the holder's comma:
"Chairman of the Kenya Association of Manufacturers (KAM), X"."""
"""The mark of a post someone is chosen for and does not hold yet, written after its title."""
_APPOSITION = re.compile(r",\s+(?:the\s+)?")
"""The comma after a name that opens the posts written after it."""
_QUALIFIER = re.compile(r"(?P<word>[A-Z][a-z]+)\s+")


_AND_BEFORE = re.compile(r"\s+and\s+$")
_MINISTER = re.compile(r"(?:[\w-]+\s+){0,3}?Minister\b|Vice[\s-]President\b")
"""A minister's or a vice president's title, which no president holds beside the presidency:
"the President and Foreign Minister X" and "the new President and Vice President X" are two
people, while "Crown Prince and Prime Minister X" is one."""
_LINK_BEFORE = re.compile(r"(?:,|\s+and)\s+$")
"""What joins a further post listed before another one person holds: a comma, or "and" ("The
Tánaiste and Minister for Foreign Affairs and Minister for Defence X")."""
_NAME_GAP = re.compile(r",?\s+")
"""What lies between a title and its holder's name: compiled once and matched in place, not
looked up in ``re``'s cache on a copy of the rest of the sentence per title."""
_THE = re.compile(r"the\s+")
_GENERIC_RULER = re.compile(
    r"\b(?:[Hh]ead of [Ss]tate|[Ll]eader|[Mm]onarch|[Rr]uler|[Ss]overeign)$"
)
"""A title that names a ruler by no office of its own, so a title after it is the ruler's style,
not a given name: "Head of State King Charles III", "Opposition Leader President X" (as after
a monarch's style: "Custodian of the Two Holy Mosques King X")."""


class PeopleRecognizer:
    """Finds people where the text says who they are: a post, an honorific, a visit's maker."""

    name = "recognize-people"
    requires = frozenset({"sentences", "countries", "places", "organizations"})
    provides = frozenset({"people", "person_mentions"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self._posts: dict[str, str] = {}
        # Forms of address of several words ("Samdech Techo") are dropped whole, like "Sheikh".
        addresses = (*self.gazetteer.titles.honorifics, *self.gazetteer.titles.head_titles)
        self._lead = frozenset(fold(w) for w in addresses if w.strip())
        titles = self.gazetteer.titles
        written = {*titles.head_titles, *titles.company_posts}
        # "Tanaiste", "Charge d'Affaires": news often drops the accents the tables keep
        written |= {strip_diacritics(t) for t in written}
        heads = sorted(written, key=lambda t: (-len(t), t))
        self.title = re.compile(title_pattern(titles.rank_prefixes, heads))
        self._rank_before = SkipAheadPattern(
            rf"(?<![\w-])(?:(?:{trie_pattern(titles.rank_prefixes)})\s+)+$"
        )
        # "H.E." is also written "HE" and "H.E": every dotted honorific in each spelling.
        spellings = {f for h in titles.honorifics for f in (h, h.replace(".", ""), h.rstrip("."))}
        self.honorific = re.compile(honorifics_pattern(spellings))
        # A title that is also a form of address ("Prince", "Sheikh") gives way to the office
        # written after the name.
        self._ranks = frozenset(fold(h) for h in titles.honorifics)
        self.lower = LowerTitleReader(self.gazetteer, heads, self.title, self._post)
        self.offices = TitleOffices(self.gazetteer, self.title)
        self.slots = SlotReader(self.gazetteer, self.honorific, self.offices, self._post)
        self.plural = PluralTitleReader(
            titles.head_titles, self._post, titles.portfolio_spellings, self.honorific
        )

    def __call__(self, document: Document) -> Document:
        """Return the document with its people and every mention of them."""
        candidates: list[Candidate] = []
        blocked = covered_offsets(document, cities=True)
        firm = covered_offsets(document, cities=False)
        given: set[int] = set()  # where a title word is a given name: "Speaker Amir Ohana"
        for sentence in document.sentences:
            if not sentence.boilerplate:
                sentence = capital_title_words(sentence, self.title)  # "PRIME Minister X"
                cased = in_title_case(sentence)  # "BY THEIR MAJESTIES KING CHARLES III"
                found = self._candidates(cased, document, blocked, firm, given)
                candidates.extend(
                    found if cased is sentence else heading_names(found, cased, document)
                )
                candidates.extend(predecessors(sentence, document, firm))  # "since A B in 2011"
                candidates.extend(self.plural.read(sentence, document, firm))  # "of A, X; of B"
        candidates.extend(
            self.plural.possessive_holders(document, firm, self.title)
        )  # "Peru's Ana Ruiz"
        # "Senator the Hon Jane Roe" over "Minister for Foreign Affairs": the office line.
        candidates.extend(
            list(heading_offices(document, candidates, self._whole_office, self._post))
        )
        # "Office of the Prime Minister, Port Moresby": a name that is a whole place is the place.
        places = {p.span for p in document.places}
        late = mentions_the_late(document.text)  # "ibni Al-Marhum Sultan X": the late father
        candidates = [
            c if c.name_span.start in given else drop_lead(c, self._lead)
            for c in candidates
            if c.name_span not in places
            and not names_a_trade(c.name)
            and not commemorated(c, document.text)  # "the samadhi of Sir X": no actor
            and not named_park(c, document.text)  # "at Ratu Sukuna Park": a place
            and not (late and of_the_late(c.name_span.start, document.text))
            and not named_building(c, document.text)  # "the Sultan X mosque": a place
        ]
        # "KISHIDA Fumio": the name news writes "Fumio Kishida", so both are one person
        candidates = [replace(c, name=in_given_name_order(c.name)) for c in candidates]
        candidates.extend(list(shorter_forms(candidates, document.text)))  # "Gabriel Boric"
        candidates = introduced_aliases(candidates, document.text)  # "X (Jokowi)": one person
        candidates = without_shared_surnames(candidates)  # "Mrs Ruto" beside two full Rutos
        people = cluster(candidates, self._lead)
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
        self,
        sentence: Sentence,
        document: Document,
        blocked: frozenset[int],
        firm: frozenset[int],
        given: set[int],
    ) -> Iterable[Candidate]:
        text = sentence.text
        base = sentence.span.start
        seen: set[int] = set()
        served_until = 0
        addressed_at = -1
        for match in self.title.finditer(text):
            head_start, head_end = match.start(), match.end()
            if text.startswith("-", head_end) and (chosen := _CHOSEN.match(text, head_end)):
                head_end = chosen.end()  # "Finance Minister-designate, X": chosen, not in office
            if base + head_start in given:
                continue  # "Knesset Speaker Amir Ohana": "Amir" is his given name here
            if head_start == addressed_at:
                continue  # "Army Commander General X": the rank is X's address, not a post
            if not text[head_start].isupper() or text[head_end : head_end + 1] == "s":
                continue
            if text.startswith(("'s ", "\u2019s "), head_end):
                continue  # "X, the President's brother": the title is another's, not X's
            if clock_time(text, head_start):
                continue  # "at 3 PM": an hour, not a prime minister
            if head_start < served_until:
                continue  # "Adviser to the President": the President is the office served
            if self._ranks_next_title(text, head_end):
                continue  # "Deputy Foreign Minister X": "Deputy" is the rank of what follows
            unlisted = self.offices.unlisted.span(text, head_end)
            head_end = self.offices.principal_end(text, head_start, head_end)
            served_until = head_end
            head_end = self.offices.body_after(text, head_start, head_end)
            if (
                unlisted
                and unlisted[1] > head_end
                and not any(
                    c.span.start == base + unlisted[0] and c.form == "name"
                    for c in document.countries
                )
            ):
                head_end = unlisted[1]  # "Minister of Roads and Urban Development X"
            country, cursor = self.offices.country_after(text, head_end, base, document)
            if country is None:  # "Administrator of the Lakeland Port Authority, X"
                head_end = self.offices.headed_body_end(text, head_end, cursor, base, document)
            body_country = None
            if country is None and cursor == head_end:
                # "Chairman of the Presidium of the Supreme Assembly X": the body runs on.
                head_end, body_country = self.offices.organization_end(
                    text, head_end, base, document
                )
                cursor = head_end
            # "the Ambassador of France to Peru, X": the posting runs on to the envoy's name.
            cursor = posting_end(text[head_start:head_end], text, cursor, base, document) or cursor
            title_start = self._ranked_start(text, self.offices.portfolio_before(text, head_start))
            title_start = self._joined_start(text, title_start)
            before_country = country_ending_at(document, base + title_start) or (
                country_ending_at(document, base + paired)
                if (paired := self._president_before(text, title_start)) is not None
                else None
            )  # "Ghana's President and Vice President X": X is Ghana's too
            country = (
                country or before_country or body_country or self.offices.styled(text, title_start)
            )
            if country is None and (itself := THE_STATE_ITSELF.match(text, head_end)):
                country = self.offices.joined_state(text, title_start, base, document)
                cursor = max(cursor, itself.end())  # "President of that Asian country, X"
            title_text = text[title_start:head_end]
            if (short := _SHORT_FORM.match(text, cursor)) is not None:
                cursor = short.end()  # "Chairman of the X Association (XA), Y": Y holds it
            tail = _NAME_GAP.match(text, cursor)
            name_start = tail.end() if tail else cursor
            if tail is not None and not tail.group().strip():
                # "Minister of State Foreign Affairs X": the portfolio is the post's
                words = self.offices.unlisted.words
                if (portfolio := portfolio_end(text, title_text, name_start, words)) > name_start:
                    title_text, name_start = text[title_start:portfolio].rstrip(), portfolio
            # "Prime Minister the Most Hon. X": a style in running text opens with "the".
            styled = _THE.match(text, name_start)
            honorific = self.honorific.match(text, styled.end() if styled else name_start)
            if honorific:
                addressed_at = honorific.start()
                name_start = honorific.end()
            elif (
                tail
                and not tail.group().strip()
                and not _GENERIC_RULER.search(title_text)
                and fold(title_text) not in self.gazetteer.titles.style_countries
                and given_title_word(text, name_start, self.title, self._ranks)
            ):
                given.add(base + name_start)
            name = NAME.match(text, name_start) if tail else None
            if name and tail and "," in tail.group() and self.title.match(text, name_start):
                name = None  # "X, the King of Malaysia, President Y": Y's title is his own
            if name and tail and "," in tail.group() and address_part(name[0], text, name.end()):
                name = None  # "Office of the Prime Minister, Level 4": an address, no one
            if name is not None:
                free = unblocked_offsets(firm, document, base + head_start, base + name.start())
                found = titled_name(name.group(), base + name.start(), free, text, name.end())
                if (
                    found is not None
                    and tail is not None
                    and "," in tail.group()
                    and self._post_of_name_before(text, head_start, found[0].end - base, title_text)
                ):
                    found = None  # "X, Prime Minister of A, Y, Prime Minister of B": X's post
                if found is not None and self._titled_country(found[1]):
                    found = None  # "UAE President, Kenyan President witness": a post, no name
                if found is not None:
                    seen.add(found[0].start)
                    # "Deputy Prime Minister Winston Peters of New Zealand", "Prince X, Crown
                    # Prince and Minister of Defence of the Kingdom of Saudi Arabia"
                    country = country or country_at_of(document, found[0].end)
                    listed = _APPOSITION.match(text, found[0].end - base)
                    opened = self._office_opening(text, listed.end()) if listed else None
                    office = self.title.match(text, opened) if opened is not None else None
                    if country is None and office is not None:
                        country = self.offices.listed_country(text, office.start(), base, document)
                    if (
                        opened is not None
                        and office is not None
                        and fold(title_text) in self._ranks
                    ):
                        # "Prince X, Crown Prince", "Ambassador X, the Official Spokesman of
                        # the Ministry": the office, with the body it heads, not the courtesy
                        end = self.offices.body_after(text, office.start(), office.end())
                        title_text = text[listed.end() if listed else opened : end]
                    yield Candidate(found[0], found[1], self._post(title_text, country))
                    rank = (
                        rank_in(honorific.group(), self.title, self._ranks) if honorific else None
                    )
                    if rank and referred_to(rank, document.text):
                        # "Prime Minister Senior General X ... the Senior General said"
                        yield Candidate(found[0], found[1], self._post(rank, None))
                    continue
            # The name stands before the whole title, portfolio included: "X, Oman's Foreign
            # Minister" reads back from "Foreign", not from "Minister".
            left = _NAME_BEFORE_TITLE.search(text, max(0, title_start - 80), title_start)
            if (
                left is not None
                and not SPEECH_TAG.match(text, head_end)
                and not (
                    _CLAUSE_VERB.match(text, head_end) and "," in text[left.end(1) : title_start]
                )
            ):
                begins = after_openers(text, self._after_address(text, left), left.end(1))
                start = after_title(text, begins, left.end(1), self.title)
                # "Sheikh Salem X, Minister of ...": after a form of address a city's name
                # ("Salem") is a given name.
                addressed = any(
                    a.end() == start
                    for a in self.honorific.finditer(text, max(0, start - 40), start)
                )
                found = trim_name(
                    text[start : left.end(1)], base + start, firm if addressed else blocked
                )
                if found is not None and self.title.fullmatch(found[1]):
                    found = None  # "X, Crown Prince, Deputy Prime Minister": a title, no name
                if found is not None and found[0].start not in seen:
                    seen.add(found[0].start)
                    if country is None and name is None and tail and "," in tail.group():
                        country = self.offices.listed_country(text, name_start, base, document)
                    yield Candidate(found[0], found[1], self._post(title_text, country))
        for span, member, post in member_labels(text, base):  # "Mr ALBANESE (Seat - Post):"
            if span.start not in seen:
                seen.add(span.start)
                yield Candidate(span, member, self._post(post, None) if post else None)
        for span, holder, post, opener in body_post_holders(text, base, firm, self.honorific):
            if span.start not in seen:  # "the chairman of the X party, Y"
                seen.add(span.start)
                state = self.gazetteer.country_named(opener)  # "the Libyan National Army"
                yield Candidate(span, holder, self._post(post, state.iso2 if state else None))
        for span, holder, post in role_clause_holders(text, base, firm, self.title):
            if span.start not in seen:  # "X, who chairs the Y Council"
                seen.add(span.start)
                yield Candidate(span, holder, self._post(post, None))
        for span, commentator in commentators(text, base, firm, self.title):
            if span.start not in seen:  # "said X, a fellow at the Y Institute"
                seen.add(span.start)
                yield Candidate(span, commentator, None)
        yield from self.lower.candidates(text, base, document, (blocked, firm), seen)
        yield from self.slots.candidates(text, base, firm, seen)
        yield from untitled_names(text, base, document.text, firm, self.title, seen)

    def _office_opening(self, text: str, at: int) -> int:
        """Where the title of an apposition starts: at ``at``, or after one capitalised word
        that qualifies it ("Official Spokesman") and names no country ("Chinese Ambassador")."""
        if self.title.match(text, at) is not None:
            return at
        word = _QUALIFIER.match(text, at)
        if word is None or self.gazetteer.country(word["word"]) is not None:
            return at
        return word.end()

    def _titled_country(self, name: str) -> bool:
        """Whether a "name" is a country's word and a title ("Kenyan President"), as a
        headline lists two leaders by their posts."""
        head, _, last = name.rpartition(" ")
        return (
            bool(head)
            and bool(self.title.fullmatch(last))
            and (self.gazetteer.country_named(head) is not None)
        )

    def _post_of_name_before(self, text: str, head_start: int, name_end: int, title: str) -> bool:
        """Whether the post at ``head_start`` belongs to a name before it, not to the name
        after its comma: in "At the invitation of X, Prime Minister of A, Y, Prime Minister
        of B, paid a visit" each name has its post after it; a rank ("Prince X, Crown Prince")
        stays with the name it precedes."""
        own = _APPOSITION.match(text, name_end)
        if own is None or fold(title) in self._ranks:
            return False
        if self.title.match(text, own.end()) is None:
            return False
        return _NAME_BEFORE_TITLE.search(text, max(0, head_start - 80), head_start) is not None

    def _after_address(self, text: str, left: re.Match[str]) -> int:
        """Where a name read back from a later title starts, after the form of address it may
        begin inside: in "Samdech Moha Borvor Thipadei Hun Manet, Prime Minister" the name
        reaches back only five words, into the middle of a form of address of four; in
        "received on Tuesday His Excellency X, President" it starts after the address."""
        start = after = left.start(1)
        for address in self.honorific.finditer(text, max(0, start - 40), left.end(1)):
            if address.start() <= start < address.end():
                return address.end()
            if start < address.start() and address.end() < left.end(1):
                # "received on Tuesday His Excellency X, President of ...": the words before
                # the form of address are no part of the name it opens.
                after = address.end()
        return after

    def _whole_office(self, line: str) -> bool:
        """Whether ``line`` is one office and nothing else: "Minister for Foreign Affairs",
        "Trade Minister"; not a headline that opens with one ("Prime Minister Visits Fiji")."""
        head = self.title.search(line)
        if head is None or self.offices.portfolio_before(line, head.start()) != 0:
            return False
        return self.offices.body_after(line, head.start(), head.end()) == len(line)

    def _ranks_next_title(self, text: str, head_end: int) -> bool:
        """Whether a title ends right where the portfolio of the next one starts, so that it
        is that title's rank: "Deputy" in "Deputy Foreign Minister X" (a head of its own as a
        legislator's title, "Deputy X")."""
        if text[head_end : head_end + 1] != " ":
            return False
        after = self.title.search(text, head_end, head_end + 60)
        if after is None or after.start() == head_end + 1:
            return False
        return self.offices.portfolio_before(text, after.start()) == head_end + 1

    def _ranked_start(self, text: str, title_start: int) -> int:
        """Where a title starts with the ranks written before its portfolio: "Deputy Trade
        Minister" and "First Deputy Foreign Minister" are one post each."""
        if title_start == 0 or not text[title_start].isupper():
            return title_start
        ranks = self._rank_before.search(text, max(0, title_start - 40), title_start)
        return ranks.start() if ranks else title_start

    def _joined_start(
        self, text: str, title_start: int, joint: re.Pattern[str] = _AND_BEFORE
    ) -> int:
        """Where a title joined to the one at ``title_start`` by "and" begins: "Saudi Crown
        Prince and Prime Minister X" holds both posts, and the demonym before the first is the
        country of both; so do titles listed before it with commas ("the Crown Prince, Deputy
        Prime Minister and Minister of Defence X")."""
        found = joint.search(text, max(0, title_start - 6), title_start)
        if found is None:
            return title_start
        for first in self.title.finditer(text, max(0, found.start() - 60), found.start()):
            ends = (first.end(), self.offices.body_after(text, first.start(), first.end()))
            if found.start() in ends and text[first.start()].isupper():
                if self._style_of_another_post(first.group()):
                    return title_start  # "Custodian of the Two Holy Mosques and King X"
                if self._president_before(text, title_start) is not None:
                    return title_start  # "The President and Foreign Minister X": two people
                listed = self.offices.portfolio_before(text, first.start())
                return self._joined_start(text, listed, _LINK_BEFORE)
        return title_start

    def _style_of_another_post(self, title: str) -> bool:
        """Whether ``title`` is a style standing for a post it does not name ("Custodian of the
        Two Holy Mosques", the King's), not a post of its own ("Tánaiste", Ireland's deputy
        head of government, which joins another post: "The Tánaiste and Minister for Defence")."""
        titles = self.gazetteer.titles
        folded = fold(title)
        return folded in titles.style_countries and fold(titles.synonyms[folded]) != folded

    def _president_before(self, text: str, title_start: int) -> int | None:
        """Where "President and" starts before a minister's or vice president's title at
        ``title_start`` ("the President and Foreign Minister X"): the start of another
        person's title, whose country the second shares."""
        found = _AND_BEFORE.search(text, max(0, title_start - 6), title_start)
        if found is None or not _MINISTER.match(text, title_start):
            return None
        for first in self.title.finditer(text, max(0, found.start() - 40), found.start()):
            if first.end() == found.start() and fold(first.group()) == "president":
                return first.start()
        return None

    def _post(self, title: str, country: str | None) -> Post:
        country = country or self.gazetteer.titles.style_countries.get(fold(title))
        canonical = self._posts.get(title)
        if canonical is None:
            canonical = self._posts[title] = self.gazetteer.titles.normalize_post(title)
        return Post(canonical, country)
