"""The further countries of a tour that the sentence of its first visit lists after it.

"visited Chile and then Peru", "a tour that takes him to Jordan and Turkey", "flies on to
Tanzania on Wednesday, and two days later to Zambia", "toward Managua, and subsequently toward
Havana" (as translations write the way on): each is a visit of its own, announced
(the text tells it ahead), of no stated type, dated by the day written after it or counted
from the first visit's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import PlaceMention, Status, TextSpan, Visit
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.earlier_stops import in_earlier_stop
from dkg.loaders.steps.numerals import small_count
from dkg.loaders.steps.visit_days import day_after

_ONWARD = SkipAheadPattern(
    r"\b(?:and|then|before|after that|also)\s+(?:(?:then|subsequently|afterwards)\s+)?"
    r"(?:(?P<later>a|one|two|three|four|five|\d)\s+days?\s+later\s+)?(?:on\s+)?"
    r"(?:to|towards?|in|visit)\s+(?:the\s+)?$"
    r"|\b(?:travel+(?:ing|ed|s)?|fl(?:y|ying|ies|ew)|head(?:ing|ed|s)?|go(?:ing|es)?|went|"
    r"continu(?:e|es|ed|ing))\s+on\s+to\s+(?:the\s+)?$"
    # "a tour that continues in Accra", "and then continues in Lome"; not talks that continue
    # ("negotiations that began in Doha and continue in Geneva": a bare "and" joins their verbs)
    r"|\b(?:(?:tour|trip|journey|visit)(?:\s+(?:that|which))?|then)\s+(?:will\s+|then\s+)?"
    r"continu(?:e|es|ed|ing)\s+in\s+(?:the\s+)?$"
    r"|\b(?:and|then|before)\s+(?:then\s+)?(?:proceed(?:s|ing)?|head(?:s|ing)?|fl(?:y|ies|ying)|"
    r"travel+(?:s|ing)?|mov(?:e|es|ing)|go(?:es|ing)?|continu(?:e|es|ing))\s+(?:on\s+)?to\s+(?:the\s+)?$"
    r"|\btakes?\s+(?:him|her|them)\s+(?:on\s+|next\s+|then\s+|later\s+)?to\s+(?:the\s+)?$"
    r"|\b(?:will\s+)?(?:end|ends|conclude|concludes|finish|finishes)(?:\s+(?:the|his|her|their)\s+"
    r"(?:tour|trip|journey|visit))?\s+in\s+(?:the\s+)?$"
)
_OTHER_CLAUSE = re.compile(r",\s+(?:when|where|while|whereas|as|since|because|which|who)\s")
"""Where a clause about something other than the trip starts: ", when", ", which"."""
_LISTED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
"""What joins a further country of one trip to the first: "and then to", "takes him to X and"."""


def onward_legs(view: SentenceView, cue: re.Match[str], visit: Visit) -> list[Visit]:
    """Further countries of a tour: "... and then to Peru", "takes him to Jordan and Turkey"."""
    legs: list[Visit] = []
    seen = {visit.host_country, visit.visitor_country}
    last_end = -1
    after_city = False  # "Atlanta, Georgia": a country a comma puts after a city is its region
    # "visited Tehran in May 2016, when India, Iran and Afghanistan signed ...": countries
    # listed in a clause about something else are no stops of the trip ("..., where he would
    # meet X, and then to Peru" still goes on).
    other = _OTHER_CLAUSE.search(view.text, cue.end())
    until = other.start() if other is not None else len(view.text)
    # A stop is a country by name or a city abroad ("and ends the tour in Kinshasa").
    stops: list[tuple[TextSpan, str, PlaceMention | None]]
    stops = [(c.span, c.iso2, None) for c in view.countries if c.form == "name"]
    stops += [(p.span, p.country, p) for p in view.places if p.kind == "city"]
    for span, iso2, city in sorted(stops, key=lambda stop: stop[0].start):
        start, end = view.local(span)
        if start <= cue.end():
            continue
        # "to Accra on Tuesday and Lome on Thursday": stops listed each with a day of its own
        # ("arrived in Quito on Monday, and Bogota sent its minister" lists no stop).
        days = {view.local(d.span)[0]: view.local(d.span)[1] for d in view.dates}
        gap = view.text[days.get(last_end + 1, last_end) if end + 1 in days else last_end : start]
        region = after_city and city is None and "and" not in gap
        listed = start < until and last_end >= 0 and _LISTED.fullmatch(gap) and not region
        onward_cue = _ONWARD.search(view.text[max(0, start - 40) : start])
        owner = view.text.startswith(("'s", "\u2019s"), end)  # "to Japan, Bangladesh's envoy"
        if iso2 in seen or in_earlier_stop(view, span) or owner or not (listed or onward_cue):
            # The host named by its country or its city starts the list of stops ("to Quito
            # and Bogota"), but a country after a city and a comma is its region.
            if iso2 == visit.host_country:
                last_end, after_city = end, city is not None
            continue
        last_end, after_city = end, city is not None
        seen.add(iso2)
        onward: Status = "announced" if visit.status == "happened" else visit.status
        later = onward_cue["later"] if onward_cue else None
        # "flies on to Tanzania on Wednesday, and two days later to Zambia"
        day = (
            visit.start.shifted(small_count(later))
            if later and visit.start
            else day_after(view, end, own_leg=onward_cue is not None)
        )
        if day is None and onward_cue is None and _verb_day_after(view, end, visit):
            # "traveled to Rome and Vienna on Monday": both places of the verb, on its day
            day, onward = visit.start, visit.status
        legs.append(
            replace(
                visit,
                status=onward,
                host_country=iso2,
                place=city,
                start=day,
                end=None,
                visit_type="unspecified",
            )
        )
    return legs


_BEFORE_DAY = re.compile(r"\s*(?:on|in)?\s*")


def _verb_day_after(view: SentenceView, end: int, visit: Visit) -> bool:
    """Whether the first visit's day is told right after the stop ending at ``end``: the
    day of the verb whose places the list names ("traveled to Rome and Vienna on Monday"),
    not a day of the first place alone ("visited Chile on Monday and Peru"), nor the day of a
    verb that calls the trip off ("called off a trip to Brazil and Chile on Monday"). A
    clause that tells when the trip was planned dates every place of it, called off or not
    ("a visit to Australia and New Zealand, which had been planned for February")."""
    if visit.start is None:
        return False
    gaps = (_PLANNED_FOR,) if visit.status in ("cancelled", "postponed") else _GAPS
    return any(
        date.start == visit.start
        and view.local(date.span)[0] >= end
        and any(gap.fullmatch(view.text, end, view.local(date.span)[0]) for gap in gaps)
        for date in view.dates
    )


_PLANNED_FOR = re.compile(
    r",?\s*(?:which|that)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?:planned|scheduled|set|due|expected)\s+(?:for|in|on)\s+"
)
"""The clause that gives a trip's planned day after its places: ", which had been planned for"."""
_GAPS = (_BEFORE_DAY, _PLANNED_FOR)
