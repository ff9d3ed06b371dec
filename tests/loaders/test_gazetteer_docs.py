"""The usage examples in the gazetteer's docstrings stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "dkg.loaders.gazetteer",
    "dkg.loaders.gazetteer.gazetteer",
    "dkg.loaders.gazetteer.surface",
    "dkg.loaders.gazetteer.titles",
]


@pytest.mark.parametrize("name", MODULES)
def test_gazetteer_docs_examples_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
