"""The patterns of an amount as news writes it: a hedge, a currency before, a number, a scale
word, more scaled parts ("1 billion 800 million"), and a percent, unit or currency after.

Only the patterns live here; amounts.py decides from a match whether it is an amount.
"""

from __future__ import annotations

import re

from dkg.loaders.case_blind_branches import compile_by_first_letter
from dkg.loaders.steps.currencies import (
    BARE_NAMES,
    CODE_PATTERN,
    LETTER_SYMBOLS,
    NAMED_CURRENCIES,
    ONE_LETTER_SIGN,
    SHARED_SIGNS,
    SIGNS_AFTER,
    SYMBOLS,
)
from dkg.loaders.steps.numerals import (
    DIGITS,
    LONG_SCALE,
    SCALED_NUMBER,
    SPACED_DIGITS,
    WORD_NUMBER,
)
from dkg.loaders.trie import trie_pattern

_UNITS = (
    r"GWh|MWh|kWh|TWh|GW|MW|kW|TW|bcm|km|kg|kilomet(?:er|re)s|megawatts?|gigawatts?|tonnes?|tons?|"
    r"barrels?|hectares?|cubic\s+met(?:er|re)s|square\s+met(?:er|re)s"
)

# Currency symbols as a trie, not a flat alternation (see currencies.CODE_PATTERN), in their
# own case: "NZ$" and "Bds$" are signs, while "n$" in "Can$" or "BD$" in "SBD$" are pieces of
# longer ones, whose currency a case-blind match would misread ("n$" as a code).
_SYMBOL_ALTERNATION = (
    "(?-i:" + trie_pattern(s for s in (*SYMBOLS, *SHARED_SIGNS) if not s.isalpha()) + ")"
)
_QUALIFIER = (
    r"about|around|approximately|approx\.|nearly|almost|some|over|more\s+than|less\s+than|"
    r"fewer\s+than|up\s+to|roughly|close\s+to|at\s+least|in\s+excess\s+of|upwards\s+of|"
    r"just\s+over|just\s+under|under|above|below|exceeding|~"
)


_AMOUNT_PATTERN = rf"""
    (?:(?P<qual>\b(?:{_QUALIFIER}))\s*)?
    (?:(?P<pre>{_SYMBOL_ALTERNATION}|{ONE_LETTER_SIGN}|\b(?-i:{LETTER_SYMBOLS})\.?|\b(?-i:{CODE_PATTERN})(?=\s|{SCALED_NUMBER}))\s?)?
    (?(pre)(?<![\d.:/])|(?<![\w.:/]))(?<![A-Za-z]-)
    (?P<num>{SPACED_DIGITS}|{DIGITS}|\b(?:{WORD_NUMBER})\b)
    (?:\s+hundred\b)?(?:(?<=hundred)\s+and\s+(?:{WORD_NUMBER})\b)?
    (?P<scale>[\s-]?(?:{LONG_SCALE})\b|(?:m|b|k)(?![\w]))?
    (?P<more>MORE)
    (?P<post>
        (?P<pct>\s?(?:%|per\s?cent\b|pct\b|percentage\s+points?\b))
      | (?P<unit>\s?(?-i:{_UNITS})\b)
      | \s(?P<code>(?-i:{CODE_PATTERN}))\b
      | \s(?P<sign>(?-i:{SIGNS_AFTER}))(?!\w)(?:(?<=kr)\.)?
      | \s+(?P<named>{"|".join(p for p, _ in NAMED_CURRENCIES)})\b
      | \s+(?P<bare>{"|".join(p for p, _ in BARE_NAMES)})\b
    )?
    (?![\w:])
    """
# The hedges, scale words and currency names below are tried case-blind at every number and
# at the words before it: regrouped by first letter, ``re`` passes over those that cannot start
# there with one comparison each, instead of entering each one (case_blind_branches.py).
LEAD = compile_by_first_letter(
    rf"(?:(?:{_QUALIFIER})\s*)?(?:(?:{_SYMBOL_ALTERNATION}|(?-i:[A-Z]|{LETTER_SYMBOLS}|{CODE_PATTERN})\.?)\s?)?",
    re.I,
)
"""A hedge and/or a currency written just before a number."""
_MORE = rf"(?:\s+(?:and\s+)?(?:{DIGITS})\s?(?:{LONG_SCALE})\b)*"
AMOUNT = compile_by_first_letter(_AMOUNT_PATTERN.replace("MORE", _MORE, 1), re.I | re.X)
SINGLE_AMOUNT = compile_by_first_letter(_AMOUNT_PATTERN.replace("MORE", "", 1), re.I | re.X)
"""The same without compound numbers, for "3 billion and 5 billion" (two amounts, not one)."""
SCALE_PART = re.compile(rf"({DIGITS})\s?({LONG_SCALE})\b", re.I)
