"""`dkg evaluate` stopped by SIGTERM (`timeout`, a scheduler) leaves nothing in the temp folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_evaluate_stopped_by_sigterm_removes_its_temporary_store(tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    run = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dkg.cli.main",
            "evaluate",
            str(SAMPLES / "gold.json"),
            str(SAMPLES),
        ],
        env={**os.environ, "TMPDIR": str(temp)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not list(temp.glob("dkg-evaluate-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(temp.glob("dkg-evaluate-*")), "evaluate never made its temporary store"
    run.send_signal(signal.SIGTERM)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 128 + signal.SIGTERM, stderr.decode()
    assert list(temp.glob("dkg-evaluate-*")) == []
