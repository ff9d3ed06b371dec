"""ReferenceResolver: surnames, roles and pronouns that refer back to people already found.

After ``PeopleRecognizer`` has found people where the text says who they are, news goes on with
"Tokayev said", "the Kazakh leader", "his French counterpart", "the Head of State", "He ..." and
"received him". Each such reference becomes a PersonMention of the person it means, so that
visits and meetings read from those sentences have their people. A role with a demonym can
also tell a person's country ("the Lao leader" for a president whose country was not given).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import (
    Document,
    Person,
    PersonMention,
    Sentence,
    TextSpan,
)
from dkg.loaders.gazetteer import Gazetteer, fold, load_gazetteer
from dkg.loaders.letters import UPPER
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.counterpart_posts import other_side_counterpart, same_post_counterpart
from dkg.loaders.steps.delegation_references import delegation_mentions
from dkg.loaders.steps.group_references import group_mentions
from dkg.loaders.steps.honorific_references import AddressedTitles, honorific_mentions
from dkg.loaders.steps.kingdom_references import kingdom_references, royals_of_the_kingdom
from dkg.loaders.steps.leader_posts import HEAD_OF_GOVERNMENT_TITLES, LEADER_TITLES
from dkg.loaders.steps.minister_references import cabinet_ministers
from dkg.loaders.steps.person_names import (
    NAME_WORD,
)
from dkg.loaders.steps.possessive_roles import (
    diplomacy_heads,
    possessive_role_pattern,
    possessive_roles,
)
from dkg.loaders.steps.pronoun_references import first_person_mentions, pronoun_mentions
from dkg.loaders.steps.read import SENTENCE_END
from dkg.loaders.steps.role_holders import (
    beside_the_writer,
    holds_role,
    named_again_later,
    role_window,
    untitled_holder,
)
from dkg.loaders.steps.speaker_turns import speaker_mentions
from dkg.loaders.steps.surname_references import surname_mentions
from dkg.loaders.steps.title_offices import THE_STATE_ITSELF
from dkg.loaders.steps.venue_countries import placed_venues
from dkg.loaders.trie import trie_pattern

_HEAD_OF_GOVERNMENT = HEAD_OF_GOVERNMENT_TITLES
"""The posts "the head of government" means when no post of that name is held."""
_HEAD_OF_STATE = LEADER_TITLES - _HEAD_OF_GOVERNMENT | {"leader"}
"""The posts "the head of state" or "the leader" means: a leader's who heads no government."""
_HEIRS = frozenset({"crown prince"})
"""Leaders who are not the head of state: "the head of state" means the crown prince only
where no one else of the story holds a head of state's post (he governs in his father's name,
but "the head of state" beside a king or a president is that king or president)."""
_DETERMINERS = ("The", "the", "His", "his", "Her", "her", "Their", "their")
_WORD_BOUNDARY_BEFORE = r"(?<!\w.)"
"""After a word's first letter: no word character comes before the word."""
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
"""The word right before a reference, where a title or honorific would stand."""
_INVITER = Prefiltered(r"\binvitation of\b[^;,]*(?:,[^;,]*)?$", re.IGNORECASE)
"""A name inside "at the invitation of ...": the host, not the one the article follows."""


class ReferenceResolver:
    """Adds surname, role and pronoun mentions; drops cities that were first names."""

    name = "resolve-references"
    requires = frozenset({"sentences", "people", "person_mentions", "places", "countries"})
    provides = frozenset({"people", "person_mentions", "places"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.addressed = AddressedTitles(self.gazetteer.titles)
        titles = self.gazetteer.titles
        roles = sorted({*titles.role_nouns, *titles.head_titles}, key=lambda t: (-len(t), t))
        self.spelling = {fold(k): fold(v) for k, v in titles.synonyms.items()}
        # Words that may stand before a surname and are no given name: "President Biden".
        self._title_words = frozenset(
            fold(w)
            for t in (*titles.head_titles, *titles.honorifics, *titles.rank_prefixes)
            for w in t.split()
        )
        # "the", "his", "her", "their" at a word boundary, tested after the first letter so
        # that re skips to those letters (the "the" of "their" is no match: \s+ follows).
        determiner = trie_pattern(_DETERMINERS, after_first=_WORD_BOUNDARY_BEFORE)
        self.role = re.compile(
            rf"{determiner}\s+(?:new\s+)?"
            # "the Costa Rican head of state": a demonym may be two or three words; a style
            # written with dots ("the Rt. Hon. Prime Minister") stands where a demonym would.
            rf"(?:(?P<demonym>[{UPPER}][\w'\u2019]*\.?(?:\s+[{UPPER}][\w'\u2019]*\.?){{0,2}}?)\s+)??"
            rf"(?P<role>(?i:{trie_pattern(roles)}))\b"
            rf"(?:(?P<of>(?=\s+of\s+(?:the\s+)?[{UPPER}]))|(?!\s+of\b|\s+for\s+(?:the\s+)?[{UPPER}]))"
            rf"(?!\s+{NAME_WORD})(?!s\b)",
        )

        self.possessive_role = possessive_role_pattern(roles)
        self._roles = frozenset(fold(r) for r in roles)

    def _portfolio(self, word: str) -> bool:
        """Whether a capitalised word before a role is a portfolio ("Foreign", "Commerce")."""
        return fold(word) in self.gazetteer.titles.portfolio_spellings

    def __call__(self, document: Document) -> Document:
        """Return the document with every reference to its people."""
        kingdom = kingdom_references(document)
        people = royals_of_the_kingdom(list(document.people), kingdom)
        named = list(document.person_mentions)
        mentions = list(named)
        surnames = surname_mentions(document, people, {m.span for m in mentions}, self._title_words)
        mentions.extend(surnames)
        # In reading order: a role means the one named first or last before it.
        mentions.sort(key=lambda m: m.span)
        writer = first_person_mentions(document, named)
        mentions.extend(self._role_mentions(document, people, mentions, writer))
        mentions.sort(key=lambda m: m.span)
        mentions.extend(honorific_mentions(replace(document, people=tuple(people)), mentions))
        mentions.extend(self.addressed.mentions(replace(document, people=tuple(people)), mentions))
        mentions.sort(key=lambda m: m.span)
        mentions.extend(writer)
        mentions.extend(speaker_mentions(document, mentions))
        mentions.extend(group_mentions(document, people))  # "the presidents of A and B"
        mentions.sort(key=lambda m: m.span)
        mentions.extend(delegation_mentions(document, mentions))  # "The delegation arrived"
        mentions.sort(key=lambda m: m.span)
        mentions.extend(pronoun_mentions(document, mentions))
        mentions.sort(key=lambda m: m.span)
        spans: dict[str, list[TextSpan]] = {}
        for mention in mentions:
            spans.setdefault(mention.person, []).append(mention.span)
        people_out = tuple(replace(p, mentions=tuple(spans.get(p.key, ()))) for p in people)
        # A city's name inside a person's name ("Vladimir Putin") was a first name.
        names = [m.span for m in named]
        names.extend(m.span for m in surnames if self._titled(document.text, m.span))
        places = tuple(p for p in document.places if not any(n.contains(p.span) for n in names))
        places = placed_venues(document, places, self.gazetteer)
        return replace(
            document,
            people=people_out,
            person_mentions=tuple(mentions),
            places=places,
        )

    def _titled(self, text: str, span: TextSpan) -> bool:
        """Whether a short reference to a known person stands after a title or honorific:
        "Sheikh Salem said" names the minister, not the city of Salem, while a bare "Salem"
        may still be the place."""
        before = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
        return before is not None and fold(before[1]) in self._title_words

    def _role_mentions(
        self,
        document: Document,
        people: list[Person],
        named: list[PersonMention],
        writer: list[PersonMention],
    ) -> list[PersonMention]:
        """Resolve "the Kazakh leader", "his French counterpart", "the Head of State"; a
        role joined to the writer's "I" ("The Foreign Minister and I") is not the writer."""
        writers = {m.person for m in writer}
        found: list[PersonMention] = []
        taken = [m.span for m in named]
        text = document.text
        headings = [s.span for s in document.sentences if _is_heading(s)]
        # Hosts named in "at the invitation of ..." and names in a headline ("PM and Prime
        # Minister Modi agree ...", whose protagonist goes unnamed) make no protagonist.
        inviters = frozenset(
            m.span
            for m in named
            if _INVITER.search(text, max(0, m.span.start - 90), m.span.start)
            or any(h.start <= m.span.start < h.end for h in headings)
        )
        phrases = self._role_phrases(document, taken)
        # Roles that name a country: a leader named bare is taken for none of two countries.
        rivals = [(role, iso2) for _, role, iso2 in phrases if iso2 is not None]
        for span, role, iso2 in phrases:
            person = self._holder(role, iso2, span, people, named, inviters, document, rivals)
            if person in writers and beside_the_writer(text, span):
                continue
            if person is not None:
                found.append(PersonMention(span, person, "role"))
        return found

    def _role_phrases(
        self, document: Document, taken: list[TextSpan]
    ) -> list[tuple[TextSpan, str, str | None]]:
        """Each role phrase no name covers, with its role word and the country it names."""
        phrases: list[tuple[TextSpan, str, str | None]] = []
        text = document.text
        for sentence in document.sentences:
            if sentence.boilerplate:
                continue
            for match in self.role.finditer(sentence.text):
                span = TextSpan(
                    sentence.span.start + match.start(), sentence.span.start + match.end()
                )
                if any(span.contains(t) or t.contains(span) for t in taken):
                    continue
                if _named_after(text, span, taken):
                    continue
                # "His Majesty the King": a capitalised word that is no demonym is skipped.
                country = (
                    self.gazetteer.country_named(match["demonym"]) if match["demonym"] else None
                )
                iso2 = country.iso2 if country is not None else None
                of_the = _OF_THE.match(sentence.text, match.end())
                if iso2 is None and match.group("of") is not None and of_the is not None:
                    # "the President of Uzbekistan": the country named right after "of".
                    at = sentence.span.start + of_the.end()
                    named_after = [c for c in document.countries if c.span.start == at]
                    if named_after:
                        iso2 = named_after[0].iso2
                    elif (itself := THE_STATE_ITSELF.match(sentence.text, match.end())) is None:
                        continue
                    elif _named_after(
                        text, TextSpan(span.start, sentence.span.start + itself.end()), taken
                    ):
                        continue  # "the President of the Republic, Gustavo Petro"
                role = match["role"]
                if iso2 is None and match["demonym"] and self._portfolio(match["demonym"]):
                    role = f"{match['demonym']} {role}"  # "the Commerce Adviser"
                phrases.append((span, role, iso2))
        # "Armenia's top diplomat", "Kenya's president": the country's possessive.
        phrases.extend(possessive_roles(document, self.possessive_role, taken))
        phrases.extend(diplomacy_heads(document, taken))  # "the head of Hungarian diplomacy"
        return phrases

    def _holder(
        self,
        role: str,
        iso2: str | None,
        span: TextSpan,
        people: list[Person],
        named: list[PersonMention],
        inviters: frozenset[TextSpan],
        document: Document,
        rivals: list[tuple[str, str]],
    ) -> str | None:
        """The person a role of a country (or of none) means at ``span``."""
        role = fold(role)
        # "the Custodian of the Two Holy Mosques": the King of one country.
        iso2 = iso2 or self.gazetteer.titles.style_countries.get(role)
        role = self.spelling.get(role, role)  # "the Amir" holds the post of Emir
        portfolio, _, post = role.partition(" ")
        if self._portfolio(portfolio) and post and role not in self._roles:
            # "the Foreign Adviser" beside "the Chief Adviser": an adviser of that portfolio,
            # or no one named when none holds it ("the Commerce Adviser").
            spelled = fold(self.gazetteer.titles.portfolio_spellings[portfolio])
            holders = [
                p
                for p in people
                if any(
                    re.search(
                        rf"\b(?:{re.escape(portfolio)}|{re.escape(spelled)})\b", fold(t.title)
                    )
                    for t in p.posts
                )
            ]
            return _resolve_role(post, iso2, holders, named, span.start, inviters)
        person = None
        if role == "leader" and iso2 is not None:
            # "the Uzbek leader" is the head of state or government, when one is
            # known, rather than a minister of that country.
            person = _resolve_role("head of state", iso2, people, named, span.start)
            if person is None and not _has_leader(people, iso2):
                person = self._stateless_role(
                    "head of state", iso2, people, named, span, document, rivals
                )
        if role == "counterpart" and iso2 is not None:
            # "Foreign Minister A ... with his Turkish counterpart": Türkiye's foreign minister,
            # whose country the text may have left unsaid, not its president.
            person = same_post_counterpart(iso2, span, people, named, document.sentences)
            if person is not None:
                _give_country(people, person, iso2)
        elif role == "counterpart":
            # "A and his counterpart had a discussion": the other country's holder of A's post.
            person = other_side_counterpart(span, people, named, document.sentences)
        if person is None:
            person = _resolve_role(role, iso2, people, named, span.start, inviters)
        if (
            person is not None
            and iso2 is not None
            and _named_only_after(person, named, _sentence_of(document, span))
        ):
            # "The Japanese Prime Minister thanked his guest" after "Prime Minister X" (no
            # country given) is X, not a former one the story names further down ("since
            # Japanese Prime Minister Y visited in 2018"): one told before it, when one fits.
            others = [p for p in people if p.key != person]
            told = self._stateless_role(role, iso2, others, named, span, document, rivals)
            if told is not None and not _named_only_after(told, named, span):
                _give_country(people, told, iso2)
                person = told
        if person is None and iso2 is not None:
            person = self._stateless_role(role, iso2, people, named, span, document, rivals)
        if person is None and role == "chancellor" and iso2 is not None:
            # "the Paraguayan Chancellor": the "Canciller" or "Chanceler" of texts translated
            # from Spanish or Portuguese, the foreign minister of a country with no chancellor.
            return self._holder(
                "foreign minister", iso2, span, people, named, inviters, document, rivals
            )
        return person

    @staticmethod
    def _stateless_role(
        role: str,
        iso2: str,
        people: list[Person],
        named: list[PersonMention],
        span: TextSpan,
        document: Document,
        rivals: list[tuple[str, str]],
    ) -> str | None:
        """The person of that country with a fitting post, else one of unknown country who
        then becomes that country's ("the Lao leader" when no one is known to be Lao): one
        named in the paragraphs around the role and not named again after it in its clause,
        since the role of a person named paragraphs away is more likely someone unnamed."""
        at = span.start
        person = _resolve_role(role, iso2, people, named, at)
        if person is not None:
            return person
        stateless = [p for p in people if p.country is None and not _office_of_a_body(p, role)]
        # "President X received him. ... the Uruguayan leader": the last one named who fits,
        # not the story's protagonist, who is more often the guest from elsewhere.
        person = _resolve_role(role, None, stateless, named, at, protagonist=False)
        window = role_window(document.sentences, span)
        if person is not None and (
            not any(m.person == person and window.contains(m.span) for m in named)
            or named_again_later(document.text, person, named, span)
        ):
            person = None
        if person is None:
            # "Vladimir Putin held talks ... The President of Russia arrived": the leader
            # named bare, whom no post could match.
            person = untitled_holder(role, iso2, people, named, span, window, document.text, rivals)
        if person is not None and _named_later_than_another(person, people, named, at):
            # "Macron's brief stop ... the French president's motorcade ... President X
            # greeted Macron": the role is the one named before it without a post, not X.
            return None
        if person is not None:
            _give_country(people, person, iso2)
        return person


def _named_only_after(person: str, named: list[PersonMention], span: TextSpan) -> bool:
    """Whether the text names ``person`` only after ``span``."""
    return all(m.span.start >= span.end for m in named if m.person == person)


def _sentence_of(document: Document, span: TextSpan) -> TextSpan:
    """The span from ``span`` to the end of its sentence: a name in the rest of the sentence
    restates the role ("the President of the Republic of Brazil, A"), one beyond it does not."""
    end = next((s.span.end for s in document.sentences if s.span.contains(span)), span.end)
    return TextSpan(span.start, end)


def _give_country(people: list[Person], person: str, iso2: str) -> None:
    """Make ``person`` of ``iso2`` in ``people``, as the role that means them says."""
    index = next(i for i, p in enumerate(people) if p.key == person)
    people[index] = replace(people[index], country=iso2)


def _office_of_a_body(person: Person, role: str) -> bool:
    """Whether the person holds the role only as the office of a body ("President of the
    European Commission", "President of the National Assembly"): "the Egyptian president" is
    the head of a state, not the president of an institution whose country is unknown. A
    minister's "of" names a portfolio ("Minister of Climate and Environment"), never a body:
    every minister serves a government."""
    titles = [fold(p.title) for p in person.posts]
    held = [t for t in titles if role in t.split()]
    return role != "minister" and bool(held) and all(" of " in f" {t} " for t in held)


def _named_later_than_another(
    person: str, people: list[Person], named: list[PersonMention], at: int
) -> bool:
    """Whether ``person`` is first named after ``at`` while someone with no post known was
    named before it, whom a role there is more likely to mean."""
    if any(m.person == person and m.span.start < at for m in named):
        return False
    unposted = {p.key for p in people if not p.posts and p.key != person}
    return any(m.person in unposted and m.span.start < at for m in named)


_APPOSITION = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,3},)?"
    r",?\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}$"
)
"""What may stand between a role and the name that restates it: a comma and title words, also
after the portfolio the role holds ("the Kenyan Minister of Energy, Dr. X": X, not another
Kenyan minister named before)."""


def _named_after(text: str, role: TextSpan, named: list[TextSpan]) -> bool:
    """Whether the name of the person follows the role as an apposition ("his Tanzanian
    counterpart, Foreign Minister Stergomena Tax"): the role is then that name, not another
    person the text spoke of before."""
    return any(
        role.end < n.start <= role.end + 60
        and _APPOSITION.fullmatch(text, role.end, n.start) is not None
        for n in named
    )


def _has_leader(people: list[Person], iso2: str) -> bool:
    """Whether someone of the country holds a post a "leader" reference could mean."""
    return any(
        fold(post.title) in _HEAD_OF_STATE | _HEAD_OF_GOVERNMENT
        for person in people
        if person.country == iso2
        for post in person.posts
    )


_HEADING_PARAGRAPHS = 3
"""A headline stands among the first paragraphs, above the story."""


def _is_heading(sentence: Sentence) -> bool:
    """Whether a sentence is a line above the story (a headline), not ended like a sentence."""
    return (
        sentence.paragraph < _HEADING_PARAGRAPHS
        and not sentence.dateline
        and SENTENCE_END.search(sentence.text) is None
    )


def _resolve_role(
    role: str,
    iso2: str | None,
    people: list[Person],
    named: list[PersonMention],
    at: int,
    inviters: frozenset[TextSpan] = frozenset(),
    *,
    protagonist: bool = True,
) -> str | None:
    """The person a role reference means: same country, a matching post, mentioned last; a
    role of no country (``protagonist``) means the one named first."""

    # A president heads the government too where no prime minister of that country is named;
    # not a president of no known country, whom the role would otherwise give its country.
    governing = _HEAD_OF_GOVERNMENT
    if iso2 is not None and not any(
        fold(p.title) in governing for q in people if q.country == iso2 for p in q.posts
    ):
        governing = governing | {"president"}

    def fits(person: Person) -> bool:
        if iso2 is not None and person.country != iso2:
            return False
        if role == "counterpart":
            return iso2 is not None
        titles = {fold(p.title) for p in person.posts}
        if role in ("leader", "head of state"):
            return bool(titles & _HEAD_OF_STATE) or (role == "leader" and iso2 is not None)
        if role == "head of government":  # "the Austrian head of government": the chancellor
            return bool(titles & governing)
        return any(holds_role(t, role) for t in titles)

    candidates = {p.key for p in people if fits(p)}
    if role == "minister" and len(candidates) > 1:
        candidates = cabinet_ministers(candidates, people) or candidates
    if role == "head of state" and len(candidates) > 1:
        heirs = {p.key for p in people if {fold(q.title) for q in p.posts} <= _HEIRS}
        candidates = candidates - heirs or candidates
    if len(candidates) == 1:
        return next(iter(candidates))
    if iso2 is None and protagonist:
        # An undifferentiated "the Prime Minister" is the article's protagonist: the one named
        # first, not counting hosts named in "at the invitation of ..." nor headline names.
        first = [m for m in named if m.person in candidates and m.span.start < at]
        actors = [m for m in first if m.span not in inviters]
        chosen = actors or first
        return chosen[0].person if chosen else None
    earlier = [m for m in named if m.person in candidates and m.span.start < at]
    return earlier[-1].person if earlier else None
