"""The command line of a bench that times requests on an on-disk store (the generated graph):
the store folder and how many runs of each case, so each bench adds only its own options."""

from __future__ import annotations

import argparse


def build_store_parser(doc: str | None, *, each: str) -> argparse.ArgumentParser:
    """A parser described by the first line of ``doc`` that reads ``store`` and ``--repeat``
    (runs of each ``each``: "way", "request")."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("store", help="folder of an on-disk store (the generated graph)")
    parser.add_argument("--repeat", type=int, default=3, help=f"runs of each {each} (3)")
    return parser
