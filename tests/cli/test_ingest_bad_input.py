"""Bad input costs nothing already stored: one clear line per bad document, exit status 1."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import RunDkg, write_rdf_document


def _missing(folder: Path) -> tuple[Path, str]:
    return folder / "nowhere.txt", "no such file or folder"


def _dangling_link(folder: Path) -> tuple[Path, str]:
    link = folder / "moved.txt"
    link.symlink_to(folder / "target-that-was-deleted.txt")
    return link, "no such file or folder"


def _latin1(folder: Path) -> tuple[Path, str]:
    path = folder / "latin1.txt"
    path.write_bytes("Le président s'est rendu à Dakar.".encode("latin-1"))
    return path, "is not valid UTF-8"


def _empty(folder: Path) -> tuple[Path, str]:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path, "the file is empty"


def _blank(folder: Path) -> tuple[Path, str]:
    path = folder / "blank.md"
    path.write_text("  \n\n\t\n", encoding="utf-8")
    return path, "holds only white space"


def _binary(folder: Path) -> tuple[Path, str]:
    path = folder / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path, "binary file"


def _malformed_turtle(folder: Path) -> tuple[Path, str]:
    path = folder / "broken.ttl"
    path.write_text(
        '@prefix ex: <http://example.org/> .\nex:a ex:b "unclosed .\n', encoding="utf-8"
    )
    return path, "is not valid Turtle"


def _huge(folder: Path) -> tuple[Path, str]:
    path = folder / "huge.txt"
    with path.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)
    return path, "too large (104.9 MB"


def _unknown_kind(folder: Path) -> tuple[Path, str]:
    path = folder / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    return path, "unknown kind of document"


def _date_out_of_range(folder: Path) -> tuple[Path, str]:
    path = folder / "slip.txt"  # "yesterday" counted from year 1 left Python's calendar
    path.write_text(
        "date 0001-01-02\nPresident Ruto arrived in Paris yesterday.\n", encoding="utf-8"
    )
    return path, "the date 0001-01-02 is outside the years 1000-8999"


BAD_INPUTS: list[Callable[[Path], tuple[Path, str]]] = [
    _missing,
    _dangling_link,
    _latin1,
    _empty,
    _blank,
    _binary,
    _malformed_turtle,
    _huge,
    _unknown_kind,
    _date_out_of_range,
]


@pytest.mark.parametrize("make_bad", BAD_INPUTS, ids=lambda f: f.__name__.strip("_"))
def test_ingest_reports_a_bad_document_and_keeps_the_others(
    make_bad: Callable[[Path], tuple[Path, str]], run_dkg: RunDkg, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    earlier = write_rdf_document(tmp_path / "earlier.nt", 4)
    assert run_dkg("ingest", earlier, "--store", store).returncode == 0
    before = run_dkg("export", "--store", store).stdout

    good = write_rdf_document(tmp_path / "good.nt", 3)
    bad, problem = make_bad(tmp_path)
    done = run_dkg("ingest", good, bad, "--store", store)

    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.startswith("rejected")]
    assert len(lines) == 1, done.stderr
    assert str(bad) in lines[0] and problem in lines[0]
    assert "Traceback" not in done.stderr
    after = run_dkg("export", "--store", store).stdout
    assert set(before.splitlines()) < set(after.splitlines())  # earlier kept, good one added
    assert "good/s2" in after


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_ingest_reports_an_unreadable_file(run_dkg: RunDkg, tmp_path: Path) -> None:
    secret = write_rdf_document(tmp_path / "secret.nt", 2)
    secret.chmod(0)
    done = run_dkg("ingest", secret, "--store", tmp_path / "store")
    assert done.returncode == 1
    assert "cannot read it" in done.stderr


def test_ingest_bad_usage_exits_2(run_dkg: RunDkg, tmp_path: Path) -> None:
    assert run_dkg("ingest").returncode == 2
    done = run_dkg("ingest", tmp_path, "--date", "yesterday")
    assert done.returncode == 2
    assert "not a date" in done.stderr
    done = run_dkg("ingest", tmp_path, "--date", "9999-12-31")
    assert done.returncode == 2
    assert "outside the years 1000-8999" in done.stderr
