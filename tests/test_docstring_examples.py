"""The examples in docstrings (`>>> ...`) are documentation a reader trusts: each must still run
and give what it shows. Two had gone stale unnoticed because nothing ran them."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("loaders", "service", "cli", "ontology")


def _modules_with_examples() -> list[str]:
    """The `dkg.*` module names of the sources that hold a `>>> ` example."""
    return sorted(
        "dkg." + ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if ">>> " in path.read_text(encoding="utf-8")
    )


def test_docstring_examples_are_found() -> None:
    assert "dkg.loaders.steps.company_lookalikes" in _modules_with_examples()


@pytest.mark.parametrize("name", _modules_with_examples())
def test_docstring_examples_run_as_written(name: str) -> None:
    module = importlib.import_module(name.removesuffix(".__init__"))
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} fail (see above)"
