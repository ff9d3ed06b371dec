"""Group the names read in one document into people: "Xi", "Xi Jinping" and "President Xi"
are one person, with the posts and the usual name the document gives them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from dkg.loaders.document import Person, Post, TextSpan
from dkg.loaders.gazetteer import fold
from dkg.loaders.mint import person_key
from dkg.loaders.steps.person_names import (
    PARTICLE_WORD,
    PATRONYMIC,
    in_usual_case,
    lone_surname,
    surname_keys,
    with_suffix,
    without_suffix,
)


@dataclass(frozen=True)
class Candidate:
    """A name read in the text, with the post or country it was read with."""

    name_span: TextSpan
    name: str
    post: Post | None
    country: str | None = None


def cluster(candidates: list[Candidate], lead: frozenset[str] = frozenset()) -> list[Person]:
    """Group name variants into people: full names by key, surnames onto a full name.

    ``lead`` holds the forms of address, folded: inside a name ("Hassan Sheikh Mohamud") such
    a word is part of the name, so a form ending in it is cut short and no post.
    """
    full: dict[str, list[Candidate]] = {}
    single: list[Candidate] = []
    for candidate in _inside_longer_names(candidates, lead):
        words = lone_surname(candidate.name).split()  # "Mr Cooper Jr.": a surname alone
        # "Emir Al Thani", "Minister van Klaveren": a family name with its particle, not a
        # full name.
        if len(words) > 1 and not (len(words) == 2 and PARTICLE_WORD.fullmatch(words[0])):
            full.setdefault(person_key(candidate.name), []).append(candidate)
        else:
            single.append(candidate)
    # "Mohammed bin Salman" and "Mohammed bin Salman bin Abdulaziz Al Saud": one person, keyed
    # by the shorter form, which other documents are likelier to use too.
    for key in sorted(full, key=len):
        longer = [k for k in full if k != key and k.startswith(key + "-") and key in full]
        for other in longer:
            full[key].extend(full.pop(other))
    # "Vladimir Putin" after "Vladimir Vladimirovich Putin"; "Lula da Silva" after "Luiz
    # Inacio Lula da Silva".
    _join_shorter_forms(full, _leaves_out_middle)
    _join_shorter_forms(full, _drops_first_words)
    by_surname: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    by_other: dict[str, set[str]] = {}
    for key, group in full.items():
        words = group[0].name.split()
        for family in surname_keys(words):
            by_surname.setdefault(family, set()).add(key)
        by_first.setdefault(person_key(words[0]), set()).add(key)
        for word in words[1:-1]:
            if len(word) > 2 and word[0].isupper() and not word.endswith("."):
                by_other.setdefault(person_key(word), set()).add(key)
    for candidate in single:
        word = person_key(lone_surname(candidate.name))
        # "Lula" of "Luiz Inácio Lula da Silva": a middle name people go by, if only one has it.
        owners = by_surname.get(word) or by_first.get(word) or by_other.get(word, set())
        if len(owners) > 1 and candidate.post is not None:
            # "President Macron" beside Emmanuel and Brigitte Macron: the one with that post.
            title = candidate.post.title
            titled = {k for k in owners if any(c.post and c.post.title == title for c in full[k])}
            owners = titled or {k for k in owners if any(c.post for c in full[k])}
        key = min(owners, key=list(full).index) if len(owners) == 1 else word
        full.setdefault(key, []).append(candidate)
    people = []
    for key, group in full.items():
        # One count per place in the text: two patterns may read the same name at one span.
        written = {c.name_span: c.name for c in group}
        name = _usual_name(list(written.values()), key, lead)
        posts = _merge_posts([c.post for c in group if c.post is not None])
        country = next((p.country for p in posts if p.country), None)
        country = country or next((c.country for c in group if c.country), None)
        people.append(Person(key, name, posts, (), country))
    return people


def without_shared_surnames(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without a surname read alone, with no post or country ("Mrs Ruto"),
    that two full names of the story share ("William Ruto", "Rachel Ruto"): either may be
    meant, and the surname alone is no third person."""
    owners: dict[str, set[str]] = {}
    for candidate in candidates:
        words = candidate.name.split()
        if len(words) > 1:
            for family in surname_keys(words):
                owners.setdefault(family, set()).add(person_key(candidate.name))
    return [
        c
        for c in candidates
        if c.post is not None
        or c.country is not None
        or len(c.name.split()) > 1
        or len(owners.get(person_key(c.name), ())) < 2
    ]


def _inside_longer_names(candidates: list[Candidate], lead: frozenset[str]) -> list[Candidate]:
    """Each name read inside a longer name read around it, as that longer name: a Malay name
    carries an honorific of the father's ("Zafrul Tengku Abdul Aziz", the son of Tengku Abdul
    Aziz), and the honorific read there makes "Abdul Aziz" a second person who is no one but
    the first. A post read with the inner name stays with it, unless it is the form of address
    the outer name holds ("Sultan" of "Omar Sultan Haji"): that word is a given name there."""
    outer: dict[TextSpan, TextSpan] = {}
    around: TextSpan | None = None  # the longest name of the run of names read at one place
    for span in sorted({c.name_span for c in candidates}, key=lambda s: (s.start, -s.end)):
        if around is not None and around.contains(span):
            outer[span] = around
        else:
            around = span
    if not outer:
        return candidates
    names = {c.name_span: c.name for c in candidates}
    return [
        replace(
            c,
            name_span=outer[c.name_span],
            name=names[outer[c.name_span]],
            post=None if _inside_name(c, names[outer[c.name_span]], lead) else c.post,
        )
        if c.name_span in outer
        else c
        for c in candidates
    ]


def _inside_name(inner: Candidate, outer: str, lead: frozenset[str]) -> bool:
    """Whether the inner name's post is a form of address written inside the outer name, just
    before the inner name: "Sultan" read as a title in "Omar Sultan Haji"."""
    if inner.post is None or fold(inner.post.title) not in lead:
        return False
    before = outer[: len(outer) - len(inner.name)].split()
    return len(before) > 1 and fold(before[-1]) == fold(inner.post.title)


def _join_shorter_forms(full: dict[str, list[Candidate]], fits: Callable[[str, str], bool]) -> None:
    """Put each full name with the one longer name it is a shorter form of (``fits(short,
    long)``), keyed by the shorter form as a prefix is: a name written again without its
    patronymic, middle or first given names is the same person. Only when one longer name
    fits: beside "George H. W. Bush" and "George W. Bush", "George Bush" may be either."""
    for key in sorted(full, key=len):
        if key.count("-") < 1 or key not in full:
            continue
        longer = _holders_of_its_post(
            full[key], [k for k in full if k != key and fits(key, k)], full
        )
        if len(longer) == 1:
            full[key].extend(full.pop(longer[0]))


def _holders_of_its_post(
    short: list[Candidate], longer: list[str], full: dict[str, list[Candidate]]
) -> list[str]:
    """The longer names a titled shorter form may be, narrowed to those read with a post
    when it has several: "President Lula da Silva" is "Luiz Inacio Lula da Silva", who was
    introduced as president, not "Mrs. Rosangela Lula da Silva" beside him, who holds none."""
    titles = {c.post.title for c in short if c.post is not None}
    if len(longer) < 2 or not titles:
        return longer
    titled = [k for k in longer if any(c.post and c.post.title in titles for c in full[k])]
    return titled or [k for k in longer if any(c.post for c in full[k])]


def _drops_first_words(short: str, long: str) -> bool:
    """Whether the key ``short`` is the key ``long`` without its first words, and those
    words do not end in a patronymic: the words after "bin" or "ibn" name the father
    ("Hamad Al Thani" in "Tamim bin Hamad Al Thani")."""
    if not long.endswith("-" + short):
        return False
    dropped = long[: -len(short) - 1].split("-")
    return PATRONYMIC.fullmatch(dropped[-1]) is None


def _leaves_out_middle(short: str, long: str) -> bool:
    """Whether the key ``short`` is the key ``long`` with some of its inner words left out."""
    short_words, long_words = short.split("-"), long.split("-")
    same_ends = (long_words[0], long_words[-1]) == (short_words[0], short_words[-1])
    if len(long_words) <= len(short_words) or not same_ends:
        return False
    rest = iter(long_words)
    return all(word in rest for word in short_words)


def _usual_name(names: list[str], key: str, lead: frozenset[str]) -> str:
    """The full name the person's key is minted from, else as the document most often writes
    it, then the fullest, but never a form cut after a form of address ("Hassan Sheikh" beside
    "Hassan Sheikh Mohamud": the word is the start of a name, not its end).

    A formal first mention ("Mohammed bin Salman bin Abdulaziz Al Saud", "Gustavo Petro
    Urrego") is followed by the form everyone uses ("Mohammed bin Salman", "Gustavo Petro"),
    which other documents write too and which the key is minted from: however often the story
    writes the long form, the name is the key's, so that one IRI has one name in every
    document. A surname alone never wins over a full name ("Joseph R. Biden" over "Biden").
    """
    bare = [without_suffix(n) for n in names]
    full = Counter(n for n in bare if len(n.split()) > 1) or Counter(bare)
    usual = max(
        full,
        key=lambda n: (
            fold(n.split()[-1]) not in lead,
            person_key(n) == key,
            full[n],
            len(n.split()),
            len(n),
        ),
    )
    return in_usual_case(with_suffix(usual, names))


def _merge_posts(posts: list[Post]) -> tuple[Post, ...]:
    with_country = {p.title for p in posts if p.country}
    kept = [p for p in posts if p.country or p.title not in with_country]
    return tuple(dict.fromkeys(kept))


def key_for(name: str, people: list[Person], short: dict[str, str]) -> str:
    """The key of the person a name was clustered into (a longer form joins its prefix)."""
    key = person_key(lone_surname(name))
    if any(p.key == key for p in people):
        return key
    prefixed = [p.key for p in people if key.startswith(p.key + "-")]
    if prefixed:
        return max(prefixed, key=len)
    shorter = [
        p.key for p in people if _leaves_out_middle(p.key, key) or _drops_first_words(p.key, key)
    ]
    if len(shorter) == 1:
        # "Vladimir Vladimirovich Putin" joined "Vladimir Putin", "Luiz Inacio Lula da Silva"
        # joined "Lula da Silva"
        return shorter[0]
    return short.get(key, key)


def drop_lead(candidate: Candidate, lead: frozenset[str]) -> Candidate:
    """A name without the titles and honorifics it was read with ("Sheikh Tamim ...",
    "Samdech Techo Hun Sen"); ``lead`` holds them folded, a form of several words spaced."""
    words = candidate.name.split()
    dropped = 0
    while len(words) - dropped > 1:
        # the longest form of address at this word, leaving at least one word of the name
        size = next(
            (
                n
                for n in range(len(words) - dropped - 1, 0, -1)
                if fold(" ".join(words[dropped : dropped + n])) in lead
            ),
            0,
        )
        if not size:
            break
        dropped += size
    if not dropped:
        return candidate
    name = " ".join(words[dropped:])
    start = candidate.name_span.end - len(name)
    return replace(candidate, name_span=TextSpan(start, candidate.name_span.end), name=name)
