"""Forms of real news our own samples lacked: a stamp line under a two-author byline, a date
inside a "since ..." phrase, a spokesperson announcing someone else's trip, a trip made for an
event ("where he was due to attend"), and a range whose ends are in different months."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.read import make_document

PIPELINE = default_pipeline()


def _run(text: str, date: datetime.date | None = datetime.date(2024, 6, 5)) -> Document:
    return PIPELINE(Document("t", "t", text, date=date))


def test_read_stamp_line_under_a_two_author_byline_dates_the_story() -> None:
    text = (
        "Nordic ministers agree on grid link\n\nBy Anna Berg and Ole Hansen\n\n"
        "March 4, 2024 9:15 AM GMT+1 Updated 3 hours ago\n\n"
        "OSLO, March 4 (Wire) - The ministers met on Monday."
    )
    assert make_document("t", "t", text).date == datetime.date(2024, 3, 4)


def test_read_a_line_that_only_mentions_a_month_is_no_stamp() -> None:
    text = "Grid link talks\nMarch 2024 was a busy month\nThe ministers met."
    assert make_document("t", "t", text).date is None


def test_meetings_a_date_in_a_since_phrase_is_not_the_talks_day() -> None:
    text = (
        "Chilean President Gabriel Boric, on his first trip to Peru since a short visit in "
        "March 2022, held talks with Peruvian President Dina Boluarte in Lima."
    )
    [meeting] = _run(text).meetings
    assert meeting.date is not None and meeting.date.lexical == "2024-06-05"


def test_visits_a_spokesperson_announcing_a_trip_is_not_the_visitor() -> None:
    text = (
        "Ministry spokesperson Maria Lopes said on Tuesday that Brazilian President Luiz "
        "Inácio Lula da Silva will pay a state visit to Chile from 12 to 14 July."
    )
    document = _run(text)
    assert [(v.visitor, v.host_country) for v in document.visits] == [
        ("luiz-inacio-lula-da-silva", "CL")
    ]


def test_visits_a_trip_made_for_a_summit_takes_the_summit_days() -> None:
    text = (
        "Indian Prime Minister Narendra Modi has called off his trip to Johannesburg, South "
        "Africa, where he was due to attend the G20 summit from 22 to 23 November."
    )
    [visit] = _run(text, datetime.date(2024, 11, 18)).visits
    assert visit.start is not None and visit.start.lexical == "2024-11-22"
    assert visit.end is not None and visit.end.lexical == "2024-11-23"


def test_normalize_a_range_over_two_months_takes_the_year_written_at_its_end() -> None:
    text = (
        "Kenyan President William Ruto paid a state visit to Japan from 28 January to "
        "2 February 2022."
    )
    [visit] = _run(text).visits
    assert (visit.start and visit.start.lexical, visit.end and visit.end.lexical) == (
        "2022-01-28",
        "2022-02-02",
    )


def test_normalize_a_range_over_new_year_begins_the_year_before() -> None:
    text = "Austrian Chancellor Karl Nehammer visited Kenya from 30 December to 2 January 2023."
    [visit] = _run(text).visits
    assert visit.start is not None and visit.start.lexical == "2022-12-30"


def test_visits_first_since_a_year_is_the_trip_told_with_its_month() -> None:
    text = (
        "When Japanese Prime Minister Fumio Kishida landed in Manila on 3 November 2023, it was "
        "his second visit to the Philippines and the first since 2019. Kishida first came to "
        "Manila on an official visit in October 2019."
    )
    starts = sorted(v.start.lexical for v in _run(text).visits if v.start)
    assert starts == ["2019-10", "2023-11-03"]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Denmark and Vietnam agreed to cooperate on offshore wind power.", "wind power"),
        ("Spain and Morocco discussed wind energy projects.", "wind energy"),
        ("Greece and Egypt want to expand cooperation in shipping.", "shipping"),
        ("Japan and Chile discussed civil protection after the earthquake.", "civil protection"),
        ("Saudi Arabia and Korea will invest in petrochemicals.", "petrochemicals"),
        ("Kazakhstan and Germany discussed the chemical industry.", "chemical industry"),
        ("India and Poland agreed to cooperate in information technology.", "IT"),
    ],
)
def test_sectors_label_holds_the_words_news_writes(sentence: str, written: str) -> None:
    # A reader who writes down the area as the text names it finds its words in the label.
    from dkg.loaders.steps.sectors import find_sectors
    from dkg.ontology.vocabulary import sector_concepts

    labels = [m.label for m in find_sectors(sentence, 0, sector_concepts())]
    words = {w for label in labels for w in label.replace(",", " ").split()}
    expected = {"IT": {"information", "technology"}}.get(written, set(written.split()))
    assert expected <= words, labels


def test_figures_a_count_of_them_counts_what_the_sentence_counted_before() -> None:
    from dkg.loaders.steps.figures import FigureContext, find_figures

    sentence = "Some 1,500 Korean firms operate in Vietnam, and about 300 of them export to Europe."
    assert [f.value for f in find_figures(sentence, 0, FigureContext())] == [1500, 300]


def test_figures_of_them_after_no_counted_noun_stays_no_figure() -> None:
    from dkg.loaders.steps.figures import FigureContext, find_figures

    sentence = "The treaty has 12 articles, and 3 of them concern trade."
    assert find_figures(sentence, 0, FigureContext()) == []


def _agreement_titles(text: str) -> list[str]:
    return [a.title or "" for a in _run(text).agreements]


def test_agreements_bullets_under_a_signing_lead_in_are_documents() -> None:
    text = (
        "President Gabriel Boric of Chile held talks with Prime Minister Mark Carney of Canada "
        "in Ottawa.\n\nThe following documents were signed during the visit:\n\n"
        "- Memorandum of Understanding on Critical Minerals between Chile and Canada\n"
        "- Agreement on Youth Mobility\n"
        "- Launch of a joint working group on forestry\n\n"
        "The leaders also discussed trade."
    )
    titles = _agreement_titles(text)
    assert any(t.startswith("Memorandum of Understanding on Critical Minerals") for t in titles)
    assert any(t.startswith("Agreement on Youth Mobility") for t in titles)
    assert len(titles) == 2


def test_agreements_bullets_without_a_lead_in_are_not_signed_documents() -> None:
    text = (
        "Chile and Canada have several open files.\n\n"
        "- Agreement on Youth Mobility\n"
        "- Treaty on Double Taxation\n"
    )
    assert _agreement_titles(text) == []


def test_meetings_a_sentence_ranking_the_call_just_told_is_no_second_meeting() -> None:
    text = (
        "Argentine President Javier Milei received a phone call today from Chilean President "
        "Gabriel Boric. It was the first telephone conversation between the two leaders since "
        "Buenos Aires and Santiago agreed in Lima on 3 March 2024 to reopen the border."
    )
    assert len(_run(text).meetings) == 1


def test_people_a_predecessor_named_without_title_is_a_person_who_visits() -> None:
    text = (
        "Mexican President Claudia Sheinbaum will not travel to Madrid this year. "
        "Her predecessor Andrés Manuel López Obrador visited Havana in May 2022."
    )
    document = _run(text)
    assert "Andrés Manuel López Obrador" in {p.name for p in document.people}
    assert [(v.host_country, v.start and v.start.lexical) for v in document.visits] == [
        ("CU", "2022-05")
    ]


def test_people_a_post_in_apposition_is_not_given_to_the_titled_name_after_it() -> None:
    text = (
        "At the invitation of King Abdullah II, the King of Jordan, President Emmanuel Macron "
        "will pay a state visit to Jordan from 9 to 10 June."
    )
    document = _run(text)
    macron = next(p for p in document.people if p.name == "Emmanuel Macron")
    assert [post.title for post in macron.posts] == ["President"]
    assert [v.host_country for v in document.visits] == ["JO"]


def test_visit_status_a_headline_infinitive_announces_the_visit() -> None:
    text = (
        "Cyril Ramaphosa to pay state visit to Japan\n\n"
        "South African President Cyril Ramaphosa will pay a state visit to Japan from 2 to "
        "4 September, the presidency said on Wednesday."
    )
    visits = _run(text).visits
    assert [(v.host_country, v.status) for v in visits] == [("JP", "announced")]


def test_visit_status_a_sentence_naming_a_city_before_to_visit_is_no_headline() -> None:
    text = "Kenyan President William Ruto flew from Nairobi to visit Japan on 3 May."
    assert [v.status for v in _run(text).visits] == ["happened"]


def test_meeting_merging_talks_in_two_countries_are_two_meetings() -> None:
    text = (
        "Polish President Andrzej Duda held talks with Lithuanian President Gitanas Nauseda "
        "in Vilnius. Duda had met Nauseda in Madrid on the sidelines of a NATO summit in "
        "June 2022."
    )
    places = sorted(m.place.city for m in _run(text).meetings if m.place)
    assert places == ["Madrid", "Vilnius"]


def test_meetings_the_place_of_a_relative_clause_is_not_the_talks_place() -> None:
    text = (
        "Spanish Prime Minister Pedro Sánchez, who flew in on Monday from Madrid, was received "
        "by Senegalese President Bassirou Diomaye Faye at the presidential palace in Dakar."
    )
    [meeting] = _run(text).meetings
    assert meeting.place is not None and meeting.place.city == "Dakar"


@pytest.mark.parametrize(
    ("opener", "day"),
    [("Two days later he", "2024-02-12"), ("Three days later, he", "2024-02-13")],
)
def test_visits_a_count_of_days_later_dates_the_next_leg(opener: str, day: str) -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva arrived in Cairo on 10 February 2024 "
        f"for an official visit to Egypt. {opener} flew to Addis Ababa for an official visit "
        "to Ethiopia."
    )
    visits = {v.host_country: v for v in _run(text).visits}
    leg = visits["ET"]
    assert (leg.start and leg.start.lexical, leg.end) == (day, None)


def test_figure_periods_belong_to_the_figures_of_their_own_clause() -> None:
    from dkg.loaders.steps.figures import FigureContext, find_figures

    sentence = (
        "In January-March 2025, trade between Peru and Korea reached $1.1 billion, while "
        "about 90 Korean companies operate in Peru."
    )
    found = find_figures(sentence, 0, FigureContext(document_year=2025))
    assert [(f.value, f.period) for f in found] == [(1100000000, "january-march"), (90, None)]
