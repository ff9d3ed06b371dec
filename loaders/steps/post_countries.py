"""PostCountries: the posts of a person get the country the text gives that person elsewhere.

A post is read with its country where the title states it ("Kenyan Trade Minister X"), but a
text often gives the country elsewhere: by a counterpart or host ("his Angolan counterpart,
Foreign Minister X"), by an "of" phrase after a plural title ("their foreign ministers, A of
Chile and B of Peru") or by the side the person sat on (side_lists.py). Without the country the
post is "Minister of Foreign Affairs" of nowhere: /api/people cannot filter by it, and ``dkg
link`` cannot check a Wikidata candidate against it, so the person is never linked.

Only a person none of whose posts has a country gets one: one post's country is all filtering
and linking need. The office of an international body ("Secretary-General of the African Union
Commission", "EAC Secretary-General X") and a company's post ("CEO") keep no country: a
person's own country is not theirs. The step runs before roles are resolved: a role tells a
person's country only by guessing who it means ("the French president" for the one president
named), and such a guess is no statement of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dkg.loaders.document import Document, OrganizationMention, Person, Post, TextSpan
from dkg.loaders.gazetteer import Gazetteer, fold
from dkg.loaders.steps.person_placing import StateOffices, placed
from dkg.loaders.steps.side_lists import sides

_OFFICE_OF_BODY = re.compile(r",\s+(?:the\s+)?[\w' -]{0,60}?\b(?:of|at|to)\s+(?:the\s+)?")
"""Between a name and the body whose office follows it, as an apposition: ", Secretary-General
of the ". Without the comma the words are a clause, not an office: "X held talks at the Foreign
Ministry" makes X no official of that ministry."""
_TITLE_AFTER_BODY = re.compile(r"\s+(?:[A-Z][\w-]*\s+){1,4}")
"""Between a body and a name its title precedes: "EAC Secretary-General X"."""
_NATIONALS_ABROAD = re.compile(
    r"\b(?P<demonym>[A-Z][a-z]+)\s+(?:(?:in\s+(?:the\s+)?)?(?:Expatriates|Diaspora)\b"
    r"|(?:(?:Expatriates|Communities|Nationals|Citizens|Workers|Living|Residing)\s+)?"
    r"(?:Abroad|Overseas)\b)"
)
"""A portfolio for the state's own nationals abroad, which only that state's government holds:
"Minister of Foreign Affairs and Moroccan Expatriates", "Minister of Tunisians Abroad",
"Minister of Foreign Affairs and Nigerians in the Diaspora". Communities, nationals or workers
alone may be another country's ("Commissioner for Syrian Workers"): only "abroad" makes them
the state's own."""


class PostCountries:
    """Gives the posts of each person the country the text gives that person."""

    name = "post-countries"
    requires = frozenset({"sentences", "countries", "people", "person_mentions"})
    provides = frozenset({"people"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._state_office = StateOffices(gazetteer.titles)
        # A chamber's name starts with one of these words and has at most so many: the post
        # titles' word windows that cannot be a chamber are not joined and looked up.
        chambers = [c.split(" ") for c in gazetteer.titles.legislature_countries]
        self._chamber_first_words = frozenset(c[0] for c in chambers)
        self._chamber_length = max(map(len, chambers), default=0)

    def __call__(self, document: Document) -> Document:
        """Return the document with the countries of its people and of their posts."""
        countries = self._sides(document)
        officials = _officials_of_bodies(document, self._body_country)
        people = tuple(
            (p if officials[p.key] is None else self._placed(p, officials[p.key]))
            if p.key in officials
            else self._placed(p, countries.get(p.key) or self._portfolio_country(p))
            for p in document.people
        )
        if people == document.people:
            return document
        return replace(document, people=people)

    @staticmethod
    def _sides(document: Document) -> dict[str, str]:
        """The country of each person a side phrase lists; someone listed on two sides (or in
        none) gets none from them."""
        found: dict[str, set[str]] = {}
        listed = [m for m in document.person_mentions if m.via in ("name", "surname")]
        for side in sides(document):
            for mention in listed:
                if side.scope.contains(mention.span):
                    found.setdefault(mention.person, set()).add(side.iso2)
        return {key: next(iter(isos)) for key, isos in found.items() if len(isos) == 1}

    def _placed(self, person: Person, side: str | None) -> Person:
        country = person.country or side
        if country is None or (side is not None and side != country):
            return person  # no country, or two that disagree: guess none
        if any(post.country for post in person.posts):
            # Their country is already on a post, which is all /api/people and `dkg link`
            # need; a second title read with it may be a misreading ("Emir" from a surname).
            return person
        if country == person.country and not any(self._national(p) for p in person.posts):
            return person
        return placed(person, country, self._national)

    def _portfolio_country(self, person: Person) -> str | None:
        """The country whose nationals abroad a post of the person is for, if one is, or
        whose own chamber a post presides over ("Speaker of the Sejm", "Knesset Speaker")."""
        chambers = self._gazetteer.titles.legislature_countries
        for post in person.posts:
            found = _NATIONALS_ABROAD.search(post.title)
            if found is not None:
                country = self._gazetteer.country_named(found["demonym"])
                if country is not None:
                    return country.iso2
            words = fold(post.title).split()
            for start, word in enumerate(words):
                if word not in self._chamber_first_words:
                    continue
                for end in range(min(len(words), start + self._chamber_length), start, -1):
                    chamber = chambers.get(" ".join(words[start:end]))
                    if chamber is not None:
                        return chamber
        return None

    def _body_country(self, body: OrganizationMention) -> str | None:
        """The country of a body: the gazetteer's, else, for a body it does not know, the
        country its name begins or ends with ("Ghana Export Promotion Authority", "Revenue
        Authority of Kenya"), as a state names its own agencies; none for an international
        body."""
        if body.country is not None or self._gazetteer.organization(body.name) is not None:
            return body.country
        return self._gazetteer.split_post(body.name)[1]

    def _national(self, post: Post) -> bool:
        """Whether a post without a country is an office of the state its holder serves."""
        return post.country is None and self._state_office(post)


def _officials_of_bodies(
    document: Document, country: Callable[[OrganizationMention], str | None]
) -> dict[str, str | None]:
    """The people named as officials of a body, with its country: "X, Secretary-General of
    the East African Community", "EAC Secretary-General X" (a body of no country, whose
    officials keep none), "X, director of the Ghana Export Promotion Authority" (Ghana's)."""
    # A body's country only once someone holds its office: telling it may split the body's
    # name against the gazetteer, and most bodies a story names have no official named.
    text = document.text
    found: dict[str, str | None] = {}
    for mention in document.person_mentions:
        if mention.via != "name":
            continue
        for body in document.organizations:
            if _holds_office(text, mention.span, body.span):
                found[mention.person] = country(body)
                break
    return found


def _holds_office(text: str, name: TextSpan, body: TextSpan) -> bool:
    if name.end < body.start <= name.end + 80:
        return _OFFICE_OF_BODY.fullmatch(text, name.end, body.start) is not None
    if body.end < name.start <= body.end + 60:
        return _TITLE_AFTER_BODY.fullmatch(text, body.end, name.start) is not None
    return False
