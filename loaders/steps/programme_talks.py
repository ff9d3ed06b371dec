"""Talks told as steps of a visit's programme: a step whose subject is the day or the visit
("The day ended with a meeting with X"), a line of a programme with no subject ("Thursday,
Accra: meeting with X"), and a timed line of a published schedule ("11:00 Talks between A and
B"), and talks to come on the programme of a stay ("During his stay, X will call on Y")."""

from __future__ import annotations

import re

from dkg.loaders.document import Document, TextSpan
from dkg.loaders.steps.planned_talks import tells_future

_PROGRAMME_SUBJECT = re.compile(
    r"(?:[A-Z][\w ]{0,30},\s+)?[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:day|visit|programme|program|trip|"
    r"stay|tour|morning|afternoon|evening)\s+(?:(?:of|for)\s+the\s+[\w-]+\s+)?(?:began|started|"
    r"opened|ended|closed|concluded|continued|wrapped\s+up)\s+with\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|talks|audience|courtesy\s+call|discussions)\s+with\b"
)


def programme_subject(sentence: str) -> bool:
    """Whether the sentence tells talks as a step of the guest's programme, with the day or
    the visit as its subject ("The day ended with a meeting with President X", "The visit began
    with talks with the Premier"): the side it leaves unnamed is the visitor of the visit under
    way. Anchored at the sentence's start, so it costs one failed match on most sentences."""
    return _PROGRAMME_SUBJECT.match(sentence) is not None


_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|hrs?|h)\b)?\s*[-\u2013\u2014:]?\s*"
"""The time a programme line opens with: "10:30", "3.15 pm -", "09.00 hrs:"."""
_PROGRAMME_ITEM = re.compile(
    # a time, bulleted or not, or a day's label ("Thursday 9 June, Accra:", not a speaker's
    # "Minister X:") first; a bullet alone starts any list (outcomes, talking points)
    rf"\s*(?:(?:[-\u2022*\u2013]\s*)?{_CLOCK}|"
    r"[^:.;!?\n]{0,30}?\b(?:\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|"
    r"afternoon|evening)\b[^:.;!?\n]{0,30}:\s*)"
    # then the talks with no subject: "Bilateral meeting with", "Courtesy call on"; not "A
    # holds talks with B", which names its own subject
    r"(?:(?!(?:holds?|held|has|had|have)\b)[\w-]+\s+){0,2}?(?:meeting|talks|audience|call|"
    r"consultations|discussions|lunch|t[eê]te-[aà]-t[eê]te)\s+(?:with|on)\b",
    re.IGNORECASE,
)
_LABEL_REACH = 72
"""How far into a line the colon of a day's label may stand (two stretches of 30 around the
day, which is a word)."""


def programme_item(sentence: str) -> bool:
    """Whether the sentence is a line of a programme or itinerary that tells talks with no
    subject ("Thursday 9 June, Accra: meeting with Prime Minister X", "- 10:30 Talks with the
    Foreign Minister, Y"): the side it leaves unnamed is the visitor the programme is about.
    Anchored at the sentence's start, as a programme line is, and tried only on a line that
    opens with a bullet or a figure or holds a colon near its start. A bullet with no time or
    day is a line of any list, whose talks may be anyone's."""
    first = sentence.lstrip()[:1]
    if first.isalpha() and ":" not in sentence[:_LABEL_REACH]:
        return False
    return _PROGRAMME_ITEM.match(sentence) is not None


def day_actor(document: Document, before: int) -> tuple[str, ...]:
    """Whose day a programme step tells when no visit is under way (a minister's round-up of a
    day at a summit: "The day ended with a meeting with X"): the person a "she"/"he" opening an
    earlier sentence refers to, the story's subject, else the first person the text names."""
    earlier = [m for m in document.person_mentions if m.span.start < before]
    pronouns = [m.person for m in earlier if m.via == "pronoun"]
    if pronouns:
        return (pronouns[-1],)
    return (earlier[0].person,) if earlier else ()


_SCHEDULE_LINE = re.compile(
    rf"\s*(?:[-\u2022*]\s*)?{_CLOCK}(?:[A-Z][\w-]*\s+){{0,3}}?"
    r"(?:talks|meeting|audience|call|consultations|negotiations|"
    r"t[eê]te-[aà]-t[eê]te)\b",
    re.IGNORECASE,
)


def scheduled_item(text: str, spans: tuple[TextSpan, ...]) -> bool:
    """Whether talks are told only by timed lines of a schedule ("11:00 Talks between
    President A and President B", "- 15:30 Bilateral meeting with the Prime Minister"): a
    programme published for a trip, which tells talks planned, not held, unless the trip is
    under way. A timed line that tells talks with a verb ("14:05 The two leaders met") is a
    live report, not a schedule."""
    return all(_SCHEDULE_LINE.match(text, span.start, span.end) for span in spans)


_STAY_PROGRAMME = re.compile(
    r"\s*(?:During|In\s+the\s+course\s+of)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:stay|visit|trip)\b[^,.;]{0,40},"
)


def stay_programme(sentence: str) -> bool:
    """Whether the sentence opens on the stay it tells the programme of ("During his stay,
    President X will call on the Governor-General on Friday"): talks still to come on it are
    the programme of that visit, which count as its meetings when the visit is under way (and
    only then: the meetings of a visit announced do not). Anchored at the sentence's start,
    so it costs one failed match on most sentences."""
    return _STAY_PROGRAMME.match(sentence) is not None


def told_ahead_in_stay(text: str, spans: tuple[TextSpan, ...]) -> bool:
    """Whether talks are told only by sentences on a stay's programme (``stay_programme``) in
    the future ("During his stay, X will call on Y"), which tell them whether or not the visit
    has begun: they need a visit under way. "During his stay, X met Y" tells them held."""
    return all(
        _STAY_PROGRAMME.match(text, span.start, span.end)
        and tells_future(text, span.start, span.end)
        for span in spans
    )
