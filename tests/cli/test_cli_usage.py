"""What a user sees from the command line: help that teaches, progress on terminals only."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from tests.support import RunDkg, write_rdf_document

SUBCOMMANDS = ["ingest", "serve", "query", "extract", "export", "validate", "evaluate"]


def test_cli_help_lists_every_subcommand_with_examples(run_dkg: RunDkg) -> None:
    done = run_dkg("--help")
    assert done.returncode == 0
    for name in SUBCOMMANDS:
        assert name in done.stdout
    assert "examples:" in done.stdout and "DKG_STORE" in done.stdout


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_cli_subcommand_help_explains_itself(run_dkg: RunDkg, name: str) -> None:
    done = run_dkg(name, "--help")
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) > 4


def test_cli_without_subcommand_is_bad_usage(run_dkg: RunDkg) -> None:
    done = run_dkg()
    assert done.returncode == 2
    assert "COMMAND" in done.stderr


def _ingest_stderr(args: list[str], *, terminal: bool) -> str:
    command = [sys.executable, "-m", "dkg.cli.main", "ingest", *args]
    if not terminal:
        return subprocess.run(command, capture_output=True, text=True, check=False).stderr
    leader, follower = pty.openpty()
    # a real terminal has a size; a fresh pseudo-terminal says 0 columns until told otherwise
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=follower) as child:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        child.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_cli_ingest_shows_progress_only_on_a_terminal(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(5):
        write_rdf_document(docs / f"d{i}.nt", 3)
    quiet = _ingest_stderr([str(docs), "--store", str(tmp_path / "a")], terminal=False)
    assert "5/5" not in quiet and "\r" not in quiet
    shown = _ingest_stderr([str(docs), "--store", str(tmp_path / "b")], terminal=True)
    assert "5/5" in shown and "file" in shown


def test_cli_second_writer_gets_a_clear_message(run_dkg: RunDkg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from dkg.service.store.embedded import EmbeddedStore; "
            f"s = EmbeddedStore(Path({str(store)!r})); print('open', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        doc = write_rdf_document(tmp_path / "x.nt", 2)
        for args in (["ingest", doc], ["query", "ASK {}"], ["export"], ["validate"]):
            done = run_dkg(*args, "--store", store)
            assert done.returncode == 2, (args, done.stderr)
            assert "in use by another process" in done.stderr
            assert "Traceback" not in done.stderr
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
