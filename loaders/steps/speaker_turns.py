"""Speaker turns of a transcript: "Q: ...", "A: ...", "PRESIDENT BIDEN: ...", "Wang Wenbin: ...".

Briefings, press conferences and remarks print who speaks before each turn. The label is not
part of the sentence after it: "Wang Wenbin: At the invitation of X, Y will pay a visit" is
Y's visit, announced by Wang Wenbin, so the segmenter makes the label a sentence of its own.
Inside a turn, "I", "me" and "my" are the speaker: "I came to Ottawa" is a trip of
the one whose label opens the turn, and an "A:" answer is the spokesperson's (the last named
speaker, else the one person the text calls a spokesperson). A question's "I" is a
journalist's and stays unresolved. "We" is the speaker only when it travels ("We travelled
to Quito in May" takes the speaker along); otherwise it is left alone: a spokesperson's "as we
said" is the ministry, and a leader's "we agreed" is both sides.

A paragraph opening with a capitalised phrase and a colon is a label only when the text holds
a transcript: some label opens two or more paragraphs. A single "NEW DELHI:" dateline or
"Note:" line is left as it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from dkg.loaders.document import Document, PersonMention, TextSpan
from dkg.loaders.letters import UPPER
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_names import PARTICLES
from dkg.loaders.steps.pronoun_references import FIRST_PERSON

_PARAGRAPH = re.compile(r"[^\n]+")
_LABEL = Prefiltered(
    rf"\A(?P<label>(?:[{UPPER}][\w.'\u2019-]*)"
    rf"(?:\s+(?:(?:{'|'.join(PARTICLES)})\s+){{0,2}}[{UPPER}][\w.'\u2019-]*){{0,5}})"
    r"(?P<notes>(?:\s*\([^()\n]{1,80}\))*)\s*:[ \t]+(?=\S)"
)
"""Up to six capitalised words (with a family name's particles, "Alberto van Klaveren", and
any Latin capital, "Ürün") and a colon at the start of a paragraph, with the turn after it
on the same line; a parliament's record puts the member's seat, post and the time in brackets
before the colon ("Mr ALBANESE (Grayndler - Prime Minister) (14:21):")."""
_QUESTION = frozenset({"q", "question", "journalist", "reporter"})
"""Labels of a journalist's turn: their "I" is nobody the text names."""
_ANSWER = frozenset({"a", "answer", "spokesperson", "spokesman", "spokeswoman"})
"""Labels of the answering official's turn, who is not named in the label itself."""
_QUOTES = re.compile(r"[\"\u201c\u201d]")


@functools.lru_cache(maxsize=4)
def speaker_labels(text: str) -> Mapping[int, int]:
    """Paragraph start offset -> length of the speaker label that opens it (with its colon
    and the spaces after it), for texts where some label opens two or more paragraphs, or a
    journalist's question ("Q:") opens one and another label another (a short interview, whose
    guest is named in full once and by surname after).

    Remembered for the last few texts: the segmenter, the reference resolver and the
    transcript-talks reader each ask for the same document's labels."""
    found: dict[int, int] = {}
    seen: dict[str, int] = {}
    for paragraph in _PARAGRAPH.finditer(text):
        match = _LABEL.match(paragraph.group())
        if match is None:
            continue
        found[paragraph.start()] = match.end()
        label = match["label"].casefold()
        seen[label] = seen.get(label, 0) + 1
    if not seen or (max(seen.values()) < 2 and not (len(seen) > 1 and _QUESTION & seen.keys())):
        return {}
    return found


def speaker_mentions(document: Document, named: list[PersonMention]) -> list[PersonMention]:
    """First-person pronouns of each turn, outside quotations, as mentions of its speaker."""
    labels = speaker_labels(document.text)
    if not labels:
        return []
    spokespeople = {
        p.key for p in document.people if any("spokes" in post.title.lower() for post in p.posts)
    }
    spokesperson = next(iter(spokespeople)) if len(spokespeople) == 1 else None
    turns = labelled_turns(document, labels, named, spokesperson)
    found = []
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        speaker = _speaker_at(turns, sentence.span.start)
        if speaker is None:
            continue
        for match in FIRST_PERSON.finditer(sentence.text):
            if len(_QUOTES.findall(sentence.text, 0, match.start())) % 2:
                continue  # someone else's words, quoted by the speaker
            start = sentence.span.start + match.start()
            span = TextSpan(start, start + len(match.group()))
            found.append(PersonMention(span, speaker, "pronoun"))
    return found


def labelled_turns(
    document: Document,
    labels: Mapping[int, int],
    named: list[PersonMention],
    spokesperson: str | None,
) -> list[tuple[int, str | None]]:
    """(offset where the turn's words start, speaker key or None), in text order."""
    turns: list[tuple[int, str | None]] = []
    last_named: str | None = None
    for start, length in sorted(labels.items()):
        label = document.text[start : start + length].rstrip(" \t:").casefold()
        inside = [m.person for m in named if start <= m.span.start < start + length]
        speaker: str | None
        if inside:
            speaker = last_named = inside[-1]
        elif label in _ANSWER:
            speaker = last_named if last_named is not None else spokesperson
        else:
            speaker = None  # a journalist, a moderator, or someone the label does not name
        if label in _QUESTION:
            speaker = None
        turns.append((start + length, speaker))
    return turns


def _speaker_at(turns: list[tuple[int, str | None]], offset: int) -> str | None:
    """The speaker of the turn that an offset falls in (None before the first label)."""
    speaker: str | None = None
    for start, who in turns:
        if start > offset:
            break
        speaker = who
    return speaker
