"""The README promises two commands and a tour; these tests keep the promises true."""

from __future__ import annotations

import re

from dkg.cli.main import build_parser
from tests.support import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    return [line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines()]


def test_docs_quick_start_is_two_commands() -> None:
    assert _quick_start_commands() == ["make serve", "make test"]


def test_docs_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _quick_start_commands()[1] in ci


def test_docs_readme_tours_every_subcommand() -> None:
    parser = build_parser()
    subcommands = next(a for a in parser._actions if a.dest == "command").choices
    assert subcommands is not None
    for name in subcommands:
        assert f"dkg {name}" in README, name


def test_docs_linked_documents_exist() -> None:
    for target in re.findall(r"\]\(([^)#]+)", README):
        assert (REPO / target).exists(), target
