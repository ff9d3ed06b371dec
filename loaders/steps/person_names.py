"""How news writes a person's name: the name pattern, where a name stops, its family name and
the single words that name one person.

The same rules read names in the sentence that introduces a person (people.py) and in later
references by surname (surname_references.py), so that both agree on what a name is.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Person, TextSpan
from dkg.loaders.letters import UPPER
from dkg.loaders.mint import person_key
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAME, FULL_MONTH_NAMES, WEEKDAYS
from dkg.loaders.steps.headline_verbs import HEADLINE_VERBS
from dkg.loaders.steps.region_names import is_region
from dkg.loaders.steps.regnal_styles import epithet_start, may_hold_epithet
from dkg.loaders.steps.shaped_organizations import ORGANIZATION_HEAD

POSSESSIVE = r"(?:['\u2019]s|(?<=s)['\u2019])"
"""The possessive mark, with a straight or curly apostrophe: "Japan's", "Japan\u2019s", and
the bare apostrophe after a final "s" ("the Philippines'")."""
_DATED_MONTH = rf"(?!{FULL_MONTH_NAME}\s+\d)"
"""A month before a day or year ("May 5", "May 2023") is a date, so no name runs into it;
after a given name and before a verb ("Theresa May said") it is a family name."""
GIVEN_ABBREVIATIONS = (
    "Md", "Mohd", "Muhd", "Mst", "Wm", "Chas", "Jas", "Jno", "Thos", "Geo", "Robt",
    "Ch", "Kh", "Ph", "Sh", "Th", "Ts", "Zh",
)  # fmt: skip
"""Given names written short with a dot: South Asian and Malay "Md."/"Mohd."/"Muhd."
(Mohammad), "Mst." (Mosammat), the old English "Wm.", "Chas.", "Thos.", and the initials of
one sound written with two letters ("Karl Th. Berg", "Ts. Batbayar"); a word of the
name ("Md. Touhid Hossain"), which the same name written without it joins, not a name that
ends at its dot ("Md")."""
_GLUED_INITIAL = r"(?:[A-Z]|Ch|Kh|Sh|Ts|Zh)\.(?=[A-Z][a-z])"
"""The initial of a father's name written right against the name it goes with, as Mongolian
names are ("L.Oyun-Erdene", "Ts.Batbayar"): no surname, and the person goes by the name."""
NAME_WORD = (
    rf"{_DATED_MONTH}(?:(?:(?:[A-Z]\.){{1,3}}|(?:{'|'.join(GIVEN_ABBREVIATIONS)})\.)(?=\s+[{UPPER}])|[JS]r\.|(?:{_GLUED_INITIAL})?[{UPPER}]\w*(?:['\u2019](?!s\b)\w+)?(?:-[{UPPER}a-z]\w*)*"
    rf"|(?:al|el|ad|as|ash|bin)-[{UPPER}]\w*)"
)
PARTICLES = (
    "de", "da", "del", "der", "di", "du", "dos", "van", "von", "bin", "bint", "ibn", "al", "el",
    "le", "la", "ter", "ben", "arap", "do", "das", "los", "las", "e", "y",
)  # fmt: skip
"""Small words inside a family name: "bin", "de", "von der", the Kalenjin "arap" ("Daniel arap
Moi"), and the Portuguese and Spanish ones that join two family names or follow "de" ("Correia
e Silva", "Ortega y Gasset", "do Nascimento", "de los Santos")."""
_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
_POST_NOMINALS = frozenset(
    {
        # Seats in a legislature: Westminster and its provinces and states, Ireland's Dáil
        # ("Leo Varadkar TD"), Scotland, Quebec, upper houses, the European Parliament.
        *("MP", "MPP", "MLA", "MHA", "MHR", "MNA", "MLC", "MSP", "TD", "MEP"),
        # Wales's Senedd, the old assemblies of Wales and London, the Isle of Man's Keys.
        *("MS", "AM", "MHK"),
        # Counsel.
        *("QC", "KC", "SC"),
        # British orders: Empire, St Michael and St George, Bath, Victorian; Privy Council,
        # Companion of Honour, Garter, Thistle; gallantry.
        *("OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CMG", "KCMG", "DCMG", "GCMG"),
        *("CB", "KCB", "DCB", "GCB", "LVO", "MVO", "CVO", "KCVO", "DCVO", "GCVO"),
        *("PC", "CH", "KG", "LG", "KT", "LT", "VC", "GC", "DSO", "MC", "DFC"),
        # Orders of Australia, Canada and New Zealand.
        *("AC", "AO", "OAM", "CC", "OC", "CM", "ONZ", "GNZM", "KNZM", "DNZM", "CNZM", "ONZM"),
        *("MNZM", "QSO"),
        # Nigeria's national orders.
        *("GCFR", "GCON", "CFR", "CON", "OFR", "OON", "MFR", "MON"),
        # Academic degrees and fellowships.
        *("PhD", "DPhil", "MPhil", "MD", "MBA", "MSc", "BSc", "LLB", "LLM", "LLD", "DSc"),
        *("EdD", "DLitt", "FRS", "FRSE", "FREng", "FBA", "FRCP", "FRCS"),
    }
)
"""Letters written after a name in Commonwealth and Irish releases and in academic bylines: a
seat, counsel's rank, an honour or a degree, not a name (the scorers compare surnames, so
"TD" kept as one hid "Varadkar"). Compared without their dots ("T.D.", "Ph.D."). Not "MA",
"BA" or "OM": in capitals they are also family and given names ("JACK MA", "OM BIRLA")."""


_DOTTED_POST_NOMINAL = "|".join(
    r"\.".join(re.findall(r"[A-Z][a-z]*", letters)) + r"\.(?!\w)"
    for letters in sorted(_POST_NOMINALS)
)
"""The letters written with dots ("T.D.", "Ph.D."): read as one word after a name, so that
``trim_name`` cuts them whole rather than the name taking their first letter ("Varadkar T")."""


_NICKNAME = rf"[\"\u201c\u2018'][{UPPER}][\w.-]*[\"\u201d\u2019']\s+"
"""A nickname in quotes inside a name ('Pedro "Pete" Alvarez', "Nguyen \u2018Tony\u2019 Van
Minh"): skipped, the name goes on after it."""
NAME = re.compile(
    rf"{NAME_WORD}(?:\s+(?:{_DOTTED_POST_NOMINAL}|{_NICKNAME}{NAME_WORD}"
    rf"|(?:{_PARTICLE}\s+){{0,2}}{NAME_WORD})){{0,4}}"
)
"""A personal name: capitalised words, hyphens, accents and particles, also two in a row
("bin", "de", "von der", "van der"), which belong to the family name they precede."""
RELATIVE_POST = (
    r"(?:,\s+who)?\s+(?:(?:had|has)\s+)?(?:served\s+as|became|was\s+(?:elected|appointed|named)"
    r"(?:\s+as)?)\s+(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|first|new)\s+)?"
)
"""A relative clause that gives the post of the name before it, as obituaries and profiles
write it: "Madeleine Albright, who served as the 64th Secretary of State", "X became the
first Japanese prime minister to". A plain "who was" is left out: "X, who was President Y's
guest"."""

# fmt: off
NOT_NAME_WORDS = frozenset((
    "the", "a", "an", "his", "her", "its", "our", "their", "this", "that", "these", "those",
    "he", "she", "it", "they", "we", "i", "on", "in", "at", "for", "and", "but", "as", "mr",
    "mrs", "ms", "after", "before", "during", "following",
    # Pronouns, never a name (unlike "US" or the given name "My"): "Your Excellency, ...".
    "you", "your", "him", "them",
    "with", "from", "to", "by", "of", "since", "while", "when", "then", "also", "both",
    "under", "between", "among", "amid", "despite", "meanwhile", "today", "yesterday",
    "majesty", "highness", "excellency", "royal", "honourable", "honorable",
    # Sentence adverbs before an apposition-like comma ("Later, the President said").
    "later", "earlier", "afterwards", "separately", "however", "moreover", "furthermore",
    "additionally", "finally", "now", "there", "here", "next", "again",
)) | {day.lower() for day in WEEKDAYS}
"""Words that are no part of anyone's name (folded): articles, pronouns, prepositions,
weekdays, forms of address and the words and adverbs that open a sentence; so a capitalised one
after dotted initials ("... in Washington, D.C. However, ...") starts the next sentence."""
_MONTHS = frozenset(month.lower() for month in FULL_MONTH_NAMES)
"""Months, which are also given and family names ("January Makamba", "Theresa May"): part
of a name with another name word, never a name alone ("March, President X said")."""
# fmt: on


REGION_NOUN = r"(?:Province|Prefecture|Governorate|Municipality|Territory)"
"""The nouns that end the name of a region a provincial minister serves ("the Northern Cape
Province"), as a regex group: the region's words are no one's name."""
BUILDING_NOUNS = (
    *("Street", "Avenue", "Road", "Boulevard", "Square", "Bridge", "Highway", "Airport"),
    *("Station", "Stadium", "Arena", "Cemetery", "Memorial", "Mausoleum", "Monument", "Mosque"),
    *("Cathedral", "Church", "Temple", "Palace", "Tower", "Gardens?", "Building", "Centre"),
    *("Center", "Museum", "Library", "Hospital", "Theatre", "Theater", "Complex", "Coliseum"),
    *("Colosseum", "Velodrome", "Hippodrome", "Racecourse", "Auditorium", "Pavilion"),
    *("Amphitheatre", "Amphitheater", "Gymnasium", "Causeway", "Tunnel", "Canal", "Terminal"),
    *("Harbour", "Harbor"),
)
"""The nouns of buildings and grounds a name may honour someone in (regex alternatives): roads,
bridges and ports, sports grounds and halls for crowds, places of worship and remembrance; not
"Park" or "Hall", which are also family names. building_names.py reads them in lower case."""
_NAMED_PLACE = SkipAheadPattern(
    rf"\b(?:{'|'.join(BUILDING_NOUNS)}|Prize|Award|Plan|Doctrine|{REGION_NOUN})\b"
)
"""Words that make a name a place, prize or plan named after someone: a building or ground
("Sultan Qaboos Street", "the Sheikh X Indoor Sports Complex"), and the regions a minister of a
province serves ("the Minister of the Northern Cape Province, Jane Doe")."""


_SEAT_NOUNS = frozenset({"house", "lodge", "residence", "forum", "nation", "republic", "mosques"})
"""The nouns that close an office's seat, a gathering or an honour ("met at Prime Minister
House", "the Africa Energy Forum", "Leader of the Nation"), which alone are no one's name: a
title before one of them is the seat's or the honour's, not a person's. With a given name
before it ("Edward House") the word stays a family name."""


_BODY_NOUNS = frozenset({"state", "administration", "presidency", "secretariat", "chancellery"})
"""The nouns for a state and the bodies round its head, which alone are no one's name: in a
stilted translation a title runs on into them ("Head of State Administration", "Minister of
State. State ..."), and the title reader took the noun for the holder."""


_DOCUMENT_WORDS = frozenset((
    "agreement", "agreements", "memorandum", "memoranda", "treaty", "treaties", "accord",
    "accords", "protocol", "protocols", "convention", "conventions", "pact",
    "declaration", "communique", "communiqu\u00e9",
))  # fmt: skip
"""The nouns that name a signed or issued document, which are no part of anyone's name: in "the
General Agreement of Cooperation" a rank ("General") is read as a title, and the document's
noun after it is no one who holds it."""


_POST_WORDS = frozenset({"delegate", "transition", "delegation", "interim"})
"""Words of a post that stand where a name would ("the Delegate Minister", "Minister Delegate
for X", "the President of the Transition", "Head of Delegation"), which alone are no one's
name."""
_PLURAL_POST = re.compile(
    r"(?:Secretaries|Directors|Consuls|Attorneys|Governors|Solicitors|Auditors|Inspectors"
    r"|Surgeons|Accountants|Comptrollers|Prosecutors|Procurators|Postmasters)[\s-]General"
)
"""The plural of a post whose "General" follows its noun ("the Deputy Secretaries-General of
the two bodies", "Attorneys General"): after a rank it stands where a name would, and names
several holders, no one."""


def plain_word(word: str) -> bool:
    """Whether a capitalised word is an ordinary one ("When", "Monday", "March") rather than
    a word that may be someone's name."""
    folded = word.casefold()
    return folded in NOT_NAME_WORDS or folded in _MONTHS


_GLUED_INITIAL_AT = re.compile(_GLUED_INITIAL)


def without_initial(word: str) -> str:
    """A name word without the father's initial glued to it: "L.Oyun-Erdene" is "Oyun-Erdene".

    >>> without_initial("L.Oyun-Erdene"), without_initial("U.S.")
    ('Oyun-Erdene', 'U.S.')
    """
    glued = _GLUED_INITIAL_AT.match(word)
    return word[glued.end() :] if glued else word


_WORD_RUN = re.compile(r"\S+")
"""A word of a name as trim_name reads it: compiled once, not looked up in ``re``'s cache per
name."""


def _bare_initials(words: list[re.Match[str]], index: int) -> bool:
    """Whether the word at ``index`` is one of two or more capital letters written without dots
    before a name ("A K Abdul Momen", "S M Rahman"), as South Asian names are often written: an
    "A" among them is an initial, not the article the name reader stops at."""

    def letter(at: int) -> bool:
        return 0 <= at < len(words) and len(words[at].group()) == 1 and words[at].group().isupper()

    if not letter(index):
        return False
    run_end = index
    while letter(run_end + 1):
        run_end += 1
    run_start = index
    while letter(run_start - 1):
        run_start -= 1
    return run_end > run_start and run_end + 1 < len(words)


def trim_name(name: str, start: int, blocked: frozenset[int]) -> tuple[TextSpan, str] | None:
    """Cut a name where a place, country or non-name word begins; None if nothing is left."""
    words = list(_WORD_RUN.finditer(name))
    kept_end = 0
    for index, word in enumerate(words):
        absolute = start + word.start()
        folded = word.group().casefold()
        month = folded in _MONTHS and len(words) == 1
        if _bare_initials(words, index) and absolute not in blocked:
            kept_end = word.end()  # "A K Abdul Momen": initials without dots, not "a"
            continue
        if folded in NOT_NAME_WORDS or month or absolute in blocked:
            break
        if folded in _DOCUMENT_WORDS:
            # "General Agreement of ...", "a General Cooperation Agreement": the capitalised
            # words are a document's title, not a titled name
            return None
        if folded in HEADLINE_VERBS and word.group()[0].isupper():
            break  # "Prime Minister Mottley Welcomes President ...": a headline's verb
        if index and word.group().rstrip(",").replace(".", "") in _POST_NOMINALS:
            break  # "Anthony Albanese MP": letters after a name are no part of it
        kept_end = word.end()
    if may_hold_epithet(name):
        written = [w.group() for w in words if w.end() <= kept_end]
        if (epithet := epithet_start(written)) is not None:
            kept_end = words[epithet - 1].end()  # "Hassanal Bolkiah Mu'izzaddin Waddaulah"
    kept = name[:kept_end]
    # "L.Oyun-Erdene" is Oyun-Erdene: the father's initial is no part of the name
    bare = without_initial(kept)
    kept, start = bare, start + len(kept) - len(bare)
    if ORGANIZATION_HEAD.search(kept):
        return None  # "General Department", "Foreign Ministry": a body, not a person
    if _NAMED_PLACE.search(kept):
        return None  # "Sultan Qaboos Street", "Sir John Guise Stadium": named after a person
    if kept.casefold() in _BODY_NOUNS or kept.casefold() in _POST_WORDS:
        return None  # "the Head of State Administration": a body, not its head's name
    if _PLURAL_POST.fullmatch(kept):
        return None  # "Deputy Secretaries-General": holders of a post, not a name
    if is_region(kept) or kept.casefold() in _SEAT_NOUNS:
        return None  # "to Central Asia as Prime Minister", "at Prime Minister House": places
    for possessive in ("'s", "\u2019s"):
        kept = kept.removesuffix(possessive)
    if not kept:
        return None
    return TextSpan(start, start + len(kept)), without_nickname(kept)


_QUOTED_NICKNAME = re.compile(_NICKNAME)


def without_nickname(name: str) -> str:
    """A name as a person is known by, without a quoted nickname inside it: the span of
    'Pedro "Pete" Alvarez' covers the nickname, the person is "Pedro Alvarez"."""
    return _QUOTED_NICKNAME.sub("", name)


_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


_GAP = re.compile(r"\s+")


_ADDRESSING = frozenset((
    "the", "a", "an", "his", "her", "their", "this", "that", "these", "those", "he", "she",
    "it", "they", "we", "i", "its", "our", "your", "you", "him", "them", "mr", "mrs", "ms",
    "majesty", "highness", "excellency", "royal", "honourable", "honorable",
))  # fmt: skip
"""Words of ``NOT_NAME_WORDS`` that may open a phrase naming someone else or a thing ("The Hague",
"His Majesty"): not skipped as a sentence's opener."""
_OPENERS = NOT_NAME_WORDS - _ADDRESSING
"""Words that open a sentence before its subject ("On Monday", "Yesterday", "Meanwhile",
"By"), capitalised there and so read into the name after them."""
_OPENER = re.compile(r"(\S+)\s+")


def after_openers(text: str, start: int, end: int) -> int:
    """Where a name read backwards from a later title really starts: after the capitalised
    words that open the sentence ("On Monday Annalena Baerbock, Foreign Minister of Germany,
    flew to Lima"; an op-ed's "By X, Foreign Minister of Y"), which end the name's reading
    before its first word otherwise."""
    while (word := _OPENER.match(text, start, end)) is not None and (
        word[1].casefold() in _OPENERS
    ):
        start = word.end()
    return start


def after_title(text: str, start: int, end: int, title: re.Pattern[str]) -> int:
    """Where a name read backwards from a later title really starts: after a title of its own.

    In "Prime Minister Dickon Mitchell, chairman of the bloc" the capitalised words before
    "chairman" begin with the man's first title; the name is what follows it, which that first
    title has already found, so the second title must not make "Prime Minister Dickon
    Mitchell" a person of his own.
    """
    lead = title.match(text, start, end)
    gap = _GAP.match(text, lead.end(), end) if lead is not None else None
    return gap.end() if gap is not None and gap.end() < end else start


_ROMAN = re.compile(r"[IVXLC]+")
_LETTERS = re.compile(r"[^\W\d_]+")


def in_usual_case(name: str) -> str:
    """The name with a surname written in capitals, as Korean parliaments and French releases
    write it ("KIM Jin-pyo", "Marie DUPONT"), in the case news writes it ("Kim Jin-pyo"),
    keeping the order it is written in (a Japanese name has been turned round already:
    surname_first_names.py).

    Only beside a word not in capitals: a name all in capitals is a heading's, and a regnal
    number ("Mohammed VI") or an initial is no surname.
    """
    words = name.split()
    # A number follows a name; a first word in capitals is a family name ("LI Qiang", "XI").
    shouted = [
        len(w) > 1 and w.isupper() and not (at and _ROMAN.fullmatch(w))
        for at, w in enumerate(words)
    ]
    if not any(shouted) or all(w.isupper() for w in words):
        return name
    return " ".join(
        _LETTERS.sub(lambda m: m[0].capitalize(), w) if loud else w
        for w, loud in zip(words, shouted, strict=True)
    )


def without_suffix(name: str) -> str:
    """A name without "Jr."/"III", which news drops as often as it writes it."""
    words = name.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


_GENERATIONS = frozenset({"Jr", "Jr.", "Sr", "Sr."})


def lone_surname(name: str) -> str:
    """A surname alone without its "Jr."/"Sr." ("Mr Cooper Jr." is Mr Cooper, the surname of
    "Daniel Cooper Jr."), else the name: a regnal number stays, "Charles III" is a name."""
    words = name.split()
    return words[0] if len(words) == 2 and words[1] in _GENERATIONS else name


def with_suffix(name: str, written: list[str]) -> str:
    """The name with the number the text writes it with somewhere ("Daniel Whitcombe III"),
    part of the name even where a later mention leaves it out; not with "Jr." or "Sr.", which
    the annotation conventions leave out of names, as scorers compare the last word and a
    generation would hide the surname ("Ferdinand Marcos Jr." is "Ferdinand Marcos")."""
    return next(
        (
            w
            for w in written
            if w != name and without_suffix(w) == name and w.split()[-1] not in _GENERATIONS
        ),
        name,
    )


def surname(words: list[str]) -> str:
    """The family name among a name's words: the last one that is not "Jr." or "III"."""
    kept = [w for w in words if w not in _SUFFIXES]
    return kept[-1] if kept else words[-1]


PARTICLE_WORD = re.compile(_PARTICLE, re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|at|az)-", re.IGNORECASE)


PATRONYMIC = re.compile(r"bin|bint|ibn", re.IGNORECASE)
""""son/daughter of": a name that ends "bin Tarik" ends with the father's name, not a family's."""


def surname_keys(words: list[str]) -> tuple[str, ...]:
    """Keys of a family name as news writes it alone: "al-Sisi" is also "Sisi", and "Tamim
    bin Hamad Al Thani" is also "Al Thani".

    A name without a family name ("Haitham bin Tarik", "Anwar bin Ibrahim") is shortened to
    the given name ("Sultan Haitham", "Anwar"); its last word is the father's, which a son
    named in the same text ("Theyazin bin Haitham") may also be called by.
    """
    last = surname(words)
    words = without_suffix(" ".join(words)).split()  # "Al Hussein bin Abdullah II"
    if len(words) >= 3 and PATRONYMIC.fullmatch(words[-2]) and last == words[-1]:
        if len(words) >= 4 and PARTICLE_WORD.fullmatch(words[0]):
            # "Al Hussein bin Abdullah": the given name has its article, and "Al" alone
            # begins other names ("Al Husseiniya Palace").
            given = (person_key(f"{words[0]} {words[1]}"), person_key(words[1]))
            return (*given, person_key(f"{words[-2]} {last}"))
        return (person_key(words[0]), person_key(f"{words[-2]} {last}"))
    keys = [person_key(last)]
    bare = _ARTICLE.sub("", last)
    if bare != last:
        keys.append(person_key(bare))
    at = words.index(last)
    first = at
    while first > 1 and PARTICLE_WORD.fullmatch(words[first - 1]):
        first -= 1  # "van Klaveren", "von der Leyen": the family name with its particles
    if first < at:
        keys.append(person_key(" ".join(words[first : at + 1])))
    return tuple(keys)


def short_names(people: list[Person]) -> dict[str, str]:
    """Single words that name one person: the last name, or another ("Xi", "Prabowo", "Lula").

    News uses the family name, which comes first in Chinese, Korean or Vietnamese names, and
    some people go by one of their names; such a word counts only when no one else shares it.
    """
    names: dict[str, str] = {}
    # A surname two people share names the one who holds a post before one who holds none:
    # "da Silva" beside President Lula da Silva and "Mrs. Rosangela Lula da Silva" is he.
    for person in sorted(people, key=lambda p: not p.posts):
        for family in surname_keys(person.name.split()):
            names.setdefault(family, person.key)
    others: dict[str, set[str]] = {}
    for person in people:
        words = person.name.split()
        for word in words[: words.index(surname(words))]:
            if (
                len(word) > 1
                and word[0].isupper()
                and not word.endswith(".")
                and not PARTICLE_WORD.fullmatch(word)
            ):
                # "Al" of "Zayed Al Nahyan" also begins "Al Alam Palace": a particle alone
                # names no one.
                others.setdefault(person_key(word), set()).add(person.key)
    for word, owners in others.items():
        if len(owners) == 1 and word not in names:
            names[word] = next(iter(owners))
    return names
