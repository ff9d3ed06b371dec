"""Commentary and retrospectives name areas of cooperation as the subject of talks held with
someone ("held talks with X on fisheries and tourism"), of "joint work on", or as what is
"expected to dominate the talks"; the same words elsewhere name no area."""

from __future__ import annotations

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


def test_sectors_commentary_cues_talks_with_someone_on_areas() -> None:
    text = "In Lima she held talks with Prime Minister Ruiz on fisheries and tourism."
    assert _labels(text) == ["fisheries and seafood", "tourism"]


def test_sectors_commentary_cues_joint_work_on_areas() -> None:
    text = "The partnership commits both capitals to joint work on shipbuilding and aviation."
    assert _labels(text) == ["shipbuilding", "aviation"]


def test_sectors_commentary_cues_areas_expected_to_dominate_the_talks() -> None:
    text = "Fisheries and tourism are expected to dominate the talks."
    assert _labels(text) == ["fisheries and seafood", "tourism"]


def test_sectors_commentary_cues_talks_with_someone_on_a_day_name_no_area() -> None:
    assert _labels("She held talks with Prime Minister Ruiz on Monday in Lima.") == []


def test_sectors_commentary_cues_what_dominates_the_news_is_no_area() -> None:
    assert _labels("Fisheries and tourism are expected to dominate the news.") == []
