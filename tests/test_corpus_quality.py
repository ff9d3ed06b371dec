"""The extraction's accuracy on the project's own corpus, measured as users measure it.

The corpus in samples/ was written by the project about real events between many pairs of
countries, with every phrasing family the loaders must read; `dkg evaluate` scores it through
the REST API. The bar (weighted F1 >= 0.90) is the product's promise on documents like these.
"""

from __future__ import annotations

import re

from dkg.loaders.gold import load_gold
from tests.support import REPO, RunDkg

GOLD = REPO / "samples" / "gold.json"


def test_corpus_every_sample_document_is_stored(run_dkg: RunDkg, tmp_path: object) -> None:
    documents = load_gold(GOLD).document_paths()
    done = run_dkg("ingest", *documents, "--store", f"{tmp_path}/store")
    assert done.returncode == 0, done.stderr


def test_corpus_weighted_f1_reaches_the_bar(run_dkg: RunDkg) -> None:
    done = run_dkg("evaluate", GOLD, *load_gold(GOLD).document_paths())
    found = re.search(r"weighted F1: ([0-9.]+)", done.stdout)
    assert found, done.stdout + done.stderr
    assert float(found.group(1)) >= 0.90, done.stdout
