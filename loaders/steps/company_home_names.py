"""A company's name that runs on over "of" and its country, which its short form proves.

"National Oil Corporation of Kenya (NOCK)": a name is read up to its legal form
("Corporation"), but the short form in brackets spells the initials of the words after it too,
so "of Kenya" is part of the name. Without the brackets "of" may as well tell the firm's home
("Toyota Motor Corporation of Japan"), so the name is extended only where the initials say so;
the short form itself then is the company's alias (``company_short_forms``), not a second firm.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.steps.company_directory import CompanyDirectory, CompanyMention

_OF_PLACE_AND_SHORT = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3})"
    r"(?=\s*\(\s*(?P<short>[A-Z][A-Za-z&]{1,15})\s*\))"
)
""""of", a capitalised place ("Kenya", "the Azerbaijan Republic", "Trinidad and Tobago") and a
bracketed short form."""
_SMALL_WORDS = frozenset(("of", "the", "and", "&"))
_NATIONAL = frozenset(("National", "State"))
"""First words of a national firm named after its country ("National Gas Company of ...")."""


def with_home_in_name(
    sentence: str, offset: int, mention: CompanyMention, gazetteer: CompanyDirectory
) -> CompanyMention:
    """The mention extended over "of <place>" when the short form after it spells the whole
    name's initials ("State Oil Company of Azerbaijan Republic (SOCAR)"), or spells the name
    before "of" and the place is a country ("National Gas Company of Trinidad and Tobago
    (NGC)"); else as it was."""
    after = _OF_PLACE_AND_SHORT.match(sentence, mention.end - offset)
    if after is None:
        return mention
    text = sentence[mention.start - offset : after.end()]
    initials = "".join(w[0] for w in text.split() if w.casefold() not in _SMALL_WORDS)
    if initials.upper() != after["short"].upper() and not _short_of_national_name(
        mention, after, gazetteer
    ):
        return mention
    known = gazetteer.company(text) or gazetteer.company(after["short"])
    if known is not None:
        return CompanyMention(
            known.name, mention.start, offset + after.end(), known.country, known.wikidata, text
        )
    return replace(mention, name=text, end=offset + after.end(), text=text)


def _short_of_national_name(
    mention: CompanyMention, after: re.Match[str], gazetteer: CompanyDirectory
) -> bool:
    """Whether the short form spells the initials of a name the gazetteer does not know and the
    place after its "of" is a country: a national firm named after its country, whose short
    form leaves the country out ("National Gas Company of Trinidad and Tobago (NGC)"). A known
    firm's "of <country>" ("Toyota Motor Corporation of Japan (TMC)") tells its home instead."""
    if gazetteer.company(mention.name) is not None or gazetteer.country(after["place"]) is None:
        return False
    if mention.text.split()[0] not in _NATIONAL:
        return False  # "Sumida Motor Corporation of Japan (SMC)": a firm and its home
    initials = "".join(w[0] for w in mention.text.split() if w.casefold() not in _SMALL_WORDS)
    return initials.upper() == after["short"].upper()
