"""The pipeline refuses a step whose inputs no earlier step provides."""

from __future__ import annotations

import pytest

from dkg.loaders import default_pipeline
from dkg.loaders.pipeline import Pipeline, PipelineError
from dkg.loaders.steps.people import PeopleRecognizer
from dkg.loaders.steps.segment import Segmenter


def test_pipeline_default_reads_top_to_bottom() -> None:
    names = default_pipeline().names
    assert names[0] == "segment"
    assert (
        names.index("recognize") < names.index("recognize-people") < names.index("extract-visits")
    )


def test_pipeline_missing_requirement_fails_at_construction() -> None:
    with pytest.raises(PipelineError, match="recognize-people"):
        Pipeline([Segmenter(), PeopleRecognizer()])
