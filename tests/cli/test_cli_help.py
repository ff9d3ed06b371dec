"""`dkg COMMAND --help` teaches: an example that runs as written, and what the exit status means."""

from __future__ import annotations

import re
import shlex

import pytest

from dkg.cli.help_texts import COMMANDS
from dkg.cli.main import EXAMPLES, build_parser
from tests.support import REPO


def _example_lines(name: str) -> list[str]:
    """The `dkg NAME ...` lines of a command's help, without redirections or trailing notes."""
    text = COMMANDS[name].description.split("\nexample", 1)[1]
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith("dkg ")]
    return [re.split(r" >|  ", line, maxsplit=1)[0] for line in lines]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_texts_every_command_shows_an_example_that_parses(name: str) -> None:
    examples = _example_lines(name)
    assert examples, f"dkg {name} --help shows no example"
    for example in examples:
        args = build_parser().parse_args(shlex.split(example)[1:])
        assert args.command == name, example


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_texts_every_command_says_what_its_exit_status_means(name: str) -> None:
    assert re.search(r"^exit status: 0 .*, 2 ", COMMANDS[name].description, re.MULTILINE), name


def test_help_texts_suggested_query_files_are_plain_queries() -> None:
    # The files directly in queries/ are REST templates: run by `dkg query` as they are, their
    # filters have no values and the answer is empty, which a reader would take for no data.
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    texts = [readme, EXAMPLES, *(c.description for c in COMMANDS.values())]
    suggested = {m for text in texts for m in re.findall(r"queries/[\w/]+\.rq", text)}
    assert suggested, "no query file is suggested any more: drop this test"
    for path in suggested:
        body = (REPO / path).read_text(encoding="utf-8")
        assert "#+ params" not in body and "\n  #if " not in body, path
