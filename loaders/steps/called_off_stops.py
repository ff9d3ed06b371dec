"""A planned stop of a tour that was called off or put off: "A planned stop in Manila on June 3,
where the President was to meet Philippine officials, was cancelled", "Her planned stopover in
Hanoi was called off".

The stop names no verb of travel, so no visit cue reads it; its fate is the sentence's
predicate. It is a visit to the stop's country with the planned day, cancelled or postponed, by
the one the clause about the stop names ("where X was to meet"), else the one whose stop it is
("X's planned stop"), else the traveller the story has been telling, whose tour it is. A
stop dropped in a country the traveller is told to visit anyway is one city of that visit, whose
other stops still took place: no visit of its own.
"""

from __future__ import annotations

import re
from collections import Counter

from dkg.loaders.document import Person, TextSpan, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.visit_status import PUT_OFF

_CALLED_OFF_STOP = Prefiltered(
    r"\b(?:planned|scheduled|proposed|intended)\s+(?:stop|stopover)\s+(?:in|at)\s+"
    r"(?P<stop>[^,;.]{1,80}?)"
    r"(?:,\s+(?:where|at\s+which|during\s+which|which|that)\s+(?P<plan>[^;.]{1,160}?),)?"
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:(?:now|since|also|later|abruptly|suddenly)\s+)?"
    rf"(?:(?P<cancelled>cancel+ed|called\s+off|scrapped|dropped)|{PUT_OFF})\b",
    re.IGNORECASE,
)
"""A planned stop, its place and day, an optional clause of what was to be done there or when
("which had been scheduled for 20 March"), and its fate; not a stop made ("made a stop in
Manila"), nor a bus stop "planned in Manila"."""
_OWNER = re.compile(r"(?P<owner>\S+)['\u2019]s?\s+$|\b(?:his|her|their|the|a)\s+$", re.I)
"""Who the stop is of, right before "planned": a name's possessive, else a word that names no
one ("his", "a")."""
_SUBJECT_REACH = 40
"""How far into the clause about the stop its subject's name may start, after its titles."""


def called_off_stops(
    view: SentenceView, people: dict[str, Person], told: list[Visit]
) -> list[Visit]:
    """The planned stop the sentence calls off or puts off, as a visit of that status."""
    stop = _CALLED_OFF_STOP.search(view.text)
    if stop is None:
        return []
    host = _stop_country(view, stop)
    visitor = _stop_maker(view, stop, people, told)
    if host is None or visitor is None or visitor.country == host:
        return []
    if any((v.visitor, v.host_country) == (visitor.key, host) for v in told):
        return []  # "arrived in Jakarta ... A planned stop in Surabaya was cancelled": one city
    # the stop's day, else the first the clause about it tells ("where X was to meet Y on ...")
    last = stop.end("plan") if stop["plan"] else stop.end("stop")
    days = [d for d in view.dates if stop.start("stop") <= view.local(d.span)[0] < last]
    return [
        Visit(
            visitor=visitor.key,
            visitor_country=visitor.country,
            host_country=host,
            place=next((p for p in view.places if _inside(view, p.span, stop, "stop")), None),
            start=days[0].start if days else None,
            end=days[0].end if days else None,
            visit_type="unspecified",
            status="cancelled" if stop["cancelled"] else "postponed",
            evidence=(view.sentence.span,),
        )
    ]


def _inside(view: SentenceView, span: TextSpan, stop: re.Match[str], group: str) -> bool:
    """Whether a mention's span lies in the match's ``group``."""
    start, end = view.local(span)
    return stop.start(group) <= start and end <= stop.end(group)


def _stop_country(view: SentenceView, stop: re.Match[str]) -> str | None:
    """The country of the first city or country named as the stop."""
    where = sorted(
        [
            (view.local(p.span)[0], p.country)
            for p in view.places
            if _inside(view, p.span, stop, "stop")
        ]
        + [
            (view.local(c.span)[0], c.iso2)
            for c in view.countries
            if c.form == "name" and _inside(view, c.span, stop, "stop")
        ]
    )
    return where[0][1] if where else None


def _stop_maker(
    view: SentenceView, stop: re.Match[str], people: dict[str, Person], told: list[Visit]
) -> Person | None:
    """Who was to make the stop: the person the clause about it opens with, the stop's owner,
    else the traveller of most of the trips told so far (the first of them on a tie)."""
    if stop["plan"]:
        # "where Canadian Prime Minister X was to meet": the clause's subject, titles and all
        first = next(
            (
                m
                for m in view.people
                if 0 <= view.local(m.span)[0] - stop.start("plan") <= _SUBJECT_REACH
                and _inside(view, m.span, stop, "plan")
            ),
            None,
        )
        if first is not None:
            return people.get(first.person)
    owner = _OWNER.search(view.text, max(0, stop.start() - 40), stop.start())
    if owner is not None and owner["owner"]:
        named = [
            m for m in view.people if owner.start() < view.local(m.span)[1] <= owner.end("owner")
        ]
        return people.get(named[-1].person) if named else None
    # the story's traveller: the one it has told the most trips of so far, whose tour it is,
    # rather than a host's or a predecessor's trip told last in passing
    travellers = Counter(v.visitor for v in told)
    return people.get(travellers.most_common(1)[0][0]) if travellers else None
