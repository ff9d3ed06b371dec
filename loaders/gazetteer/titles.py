"""The vocabulary of posts and honorifics, and how a post title is normalised.

People are recognised from context, not from a list of names: a capitalised name next to a
post ("Foreign Minister Murat Nurtleu", "the President of France, Emmanuel Macron") or an
honorific ("H.E. Sheikh ..."). This module supplies those words, read from ``titles.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType

from .surface import fold

# "Minister of Energy", "Minister for Foreign Affairs", "Ministry of the Interior".
_HEAD_OF = re.compile(
    r"^(?P<head>minister|ministry|commissioner)\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>.+)$"
)
# "Energy Minister", "Foreign Ministry", "Trade Commissioner". "Secretary" is left out on
# purpose: "Home Secretary" and "Foreign Secretary" are titles, not "Secretary of Home".
_X_HEAD = re.compile(r"^(?P<portfolio>[a-z ,&']+?)\s+(?P<head>minister|ministry|commissioner)$")
_PASSING_QUALIFIER = re.compile(
    r"^(?:(?:newly[\s-](?:appointed|elected|named|installed)|new|incoming|outgoing|current|"
    r"sitting)\s+)+"
)
"""Words in lower case that tell when someone holds a post, not which post ("Chile's new
foreign minister", "the outgoing trade minister"): no part of its title. Only in lower case,
so "New Zealand ..." keeps its first word."""
_CHOSEN = re.compile(r"-(?:designate|elect)$", re.IGNORECASE)
"""The mark after a title of one chosen for a post and not yet in it ("President-elect")."""
_PARTS = re.compile(r"(\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


@dataclass(frozen=True)
class Titles:
    """Words that head, qualify and refer back to posts, plus honorifics.

    - ``head_titles``: posts that can stand before a name ("President", "Prime Minister",
      "Minister", "Ambassador", "Emir", "CEO"), longest first so a matcher tries
      "Prime Minister" before "Minister".
    - ``rank_prefixes``: words that qualify a post ("First Deputy", "Deputy", "Acting"),
      longest first.
    - ``portfolios``: portfolio category ("Foreign Affairs") -> the folded forms that belong
      to it ("foreign", "external affairs", "foreign affairs and trade", ...), for grouping
      posts across countries ("the energy ministers of ...").
    - ``portfolio_spellings``: folded portfolio word -> the spelling used in canonical titles
      ("defense" -> "Defence", "foreign" -> "Foreign Affairs").
    - ``honorifics``: forms of address that precede a name ("H.E.", "Sheikh", "Dr"),
      longest first.
    - ``role_nouns``: nouns that refer back to a person already named ("counterpart",
      "head of state", "leader").
    - ``legislatures``: chambers whose speaker or chairman is a post ("Senate", "Mazhilis").
    - ``legislature_countries``: folded chamber -> the one country that has it ("sejm" ->
      "PL"), so "Speaker of the Sejm" names Poland's post though no country word is written.
    - ``company_posts``: posts in companies ("CEO", "Chairman of the Management Board").
    - ``synonyms``: folded title -> canonical title for posts with an irregular short form
      ("premier" -> "Prime Minister", "vice premier" -> "Deputy Prime Minister").
    - ``style_countries``: folded style -> the country whose monarch or leader alone bears it.
      A style ("the Custodian of the Two Holy Mosques", the local title of a head of state or
      government: "Te Beretitenti", "Taoiseach") names one country's post and stands for the
      name in the news of that country; it is also a head title and a synonym of the post.
    """

    head_titles: tuple[str, ...]
    rank_prefixes: tuple[str, ...]
    portfolios: Mapping[str, tuple[str, ...]]
    portfolio_spellings: Mapping[str, str]
    honorifics: tuple[str, ...]
    role_nouns: tuple[str, ...]
    legislatures: tuple[str, ...]
    legislature_countries: Mapping[str, str]
    company_posts: tuple[str, ...]
    synonyms: Mapping[str, str]
    style_countries: Mapping[str, str]
    _portfolio_index: Mapping[str, str] = field(repr=False, compare=False)
    _rank_index: Mapping[str, str] = field(repr=False, compare=False)

    @property
    def portfolio_forms(self) -> frozenset[str]:
        """Every folded form of every portfolio ("foreign", "foreign affairs and trade"), as
        readers match a portfolio's words in the text."""
        return frozenset(self._portfolio_index)

    def portfolio(self, text: str) -> str | None:
        """The portfolio category ``text`` belongs to ("defense" -> "Defence"), or ``None``.

        A combined portfolio that is not listed as a whole ("energy and water") belongs to
        the category of its first known part, since governments name the main field first.

        >>> from dkg.loaders.gazetteer import load_gazetteer
        >>> load_gazetteer().titles.portfolio("Foreign Affairs and Trade")
        'Foreign Affairs'
        """
        key = title_key(text)
        found = self._portfolio_index.get(key)
        if found is not None:
            return found
        for part in _PARTS.split(key)[::2]:
            found = self._portfolio_index.get(part.strip())
            if found is not None:
                return found
        return None

    def normalize_post(self, title: str) -> str:
        """A canonical spelling of a post title, so that equal posts get equal keys.

        "Foreign Minister", "Minister for Foreign Affairs" and "minister of foreign affairs"
        all become "Minister of Foreign Affairs"; "Deputy Defense Minister" becomes "Deputy
        Minister of Defence"; "Vice Premier" becomes "Deputy Prime Minister". The portfolio
        keeps its own words ("Minister of Ecology and Natural Resources"); only spelling
        variants and short forms change. A title the vocabulary does not cover comes back
        with its words capitalised and nothing else changed.

        >>> from dkg.loaders.gazetteer import load_gazetteer
        >>> load_gazetteer().titles.normalize_post("Foreign Minister")
        'Minister of Foreign Affairs'
        """
        title = _PASSING_QUALIFIER.sub("", title) or title
        chosen = _CHOSEN.search(title)
        if chosen is not None and chosen.start() > 0:
            # "Finance Minister-designate": the office's own spelling, then the mark as written
            return self.normalize_post(title[: chosen.start()]) + chosen.group().lower()
        key = title_key(title)
        ranks = ""
        while True:
            canonical = self._canonical(key)
            if canonical is not None:
                return ranks + canonical
            stripped = self._strip_rank(key)
            if stripped is None:
                break
            rank, key = stripped
            ranks += rank
        return _title_case(title)

    def _canonical(self, key: str) -> str | None:
        if key in self.synonyms:
            return self.synonyms[key]
        for pattern in (_HEAD_OF, _X_HEAD):
            match = pattern.match(key)
            if match is None:
                continue
            written = self._spell_portfolio(match["portfolio"], strict=pattern is _X_HEAD)
            if written is not None:
                return f"{match['head'].capitalize()} of {written}"
        return None

    def _spell_portfolio(self, portfolio: str, strict: bool) -> str | None:
        """Spell each part of a portfolio canonically; ``strict`` requires every part known.

        "X Minister" forms are strict so that a name before "Minister" ("Kazakh Minister")
        is not taken for a portfolio.
        """
        pieces = _PARTS.split(portfolio)
        words: list[str] = []
        for index, piece in enumerate(pieces):
            if index % 2:
                # ", and" and "and" are the same separator (with or without the serial comma).
                words.append(" and " if "and" in piece or "&" in piece else ", ")
                continue
            known = self.portfolio_spellings.get(piece.strip())
            if known is None and strict:
                return None
            words.append(known or _title_case(piece.strip(), inner=index > 0))
        return "".join(words)

    def _strip_rank(self, key: str) -> tuple[str, str] | None:
        for folded, rank in self._rank_index.items():
            if key.startswith(folded + " "):
                return rank, key[len(folded) + 1 :]
        return None


def title_key(text: str) -> str:
    """Fold a title like any name, but keep its commas, which separate portfolio parts."""
    return " , ".join(fold(part) for part in text.split(",") if part.strip())


_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "at"})


def _title_case(title: str, inner: bool = False) -> str:
    """Capitalise a title's words but its small ones, also at the start of an ``inner`` part
    of a portfolio ("... and the Pacific")."""
    words = title.split()
    return " ".join(
        w if ((i or inner) and w.casefold() in _SMALL_WORDS) or not w.islower() else w.capitalize()
        for i, w in enumerate(words)
    )


def load_titles(filename: str = "titles.json") -> Titles:
    """Read the post vocabulary from the packaged JSON file."""
    raw = json.loads(resources.files(__package__).joinpath(filename).read_text(encoding="utf-8"))
    portfolios = {
        canonical: tuple(dict.fromkeys(fold(f) for f in (canonical, *forms)))
        for canonical, forms in raw["portfolios"].items()
    }
    rank_prefixes = tuple(sorted(raw["rank_prefixes"], key=lambda t: (-len(t), t)))
    styles: dict[str, list[str]] = raw["styles"]
    heads = (*raw["head_titles"], *styles)
    return Titles(
        head_titles=tuple(sorted(heads, key=lambda t: (-len(t), t))),
        rank_prefixes=rank_prefixes,
        portfolios=MappingProxyType(portfolios),
        portfolio_spellings=MappingProxyType(
            {fold(form): written for form, written in raw["portfolio_spellings"].items()}
        ),
        honorifics=tuple(sorted(raw["honorifics"], key=lambda t: (-len(t), t))),
        role_nouns=tuple(raw["role_nouns"]),
        legislatures=tuple(raw["legislatures"]),
        legislature_countries=MappingProxyType(
            {fold(chamber): iso2 for chamber, iso2 in raw["legislature_countries"].items()}
        ),
        company_posts=tuple(raw["company_posts"]),
        synonyms=MappingProxyType(
            {
                fold(k): v
                for k, v in (*raw["synonyms"].items(), *((s, p) for s, (p, _) in styles.items()))
            }
        ),
        style_countries=MappingProxyType({fold(s): iso2 for s, (_, iso2) in styles.items()}),
        _portfolio_index=MappingProxyType(
            {form: canonical for canonical, forms in portfolios.items() for form in forms}
        ),
        # Longest first, so "first deputy" is stripped before "first".
        _rank_index=MappingProxyType({fold(r): r + " " for r in rank_prefixes}),
    )
