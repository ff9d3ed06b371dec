"""Commands that only read a store never create one: a mistyped folder is an error, not an
empty answer, and nothing is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import RunDkg, write_rdf_document

READERS = [["query", "SELECT * { ?s ?p ?o }"], ["export"], ["validate"]]


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_store_paths_reading_a_missing_store_fails_and_creates_nothing(
    run_dkg: RunDkg, tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "no" / "such" / "store"
    given = run_dkg(*command, "--store", missing)
    from_environment = run_dkg(*command)  # run_dkg's $DKG_STORE names a folder not made yet
    for done, where in ((given, missing), (from_environment, tmp_path / "default-store")):
        assert done.returncode == 2
        assert done.stdout == ""
        assert done.stderr.startswith(f"dkg {command[0]}: there is no store at {where}: ")
        assert "--store" in done.stderr and "dkg ingest" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_store_paths_reading_an_empty_folder_leaves_it_empty(
    run_dkg: RunDkg, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    done = run_dkg("export", "--store", empty)
    assert done.returncode == 2
    assert "is an empty folder, not a store" in done.stderr
    assert list(empty.iterdir()) == []


def test_store_paths_a_file_in_place_of_the_store_is_named(run_dkg: RunDkg, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("not a store\n", encoding="utf-8")
    document = write_rdf_document(tmp_path / "doc.nt", 2)
    read = run_dkg("export", "--store", not_a_folder)
    written = run_dkg("ingest", document, "--store", not_a_folder)
    assert (read.returncode, written.returncode) == (2, 2)
    assert f"{not_a_folder} is a file, not a store folder" in read.stderr
    assert f"cannot create the store folder {not_a_folder}" in written.stderr
    assert "Traceback" not in read.stderr + written.stderr
    assert not_a_folder.read_text(encoding="utf-8") == "not a store\n"


@pytest.mark.parametrize("command", [*READERS, ["ingest"]], ids=lambda c: c[0])
def test_store_paths_a_folder_of_other_files_is_left_as_it_was(
    run_dkg: RunDkg, tmp_path: Path, command: list[str]
) -> None:
    documents = tmp_path / "my-documents"
    documents.mkdir()
    notes = documents / "notes.txt"
    notes.write_text("not a store\n", encoding="utf-8")
    arguments = [*command, notes] if command == ["ingest"] else command
    done = run_dkg(*arguments, "--store", documents)
    assert done.returncode == 2
    assert f"{documents} holds other files, not a store" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(documents.iterdir()) == [notes]
