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

_MINISTER_OF = re.compile(
    r"^(?P<head>minister|ministry|secretary|commissioner)\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>.+)$"
)
_X_MINISTER = re.compile(
    r"^(?P<portfolio>[a-z ,&']+?)\s+(?P<head>minister|ministry|secretary|commissioner)$"
)


@dataclass(frozen=True)
class Titles:
    """Words that head, qualify and refer back to posts, plus honorifics.

    - ``head_titles``: posts that can stand before a name ("President", "Prime Minister",
      "Minister", "Ambassador", "Emir", "CEO"), longest first so a matcher tries
      "Prime Minister" before "Minister".
    - ``rank_prefixes``: words that qualify a post ("Deputy", "First Deputy", "Acting").
    - ``portfolios``: canonical portfolio ("Foreign Affairs") -> the forms news uses for it
      ("foreign", "external affairs", ...), all folded.
    - ``honorifics``: forms of address that precede a name ("H.E.", "Sheikh", "Dr").
    - ``role_nouns``: nouns that refer back to a person already named ("counterpart",
      "head of state", "leader").
    - ``legislatures``: chambers whose speaker or chairman is a post ("Senate", "Mazhilis").
    - ``company_posts``: posts in companies ("CEO", "Chairman of the Management Board").
    - ``synonyms``: folded title -> canonical title for posts with an irregular short form
      ("premier" -> "Prime Minister").
    """

    head_titles: tuple[str, ...]
    rank_prefixes: tuple[str, ...]
    portfolios: Mapping[str, tuple[str, ...]]
    honorifics: tuple[str, ...]
    role_nouns: tuple[str, ...]
    legislatures: tuple[str, ...]
    company_posts: tuple[str, ...]
    synonyms: Mapping[str, str]
    _portfolio_index: Mapping[str, str] = field(repr=False, compare=False)
    _rank_index: Mapping[str, str] = field(repr=False, compare=False)

    def portfolio(self, text: str) -> str | None:
        """The canonical portfolio named by ``text`` ("defense" -> "Defence"), or ``None``.

        A combined portfolio ("trade and integration") resolves when it is listed as such;
        otherwise each part is resolved and the parts are joined with "and".
        """
        key = fold(text)
        found = self._portfolio_index.get(key)
        if found is not None:
            return found
        parts = [p for p in re.split(r",\s*|\s+and\s+|\s*&\s*", key) if p]
        if len(parts) > 1:
            resolved = [self._portfolio_index.get(p) for p in parts]
            if all(resolved):
                return " and ".join(r for r in resolved if r)
        return None

    def normalize_post(self, title: str) -> str:
        """A canonical spelling of a post title, so that equal posts get equal keys.

        "Foreign Minister", "Minister for Foreign Affairs" and "minister of foreign affairs"
        all become "Minister of Foreign Affairs"; "Deputy Defense Minister" becomes "Deputy
        Minister of Defence"; "Premier" becomes "Prime Minister". A title the vocabulary does
        not cover is returned with each word capitalised and nothing else changed.

        >>> from dkg.loaders.gazetteer import load_gazetteer
        >>> load_gazetteer().titles.normalize_post("Foreign Minister")
        'Minister of Foreign Affairs'
        """
        rank, rest = self._split_rank(fold(title))
        canonical = self.synonyms.get(rest)
        if canonical is None:
            for pattern in (_MINISTER_OF, _X_MINISTER):
                match = pattern.match(rest)
                portfolio = self.portfolio(match["portfolio"]) if match else None
                if match is not None and portfolio is not None:
                    canonical = f"{match['head'].capitalize()} of {portfolio}"
                    break
        if canonical is None:
            return _title_case(title)
        return rank + canonical

    def _split_rank(self, key: str) -> tuple[str, str]:
        """Strip leading rank words ("acting first deputy") and return them canonical."""
        ranks: list[str] = []
        stripped = True
        while stripped:
            stripped = False
            for folded, rank in self._rank_index.items():
                if key.startswith(folded + " "):
                    ranks.append(rank)
                    key = key[len(folded) + 1 :]
                    stripped = True
                    break
        return "".join(ranks), key


_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "at"})


def _title_case(title: str) -> str:
    words = title.split()
    return " ".join(
        w if (i and w.casefold() in _SMALL_WORDS) or not w.islower() else w.capitalize()
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
    return Titles(
        head_titles=tuple(sorted(raw["head_titles"], key=lambda t: (-len(t), t))),
        rank_prefixes=rank_prefixes,
        portfolios=MappingProxyType(portfolios),
        honorifics=tuple(sorted(raw["honorifics"], key=lambda t: (-len(t), t))),
        role_nouns=tuple(raw["role_nouns"]),
        legislatures=tuple(raw["legislatures"]),
        company_posts=tuple(raw["company_posts"]),
        synonyms=MappingProxyType({fold(k): v for k, v in raw["synonyms"].items()}),
        _portfolio_index=MappingProxyType(
            {form: canonical for canonical, forms in portfolios.items() for form in forms}
        ),
        # Longest first, so "first deputy" is stripped before "first".
        _rank_index=MappingProxyType({fold(r): r + " " for r in rank_prefixes}),
    )
