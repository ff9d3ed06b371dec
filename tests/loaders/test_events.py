"""Events that are not visits: forums, summits, conferences, exhibitions, ceremonies."""

from __future__ import annotations

import json

import pytest

from dkg.loaders.steps.events import (
    EventContext,
    EventMention,
    EventStatus,
    EventType,
    TextValue,
    find_events,
)
from dkg.loaders.steps.segment import split_sentences
from tests.support import shared_folder

HAPPENED = EventStatus.HAPPENED
ANNOUNCED = EventStatus.ANNOUNCED

CASES = [
    (
        "The 27th St. Petersburg International Economic Forum opened with a speech by Putin.",
        "27th St. Petersburg International Economic Forum",
        EventType.FORUM,
        HAPPENED,
    ),
    ("Modi hosted the G20 summit in New Delhi.", "G20 summit", EventType.SUMMIT, HAPPENED),
    (
        "The leaders will attend the SCO summit in Tianjin next month.",
        "SCO summit",
        EventType.SUMMIT,
        ANNOUNCED,
    ),
    (
        "The Conference on Interaction and Confidence-Building Measures in Asia met in Baku.",
        "Conference on Interaction and Confidence-Building Measures in Asia",
        EventType.CONFERENCE,
        HAPPENED,
    ),
    (
        "Saudi pavilions will shine at Expo 2030 Riyadh.",
        "Expo 2030 Riyadh",
        EventType.EXHIBITION,
        ANNOUNCED,
    ),
    (
        "Preparations for the Indonesian-Dutch festival \u201cTulip Days\u201d are under way.",
        "Tulip Days",
        EventType.OTHER,
        ANNOUNCED,
    ),
    (
        "The guest laid flowers during a wreath-laying ceremony at the Eternal Flame.",
        "wreath-laying ceremony at the Eternal Flame",
        EventType.CEREMONY,
        HAPPENED,
    ),
    (
        "An official welcoming ceremony took place at the Ak Saray.",
        "welcoming ceremony",
        EventType.CEREMONY,
        HAPPENED,
    ),
]


@pytest.mark.parametrize(("sentence", "name", "kind", "status"), CASES)
def test_events_named_forums_summits_exhibitions_and_ceremonies(
    sentence: str, name: str, kind: EventType, status: EventStatus
) -> None:
    (event,) = find_events(sentence, 0)
    assert (event.name, event.event_type, event.status) == (name, kind, status)
    assert sentence[event.start : event.end].startswith(name.split()[0])


NOT_EVENTS = [
    "Both nations celebrate Victory Day and Independence Day in May.",
    "Flowers were laid at the monument to Charles de Gaulle.",
    "The forum discussed energy.",
    "Julia Kim is a professor of economics at Seoul University.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_events_skips_holidays_monuments_and_bare_nouns(sentence: str) -> None:
    assert find_events(sentence, 0) == []


def test_events_take_the_date_and_city_that_follow_them() -> None:
    sentence = "Delegates met at the Boao Forum for Asia in Boao on March 26, 2025."
    context = EventContext(
        dates=(TextValue(sentence.index("March"), len(sentence) - 1, "2025-03-26"),),
        cities=(TextValue(sentence.index("in Boao") + 3, sentence.index(" on"), "Boao"),),
    )
    (event,) = find_events(sentence, 0, context)
    assert event.date is not None and event.date.value == "2025-03-26"
    assert event.city == "Boao"


def test_events_city_in_the_name_and_offsets_in_the_document() -> None:
    sentence = "He spoke at the Astana International Forum."
    context = EventContext(cities=(TextValue(116, 122, "Astana"),))
    (event,) = find_events(sentence, 100, context)
    assert event == EventMention(
        name="Astana International Forum",
        event_type=EventType.FORUM,
        status=HAPPENED,
        start=116,
        end=142,
        city="Astana",
    )


def test_events_each_event_keeps_its_own_date() -> None:
    sentence = "After the Nordic Summit on 3 May, ministers opened the Baltic Fair on 9 May."
    first, second = sentence.index("3 May"), sentence.index("9 May")
    context = EventContext(
        dates=(TextValue(first, first + 5, "--05-03"), TextValue(second, second + 5, "--05-09"))
    )
    summit, fair = find_events(sentence, 0, context)
    assert (summit.name, summit.date and summit.date.value) == ("Nordic Summit", "--05-03")
    assert (fair.name, fair.date and fair.date.value) == ("Baltic Fair", "--05-09")


def test_events_on_the_shared_samples_find_the_gold_events() -> None:
    shared = shared_folder()
    if shared is None:
        pytest.skip("../shared (or $DKG_SHARED) with corpus/seeds.gold.json is not present")
    gold = json.loads((shared / "corpus" / "seeds.gold.json").read_text(encoding="utf-8"))
    for document in gold["documents"]:
        text = (shared / "corpus" / document["file"]).read_text(encoding="utf-8")
        events = [
            e
            for s in split_sentences(text)
            if not s.boilerplate
            for e in find_events(s.text, s.span.start)
        ]
        for wanted in document["events"]:
            words = set(wanted["name"].lower().split()) - {"the", "at", "near"}
            assert any(
                len(words & set(e.name.lower().replace("\u2019s", "").split())) >= len(words) - 2
                and e.status.value == wanted["status"]
                for e in events
            ), wanted["name"]


MORE_CASES = [
    (
        "Earlier, the president laid a wreath at the Tomb of the Unknown Soldier.",
        "wreath-laying at the Tomb of the Unknown Soldier",
        EventType.CEREMONY,
    ),
    (
        "Leaders attended the swearing-in of Peter Mutharika in Lilongwe.",
        "swearing-in of Peter Mutharika",
        EventType.CEREMONY,
    ),
    ("Deals were signed at a business forum in Hanoi.", "business forum", EventType.FORUM),
    ("They spoke at a joint press conference.", "joint press conference", EventType.CONFERENCE),
    ("The King hosted a State Banquet at Windsor Castle.", "State Banquet", EventType.OTHER),
    (
        "She gave an address to the Kenyan National Assembly.",
        "address to the Kenyan National Assembly",
        EventType.OTHER,
    ),
    (
        "Both attended a ceremony marking the 30th anniversary of relations.",
        "ceremony marking the 30th anniversary of relations",
        EventType.CEREMONY,
    ),
]


@pytest.mark.parametrize(("sentence", "name", "kind"), MORE_CASES)
def test_events_wreaths_investitures_gatherings_and_speeches(
    sentence: str, name: str, kind: EventType
) -> None:
    (event,) = find_events(sentence, 0)
    assert (event.name, event.event_type) == (name, kind)
