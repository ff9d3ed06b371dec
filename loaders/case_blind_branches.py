"""Case-blind alternatives regrouped by their first letter, so that ``re`` passes over the
letters that do not start where it stands with one comparison each.

``re`` tries the alternatives of a group one after another wherever it enters the group. It
passes over one that opens with a letter in its own case ("(?-i:d)ollars") or with a class of
characters at a single comparison; one that opens with a letter of a case-blind pattern, or
with an optional word ("(?:Japanese\\s+)?yen"), it enters, which costs a jump and a saved state
each time. The amounts try 103 currency names case-blind after every number, and most of what
a number costs to read was spent entering names that could not start there.

``compile_by_first_letter`` compiles a case-blind pattern with each such group rewritten: its
leading groups and optional words spread over its alternatives ("(?:a\\s+)?b" is "a\\s+b|b",
tried in that order), and the alternatives gathered under their first letter, which is written
as the class of every character ``re.IGNORECASE`` takes for it ("[Dd]", "[Kk\\u212a]"), in its
own case; the rest of each alternative stays case-blind. Letters that differ regardless of case
cannot both match at one position, so at each position the same alternatives are tried in the
same order, and every match is the pattern's own, in any case ("DOLLARS", "Dollars").
letter_branches.py does the same for patterns that mind case.
"""

from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from dkg.loaders.ascii_folds import ignorecase_variants
from dkg.loaders.parsed_patterns import Items, spread, subpattern

_sre = _compiler._sre


def compile_by_first_letter(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its case-blind groups of alternatives regrouped by first
    letter where each alternative opens with a character, after any leading groups and optional
    parts; groups of alternatives that do not, or that capture, stay as written.

    Raises:
        ValueError: when ``flags`` do not ignore case, or ignore it only for ASCII or by the
            locale, whose case-blind letters the classes would not match alike.

    >>> money = compile_by_first_letter(r"\\d+\\s+(?P<name>(?:US\\s+)?dollars?|euros?|yen)", re.I)
    >>> [m["name"] for m in money.finditer("5 DOLLARS, 6 Euro, 7 us dollars, 8 yen")]
    ['DOLLARS', 'Euro', 'us dollars', 'yen']
    """
    if not flags & re.IGNORECASE or flags & (re.ASCII | re.LOCALE):
        raise ValueError("only patterns that ignore case by Unicode are regrouped")
    parsed = sre_parse.parse(pattern, flags)
    parsed.data = _regrouped(list(parsed.data), parsed.state, case_blind=True)
    compiled: re.Pattern[str] = _compiler.compile(parsed, flags)
    return compiled


def _regrouped(items: Items, state: Any, case_blind: bool) -> Items:
    """A sequence with its groups of alternatives regrouped wherever they ignore case, at any
    depth; the rest is left as it is."""
    return [_regrouped_item(op, av, state, case_blind) for op, av in items]


def _regrouped_item(op: Any, av: Any, state: Any, case_blind: bool) -> tuple[Any, Any]:
    if op is sre.BRANCH:
        letters = _letter_groups(av[1], state) if case_blind else None
        if letters is not None:
            return op, (av[0], letters)
        return op, (
            av[0],
            [subpattern(_regrouped(b.data, state, case_blind), state) for b in av[1]],
        )
    if op is sre.SUBPATTERN:
        group, add_flags, del_flags, body = av
        inner = bool((case_blind or add_flags & re.IGNORECASE) and not del_flags & re.IGNORECASE)
        return op, (
            group,
            add_flags,
            del_flags,
            subpattern(_regrouped(body.data, state, inner), state),
        )
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        return op, (low, high, subpattern(_regrouped(body.data, state, case_blind), state))
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, body = av
        return op, (direction, subpattern(_regrouped(body.data, state, case_blind), state))
    if op is sre.ATOMIC_GROUP:
        return op, subpattern(_regrouped(av.data, state, case_blind), state)
    if op is sre.GROUPREF_EXISTS:
        group, yes, no = av
        return op, (
            group,
            subpattern(_regrouped(yes.data, state, case_blind), state),
            None if no is None else subpattern(_regrouped(no.data, state, case_blind), state),
        )
    return op, av


def _letter_groups(alternatives: list[Any], state: Any) -> list[Any] | None:
    """One alternative per first character, each holding the rest of its alternatives in the
    order written; None when an alternative captures a group (spreading would repeat it) or
    does not open with an ASCII letter or a character without case."""
    by_first: dict[int, list[Items]] = {}
    for alternative in alternatives:
        if _captures(alternative.data):
            return None
        for each in spread(list(alternative.data)):
            if not each or each[0][0] is not sre.LITERAL:
                return None
            code = each[0][1]
            if _sre.unicode_iscased(code):
                if code >= 128:
                    return None  # a letter beyond ASCII: its cases are not listed here
                code = ord(chr(code).lower())
            by_first.setdefault(code, []).append(each[1:])
    groups = []
    for code, rests in by_first.items():
        first = _case_class(code, state) if _sre.unicode_iscased(code) else (sre.LITERAL, code)
        if len(rests) == 1:
            groups.append(subpattern([first, *_regrouped(rests[0], state, True)], state))
        else:
            branch = (
                sre.BRANCH,
                (None, [subpattern(_regrouped(r, state, True), state) for r in rests]),
            )
            groups.append(subpattern([first, branch], state))
    return groups


def _case_class(code: int, state: Any) -> tuple[Any, Any]:
    """The characters ``re.IGNORECASE`` takes for an ASCII letter, as a class that minds case
    ("(?-i:[Kk\\u212a])"): ``re`` tests a class before entering an alternative, but enters an
    alternative that opens with a case-blind letter to compare it."""
    members = [(sre.LITERAL, variant) for variant in ignorecase_variants(code)]
    body = subpattern([(sre.IN, members)], state)
    return sre.SUBPATTERN, (None, 0, re.IGNORECASE, body)


def _captures(items: Items) -> bool:
    """Whether a sequence holds a capturing group at any depth."""
    for op, av in items:
        if op is sre.SUBPATTERN and (av[0] is not None or _captures(av[3].data)):
            return True
        if op is sre.BRANCH and any(_captures(b.data) for b in av[1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and _captures(av[2].data):
            return True
        if op in (sre.ASSERT, sre.ASSERT_NOT) and _captures(av[1].data):
            return True
        if op is sre.ATOMIC_GROUP and _captures(av.data):
            return True
        if op is sre.GROUPREF_EXISTS:
            return True
    return False
